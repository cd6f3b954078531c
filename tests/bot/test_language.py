from __future__ import annotations

import pytest

from bot.language import detect, looks_spanish


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ¿cómo estás?",
        "¿Dónde está la estación de tren?",
        "Nos vemos mañana en la oficina",
        "Gracias por todo, es muy bueno",
        "El perro de mi vecino es muy grande",
        "¡Feliz cumpleaños!",
        "voy a la playa",  # "a" is an English word too
        "jajaja q onda bro",
        "no me gusta nada xq siempre lagea",
    ],
)
def test_spanish(text):
    assert looks_spanish(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello, how are you?",
        "Where is the train station?",
        "The meeting starts at noon",
        "I love this song",
        "Good morning",
        "no",
        "Hola is how you say hello in Spanish",
        "<@123> https://example.com/hola-que-tal",
    ],
)
def test_english_or_unclear(text):
    assert not looks_spanish(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin heute sehr müde",
        "je suis fatigué ce soir",
        "obrigado pela ajuda, valeu",
        "grazie mille ragazzi",
    ],
)
def test_other_languages_are_neither_english_nor_spanish(text):
    assert detect(text) == "other"


@pytest.mark.parametrize("text", ["lol same", "idk tbh", "lmaooo", "gg wp", "nice"])
def test_short_english_chat_is_english(text):
    assert detect(text) == "en"

from __future__ import annotations

import pytest

from bot.language import looks_spanish


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ¿cómo estás?",
        "¿Dónde está la estación de tren?",
        "Nos vemos mañana en la oficina",
        "Gracias por todo, es muy bueno",
        "El perro de mi vecino es muy grande",
        "¡Feliz cumpleaños!",
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

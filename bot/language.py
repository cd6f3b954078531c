"""Which language a chat message is in: English, Spanish or something else.

Short chat defeats statistical detectors on their own ("lol same" reads as
Italian to them, "idk tbh" as German), and word lists on their own call
"voy a la playa" English because "a" is an English word. So two kinds of
evidence are added up, for each of six languages (English, Spanish, French,
Portuguese, Italian, German):

- words and chat forms (``lol``, ``idk`` / ``jaja``, ``xq``, ``porfa`` /
  ``mdr``, ``kkk``, ``raga``, ``digga``) and letters (``ñ ¿ ¡`` / ``ç ã ß``…)
  that belong to one language. A word that several languages write (``no``,
  ``me``, ``que``, ``la``) is shared out among them, so it tells little;
  gaming words every language borrows (``lag``, ``build``, ``stream``) tell
  nothing and are not shown to the detector either;
- the confidence of `lingua <https://github.com/pemistahl/lingua-py>`_, an
  offline detector, restricted to the same six languages (loaded once, about
  1 s and 150 to 200 MB; under 0.1 ms a message).

A message is English or Spanish by whichever of the two scores higher; it is
"other" (French, Portuguese, Italian, German: a language the bot does not
translate) only when one of those four beats both English and Spanish by a
clear margin, so a short message with no evidence stays with the bot's
languages. Mentions, links, emoji, ``:shortcodes:`` and code are removed first;
a message with no word left is ``None``.

Measured on two labelled sets of chat messages by ``python bench/bench_langid.py``
(numbers in docs/BENCHMARKS.md).
"""

from __future__ import annotations

import functools
import re

from bot.formatting import protected_free

CODES = ("en", "es", "fr", "pt", "it", "de")
OTHER = ("fr", "pt", "it", "de")

# One list per language: (common words, weight 1), (chat forms that language's
# speakers write and others don't, weight 2). A word in several languages'
# lists is shared out among them. Apostrophes are straight ("don't").
_WORDS = {
    "en": (
        """
        the a an and or but because so if than then that this these those there here
        what which who whom whose when where why how i me my mine myself you your yours
        he him his she her hers it its we us our ours they them their is are was were be
        been being am do does did done doing have has had having will would can could
        should shall may might must not no yes ok okay to of in on at for with without
        from by about into over under up down out off through after before again all any
        some every each both few more most other such only own same very just also too
        still even really get got gets getting go goes going gone went come comes came
        make made take took know knew think thought see saw look looks want need like love
        hate feel tell told said say says give gave keep let put try tried use used find
        good bad great nice cool best better worse worst new old big small little long
        first last next time day night today tomorrow yesterday tonight now week weekend
        morning year thing things something nothing everything anything someone anyone
        everyone everybody somebody nobody people guy guys man dude well oh hey hi hello
        thanks thank please sorry yeah yep nope maybe sure right wrong fine true real
        don't can't won't isn't aren't wasn't weren't didn't doesn't haven't hasn't
        couldn't wouldn't shouldn't i'm i've i'll i'd you're you've you'll you'd it's
        that's what's there's let's he's she's we're we've they're they've who's
        where's how's here's dont cant wont isnt arent wasnt werent didnt doesnt havent
        hasnt couldnt wouldnt shouldnt ive youre youve thats whats theres hes shes
        theyre whos wheres hows play playing played win won lose lost home school work
        job class friend friends mom dad wait stop help back later soon never always
        again already ever yet lot lots much many way game funny dead crazy wild tired
        hungry bored sleep sleeping eat food call text phone watch watching movie song
        music listen read write talk talking chat join left leave start started done
        finish finished fix fixed broke broken check send sent link thanks yall
        anymore probably actually literally basically definitely seriously honestly
        though although while until since why's gonna
        one two three hours hour minutes minute seconds second days weeks months month
        years run running runs ran channel whole free open set add post full study
        studying update else role finally instead welcome times once half question
        questions code pick file files test ppl name worth keeps found fun voice patch
        map games report gaming change changed changes shows show rules rule asked ask
        asking wants message messages starts end bring around we'll least group perfect
        pinned hit turn command different makes making part key season event drop line
        exam book learn friday saturday sunday monday tuesday wednesday thursday hard
        point type usually buy life reading takes exactly gold round match single level
        close system feels project twice banned using person explain ones room needs
        account weird trying means fair guide bit slow sounds happy looking settings
        review water mostly place folder answer library break worked quick gives
        problem away early added store move posted sign died spent thread forgot fight
        schedule late save huge enough easy copy understand pass working another items
        starting during less share price password split saved tournament session kind
        congrats default faster reason forever safe power count player short deal form
        moved needed stay anyway built click care luck site together story building
        alone learned cheap deleted coming clean almost side called rest members
        character image amazing birthday screen tip zero sometimes favorite table
        matter happened seen case happens sound missing hear ready kept taking watched
        wanted delete proud remember answers legend
        yo pan sale era solo son come real once
        as stuff works list install final error
        """,
        """
        lol lmao lmfao rofl idk idc idek tbh ngl imo imho brb omw rn btw u ur pls plz
        thx ty tysm np yw nvm smh ikr wdym iirc afaik hmu bc cuz tho wanna gotta kinda
        sorta dunno yea nah bruh omg wtf wth hbd sup gn gm cya ttyl lmk ily ilysm ong
        deadass lowkey highkey bet rip y'all ain't aint mb wb kk alr aight ight w l im
        fr gtg hby wyd wbu hru jk ofc pog poggers sus yikes oof ugh lets gimme irl
        damn cap classic insane ya
        fam bestie bae finna tryna boutta bouta imma ima lemme lil srsly prolly def
        obv tbf fwiw ftw istg smth sth abt coz tmrw tn rly pov nsfw iykyk idgaf stfu
        gtfo hbu nm based goated bussin vibe vibes vibing stan salty cracked grind
        grinding chilling slaps rizz cooked yeet oop welp meh ew eww yay woo woohoo
        huh duh yuh ye yeh aye ayy outta lotta coulda shoulda woulda r
        """,
    ),
    "es": (
        """
        el la los las un una unos unas y o no pero porque que qué de del al a en con por
        para sin es está están estoy estás estaba soy eres somos son fue era ser estar
        hay muy más mas también tambien yo tú tu usted ustedes vos nosotros ellos ellas
        mi mis tus su sus nuestro este esta estos estas ese esa esos esas eso esto aquí
        aqui ahí ahi allí cuando donde dónde cómo como cuál cual cuáles quién quien
        quiénes sí si gracias hola buenos buenas buen bueno días dias día dia noche
        tarde tengo tiene tienen tienes tenemos hacer hace hago haces hizo puedo puede
        puedes podemos quiero quieres quiere bien mal todo todos todas toda nada algo
        mucho mucha muchos poco ya aún hoy mañana manana ayer entonces lo le les nos se
        te me voy vas va vamos van sabes sé sabe creo parece ahora acá aca allá menos
        tampoco siempre nunca alguien nadie cosa cosas gente amigo amiga amigos juego
        jugar juegas juegan jugamos partida ayuda adiós adios hasta desde sobre entre
        así asi pues oye vale ahorita gusta gustan dale necesito pasa pasó paso dijo
        dice ver vez ni sale listo genial claro obvio verdad nuevo nueva otro otra
        mejor peor tiempo casa hermano chicos chicas tío tia tía vida mundo solo sola
        hermana mamá mama papá papa rato ratito luego después despues antes igual
        perdón perdon favor trabajo escuela cole clase examen tarea dormir
        comer hambre sueño cansado cansada feliz triste loco loca bonito bonita feo
        fea grande pequeño primero último ultimo mío mio tuyo nuestra alguno alguna
        ningún ninguna cada cuanto cuánto cuanta mientras aunque pronto tal
        estan estas estamos estuvo tenía tenia había habia has ha he hemos vas
        quedan queda quedo salir salimos vengo viene ven vete venga mira mirá
        oigan escucha escuchas entiendo entendí sabía pensé pienso ando anda andas
        ti grande chau chao haga hagas hacemos hacen hiciste haz pon ponte dame dime
        di quieren pueden podés sabés tenés querés fuimos fui fuiste estuve tuve
        digo dices decir crees llegó llego llegas llegué juega jugué jugó ganamos
        perdimos gané perdí toca tocó salió salí vine vino viste vi veo ves
        pasame pásame avisa avísame avisame espera esperen ayúdame ayudame deja
        déjame dejame escucho oigo quedé quede quedamos mejor tarde temprano
        servidor volví volvi importa
        mismo misma mismos veces equipo año años cuenta pregunta preguntas sigue
        todavía todavia mitad cierto primer primera demasiado tan sea hice hecho mí
        empieza empezar juegos versión nombre personas cualquier cualquiera datos
        archivo archivos parche necesitas necesita necesitamos llevo lleva debería
        mensaje mensajes buena haciendo mayoría dinero vuelve vuelvo volver fuera
        encanta locura bienvenido bienvenida noches leer estudiar siento cuesta
        encontré carpeta consejo ella él hablar enlace suerte además profe nuevos
        nuevas algún algunos algunas ninguno semana semanas hora horas minutos
        segundos viernes sábado domingo lunes martes miércoles jueves línea prueba
        muestra juntos peli pelis canción hacerlo difícil fácil siguiente número
        compartir terminar olvidó olvidé raro dio dieron dios quería cumpleaños malo
        bajo abuela abuelo creer ayudar seguir usas usan pide tanto gran grandes
        equipos amor caso rey cero uy ay guau vaya puse hazme prisa tres once
        dos uno da final durante lista mes código codigo gratis casi ir acabo forma
        rol error serio opinión tipo contra justo fin canal voz rápido rapido funciona
        """,
        """
        jaja jajaja jajajaja jeje jiji xd q k ke xq pq porq porfa xfa tb tmb tmbn nse
        ntp dnd bn wey güey guey weon wn pana parce tranqui chido chida neta chale
        manches mames nmms alv ctm posta boludo che re bacán bacan chévere chevere
        cachai pucha órale orale ándale andale simón nel ahorita mola guay tio joder
        hostia curro finde toy tas ta nomas nomás nosé nose grax porfis plis wenas
        weno aki aca sip nop mano ya
        guapo guapa pavo chaval chavales mogollón mogollon majo maja chungo cutre
        flipar flipante flipo currar quedada mierda coño cuate morro morra carnal
        naco ahuevo mande pinche chingón chingon chingar verga vato jalo merito pibe
        piba laburo laburar chabón chabon quilombo guita fiaca copado zarpado bancar
        groso bardo flashear boluda fome pololo polola carrete altiro po parcero
        chimba berraco vaina guayabo camellar chamo chama burda arrecho jevo jeva
        wepa bregar chavos tqm tkm ntc gpi sdlg ncs salu2 xk xa pa pal tamos qe kien
        aver oki okis sipi sep obvi bue bueeno buenop holis holiwis chaito besitos
        bss bsos colega
        """,
    ),
    "fr": (
        """
        je j'ai tu il elle on nous vous ils elles le les des du un une et est c'est
        ce cette ces ça ca pas ne plus mais ou où qui quoi que pour avec dans sur
        sous chez très trop bien mal bon bonne oui non merci salut bonjour bonsoir nuit
        soir demain aujourd'hui hier maintenant encore toujours jamais rien tout tous
        toute toutes aussi alors donc parce quand comment pourquoi combien mon ma mes
        ton ta tes son sa ses notre votre leur suis es sommes êtes sont ai as avons
        avez ont fait faire vais va vas allez aller peux peut veux veut sais sait dois
        doit faut voir vu dit dire fini vraiment peu beaucoup ici là voilà voila
        quelqu'un quelque chose personne jeu jouer joue partie ami amis copain frère
        soeur maman papa mère père j'arrive j'suis t'es c'était n'est qu'il qu'on
        d'accord aujourd'hui y'a déjà deja après avant pendant entre vers
        moi toi lui eux leur même cette cela celui celle heure heures fois
        de la en me te se si nos y question message messages change site image
        table page guide place type code point session tres
        """,
        """
        mdr mdrr ptdr xptdr jsp jpp tkt oklm stp svp bcp pk pcq dac wesh wsh slt
        ouais ouai ouf chelou relou meuf mec gars bref bah ben hein putain merde
        chuis jsuis chepa frérot wallah vazy vas-y bisous bises
        """,
    ),
    "pt": (
        """
        não nao você voce vocês voces eu meu minha meus minhas ele ela eles elas nós
        a gente é tá está estou estava estão são sou foi ser ter tem tenho tinha temos
        fazer faz fiz vou vai vamos vão pode posso podemos quero quer sei sabe acho
        muito muita muitos pouco bem bom boa obrigado obrigada tudo nada isso isto
        esse essa este esta aquele aquela aqui ali lá agora hoje amanhã amanha ontem
        sim também tambem mas porque por que quê com sem pra pro para no na nos nas do
        da dos das um uma uns umas o os as ao aos à onde quando como qual quem ou e
        dia noite tarde jogo jogar jogando joga fala falar fica ficar então entao ainda
        já mesmo nossa legal massa jogos coisa depois antes melhor pior cara mano
        galera amigo amigos casa trabalho escola prova também vamo tava tou fui
        minha seu sua dele dela num numa pelo pela pelos pelas até ate né ne cadê
        cade obg de me te se lhe grande novo nova sempre só so sai dai ta vem
        vim vi veio disse dizer acabou ganhei perdi perdemos ganhamos deu
        semana semanas hora horas minutos segundos sábado domingo fácil amor caso
        tres falta durante lista código codigo gratis ir acabo forma serio tipo contra
        justo canal voz rápido rapido funciona
        """,
        """
        vc vcs tô tb kkk kkkk rsrs tmj pfv pfvr vdd oq blz vlw valeu flw falou bora
        partiu eita mlk mds pq sla slk tlgd dps hj
        """,
    ),
    "it": (
        """
        io tu lui lei noi voi loro il lo la gli le un uno una di del della dei delle
        dello da dal dalla in con su per tra fra che chi cosa come dove quando perché
        perche non sì si no ma e ed o anche ancora già gia più piu molto troppo poco
        bene male buono buona bello bella bravo brava sono sei è siamo siete ho hai ha
        abbiamo avete hanno fare faccio fai fa vado vai va andiamo andare posso puoi
        può voglio vuoi so sai sta sto stai stiamo ciao grazie prego scusa scusate
        adesso ora oggi domani ieri stasera sempre mai niente nulla tutto tutti
        qualcosa qualcuno allora quindi però pero comunque casa gioco giocare
        giochiamo gioca partita mi ti ci vi ne mio mia tuo tua suo sua nostro questo
        questa questi quello quella qui qua lì là dopo prima fame sonno vero davvero
        proprio solo amico amici ragazzi ragazze mamma papà ecco cioè insomma
        te se a grande nuovo nuova sempre detto fatto visto andato case caso odio
        dici dico dire dimmi senti sentito vieni viene vengo capito capisco
        lista casi forma serio tipo contra gratis
        """,
        """
        raga ragà boh dai vabbè vabbe cmq nn xké xche tvb ahah ahahah mo figo
        sti anvedi ammazza mannaggia magari tipo
        """,
    ),
    "de": (
        """
        ich du er sie es wir ihr mich dich mir dir uns euch mein meine dein deine sein
        seine ist bin bist sind war waren hab habe hast hat haben hatte wird werden
        kann kannst können will willst muss musst soll nicht kein keine keinen nichts
        auch noch schon wieder immer nie mal jetzt heute morgen gestern hier da dort
        was wer wie wo warum wann weil dass aber und oder doch ja nein nee danke bitte
        hallo gut schlecht so zu mit von für fur auf aus bei nach über uber unter um
        an am im in ins zum zur der die das den dem des ein eine einen einem einer
        gibt los mach machen macht spiel spielen runde leute lust müde gleich später
        spät gerade richtig lustig hunger man einfach echt voll ganz sehr halt eben
        also vielleicht wirklich geht gehts geht's wieso weshalb bisschen etwas alles
        viel viele mehr schön schöne neu alt zeit tag nacht abend woche schule arbeit
        freund freunde mutter vater kind art name system form rest
        """,
        """
        servus moin tschüss tschüs tschau geil krass alter digga zocken zockt zock
        bock grad mega ne nö jo kp vllt vlt ka hdl
        """,
    ),
}
# Gaming and internet words every language borrows from English: no evidence
# either way, and left out of what the detector reads ("el lag esta horrible").
_LOANS = frozenset(
    """
    lag lagea lagueando gg wp ez afk noob op nerf buff main carry farm tryhard ranked
    server stream streamer live build mid jungla jungle squad team skin boss raid duo
    solo clutch spam ping bot mod mods vc dm dms link wifi pc app online offline
    game chat meme memes random crack ok okay bro xd hype lol f cringe simp
    """.split()
)
# Laughter written the way one language writes it.
_LAUGHS = (
    (
        "es",
        re.compile(
            r"^(?:a?(?:ja+){2,}j*|(?:je+){2,}j*|(?:ji+){2,}j*|aja+j+|j[ajk]*s[ajks]*j[ajks]*)$"
        ),
    ),
    ("pt", re.compile(r"^(?:k{3,}|(?:rs){2,}r?|(?:hu[ea]){2,}|kk[ak]+)$")),
    ("fr", re.compile(r"^(?:x?pt?dr+|md+r+|(?:hi){2,}h?)$")),
    ("it", re.compile(r"^(?:ah(?:ah)+a?h?|aha(?:ha)+h?)$")),
    ("en", re.compile(r"^(?:h+a+(?:h+a+)+h?|h+e+(?:h+e+)+|lo+l|lma+o+|lmfa+o+)$")),
)
# Letters only some of the six languages write.
_MARKS = (
    (re.compile(r"[ñ¿¡]", re.IGNORECASE), ("es",)),
    (re.compile(r"[ãõ]", re.IGNORECASE), ("pt",)),
    (re.compile(r"[ç]", re.IGNORECASE), ("fr", "pt")),
    (re.compile(r"[êâô]", re.IGNORECASE), ("fr", "pt")),
    (re.compile(r"[œîïûùë]", re.IGNORECASE), ("fr",)),
    (re.compile(r"[èà]", re.IGNORECASE), ("fr", "it")),
    (re.compile(r"[ìò]", re.IGNORECASE), ("it",)),
    (re.compile(r"[ßäö]|(?<!g)ü", re.IGNORECASE), ("de",)),
)
# Spellings only one language has, for words in no list: Spanish verbs made
# from English ("farmeando", "nerfearon", "lageaba"), "-ción", "-iendo",
# "-aste", a stressed verb with its pronouns ("pásame", "disfrútalo");
# English "-ing"; Portuguese "-ção", "nh", "lh"; Italian "-zione", "-issimo";
# German "-ung", "-lich", "-keit", "sch".
_SPELLINGS = (
    (
        "es",
        re.compile(
            r"(?:ea(?:ndo|d[oa]s?|ste|mos|ron|ba|lo|la|me)|e[ée]nlo|ción|ciones"
            r"|iendo|ieron|aron|aste|iste|ísim[oa]s?|isim[oa]s?|ábamos|aban)$"
            r"|[áíóú][a-zñ]*(?:me|te|lo|la|los|las|le|les|nos|se)$"
        ),
    ),
    ("en", re.compile(r"(?:[^aeiou]ing|[^aeiou]ings|[a-z]'s|n't)$")),
    ("pt", re.compile(r"(?:ção|ções|ão|ões|inho|inha|[a-z](?:nh|lh)[aeiou])")),
    ("it", re.compile(r"(?:zion[ei]|issim[oaie])$")),
    ("de", re.compile(r"(?:ung|ungen|lich|keit|heit|chen)$|^sch|^ge[a-zäöü]{3,}t$")),
)
# French and Italian elision: "j'arrive", "c'est", "l'ho", "t'es".
_ELISION = re.compile(r"^(?:[jcmtnsd]|qu)'[^\W\d_]")
_TOKEN = re.compile(r"[\w'’]+")
_NOT_WORDS = re.compile(r"[\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STRETCHED = re.compile(r"(.)\1{2,}")
_DOUBLED_END = re.compile(r"(.)\1+$")

LINGUA_WEIGHT = 2.0
"""How many lexicon points lingua's full confidence in a language is worth."""
OTHER_MARGIN = 0.5
"""How far French, Portuguese, Italian or German must beat English and Spanish."""
OTHER_WORDS = 0.5
OTHER_SURE = 0.7
"""And "other" needs that language's words (``OTHER_WORDS`` points) or lingua
to be sure of it (``OTHER_SURE``): lingua alone on a word or two is a guess."""


def _build_lexicon() -> dict[str, tuple[tuple[str, float], ...]]:
    owners: dict[str, dict[str, float]] = {}
    for code, (common, chat) in _WORDS.items():
        for weight, text in ((1.0, common), (2.0, chat)):
            for word in text.split():
                owners.setdefault(word, {})
                owners[word][code] = max(weight, owners[word].get(code, 0.0))
    return {
        word: tuple((code, weight / len(langs)) for code, weight in langs.items())
        for word, langs in owners.items()
    }


_LEXICON = _build_lexicon()


LINGUA_LANGUAGES = CODES
"""The languages lingua tells apart (bench_langid.py measures fewer)."""
LINGUA_LOW_ACCURACY = False
"""lingua's low-accuracy mode: trigrams only, less memory, worse on short text."""


@functools.cache
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LINGUA_LANGUAGES
    ]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models()
    if LINGUA_LOW_ACCURACY:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def confidences(text: str) -> dict[str, float]:
    """lingua's confidence per language code (``en``, ``es``, ``fr``, ``pt``, ``it``, ``de``)."""
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): v.value for v in values}


def _forms(word: str):
    """The spellings to look ``word`` up as: as written, then with stretched
    letters squeezed (``lmaooo`` -> ``lmao``, ``cooool`` -> ``cool``,
    ``holaa`` -> ``hola``)."""
    yield word
    squeezed = _STRETCHED.sub(r"\1", word)
    yield squeezed
    yield _STRETCHED.sub(r"\1\1", word)
    yield _DOUBLED_END.sub(r"\1", squeezed)


def _word_evidence(word: str, scores: dict[str, float]) -> bool:
    """Add what ``word`` says to ``scores``; False for a borrowed word."""
    for code, pattern in _LAUGHS:
        if pattern.match(word):
            scores[code] += 2.0
            return True
    for form in _forms(word):
        if form in _LOANS:
            return False
        owners = _LEXICON.get(form)
        if owners:
            for code, weight in owners:
                scores[code] += weight
            return True
    if _ELISION.match(word):
        scores["fr"] += 1.5
        scores["it"] += 0.5
        return True
    for code, pattern in _SPELLINGS:
        if pattern.search(word):
            scores[code] += 1.0
            break
    return True


def _shared_by_ours(word: str) -> bool:
    """Whether ``word`` is both an English and a Spanish word."""
    owners = next((_LEXICON[f] for f in _forms(word) if f in _LEXICON), ())
    return {"en", "es"} <= {code for code, _ in owners}


def evidence(text: str) -> tuple[dict[str, float], list[str]] | None:
    """Lexicon and letter points per language, and the words for the detector
    (none when all are borrowed, or glued to digits: ``gg``, ``16gb``); None
    when ``text`` has no letters outside mentions, links, emoji and code."""
    prose = protected_free(text)
    if not _WORD.search(prose):
        return None
    words = [
        w.lower().replace("’", "'")
        for token in _TOKEN.findall(prose)
        if not _NOT_WORDS.search(token)  # "10k", "1080p", "node_modules": no language
        for w in _WORD.findall(token)
    ]
    scores = dict.fromkeys(CODES, 0.0)
    kept = [w for w in words if _word_evidence(w, scores)]
    for pattern, codes in _MARKS:
        if pattern.search(prose):
            for code in codes:
                scores[code] += 2.0 / len(codes)
    return scores, kept


def detect(text: str) -> str | None:
    """``"en"``, ``"es"``, ``"other"`` or ``None`` (no words at all).

    With no evidence either way (only borrowed words like ``gg``, or one word
    both languages have, like ``no``), a message counts as English, the
    language the bot translates, unless another language clearly wins.
    """
    found = evidence(text)
    if found is None:
        return None
    scores, words = found
    if not words:
        return "en"  # only borrowed words ("gg", "ok bro", "16gb"): the bot's language
    if len(words) == 1 and _shared_by_ours(words[0]):
        return "en"  # "no", "me", "a", "yo" alone: the bot's language
    conf = confidences(" ".join(words))
    total = {c: scores[c] + LINGUA_WEIGHT * conf.get(c, 0.0) for c in CODES}
    ours = max(total["en"], total["es"])
    best = max(OTHER, key=total.__getitem__)
    if total[best] > ours + OTHER_MARGIN and (
        scores[best] >= OTHER_WORDS or conf.get(best, 0.0) >= OTHER_SURE
    ):
        return "other"
    return "es" if total["es"] > total["en"] else "en"


def looks_spanish(text: str) -> bool:
    """True when ``text`` reads as Spanish rather than English."""
    return detect(text) == "es"


def looks_foreign(text: str) -> bool:
    """True when ``text`` is in a language the bot does not translate (not English or Spanish)."""
    return detect(text) == "other"

"""Word lists the rules rest on: reporting verbs, titles, role nouns, occasion nouns.

Kept as data in one place so a rule reads as a rule, and so the lists can be tuned on training
data without touching the logic. Verbs are listed by lemma and matched on the token's lemma or
its lower-cased form (the lemmatizer is optional in a pipeline).
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns for bodies ("the ministry said") live in quotetui.names, which identity reads without spaCy.
from quotetui.names import ORGANISATION_NOUNS as ORGANISATION_NOUNS

# Verbs that introduce what someone said. Strong cues almost always mean a quote's source.
SPEECH_VERBS = frozenset(
    """
    say tell add state claim note explain argue insist warn declare announce assert
    acknowledge admit answer reply respond ask continue recall observe remark comment
    suggest concede contend maintain predict promise vow pledge stress emphasize emphasise
    report confirm deny reiterate repeat testify joke quip mutter shout yell scream whisper
    cry exclaim boast brag complain lament protest charge accuse allege conclude agree
    disagree caution urge demand thank praise criticize criticise condemn blast slam
    mock dismiss describe call label brand term dub reckon counter retort interject
    announce inform tweet write post read proclaim recount sing chant speak talk
    point mention opine posit muse wonder question challenge pledge threaten
    concur signal hint indicate estimate calculate forecast project rule rate find
    surmise react assure convey elaborate reason cite quote summarize summarise ponder
    plead beg vent gush fume rail lash snap scoff sneer marvel tout decry deride
    chide scold rebuke ridicule applaud hail laud welcome reassure advise recommend
    rave rant gripe grumble grouse carp whine moan bemoan gloat crow enthuse confide
    bellow holler growl snarl taunt jeer tease lecture preach fret rhapsodize rhapsodise
    """.split()
)

# Verbs that report speech only with the words right after them: "went on about “…”",
# "harped on “…”", "waxed lyrical about “…”" (by lemma: the word sequences that make it a cue).
PHRASAL_SPEECH_VERBS: dict[str, tuple[tuple[str, ...], ...]] = {
    "go": (("on", "about"),),
    "carry": (("on", "about"),),
    "drone": (("on",),),
    "bang": (("on", "about"),),
    "harp": (("on",),),
    "riff": (("on",),),
    "sound": (("off",),),
    "rattle": (("off",),),
    "wax": tuple((w,) for w in ("lyrical", "poetic", "nostalgic", "eloquent", "philosophical")),
    "chime": (("in",),),
    "weigh": (("in",),),
    "pipe": (("up",),),
    "blurt": (("out",),),
    "shoot": (("back",),),
    "fire": (("back",),),
    "hit": (("back",),),
}

# Verbs whose subject wrote rather than spoke the words.
WRITING_VERBS = frozenset("write tweet post publish read print email text sign".split())

# Cues that only count with a particular structure (e.g. "describe … as", "call … X").
NAMING_VERBS = frozenset(
    "call describe label brand term dub dismiss characterize characterise".split()
)

# Nouns for the words said themselves, not a medium or a kind of them ("his remarks", "the
# Texan's sharp words at the debate"): whoever owns them said them.
SAID_NOUNS = frozenset("statement statements remarks remark comment comments words".split())

# Nouns that report speech themselves ("his warning that …", "the statement said").
SPEECH_NOUNS = SAID_NOUNS | frozenset(
    """
    speech interview testimony tweet post
    letter memo email message report release announcement response reply warning claim
    banner sign headline caption slogan transcript note
    """.split()
)

WRITTEN_NOUNS = frozenset(
    "statement letter memo email message post tweet banner sign headline caption release "
    "report slogan note transcript op-ed editorial column".split()
)

# Nouns for someone's own words, as written (plural forms listed: matched on the word, not its
# lemma): "the mayor's reply:", "one of her quotes as its headline:".
OWNED_WORDS_NOUNS = SAID_NOUNS | frozenset(
    "quote quotes line lines phrase reply answer response".split()
)

# Documents that speak for themselves: their words are the document's, named by whoever
# issued it ("Met Office assessment", "Fox News poll"). A medium of someone's words
# (SPEECH_NOUNS: "the statement", "the letter") is its issuer's.
DOCUMENT_NOUNS = frozenset(
    """
    report study poll survey assessment analysis review audit paper ruling judgment judgement
    finding findings forecast projection ad advert advertisement commercial memo document
    filing lawsuit complaint indictment guidance plan proposal manifesto book article
    editorial column petition research inquiry investigation
    """.split()
)

# Bodies and groups whose names end like abstract nouns ("the management said", "the
# movement's founders"): never things. A tournament speaks through its organisers ("The
# tournament said in a statement …"), as a festival or a league does.
BODIES_LIKE_ABSTRACTS = frozenset(
    "management movement establishment parliament leadership government department"
    " enforcement tournament".split()
)

# People whose nouns end like abstract ones.
PEOPLE_LIKE_ABSTRACTS = frozenset(
    "sibling underling darling offspring reinforcement regiment detachment".split()
)

# Common nouns for things, events and ideas, which cannot say anything: a subject headed by one
# ("voter mistrust", "the first incident", "that record", "the timing of …") is a parse that
# took the wrong clause's subject, never the quote's source. Kept to words seen in that role
# and their near kin; a document or a body that speaks is in the lists above, not here.
NON_SPEAKER_NOUNS = frozenset(
    """
    mistrust distrust trust timing argument incident challenge theme issue problem question
    idea fact reason point moment time event thing matter concern situation outcome trend
    shift surge momentum change move step process pressure effort attempt chance
    opportunity risk threat danger fear hope crisis scandal controversy episode affair saga
    """.split()
)

# Endings of nouns for a quality, a state or an action ("mistrust" aside): "the argument",
# "his involvement", "the awkwardness", "racism", "the timing". The listed bodies, documents
# and media ("government", "ruling", "briefing") are exempt.
ABSTRACT_NOUN_ENDINGS = ("ment", "ness", "ism", "ing")

# Possessives that name no one person by themselves ("its quotes", "their reply"): a possessor
# that owns words must be someone.
NON_PERSON_POSSESSIVES = ("its", "their", "my", "our", "your")

# Conjunctions that make a clause a condition or a cause of what the quote then says.
CONDITION_MARKERS = frozenset("unless if until once because although though whether".split())

PERSONAL_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "it": "n",
    "its": "n",
    "we": "p",
    "i": "s",
    "you": "s",
}

# Abbreviated titles and the role they name ("Sen. Marco Rubio" is "the senator").
# fmt: off
ROLE_OF_TITLE = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "amb": "ambassador", "sec": "secretary", "atty": "attorney",
    "pres": "president", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
}
# fmt: on

# Nouns for people by role: "the ambassador", "the spokesperson", "a senior official".
ROLE_NOUNS = frozenset(
    """
    ambassador envoy minister president spokesperson spokesman spokeswoman official
    officials secretary senator governor mayor chancellor premier chairman chairwoman
    chair chief commander general director diplomat lawmaker legislator representative
    congressman congresswoman candidate nominee leader head adviser advisor aide analyst
    expert economist professor researcher scientist lawyer attorney prosecutor judge justice
    source sources officer executive ceo founder owner manager spokesperson
    correspondent reporter journalist editor blogger author writer activist campaigner
    strategist pollster consultant negotiator mediator monitor inspector investigator
    ministry government embassy agency department office council committee commission
    administration campaign party company firm group organization organisation
    bank court police military army navy service union association institute university
    newspaper paper agency network channel station magazine outlet
    critic critics supporter supporters opponent opponents resident residents witness
    witnesses voter voters member members worker workers student students
    father mother son daughter wife husband brother sister friend neighbour neighbor
    man woman boy girl doctor nurse teacher pastor priest veteran soldier mom dad
    businessman businesswoman billionaire host anchor moderator commentator
    boss chef pilot clerk guard scholar fellow partner colleague pupil parent coach
    captain head principal headteacher headmaster headmistress surgeon midwife
    """.split()
)

# Nouns naming the event or medium of what was said.
OCCASION_NOUNS = frozenset(
    """
    reception meeting conference briefing interview statement speech rally hearing debate
    event summit post tweet letter email op-ed editorial column broadcast appearance show
    program programme podcast call session visit ceremony forum address remarks talk talks
    gathering luncheon dinner breakfast lunch press conversation discussion meeting
    town hall stop roundtable panel appearance campaign video message release report
    announcement testimony memo note tv radio television thread livestream webinar
    trip tour parliament congress senate assembly convention gala festival vigil march
    protest funeral service sermon lecture commencement hearing broadcast newspaper
    """.split()
)

MEDIUM_PREPOSITIONS = frozenset("at in during on via through before to".split())


def _inflections() -> dict[str, str]:
    """Inflected forms of the reporting verbs, for pipelines without a lemmatizer."""
    irregular = {
        "said": "say",
        "says": "say",
        "saying": "say",
        "told": "tell",
        "tells": "tell",
        "telling": "tell",
        "wrote": "write",
        "written": "write",
        "writes": "write",
        "writing": "write",
        "spoke": "speak",
        "spoken": "speak",
        "read": "read",
        "reads": "read",
        "sang": "sing",
        "sung": "sing",
        "found": "find",
        "went": "go",
        "gone": "go",
        "goes": "go",
        "shot": "shoot",
        "fretted": "fret",
        "fretting": "fret",
    }
    table: dict[str, str] = {}
    for verb in SPEECH_VERBS | PHRASAL_SPEECH_VERBS.keys():
        stem = verb[:-1] if verb.endswith("e") else verb
        forms = [verb + "s", verb + "es", verb + "ed", verb + "d", stem + "ing"]
        if verb.endswith("y"):
            forms += [verb[:-1] + "ied", verb[:-1] + "ies"]
        for form in forms:
            table.setdefault(form, verb)
    table.update(irregular)
    return table


INFLECTIONS = _inflections()


# The rule of thumb depends on the word and its tag alone, and every rule asks it of the
# same tokens again: answers kept by the two ids (cheaper to read than their strings), cleared
# when a long run's vocabulary has made the table large.
_GUESSED: dict[tuple[int, int], str] = {}


def lemma(token: Token) -> str:
    """The token's lemma: the lemmatizer's when it ran, else a rule of thumb good enough for
    our word lists (reporting verbs by table, plural nouns by their -s)."""
    if token.lemma:  # the id of "" is 0
        return token.lemma_.lower()
    key = (token.lower, token.tag)
    found = _GUESSED.get(key)
    if found is None:
        if len(_GUESSED) > 500_000:
            _GUESSED.clear()
        found = _GUESSED[key] = _guess(token)
    return found


def _guess(token: Token) -> str:
    word = token.lower_
    found = INFLECTIONS.get(word)
    if found is not None:
        return found
    if token.tag_ in ("NNS", "NNPS") and len(word) > 3:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("sses", "ches", "shes", "xes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
    return word

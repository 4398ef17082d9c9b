"""The risk lane's matcher (voices/risk.py), on lists written for each rule."""

import unicodedata

import pytest

from voices.lexicon import analyse, prepare
from voices.risk import Entry, Matcher, PatternError, parse_pattern

PATTERNS = [
    "skære … mig selv",
    "slå mig",
    "vil … dø",
    "dø",
    "dø|død",
    "dø|død … af grin|sult",
    "selvmord*",
    "nøgenbillede*",
    "kæreste + slå",
    "ikke … leve|være her … længere|mere",
    "kill",
    "slog",
    "tæske",
    "nøgen",
    "mærker",
]


@pytest.fixture(scope="module", autouse=True)
def _dictionary_once():
    prepare(PATTERNS)  # one load of the dictionary for the whole file


def matcher(*patterns: str, exceptions=()) -> Matcher:
    """A matcher with the words' real forms from the dictionary, as a saved line has them."""
    forms, near = {}, set()
    for pattern in (*patterns, *exceptions):
        analysis = analyse(pattern)
        forms.update(analysis["forms"])
        near.update(analysis["near"])
    entries = [Entry(p, "self_harm") for p in patterns]
    entries += [Entry(p, exception=True) for p in exceptions]
    return Matcher(entries, forms, near)


def caught(m: Matcher, text: str) -> list[str]:
    return [entry.pattern for entry in m.find(text)]


@pytest.mark.parametrize(
    "pattern, texts",
    [
        # One entry takes the word's Danish forms, irregular ones included.
        ("skære … mig selv", ["jeg skærer i mig selv", "jeg skar mig selv", "har skåret mig selv"]),
        ("slå mig", ["han slår mig", "han slog mig", "jeg blev slået mig"]),
        ("vil … dø", ["jeg vil dø", "jeg vil gerne være død", "jeg vil bare at jeg døde"]),
        # Missing æ/ø/å, in both ways young people type without them.
        ("skære … mig selv", ["jeg skaerer i mig selv", "jeg vil skaere i mig selv"]),
        ("slå mig", ["han har slaaet mig", "han har slaet mig", "han slar mig"]),
        # Repeated letters, invisible characters, other Unicode forms, capitals.
        ("dø", ["jeg vil døøøø", "DØ"]),
        ("selvmord*", ["selvmoord", "tænker på sel\u00advmord", "ＳＥＬＶＭＯＲＤ"]),
        ("slå mig", [unicodedata.normalize("NFD", "min far slår mig")]),
        # One typo in a long word, a transposition included.
        ("selvmord*", ["tanker om slevmord", "selvmrod"]),
        ("nøgenbillede*", ["han vil have nøgenbilleer af mig"]),
        # A compound written as two words.
        ("nøgenbillede*", ["han vil have nøgen billeder"]),
        # Punctuation and emoji break words.
        ("vil … dø", ["jeg vil dø😭😭", "jeg vil...dø"]),
        # Two parts anywhere in one sentence.
        ("kæreste + slå", ["min mors kæreste slår", "han slår, min mors kæreste, når han er fuld"]),
        # Alternatives of several words.
        (
            "ikke … leve|være her … længere|mere",
            ["jeg gider ikke leve længere", "vil ikke være her mere"],
        ),
    ],
)
def test_a_pattern_catches_what_young_people_write(pattern, texts):
    m = matcher(pattern)
    for text in texts:
        assert caught(m, text) == [pattern], text


@pytest.mark.parametrize(
    "pattern, texts",
    [
        # Whole words only: never inside another word.
        ("kill", ["He skilled up fast"]),
        ("dø", ["vi spiste dødbolde"]),
        # A gap is at most three words.
        ("skære … mig selv", ["jeg skærer et stort stykke kage til mig selv"]),
        # The parts of "+" must be in the same sentence.
        ("kæreste + slå", ["Min mors kæreste er sød. Han slår til bolden"]),
        # No typo in short words, and a real word is never a typo of another, nor is it
        # another word typed without æ/ø/å, nor another word with the same stem.
        ("slog", ["slig", "slag"]),
        ("tæske", ["jeg tænker på min oldemor"]),
        ("nøgen", ["har du nogen idé"]),
        ("mærker", ["det er lidt mærkeligt"]),
        # Function words are taken only as written ("mig" is not "jeg").
        ("skære … mig selv", ["jeg skærer jeg selv"]),
    ],
)
def test_a_pattern_leaves_other_text_alone(pattern, texts):
    m = matcher(pattern)
    for text in texts:
        assert caught(m, text) == [], text


def test_an_exception_covers_only_its_own_words():
    m = matcher("dø|død", exceptions=["dø|død … af grin|sult"])
    assert caught(m, "jeg er ved at dø af grin") == []
    assert caught(m, "jeg døde af sult i frikvarteret") == []
    # The same card with a worrying sentence is still caught.
    assert caught(m, "jeg døde af grin. men nogle gange vil jeg bare dø") == ["dø|død"]
    risk, exceptions = m.hits("jeg døde af grin")
    assert risk == [] and [hit.entry.pattern for hit in exceptions] == ["dø|død … af grin|sult"]


@pytest.mark.parametrize("pattern", ["… mig", "mig …", "skære + ", "a||b", "sh’er", ""])
def test_a_pattern_that_cannot_be_read_says_why(pattern):
    with pytest.raises(PatternError):
        parse_pattern(pattern)
    # The matcher skips it and says so, instead of failing for every card.
    m = Matcher([Entry(pattern), Entry("selvmord*")])
    assert [entry.pattern for entry, _why in m.errors] == [pattern]
    assert caught(m, "selvmordstanker") == ["selvmord*"]

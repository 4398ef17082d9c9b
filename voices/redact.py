"""Suggested masks for what could identify a writer: phone numbers, e-mail addresses, street
addresses, a name after "jeg hedder"/"mit navn er" (in any case), a class ("7.b"), and the
schools on the list. Moderators see the suggestion and decide; nothing is masked without them.
"""

import re
from collections.abc import Iterable

from django.utils.translation import gettext as _

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Danish numbers: 8 digits, grouped any way, with an optional +45 or 0045.
PHONE = re.compile(r"(?<!\d)(?:(?:\+|00)45[\s.-]?)?(?:\d[\s.-]?){7}\d(?!\d)")
STREET = re.compile(
    r"\b[A-ZÆØÅ][\wæøå]*(?:vej|gade|allé|alle|stræde|vænge|vænget|parken|stien|torv|plads|bakke|"
    r"have|høj|toften|lund|mark)(?:en|n|et)?\s+\d+[A-Za-z]?\b"
)
# Up to two capitalised words after the phrase, the name and perhaps a surname.
NAME = re.compile(
    r"(?i:jeg\s+hedder|mit\s+navn\s+er|hilsen|kh\.?|mvh\.?)\s+"
    r"((?:[A-ZÆØÅ][\wæøå-]+)(?:\s+[A-ZÆØÅ][\wæøå-]+)?)"
)
# Young people often write in lower case: after "jeg hedder" the next word is a name anyway.
NAME_LOWER = re.compile(r"(?i:jeg\s+hedder|mit\s+navn\s+er)\s+(\w[\w-]*)")
# A class ("7.b", "8 A", "9x") points at a handful of pupils.
CLASS = re.compile(r"(?<![\w.,])\d{1,2}(?:\.\s?[a-zA-ZæøåÆØÅ]|[a-zA-ZæøåÆØÅ]|\s[A-ZÆØÅ])(?!\w)")


def suggestions(text: str, schools: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, mask) for each part of `text` that a moderator should probably mask."""
    found = []
    for pattern, mask in (
        (EMAIL, _("[e-mail]")),
        (PHONE, _("[telefonnummer]")),
        (STREET, _("[adresse]")),
        (CLASS, _("[klasse]")),
    ):
        found += [(m.start(), m.end(), mask) for m in pattern.finditer(text)]
    for pattern in (NAME, NAME_LOWER):
        found += [(m.start(1), m.end(1), _("[navn]")) for m in pattern.finditer(text)]
    for school in schools:
        if school.strip():
            pattern = re.compile(rf"(?<!\w){re.escape(school)}(?!\w)", re.IGNORECASE)
            found += [(m.start(), m.end(), _("[skole]")) for m in pattern.finditer(text)]
    # Overlaps: keep the earliest, longest.
    found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str]] = []
    for start, end, mask in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, mask))
    return kept


def masked(text: str, schools: Iterable[str] = ()) -> str:
    """`text` with every suggestion applied."""
    out, last = [], 0
    for start, end, mask in suggestions(text, schools):
        out += [text[last:start], mask]
        last = end
    return "".join(out + [text[last:]])

"""Text helpers shared by all content types."""

import re
from collections.abc import Callable
from html import unescape

import nh3
from django.utils.text import slugify

# Tags that sit inside a word's run of text ("<strong>Læse</strong>hest") disappear; every other
# tag (paragraphs, headings, list items, line breaks) becomes a space, so the last word of one
# block never runs into the first of the next ("LæsehestSom"). Written for both Python's and
# PostgreSQL's regular expressions: core/search_index.py uses them in SQL.
INLINE_TAG_PATTERN = r"</?(a|abbr|b|code|em|i|mark|s|span|strong|sub|sup|u)(\s[^>]*)?>"
ANY_TAG_PATTERN = r"<[^>]*>"
_INLINE_TAG = re.compile(INLINE_TAG_PATTERN, re.IGNORECASE)
_ANY_TAG = re.compile(ANY_TAG_PATTERN)

DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slugify(text: str) -> str:
    """Slugify with the Danish transliteration (æ→ae, ø→oe, å→aa) before the ASCII fold.

    Django's own slugify would drop ø and å, which turns "Læsebørn" into "lsebrn".
    """
    return slugify(text.translate(DANISH_LETTERS))


def unique_slug(text: str, *, exists: Callable[[str], bool], max_length: int = 80) -> str:
    """Return a slug for `text` that `exists` says is not taken, adding -2, -3, … if needed."""
    base = danish_slugify(text)[:max_length].strip("-") or "side"
    candidate, number = base, 2
    while exists(candidate):
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)] + suffix
        number += 1
    return candidate


def plain_text(html: str) -> str:
    """The text of a piece of HTML, for excerpts and search: no tags, no entities, and a space
    between blocks."""
    text = _INLINE_TAG.sub("", nh3.clean(html or ""))
    return " ".join(unescape(_ANY_TAG.sub(" ", text)).split())

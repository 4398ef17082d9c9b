"""Text helpers shared by all content types."""

from collections.abc import Callable
from html import unescape

import nh3
from django.utils.html import strip_tags
from django.utils.text import slugify

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
    """The text of a piece of sanitised HTML, for excerpts and search: no tags, no entities."""
    return " ".join(unescape(strip_tags(nh3.clean(html or ""))).split())

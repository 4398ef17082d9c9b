"""The risk lane's matcher: the moderators' words as whole words with Danish endings.

A word matches only as a whole word (never inside another: "kill" does not match "skilled"),
with the regular Danish endings of nouns, verbs and adjectives after it ("selvmord" matches
"selvmordet", "ensom" matches "ensomme"). A word ending in `*` also matches compounds
("selvmord*" matches "selvmordstanker"). Irregular forms ("slog" for "slå") are words of their
own in the list. A phrase matches with any whitespace or hyphens between its words, and each
of its words takes the endings ("skære mig" matches "skærer mig"). A hyphen ends a word
("selvmord-tanker").
Text and words are compared in one Unicode form, case-folded and without invisible characters
(soft hyphens, zero-width spaces), so "slå" typed on some phones is "slå".
"""

import re
import unicodedata
from collections.abc import Iterable

# Regular endings (noun: -en/-et/-er/-erne/-e/-ene/-s; verb: -er/-ede/-te/-t/-r/-ende;
# adjective: -e/-t/-ere/-est/-este), with the genitive -s after any of them.
ENDINGS = (
    "e",
    "en",
    "et",
    "er",
    "r",
    "ne",
    "ene",
    "erne",
    "ede",
    "ed",
    "te",
    "t",
    "ende",
    "ere",
    "est",
    "este",
    "me",
    "mer",
)
_ENDING = "(?:" + "|".join(sorted(ENDINGS, key=len, reverse=True)) + ")?s?"
_WORD_CHAR = r"\w"


def fold(text: str) -> str:
    """One form for comparing: NFKC, case-folded, invisible format characters left out."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf").casefold()


def _pattern(word: str, inflect: bool) -> str:
    word = " ".join(fold(word).split())
    compound = word.endswith("*")
    parts = word.rstrip("*").split()
    # Inflected phrases: the verb is usually the first word ("skærer mig"), so every word
    # takes the endings; a compound star only widens the last word.
    between = _ENDING if inflect else ""
    body = (between + r"[\s\-]+").join(re.escape(part) for part in parts)
    if compound:
        tail = r"\w*"
    elif inflect:
        tail = _ENDING
    else:
        tail = ""
    return rf"(?<!{_WORD_CHAR}){body}{tail}(?!{_WORD_CHAR})"


class Matcher:
    def __init__(self, words: Iterable[tuple[str, bool]]):
        self.words = [
            (word, re.compile(_pattern(word, inflect)))
            for word, inflect in words
            if word.strip(" *")
        ]

    def find(self, text: str) -> list[str]:
        """The list's words found in `text` (each once, in list order)."""
        folded = fold(text)
        return [word for word, pattern in self.words if pattern.search(folded)]


def matcher_from_db() -> Matcher:
    from .models import RiskWord

    return Matcher(RiskWord.objects.values_list("word", "inflect"))

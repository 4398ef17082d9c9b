"""Trying the risk list before relying on it: which line catches a text, and how the list scores
on the labelled cards (voices/corpus.py), as it is and as an unsaved edit would make it."""

from dataclasses import dataclass, field

from . import corpus
from .lexicon import build_matcher
from .models import RiskCategory, RiskWord
from .risk import Matcher, sentences


@dataclass
class TextResult:
    risk: list[tuple[str, str, str]]  # pattern, category label, the words it found
    exceptions: list[tuple[str, str]]  # pattern, the words it covered


@dataclass
class Trial:
    text: TextResult | None
    now: corpus.Score
    edited: corpus.Score | None = None
    newly_missed: list[corpus.Card] = field(default_factory=list)
    newly_caught: list[corpus.Card] = field(default_factory=list)
    new_alarms: list[corpus.Card] = field(default_factory=list)
    fixed_alarms: list[corpus.Card] = field(default_factory=list)

    def by_category(self):
        """Per category: label, caught now, total, caught with the edit."""
        labels = dict(RiskCategory.choices)
        return [
            (
                labels.get(code, code),
                self.now.caught.get(code, 0),
                total,
                None if self.edited is None else self.edited.caught.get(code, 0),
            )
            for code, total in sorted(self.now.totals.items())
        ]


def read_text(matcher: Matcher, text: str) -> TextResult:
    labels = dict(RiskCategory.choices)
    words = sentences(text)
    risk, exceptions = matcher.hits(text)
    return TextResult(
        risk=[
            (
                hit.entry.pattern,
                str(labels.get(hit.entry.category, hit.entry.category)),
                " ".join(words[hit.sentence][i] for i in hit.words),
            )
            for hit in risk
        ],
        exceptions=[
            (hit.entry.pattern, " ".join(words[hit.sentence][i] for i in hit.words))
            for hit in exceptions
        ],
    )


def trial(text: str = "", *, edited: RiskWord | None = None) -> Trial:
    """The list as it is now, and with `edited` (an unsaved line, new or changed) in it."""
    rows = list(RiskWord.objects.active())
    now = build_matcher(rows)
    matcher = now
    result = Trial(text=None, now=corpus.score(now))
    if edited is not None:
        others = [row for row in rows if row.pk != edited.pk]
        matcher = build_matcher(others + ([edited] if edited.is_active else []))
        result.edited = corpus.score(matcher)
        result.newly_missed = [c for c in result.edited.missed if c not in result.now.missed]
        result.newly_caught = [c for c in result.now.missed if c not in result.edited.missed]
        result.new_alarms = [c for c in result.edited.alarmed if c not in result.now.alarmed]
        result.fixed_alarms = [c for c in result.now.alarmed if c not in result.edited.alarmed]
    if text.strip():
        result.text = read_text(matcher, text)
    return result

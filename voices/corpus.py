"""The labelled cards the risk list is measured on (voices/corpus/*.toml), and the measurement.

`worrying.toml` holds cards a trained adult would want to read first, each with its category;
`ordinary.toml` holds cards that must not alarm anyone, many of them traps that share words with
worrying ones (cooking, sport, games, history lessons, idioms, grief handled well), each with the
kind of trap. They were written for the portal, plausible and never graphic.

Recall is the share of worrying cards the list catches (per category and overall); false alarms
are the share of ordinary cards it catches. The test suite holds the default list to recall
≥ 0.95 overall and ≥ 0.9 per category, false alarms ≤ 0.05; `manage.py voices_risk_score` and the
admin's "Prøv" box print the same figures for the list as a moderator has made it.
"""

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .risk import Matcher, words_of

FOLDER = Path(__file__).with_name("corpus")


@dataclass(frozen=True)
class Card:
    text: str
    label: str  # the category of a worrying card, the trap of an ordinary one
    worrying: bool


@cache
def cards() -> tuple[Card, ...]:
    found = []
    for name, worrying, label in (("worrying", True, "category"), ("ordinary", False, "trap")):
        data = tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8"))
        found += [Card(card["text"], card[label], worrying) for card in data["card"]]
    return tuple(found)


@cache
def common_words() -> Counter:
    """How often each word comes up in the ordinary cards: the matcher looks at an entry only
    when its rarest part is found, and this says which part is rarest."""
    return Counter(w for card in cards() if not card.worrying for w in words_of(card.text))


@dataclass
class Score:
    caught: dict[str, int] = field(default_factory=dict)  # per category
    totals: dict[str, int] = field(default_factory=dict)
    false_alarms: int = 0
    ordinary: int = 0
    missed: list[Card] = field(default_factory=list)
    alarmed: list[Card] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.caught.values()) / max(1, sum(self.totals.values()))

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / max(1, self.ordinary)

    def recall_of(self, category: str) -> float:
        return self.caught.get(category, 0) / max(1, self.totals.get(category, 0))


def score(matcher: Matcher, corpus=None) -> Score:
    result = Score()
    for card in cards() if corpus is None else corpus:
        hit = bool(matcher.find(card.text))
        if card.worrying:
            result.totals[card.label] = result.totals.get(card.label, 0) + 1
            result.caught[card.label] = result.caught.get(card.label, 0) + hit
            if not hit:
                result.missed.append(card)
        else:
            result.ordinary += 1
            result.false_alarms += hit
            if hit:
                result.alarmed.append(card)
    return result

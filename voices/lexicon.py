"""The risk lane's list: the default shipped with the portal, its words' forms, and the matcher.

The default list (`default_lexicon.toml`) is part of the portal, not demo content: after every
`migrate` `sync_default()` adds what is new in it and updates the lines no moderator has touched,
so a fresh install catches worrying cards from its first day and an update of the portal never
overwrites a moderator's change (an edited or switched-off line keeps `edited`).

A line's words get their Danish forms from simplemma's dictionary when the line is saved
(`analyse`), with the real words one typo away from them (never read as typos), so the matcher
needs no dictionary at run time; `current_matcher()` builds the matcher once per version of the
list and process.
"""

import bisect
import logging
import threading
import tomllib
from pathlib import Path

from auditlog.context import disable_auditlog
from django.db import transaction
from django.db.models import Count, Max, Q

from . import corpus
from .risk import FUZZY_MIN, Entry, Matcher, pattern_words, spellings, stem

logger = logging.getLogger(__name__)

DEFAULT_FILE = Path(__file__).with_name("default_lexicon.toml")

_word_memo: dict[str, tuple[list[str], list[str]]] = {}  # word -> (forms, near)
_prefix_memo: dict[str, list[str]] = {}  # starred beginning -> near
_memo_lock = threading.Lock()
ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
# Forms simplemma's dictionary gives another base form (it reads "skåret" as the noun "skår"),
# added to the verb's; a gap found in the dictionary is mended here.
EXTRA_FORMS = {"skære": ["skåret", "skårede"]}
NEAR_LIMIT = 400  # real words kept per starred beginning (a short one would have thousands)


def default_entries() -> list[dict]:
    """The shipped lines: risk entries and exceptions, each with a stable `key`."""
    data = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    lines = []
    for table, kind in (("group", "group"), ("entry", "risk"), ("exception", "exception")):
        for line in data.get(table, []):
            lines.append(
                {
                    "key": line["key"],
                    "word": line["pattern"],
                    "kind": kind,
                    "category": line.get("category", "other"),
                    "inflect": line.get("inflect", True),
                    "note": line.get("note", ""),
                }
            )
    for field in ("key", "word"):
        seen = [line[field] for line in lines]
        twice = sorted({value for value in seen if seen.count(value) > 1})
        if twice:
            raise ValueError(f"{DEFAULT_FILE.name}: {field} used twice: {twice}")
    return lines


def prepare(patterns) -> None:
    """Look up every word of these patterns at once (one load of the dictionary)."""
    words, prefixes = set(), set()
    for pattern in patterns:
        words |= pattern_words(pattern)
        prefixes |= {p for p in pattern_words(pattern, prefixes=True) if len(p) >= FUZZY_MIN}
    _fill_memo(words, prefixes)


def analyse(pattern: str) -> dict:
    """What a line stores in `analysis`: its words' forms and the real words near them."""
    words = pattern_words(pattern)
    prefixes = {p for p in pattern_words(pattern, prefixes=True) if len(p) >= FUZZY_MIN}
    _fill_memo(words, prefixes)
    forms = {w: _word_memo[w][0] for w in words if _word_memo[w][0]}
    near = {n for w in words for n in _word_memo[w][1]} | {
        n for p in prefixes for n in _prefix_memo[p]
    }
    return {"forms": forms, "near": sorted(near)}


def _fill_memo(words: set[str], prefixes: set[str]) -> None:
    """Look the words up in simplemma's Danish dictionary, once per process.

    The dictionary (about 90 MB in memory) is loaded only when a word is new to this process,
    and let go afterwards."""
    with _memo_lock:
        words = words - _word_memo.keys()
        prefixes = prefixes - _prefix_memo.keys()
        if not words and not prefixes:
            return
        dictionary = _Dictionary()
        for word in words:
            forms = dictionary.forms(word)
            _word_memo[word] = (forms, dictionary.near({word, *forms}))
        for prefix in prefixes:
            _prefix_memo[prefix] = dictionary.near_prefix(prefix)


class _Dictionary:
    """simplemma's Danish dictionary (word form -> base form), in the portal's normal form."""

    def __init__(self):
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
        )

        # A factory of our own, without a cache: the dictionary goes when this object does.
        raw = DefaultDictionaryFactory(cache_max_size=0).get_dictionary("da")
        self.lemma_of: dict[str, str] = {}
        # The dictionary is clean text: lower case is its normal form (normal_form is slow).
        for form, lemma in raw.items():
            form = form.decode() if isinstance(form, bytes) else form
            lemma = lemma.decode() if isinstance(lemma, bytes) else lemma
            if form.isalpha():
                self.lemma_of.setdefault(form.lower(), lemma.lower())
        self._sorted: list[str] | None = None
        self._by_lemma: dict[str, set[str]] | None = None

    def forms(self, word: str) -> list[str]:
        if self._by_lemma is None:
            self._by_lemma = {}
            for form, lemma in self.lemma_of.items():
                self._by_lemma.setdefault(lemma, set()).add(form)
        lemma = self.lemma_of.get(word, word)
        found = self._by_lemma.get(lemma, set()) | set(EXTRA_FORMS.get(lemma, ()))
        return sorted(found - {word})

    def near(self, forms: set[str]) -> list[str]:
        """Real words that are not `forms` but one typo from them, or spelt like them without
        æ/ø/å or doubled letters ("nogen" for "nøgen", "være" for "værre")."""
        found = set()
        for form in forms:
            found |= {v for v in spellings(form) if v in self.lemma_of}
            if len(form) >= FUZZY_MIN:
                found |= {v for v in _one_typo(form) if v in self.lemma_of}
            found |= self._same_stem(form)
        return sorted(found - forms)

    def _same_stem(self, form: str) -> set[str]:
        """Real words with the stem of `form` that are other words ("mærkeligt" and "mærker"
        share "mærk"): the stem is for words the dictionary does not know."""
        root = stem(form)
        if len(root) < 4:
            return set()
        if self._sorted is None:
            self._sorted = sorted(self.lemma_of)
        start = bisect.bisect_left(self._sorted, root)
        found = set()
        for word in self._sorted[start : start + 2000]:
            if not word.startswith(root):
                break
            if stem(word) == root:
                found.add(word)
        return found

    def near_prefix(self, prefix: str) -> list[str]:
        """Real words whose beginning is one typo from `prefix` but that do not begin so."""
        if self._sorted is None:
            self._sorted = sorted(self.lemma_of)
        found = set()
        for variant in _one_typo(prefix) - {prefix}:
            start = bisect.bisect_left(self._sorted, variant)
            for word in self._sorted[start : start + NEAR_LIMIT]:
                if not word.startswith(variant):
                    break
                if not word.startswith(prefix):
                    found.add(word)
        return sorted(found)[:NEAR_LIMIT]


def _one_typo(word: str) -> set[str]:
    """Every spelling one letter missing, added, changed or two swapped away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
        | {a + c + b for a, b in splits for c in ALPHABET}
    )


def sync_default(verbosity: int = 0) -> dict[str, int]:
    """Bring the shipped lines into the database; lines a moderator edited stay as they are.

    Not in the audit log: it is the portal's own list, not a person's change."""
    with transaction.atomic(), disable_auditlog():
        return _sync_default(verbosity)


def _sync_default(verbosity: int) -> dict[str, int]:
    from .models import RiskWord

    shipped = default_entries()
    keys = {line["key"] for line in shipped}
    prepare(line["word"] for line in shipped)
    existing = {row.default_key: row for row in RiskWord.objects.exclude(default_key=None)}
    by_word = {row.word: row for row in RiskWord.objects.all()}
    counts = {"added": 0, "updated": 0, "kept": 0, "removed": 0}
    for line in shipped:
        key = line.pop("key")
        line["analysis"] = analyse(line["word"])
        row = existing.get(key)
        if row is None:
            same = by_word.get(line["word"])
            if same is not None:  # a moderator wrote the same line first: it stays theirs
                same.default_key, same.edited = key, True
                same.save(update_fields=["default_key", "edited"])
                counts["kept"] += 1
                continue
            RiskWord.objects.create(default_key=key, **line)
            counts["added"] += 1
        elif row.edited:
            counts["kept"] += 1
        elif any(getattr(row, name) != value for name, value in line.items()):
            for name, value in line.items():
                setattr(row, name, value)
            row.is_active = True
            row.save()
            counts["updated"] += 1
    gone = RiskWord.objects.exclude(default_key=None).exclude(default_key__in=keys)
    counts["removed"] = gone.filter(edited=False).delete()[0]
    if verbosity and any(counts.values()):
        logger.info("Default risk list: %s", counts)
    return counts


def restore_default(row) -> None:
    """Put a shipped line back as the default has it (the admin's "Gendan standard")."""
    for line in default_entries():
        if line["key"] == row.default_key:
            row.word, row.kind, row.category = line["word"], line["kind"], line["category"]
            row.inflect, row.note, row.is_active, row.edited = (
                line["inflect"],
                line["note"],
                True,
                False,
            )
            row.analysis = analyse(row.word)
            row.save()
            return


def entries_of(rows) -> list[Entry]:
    return [
        Entry(
            pattern=row.word,
            category=row.category,
            exception=row.kind == "exception",
            inflect=row.inflect,
            key=row.pk,
            group=row.kind == "group",
        )
        for row in rows
    ]


def build_matcher(rows) -> Matcher:
    """A matcher for these lines; a line saved without its analysis (made in a shell, say) gets
    it here."""
    forms: dict[str, list[str]] = {}
    near: set[str] = set()
    rows = list(rows)
    prepare(row.word for row in rows if row.analysis.get("near") is None)
    for row in rows:
        analysis = row.analysis if row.analysis.get("near") is not None else analyse(row.word)
        forms.update(analysis.get("forms", {}))
        near.update(analysis.get("near", ()))
    return Matcher(entries_of(rows), forms, near, common=corpus.common_words())


_cached: tuple[tuple, Matcher] | None = None
_cache_lock = threading.Lock()


def current_matcher() -> Matcher:
    """The matcher for the active list as it is now; rebuilt only when the list changed.

    One query tells the version: the number of lines, of active lines and the latest change (an
    edit moves the latest change, a deletion or a switch the numbers)."""
    global _cached
    from .models import RiskWord

    version = tuple(
        RiskWord.objects.aggregate(
            lines=Count("pk"),
            active=Count("pk", filter=Q(is_active=True)),
            latest=Max("changed_at"),
        ).values()
    )
    with _cache_lock:
        if _cached is None or _cached[0] != version:
            _cached = (version, build_matcher(RiskWord.objects.active()))
        return _cached[1]

"""The risk lane's matcher: it reads a postcard the way young people write.

Text is read in one normal form (`normal_form`): NFKC, case-folded, invisible characters (soft
hyphens, zero-width spaces) out, three or more of the same letter read as one ("døøø"). Words are
runs of letters and digits: punctuation, emoji and hyphens break words, and . ! ? ; : and new
lines end a sentence. Each word of a pattern is also known in the spellings of a keyboard without
æ/ø/å: "skaerer" and (from four letters) "skarer" are "skærer", "slaet" is "slået".

A pattern (an entry of the moderators' list, see `parse_pattern`):

- words separated by spaces come in this order, next to each other: "tage mit liv";
- "|" separates alternatives, each of one or more words: "mig selv|mine arme";
- "…" (or "...") allows up to `GAP` other words in between: "skære … mig selv|min arm";
- a word ending in "*" also takes longer words that start so: "selvmord*" (selvmordstanker);
- a word ending in "!" is taken only as written: "ded!" (slang, not a form of any word);
- "+" joins parts that may come in any order in one sentence, at most `WINDOW` words apart:
  "kæreste + slå";
- "@name" stands for the alternatives of a word group, a line "@name = a|b|c" of its own:
  "@familie + @slag" (so one list of family words serves every line that needs one).

Each word takes its Danish forms: those the lemmatiser (simplemma, by its dictionary) gives the
same base form ("skar", "skærer" → skære; "slog" → slå; "døde" → dø), and, for words the dictionary
does not know, the same Snowball stem. A word of `FUZZY_MIN` letters or more also takes one typo
(a letter missing, added, changed or two swapped: "selvmrod"), and a word with æ/ø/å may be
written without them ("skare"). Short function words (`FUNCTION_WORDS`) are taken only as
written. Two words written apart are also read as one ("nøgen billeder").

Exceptions are patterns too: the words an exception covers ("ved at dø af grin") are not read
by the risk patterns, so a false alarm is fixed by adding an exception, not by changing code.

`Matcher` is built once per version of the list (voices/lexicon.py keeps it) and remembers each
word it has looked up, so a card costs a few dictionary lookups per word.
"""

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

GAP = 3  # words allowed where a pattern says "…"
WINDOW = 20  # words within which the parts of a "+" pattern must all be found
FUZZY_MIN = 6  # letters a word needs before one typo is forgiven

# Pronouns, prepositions, conjunctions and auxiliaries: taken only as written, never by base
# form ("mig" must not read as "jeg"), stem, typo or missing æ/ø/å.
_FUNCTION_WORDS = """
    jeg mig min mit mine du dig din dit dine han ham hans hun hende hendes den det de dem deres
    vi os vores i jer jeres sig sin sit sine selv man en et nogen noget ingen intet alle alt
    at og eller men så som der her da når hvis fordi om på til af fra med for ud ind op ned
    over under efter før hen hjem ikke aldrig altid bare kun også mere meget lidt længere igen
    nu vil ville skal skulle kan kunne må måtte har havde er var være blive blev bliver bli får
    fik få gør gjorde hvor hvad hvem hvorfor mere mest jo nok vel lige helt
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

# Spellings of everyday words as young people type them, read as the word ("ik" is "ikke").
SPELLINGS = {
    "ik": "ikke",
    "ikk": "ikke",
    "ikk3": "ikke",
    "mer": "mere",
    "ha": "have",
    "li": "lide",
    "ka": "kan",
    "sku": "skulle",
    "vil'": "vil",
    "nogn": "nogen",
    "noen": "nogen",
    "hjeme": "hjemme",
    "sgu": "sgu",
}

_SENTENCE_END = ".!?;:\n"
# Subjects that may stand between the words of a phrase when Danish word order puts them there.
SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man", "det", "den", "i"})
# A full stop after a number is an ordinal ("i 5. klasse", "8.b"), not the end of a sentence.
_TOKEN = re.compile(r"[^\W_]+|(?<!\d)\.|[!?;:\n]")
_RUN3 = re.compile(r"([^\W\d_])\1{2,}")
_ELLIPSIS = re.compile(r"…|\.{2,}")  # a pause, not the end of a sentence
_RUN2 = re.compile(r"([^\W\d_])\1+")
_GAP_MARKS = ("…", "...")
_ASCII = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})

_stemmer = snowballstemmer.stemmer("danish")
_NONE: frozenset[int] = frozenset()


@lru_cache(maxsize=1)
def _invisible() -> dict[int, None]:
    """Every format character (category Cf: soft hyphen, zero-width space …), for translate()."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"}


def normal_form(text: str) -> str:
    """One form for comparing (see the module's docstring)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_invisible())
    return _ELLIPSIS.sub(" ", _RUN3.sub(r"\1", text.casefold()))


def with_letters(word: str) -> str:
    """ae/oe/aa as æ/ø/å: how a word typed without them is looked up in a dictionary."""
    return word.replace("ae", "æ").replace("oe", "ø").replace("aa", "å")


def spellings(form: str) -> set[str]:
    """The ways a word may be typed: as it is, without æ/ø/å (as ae/oe/aa, or from four letters
    as a/o/a), and from six letters with doubled letters as one ("mobet")."""
    found = {form, form.translate(_DIGRAPHS)}
    if len(form) >= 4:
        found.add(form.translate(_ASCII))
    if len(form) >= FUZZY_MIN:
        found |= {squeezed(f) for f in found}
    return found


def squeezed(word: str) -> str:
    """Every doubled letter as one: "selvmoord" and "selvmord" are one key."""
    return _RUN2.sub(r"\1", word)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def words_of(text: str) -> list[str]:
    return [
        SPELLINGS.get(t, t) for t in _TOKEN.findall(normal_form(text)) if t not in _SENTENCE_END
    ]


def sentences(text: str) -> list[list[str]]:
    """The normalised words of `text`, sentence by sentence."""
    found, current = [], []
    for token in _TOKEN.findall(normal_form(text)):
        if token in _SENTENCE_END:
            if current:
                found.append(current)
            current = []
        else:
            current.append(SPELLINGS.get(token, token))
    if current:
        found.append(current)
    return found


# -- patterns ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word of a pattern: its normal form, whether longer words count, whether its forms
    count (False for an entry marked "only this form")."""

    text: str
    prefix: bool
    inflect: bool

    @property
    def is_function_word(self) -> bool:
        return self.text in FUNCTION_WORDS


@dataclass(frozen=True)
class Slot:
    options: tuple[tuple[Word, ...], ...]  # alternatives, each words side by side
    gap: int  # other words allowed before this slot (0 for the first)


class PatternError(ValueError):
    """A pattern the matcher cannot read; the message says why, in Danish, for the admin."""


GROUP = re.compile(r"^\s*@([^\W\d_][\w-]*)\s*=(.*)$", re.DOTALL)


def parse_group(pattern: str) -> tuple[str, str] | None:
    """A word group's name and alternatives ("@familie = far|mor|stedfar"), or None."""
    found = GROUP.match(pattern)
    return (found[1].casefold(), found[2].strip()) if found else None


def parse_pattern(
    pattern: str, *, inflect: bool = True, groups: Mapping[str, str] | None = None
) -> tuple[tuple[Slot, ...], ...]:
    """The pattern's parts ("+"), each a sequence of slots ("…"), each slot a choice ("|") of
    words side by side. An alternative "@name" stands for every alternative of that group;
    without `groups` (reading a line's own words) it is left out."""
    parts = []
    for raw_part in pattern.replace("...", "…").split("+"):
        segments = raw_part.split("…")
        if any(not segment.strip() for segment in segments):
            raise PatternError("»…« og »+« skal stå mellem ord.")
        slots = []
        for segment in segments:
            options = []
            for raw_option in _expand(segment, groups):
                if raw_option is None:
                    continue
                words = []
                for raw in raw_option.split():
                    exact = raw.endswith("!")  # slang spelt one way: no forms, no typos
                    raw = raw.rstrip("!")
                    prefix = raw.endswith("*")
                    letters = words_of(raw.rstrip("*"))
                    if len(letters) != 1:
                        raise PatternError(f"»{raw}« er ikke ét ord.")
                    text = letters[0] if exact else with_letters(letters[0])
                    words.append(Word(text, prefix, inflect and not exact))
                if not words:
                    raise PatternError("»|« skal stå mellem ord.")
                options.append(tuple(words))
            if options:
                slots.append(Slot(tuple(options), GAP if slots else 0))
        if slots:
            parts.append(tuple(slots))
    return tuple(parts)


def _expand(segment: str, groups: Mapping[str, str] | None):
    """A slot's alternatives, groups replaced by theirs (None for a group left out)."""
    for raw in segment.split("|"):
        name = raw.strip()
        if name.startswith("@"):
            if groups is None:
                yield None
                continue
            if name[1:].casefold() not in groups:
                raise PatternError(f"Gruppen »{name}« findes ikke.")
            yield from groups[name[1:].casefold()].split("|")
        else:
            yield raw


def pattern_words(pattern: str, *, prefixes: bool = False) -> set[str]:
    """The words of a pattern whose forms the lemmatiser should give (not function words), or
    with `prefixes` the beginnings its starred words stand for."""
    group = parse_group(pattern)
    try:
        parts = parse_pattern(group[1] if group else pattern)
    except PatternError:
        return set()
    return {
        word.text
        for slots in parts
        for slot in slots
        for option in slot.options
        for word in option
        if word.prefix == prefixes and not word.is_function_word
    }


# -- the matcher ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    pattern: str
    category: str = ""
    exception: bool = False
    inflect: bool = True
    key: object = None  # whatever the caller wants back (a database id)
    group: bool = False  # "@name = a|b": words other lines use, matching nothing itself


@dataclass
class Hit:
    entry: Entry
    sentence: int
    words: tuple[int, ...]  # positions in the sentence


@dataclass
class _Compiled:
    entry: Entry
    # Per part, per slot: (the options as word ids side by side, the gap before the slot).
    parts: tuple[tuple[tuple[tuple[tuple[int, ...], ...], int], ...], ...]
    order: int = 0  # in the list: hits come back in the list's order
    needs: list = field(default_factory=list)  # per slot, each option's words
    triggers: list = field(default_factory=list)  # per slot, the words one of which it needs
    # Per part, per slot: ({first word id: the options starting with it}, gap).
    slot_maps: tuple = ()


class _Sentence:
    """One sentence as the matcher sees it: its words, the pattern words each may be, and
    (once exceptions are read) the positions they cover."""

    def __init__(self, number, tokens, single, joined):
        self.number, self.tokens, self.single, self.joined = number, tokens, single, joined
        self.here = [a | b for a, b in zip(single, joined, strict=True)]
        self.where: dict[int, list[int]] = {}
        for position, ids in enumerate(self.here):
            for word_id in ids:
                self.where.setdefault(word_id, []).append(position)
        self.present = set(self.where)
        self.blocked: set[int] = set()


@dataclass
class _Index:
    exact: dict[str, set[int]] = field(default_factory=dict)
    stems: dict[str, set[int]] = field(default_factory=dict)
    prefixes: dict[str, set[int]] = field(default_factory=dict)  # starred beginnings
    # Words and starred beginnings long enough for a typo, by every spelling one letter shorter
    # (a typo of either kind shares one of them with the word: the symmetric-deletion trick).
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    fuzzy_prefixes: dict[str, set[str]] = field(default_factory=dict)
    fuzzy_ids: dict[str, set[int]] = field(default_factory=dict)
    prefix_lengths: set[int] = field(default_factory=set)

    def add(self, table: dict[str, set[int]], key: str, word_id: int) -> None:
        table.setdefault(key, set()).add(word_id)


class Matcher:
    """Risk patterns and exceptions, compiled; `find(text)` gives the risk entries found.

    `forms` maps a pattern word (in normal form) to the words of the same base form, as the
    lemmatiser gives them (voices/lexicon.py); a word not in it takes only its stem. `near` holds
    real words one typo away from a pattern word ("tænker" from "tæsker"): a word of the
    dictionary is never read as a typo of another.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        forms: Mapping[str, Iterable[str]] = (),
        near: Iterable[str] = (),
        common: Mapping[str, int] | None = None,
    ):
        forms = dict(forms or {})
        self._near = frozenset(near)
        self._ids: dict[Word, int] = {}
        self._index = _Index()
        self._risk: list[_Compiled] = []
        self._exceptions: list[_Compiled] = []
        self.errors: list[tuple[Entry, str]] = []
        entries = list(entries)
        groups = {}
        for entry in entries:
            if entry.group:
                found = parse_group(entry.pattern)
                if found is None:
                    self.errors.append((entry, "En gruppe skrives »@navn = ord|ord«."))
                else:
                    groups[found[0]] = found[1]
        for entry in entries:
            if entry.group:
                continue
            try:
                parts = parse_pattern(entry.pattern, inflect=entry.inflect, groups=groups)
                if not parts:
                    raise PatternError("Der mangler et ord.")
            except PatternError as error:
                self.errors.append((entry, str(error)))
                continue
            compiled = _Compiled(
                entry,
                tuple(
                    tuple(
                        (
                            tuple(
                                tuple(self._word_id(w, forms) for w in option)
                                for option in slot.options
                            ),
                            slot.gap,
                        )
                        for slot in slots
                    )
                    for slots in parts
                ),
            )
            (self._exceptions if entry.exception else self._risk).append(compiled)
        self._seen: dict[str, frozenset[int]] = {}
        # An entry can match only where each of its slots finds a word: it is looked at only when
        # its rarest slot does (a slot of content words, not "ikke" or "mig"), and then only if
        # every other slot finds one too.
        self._function_ids = {i for w, i in self._ids.items() if w.is_function_word}
        self._id_counts: dict[int, int] | None = None
        self._triggered: dict[int, list[_Compiled]] = {}
        self._triggered_exceptions: dict[int, list[_Compiled]] = {}
        self._order = {id(c.entry): n for n, c in enumerate(self._risk)}
        for order, compiled in enumerate(self._risk + self._exceptions):
            compiled.order = order
            compiled.slot_maps = tuple(
                tuple((_by_first_word(options), gap) for options, gap in slots)
                for slots in compiled.parts
            )
            triggers = [
                frozenset(self._trigger(option) for option in options)
                for slots in compiled.parts
                for options, _gap in slots
            ]
            # Per slot, each option's words: a slot can match only if one option's all are there.
            compiled.needs = [
                tuple(frozenset(option) for option in options)
                for slots in compiled.parts
                for options, _gap in slots
            ]
            compiled.triggers = triggers
            rarest = min(triggers, key=lambda ids: self._commonness(ids, common))
            table = self._triggered_exceptions if compiled.entry.exception else self._triggered
            for word_id in rarest:
                table.setdefault(word_id, []).append(compiled)

    def _commonness(self, ids: frozenset[int], common: Mapping[str, int] | None):
        """How often a slot's words come up in ordinary text: an entry is looked at only when
        its rarest slot is found. `common` counts the words of ordinary cards; without it,
        function words count as common and the rest by how many they are."""
        if common is None:
            return (bool(ids & self._function_ids), len(ids))
        if self._id_counts is None:
            self._id_counts = {}
            for token, count in common.items():
                for word_id in self.word_ids(token):
                    self._id_counts[word_id] = self._id_counts.get(word_id, 0) + count
        return (sum(self._id_counts.get(i, 0) for i in ids), len(ids))

    def _trigger(self, option: tuple[int, ...]) -> int:
        """The word of an option that must be found for it to match: a content word if any."""
        content = [i for i in option if i not in self._function_ids]
        return (content or option)[0]

    @property
    def size(self) -> tuple[int, int]:
        """(risk lines, exceptions)."""
        return len(self._risk), len(self._exceptions)

    def _word_id(self, word: Word, forms: dict) -> int:
        if word in self._ids:
            return self._ids[word]
        word_id = self._ids[word] = len(self._ids)
        index = self._index
        if word.prefix:
            for key in {word.text, squeezed(word.text)}:
                index.add(index.prefixes, key, word_id)
            if len(word.text) >= FUZZY_MIN:
                _add_deletions(index.fuzzy_prefixes, word.text)
                index.add(index.fuzzy_ids, "*" + word.text, word_id)
                index.prefix_lengths.add(len(word.text))
            return word_id
        written = {word.text}
        loose = word.inflect and not word.is_function_word
        if loose:
            written |= {normal_form(f) for f in forms.get(word.text, ())}
            if len(stem(word.text)) >= 4:  # "lær" would take "lær af mig" for "lærer"
                index.add(index.stems, stem(word.text), word_id)
        for form in written:
            if loose:
                # Another real word spelt so is that word ("nogen" is not "nøgen").
                keys = {form} | (spellings(form) - self._near)
            elif word.inflect:  # a function word: "paa" and "naar" are still "på" and "når"
                keys = {form, form.translate(_DIGRAPHS)}
            else:
                keys = {form}
            for key in keys:
                index.add(index.exact, key, word_id)
            if loose and len(form) >= FUZZY_MIN:
                _add_deletions(index.fuzzy, form)
                index.add(index.fuzzy_ids, form, word_id)
        return word_id

    # Each distinct word is looked up once; a busy day repeats most words.
    def word_ids(self, token: str, *, joined: bool = False) -> frozenset[int]:
        key = (token, joined)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) > 200_000:
                self._seen.clear()
            found = self._seen[key] = frozenset(self._lookup(token, typos=not joined))
        return found

    def _lookup(self, token: str, *, typos: bool = True) -> set[int]:
        """The pattern words `token` stands for; `typos=False` for two words read as one (a
        typo on top of that would read far too much)."""
        index = self._index
        found = set(index.exact.get(token, ()))
        if len(token) >= FUZZY_MIN:
            found |= index.exact.get(squeezed(token), set())
        lettered = with_letters(token)
        # A real word is never a typo or a stem of a pattern word.
        known = lettered in self._near or not typos
        if not token.isdigit() and not known:
            found |= index.stems.get(stem(lettered), set())
        starts = set()
        for variant in {token, lettered, squeezed(lettered)}:
            for end in range(1, len(variant) + 1):
                starts |= index.prefixes.get(variant[:end], set())
        found |= starts
        if not known and not starts:
            for length in index.prefix_lengths:
                for d in (-1, 0, 1):
                    if len(lettered) >= length + d:
                        for target in _one_typo_away(index.fuzzy_prefixes, lettered[: length + d]):
                            found |= index.fuzzy_ids["*" + target]
        token = lettered
        if len(token) >= FUZZY_MIN and not found and not known:
            for target in _one_typo_away(index.fuzzy, token):
                found |= index.fuzzy_ids[target]
        return found

    def _sentence_ids(self, words: list[str]) -> tuple[list[frozenset], list[frozenset]]:
        single = [self.word_ids(w) for w in words]
        # Two words read as one only where a compound can come of it ("nøgen billeder"), not
        # around "og", "jeg" and the like.
        joined = [
            self.word_ids(a + b, joined=True)
            if len(a) > 2 and len(b) > 2 and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS
            else _NONE
            for a, b in zip(words, words[1:], strict=False)
        ] + [_NONE]
        return single, joined

    @staticmethod
    def _part_spans(part, sentence: "_Sentence", every=False) -> list[tuple[int, int]]:
        """Where one part (a sequence of slots) matches: (first, last) word positions; with
        `every`, every way it matches (an exception covers all the words it could)."""
        found = []
        single, joined, here, blocked, tokens = (
            sentence.single,
            sentence.joined,
            sentence.here,
            sentence.blocked,
            sentence.tokens,
        )
        n = len(single)
        first = part[0][0]  # first word id -> the options starting with it
        where = sentence.where
        starts = sorted({p for word_id in first.keys() & where.keys() for p in where[word_id]})
        if not starts:
            return found

        def option_lengths(position, option):
            ends = {position}
            for index, word_id in enumerate(option):
                if index:
                    # Danish puts the subject after the verb: "vil jeg ikke" is "vil ikke".
                    ends |= {end + 1 for end in ends if end < n and tokens[end] in SUBJECTS}
                next_ends = set()
                for end in ends:
                    if end >= n or end in blocked:
                        continue
                    if word_id in single[end]:
                        next_ends.add(end + 1)
                    if end + 1 < n and end + 1 not in blocked and word_id in joined[end]:
                        next_ends.add(end + 2)
                if not next_ends:
                    return ()
                ends = next_ends
            return [end - position for end in ends]

        def slot_lengths(position, slot):
            if position >= n or position in blocked:
                return ()
            lengths = set()
            for word_id in slot.keys() & here[position]:
                for option in slot[word_id]:
                    lengths.update(option_lengths(position, option))
            return sorted(lengths)

        def extend(slot_index, position, start):
            if slot_index == len(part):
                found.append((start, position - 1))
                return not every
            slot, gap = part[slot_index]
            for skip in range(gap + 1):
                for length in slot_lengths(position + skip, slot):
                    if extend(slot_index + 1, position + skip + length, start):
                        return True
            return False

        for start in starts:
            if start in blocked:
                continue
            for length in slot_lengths(start, first):
                if extend(1, start + length, start):
                    break
        return found

    def _hits(self, exceptions: bool, sentence: "_Sentence") -> list[Hit]:
        hits = []
        present = sentence.present
        table = self._triggered_exceptions if exceptions else self._triggered
        triggered = {c.order: c for word_id in present for c in table.get(word_id, ())}
        candidates = [
            c
            for _order, c in sorted(triggered.items())
            if not any(ids.isdisjoint(present) for ids in c.triggers)
            and all(any(option <= present for option in slot) for slot in c.needs)
        ]
        for compiled in candidates:
            spans = []
            for part in compiled.slot_maps:
                found = self._part_spans(part, sentence, exceptions)
                if not found:
                    break  # the other parts need not be looked for
                spans.append(found)
            if len(spans) < len(compiled.parts):
                continue
            best = _within_window(spans)
            if best is not None:
                if exceptions and len(spans) == 1:
                    best = spans[0]  # every word it covers
                words = tuple(sorted({i for a, b in best for i in range(a, b + 1)}))
                hits.append(Hit(compiled.entry, sentence.number, words))
        return hits

    def hits(self, text: str) -> tuple[list[Hit], list[Hit]]:
        """(risk hits, exception hits) in `text`."""
        risk, exceptions = [], []
        for number, words in enumerate(sentences(text)):
            single, joined = self._sentence_ids(words)
            if not any(single) and not any(joined):
                continue
            sentence = _Sentence(number, words, single, joined)
            excepted = self._hits(True, sentence)
            sentence.blocked = {i for hit in excepted for i in hit.words}
            exceptions += excepted
            risk += self._hits(False, sentence)
        return risk, exceptions

    def find(self, text: str) -> list[Entry]:
        """The risk entries found in `text`, each once, in the list's order."""
        found = {id(hit.entry): hit.entry for hit in self.hits(text)[0]}
        return sorted(found.values(), key=lambda entry: self._order[id(entry)])


def _by_first_word(options) -> dict[int, tuple]:
    grouped: dict[int, list] = {}
    for option in options:
        grouped.setdefault(option[0], []).append(option)
    return {word_id: tuple(found) for word_id, found in grouped.items()}


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _add_deletions(table: dict[str, set[str]], word: str) -> None:
    for key in _deletions(word):
        table.setdefault(key, set()).add(word)


def _one_typo_away(table: dict[str, set[str]], token: str) -> set[str]:
    """The words of `table` at most one typo from `token` (OSA distance: a letter missing,
    added, changed or two swapped)."""
    candidates = set().union(*(table.get(key, ()) for key in _deletions(token)))
    return {word for word in candidates if OSA.distance(token, word) <= 1}


def _within_window(spans: list[list[tuple[int, int]]]):
    """One span per part, all within WINDOW words (the first such choice), or None."""
    if len(spans) == 1:
        return [spans[0][0]]
    spans = [part[:8] for part in spans]  # a few places per part are plenty

    def choose(index, chosen):
        if index == len(spans):
            low = min(a for a, _ in chosen)
            high = max(b for _, b in chosen)
            return chosen if high - low < WINDOW else None
        for span in spans[index]:
            if any(span[0] <= b and a <= span[1] for a, b in chosen):
                continue  # each part its own words
            result = choose(index + 1, [*chosen, span])
            if result is not None:
                return result
        return None

    return choose(0, [])

"""Helpers for people, roles and organisations: word classes, token views, phrase tries,
honorific handling, name keys, mention merging and romanisation.

Everything here works on *positions* of a :class:`DocView`: the non-whitespace tokens of a
``Doc`` in order (a newline token only marks a break before the next position). Lexicon
entries are turned into key sequences with the project tokenizer (:func:`form_keys`), so a
data entry and a mention share keys whatever their spelling of abbreviation marks, nasals or
initials: ``डी.एम.``, ``डी० एम०`` and ``डीएम`` all read as the one key ``डीएम``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, Iterable, Iterator, Sequence, TypeVar

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .resources import read_tsv, split_multi
from .text import normalize_key
from .text.normalize import DEVANAGARI_LETTERS, normalize_text
from .text.tokenizer import HindiTokenizer

__all__ = [
    "NameLexicon",
    "DocView",
    "KeyTrie",
    "form_keys",
    "text_key",
    "name_key",
    "clean_abbreviations",
    "strip_honorifics",
    "is_pre_honorific",
    "is_post_honorific",
    "merge_mentions",
    "romanize",
    "romanize_ascii",
    "BOUNDARY_KINDS",
    "HARD_KINDS",
    "SOFT_KINDS",
    "NOUN_NAME",
]

#: stopword kinds before which a name may end (and that never belong to one)
BOUNDARY_KINDS = frozenset({"genitive", "postposition", "coordinator", "conjunction", "particle"})
#: all hand-written function-word kinds (never part of a name or an organisation's proper part)
HARD_KINDS = BOUNDARY_KINDS | {"pronoun", "determiner", "verb", "adverb", "time", "number"}

_GUESSED_GIVEN = frozenset({"given"})


@lru_cache(maxsize=1)
def _gazetteer_words() -> frozenset[str]:
    """Every word of the gazetteer's Devanagari place names (गोकर्णनाथ of गोला गोकर्णनाथ)."""
    from .gazetteer import Gazetteer

    return frozenset(normalize_key(w) for e in Gazetteer.load().entries if e.name_hi for w in e.name_hi.split())


def _gazetteer_name(key: str) -> bool:
    """Whether ``key`` is a place name or a word of one."""
    from .gazetteer import Gazetteer

    return key in _gazetteer_words() or bool(Gazetteer.load().lookup(key))


#: mined kinds: content words that are not names
SOFT_KINDS = frozenset({"common", "place"})
#: common nouns that are also given names (कविता, शांति, सीमा): like an unknown word after an honorific or a
#: designation (संयुक्त सचिव श्रीमती शांति बिष्ट) and before a known surname; never a name on their own
NOUN_NAME = "noun_name"

_DEV_WORD = re.compile(rf"^[{DEVANAGARI_LETTERS}]+$")
_CONS = "\u0915-\u0939\u0958-\u095F"
# one akshara: consonant cluster or independent vowel, optional vowel sign, optional nasal
_AKSHARA = re.compile(
    rf"^(?:[{_CONS}]\u093c?(?:\u094d[{_CONS}]\u093c?)*|[\u0904-\u0914])[\u093e-\u094c\u0962\u0963]?[\u0900-\u0903]?$"
)
_HYPHENS = frozenset({"-", "–", "‐"})


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Honorific:
    form: str
    position: str  # pre | post
    kind: str
    abbrev: bool  # only with an abbreviation mark
    gender: str | None


@dataclass(frozen=True)
class NameLexicon:
    """Word classes shared by the people and organisation components (built once)."""

    stop: dict[str, str]  # key -> stopword kind
    names: dict[str, frozenset[str]]  # key -> kinds (given, middle, surname, name)
    letters: frozenset[str]  # letter names used as initials / in acronyms (ए, बी, आई, टी ...)
    honorifics: dict[str, Honorific]  # key -> honorific
    latin: dict[str, str] = field(default_factory=dict)  # letter name -> Latin letter
    #: (prefixes, suffixes, exceptions) of given names built on known parts (given_name_parts.tsv)
    given_parts: tuple = ((), (), frozenset())

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "NameLexicon":
        stop: dict[str, str] = {}
        for row in read_tsv("name_stopwords.tsv"):
            stop.setdefault(normalize_key(row["word"]), row["kind"])
        names: dict[str, set[str]] = {}
        letters: set[str] = set()
        latin: dict[str, str] = {}
        for row in read_tsv("person_names.tsv"):
            key = normalize_key(row["form"])
            kinds = set(split_multi(row["kind"]))
            if "initial" in kinds:
                letters.add(key)
                kinds.discard("initial")
                if row.get("latin"):
                    latin[key] = row["latin"]
            if kinds:
                names.setdefault(key, set()).update(kinds)
        hon: dict[str, Honorific] = {}
        for row in read_tsv("honorifics.tsv"):
            h = Honorific(row["form"], row["position"], row["kind"], row["abbrev"] == "y", row["gender"] or None)
            hon[normalize_key(row["form"])] = h
        # the name lexicon wins over the stopword list
        for key in names:
            stop.pop(key, None)
        parts: dict[str, list[tuple[str, int]]] = {"prefix": [], "suffix": [], "not": []}
        for row in read_tsv("given_name_parts.tsv"):
            parts[row["kind"]].append((normalize_key(row["part"]), int(row["min_rest"] or 0)))
        never = {k for k, _ in parts["not"]}
        # a designation is never a guessed name (लेखपाल, राज्यपाल)
        never.update(normalize_key(row["form"]) for row in read_tsv("designation_titles.tsv") if " " not in row["form"])
        return cls(stop, {k: frozenset(v) for k, v in names.items()}, frozenset(letters), hon, latin,
                   given_parts=(tuple(parts["prefix"]), tuple(parts["suffix"]), frozenset(never)))

    def guess_given(self, key: str) -> bool:
        """Whether an unknown word is built like a given name (रामकिशोर, बाबूलाल, सुरेंद्र): see
        ``given_name_parts.tsv``; never a known name, a stopword, a place or a listed exception."""
        prefixes, suffixes, never = self.given_parts
        if key in self.names or key in self.stop or key in never or not _DEV_WORD.match(key):
            return False
        if not any(key.endswith(part) and len(key) - len(part) >= rest for part, rest in suffixes) \
                and not any(key.startswith(part) and len(key) - len(part) >= rest for part, rest in prefixes):
            return False
        return not _gazetteer_name(key)  # गोकर्णनाथ, रामपुर: places

    def is_acronym(self, key: str) -> bool:
        """Whether ``key`` is spelt out of letter names (आईटी = आई + टी, एमसीडी, डीएम)."""
        return _split_letters(key, self.letters) is not None and len(key) > 1

    def is_initial(self, key: str) -> bool:
        return bool(_AKSHARA.match(key)) or key in self.letters


def _split_letters(key: str, letters: frozenset[str]) -> list[str] | None:
    """Split ``key`` into letter names (longest first), or None."""
    if not key:
        return None
    out: list[str] = []
    i = 0
    maxlen = max((len(x) for x in letters), default=0)
    while i < len(key):
        for n in range(min(maxlen, len(key) - i), 0, -1):
            if key[i:i + n] in letters:
                # letter names must not leave a dangling vowel sign / nasal behind
                rest = key[i + n:]
                if rest and unicodedata.category(rest[0]) == "Mn":
                    continue
                out.append(key[i:i + n])
                i += n
                break
        else:
            return None
    return out


# --------------------------------------------------------------------------- keys


def _key_of(norm: str) -> str:
    key = normalize_key(norm)
    return key.lower() if key.isascii() else key


def text_key(text: str) -> str:
    """Matching key of a piece of text (``normalize_key``, Latin lowercased)."""
    return _key_of(text)


@lru_cache(maxsize=1)
def _form_tokenizer() -> HindiTokenizer:
    return HindiTokenizer(Vocab())


#: a lexicon form of plain Devanagari words of three characters or more (no dots, digits, signs or initials):
#: its keys are its words' keys (the fast path of :func:`form_keys`, same result; a test checks every form)
_PLAIN_FORM = re.compile(rf"^[{DEVANAGARI_LETTERS}]{{3,}}(?: [{DEVANAGARI_LETTERS}]{{3,}})*$")


@lru_cache(maxsize=65536)
def form_keys(form: str) -> tuple[str, ...]:
    """The key sequence of a lexicon form: tokenised like a document, dotted initials glued
    (``उ.प्र. सरकार`` -> ``("उप्र", "सरकार")``), hyphens dropped."""
    form = unicodedata.normalize("NFC", form)
    if _PLAIN_FORM.match(form):
        return tuple(k for k in (_key_of(normalize_text(w)) for w in form.split(" ")) if k)
    return form_keys_tokenized(form)


def form_keys_tokenized(form: str) -> tuple[str, ...]:
    """:func:`form_keys` through the document tokenizer (the reference for every form)."""
    doc = _form_tokenizer()(unicodedata.normalize("NFC", form))
    view = DocView(doc, NameLexicon.load())
    keys: list[str] = []
    p = 0
    while p < len(view):
        if view.keys[p] in _HYPHENS:
            p += 1
            continue
        glued = view.initial_run(p)
        if glued is not None:
            end, key = glued
            keys.append(key)
            p = end
            continue
        keys.append(view.keys[p])
        p += 1
    return tuple(k for k in keys if k)


def name_key(parts: Iterable[tuple[str, bool]]) -> tuple[str, ...]:
    """Key of a name from its tokens' (key, dotted) pairs: runs of dotted initials are glued
    (``ए. के. वालिया`` and ``एके वालिया`` -> ``("एके", "वालिया")``)."""
    out: list[str] = []
    run = ""
    for key, dotted in parts:
        if dotted:
            run += key
            continue
        if run:
            out.append(run)
            run = ""
        out.append(key)
    if run:
        out.append(run)
    return tuple(k for k in out if k)


_ABBR_MARK = re.compile(rf"(?<=[{DEVANAGARI_LETTERS}A-Za-z])[.०\u0970]")


def clean_abbreviations(text: str) -> str:
    """Drop abbreviation marks and glue spelt-out initials: ``आईटी०`` -> ``आईटी``,
    ``उ० प्र०`` -> ``उप्र``, ``आई.टी.`` -> ``आईटी``."""
    lex = NameLexicon.load()
    out: list[str] = []
    glue = False
    for word in re.findall(r"\S+", text):
        parts = [x for x in re.split(r"(?<=[.०\u0970])", word) if x]
        for part in parts:
            core = _ABBR_MARK.sub("", part)
            marked = core != part
            initial = marked and (bool(_AKSHARA.match(core)) or core in lex.letters)
            if initial and glue and out:
                out[-1] += core
            else:
                out.append(core)
            glue = initial
    return " ".join(o for o in out if o)


# --------------------------------------------------------------------------- doc view


class DocView:
    """The non-whitespace tokens of a doc with their keys and word classes."""

    def __init__(self, doc: Doc, lex: NameLexicon):
        self.doc = doc
        self.doc_text = doc.text  # spaCy rebuilds doc.text on every access
        self.lex = lex
        self.tokens: list[Token] = []
        self.brk: list[bool] = []  # a sentence start or a line break before this position
        pending_break = True
        for tok in doc:
            if tok.is_space or not tok.text.strip():
                if "\n" in tok.text:
                    pending_break = True
                continue
            self.tokens.append(tok)
            self.brk.append(pending_break or bool(tok.is_sent_start))
            pending_break = False
        self.pos_of_token = {t.i: p for p, t in enumerate(self.tokens)}
        self.keys = [_key_of(t.norm_ or t.text) for t in self.tokens]
        self.dotted = [(t.norm_ or t.text).endswith(".") and len(t.text) > 1 for t in self.tokens]
        self.word = [bool(_DEV_WORD.match(k)) for k in self.keys]
        self.punct = [not any(c.isalnum() for c in t.text) for t in self.tokens]
        self.stop = [lex.stop.get(k) for k in self.keys]
        self.names = [lex.names.get(k) or (_GUESSED_GIVEN if lex.guess_given(k) else frozenset()) for k in self.keys]

    def __len__(self) -> int:
        return len(self.tokens)

    # char offsets
    def start_char(self, p: int) -> int:
        return self.tokens[p].idx

    def end_char(self, p: int) -> int:
        t = self.tokens[p]
        return t.idx + len(t.text)

    def text(self, start: int, end: int) -> str:
        """Original text of positions [start, end)."""
        if end <= start:
            return ""
        return self.doc_text[self.start_char(start):self.end_char(end - 1)]

    def position(self, token_i: int, forward: bool = True) -> int | None:
        """The position of doc token ``token_i`` (or of the next/previous non-space one)."""
        n = len(self.doc)
        while 0 <= token_i < n:
            if token_i in self.pos_of_token:
                return self.pos_of_token[token_i]
            token_i += 1 if forward else -1
        return None

    # classes
    def hard(self, p: int) -> bool:
        return self.stop[p] in HARD_KINDS

    def boundary(self, p: int) -> bool:
        """Whether a name may end right before position ``p``."""
        if p >= len(self):
            return True
        return self.punct[p] or self.stop[p] in BOUNDARY_KINDS or self.brk[p]

    def soft(self, p: int) -> bool:
        return self.stop[p] in SOFT_KINDS

    def is_initial(self, p: int) -> bool:
        """A dotted initial (``ए.``, ``के.``) or a dotted letter-name acronym (``आईटी०``)."""
        return self.dotted[p] and self.word[p] and (self.lex.is_initial(self.keys[p]) or self.lex.is_acronym(self.keys[p]))

    def initial_run(self, p: int) -> tuple[int, str] | None:
        """A run of >= 2 dotted initials at ``p`` glued into one key: (end, key)."""
        q = p
        parts: list[str] = []
        while q < len(self) and self.is_initial(q) and (q == p or not self.brk[q]):
            parts.append(self.keys[q])
            q += 1
        if len(parts) >= 2:
            return q, "".join(parts)
        return None

    def units(self, p: int) -> Iterator[tuple[int, str]]:
        """Matching units at ``p``: the token itself, and glued runs of dotted initials."""
        if p >= len(self):
            return
        yield p + 1, self.keys[p]
        if self.is_initial(p):
            parts = [self.keys[p]]
            q = p + 1
            while q < len(self) and self.is_initial(q) and not self.brk[q]:
                parts.append(self.keys[q])
                q += 1
                yield q, "".join(parts)


# --------------------------------------------------------------------------- trie

V = TypeVar("V")

# The end-of-entry slot of a trie node: not a string, so no token key (not even NUL) can collide with it.
_END: Any = ("<end>",)


def spaced_variants(keys: Sequence[str], vocab: frozenset[str] | set[str]) -> list[tuple[str, ...]]:
    """Key sequences of a lexicon form with one glued compound written apart: ``जनसंपर्क`` -> ``जन संपर्क``
    when both parts are words of ``vocab`` (two letters or more each), one word split at a time."""
    out = []
    for i, k in enumerate(keys):
        if len(k) < 5:
            continue
        for cut in range(2, len(k) - 1):
            a, b = k[:cut], k[cut:]
            if a in vocab and b in vocab and not unicodedata.category(b[0]).startswith("M"):
                out.append((*keys[:i], a, b, *keys[i + 1:]))
    return out


class KeyTrie(Generic[V]):
    """A trie over key sequences, matched against a :class:`DocView`."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.size = 0

    def add(self, keys: Sequence[str], value: V) -> bool:
        """Add ``keys`` -> ``value``; an existing entry is kept (returns False)."""
        if not keys:
            return False
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        if _END in node:
            return False
        node[_END] = value
        self.size += 1
        return True

    def add_form(self, form: str, value: V) -> bool:
        return self.add(form_keys(form), value)

    def get(self, keys: Sequence[str]) -> V | None:
        node = self.root
        for k in keys:
            node = node.get(k)
            if node is None:
                return None
        return node.get(_END)

    def __contains__(self, keys: Sequence[str]) -> bool:
        return self.get(tuple(keys)) is not None

    def matches(self, view: DocView, p: int) -> list[tuple[int, V]]:
        """All (end, value) of entries matching at position ``p`` (never across a sentence break)."""
        out: list[tuple[int, V]] = []
        if p >= len(view) or (view.keys[p] not in self.root and not view.dotted[p]):
            return out  # no entry starts with this token (the common case); dotted initials may glue
        stack: list[tuple[int, dict[str, Any]]] = [(p, self.root)]
        while stack:
            q, node = stack.pop()
            if q >= len(view):
                continue
            if node is not self.root:
                if view.brk[q]:
                    continue
                if view.keys[q] in _HYPHENS and q + 1 < len(view):
                    q += 1  # a hyphen inside an entry (सह-संयोजक)
            for end, key in view.units(q):
                child = node.get(key)
                if child is None:
                    continue
                if _END in child:
                    out.append((end, child[_END]))
                stack.append((end, child))
        return out

    def chains(self, view: DocView, p: int, joiners: frozenset[str]) -> list[tuple[int, list[V]]]:
        """Entries coordinated at ``p``: ``नगरीय विकास एवं आवास`` -> (end, [value, value]) for
        every chain length (a joiner is one of ``joiners``: एवं, व, और, तथा, ``,``)."""
        out: list[tuple[int, list[V]]] = []
        frontier: list[tuple[int, list[V]]] = [(e, [v]) for e, v in self.matches(view, p)]
        while frontier:
            out.extend(frontier)
            nxt: list[tuple[int, list[V]]] = []
            for end, values in frontier:
                if end + 1 < len(view) and view.keys[end] in joiners and not view.brk[end] and not view.brk[end + 1]:
                    nxt.extend((e, values + [v]) for e, v in self.matches(view, end + 1))
            frontier = nxt
        return out

    def entries(self) -> Iterable[tuple[str, ...]]:
        """The key sequences of all entries."""
        stack: list[tuple[tuple[str, ...], dict[Any, Any]]] = [((), self.root)]
        while stack:
            prefix, node = stack.pop()
            for k, child in node.items():
                if k is _END:
                    yield prefix
                else:
                    stack.append((prefix + (k,), child))

    def longest(self, view: DocView, p: int) -> tuple[int, V] | None:
        found = self.matches(view, p)
        return max(found, key=lambda x: x[0]) if found else None


# --------------------------------------------------------------------------- honorifics


def strip_honorifics(view: DocView, start: int, end: int) -> tuple[int, int, tuple[int, int] | None, int | None]:
    """Trim pre-honorifics and a trailing post-honorific from positions [start, end).

    Returns (name_start, name_end, (hon_start, hon_end) or None, suffix position or None).
    """
    hon_start = start
    while start < end - 1 and is_pre_honorific(view, start):
        start += 1
    hon = (hon_start, start) if start > hon_start else None
    suffix = None
    if end - 1 > start and is_post_honorific(view, end - 1):
        suffix = end - 1
        end -= 1
    return start, end, hon, suffix


def is_pre_honorific(view: DocView, p: int) -> bool:
    h = view.lex.honorifics.get(view.keys[p]) if p < len(view) else None
    return h is not None and h.position == "pre" and (view.dotted[p] or not h.abbrev)


def is_post_honorific(view: DocView, p: int) -> bool:
    h = view.lex.honorifics.get(view.keys[p]) if p < len(view) else None
    return h is not None and h.position == "post" and not view.dotted[p]


# --------------------------------------------------------------------------- merging


def merge_mentions(keys: Sequence[tuple[str, ...]]) -> list[int]:
    """Cluster name keys of one document: returns a cluster index per mention.

    Identical keys share a cluster. A shorter key joins the unique longer cluster that
    contains its tokens in order and shares its first or last token (``राय`` ->
    ``संजय राय``; ``संजय राय`` -> ``संजय कुमार राय``); if several longer clusters fit,
    it stays on its own.
    """
    distinct = sorted(set(keys), key=lambda k: (-len(k), keys.index(k)))
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in distinct:
        fits = {
            _root(parent, other)
            for other in distinct
            if len(other) > len(key) and _contains(other, key)
        }
        if len(fits) == 1:
            parent[key] = fits.pop()
    roots = [_root(parent, k) for k in keys]
    order: dict[tuple[str, ...], int] = {}
    for r in roots:
        order.setdefault(r, len(order))
    return [order[r] for r in roots]


def _root(parent: dict, key):
    while key in parent:
        key = parent[key]
    return key


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    if not (short[0] == long[0] or short[-1] == long[-1]):
        return False
    it = iter(long)
    return all(any(s == x for x in it) for s in short)


# --------------------------------------------------------------------------- romanisation

_VIRAMA = "\u094d"
_NUKTA = "\u093c"
_ANUSVARA = "\u0902"
_CLASS_NASAL = [
    ("कखगघङ", "ङ"),
    ("चछजझञ", "ञ"),
    ("टठडढण", "ण"),
    ("तथदधन", "न"),
    ("पफबभम", "म"),
]
_NASAL_OF = {c: n for cs, n in _CLASS_NASAL for c in cs}
_NASALS = "ङञणनम"
_FINAL_CONS = re.compile(rf"[{_CONS}]{_NUKTA}?$")


def _hindi_word(word: str) -> str:
    """Prepare a Devanagari word for IAST: the word-final inherent vowel (schwa) made silent
    (राम -> rām) unless the word ends in a cluster other than nasal + consonant (मित्र -> mitra,
    but प्रशांत/हेमन्त -> praśānt/hemant); anusvara before a stop -> the class nasal (संजय -> sañjay)."""
    m = _FINAL_CONS.search(word)
    if m and m.start() > 0:
        before = word[: m.start()]
        cluster = before.endswith(_VIRAMA)
        if not cluster or (len(before) >= 2 and before[-2] in _NASALS):
            word += _VIRAMA
    chars = list(word)
    out: list[str] = []
    for i, c in enumerate(chars):
        if c == _ANUSVARA and i + 1 < len(chars) and chars[i + 1] in _NASAL_OF:
            out.append(_NASAL_OF[chars[i + 1]] + _VIRAMA)
        else:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1)
def _sanscript():
    try:
        from indic_transliteration import sanscript  # type: ignore

        return sanscript
    except ImportError:  # pragma: no cover - optional dependency
        return None


@lru_cache(maxsize=4096)
def romanize(text: str) -> str | None:
    """Latin form of a Devanagari name: IAST with Hindi schwa deletion, words capitalised,
    initials as Latin letters (``महेन्द्रनाथ पाण्डेय`` -> ``Mahendranāth Pāṇḍey``,
    ``ए. के. वालिया`` -> ``A. K. Vāliyā``). None without indic-transliteration."""
    sanscript = _sanscript()
    if sanscript is None:
        return None
    lex = NameLexicon.load()
    words = []
    for word in unicodedata.normalize("NFC", text).split():
        core = _ABBR_MARK.sub("", word)
        key = normalize_key(core)
        dotted = core != word
        letters = _split_letters(key, lex.letters) if (dotted or len(key) > 1) else None
        if letters and (dotted or len(letters) >= 2) and all(l in lex.latin for l in letters):
            words.append("".join(lex.latin[l] + "." for l in letters))
        elif _DEV_WORD.match(core):
            latin = sanscript.transliterate(_hindi_word(core), sanscript.DEVANAGARI, sanscript.IAST)
            latin = latin.replace("r\u0324", "ṛ")  # ड़/ढ़ as in Hindi IAST usage
            words.append(latin[:1].upper() + latin[1:])
        else:
            words.append(core)
    return " ".join(words) or None


_ASCII = [("ś", "sh"), ("ṣ", "sh"), ("ṅ", "n"), ("ñ", "n"), ("ṃ", "n"), ("ṛ", "r"), ("ḥ", "h")]


@lru_cache(maxsize=4096)
def romanize_ascii(text: str) -> str | None:
    """Plain-ASCII (Hunterian-like) form without diacritics: ``Mahendranath Pandey``."""
    latin = romanize(text)
    if latin is None:
        return None
    out = []
    for word in latin.split():
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)
            continue
        s = word.lower().replace("ch", "\0").replace("c", "ch").replace("\0", "chh")
        for a, b in _ASCII:
            s = s.replace(a, b)
        s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
        out.append(s[:1].upper() + s[1:])
    return " ".join(out)

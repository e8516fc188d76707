"""The place gazetteer: Indian states/UTs, districts, towns/sub-districts, a few
hand-listed cities, regions and countries, with their Devanagari aliases.

Data: ``extract/data/gazetteer/*.tsv`` (built by ``tools/build_gazetteer.py``,
sources and licences in ``extract/data/gazetteer/SOURCE.md``). Every name and
alias is indexed under :func:`place_key` (the project's ``normalize_key`` with
the nukta dropped and hyphens read as spaces), so ``मुज़फ्फरनगर`` and
``मुजफ्फरनगर``, ``झाँसी`` and ``झांसी``, ``उ० प्र०``, ``उ०प्र०`` and ``उ.प्र.``
each share one key. :meth:`Gazetteer.scan` finds the longest names in a spaCy
``Doc`` (one dict look-up per n-gram); deciding which matches are places is the
job of :mod:`extract.components.places`.

The Latin index (``latin_places.tsv``): LGD sub-districts, blocks and urban local bodies that LGD
names in English only (हर्रैया, घनसाली, असंध, लालकुआं, Bengal's मयूरेश्वर …). They are
indexed under a phonetic *skeleton* (:func:`latin_skeleton` of the English name, :func:`skeletons` of a
Devanagari word: both go through one folding, so ``Harraiya`` and ``हर्रैया`` share ``hre``), looked up
with :meth:`Gazetteer.latin` and :meth:`Gazetteer.resolve_latin` only where the context already makes a
place likely (see :mod:`extract.components.places`); :meth:`Gazetteer.scan` never uses them.
"""
from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from .resources import read_tsv, split_multi
from .text import normalize_key

__all__ = ["Entry", "Match", "Gazetteer", "place_key", "KIND_PRIORITY", "skeleton", "skeletons",
           "latin_skeleton"]

#: Which reading of a shared name wins when nothing else decides (lower first).
KIND_PRIORITY = {"state": 0, "ut": 0, "country": 1, "district": 2, "city": 3, "other": 4, "region": 4, "town": 5,
                 "subdistrict": 6}

_NUKTA = "\u093c"
_HYPHENS = frozenset({"-", "–", "—", "‐"})
FILES = ("states.tsv", "districts.tsv", "places.tsv", "extras.tsv", "words.tsv", "latin_places.tsv")


#: vowel folding for loose keys: length (ऊधमसिंह ~ उधम सिंह, नीमच ~ निमच) and the diphthongs news spelling
#: varies on (गढ़चिरौली ~ गडचिरोली, बैतूल ~ बेतूल); a glide before a final vowel (नयी ~ नई) first
_LOOSE = str.maketrans({"ई": "इ", "ऊ": "उ", "\u0940": "\u093f", "\u0942": "\u0941", "\u0901": "\u0902",
                        "\u094c": "\u094b", "\u0948": "\u0947", "ऐ": "ए", "औ": "ओ"})
_GLIDE = re.compile("य([\u0940\u0947])(?=$| )")
_GLIDE_VOWEL = {"\u0940": "ई", "\u0947": "ए"}
#: a loose key must be at least this long (short names collide: मऊ/मउ, पुरी/पूरी)
LOOSE_MIN = 6


@lru_cache(maxsize=131072)
def loose_key(key: str) -> str:
    """A place key with spaces removed and vowel length folded (``ऊधमसिंह नगर`` and ``उधम सिंह नगर``
    share ``उधमसिंहनगर``): spelling variants newspapers write without the gazetteer listing them."""
    return _GLIDE.sub(lambda m: _GLIDE_VOWEL[m.group(1)], key).replace(" ", "").translate(_LOOSE)


@lru_cache(maxsize=131072)
def place_key(text: str) -> str:
    """The gazetteer key of a name or of a mention's text."""
    k = normalize_key(text).replace(_NUKTA, "")
    if "-" in k:
        k = re.sub(r"\s*-\s*", " ", k)
    return re.sub(r"\s+", " ", k).strip()


# ---------------------------------------------------------------------------------- phonetic skeletons
# A Devanagari word is transliterated letter by letter (inherent "a" after every bare consonant, nukta
# letters as their Urdu/English sounds: ड़ -> r, ज़ -> z), an English name is lowercased, and both go
# through :data:`_SK_RULES`: aspiration, vowel length, diphthongs (ai/ae/ei -> e, au/ou -> o), w/v, ph/f,
# z/j, q/k, sh/s (श/ष/स), retroflex = dental, doubled letters, every "a" (inherent, short or long: English
# writes them alike) dropped, m before a labial = n, a glide or a "v" not before a vowel read as a vowel.
_SK_VOWELS = {"अ": "a", "आ": "aa", "इ": "i", "ई": "ii", "उ": "u", "ऊ": "uu", "ऋ": "ri", "ए": "e", "ऐ": "ai",
              "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e", "ऎ": "e", "ऒ": "o"}
_SK_SIGNS = {"\u093e": "aa", "\u093f": "i", "\u0940": "ii", "\u0941": "u", "\u0942": "uu", "\u0943": "ri",
             "\u0947": "e", "\u0948": "ai", "\u094b": "o", "\u094c": "au", "\u0949": "o", "\u0945": "e",
             "\u0946": "e", "\u094a": "o"}
_SK_CONSONANTS = {"क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh",
                  "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d",
                  "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r",
                  "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ळ": "l", "ऴ": "l", "ऱ": "r",
                  "ऩ": "n"}
_SK_NUKTA = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VIRAMA = "\u094d"
_NASALS = ("\u0901", "\u0902")
_SK_RULES = [(re.compile(p), r) for p, r in (
    (r"[^a-z]+", ""),
    (r"x", "ks"), (r"q", "k"), (r"z", "j"), (r"w", "v"), (r"ph", "f"), (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"chh", "c"), (r"ch", "c"), (r"sh", "s"),
    (r"([kgcjtdpbrs])h", r"\1"),  # aspiration
    (r"ee|ii", "i"), (r"oo|uu", "u"), (r"aa", "a"),
    (r"ou|au", "o"), (r"ai|ae|ei", "e"),
    (r"iy(?=[aeiou])", "i"),  # -iya ~ -ia
    (r"([a-z])\1+", r"\1"),
    (r"a", ""),  # inherent, short and long a
    (r"m(?=[pbf])", "n"),  # anusvara before a labial
    (r"y(?![eiou])", "e"),  # Raipur ~ रायपुर, Jaipur ~ जयपुर
    (r"v(?![eiou])", "o"),  # Deori ~ देवरी
    (r"(?<=[^aeiou])h", ""),  # Jarhi ~ जारही
    (r"eo", "io"),  # Sheohar ~ शिवहर
    (r"([a-z])\1+", r"\1"),
)]
#: English spelling habits: a silent final e (Indore, Sehore), a final h after a vowel (Bettiah, Arrah),
#: a final y (Bareilly), "-cum-" double names, brackets
_EN_RULES = [(re.compile(p), r) for p, r in (
    (r"\(.*?\)|\(.*$", " "), (r"-cum-.*$", ""),
    (r"(?<=o[^aeiouy\s])e\b", ""), (r"(?<=[aeiou])h\b", ""), (r"(?<=[^aeiou\s])y\b", "i"),
)]
#: ``-आंव``/``-गांव`` is ``-aon`` in English (Sargaon, Dumraon)
_AANV = re.compile(r"aanva?(?=\b|[^aeiou])")
#: ड/ढ written without the nukta where ड़/ढ़ is meant (गढ for गढ़, सादडी): read both ways
_DD = re.compile("(?<=[\u0900-\u097f])([\u0921\u0922])(?!\u093c)")
_DEV = re.compile("[\u0900-\u097f]")


def _fold(latin: str) -> str:
    for pattern, repl in _SK_RULES:
        latin = pattern.sub(repl, latin)
    return latin


def _deva_latin(text: str) -> str:
    """Letter-by-letter Latin of a Devanagari text, an inherent ``a`` after every bare consonant."""
    w = unicodedata.normalize("NFD", text)
    out: list[str] = []
    i, n = 0, len(w)
    while i < n:
        ch = w[i]
        if ch in _SK_CONSONANTS:
            lat = _SK_CONSONANTS[ch]
            if i + 1 < n and w[i + 1] == _NUKTA:
                lat = _SK_NUKTA.get(ch, lat)
                i += 1
            nxt = w[i + 1] if i + 1 < n else ""
            if nxt == _VIRAMA:
                out.append(lat)
                i += 2
            elif nxt in _SK_SIGNS:
                out.append(lat + _SK_SIGNS[nxt])
                i += 2
            else:
                out.append(lat + "a")
                i += 1
        elif ch in _SK_VOWELS:
            out.append(_SK_VOWELS[ch])
            i += 1
        elif ch in _NASALS:  # सिंह is "singh"
            out.append("ng" if i + 1 < n and w[i + 1] == "ह" else "n")
            i += 1
        elif ch.isascii() and ch.isalpha():
            out.append(ch.lower())
            i += 1
        else:
            out.append("" if ch in (_NUKTA, "\u0903") else " ")
            i += 1
    return _AANV.sub("aon", "".join(out))


@lru_cache(maxsize=65536)
def latin_skeleton(name_en: str) -> str:
    """The skeleton of an English (LGD) place name: ``latin_skeleton("Harraiya") == skeleton("हर्रैया")``."""
    t = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode().lower()
    for pattern, repl in _EN_RULES:
        t = pattern.sub(repl, t)
    return _fold(t)


@lru_cache(maxsize=65536)
def skeletons(text: str) -> tuple[str, ...]:
    """The skeletons of a Devanagari name, first the plain reading, then the variants a writer may have
    meant: ड/ढ without nukta read as ड़/ढ़ (at most three of them), a final nasal dropped (मनियां ~ Mania).
    Empty for a text without Devanagari."""
    k = normalize_key(text)
    if not _DEV.search(k):
        return ()
    pos = [m.start() for m in _DD.finditer(k)][:3]
    out: list[str] = []
    for combo in itertools.product((False, True), repeat=len(pos)):
        chars = list(k)
        for p, nukta in zip(pos, combo):
            if nukta:
                chars[p] += _NUKTA
        w = "".join(chars)
        for form in (w, re.sub("[\u0901\u0902]$", "", w)):
            sk = _fold(_deva_latin(form))
            if sk and sk not in out:
                out.append(sk)
    return tuple(out)


def skeleton(text: str) -> str:
    """The skeleton of a Devanagari name as written (``""`` if it has none)."""
    sk = skeletons(text)
    return sk[0] if sk else ""


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer."""

    name_hi: str
    name_en: str
    kind: str  # state | ut | district | city | town | subdistrict | country | region | other
    state_hi: str | None
    state_en: str | None
    district_hi: str | None
    code: str | None  # LGD code (state, district, sub-district or local body); None if none
    ambiguous: str = ""  # "", "homonym", "word" or "homonym|word" (as flagged in the data)
    state_code: str | None = None
    district_code: str | None = None
    source: str = ""  # the data file: states | districts | places | extras | latin (name_hi "": the text's)

    @property
    def priority(self) -> int:
        return KIND_PRIORITY.get(self.kind, 9)

    @property
    def uid(self) -> tuple[str, str, str]:
        return (self.source, self.code or "", self.name_hi)


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in a doc: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return read_tsv(f"gazetteer/{name}")


class Gazetteer:
    """Name index over the shipped gazetteer files. Use :meth:`load` (cached)."""

    def __init__(self, named_entries: Iterable[tuple[Sequence[str], Entry]], word_keys: Iterable[str] = (),
                 stop_keys: Iterable[str] = (),
                 latin_entries: Iterable[tuple[str, Entry]] | Callable[[], Iterable[tuple[str, Entry]]] = ()):
        index: dict[str, list[Entry]] = {}
        self.entries: list[Entry] = []
        max_tokens = 1
        for names, entry in named_entries:
            self.entries.append(entry)
            for name in names:
                k = place_key(name)
                if not k:
                    continue
                bucket = index.setdefault(k, [])
                if entry not in bucket:
                    bucket.append(entry)
                # how many tokens a mention of this name can span (abbreviation marks split tokens too)
                max_tokens = max(max_tokens, len(re.findall(r"[^\s.\-\u0966]+|-", name)) + 1)
        self._index: dict[str, tuple[Entry, ...]] = {
            k: tuple(sorted(v, key=lambda e: e.priority)) for k, v in index.items()
        }
        # loose keys (spacing and vowel-length variants) of names at least LOOSE_MIN letters long;
        # a loose key shared by names of different places, or equal to a real key, is not used
        loose: dict[str, str | None] = {}
        for k in self._index:
            lk = loose_key(k)
            if len(lk) < LOOSE_MIN:
                continue
            uids = {e.uid for e in self._index[k]}
            prev = loose.get(lk, "")
            if prev == "":
                loose[lk] = k
            elif prev is not None and {e.uid for e in self._index[prev]} != uids:
                loose[lk] = None
        self._loose: dict[str, str] = {lk: k for lk, k in loose.items() if k is not None}
        self._states = {e.state_code: e for e in self.entries if e.kind in ("state", "ut") and e.state_code}
        self.word_keys = frozenset(word_keys)
        self.stop_keys = frozenset(stop_keys)
        self.max_tokens = max_tokens
        # the Latin index (skeleton -> entries) is built on its first use (most documents never need it)
        self._latin_entries = latin_entries
        self._latin_index: dict[str, tuple[Entry, ...]] | None = None
        self._latin_lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        """The gazetteer of the shipped data files (built once per process)."""
        states = {r["code"]: r for r in _rows("states.tsv")}
        districts = {r["code"]: r for r in _rows("districts.tsv") if r["code"]}

        def state_of(code: str) -> tuple[str | None, str | None]:
            s = states.get(code)
            return (s["name_hi"], s["name_en"]) if s else (None, None)

        def named() -> Iterable[tuple[list[str], Entry]]:
            for r in states.values():
                yield [r["name_hi"], *split_multi(r["aliases"])], Entry(
                    r["name_hi"], r["name_en"], r["kind"], r["name_hi"], r["name_en"], None, r["code"],
                    "", r["code"], None, "states")
            for r in _rows("districts.tsv"):
                s_hi, s_en = state_of(r["state_code"])
                yield [r["name_hi"], *split_multi(r["aliases"])], Entry(
                    r["name_hi"], r["name_en"], "district", s_hi, s_en, r["name_hi"], r["code"] or None,
                    r["ambiguous"], r["state_code"], r["code"] or None, "districts")
            for source in ("places", "extras"):
                for r in _rows(f"{source}.tsv"):
                    s_hi, s_en = state_of(r["state_code"])
                    d = districts.get(r["district_code"])
                    yield [r["name_hi"], *split_multi(r["aliases"])], Entry(
                        r["name_hi"], r["name_en"], r["kind"], s_hi, s_en, d["name_hi"] if d else None,
                        (r.get("code") or None), r["ambiguous"], r["state_code"] or None,
                        r["district_code"] or None, source)

        def latin() -> Iterable[tuple[str, Entry]]:
            for r in _rows("latin_places.tsv"):
                s_hi, s_en = state_of(r["state_code"])
                d = districts.get(r["district_code"])
                yield r["key"], Entry("", r["name_en"], r["kind"], s_hi, s_en, d["name_hi"] if d else None,
                                      r["code"], r["ambiguous"], r["state_code"], r["district_code"] or None,
                                      "latin")

        words = _rows("words.tsv")
        return cls(named(), (w["key"] for w in words if w["kind"] == "word"),
                   (w["key"] for w in words if w["kind"] == "stop"), latin)

    # ------------------------------------------------------------------ look-up
    def lookup(self, key: str) -> list[Entry]:
        """Entries named ``key`` (a name in any spelling or an already computed key), best reading first;
        a spacing or vowel-length variant of a long name is found too (``ऊधमसिंह नगर``)."""
        hit = self._index.get(key)
        if hit is None:
            k = place_key(key)
            hit = self._index.get(k)
            if hit is None:
                lk = loose_key(k)
                name = self._loose.get(lk, "") if len(lk) >= LOOSE_MIN else ""
                hit = self._index.get(name, ()) if name and k.count(" ") <= name.count(" ") else ()
        return list(hit)

    def __contains__(self, key: str) -> bool:
        return bool(self.lookup(key))

    def __len__(self) -> int:
        return len(self._index)

    def is_word(self, key: str) -> bool:
        """Whether the name is also an ordinary word or personal name (a place only in context)."""
        return place_key(key) in self.word_keys

    def is_stop(self, key: str) -> bool:
        """Whether the word is generic (``प्रदेश``, ``जिला``) and never a place by itself."""
        return place_key(key) in self.stop_keys

    # ------------------------------------------------------------------ the Latin index
    def latin(self, text: str) -> list[Entry]:
        """Entries of the Latin index (English-only LGD units) whose skeleton is one of the readings of
        the Devanagari ``text`` (:func:`skeletons`), best kind first; no check that ``text`` is a name."""
        index = self._latin_index
        if index is None:
            with self._latin_lock:
                if self._latin_index is None:
                    source = self._latin_entries
                    latin: dict[str, list[Entry]] = {}
                    for sk, entry in (source() if callable(source) else source):
                        latin.setdefault(sk, []).append(entry)
                    self._latin_index = {k: tuple(sorted(v, key=lambda e: e.priority)) for k, v in latin.items()}
                    self._latin_entries = ()
                index = self._latin_index
        out: list[Entry] = []
        for sk in skeletons(text):
            for e in index.get(sk, ()):
                if e not in out:
                    out.append(e)
        return out

    def resolve_latin(self, text: str, states: Iterable[str] = (), districts: Iterable[str] = (),
                      prefer: Sequence[str] = (), level: str = "any", words: bool = True) -> Entry | None:
        """The one place of the Latin index that ``text`` names given the document's ``states`` and
        ``districts`` (LGD codes), or None.

        ``level``: ``district`` - only a place in one of ``districts``; ``state`` - also one elsewhere in
        ``states``; ``any`` - as ``state``, and anywhere when the document gives neither. Candidates in
        the districts win over those only in the states. They must be one place (one district of one
        state; a local body without district goes with the only district of its state that has
        candidates), else None: a shared skeleton is left unresolved. Of that place, the entry of the
        first kind in ``prefer`` (``("subdistrict",)`` after ``तहसील``), else a town before a sub-district.
        ``words=False``: not a place whose skeleton ordinary words have (flag ``word``: हरे ~ Harraiya).
        """
        cands = self.latin(text)
        if not words:
            cands = [e for e in cands if "word" not in e.ambiguous]
        if not cands:
            return None
        districts = {d for d in districts if d}
        states = {s for s in states if s}
        pool = [e for e in cands if e.district_code in districts]
        if pool:  # with the local bodies of those states that LGD gives no district
            pool += [e for e in cands if not e.district_code and e.state_code in {x.state_code for x in pool}]
        elif level != "district":
            pool = [e for e in cands if e.state_code in states]
            if not pool and level == "any" and not states and not districts:
                pool = cands
        if not pool:
            return None
        places: dict[tuple[str | None, str | None], list[Entry]] = {}
        for e in pool:
            if e.district_code:
                places.setdefault((e.state_code, e.district_code), []).append(e)
        for e in pool:
            if not e.district_code:
                same = [k for k in places if k[0] == e.state_code]
                places.setdefault(same[0] if len(same) == 1 else (e.state_code, None), []).append(e)
        if len(places) != 1:
            return None
        (entries,) = places.values()
        rank = {k: i for i, k in enumerate(prefer)}
        best = min(entries, key=lambda e: (rank.get(e.kind, len(rank)), e.priority, e.district_code is None))
        known = next((e for e in entries if e.district_code), None)
        if best.district_code is None and known is not None:  # the town lies in its sub-district's district
            best = replace(best, district_hi=known.district_hi, district_code=known.district_code)
        return best

    def states(self) -> list[Entry]:
        return [e for e in self.entries if e.kind in ("state", "ut")]

    def state(self, code: str | None) -> Entry | None:
        """The state/UT entry with LGD code ``code``."""
        return self._states.get(code or "")

    # ------------------------------------------------------------------ scanning
    def scan(self, doc: Doc, start: int = 0, end: int | None = None) -> list[Match]:
        """Longest, non-overlapping gazetteer names among ``doc[start:end]``'s tokens, left to right."""
        end = len(doc) if end is None else end
        keys = [token_key(t) for t in doc[start:end]]
        matches: list[Match] = []
        i = 0
        n = len(keys)
        while i < n:
            best: tuple[int, str] | None = None
            if keys[i]:
                for j, k, glued in _ngram_keys(doc, start + i, keys[i:], self.max_tokens):
                    hit = self._index.get(k)
                    if not hit and not glued and j <= 3 and len(k) >= LOOSE_MIN:
                        lk = loose_key(k)
                        # a spacing / vowel-length variant of a name, written in no more words than
                        # the name (``ऊधमसिंह नगर``; but ``गांधी नगर`` is a colony, not ``गांधीनगर``)
                        if len(lk) >= LOOSE_MIN and lk in self._loose and k not in self.word_keys \
                                and j <= self._loose[lk].count(" ") + 1:
                            k = self._loose[lk]
                            hit = self._index[k]
                    if not hit or k in self.stop_keys:
                        continue
                    # "उ प्र" -> "उप्र" only for state short forms: "जा रही" is not "जारही"
                    if glued and not any(e.kind in ("state", "ut") for e in hit):
                        continue
                    best = (j, k)
            if best is None:
                i += 1
                continue
            j, k = best
            matches.append(Match(start + i, start + i + j, k, self._index[k]))
            i += j
        return matches


def token_key(token: Token) -> str:
    """The gazetteer key of one token ('' for punctuation and whitespace)."""
    if token.is_space or token.is_punct and token.text not in _HYPHENS:
        return ""
    if token.text in _HYPHENS:
        return "-"
    return place_key(token.norm_ or token.text)


def _ngram_keys(doc: Doc, first: int, keys: list[str], max_tokens: int):
    """(length, key, glued) of the n-grams starting at token ``first``: tokens joined as
    ``normalize_key`` joins a name's words (no space between abbreviated words), and, for runs of
    short pieces such as ``उ प्र`` written without dots, also without any space (``उप्र``, glued=True)."""
    joined = ""
    glued = ""
    short_run = True
    prev_dot = False
    pending_hyphen = False
    for length, k in enumerate(keys[:max_tokens], start=1):
        token = doc[first + length - 1]
        if not k:
            return
        if k == "-":
            if length == 1 or pending_hyphen:
                return
            pending_hyphen = True
            continue
        this_dot = (token.norm_ or token.text).endswith(".")
        # as normalize_key: glue across a dot only when this word is abbreviated too (उ. प्र. -> उप्र)
        sep = "" if (not joined or (prev_dot and this_dot and len(k) <= 4)) else " "
        joined = f"{joined}{sep}{k}"
        glued = f"{glued}{k}"
        yield length, joined, False
        if length > 1 and short_run and glued != joined and not pending_hyphen:
            yield length, glued, True
        short_run = short_run and len(k) <= 3
        prev_dot = this_dot
        pending_hyphen = False

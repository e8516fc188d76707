"""Offset-preserving normalisation of Hindi text.

The original input is never rewritten. :func:`normalize` returns a
:class:`NormalizedText` whose ``text`` is the form the pipeline works on and
whose offset map sends every span of it back to the original input, so that
``original[start:end]`` is always the evidence for a record.

What is normalised (each step is one rewrite pass with an exact offset map):

* legacy-font artefacts found in Hindi news feeds (``¨सह`` -> ``सिंह``);
* Unicode spaces (NBSP, thin spaces) -> space; ZWJ/ZWNJ/soft hyphen/BOM removed;
* Devanagari digits -> ASCII digits (``१५`` -> ``15``);
* the abbreviation mark written with the digit zero after a letter
  (``उ०``, ``डॉ०``, ``आईटी०``, glued ``उ०प्र०``; also the ASCII ``0`` of government releases after a
  Devanagari letter: ``उ0प्र0``, ``डॉ0``, ``मा0``) -> ``.``;
* ASCII pipe used as danda -> ``।``;
* Devanagari letters through indic-nlp-library's Hindi normaliser (nukta
  decomposition, chandrabindu/half-nasal -> anusvara, chandra vowels).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

__all__ = ["NormalizedText", "normalize", "normalize_text", "normalize_key", "DEVANAGARI_LETTERS"]

#: Devanagari letters, signs and nukta (no danda, no digits, no abbreviation sign).
DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097F"  # U+0970 (abbreviation sign) excluded
_DEV_DIGITS = "०१२३४५६७८९"
_DIGIT_MAP = {d: str(i) for i, d in enumerate(_DEV_DIGITS)}
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DROP = "\u200b\u200c\u200d\u00ad\ufeff\u2060"
_CONSONANT = "\u0915-\u0939\u0958-\u095F"

Edit = tuple[int, int, str]  # (start, end, replacement) on the current text


@dataclass
class NormalizedText:
    """A normalised text with a map back to the original.

    ``starts[i]``/``ends[i]`` give the original span that normalised character
    ``i`` came from.
    """

    original: str
    text: str
    starts: list[int] = field(repr=False)
    ends: list[int] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original text."""
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside normalised text of length {n}")
        if start == end:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        """The original text behind a span of the normalised text."""
        s, e = self.to_original(start, end)
        return self.original[s:e]

    @classmethod
    def identity(cls, text: str) -> "NormalizedText":
        return cls(text, text, list(range(len(text))), list(range(1, len(text) + 1)))

    def rewrite(self, edits: Iterable[Edit]) -> "NormalizedText":
        """Apply non-overlapping, sorted edits to ``text``; keep the offset map exact."""
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        src, s_starts, s_ends = self.text, self.starts, self.ends
        for start, end, repl in edits:
            if start < pos:
                raise ValueError("edits overlap or are unsorted")
            out.append(src[pos:start])
            starts.extend(s_starts[pos:start])
            ends.extend(s_ends[pos:start])
            if end > start:
                o_start, o_end = s_starts[start], s_ends[end - 1]
            else:  # pure insertion: anchor to the next character
                o_start = o_end = s_starts[start] if start < len(src) else len(self.original)
            out.append(repl)
            starts.extend([o_start] * len(repl))
            ends.extend([o_end] * len(repl))
            pos = end
        out.append(src[pos:])
        starts.extend(s_starts[pos:])
        ends.extend(s_ends[pos:])
        return NormalizedText(self.original, "".join(out), starts, ends)


def _regex_edits(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> list[Edit]:
    return [(m.start(), m.end(), repl(m)) for m in pattern.finditer(text)]


def _char_edits(text: str, table: dict[str, str]) -> list[Edit]:
    return [(i, i + 1, table[c]) for i, c in enumerate(text) if c in table]


def _diff_edits(old: str, new: str, offset: int) -> list[Edit]:
    """Character-level edits turning ``old`` into ``new`` (for opaque normalisers)."""
    if old == new:
        return []
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (offset + i1, offset + i2, new[j1:j2])
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


@lru_cache(maxsize=1)
def _indic_normalizer():
    return IndicNormalizerFactory().get_normalizer(
        "hi", nasals_mode="to_anusvaara_strict", do_normalize_chandras=True
    )


@lru_cache(maxsize=65536)
def _normalize_word(word: str) -> str:
    return _indic_normalizer().normalize(word)


# ¨ + consonant (legacy Chanakya/Kruti Dev export): the sign stands for "ि" + "ं" after it.
_LEGACY_I_NASAL = re.compile(rf"\u00a8([{_CONSONANT}]\u093c?)")
# Zero after a letter (not after a digit) is the abbreviation sign.
_ABBREV_ZERO = re.compile(rf"(?<=[{DEVANAGARI_LETTERS}A-Za-z])[०\u0970]|(?<=[{DEVANAGARI_LETTERS}])0(?![0-9०-९])")
_WORD = re.compile(rf"[{DEVANAGARI_LETTERS}]+")


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching, keeping an exact map to the original."""
    nt = NormalizedText.identity(text)
    nt = nt.rewrite(_regex_edits(_LEGACY_I_NASAL, lambda m: m.group(1) + "\u093f\u0902", nt.text))
    table = {c: " " for c in _SPACES}
    table.update({c: "" for c in _DROP})
    table["|"] = "।"
    nt = nt.rewrite(_char_edits(nt.text, table))
    nt = nt.rewrite(_regex_edits(_ABBREV_ZERO, lambda m: ".", nt.text))
    nt = nt.rewrite(_char_edits(nt.text, _DIGIT_MAP))
    edits: list[Edit] = []
    for m in _WORD.finditer(nt.text):
        edits.extend(_diff_edits(m.group(), _normalize_word(m.group()), m.start()))
    return nt.rewrite(edits)


_CHAR_TABLE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "" for c in _DROP}, "|": "।"})
_DIGIT_TABLE = str.maketrans(_DIGIT_MAP)


def normalize_text(text: str) -> str:
    """``normalize(text).text`` without the offset map (the same steps on plain strings; a test checks
    that both agree): for keys, where no span has to point back into an original."""
    t = _LEGACY_I_NASAL.sub(lambda m: m.group(1) + "\u093f\u0902", text)
    t = t.translate(_CHAR_TABLE)
    t = _ABBREV_ZERO.sub(".", t)
    t = t.translate(_DIGIT_TABLE)
    return _WORD.sub(lambda m: _normalize_word(m.group()), t)


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """The matching key of a lexicon entry or a mention: normalised, abbreviation marks
    dropped, whitespace collapsed. ``उ० प्र०``, ``उ.प्र.``, ``उ. प्र.`` and ``उप्र`` share one key."""
    t = normalize_text(text).translate(_KEY_FOLD)
    t = re.sub(r"\.(?:\s+(?=[^\s.]{1,4}\.))?", "", t)  # glue only across abbreviated words
    return re.sub(r"\s+", " ", t).strip()


#: key-only folds: the English "o" of loan words written ऑ or ओ (ऑफिसर/ओफिसर, कॉलेज/कोलेज, ऑफ/ओफ)
_KEY_FOLD = str.maketrans({"\u0949": "\u094b", "\u0911": "\u0913"})

"""A Hindi tokenizer for spaCy whose tokens index the ORIGINAL text.

The input is normalised (:mod:`extract.text.normalize`), tokenised on the
normalised form, and each token is mapped back to the original characters, so
``doc.text`` is exactly the input and ``token.norm_`` holds the normalised form.
Abbreviations keep their dot (``डॉ.``, ``उ०`` -> norm ``उ.``), initials too
(``ए. के.``); a glued ``उ०प्र०`` becomes two tokens.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..resources import read_tsv
from .normalize import DEVANAGARI_LETTERS, NormalizedText, normalize, normalize_key

__all__ = ["HindiTokenizer", "token_spans", "is_abbreviation", "ensure_normalized"]

_DEV = DEVANAGARI_LETTERS
_CONS = "\u0915-\u0939\u0958-\u095F"
_TOKEN = re.compile(
    rf"""
    (?P<url>https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)
    |(?P<num>\d+(?:[.,:/]\d+)*)
    |(?P<dev>[{_DEV}]+)
    |(?P<lat>[A-Za-z]+(?:'[A-Za-z]+)?)
    |(?P<ell>\.{{2,}}|…)
    |(?P<danda>।।|॥)
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
# One akshara: consonant cluster (or independent vowel) + optional vowel sign + nasal/visarga.
_AKSHARA = re.compile(
    rf"^(?:[{_CONS}]\u093c?(?:\u094d[{_CONS}]\u093c?)*|[\u0904-\u0914])[\u093e-\u094c\u0962\u0963]?[\u0900-\u0903]?$"
)
_GAP_RUNS = re.compile(r"\s+|\S+")
_LATIN_ABBR = {"dr", "mr", "mrs", "ms", "smt", "shri", "prof", "st", "no", "vs", "jr", "sr", "rs"}


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str]]:
    abbr = frozenset(normalize_key(r["form"]) for r in read_tsv("abbreviations.tsv"))
    final = frozenset(normalize_key(r["form"]) for r in read_tsv("sentence_final_words.tsv"))
    return abbr, final


def is_abbreviation(word: str, zero_mark: bool = False, glued: bool = False) -> bool:
    """Whether a dot after normalised ``word`` marks an abbreviation or initial."""
    if zero_mark or glued:
        return True
    abbr, final = _lexicons()
    if word.isascii():
        return (len(word) == 1 and word.isupper()) or word.lower() in _LATIN_ABBR
    key = normalize_key(word)
    if key in abbr:
        return True
    if word[-1] in "\u0901\u0902\u0903":  # थीं. हूँ. दें. are verb forms, not initials
        return False
    return bool(_AKSHARA.match(word)) and key not in final


def token_spans(nt: NormalizedText) -> Iterator[tuple[int, int]]:
    """Token spans (start, end) on ``nt.text``; whitespace is not a token here."""
    text = nt.text
    n = len(text)
    last_end = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "space" or start < last_end:  # whitespace, or a dot taken by an abbreviation
            continue
        if kind in ("dev", "lat") and end < n and text[end] == ".":
            zero = nt.original[nt.starts[end]] in "०\u09700"
            glued = end + 1 < n and re.match(rf"[{_DEV}]", text[end + 1]) is not None
            if is_abbreviation(m.group(), zero_mark=zero, glued=glued):
                end += 1
        last_end = end
        yield start, end


class HindiTokenizer:
    """spaCy tokenizer: normalise, tokenise, map tokens back to the original text."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        nt = normalize(text)
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[str] = []
        pos = 0

        def add_gap(gap: str) -> None:
            for run in _GAP_RUNS.findall(gap):
                if words and run[0] == " " and not spaces[-1]:
                    spaces[-1] = True
                    run = run[1:]
                if run:
                    words.append(run)
                    spaces.append(False)
                    norms.append(run if run.isspace() else "")

        for ns, ne in token_spans(nt):
            os_, oe = nt.to_original(ns, ne)
            if os_ < pos:  # a rewrite merged this token with the previous one
                if words:
                    words[-1] = text[pos - len(words[-1]):oe] if oe > pos else words[-1]
                    norms[-1] += nt.text[ns:ne]
                    pos = max(pos, oe)
                continue
            add_gap(text[pos:os_])
            if oe <= os_:
                continue
            words.append(text[os_:oe])
            spaces.append(False)
            norms.append(nt.text[ns:ne])
            pos = oe
        add_gap(text[pos:])
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, norm in zip(doc, norms):
            token.norm_ = norm or token.text
        doc.user_data[_NORMALIZED] = True
        return doc

    # spaCy serialisation hooks: the tokenizer has no state beyond its code and data files.
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "HindiTokenizer":
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude=tuple()) -> "HindiTokenizer":
        return self


_NORMALIZED = "hindi_extract.normalized"


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    return normalize(text).text


def ensure_normalized(doc: Doc) -> Doc:
    """Make a doc from ANY tokenizer usable by the components: ``token.norm_`` normalised and
    sentence starts set. A no-op for docs made by :class:`HindiTokenizer` (which does both).

    This is what lets ``spacy.blank("hi").add_pipe("hindi_dates")`` work with spaCy's own
    tokenizer (whose Hindi ``norm_`` is a suffix stemmer).
    """
    if doc.user_data.get(_NORMALIZED):
        return doc
    for token in doc:
        token.norm_ = _norm(token.text)
    if not doc.has_annotation("SENT_START"):
        from .sentences import set_sentence_starts

        set_sentence_starts(doc)
    doc.user_data[_NORMALIZED] = True
    return doc

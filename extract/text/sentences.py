"""Sentence boundaries for Hindi: danda, double danda, ? ! and a full stop that is
not an abbreviation or initial (those keep their dot inside the token), and line breaks."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["set_sentence_starts", "split_sentences", "TERMINATORS", "is_blank"]

TERMINATORS = frozenset({"।", "।।", "॥", "?", "!", "."})
ELLIPSES = frozenset({"…", "..."})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "}", "»"})
_GLUED_ONLY_CLOSERS = frozenset({'"', "'"})  # ambiguous: close only when glued to the terminator


def is_blank(token: Token) -> bool:
    """Whitespace, or only invisible format characters (ZWJ, soft hyphen, BOM)."""
    return token.is_space or all(unicodedata.category(c) == "Cf" for c in token.text)


def _is_terminator(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text in TERMINATORS or token.norm_ in TERMINATORS or (token.text and set(token.text) <= {"।", "॥"}):
        return True
    if token.text in ELLIPSES:  # an ellipsis glued to the next word continues the sentence
        return bool(token.whitespace_) or i + 1 == len(doc) or doc[i + 1].is_space or doc[i + 1].text in _CLOSERS
    return False


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark ``is_sent_start`` on every token of ``doc``."""
    if not len(doc):
        return doc
    starts = [False] * len(doc)
    starts[0] = True
    boundary = False
    after_newline = False
    for i, token in enumerate(doc):
        if boundary and not is_blank(token):
            glued = i > 0 and not doc[i - 1].whitespace_ and not is_blank(doc[i - 1])
            closer = token.text in _CLOSERS and not after_newline and (
                token.text not in _GLUED_ONLY_CLOSERS or glued)
            if not closer and not _is_terminator(doc, i):
                starts[i] = True
                boundary = False
        if _is_terminator(doc, i) or (token.is_space and "\n" in token.text):
            boundary = True
        if not is_blank(token):
            after_newline = False
        elif "\n" in token.text:
            after_newline = True
    # one array write: setting token.is_sent_start token by token is quadratic in spaCy
    doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


@Language.component("hindi_sentences", assigns=["token.is_sent_start"])
def hindi_sentences(doc: Doc) -> Doc:
    """Rule-based Hindi sentence segmentation (never splits at an abbreviation)."""
    return set_sentence_starts(doc)


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    from .tokenizer import HindiTokenizer

    return HindiTokenizer(spacy.blank("hi").vocab)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a segmented doc, trimmed of blank tokens."""
    spans = []
    for sent in doc.sents:
        toks = [t for t in sent if not is_blank(t)]
        if toks:
            spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, trimmed of surrounding whitespace."""
    return sentence_spans(set_sentence_starts(_tokenizer()(text)))

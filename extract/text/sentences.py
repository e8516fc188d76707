"""Sentence boundaries for Hindi: danda, double danda, ? ! and a full stop that is
not an abbreviation or initial (those keep their dot inside the token), and line breaks."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["set_sentence_starts", "split_sentences", "TERMINATORS"]

TERMINATORS = frozenset({"।", "।।", "॥", "?", "!", ".", "…", "..."})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "}", "»"})


def _is_terminator(token) -> bool:
    return token.norm_ in TERMINATORS or token.text in TERMINATORS or set(token.text) <= {"।", "॥"} and bool(token.text)


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark ``is_sent_start`` on every token of ``doc``."""
    if not len(doc):
        return doc
    starts = [False] * len(doc)
    starts[0] = True
    boundary = False
    for i, token in enumerate(doc):
        if boundary and not token.is_space and token.text not in _CLOSERS and not _is_terminator(token):
            starts[i] = True
            boundary = False
        if _is_terminator(token) or (token.is_space and "\n" in token.text):
            boundary = True
    for token, start in zip(doc, starts):
        token.is_sent_start = start
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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, trimmed of surrounding whitespace."""
    doc = set_sentence_starts(_tokenizer()(text))
    spans = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return spans

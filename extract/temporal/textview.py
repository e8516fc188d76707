"""A folded view of a Doc for the temporal grammar, with an exact map back to ``doc.text``.

The view is built from the tokens (no second normalisation pass): each token contributes its
``norm_`` folded (nukta dropped, ASCII lower-cased) followed by its trailing whitespace. Offsets at
token boundaries map exactly to the original text; the grammar only matches at token boundaries.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from ..text.sentences import set_sentence_starts
from .lexicon import fold_piece

__all__ = ["TextView"]


class TextView:
    __slots__ = ("doc", "text", "ns", "ne", "os", "oe", "words", "sent_bounds", "sent_of_token")

    def __init__(self, doc: Doc):
        self.doc = doc
        pieces: list[str] = []
        ns: list[int] = []
        ne: list[int] = []
        os_: list[int] = []
        oe: list[int] = []
        words: list[str] = []
        pos = 0
        for t in doc:
            piece = t.text if t.is_space else fold_piece(t.norm_ or t.text)
            ns.append(pos)
            pos += len(piece)
            ne.append(pos)
            os_.append(t.idx)
            oe.append(t.idx + len(t.text))
            words.append(piece)
            pieces.append(piece)
            if t.whitespace_:
                pieces.append(t.whitespace_)
                pos += len(t.whitespace_)
        self.text = "".join(pieces)
        self.ns, self.ne, self.os, self.oe, self.words = ns, ne, os_, oe, words
        if len(doc) and not doc.has_annotation("SENT_START"):
            set_sentence_starts(doc)
        bounds: list[tuple[int, int]] = []
        sent_of_token: list[int] = [0] * len(doc)
        for k, sent in enumerate(doc.sents) if len(doc) else []:
            bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                sent_of_token[i] = k
        self.sent_bounds = bounds
        self.sent_of_token = sent_of_token

    # -- offsets ---------------------------------------------------------------------------
    def token_at(self, pos: int) -> int:
        """Index of the token containing folded offset ``pos`` (or the one before a gap)."""
        return max(0, bisect_right(self.ns, pos) - 1)

    def token_ending_at(self, pos: int) -> int:
        """Index of the last token that starts before ``pos``."""
        return max(0, bisect_left(self.ns, pos) - 1)

    def orig_start(self, pos: int) -> int:
        if not self.ns:
            return pos
        i = self.token_at(pos)
        if pos >= self.ne[i]:  # in the whitespace after token i
            return self.oe[i] + (pos - self.ne[i])
        off = pos - self.ns[i]
        if off == 0:
            return self.os[i]
        if self.ne[i] - self.ns[i] == self.oe[i] - self.os[i]:
            return self.os[i] + off
        return min(self.os[i] + off, self.oe[i])

    def orig_end(self, pos: int) -> int:
        if not self.ns:
            return pos
        i = bisect_left(self.ne, pos)
        if i < len(self.ne) and self.ns[i] < pos:
            if pos == self.ne[i]:
                return self.oe[i]
            off = pos - self.ns[i]
            if self.ne[i] - self.ns[i] == self.oe[i] - self.os[i]:
                return self.os[i] + off
            return min(self.os[i] + off, self.oe[i])
        j = i - 1
        if j < 0:
            return 0
        return self.oe[j] + (pos - self.ne[j])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.orig_start(start), self.orig_end(end)

    # -- sentences -------------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        if not self.sent_of_token:
            return 0
        return self.sent_of_token[self.token_at(pos)]

    def sentence_span(self, k: int) -> tuple[int, int]:
        """Folded (start, end) of sentence ``k``."""
        s, e = self.sent_bounds[k]
        return self.ns[s], self.ne[e - 1]

    def sentence_words(self, k: int) -> tuple[int, list[str]]:
        """(index of the first token, folded words) of sentence ``k``."""
        s, e = self.sent_bounds[k]
        return s, self.words[s:e]

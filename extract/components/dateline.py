"""``hindi_dateline``: the document date and the dateline place.

Writes ``doc._.doc_date`` = ``{"value", "source", "text", "start", "end"}`` (``source``: ``dateline``,
``publish_line`` or ``caller`` when it falls back to ``doc._.doc_date_hint``) and the spans of
``doc.spans["dateline"]`` (``role`` = ``place`` | ``date``). See :mod:`extract.temporal.dateline`
for the forms recognised.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokenizer import ensure_normalized
from ..spans import add_span, warn
from ..temporal.dateline import detect_dateline
from ..temporal.grammar import parse_iso_date
from ..temporal.textview import TextView

__all__ = ["DatelineComponent"]

NO_DATE_WARNING = "no document date: relative dates left unresolved"


class DatelineComponent:
    def __init__(self, nlp: Language, name: str = "hindi_dateline", max_lines: int = 8):
        self.name = name
        self.max_lines = max_lines

    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        if "dateline" not in doc.spans:
            doc.spans["dateline"] = []
        hint = parse_iso_date(doc._.doc_date_hint)
        doc._.doc_date = None
        if not len(doc):
            self._fallback(doc, hint)
            return doc
        dl = detect_dateline(TextView(doc), hint, self.max_lines)
        if dl.place:
            s, e = dl.place
            add_span(doc, "dateline", s, e, role="place", value=doc.text[s:e], confidence=dl.place_confidence)
        date_ok = dl.value is not None and "X" not in dl.value
        if dl.date:
            s, e = dl.date
            span = add_span(doc, "dateline", s, e, role="date", value=dl.value, confidence=dl.date_confidence,
                            source=dl.source)
            if date_ok and span is not None:
                doc._.doc_date = {"value": dl.value, "source": dl.source, "text": span.text,
                                  "start": span.start_char, "end": span.end_char}
        if doc._.doc_date is None:
            self._fallback(doc, hint)
        return doc

    @staticmethod
    def _fallback(doc: Doc, hint) -> None:
        if hint is not None:
            doc._.doc_date = {"value": hint.isoformat(), "source": "caller", "text": None, "start": None, "end": None}
        else:
            warn(doc, NO_DATE_WARNING)

    # no state to serialise
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude=tuple()):
        return self


@Language.factory(
    "hindi_dateline",
    assigns=["doc._.doc_date", "doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"max_lines": 8},
)
def make_dateline(nlp: Language, name: str, max_lines: int) -> DatelineComponent:
    """Detect the dateline (place, date) or publish line of a press note."""
    return DatelineComponent(nlp, name, max_lines)

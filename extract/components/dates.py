"""``hindi_dates``: temporal expressions (TIMEX3) in ``doc.spans["dates"]``.

Span attributes (``span._.hx``): ``value`` (TIMEX3 value or None), ``type`` (date|time|duration|set),
``granularity`` (day, month, year, week, quarter, time, decade, century, range, fy, duration, set, ref),
``resolved`` (absolute, or resolved against the document date; durations and sets without ``X`` count as
resolved, ``*_REF`` and values with ``X`` do not), ``mod`` (START/END/MID/APPROX or None),
``confidence``, plus ``rule`` and ``tense`` for inspection. Underspecified expressions are resolved
against ``doc._.doc_date`` (set by ``hindi_dateline``); without it values keep TIMEX3 ``X``
placeholders (``XXXX-09``, ``XXXX-WXX-2TMO``) or are None (purely relative: ``आज``, ``आज सुबह``), and
``resolved`` is False. Clock times without a date in their sentence take the day of the previous
sentence of the paragraph when it has one (see :mod:`extract.temporal.grammar` for the conventions).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokenizer import ensure_normalized
from ..spans import add_span
from ..temporal.grammar import find_timexes, grammar, parse_iso_date
from ..temporal.textview import TextView

__all__ = ["DatesComponent"]


class DatesComponent:
    def __init__(self, nlp: Language, name: str = "hindi_dates"):
        self.name = name
        grammar()  # compile the rules once, at construction

    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        doc.spans["dates"] = []
        if not len(doc):
            return doc
        doc_date = doc._.doc_date or {}
        ref = parse_iso_date(doc_date.get("value"))
        seen: list[tuple[int, int]] = []
        for tx in find_timexes(TextView(doc), ref):
            span = add_span(doc, "dates", tx.start, tx.end, **tx.attrs())
            if span is not None:
                seen.append((span.start_char, span.end_char))
        # the dateline date is a date of the document even where the grammar has no rule for its form
        s0, e0 = doc_date.get("start"), doc_date.get("end")
        if s0 is not None and not any(s < e0 and s0 < e for s, e in seen):
            add_span(doc, "dates", doc_date["start"], doc_date["end"], value=doc_date["value"], type="date",
                     granularity="day", resolved=True, mod=None, confidence=0.9, rule="dateline", tense=None)
            doc.spans["dates"] = sorted(doc.spans["dates"], key=lambda s: s.start_char)
        return doc

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude=tuple()):
        return self


@Language.factory(
    "hindi_dates",
    assigns=["doc.spans"],
    requires=["doc._.doc_date"],
    default_config={},
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Find and normalise temporal expressions (TIMEX3)."""
    return DatesComponent(nlp, name)

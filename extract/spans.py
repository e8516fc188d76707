"""How components talk: span groups in ``doc.spans`` plus one attribute dict per span.

Every component writes spans into a named group (``doc.spans["dates"]``, ...)
with a group-specific label, and the attributes of each span into
``span._.hx`` (a plain dict of JSON-able values, so docs survive pickling and
``nlp.pipe(n_process=...)``), stored in ``doc.user_data`` under the span's label
and offsets, so spans of two groups with the same offsets never share attributes.
Records are built from these alone.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

__all__ = ["GROUPS", "LABELS", "add_span", "attrs", "register_extensions"]

#: span group -> label of its spans
LABELS: dict[str, str] = {
    "dateline": "DATELINE",
    "dates": "TIMEX",
    "people": "PERSON",
    "roles": "ROLE",
    "organizations": "ORG",
    "places": "PLACE",
    "quantities": "QUANTITY",
    "statements": "STATEMENT",
    "events": "EVENT",
}
GROUPS = tuple(LABELS)


def _hx_key(span: Span) -> tuple:
    # keyed by label too: spans of different groups may share offsets (a dateline place is also a place)
    return ("._.hx", span.label_, span.start_char, span.end_char)


def _get_hx(span: Span) -> dict[str, Any] | None:
    return span.doc.user_data.get(_hx_key(span))


def _set_hx(span: Span, value: dict[str, Any] | None) -> None:
    span.doc.user_data[_hx_key(span)] = value


def register_extensions() -> None:
    """Register the ``Doc``/``Span`` extensions (idempotent)."""
    if not Span.has_extension("hx"):
        Span.set_extension("hx", getter=_get_hx, setter=_set_hx)
    if not Doc.has_extension("doc_date_hint"):
        Doc.set_extension("doc_date_hint", default=None)  # ISO date passed by the caller
    if not Doc.has_extension("doc_date"):
        Doc.set_extension("doc_date", default=None)  # {"value", "source", "start", "end", "text"}
    if not Doc.has_extension("doc_id"):
        Doc.set_extension("doc_id", default=None)
    if not Doc.has_extension("warnings"):
        Doc.set_extension("warnings", default=None)  # list[str] set by components


register_extensions()


def add_span(doc: Doc, group: str, start_char: int, end_char: int, label: str | None = None, **attributes: Any) -> Span | None:
    """Add a span (character offsets, expanded to token bounds) to ``doc.spans[group]``.

    Returns the span, or ``None`` if the offsets do not cover any token.
    """
    label = label or LABELS[group]
    span = doc.char_span(start_char, end_char, label=label, alignment_mode="expand")
    if span is None or not len(span):
        return None
    span._.hx = dict(attributes)
    if group not in doc.spans:
        doc.spans[group] = []
    doc.spans[group].append(span)
    return span


def attrs(span: Span) -> dict[str, Any]:
    """The attribute dict of a span written by a component ({} if none)."""
    return span._.hx or {}


def warn(doc: Doc, message: str) -> None:
    """Record a warning on the document (ends up in the record's ``warnings``)."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)

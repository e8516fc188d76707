"""Records as flat tables: one table per record type, keyed by ``doc_id``.

Used by ``to_frames`` (pandas), the CSV writer (a folder of CSVs, or one flat
``facts`` table) and later by the Parquet and SQLite writers. Tables hold only
scalars; lists are joined with ``|``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable

from .schema import Document

__all__ = ["TABLES", "record_tables", "table_columns", "facts_rows", "to_frames", "FACT_COLUMNS"]

TABLES = ("documents", "people", "roles", "places", "organizations", "dates", "quantities",
          "decisions", "events", "mentions", "warnings")

FACT_COLUMNS = ["doc_id", "type", "id", "value", "normalized", "text", "start", "end", "sentence",
                "confidence", "details"]


def _join(values: Iterable[Any]) -> str:
    return "|".join(str(v) for v in values)


def record_tables(records: Iterable[Document]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for ``records``."""
    t: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for r in records:
        d = r.doc_id
        t["documents"].append({
            "doc_id": d, "source": r.source, "text_sha256": r.text_sha256, "length": r.length,
            "doc_date": r.doc_date.value if r.doc_date else None,
            "doc_date_source": r.doc_date.source if r.doc_date else None,
            "dateline_place": r.dateline_place.name if r.dateline_place else None,
            "n_sentences": len(r.sentences), "n_people": len(r.people), "n_places": len(r.places),
            "n_organizations": len(r.organizations), "n_dates": len(r.dates),
            "n_decisions": len(r.decisions), "n_events": len(r.events), "n_warnings": len(r.warnings),
        })
        for p in r.people:
            t["people"].append({"doc_id": d, "person_id": p.id, "name": p.name, "honorific": p.honorific,
                                "name_latin": p.name_latin, "roles": _join(x.title for x in p.roles),
                                "n_mentions": len(p.mentions), "confidence": p.confidence})
            for x in p.roles:
                t["roles"].append({"doc_id": d, "person_id": p.id, "person": p.name, "title": x.title,
                                   "level": x.level, "portfolio": x.portfolio, "base": x.base,
                                   "qualifier": x.qualifier, "organization": x.organization,
                                   "jurisdiction": x.jurisdiction, "former": x.former, "text": x.text,
                                   "start": x.start, "end": x.end, "sentence": x.sentence,
                                   "confidence": x.confidence})
        for pl in r.places:
            t["places"].append({"doc_id": d, "place_id": pl.id, "name": pl.name, "normalized": pl.normalized,
                                "name_en": pl.name_en, "kind": pl.kind, "state": pl.state,
                                "district": pl.district, "code": pl.code, "n_mentions": len(pl.mentions),
                                "confidence": pl.confidence})
        for o in r.organizations:
            t["organizations"].append({"doc_id": d, "org_id": o.id, "name": o.name, "aliases": _join(o.aliases),
                                       "kind": o.kind, "n_mentions": len(o.mentions), "confidence": o.confidence})
        for i, x in enumerate(r.dates):
            t["dates"].append({"doc_id": d, "index": i, "text": x.text, "value": x.value, "type": x.type,
                               "granularity": x.granularity, "resolved": x.resolved, "mod": x.mod,
                               "start": x.start, "end": x.end, "sentence": x.sentence, "confidence": x.confidence})
        for i, q in enumerate(r.quantities):
            t["quantities"].append({"doc_id": d, "index": i, "text": q.text, "value": q.value, "unit": q.unit,
                                    "start": q.start, "end": q.end, "sentence": q.sentence,
                                    "confidence": q.confidence})
        for s in r.decisions:
            t["decisions"].append({"doc_id": d, "statement_id": s.id, "kind": s.kind, "text": s.text,
                                   "cue": s.cue, "content": s.content.text if s.content else None,
                                   "actor": s.actor, "dates": _join(r.dates[i].value for i in s.dates),
                                   "places": _join(s.places), "start": s.start, "end": s.end,
                                   "sentence": s.sentence, "confidence": s.confidence})
        for e in r.events:
            t["events"].append({"doc_id": d, "event_id": e.id, "type": e.type, "type_en": e.type_en,
                                "status": e.status, "date": e.date, "place": e.place, "venue": e.venue,
                                "organizer": e.organizer, "participants": _join(e.participants),
                                "decisions": _join(e.decisions), "text": e.text, "start": e.start,
                                "end": e.end, "sentence": e.sentence, "confidence": e.confidence})
        for kind, items in (("person", r.people), ("place", r.places), ("organization", r.organizations)):
            for ent in items:
                for m in ent.mentions:
                    t["mentions"].append({"doc_id": d, "entity_type": kind, "entity_id": ent.id,
                                          "text": m.text, "start": m.start, "end": m.end,
                                          "sentence": m.sentence, "confidence": m.confidence})
        for w in r.warnings:
            t["warnings"].append({"doc_id": d, "warning": w})
    return t


def facts_rows(records: Iterable[Document]) -> Iterable[dict[str, Any]]:
    """One flat table of facts: one row per piece of evidence (columns: :data:`FACT_COLUMNS`)."""
    for r in records:
        d = r.doc_id

        def row(type_, id_, value, normalized, ev, details):
            return {"doc_id": d, "type": type_, "id": id_, "value": value, "normalized": normalized,
                    "text": ev.text if ev else None, "start": ev.start if ev else None,
                    "end": ev.end if ev else None, "sentence": ev.sentence if ev else None,
                    "confidence": ev.confidence if ev else None,
                    "details": json.dumps(details, ensure_ascii=False) if details else None}

        if r.doc_date:
            yield {**row("doc_date", None, r.doc_date.value, r.doc_date.source, None, None),
                   "text": r.doc_date.text, "start": r.doc_date.start, "end": r.doc_date.end,
                   "confidence": r.doc_date.confidence}
        for p in r.people:
            for m in p.mentions:
                yield row("person", p.id, p.name, p.name_latin, m, {"honorific": p.honorific})
            for x in p.roles:
                yield row("role", p.id, x.title, x.base, x, {k: v for k, v in x.model_dump(
                    include={"level", "portfolio", "qualifier", "organization", "jurisdiction", "former"}).items() if v})
        for pl in r.places:
            for m in pl.mentions:
                yield row("place", pl.id, pl.name, pl.normalized, m,
                          {"kind": pl.kind, "state": pl.state, "district": pl.district})
        for o in r.organizations:
            for m in o.mentions:
                yield row("organization", o.id, o.name, None, m, {"kind": o.kind})
        for x in r.dates:
            yield row("date", None, x.value, x.type, x, {"granularity": x.granularity, "resolved": x.resolved})
        for q in r.quantities:
            yield row("quantity", None, q.value, q.unit, q, None)
        for s in r.decisions:
            yield row("decision", s.id, s.kind, s.content.text if s.content else None, s,
                      {"cue": s.cue, "actor": s.actor})
        for e in r.events:
            yield row("event", e.id, e.type, e.date, e, {"status": e.status, "place": e.place,
                                                        "participants": e.participants})
        for w in r.warnings:
            yield row("warning", None, w, None, None, None)


def to_frames(records: Iterable[Document]):
    """pandas DataFrames, one per record type (see :data:`TABLES`)."""
    import pandas as pd

    records = list(records)
    tables = record_tables(records)
    return {name: pd.DataFrame(rows, columns=table_columns()[name])
            for name, rows in tables.items()}


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[str]]:
    """Column names of every table (derived from a prototype record, so always in sync)."""
    from .schema import (DateExpression, DocDate, Event, Mention, Organization, Person, Place,
                         Quantity, Role, Statement)

    ev = dict(text="", start=0, end=0, sentence=0, confidence=1.0)
    m = Mention(**ev)
    proto = Document(
        doc_id="", text_sha256="", length=0, doc_date=DocDate(value="2000-01-01", source="caller"),
        people=[Person(id="", name="", roles=[Role(**ev, title="")], mentions=[m], confidence=1)],
        places=[Place(id="", name="", normalized="", kind="", mentions=[m], confidence=1)],
        organizations=[Organization(id="", name="", mentions=[m], confidence=1)],
        dates=[DateExpression(**ev, value="", type="date")], quantities=[Quantity(**ev, value=0)],
        decisions=[Statement(**ev, id="", kind="plan")], events=[Event(**ev, id="", type="")], warnings=[""],
    )
    return {name: list(rows[0]) for name, rows in record_tables([proto]).items()}

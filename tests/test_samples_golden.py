"""End to end: every sample's record equals its hand-checked golden record, field by field.

Golden files: samples/expected/<doc_id>.json (format in samples/README.md).
"""
import json
from collections import Counter

import pytest

from extract.text import normalize_key

from conftest import SAMPLES

GOLDEN = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((SAMPLES / "expected").glob("*.json"))}
FIELDS = ["doc_date", "dateline_place", "people", "honorifics", "roles", "places", "organizations", "dates",
          "statements"]


@pytest.fixture(scope="module")
def records(extractor):
    out = {}
    for doc_id in GOLDEN:
        path = SAMPLES / f"{doc_id}.txt"
        out[doc_id] = (path.read_text(encoding="utf-8"), extractor(path.read_text(encoding="utf-8"), doc_id=doc_id))
    return out


def test_every_sample_has_a_golden_record():
    assert len(GOLDEN) >= 10
    assert {p.stem for p in SAMPLES.glob("*.txt")} == set(GOLDEN)


def _actual(field, rec):
    if field == "doc_date":
        return rec.doc_date.value if rec.doc_date else None
    if field == "dateline_place":
        return rec.dateline_place.name if rec.dateline_place else None
    if field == "people":
        return sorted(p.name for p in rec.people)
    if field == "honorifics":
        return {p.name: p.honorific for p in rec.people}
    if field == "roles":
        return {p.name: sorted({r.title for r in p.roles}) for p in rec.people}
    if field == "places":
        return sorted((p.normalized, p.kind, p.state) for p in rec.places)
    if field == "organizations":
        return sorted((o.name, tuple(sorted({normalize_key(a) for a in o.aliases}))) for o in rec.organizations)
    if field == "dates":
        return [(d.text, d.value, d.type) for d in rec.dates]
    if field == "statements":
        return Counter((s.kind, s.text) for s in rec.decisions)
    raise KeyError(field)


def _expected(field, gold):
    if field in ("doc_date", "dateline_place"):
        return gold[field]
    if field == "people":
        return sorted(p["name"] for p in gold["people"])
    if field == "honorifics":
        return {p["name"]: p["honorific"] for p in gold["people"]}
    if field == "roles":
        return {p["name"]: sorted(set(p["roles"])) for p in gold["people"]}
    if field == "places":
        return sorted((p["name"], p["kind"], p["state"]) for p in gold["places"])
    if field == "organizations":
        return sorted((o["name"], tuple(sorted({normalize_key(a) for a in o["aliases"]} - {normalize_key(o["name"])})))
                      for o in gold["organizations"])
    if field == "dates":
        return [(d["text"], d["value"], d["type"]) for d in gold["dates"]]
    if field == "statements":
        return Counter((s["kind"], s["sentence"]) for s in gold["statements"])
    raise KeyError(field)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("doc_id", sorted(GOLDEN))
def test_field_matches_golden(records, doc_id, field):
    _, rec = records[doc_id]
    gold = GOLDEN[doc_id]
    if field in ("honorifics", "roles"):  # compare for the people both sides agree on
        actual, expected = _actual(field, rec), _expected(field, gold)
        common = sorted(set(actual) & set(expected))
        assert {k: actual[k] for k in common} == {k: expected[k] for k in common}
        return
    assert _actual(field, rec) == _expected(field, gold)


def _evidence(obj, path="record"):
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj.get("start"), int):
            yield path, obj
        for k, v in obj.items():
            yield from _evidence(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _evidence(v, f"{path}[{i}]")


@pytest.mark.parametrize("doc_id", sorted(GOLDEN))
def test_every_span_points_into_the_original_text(records, doc_id):
    text, rec = records[doc_id]
    spans = list(_evidence(rec.model_dump(mode="json")))
    assert len(spans) > 10
    for path, ev in spans:
        assert text[ev["start"]:ev["end"]] == ev["text"], path
        if "sentence" in ev and ev["sentence"] >= 0:
            s = rec.sentences[ev["sentence"]]
            assert s.start <= ev["start"] and ev["end"] <= s.end or path.endswith("content"), path

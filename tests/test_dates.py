"""hindi_dates: every row of tests/data/timex_cases.tsv, tense detection, seed note, speed."""
from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest

from extract.pipeline import make_nlp
from extract.spans import attrs
from extract.temporal.grammar import grammar
from extract.temporal.tense import detect_tense, tense_of
from extract.temporal.values import duration_value

DATA = Path(__file__).parent / "data" / "timex_cases.tsv"
SEED = Path(__file__).parent.parent / "samples" / "000_0289a6f32b6376ce.txt"


def _load_cases() -> list[tuple[str, str, str]]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(r["sentence"], r["doc_date"] or "", r["expected"] or "") for r in reader]


CASES = _load_cases()


def _parse_expected(cell: str) -> list[tuple]:
    items = []
    for item in filter(None, (x.strip() for x in cell.split(" || "))):
        parts = item.split("=")
        assert len(parts) in (3, 4), f"bad expected item {item!r}"
        text, value, typ = parts[:3]
        mod = parts[3] if len(parts) == 4 else ...
        items.append((text, None if value == "None" else value, typ, mod))
    return items


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_dateline", "hindi_dates"])


def run(nlp, text: str, hint: str | None):
    doc = nlp.make_doc(text)
    doc._.doc_date_hint = hint or None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_table_size():
    assert len(CASES) >= 300
    assert len({(s, d) for s, d, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("sentence,doc_date,expected", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_timex_case(nlp, sentence, doc_date, expected):
    doc = run(nlp, sentence, doc_date)
    spans = list(doc.spans["dates"])
    for span in spans:
        assert doc.text[span.start_char:span.end_char] == span.text
        a = attrs(span)
        assert {"value", "type", "granularity", "resolved", "mod", "confidence"} <= set(a)
        assert a["type"] in ("date", "time", "duration", "set")
        assert 0.0 <= a["confidence"] <= 1.0
    want = _parse_expected(expected)
    got = [(s.text, attrs(s)["value"], attrs(s)["type"]) for s in spans]
    assert got == [w[:3] for w in want]
    for span, w in zip(spans, want):
        if w[3] is not ...:
            assert attrs(span)["mod"] == w[3], span.text


def test_unresolved_without_doc_date(nlp):
    doc = run(nlp, "सितम्बर माह में अभियान चलेगा। कल बैठक हुई।", None)
    a = [attrs(s) for s in doc.spans["dates"]]
    assert [x["value"] for x in a] == ["XXXX-09", None]
    assert not any(x["resolved"] for x in a)
    assert "no document date: relative dates left unresolved" in (doc._.warnings or [])


def test_resolved_flags(nlp):
    doc = run(nlp, "15 सितम्बर 2018 को बैठक हुई और कल रैली होगी। आने वाले समय में बदलाव होगा।", "2018-09-15")
    flags = {s.text: attrs(s)["resolved"] for s in doc.spans["dates"]}
    assert flags == {"15 सितम्बर 2018": True, "कल": True, "आने वाले समय": False}
    gran = {s.text: attrs(s)["granularity"] for s in doc.spans["dates"]}
    assert gran == {"15 सितम्बर 2018": "day", "कल": "day", "आने वाले समय": "ref"}


def test_seed_note(nlp):
    doc = run(nlp, SEED.read_text(encoding="utf-8"), None)
    assert doc._.doc_date["value"] == "2018-09-15"
    assert doc._.doc_date["source"] == "dateline"
    got = [(s.text, attrs(s)["value"], attrs(s)["type"]) for s in doc.spans["dates"]]
    assert got == [
        ("15 सितम्बर 2018", "2018-09-15", "date"),
        ("आने वाले समय", "FUTURE_REF", "date"),
        ("सितम्बर माह", "2018-09", "date"),
        ("इसी सितम्बर माह", "2018-09", "date"),
        ("अक्टूबर", "2018-10", "date"),
    ]
    texts = {s.text for s in doc.spans["dates"]}
    assert "1471" not in texts and "6" not in texts


def test_discourse_anchor_stays_in_the_paragraph(nlp):
    # the previous sentence of the same paragraph anchors a time without a date of its own ...
    doc = run(nlp, "बुधवार को बोर्ड की बैठक होगी। बैठक दोपहर 12 बजे शुरू होगी।", "2024-03-12")
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == ["2024-03-13", "2024-03-13T12:00"]
    # ... not across a paragraph break (document date), nor across a sentence that has a date of its own
    doc = run(nlp, "बुधवार को बोर्ड की बैठक होगी।\nबैठक दोपहर 12 बजे शुरू होगी।", "2024-03-12")
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == ["2024-03-13", "2024-03-12T12:00"]
    doc = run(nlp, "बुधवार को बैठक होगी। अप्रैल में भी शाम 5 बजे बैठक होगी।", "2024-03-12")
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == ["2024-03-13", "2024-04", "2024-03-12T17:00"]
    # only the previous sentence: two sentences back is no anchor
    doc = run(nlp, "बुधवार को बैठक होगी। इसमें सभी सदस्य आएंगे। शाम 5 बजे भोज होगा।", "2024-03-12")
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == ["2024-03-13", "2024-03-12T17:00"]


def test_past_later_without_anchor(nlp):
    # past clause: "N later" never points past the document date; paragraph break = no anchor
    doc = run(nlp, "12 जनवरी को एफआईआर दर्ज हुई।\nपांच दिन बाद आरोपी गिरफ्तार हुआ।", "2024-03-12")
    a = [attrs(s) for s in doc.spans["dates"]]
    assert [(x["value"], x["type"], x["resolved"]) for x in a] == [("2024-01-12", "date", True), (None, "date", False)]


def test_relative_day_with_time_without_doc_date(nlp):
    doc = run(nlp, "आज सुबह बैठक हुई। कल रात हादसा हुआ। आज शाम 5 बजे सभा होगी।", None)
    a = [attrs(s) for s in doc.spans["dates"]]
    assert [x["value"] for x in a] == [None, None, None]
    assert not any(x["resolved"] for x in a)
    assert {x["type"] for x in a} == {"time"}


@pytest.mark.parametrize(
    "n,timex,is_time,factor,value",
    [
        (0.5, "H", True, 1, "PT30M"),
        (1.5, "H", True, 1, "PT1H30M"),
        (2.5, "H", True, 1, "PT2H30M"),
        (9.75, "H", True, 1, "PT9H45M"),
        (1.5, "M", True, 1, "PT1M30S"),
        (0.5, "D", False, 1, "PT12H"),
        (1.5, "Y", False, 1, "P18M"),
        (0.5, "M", False, 1, "P15D"),
        (1.5, "W", False, 2, "P3W"),
        (3, "D", False, 1, "P3D"),
        ("X", "Y", False, 1, "PXY"),
    ],
)
def test_duration_values_are_integral(n, timex, is_time, factor, value):
    assert duration_value(n, timex, is_time, factor) == value


@pytest.mark.parametrize(
    "text,identifier",
    [
        ("ट्रक संख्या mh 12 kt 1988 का", True),
        ("कार up 32 ab 2019 से", True),
        ("गाड़ी यूपी 32 एबी 2019 से", True),
        ("मॉडल xr-2019 की", True),
        ("धारा 2018 के", True),
        ("पिन कोड 2010 के", True),
        ("up में 2019 के", False),
        ("nov 2019 में", False),
        ("वर्ष 2019 के", False),
    ],
)
def test_in_identifier(text, identifier):
    i = next(m.start() for m in re.finditer(r"\d{4}", text))
    assert grammar().in_identifier(text, i, i + 4) is identifier


@pytest.mark.parametrize(
    "sentence,tense",
    [
        ("बैठक संपन्न हुई।", "past"),
        ("संयोजक उपस्थित रहे।", "past"),
        ("योजना तैयार की गयी।", "past"),
        ("बैठक में चर्चा की।", "past"),
        ("उन्होंने कहा।", "past"),
        ("वहां पहले मेला लगता था।", "past"),
        ("काम हो गया है।", "past"),
        ("सम्मेलन लखनऊ में होगा।", "future"),
        ("प्रभार सौंपा जायेगा।", "future"),
        ("वे सहयोग करेंगे।", "future"),
        ("वह कल आएगा।", "future"),
        ("अभियान आईटी द्वारा किया जाना है।", "future"),
        ("कार्य किए जाएं।", "future"),
        ("होने वाली बैठक", "future"),
        ("यह काम किया जाता है।", "present"),
        ("काम किया जा रहा है।", "present"),
        ("बैठक कल है।", "present"),
        ("बैठक में योगी आदित्यनाथ मौजूद थे।", "past"),
        ("प्रदेश के सभी जिले", None),
    ],
)
def test_tense(sentence, tense):
    assert tense_of(sentence) == tense


def test_tense_follows_the_expression():
    # the verb group after an expression governs it (SOV); the last one governs the sentence
    words = "सोमवार को हुई बैठक में तय हुआ कि मंगलवार को धरना होगा".split()
    assert detect_tense(words, 1) == "past"
    assert detect_tense(words, 9) == "future"
    assert detect_tense(words, len(words)) == "future"


def test_speed(nlp):
    sentences = [s for s, _, _ in CASES]
    text = "\n".join(sentences)
    run(nlp, text, "2018-09-15")  # warm up
    t0 = time.perf_counter()
    doc = run(nlp, text, "2018-09-15")
    elapsed = time.perf_counter() - t0
    n = len(list(doc.sents))
    # generous bound for shared CI machines; typically several thousand sentences per second
    assert n / elapsed > 500, f"{n / elapsed:.0f} sentences/s"

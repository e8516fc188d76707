"""benchmarks/dates_benchmark.py: scoring functions on tiny inputs, and a 5-row smoke run."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("dates_benchmark", ROOT / "benchmarks" / "dates_benchmark.py")
B = importlib.util.module_from_spec(_spec)
sys.modules["dates_benchmark"] = B
_spec.loader.exec_module(B)

D = dt.datetime


# --- parsing and locating -------------------------------------------------------------------

def test_parse_expected():
    got = B.parse_expected("15 अगस्त=2018-08-15=date || कल=None=date || मध्य सितंबर=2018-09=date=MID")
    assert [(g.text, g.value, g.type, g.mod) for g in got] == [
        ("15 अगस्त", "2018-08-15", "date", ...),
        ("कल", None, "date", ...),
        ("मध्य सितंबर", "2018-09", "date", "MID"),
    ]
    assert B.parse_expected("x=P1D=set=None")[0].mod is None
    assert B.parse_expected("") == []
    with pytest.raises(ValueError):
        B.parse_expected("just text")


def test_locate_is_sequential():
    text = "14, 15 और 16 सितंबर; 15 को"
    assert B.locate(text, ["15", "15", "16 सितंबर"]) == [(4, 6), (21, 23), (10, 19)]
    # a piece not found after the cursor is searched from the start; a missing one is None
    assert B.locate("कल और आज", ["आज", "कल", "परसों"]) == [(6, 8), (0, 2), None]


def test_load_table_places_gold(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text("# comment\nsentence\tdoc_date\texpected\n"
                 "कल बैठक हुई।\t2018-09-15\tकल=2018-09-14=date\n"
                 "कुछ नहीं।\t\t\n"
                 "गलत\t2018-09-15\tआज=2018-09-15=date\n", encoding="utf-8")
    units = B.load_table(p, "t")
    assert [u.uid for u in units] == ["t:000", "t:001", "t:002"]
    assert (units[0].gold[0].start, units[0].gold[0].end, units[0].doc_date) == (0, 2, "2018-09-15")
    assert units[1].gold == [] and units[1].doc_date is None
    assert units[2].gold[0].start is None and units[2].problems == ["gold text 'आज' not in text"]


# --- spans ----------------------------------------------------------------------------------

def test_trim_span():
    text = "बैठक 15 सितम्बर 2018 को हुई, 5 दिसं. को और 2019 के चुनाव, तीन दिन बाद"
    s = text.index("15")
    assert text[slice(*B.trim_span(text, s, s + len("15 सितम्बर 2018 को")))] == "15 सितम्बर 2018"
    s = text.index("5 दिसं.")
    assert text[slice(*B.trim_span(text, s, s + len("5 दिसं. को")))] == "5 दिसं."  # the dot stays
    s = text.index("2019")
    assert text[slice(*B.trim_span(text, s, s + len("2019 के")))] == "2019"
    s = text.index("तीन")
    assert B.trim_span(text, s, len(text)) == (s, len(text))  # बाद is part of a TIMEX
    s = text.index("हुई")
    assert text[slice(*B.trim_span(text, s - 1, s + 4))] == "हुई"  # space and comma


def test_align_exact_one_to_one():
    gold = [(0, 2), (5, 9), None, (5, 9)]
    pred = [(5, 9), (0, 3), (5, 9)]
    assert B.align_exact(gold, pred) == {1: 0, 3: 2}
    assert B.align_exact([], pred) == {}


def test_align_overlap_prefers_largest_overlap():
    gold = [(0, 10), (12, 20)]
    pred = [(8, 14), (0, 5), (15, 30)]
    # (0,10)-(0,5) overlap 5 beats (0,10)-(8,14) overlap 2; (12,20)-(15,30) overlap 5 beats (8,14) overlap 2
    assert B.align_overlap(gold, pred) == {0: 1, 1: 2}
    assert B.align_overlap([(0, 4)], [(4, 8)]) == {}  # touching is not overlapping
    assert B.align_overlap([(0, 4), (2, 6)], [(0, 6)]) == {0: 0}  # one-to-one; tie -> earliest gold


def test_prf():
    assert B.prf(2, 4, 5) == pytest.approx((0.5, 0.4, 4 / 9))
    assert B.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert B.prf(0, 3, 0) == (0.0, 1.0, 0.0)
    assert B.prf(0, 0, 2) == (0.0, 0.0, 0.0)


# --- values ---------------------------------------------------------------------------------

@pytest.mark.parametrize("gold,got,ok", [
    ("2018-09-15", D(2018, 9, 15), True),
    ("2018-09-15", D(2018, 9, 16), False),
    ("2018-09", D(2018, 9, 1), True),
    ("2018-09", D(2018, 10, 1), False),
    ("2018", D(2018, 12, 31), True),
    ("197", D(1975, 1, 1), True),
    ("19", D(1999, 1, 1), True),
    ("19", D(2001, 1, 1), False),
    ("XXXX-09", D(2031, 9, 3), True),
    ("XXXX-08-15", D(2026, 8, 15), True),
    ("XXXX-08-15", D(2026, 8, 16), False),
    ("2018-09-15T10:00", D(2018, 9, 15, 10, 0), True),
    ("2018-09-15T10:00", D(2018, 9, 15, 10, 0, 59), True),  # to the minute
    ("2018-09-15T10:00", D(2018, 9, 15, 22, 0), False),
    ("2018-09-15T10:00", D(2018, 9, 15), False),
    ("2018-09-15T24:00", D(2018, 9, 16), True),
    ("2018-09-15T24:00", D(2018, 9, 15), True),
    ("2018-09-15T24:00", D(2018, 9, 15, 12), False),
    ("2018-09-15TMO", D(2018, 9, 15, 3), True),  # part of day: the date is enough
    ("2018-09-14TNI", D(2018, 9, 15), False),
    ("2018-W37", D(2018, 9, 15), True),
    ("2018-W37", D(2018, 9, 17), False),
    ("XXXX-WXX-1", D(2018, 9, 10), True),
    ("XXXX-WXX-1", D(2018, 9, 11), False),
    ("2018-Q2", D(2018, 6, 30), True),
    ("2018-Q2", D(2018, 7, 1), False),
    ("2018-09-15/2018-09-16", D(2018, 9, 15), True),  # a range: its start
    ("2018-09-15/2018-09-16", D(2018, 9, 16), False),
    ("2018-04-01/2019-03-31", D(2018, 4, 1), True),
    ("2018/2019", D(2018, 9, 19), True),
    ("P3D", D(2018, 9, 18), False),
    ("PT2M", D(2018, 9, 14, 23, 58), False),
    ("FUTURE_REF", D(2018, 9, 15), False),
    (None, D(2018, 9, 15), False),
    ("2018-09-15", None, False),
    ("2018-09-15", dt.date(2018, 9, 15), True),
])
def test_dateparser_value_ok(gold, got, ok):
    assert B.dateparser_value_ok(gold, got) is ok


def test_dateparser_settings():
    s = B.dateparser_settings("2018-09-15")
    assert s["RELATIVE_BASE"] == D(2018, 9, 15)
    assert s["PREFER_DATES_FROM"] == "current_period" and s["DATE_ORDER"] == "DMY"
    assert "RELATIVE_BASE" not in B.dateparser_settings(None)


# --- unit scoring ---------------------------------------------------------------------------

def _unit():
    text = "15 सितम्बर 2018 को बैठक हुई और कल रैली होगी, 1471 मण्डलों में।"
    gold = B.parse_expected("15 सितम्बर 2018=2018-09-15=date || कल=2018-09-16=date")
    return B._place_gold(B.Unit("u", text, "2018-09-15", gold))


def test_score_unit_exact_values():
    u = _unit()
    t = u.text
    s1, s2, s3 = t.index("15"), t.index("कल"), t.index("1471")
    preds = [
        B.Pred(s1, s1 + len("15 सितम्बर 2018 को"), "2018-09-15", "date"),  # boundary error, value right
        B.Pred(s2, s2 + 2, "2018-09-14", "date"),  # exact span, wrong value
        B.Pred(s3, s3 + 4, "1471", "date"),  # spurious
    ]
    r = B.score_unit(u, preds, lambda g, p: p.value == g.value)
    c = r.counts
    assert (c.units, c.gold, c.pred, c.exact, c.trim, c.overlap, c.value_found, c.type_found) == (1, 2, 3, 1, 2, 2, 1, 2)
    assert c.words == len(t.split())
    m = B.measures(c)
    assert m["P"] == pytest.approx(1 / 3)
    assert m["R"] == pytest.approx(1 / 2)
    assert m["F1"] == pytest.approx(0.4)
    assert m["F1 trim"] == pytest.approx(0.8)
    assert m["F1 ovl"] == pytest.approx(0.8)
    assert m["val@fnd"] == pytest.approx(0.5)
    assert m["val@all"] == pytest.approx(0.5)
    assert m["type@fnd"] == pytest.approx(1.0)
    assert B.measures(c, with_type=False)["type@fnd"] is None
    report = B.error_report([r])
    assert "-- boundary: 1" in report and "-- value: 1" in report and "-- spurious: 1" in report
    assert "-- missed: 0" in report


def test_error_report_lists_mod_mismatches():
    text = "मध्य सितंबर में फसल कटेगी।"
    u = B._place_gold(B.Unit("m", text, "2018-09-15", B.parse_expected("मध्य सितंबर=2018-09=date=MID")))
    r = B.score_unit(u, [B.Pred(0, len("मध्य सितंबर"), "2018-09", "date", "मध्य सितंबर", None)],
                     lambda g, p: p.value == g.value)
    assert B.measures(r.counts)["F1"] == 1.0
    report = B.error_report([r])
    assert "-- mod: 1" in report and "mod=MID" in report and "-- value: 0" in report


def test_counts_add_and_value_over_all():
    u = _unit()
    r = B.score_unit(u, [], lambda g, p: True)
    total = B.Counts()
    total.add(r.counts)
    total.add(r.counts)
    assert (total.units, total.gold, total.pred, total.overlap) == (2, 4, 0, 0)
    m = B.measures(total)
    assert (m["P"], m["R"], m["F1"], m["val@fnd"], m["val@all"]) == (0.0, 0.0, 0.0, 0.0, 0.0)


def test_goal_lines():
    good = B.Counts(units=1, words=100, gold=10, pred=10, exact=10, trim=10, overlap=10, value_found=10,
                    type_found=10, seconds=0.01)
    bad = B.Counts(units=1, words=100, gold=10, pred=10, exact=5, trim=10, overlap=10, value_found=5,
                   type_found=0, seconds=0.001)
    lines = B.goal_lines("x", good, bad)
    assert lines[0].endswith("NOT MET (not strictly better on F1 trim, F1 ovl)")
    assert lines[1].startswith("x: at least as fast as dateparser: NOT MET")
    assert lines[2] == "x: span F1 >= 0.95: MET (1.000)"
    assert "value accuracy >= 0.95: MET" in lines[3]
    assert B.goal_lines("x", bad, None)[0].endswith("not run (dateparser not importable)")


# --- smoke ----------------------------------------------------------------------------------

def test_smoke_five_rows():
    sets, notes = B.load_sets(B.DEV_TABLE, None, None, limit=5)
    assert list(sets) == ["dev"] and len(sets["dev"]) == 5
    systems = [B.Ours()]
    if B.dateparser_available():
        systems.append(B.DateParser())
    results = B.run_benchmark(sets, systems, repeat=2)
    res, c = results[("dev", "ours")]
    assert c.units == 5 and c.gold == sum(len(u.gold) for u in sets["dev"]) and c.seconds > 0
    assert B.measures(c)["F1"] == 1.0  # the first rows are plain absolute dates
    rows = [("dev", s.name, results[("dev", s.short)][1], s.short == "ours") for s in systems]
    table = B.format_table(rows)
    assert table.count("\n") == 1 + len(systems)
    if B.dateparser_available():
        dp = results[("dev", "dateparser")][1]
        assert dp.units == 5 and dp.pred > 0
        assert 0.0 <= B.measures(dp, with_type=False)["F1 ovl"] <= 1.0


def test_main_smoke(tmp_path, capsys):
    out = tmp_path / "R.md"
    systems = "ours,dateparser" if B.dateparser_available() else "ours"
    assert B.main(["--sets", "dev", "--limit", "5", "--systems", systems, "--write", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| dev" in printed and "goal: dev: span F1 >= 0.95" in printed
    md = out.read_text(encoding="utf-8")
    assert "python3 benchmarks/dates_benchmark.py --sets dev --limit 5" in md and "Environment:" in md


def test_missing_heldout_is_a_note(tmp_path):
    sets, notes = B.load_sets(None, tmp_path / "absent.tsv", None)
    assert sets == {} and notes == [f"heldout: {tmp_path / 'absent.tsv'} not found - skipped"]

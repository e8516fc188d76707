"""Every language-data file in extract/data is well-formed (like dateparser's data integrity tests).

Rules: a header row; every row has exactly the header's columns; cells are NFC and have no
surrounding whitespace; no empty key; keys unique. The key is the first column unless the file
declares ``# key: col1,col2``.
"""
import unicodedata
from pathlib import Path

import pytest

from extract.resources import DATA_DIR, read_tsv

FILES = sorted(p for p in DATA_DIR.rglob("*.tsv"))


def test_there_is_language_data():
    names = {p.name for p in FILES}
    assert {"abbreviations.tsv", "sentence_final_words.tsv"} <= names
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_tsv_integrity(path: Path):
    raw = path.read_text(encoding="utf-8")
    assert not raw.startswith("\ufeff"), "no BOM"
    key_cols = None
    lines = []
    for line in raw.splitlines():
        if line.startswith("# key:"):
            key_cols = [c.strip() for c in line[len("# key:"):].split(",")]
        if line.startswith("#") or not line.strip():
            continue
        lines.append(line)
    header = lines[0].split("\t")
    assert len(set(header)) == len(header) and all(h.strip() == h and h for h in header)
    key_cols = key_cols or [header[0]]
    assert set(key_cols) <= set(header), f"key columns {key_cols} not in header {header}"
    seen = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"row {n}: {len(cells)} cells, header has {len(header)}: {line!r}"
        for c in cells:
            assert c == c.strip(), f"row {n}: stray whitespace in {c!r}"
            assert unicodedata.is_normalized("NFC", c), f"row {n}: {c!r} is not NFC"
            assert "\u200c" not in c and "\u200d" not in c and "\u00a0" not in c, f"row {n}: invisible char in {c!r}"
        row = dict(zip(header, cells))
        key = tuple(row[k] for k in key_cols)
        assert key[0], f"row {n}: empty key {key_cols}"  # (later key columns may be empty: a country has no state)
        assert key not in seen, f"row {n}: duplicate key {key} (first at row {seen.get(key)})"
        seen[key] = n
    rel = str(path.relative_to(DATA_DIR))
    assert len(read_tsv(rel)) == len(lines) - 1


def test_latin_places_integrity():
    """The Latin index of the gazetteer (English-only LGD units): declared key, codes, kinds, and a key that
    is the skeleton of the English name as the run time computes it."""
    from extract.gazetteer import latin_skeleton

    path = DATA_DIR / "gazetteer" / "latin_places.tsv"
    assert path in FILES
    assert "# key: source,code,key" in path.read_text(encoding="utf-8").splitlines()[:3]
    rows = read_tsv("gazetteer/latin_places.tsv")
    assert rows and list(rows[0]) == ["code", "name_en", "kind", "state_code", "district_code", "key", "ambiguous",
                                      "source"]
    states = {r["code"] for r in read_tsv("gazetteer/states.tsv")}
    for r in rows:
        assert r["code"].isdigit() and r["state_code"] in states, r
        assert not r["district_code"] or r["district_code"].isdigit(), r
        assert r["kind"] in ("city", "town", "subdistrict") and r["ambiguous"] in ("", "word"), r
        assert r["name_en"].isascii() and r["key"] == latin_skeleton(r["name_en"]), r


def test_glued_designation_titles_are_known_titles():
    from extract.components.people import RoleLexicon

    rows = read_tsv("designation_glued.tsv")
    assert len(rows) >= 5
    lex = RoleLexicon.get()
    assert all(title is not None for _, title in lex.glued_suffixes)
    assert [t.base for _, t in lex.glued_suffixes] == ["अध्यक्ष", "अधीक्षक", "अधिकारी", "आयुक्त", "निरीक्षक"]


def test_given_name_parts():
    from extract.names import NameLexicon

    rows = read_tsv("given_name_parts.tsv")
    assert {r["kind"] for r in rows} == {"prefix", "suffix", "not"}
    assert all(r["min_rest"].isdigit() for r in rows if r["kind"] != "not")
    lex = NameLexicon.load()
    # built on a part, unknown: a given name; a listed exception, a stopword, a known name or a place word: no
    assert [w for w in ("रामखिलावन", "रामप्रवेश", "हरिकिशन", "रामउजागर") if lex.guess_given(w)] == \
        ["रामखिलावन", "रामप्रवेश", "हरिकिशन", "रामउजागर"]
    assert not lex.guess_given("बाबूलाल")  # a listed name is no guess
    assert [w for w in ("राज्यपाल", "उपकेंद्र", "गोकर्णनाथ", "रामपुर", "सिंह", "लाल") if lex.guess_given(w)] == []


def test_named_organisations_share_no_written_form():
    """Two named organisations (rows without a pattern) never share a name or alias: a form names one body."""
    from collections import defaultdict

    from extract.resources import split_multi
    from extract.text import normalize_key

    owners = defaultdict(set)
    for row in (*read_tsv("organizations.tsv"), *read_tsv("organization_bodies.tsv")):
        if row.get("pattern"):
            continue
        for form in [row["name"], *split_multi(row["aliases"])]:
            owners[normalize_key(form)].add(row["name"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}

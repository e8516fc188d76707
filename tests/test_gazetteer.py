"""The shipped place gazetteer: integrity of the TSVs, keys, look-up and speed."""
from __future__ import annotations

import csv
import filecmp
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from extract.gazetteer import KIND_PRIORITY, Gazetteer, latin_skeleton, place_key, skeleton, skeletons
from extract.resources import DATA_DIR, read_tsv, split_multi
from extract.text import normalize_key

GAZ_DIR = DATA_DIR / "gazetteer"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TSVS = ["states.tsv", "districts.tsv", "places.tsv", "extras.tsv", "words.tsv", "latin_places.tsv"]


def rows(name: str) -> tuple[dict[str, str], ...]:
    return read_tsv(f"gazetteer/{name}")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# --------------------------------------------------------------------------- files
@pytest.mark.parametrize("name", TSVS)
def test_tsv_well_formed(name):
    path = GAZ_DIR / name
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{name} is not NFC"
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    assert len(header) == len(set(header))
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}:{n} has {len(cells)} cells, header has {len(header)}"
        for cell in cells:
            assert cell == cell.strip(), f"{name}:{n} stray whitespace in {cell!r}"
            assert "  " not in cell and "\r" not in cell, f"{name}:{n} {cell!r}"
            assert not any(c in cell for c in "\u200b\u200c\u200d\ufeff\u00a0"), f"{name}:{n} {cell!r}"
            for value in cell.split("|"):
                assert cell == "" or value, f"{name}:{n} empty value in {cell!r}"


def test_total_size_small():
    total = sum((GAZ_DIR / n).stat().st_size for n in TSVS)
    assert total < 2 * 1024 * 1024


def test_source_md_has_godl_attribution():
    text = (GAZ_DIR / "SOURCE.md").read_text(encoding="utf-8")
    assert "Local Government Directory, Ministry of Panchayati Raj, Government of India (lgdirectory.gov.in)" in text
    assert "GODL-India" in text


def test_states():
    states = rows("states.tsv")
    assert len(states) == 36
    codes = [r["code"] for r in states]
    assert len(set(codes)) == len(codes) and all(c.isdigit() for c in codes)
    assert {r["kind"] for r in states} == {"state", "ut"}
    assert sum(r["kind"] == "ut" for r in states) == 8
    assert all(r["name_hi"] and r["name_en"] for r in states)
    up = next(r for r in states if r["code"] == "9")
    assert up["name_hi"] == "उत्तर प्रदेश"
    assert {"उ० प्र०", "यूपी", "उप्र"} <= set(split_multi(up["aliases"]))


def test_districts():
    states = {r["code"] for r in rows("states.tsv")}
    districts = rows("districts.tsv")
    codes = [r["code"] for r in districts if r["code"]]
    assert len(codes) == len(set(codes)) == 734
    assert all(r["status"] == ("lgd2021" if r["code"] else "post2021") for r in districts)
    for r in districts:
        assert r["name_hi"] and r["name_en"], r
        assert r["state_code"] in states, r
        assert set(filter(None, r["ambiguous"].split("|"))) <= {"homonym", "word"}, r
    by_name = {(r["name_hi"], r["state_code"]): r for r in districts}
    assert "homonym" in by_name[("औरंगाबाद", "10")]["ambiguous"]
    assert "homonym" in by_name[("औरंगाबाद", "27")]["ambiguous"]
    assert "homonym" in by_name[("हमीरपुर", "2")]["ambiguous"]
    for name, state in [("गया", "10"), ("मऊ", "9"), ("सागर", "23"), ("धार", "23"), ("पन्ना", "23"), ("मंडी", "2")]:
        assert "word" in by_name[(name, state)]["ambiguous"], name
    assert by_name[("लखनऊ", "9")]["ambiguous"] == ""


def test_places():
    states = {r["code"] for r in rows("states.tsv")}
    districts = {r["code"]: r for r in rows("districts.tsv") if r["code"]}
    seen: set[tuple[bool, str]] = set()
    for r in rows("places.tsv"):
        assert r["name_hi"] and r["code"].isdigit(), r
        assert r["kind"] in ("city", "town", "subdistrict"), r
        space = (r["kind"] == "subdistrict", r["code"])  # sub-district and local-body codes are separate series
        assert space not in seen, r
        seen.add(space)
        assert r["state_code"] in states, r
        if r["district_code"]:
            assert districts[r["district_code"]]["state_code"] == r["state_code"], r
    assert len(seen) > 1500


def test_extras():
    states = {r["code"] for r in rows("states.tsv")}
    districts = {r["code"]: r for r in rows("districts.tsv") if r["code"]}
    names = set()
    for r in rows("extras.tsv"):
        assert r["name_hi"] and r["name_en"], r
        assert r["kind"] in ("city", "town", "country", "region", "other"), r
        assert not r["state_code"] or r["state_code"] in states, r
        if r["district_code"]:
            assert districts[r["district_code"]]["state_code"] == r["state_code"], r
        if r["kind"] == "country":
            assert not r["state_code"], r
        assert (r["name_hi"], r["state_code"]) not in names, r
        names.add((r["name_hi"], r["state_code"]))
    assert {"नई दिल्ली", "मुंबई"} - names  # those are districts, not extras
    assert {"भारत", "पाकिस्तान", "चीन", "नेपाल", "अमेरिका", "नोएडा", "बेंगलुरु"} <= {n for n, _ in names}


def test_words_are_keys_and_stops_never_names():
    stops = set()
    for r in rows("words.tsv"):
        assert r["key"] == place_key(r["key"]), r
        assert r["kind"] in ("word", "stop") and r["source"] in ("editor", "corpus"), r
        if r["kind"] == "stop":
            stops.add(r["key"])
    assert {"प्रदेश", "क्षेत्र", "जिला", "मंडल"} <= stops
    for name in ("districts.tsv", "places.tsv", "extras.tsv"):
        for r in rows(name):
            assert place_key(r["name_hi"]) not in stops, (name, r["name_hi"])


CORPORA = [SHARED / "il_ner_hindi" / f"Hindi-{s}.txt" for s in ("train", "dev", "test")] + [
    SHARED / "hiner" / "validation.conll"]


@pytest.mark.skipif(not all(p.exists() for p in [SHARED / "gazetteer_hi", SHARED / "gazetteer_lgd", *CORPORA]),
                    reason="reference data not available")
def test_build_reproduces_shipped_files(tmp_path):
    shutil.copy(GAZ_DIR / "extras.tsv", tmp_path / "extras.tsv")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--gazetteer-hi",
                    str(SHARED / "gazetteer_hi"), "--lgd", str(SHARED / "gazetteer_lgd"), "--out", str(tmp_path)],
                   check=True, capture_output=True, cwd=ROOT)
    for name in ("states.tsv", "districts.tsv", "places.tsv", "words.tsv", "latin_places.tsv"):
        assert filecmp.cmp(tmp_path / name, GAZ_DIR / name, shallow=False), f"{name} differs: rerun the tool"


# --------------------------------------------------------------------------- keys and look-up
def test_place_key_variants():
    assert place_key("उ० प्र०") == place_key("उ०प्र०") == place_key("उ.प्र.") == place_key("उ. प्र.") == "उप्र"
    assert place_key("झाँसी") == place_key("झांसी")
    assert place_key("मुज़फ्फरनगर") == place_key("मुजफ्फरनगर") == place_key("मुज़फ़्फ़रनगर")
    assert place_key("ग़ाज़ियाबाद") == place_key("गाजियाबाद")
    assert place_key("चण्डीगढ़") == place_key("चंडीगढ़")
    assert place_key("जम्मू-कश्मीर") == place_key("जम्मू - कश्मीर") == "जम्मू कश्मीर"
    assert place_key("मुज़फ्फरनगर") == normalize_key("मुजफ्फरनगर")


@pytest.mark.parametrize("form", ["उ० प्र०", "उ०प्र०", "उ.प्र.", "उ. प्र.", "उप्र", "यूपी", "यू.पी.", "उत्तरप्रदेश",
                                  "उत्तर प्रदेश"])
def test_lookup_up_aliases(gaz, form):
    (e,) = gaz.lookup(form)
    assert (e.name_hi, e.kind, e.code, e.state_hi, e.state_en) == ("उत्तर प्रदेश", "state", "9", "उत्तर प्रदेश", "Uttar Pradesh")


@pytest.mark.parametrize("form,name", [("म.प्र.", "मध्य प्रदेश"), ("एमपी", "मध्य प्रदेश"), ("म० प्र०", "मध्य प्रदेश"),
                                       ("मप्र", "मध्य प्रदेश"), ("छ.ग.", "छत्तीसगढ़"), ("हि.प्र.", "हिमाचल प्रदेश"),
                                       ("प. बंगाल", "पश्चिम बंगाल"), ("उड़ीसा", "ओडिशा"), ("जम्मू-कश्मीर", "जम्मू और कश्मीर")])
def test_lookup_state_aliases(gaz, form, name):
    assert gaz.lookup(form)[0].name_hi == name


def test_lookup_district(gaz):
    (e,) = gaz.lookup("लखनऊ")
    assert (e.name_hi, e.name_en, e.kind, e.state_hi, e.state_en, e.district_hi, e.code) == (
        "लखनऊ", "Lucknow", "district", "उत्तर प्रदेश", "Uttar Pradesh", "लखनऊ", "162")
    assert gaz.lookup("झाँसी")[0].name_hi == "झांसी"
    assert gaz.lookup("मुज़फ्फरनगर")[0].name_hi == "मुजफ्फरनगर"
    assert gaz.lookup("इलाहाबाद")[0].name_hi == "प्रयागराज"
    assert gaz.lookup("गुड़गांव")[0].name_hi == "गुरुग्राम"
    # a state capital the source lists as a district alias is the city, in its district
    (g,) = gaz.lookup("गंगटोक")
    assert (g.name_hi, g.kind, g.district_hi, g.state_hi) == ("गंगटोक", "city", "पूर्व सिक्किम", "सिक्किम")


def test_lookup_homonyms(gaz):
    states = {e.state_hi for e in gaz.lookup("औरंगाबाद") if e.kind == "district"}
    assert states == {"बिहार", "महाराष्ट्र"}
    assert {e.state_hi for e in gaz.lookup("हमीरपुर") if e.kind == "district"} == {"हिमाचल प्रदेश", "उत्तर प्रदेश"}
    assert {e.state_hi for e in gaz.lookup("बिलासपुर") if e.kind == "district"} == {"छत्तीसगढ़", "हिमाचल प्रदेश"}


def test_lookup_places_and_extras(gaz):
    (e,) = gaz.lookup("नोएडा")
    assert (e.kind, e.state_hi, e.district_hi, e.code) == ("city", "उत्तर प्रदेश", "गौतम बुद्ध नगर", None)
    (e,) = gaz.lookup("भारत")
    assert (e.kind, e.state_hi) == ("country", None)
    e = gaz.lookup("बिहटा")[0]
    assert (e.kind, e.state_hi, e.district_hi) == ("town", "बिहार", "पटना")
    e = gaz.lookup("अचलपुर")[0]  # Marathi LGD name अचलपूर, Hindi spelling derived
    assert e.state_hi == "महाराष्ट्र" and gaz.lookup("अचलपूर")[0] == e


def test_words_and_stops(gaz):
    for w in ("गया", "मऊ", "सागर", "धार", "पन्ना", "मंडी", "मण्डी"):
        assert gaz.is_word(w), w
    assert not gaz.is_word("लखनऊ")
    for w in ("प्रदेश", "क्षेत्र", "जिला", "मण्डल"):
        assert gaz.is_stop(w) and not gaz.lookup(w), w


def test_kind_priority_order(gaz):
    for key in ("दिल्ली", "चंडीगढ़", "बलिया"):
        entries = gaz.lookup(key)
        assert [KIND_PRIORITY[e.kind] for e in entries] == sorted(KIND_PRIORITY[e.kind] for e in entries)
    assert gaz.lookup("दिल्ली")[0].kind == "ut"
    assert gaz.lookup("बलिया")[0].kind == "district"


# --------------------------------------------------------------------------- speed
def test_load_is_fast_and_cached():
    Gazetteer.load.cache_clear()
    read_tsv.cache_clear()
    place_key.cache_clear()
    t = time.perf_counter()
    g = Gazetteer.load()
    elapsed = time.perf_counter() - t
    assert elapsed < 0.5, f"load took {elapsed:.2f}s"
    assert Gazetteer.load() is g
    assert len(g) > 3000


def test_scan_long_doc_fast(gaz):
    from extract.pipeline import make_nlp

    nlp = make_nlp()
    doc = nlp("लखनऊ में उ०प्र० सरकार की बैठक हुई और नई दिल्ली से अधिकारी आए। " * 400)
    t = time.perf_counter()
    matches = gaz.scan(doc)
    assert time.perf_counter() - t < 1.0
    assert len(matches) == 1200
    assert [doc[m.start:m.end].text for m in matches[:3]] == ["लखनऊ", "उ०प्र०", "नई दिल्ली"]


# --------------------------------------------------------------------------- variants, short forms, regions
@pytest.mark.parametrize("form,name", [
    ("ऊधमसिंह नगर", "उधम सिंह नगर"),  # spacing and vowel length: loose keys
    ("ऊधमसिंहनगर", "उधम सिंह नगर"),
    ("उधमसिंह नगर", "उधम सिंह नगर"),
    ("नयी दिल्ली", "नई दिल्ली"),  # a glide before the final vowel
    ("अम्बेडकरनगर", "अम्बेडकर नगर"),
    ("टिहरी", "टिहरी गढ़वाल"),  # district short forms (regional qualifier dropped)
    ("पौड़ी", "पौड़ी गढ़वाल"),
    ("सरायकेला", "सरायकेला खरसावां"),
    ("गढ़वाल", "गढ़वाल"),  # regions
    ("कुमाऊँ मंडल", "कुमाऊं"),
    ("बघेलखंड", "बघेलखंड"),
])
def test_variants_short_forms_regions(gaz, form, name):
    assert gaz.lookup(form) and gaz.lookup(form)[0].name_hi == name


def test_loose_keys_are_conservative(gaz):
    from extract.gazetteer import LOOSE_MIN, loose_key

    assert loose_key("ऊधमसिंह नगर") == loose_key("उधम सिंह नगर")
    # more words than the name: a colony, not करीमनगर (a Telangana district) though the loose keys agree
    assert [(e.kind, e.state_code) for e in gaz.lookup("करीमनगर")] == [("district", "36")]
    assert loose_key("करीम नगर") == loose_key("करीमनगर") and not gaz.lookup("करीम नगर")
    # गांधी नगर is a real unit now (an East Delhi town in extras.tsv): its own entry only, never Gujarat's
    # one-word district गांधीनगर glued from the two words
    assert [(e.name_hi, e.kind, e.state_code, e.district_hi) for e in gaz.lookup("गांधी नगर")] == [
        ("गांधी नगर", "town", "7", "पूर्वी दिल्ली")]
    assert loose_key("गांधी नगर") == loose_key("गांधीनगर")
    assert ("district", "24") in [(e.kind, e.state_code) for e in gaz.lookup("गांधीनगर")]
    assert len(loose_key("मऊ")) < LOOSE_MIN  # short names are never matched loosely


def test_blocks_and_hindi_spelling_of_lgd_names(gaz):
    sources = {r["source"] for r in rows("places.tsv")}
    assert "lgd-block" in sources
    # LGD writes some names with a long -पूर; the Hindi -पुर is the name, the LGD form an alias
    (row,) = [r for r in rows("places.tsv") if r["name_en"] == "Shahpur" and r["state_code"] == "10"
              and r["kind"] == "subdistrict"][:1]
    assert row["name_hi"].endswith("पुर") and "शाह्पूर" in split_multi(row["aliases"])


def test_extras_word_flags_reach_words_tsv(gaz):
    for name in ("अवध", "ब्रज", "तराई"):
        assert gaz.lookup(name) and gaz.is_word(name), name
    assert not gaz.is_word("बुंदेलखंड")


def test_build_does_not_read_the_ner_test_set():
    text = (ROOT / "tools" / "build_gazetteer.py").read_text(encoding="utf-8")
    assert '"Hindi-test.txt"' not in text


# --------------------------------------------------------------------------- the Latin index
@pytest.mark.parametrize("hi,en", [
    ("हर्रैया", "Harraiya"), ("गोंदलामऊ", "Gondlamau"), ("घनसाली", "Ghansali"), ("असंध", "Assandh"),
    ("इंद्री", "Indri"), ("घरौंडा", "Gharaunda"), ("कालाढूंगी", "Kaladhungi"), ("लालकुआं", "Lalkuan"),
    ("लाल कुआं", "Lalkuan"), ("बीकापुर", "Bikapur"), ("बिसवां", "Biswan"), ("लक्सर", "Laksar"),
    ("रायपुर", "Raipur"), ("जयपुर", "Jaipur"), ("रायबरेली", "Rae Bareli"), ("बरेली", "Bareilly"),
    ("इन्दौर", "Indore"), ("रुड़की", "Roorkee"), ("खगड़िया", "Khagaria"), ("गढ़वाल", "Garhwal"),
    ("सरगांव", "Sargaon"), ("बेतिया", "Bettiah"), ("शिवहर", "Sheohar"), ("देवरी", "Deori"),
    ("मुज़फ़्फ़रनगर", "Muzaffarnagar"), ("फतेहपुर", "Fatehpur"),
    ("चंपारण", "Champaran"), ("सिंहभूम", "Singhbhum"), ("मण्डलगढ", "Mandalgarh"),  # गढ without nukta
])
def test_skeleton_pairs(hi, en):
    assert latin_skeleton(en) in skeletons(hi), (hi, skeletons(hi), en, latin_skeleton(en))


def test_skeleton_values_and_distinctions():
    assert skeleton("हर्रैया") == latin_skeleton("Harraiya") == "hre"
    assert skeleton("लालकुआं") == skeleton("लालकुआँ") == latin_skeleton("Lal Kuan") == "lkun"
    assert skeletons("मण्डलगढ") == ("mndlgd", "mndlgr", "mnrlgd", "mnrlgr")  # ड/ढ read both ways
    assert skeletons("गढ़वाल") == ("grol",)  # with the nukta: one reading
    assert skeleton("Harraiya") == "" and skeletons("2024") == ()  # Devanagari only
    assert skeleton("लखनऊ") != skeleton("कानपुर")
    assert skeleton("घरौंडा") != skeleton("घनसाली") != skeleton("गोंडा")
    assert latin_skeleton("Nawabganj(Bareilly)") == latin_skeleton("Nawabganj")


@pytest.fixture(scope="module")
def latin_rows():
    return rows("latin_places.tsv")


def test_latin_places_rows(latin_rows):
    states = {r["code"] for r in rows("states.tsv")}
    districts = {r["code"]: r for r in rows("districts.tsv") if r["code"]}
    # (units written in Devanagari in extras.tsv leave the index: after the session-10 towns and sub-district
    # seats about 2,500 rows are left)
    assert 2400 < len(latin_rows) < 11000
    assert (GAZ_DIR / "latin_places.tsv").stat().st_size < 600 * 1024
    seen = set()
    for r in latin_rows:
        assert r["code"].isdigit() and r["name_en"] and r["key"], r
        assert r["kind"] in ("city", "town", "subdistrict"), r
        assert r["source"] in ("lgd-subdistrict", "lgd-block", "lgd-ulb"), r
        assert (r["kind"] == "subdistrict") == (r["source"] != "lgd-ulb"), r
        assert r["state_code"] in states, r
        assert r["ambiguous"] in ("", "word"), r
        if r["district_code"]:
            assert districts[r["district_code"]]["state_code"] == r["state_code"], r
        assert r["key"] == latin_skeleton(r["name_en"]) and len(r["key"]) >= 3, r
        assert not any(c.isdigit() for c in r["name_en"]) and "(" not in r["name_en"], r
        slot = (r["state_code"], r["key"], r["kind"] == "subdistrict", r["district_code"])
        assert slot not in seen, r  # one row per skeleton, kind and district
        seen.add(slot)
    # generic words are gone from the names
    for word in ("Tehsil", "Block", "Nagar Panchayat", "Nagar Palika", "Municipal", "Notified"):
        assert not any(word.lower() in r["name_en"].lower() for r in latin_rows), word
    by_state = {}  # towns and sub-districts known in the Latin index or in Devanagari (extras.tsv)
    for r in [*latin_rows, *(r for r in rows("extras.tsv") if r["kind"] in ("town", "city"))]:
        by_state[r["state_code"]] = by_state.get(r["state_code"], 0) + 1
    # (a tehsil and the town of its seat are two Latin rows but one Devanagari row: Haryana and Telangana
    # count a little fewer since their units moved to extras.tsv)
    assert by_state["9"] > 1000 and by_state["5"] > 150 and by_state["6"] > 85
    # and the states Hindi papers also report on: West Bengal, Odisha, Assam, Telangana, Tamil Nadu
    assert by_state["19"] > 300 and by_state["21"] > 500 and by_state["18"] > 300 and by_state["36"] > 550 \
        and by_state["33"] > 750


def test_latin_places_leave_out_what_the_devanagari_files_have(latin_rows):
    district_sk = {}
    for r in rows("districts.tsv"):
        for n in [r["name_hi"], *split_multi(r["aliases"])]:
            district_sk.setdefault(r["state_code"], set()).update(skeletons(n))
    place_sk = {}
    for r in rows("places.tsv"):
        for n in [r["name_hi"], *split_multi(r["aliases"])]:
            place_sk.setdefault(r["state_code"], set()).update(skeletons(n))
    for r in latin_rows:
        assert r["key"] not in district_sk.get(r["state_code"], ()), r  # Basti tehsil = बस्ती district
        assert r["key"] not in place_sk.get(r["state_code"], ()), r


def test_latin_places_examples(latin_rows):
    # English-only LGD units that no Devanagari file has (the examples of the tests in test_places.py)
    got = {(r["name_en"], r["kind"]): (r["code"], r["state_code"], r["district_code"], r["key"])
           for r in latin_rows if r["name_en"] in ("Reoti", "Mehroni", "Madannegi", "Joya", "Soibugh")}
    assert got[("Reoti", "subdistrict")] == ("922", "9", "126", "rioti")  # a block of Ballia
    assert got[("Reoti", "town")] == ("249500", "9", "126", "rioti")  # the town takes its block's district
    assert got[("Mehroni", "subdistrict")] == ("1327", "9", "161", "mehroni")  # a block of Lalitpur
    assert got[("Madannegi", "subdistrict")][1:3] == ("5", "55")  # Tehri Garhwal
    assert got[("Joya", "town")][1:3] == ("9", "154")  # Amroha
    assert got[("Soibugh", "subdistrict")][1:3] == ("1", "2")  # a block of Budgam (Jammu and Kashmir)
    # LGD "BHAGABANGOLA-II", Murshidabad: the block number is no part of the name
    (bhagabangola,) = [r for r in latin_rows if r["name_en"] == "Bhagabangola"]
    assert (bhagabangola["code"], bhagabangola["state_code"], bhagabangola["district_code"], bhagabangola["key"]) == (
        "3004", "19", "319", "bgbngol")
    # (block and tehsil codes are separate series: 922 is also Kaiserganj tehsil, Bahraich)
    reoti = next(r for r in latin_rows if r["code"] == "922" and r["source"] == "lgd-block")
    assert reoti["name_en"] == "Reoti" and reoti["ambiguous"] == "word"  # ordinary words share its skeleton


def test_resolve_latin(gaz):
    (sub,) = [e for e in gaz.latin("रेवती") if e.code == "922"]
    assert (sub.kind, sub.name_en, sub.district_hi, sub.state_hi, sub.source) == (
        "subdistrict", "Reoti", "बलिया", "उत्तर प्रदेश", "latin")
    e = gaz.resolve_latin("रेवती", {"9"}, {"126"}, ("subdistrict",))
    assert (e.code, e.kind, e.district_hi) == ("922", "subdistrict", "बलिया")
    e = gaz.resolve_latin("रेवती", {"9"}, {"126"})  # the town before the block of the same name
    assert (e.code, e.kind, e.district_hi) == ("249500", "town", "बलिया")
    assert gaz.resolve_latin("रेवती", {"9"}, {"126"}, words=False) is None  # a word-like skeleton
    # Kursath (Unnao) and Kursath (Hardoi), two towns of UP, share the skeleton: the district decides, the state
    # alone does not, nor does nothing
    e = gaz.resolve_latin("कुर्सठ", {"9"}, {"186"})
    assert (e.code, e.kind, e.district_hi) == ("249206", "town", "उन्नाव")
    assert gaz.resolve_latin("कुर्सठ", {"9"}, ()) is None
    assert gaz.resolve_latin("कुर्सठ") is None
    # a local body without district goes with the district the document gives
    e = gaz.resolve_latin("वजीरगंज", {"9"}, {"133"})
    assert (e.name_en, e.kind, e.district_hi, e.code) == ("Wazirganj", "town", "बदायूं", "249120")
    assert gaz.resolve_latin("वजीरगंज", {"9"}, ()) is None  # Wazirganj blocks of Budaun and Gonda
    # one place: found without context at level "any", not at "state"/"district"
    e = gaz.resolve_latin("कोइल")
    assert (e.name_en, e.kind, e.district_hi, e.state_hi) == ("Koil", "subdistrict", "अलीगढ़", "उत्तर प्रदेश")
    assert gaz.resolve_latin("कोइल", level="state") is None
    assert gaz.resolve_latin("कोइल", {"5"}, ()) is None  # the document is about another state
    assert gaz.resolve_latin("कोइल", {"9"}, {"162"}, level="district") is None  # not in its district
    assert gaz.resolve_latin("लखनऊ") is None  # the Latin index has no districts
    assert not gaz.lookup("रेवती") and not gaz.lookup("कोइल")  # and the name index never uses it


@pytest.mark.skipif(not (SHARED / "gazetteer_lgd").exists(), reason="reference data not available")
def test_skeleton_recall_and_collisions():
    sys.path.insert(0, str(ROOT / "tools"))
    import build_gazetteer

    report = build_gazetteer.skeleton_report(SHARED / "gazetteer_hi", SHARED / "gazetteer_lgd",
                                             list(rows("latin_places.tsv")), [])
    assert report["pairs lgd"] > 2000 and report["recall lgd"] >= 0.9
    assert report["recall gazetteer_hi"] >= 0.8
    assert report["collision state"] <= 0.06 and report["collision any"] <= 0.15

"""The entity benchmark's scoring functions (benchmarks/entities_eval.py) on tiny hand-made inputs,
the held-out golden files' integrity, and the samples' people F1."""
import importlib.util
import json
import sys

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("entities_eval", ROOT / "benchmarks" / "entities_eval.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["entities_eval"] = ev  # dataclasses need the module registered
_spec.loader.exec_module(ev)


def P(name, hon=None, roles=()):
    return {"name": name, "honorific": hon, "roles": list(roles)}


def test_prf_values():
    assert ev.prf(3, 1, 2) == (0.75, 0.6, pytest.approx(2 * 0.75 * 0.6 / 1.35))
    assert ev.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    # an empty side scores 1.0 only when the other side is empty too
    assert ev.prf(0, 2, 0) == (0.0, 0.0, 0.0)
    assert ev.prf(0, 0, 2) == (0.0, 0.0, 0.0)


def test_people_multiset_and_normalised_key():
    gold = [P("वी.के. चौहान"), P("सुधा रानी गर्ग"), P("राम सिंह")]
    pred = [P("वीके चौहान"), P("रानी गर्ग"), P("राम सिंह"), P("राम सिंह")]
    res = ev.score_people(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (2, 2, 1)  # duplicate person is a false positive
    assert res.missed == ["सुधा रानी गर्ग"]
    assert res.spurious == ["रानी गर्ग", "राम सिंह"]
    p, r, f = res.counts.prf()
    assert (p, r) == (0.5, 2 / 3)
    assert f == pytest.approx(4 / 7)


def test_roles_strict_and_relaxed():
    gold = [P("सुनीता सिंह", roles=["स्थायी अधिवक्ता"]), P("मधुलिका यादव", roles=["वीसी", "उपाध्यक्ष"]),
            P("प्रतिभा राठौर", roles=["नगर निगम आयुक्त"])]
    pred = [P("सुनीता सिंह", roles=["अधिवक्ता"]), P("मधुलिका यादव", roles=["उपाध्यक्ष"]),
            P("प्रतिभा राठौर", roles=["आयुक्त", "आयुक्त"]), P("राम", roles=["पिता"])]
    strict = ev.score_roles(gold, pred)
    assert (strict.counts.tp, strict.counts.fp, strict.counts.fn) == (1, 3, 3)
    relaxed = ev.score_roles(gold, pred, relaxed=True)
    assert (relaxed.counts.tp, relaxed.counts.fp, relaxed.counts.fn) == (3, 1, 1)
    assert relaxed.missed == [("मधुलिका यादव", "वीसी")]
    assert relaxed.spurious == [("राम", "पिता")]
    # a title matches another person's title only under the same name
    assert ev.score_roles([P("क", roles=["सचिव"])], [P("ख", roles=["सचिव"])], relaxed=True).counts.tp == 0


def test_titles_compatible():
    assert ev.titles_compatible("आपदा प्रबंधन सचिव", "सचिव")
    assert ev.titles_compatible("सचिव", "सचिव")
    assert not ev.titles_compatible("अपर सचिव", "मुख्य सचिव")
    assert not ev.titles_compatible("सचिव", "सचिवालय")


def test_places_by_canonical_name():
    gold = [{"name": "कानपुर नगर"}, {"name": "बिठूर"}, {"name": "जाजमऊ"}]
    pred = [{"name": "कानपुर"}, {"name": "बिठूर"}]
    res = ev.score_places(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (1, 1, 2)


def test_organisations_alias_match_one_to_one():
    gold = [{"name": "भारतीय जनता पार्टी", "aliases": ["भाजपा", "बीजेपी"]},
            {"name": "इलाहाबाद उच्च न्यायालय", "aliases": ["इलाहाबाद हाईकोर्ट", "उच्च न्यायालय"]},
            {"name": "नगर निगम", "aliases": []}]
    pred = [{"name": "भाजपा", "aliases": []},                          # alias of a golden organisation
            {"name": "इलाहाबाद उच्च न्यायालय", "aliases": []},        # exact
            {"name": "उच्च न्यायालय", "aliases": ["हाईकोर्ट"]},          # alias again: already matched -> FP
            {"name": "राज्य सरकार", "aliases": []}]
    res = ev.score_organizations(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (2, 2, 1)
    assert res.missed == ["नगर निगम"]
    assert sorted(res.spurious) == ["उच्च न्यायालय", "राज्य सरकार"]
    # golden name among the predicted aliases also matches
    res = ev.score_organizations([{"name": "केडीए", "aliases": []}],
                                 [{"name": "कानपुर विकास प्राधिकरण", "aliases": ["केडीए"]}])
    assert res.counts.tp == 1


def test_honorific_accuracy_on_matched_people_only():
    gold = [P("क ख", "श्री"), P("ग घ", None), P("च छ", "डॉ०"), P("ज झ", "हाजी")]
    pred = [P("क ख", "श्री"), P("ग घ", "श्री"), P("च छ", "डॉ."), P("हाजी ज झ", None)]
    correct, matched, errors = ev.score_honorifics(gold, pred)
    assert (correct, matched) == (2, 3)
    assert errors == [("ग घ", None, "श्री")]


def test_document_and_micro_aggregate():
    g1 = {"people": [P("क ख", roles=["सचिव"])], "places": [{"name": "मेरठ"}], "organizations": []}
    p1 = {"people": [P("क ख", roles=["सचिव"])], "places": [], "organizations": [{"name": "सपा", "aliases": []}]}
    g2 = {"people": [P("ग घ")], "places": [{"name": "गया"}], "organizations": []}
    p2 = {"people": [P("ग घ"), P("च")], "places": [{"name": "गया"}], "organizations": []}
    tot = ev.aggregate([ev.score_document(g1, p1), ev.score_document(g2, p2)])
    assert (tot["people"].tp, tot["people"].fp, tot["people"].fn) == (2, 1, 0)
    assert (tot["places"].tp, tot["places"].fp, tot["places"].fn) == (1, 0, 1)
    assert (tot["organisations"].tp, tot["organisations"].fp, tot["organisations"].fn) == (0, 1, 0)
    assert (tot["person-role"].tp, tot["person-role"].fp, tot["person-role"].fn) == (1, 0, 0)
    assert tot["honorific"] == (2, 2)
    assert tot["places"].prf() == (1.0, 0.5, pytest.approx(2 / 3))


def test_bio_spans():
    tags = ["B-NEP", "I-NEP", "O", "B-NEL", "B-NEL", "I-NEO", "I-NEO", "B-NETI", "-", "-NEO", "I-NEP"]
    assert ev.bio_spans(tags) == {("PERSON", 0, 2), ("LOCATION", 3, 4), ("LOCATION", 4, 5),
                                  ("ORGANIZATION", 5, 7), ("PERSON", 10, 11)}


def test_token_mapping():
    toks = ["श्री", "राम", "कुमार", "लखनऊ", "में"]
    offs = ev.token_offsets(toks)
    text = " ".join(toks)
    assert [text[s:e] for s, e in offs] == toks
    s = text.index("राम")
    assert ev.char_span_to_tokens(s, s + len("राम कुमार"), offs) == (1, 3)
    assert ev.char_span_to_tokens(s + 1, s + 2, offs) == (1, 2)     # inside a token
    assert ev.char_span_to_tokens(len("श्री"), len("श्री") + 1, offs) is None  # only the space


def test_mentions_exact_and_overlap():
    gold = {("PERSON", 0, 3), ("LOCATION", 5, 6), ("ORGANIZATION", 8, 10)}
    pred = {("PERSON", 1, 3), ("LOCATION", 5, 6), ("LOCATION", 6, 7), ("PERSON", 8, 9)}
    res = ev.score_mentions(gold, pred)
    c = lambda x: (x.tp, x.fp, x.fn)  # noqa: E731
    assert c(res["PERSON"]["exact"]) == (0, 2, 1)
    assert c(res["PERSON"]["overlap"]) == (1, 1, 0)
    assert c(res["LOCATION"]["exact"]) == (1, 1, 0)
    assert c(res["LOCATION"]["overlap"]) == (1, 1, 0)
    assert c(res["ORGANIZATION"]["exact"]) == (0, 0, 1)
    assert c(res["ORGANIZATION"]["overlap"]) == (0, 0, 1)
    # one to one: two predicted pieces of one gold span give one match and one false positive
    res = ev.score_mentions({("PERSON", 0, 4)}, {("PERSON", 0, 1), ("PERSON", 2, 4)})
    assert c(res["PERSON"]["overlap"]) == (1, 1, 0)


def test_heldout_goldens_are_well_formed():
    sample_keys = set(json.loads(next((ROOT / "samples" / "expected").glob("*.json")).read_text("utf-8")))
    docs = ev.load_set(ev.SETS["heldout"])
    assert len(docs) == 8
    for doc_id, text, gold in docs:
        assert set(gold) == sample_keys - {"events"}, doc_id  # heldout (set 1) has no events
        assert gold["doc_id"] == doc_id
        assert ev.check_golden(text, gold) == [], doc_id
        for p in gold["people"]:
            assert set(p) == {"name", "honorific", "roles"}
        for pl in gold["places"]:
            assert set(pl) == {"name", "kind", "state"}


def test_samples_people_f1_is_perfect(extractor):
    tot, rows = ev.run_set(extractor, "samples")
    assert len(rows) >= 10
    assert tot["people"].prf()[2] == 1.0


def test_model_and_ner_merge_options(tmp_path, capsys):
    out = tmp_path / "counts.json"
    assert ev.main(["--set", "samples", "--model", "blank", "--ner-merge", "none", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["samples"]["people"]["f"] == 1.0 and report["samples"]["organisations"]["f"] == 1.0


def test_places_below_the_district_also_match_as_written():
    gold = [{"name": "मढ़ौरा"}, {"name": "सारण"}, {"name": "रामगंजमंडी"}]
    pred = [{"name": "मढौरा", "written": "मढ़ौरा", "kind": "subdistrict"},     # LGD spelling, written form matches
            {"name": "सारण", "written": "छपरा", "kind": "district"},          # districts: canonical only
            {"name": "रामगंज मंडी", "written": "रामगंज मंडी", "kind": "town"}]  # neither form matches
    res = ev.score_places(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (2, 1, 1)
    assert res.missed == ["रामगंजमंडी"] and res.spurious == ["रामगंज मंडी"]


def test_unmatched_government_is_not_counted_unless_asked():
    gold = [{"name": "भारतीय जनता पार्टी", "aliases": ["भाजपा"]}]
    pred = [{"name": "भारतीय जनता पार्टी", "aliases": []}, {"name": "राजस्थान सरकार", "aliases": []},
            {"name": "जल संसाधन विभाग", "aliases": []}]
    lenient = ev.score_organizations(gold, pred, governments=False)
    assert (lenient.counts.tp, lenient.counts.fp, lenient.counts.fn) == (1, 1, 0)
    assert lenient.spurious == ["जल संसाधन विभाग"]
    strict = ev.score_organizations(gold, pred)
    assert (strict.counts.tp, strict.counts.fp, strict.counts.fn) == (1, 2, 0)
    # a government the golden set does record is matched either way
    both = ev.score_organizations([{"name": "दिल्ली सरकार", "aliases": []}], [{"name": "दिल्ली सरकार", "aliases": []}],
                                  governments=False)
    assert (both.counts.tp, both.counts.fp) == (1, 0)
    assert ev.is_government("केंद्र सरकार") and not ev.is_government("सरकारी अस्पताल")
    assert ev.is_government("जिला पंचायत") and not ev.is_government("जिला पंचायत बालोद")


def test_loan_word_spelling_matches_last_and_only_name_to_name_or_alias():
    gold = [{"name": "उत्तर प्रदेश पावर कारपोरेशन लिमिटेड", "aliases": []},
            {"name": "राजस्थान को-ओपरेटिव डेयरी फेडरेशन", "aliases": ["आरसीडीएफ"]}]
    pred = [{"name": "उत्तर प्रदेश पावर कॉरपोरेशन लिमिटेड", "aliases": []},
            {"name": "भीलवाड़ा डेयरी", "aliases": ["आरसीडीएफ"]}]  # a shared alias alone is no match
    res = ev.score_organizations(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (1, 1, 1)
    assert ev._skeleton("इंडियन फार्मर्स") == ev._skeleton("इंडियन फारमर्स")


def test_unmatched_regions_are_not_counted_in_places():
    gold = [{"name": "बांदा"}]
    pred = [{"name": "बांदा", "kind": "district"}, {"name": "बुंदेलखंड", "kind": "region"},
            {"name": "कानपुर", "kind": "district"}]
    res = ev.score_places(gold, pred, regions=False)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (1, 1, 0)
    assert res.spurious == ["कानपुर"]
    res = ev.score_places(gold, pred)
    assert (res.counts.tp, res.counts.fp, res.counts.fn) == (1, 2, 0)


def test_a_comma_list_of_sets_adds_a_micro_table(tmp_path, capsys):
    out = tmp_path / "counts.json"
    assert ev.main(["--set", "samples,heldout", "--model", "blank", "--ner-merge", "none", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    for metric in ("people", "person-role", "places", "organisations"):
        for k in ("tp", "fp", "fn"):
            assert report["micro"][metric][k] == report["samples"][metric][k] + report["heldout"][metric][k]
    assert "### micro over 2 sets (18 documents)" in capsys.readouterr().out


def test_docs_range_keeps_the_numbered_documents(tmp_path):
    keep = ev.doc_range("1-4")
    assert [keep(d) for d in ("001_x", "004_y", "005_z", "012_w", "abc")] == [True, True, False, False, False]
    assert ev.doc_range(None) is None and ev.doc_range("5")("005_a") and not ev.doc_range("5")("006_a")
    out = tmp_path / "counts.json"
    assert ev.main(["--set", "heldout", "--docs", "1-4", "--model", "blank", "--ner-merge", "none",
                    "--json", str(out)]) == 0
    part = json.loads(out.read_text(encoding="utf-8"))["heldout"]
    assert ev.main(["--set", "heldout", "--model", "blank", "--ner-merge", "none", "--json", str(out)]) == 0
    whole = json.loads(out.read_text(encoding="utf-8"))["heldout"]
    assert 0 < part["people"]["tp"] + part["people"]["fn"] < whole["people"]["tp"] + whole["people"]["fn"]


def test_sum_adds_up_earlier_reports(tmp_path, capsys):
    # the pooled row of blind batches scored with different code: counts of --json reports added set by set
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert ev.main(["--set", "samples", "--model", "blank", "--ner-merge", "none", "--json", str(a)]) == 0
    assert ev.main(["--set", "heldout", "--model", "blank", "--ner-merge", "none", "--json", str(b)]) == 0
    capsys.readouterr()
    ra, rb = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    tot, n_sets = ev.sum_reports([a, b])
    assert n_sets == 2
    for metric in ("people", "person-role", "places", "organisations"):
        c = tot[metric]
        assert (c.tp, c.fp, c.fn) == tuple(ra["samples"][metric][k] + rb["heldout"][metric][k] for k in ("tp", "fp", "fn"))
    assert ev.main(["--sum", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### sum of 2 reports (2 sets)\n")
    gold = tot["people"].gold
    assert f"| people | {gold} |" in out

"""The ``hindi_places`` component: exact spans and canonical names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Span

from extract.pipeline import make_nlp
from extract.spans import add_span, attrs

SEED = Path(__file__).resolve().parents[1] / "samples" / "000_0289a6f32b6376ce.txt"


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_places"])


def places(doc):
    return [(s.text, attrs(s)["name"], attrs(s)["kind"], attrs(s)["state"]) for s in doc.spans["places"]]


def run(nlp, text, dateline=None, people=None, ents=None):
    """Run the pipeline on ``text`` with spans of other components set first."""
    doc = nlp.make_doc(text)
    for group, items in (("dateline", dateline), ("people", people)):
        for surface, extra in items or ():
            start = text.index(surface)
            add_span(doc, group, start, start + len(surface), **extra)
    if ents:
        doc.ents = [doc.char_span(text.index(s), text.index(s) + len(s), label=label) for s, label in ents]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# --------------------------------------------------------------------------- the seed note
def test_seed_note(nlp):
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    got = [(s.start_char, s.end_char, s.text) for s in doc.spans["places"]]
    second = text.index("लखनऊ में होगा")
    assert got == [(0, 4, "लखनऊ"), (text.index("उ० प्र०"), text.index("उ० प्र०") + 7, "उ० प्र०"),
                   (second, second + 4, "लखनऊ")]
    lko1, up, lko2 = (attrs(s) for s in doc.spans["places"])
    for a in (lko1, lko2):
        assert (a["name"], a["name_en"], a["kind"], a["state"], a["state_en"], a["district"], a["code"]) == (
            "लखनऊ", "Lucknow", "district", "उत्तर प्रदेश", "Uttar Pradesh", "लखनऊ", "162")
    assert lko1["dateline"] is True and lko2["dateline"] is False
    assert (up["name"], up["name_en"], up["kind"], up["state"], up["state_code"], up["code"]) == (
        "उत्तर प्रदेश", "Uttar Pradesh", "state", None, "9", "9")
    for s in doc.spans["places"]:
        a = attrs(s)
        assert 0 < a["confidence"] <= 1
        json.dumps(a)


def test_seed_generic_words_are_not_places(nlp):
    doc = nlp("इसके अतिरिक्त प्रदेश, क्षेत्र, जिला, लोकसभा, विधानसभा एवं मण्डल स्तर पर कार्यशालाएं होंगी। "
              "भाजपा प्रदेश मुख्यालय पर बैठक हुई, 6 क्षेत्रों से संयोजक आये।")
    assert places(doc) == []


# --------------------------------------------------------------------------- alias styles
@pytest.mark.parametrize("text,surface,name", [
    ("उ० प्र० सरकार ने कहा।", "उ० प्र०", "उत्तर प्रदेश"),
    ("उ०प्र० सरकार ने कहा।", "उ०प्र०", "उत्तर प्रदेश"),
    ("उ.प्र. सरकार ने कहा।", "उ.प्र.", "उत्तर प्रदेश"),
    ("उ. प्र. सरकार ने कहा।", "उ. प्र.", "उत्तर प्रदेश"),
    ("सरकार ने यूपी में कहा।", "यूपी", "उत्तर प्रदेश"),
    ("सरकार ने उत्तरप्रदेश में कहा।", "उत्तरप्रदेश", "उत्तर प्रदेश"),
    ("सरकार ने उत्तर प्रदेश में कहा।", "उत्तर प्रदेश", "उत्तर प्रदेश"),
    ("सरकार ने म.प्र. में कहा।", "म.प्र.", "मध्य प्रदेश"),
    ("सरकार ने म० प्र० में कहा।", "म० प्र०", "मध्य प्रदेश"),
    ("सरकार ने एमपी में कहा।", "एमपी", "मध्य प्रदेश"),
    ("सरकार ने छ.ग. में कहा।", "छ.ग.", "छत्तीसगढ़"),
    ("सरकार ने प. बंगाल में कहा।", "प. बंगाल", "पश्चिम बंगाल"),
    ("सरकार ने जम्मू-कश्मीर में कहा।", "जम्मू-कश्मीर", "जम्मू और कश्मीर"),
    ("सरकार ने जम्मू - कश्मीर में कहा।", "जम्मू - कश्मीर", "जम्मू और कश्मीर"),
])
def test_state_alias_styles(nlp, text, surface, name):
    doc = nlp(text)
    (s,) = doc.spans["places"]
    assert (s.text, s.start_char) == (surface, text.index(surface))
    kind = "ut" if name == "जम्मू और कश्मीर" else "state"
    assert (attrs(s)["name"], attrs(s)["kind"], attrs(s)["state"]) == (name, kind, None)  # a state is in no state


def test_case_markers_and_multi_token(nlp):
    doc = nlp("वाराणसी के घाट और लखनऊ में बैठक के बाद नई दिल्ली से टीम आई।")
    assert places(doc) == [("वाराणसी", "वाराणसी", "district", "उत्तर प्रदेश"),
                           ("लखनऊ", "लखनऊ", "district", "उत्तर प्रदेश"),
                           ("नई दिल्ली", "नई दिल्ली", "district", "दिल्ली")]


def test_old_names_and_extras(nlp):
    doc = nlp("इलाहाबाद, बनारस, नोएडा और बेंगलुरु से लोग आए; भारत और नेपाल के बीच बातचीत हुई।")
    assert places(doc) == [("इलाहाबाद", "प्रयागराज", "district", "उत्तर प्रदेश"),
                           ("बनारस", "वाराणसी", "district", "उत्तर प्रदेश"),
                           ("नोएडा", "नोएडा", "city", "उत्तर प्रदेश"),
                           ("बेंगलुरु", "बेंगलुरु", "city", "कर्नाटक"),
                           ("भारत", "भारत", "country", None),
                           ("नेपाल", "नेपाल", "country", None)]
    assert attrs(doc.spans["places"][2])["district"] == "गौतम बुद्ध नगर"


# --------------------------------------------------------------------------- spelling variants
def test_devanagari_variants(nlp):
    doc = nlp("झाँसी और झांसी, मुज़फ्फरनगर और मुजफ्फरनगर, ग़ाज़ियाबाद और गाजियाबाद में कार्यक्रम।")
    assert [(t, n) for t, n, _, _ in places(doc)] == [
        ("झाँसी", "झांसी"), ("झांसी", "झांसी"), ("मुज़फ्फरनगर", "मुजफ्फरनगर"), ("मुजफ्फरनगर", "मुजफ्फरनगर"),
        ("ग़ाज़ियाबाद", "गाजियाबाद"), ("गाजियाबाद", "गाजियाबाद")]
    doc = nlp("चण्डीगढ़ और चंडीगढ़ में बैठक।")
    assert [n for _, n, _, _ in places(doc)] == ["चंडीगढ़", "चंडीगढ़"]


# --------------------------------------------------------------------------- homonyms
def test_homonym_unresolved(nlp):
    doc = nlp("औरंगाबाद में बैठक हुई।")
    (s,) = doc.spans["places"]
    a = attrs(s)
    assert (s.text, a["name"], a["kind"], a["state"], a["code"]) == ("औरंगाबाद", "औरंगाबाद", "district", None, None)
    assert a["candidates"] == sorted(["बिहार", "महाराष्ट्र"])
    assert a["confidence"] < 0.7


@pytest.mark.parametrize("text,state,code", [
    ("बिहार के औरंगाबाद में बैठक हुई।", "बिहार", "189"),
    ("औरंगाबाद में बैठक हुई। महाराष्ट्र सरकार ने कहा।", "महाराष्ट्र", "469"),
    ("हमीरपुर में बारिश हुई। हिमाचल में अलर्ट है।", "हिमाचल प्रदेश", None),
    ("हमीरपुर में बारिश हुई। यूपी में अलर्ट है।", "उत्तर प्रदेश", "149"),
    ("शिमला, 3 मई। हमीरपुर में बारिश हुई।", "हिमाचल प्रदेश", None),  # dateline district gives the state
    ("कानपुर और हमीरपुर में बारिश हुई।", "उत्तर प्रदेश", "149"),  # a city of the state
    ("बिलासपुर, छत्तीसगढ़ में बैठक।", "छत्तीसगढ़", None),
])
def test_homonym_resolved_by_state_context(nlp, text, state, code):
    doc = nlp(text)
    (s,) = [s for s in doc.spans["places"] if attrs(s)["kind"] == "district" and s.text in ("औरंगाबाद", "हमीरपुर", "बिलासपुर")]
    assert attrs(s)["state"] == state
    assert attrs(s)["name"] == s.text
    if code:
        assert attrs(s)["code"] == code
    assert attrs(s)["code"] is not None


# --------------------------------------------------------------------------- ordinary words
@pytest.mark.parametrize("text", [
    "वह गया था।",
    "वह बिहार से दिल्ली गया था।",
    "मंडी में गेहूं की खरीद शुरू हुई।",
    "सागर के किनारे लोग जमा हुए।",
    "किसी भी सूरत में काम पूरा होगा।",
    "बढ़ गया, छत्तीसगढ़ आगे है।",
    "आनंद, सरलता और वैराग्य से संपन्न काव्य।",
    "अंकित चंदेल, कामेश्वर मिश्रा और सुनील बंसल ने भाग लिया।",
    "श्री संजय राय ने बताया।",
    "यदि हमारा इलाका बाढ़ क्षेत्र से सुखाड़ क्षेत्र बने।",
])
def test_ordinary_word_guard(nlp, text):
    doc = nlp(text)
    assert [p for p in places(doc) if p[2] not in ("state", "ut")] == []


@pytest.mark.parametrize("text,surface,name,state", [
    ("गया जिले में बाढ़ आई।", "गया", "गया", "बिहार"),
    ("जनपद मऊ में बैठक हुई।", "मऊ", "मऊ", "उत्तर प्रदेश"),
    ("सागर शहर में जुलूस निकला।", "सागर", "सागर", "मध्य प्रदेश"),
    ("हिमाचल प्रदेश के मंडी में बारिश हुई।", "मंडी", "मंडी", "हिमाचल प्रदेश"),
    ("धार जिले के किसान आए।", "धार", "धार", "मध्य प्रदेश"),
    ("पन्ना जिला प्रशासन ने कहा।", "पन्ना", "पन्ना", "मध्य प्रदेश"),
    ("गया, 12 मई। बैठक हुई।", "गया", "गया", "बिहार"),  # dateline
    ("बिहार में बाढ़। गया में राहत शिविर लगे।", "गया", "गया", "बिहार"),  # case marker + its state
])
def test_ordinary_word_in_context(nlp, text, surface, name, state):
    doc = nlp(text)
    hits = [s for s in doc.spans["places"] if s.text == surface]
    assert len(hits) == 1
    a = attrs(hits[0])
    assert (hits[0].start_char, a["name"], a["kind"], a["state"]) == (text.index(surface), name, "district", state)


# --------------------------------------------------------------------------- towns and sub-districts
def test_towns_need_context(nlp):
    assert places(nlp("फतुहा में कार्यक्रम हुआ।")) == []
    doc = nlp("पटना जिले के फतुहा में कार्यक्रम हुआ।")
    assert places(doc) == [("पटना", "पटना", "district", "बिहार"), ("फतुहा", "फतुहा", "town", "बिहार")]
    doc = nlp("नवी मुंबई में कार्यक्रम हुआ।")  # multi-word names stand alone
    assert places(doc) == [("नवी मुंबई", "नवी मुंबई", "city", "महाराष्ट्र")]


# --------------------------------------------------------------------------- villages
def test_villages(nlp):
    doc = nlp("जिलाधिकारी ने वाराणसी के ग्राम बरईपुर में पुलिया और रामपुर गांव में सड़क देखी।")
    assert places(doc) == [("वाराणसी", "वाराणसी", "district", "उत्तर प्रदेश"),
                           ("बरईपुर", "बरईपुर", "village", "उत्तर प्रदेश"),
                           ("रामपुर", "रामपुर", "village", "उत्तर प्रदेश")]  # not Rampur district
    assert attrs(doc.spans["places"][1])["code"] is None


@pytest.mark.parametrize("text", ["ग्राम पंचायत के सचिव और ग्राम प्रधान आए।", "हर गांव में बिजली पहुंची।",
                                  "प्रति छात्र 100 ग्राम खाद्यान्न मिलेगा।", "ग्राम सभाओं के माध्यम से योजना बनी।"])
def test_village_cue_without_a_name(nlp, text):
    assert places(nlp(text)) == []


def test_villages_listed_after_a_village_cue_and_x_panchayat(nlp):
    text = "बालोद जिले की ग्राम पंचायत चिटौद, सोरर और धनेली में अनियमितता मिली। सरसर पंचायत की मुखिया ने बताया।"
    assert [(p[0], p[2]) for p in places(nlp(text))] == [
        ("बालोद", "district"), ("चिटौद", "village"), ("सोरर", "village"), ("धनेली", "village"), ("सरसर", "village")]


@pytest.mark.parametrize("text,expected", [("त्रिस्तरीय पंचायत चुनाव की तैयारी शुरू हुई।", []),
                                           ("जिला पंचायत की बैठक हुई।", []),
                                           ("ग्राम पंचायत चिटौद, सचिव और रोजगार सहायक मौजूद रहे।", ["चिटौद"])])
def test_no_village_from_panchayat_words(nlp, text, expected):
    assert [p[0] for p in places(nlp(text))] == expected


@pytest.mark.parametrize("text,names", [
    ("तटबंध टूटने से पोहद्दी, जलई, रसियारी और महथौर समेत 14 गांवों में पानी घुसा।",
     ["पोहद्दी", "जलई", "रसियारी", "महथौर"]),
    ("बाढ़ से उग्गी, शंकर और कंग साहबू गांवों में फसल बर्बाद हुई।", ["उग्गी", "शंकर", "कंग साहबू"]),
    ("इसमें सिविल लाइन, कोतवाली और फ्रेंड्स कॉलोनी थानों की टीमें शामिल होंगी।", ["सिविल लाइन", "फ्रेंड्स कॉलोनी"]),
    ("अमहिया, ढेकहा और बोदाबाग क्षेत्र में अभियान चलेगा।", ["अमहिया", "ढेकहा", "बोदाबाग"]),
    ("सहसों थाने के दो सिपाहियों को निलंबित किया गया। लवेदी थानाध्यक्ष को चेतावनी दी गई।", ["सहसों", "लवेदी"]),
])
def test_lists_closed_by_an_area_noun_and_named_stations(nlp, text, names):
    assert [p[0] for p in places(nlp(text))] == names


def test_an_adjective_ends_no_listed_name(nlp):
    text = "टीम ने दिल्ली के बवाना और नरेला औद्योगिक क्षेत्रों की फैक्टरियों में छापे मारे।"
    assert "नरेला औद्योगिक" not in [p[0] for p in places(nlp(text))]


# --------------------------------------------------------------------------- other components' spans
def test_dateline_span_is_linked(nlp):
    text = "गया (संवाददाता)। बैठक हुई।"
    doc = run(nlp, text, dateline=[("गया", {"role": "place", "confidence": 0.9})])
    (s,) = doc.spans["places"]
    assert (s.text, attrs(s)["name"], attrs(s)["state"], attrs(s)["dateline"]) == ("गया", "गया", "बिहार", True)


def test_dateline_place_unknown_to_gazetteer(nlp):
    text = "हज़रतगंज, 5 मई। बैठक हुई।"
    doc = run(nlp, text, dateline=[("हज़रतगंज", {"role": "place", "confidence": 0.9})])
    (s,) = doc.spans["places"]
    a = attrs(s)
    assert (s.text, a["name"], a["kind"], a["source"], a["dateline"]) == ("हज़रतगंज", "हज़रतगंज", "other", "dateline", True)
    assert a["confidence"] < 0.9


def test_dateline_date_part_is_not_a_place(nlp):
    text = "लखनऊ, 5 मई। बैठक हुई।"
    doc = run(nlp, text, dateline=[("लखनऊ", {"role": "place"}), ("5 मई", {"role": "date"})])
    assert places(doc) == [("लखनऊ", "लखनऊ", "district", "उत्तर प्रदेश")]


def test_names_inside_people_are_skipped(nlp):
    text = "श्री कृष्ण बलिया ने लखनऊ में कहा।"
    doc = run(nlp, text, people=[("कृष्ण बलिया", {"confidence": 0.9})])
    assert places(doc) == [("लखनऊ", "लखनऊ", "district", "उत्तर प्रदेश")]


def test_ner_locations_the_gazetteer_lacks(nlp):
    text = "हज़रतगंज में लखनऊ के लोग जमा हुए।"
    doc = run(nlp, text, ents=[("हज़रतगंज", "LOC"), ("लखनऊ", "LOC")])
    got = [(s.text, attrs(s)["kind"], attrs(s)["source"]) for s in doc.spans["places"]]
    assert got == [("हज़रतगंज", "other", "ner"), ("लखनऊ", "district", "gazetteer")]
    assert attrs(doc.spans["places"][0])["confidence"] <= 0.5


def test_rerun_does_not_duplicate(nlp):
    doc = nlp("लखनऊ में बैठक हुई।")
    doc = nlp.get_pipe("hindi_places")(doc)
    assert len(doc.spans["places"]) == 1


def test_empty_and_placeless_docs(nlp):
    assert list(nlp("").spans["places"]) == []
    assert list(nlp("बैठक में चर्चा हुई।").spans["places"]) == []


# --------------------------------------------------------------------------- below the district level
@pytest.fixture(scope="module")
def full():
    """The rule-based components (no trained model needed)."""
    from extract.pipeline import COMPONENTS

    return make_nlp(list(COMPONENTS))


def pattern_places(doc):
    return [(s.text, attrs(s)["kind"]) for s in doc.spans["places"] if attrs(s)["source"] == "pattern"]


@pytest.mark.parametrize("text,expected", [
    ("ग्राम सेमरा में चौपाल लगी।", [("सेमरा", "village")]),  # any name after ग्राम
    ("गांव धनौरा की महिलाएं आईं।", [("धनौरा", "village")]),
    ("भटपुरा गांव में बिजली पहुंची।", [("भटपुरा", "village")]),
    ("रसूलाबाद निवासी एक युवक घायल हुआ।", [("रसूलाबाद", "other")]),  # toponymic ending + निवासी
    ("हरिहरपुर के ग्रामीणों ने सड़क जाम की।", [("हरिहरपुर", "village")]),
    # X ब्लॉक / X तहसील (Mehroni block, Lalitpur; Koil tehsil, Aligarh: English-only LGD units that no Devanagari
    # file has; मसौली and बीकापुर, the former examples, are extras.tsv towns now)
    ("मेहरौनी ब्लॉक में शिविर लगा। कोइल तहसील में समाधान दिवस हुआ।",
     [("मेहरौनी", "subdistrict"), ("कोइल", "subdistrict")]),
    ("शहर के इंदिरानगर और राजाजी नगर में पानी भरा।", [("इंदिरानगर", "other"), ("राजाजी नगर", "other")]),
    ("अजमेरी गेट के पास जाम लगा। मोहल्ला बाबूपुरवा में सफाई हुई।", [("अजमेरी गेट", "other"), ("बाबूपुरवा", "other")]),
])
def test_places_below_the_district_level(full, text, expected):
    assert pattern_places(full(text)) == expected


@pytest.mark.parametrize("text", [
    "अपने गांव में, हर गांव में और पैतृक गांव में बिजली है।",
    "इस तहसील में और सदर तहसील में काम हुआ।",
    "नगर निगम की बैठक में भाजपा नगर अध्यक्ष आए।",
    "पुलिस ने बबलू सिंह को पकड़ा। बबलू गांव का पूर्व मुखिया है।",  # a given name, not a village
    "इसके बाद सभा हुई और जिंदाबाद के नारे लगे।",
])
def test_no_pattern_place(full, text):
    assert pattern_places(full(text)) == []


@pytest.mark.parametrize("text,surface,name", [
    ("टिहरी और पौड़ी में बारिश हुई।", "टिहरी", "टिहरी गढ़वाल"),  # district short forms
    ("टिहरी और पौड़ी में बारिश हुई।", "पौड़ी", "पौड़ी गढ़वाल"),
    ("ऊधमसिंहनगर में बारिश हुई।", "ऊधमसिंहनगर", "उधम सिंह नगर"),  # spacing / vowel length
    ("ऊधमसिंह नगर में बारिश हुई।", "ऊधमसिंह नगर", "उधम सिंह नगर"),
    ("बैठक नयी दिल्ली में हुई।", "नयी दिल्ली", "नई दिल्ली"),
    ("कुमाऊं मंडल में अलर्ट है।", "कुमाऊं मंडल", "कुमाऊं"),  # regions
    ("बुंदेलखंड और पूर्वांचल में सूखा है।", "बुंदेलखंड", "बुंदेलखंड"),
    ("अवध क्षेत्र के कार्यकर्ता आए।", "अवध", "अवध"),  # a word-like region before क्षेत्र
    ("नागपुर डिवीजन : भंडारा , चंद्रपुर और वर्धा ।", "भंडारा", "भंडारा"),  # a word-like name in a list
])
def test_short_forms_variants_regions(nlp, text, surface, name):
    doc = nlp(text)
    got = {s.text: attrs(s)["name"] for s in doc.spans["places"]}
    assert got.get(surface) == name, got


def test_spacing_variants_do_not_split_names(nlp):
    # "करीम नगर" (a colony) is not करीमनगर (a Telangana district) written in two words
    assert places(nlp("करीम नगर में जाम लगा।")) == [("करीम नगर", "करीम नगर", "other", None)]
    # nor "गांधी नगर" गांधीनगर (Gujarat's district): extras.tsv lists it as a town of East Delhi, that unit is read
    assert places(nlp("गांधी नगर में जाम लगा।")) == [("गांधी नगर", "गांधी नगर", "town", "दिल्ली")]


def test_places_inside_organisation_names_are_not_places(full):
    doc = full("लखनऊ विकास प्राधिकरण की बैठक हुई।")
    assert places(doc) == []
    doc = full("लखनऊ : लखनऊ विकास प्राधिकरण की बैठक हुई।")
    assert [s.text for s in doc.spans["places"]] == ["लखनऊ"]  # the dateline


def test_byline_place_unknown_to_gazetteer(full):
    doc = full("संवाद सूत्र, बिसवां (सीतापुर) : तहसील में बैठक हुई।")
    got = [(s.text, attrs(s)["kind"], attrs(s)["dateline"]) for s in doc.spans["places"]]
    assert got[0][0] == "बिसवां" and got[0][2] is True
    assert ("सीतापुर", "district", False) in got


def test_police_station_areas(full):
    doc = full("सिविल लाइंस के पास कटघर थाना क्षेत्र में चोरी हुई। नानपारा कोतवाली क्षेत्र में भी।")
    assert pattern_places(doc) == [("कटघर", "other"), ("नानपारा", "other")]


def test_byline_place_takes_the_bracketed_district(full):
    # a dateline place neither file knows: kind other, with the district and state of the bracket
    doc = full("संवाद सूत्र, कटघर (मुरादाबाद) : तहसील में बैठक हुई।")
    a = attrs(doc.spans["places"][0])
    assert (a["name"], a["kind"], a["district"], a["state"], a["source"]) == (
        "कटघर", "other", "मुरादाबाद", "उत्तर प्रदेश", "dateline")
    # रेवती is an English-only LGD town of that district (Reoti, Ballia; a block of that name too, and a word-like
    # skeleton): linked through the Latin index
    doc = full("संवाद सूत्र, रेवती (बलिया) : तहसील में बैठक हुई।")
    s = doc.spans["places"][0]
    a = attrs(s)
    assert (s.start_char, s.end_char) == (13, 18)
    assert (a["name"], a["name_en"], a["kind"], a["code"], a["district"], a["state"], a["source"], a["dateline"]) == (
        "रेवती", "Reoti", "town", "249500", "बलिया", "उत्तर प्रदेश", "dateline", True)


# --------------------------------------------------------------------------- issue 7: NER calibration, nesting


def test_ner_places_are_calibrated():
    """A NER location the gazetteer lacks is trimmed of place nouns (``करनैलगंज कोतवाली``; ``पिपराइच कस्बे`` is
    the gazetteer's town) and needs a place context after it; a river (``गंगा किनारे``), a road, a Latin fragment or a word before
    a common noun (``मोटंगा औद्योगिक``) is no place."""
    nlp = make_nlp(["hindi_places"])
    text = ("Publish Date: Tue गोरखपुर के पिपराइच कस्बे में मेला लगा। करनैलगंज कोतवाली क्षेत्र में चोरी हुई। "
            "गंगा किनारे घाट बने। सनिगवां रोड पर जाम लगा। मोटंगा औद्योगिक क्षेत्र बना।")
    doc = run(nlp, text, ents=[("Publish Date", "LOC"), ("पिपराइच कस्बे", "LOC"), ("करनैलगंज कोतवाली", "LOC"),
                               ("गंगा", "LOC"), ("सनिगवां रोड", "LOC"), ("मोटंगा", "LOC")])
    got = [(s.text, attrs(s)["kind"], attrs(s)["source"]) for s in doc.spans["places"]]
    # पिपराइच कस्बे: a town of Gorakhpur the gazetteer has in Devanagari (extras.tsv, Pipraich), read before the
    # NER span; करनैलगंज (Karnailganj, Gonda) is not in the document's district: a NER place
    assert got == [("गोरखपुर", "district", "gazetteer"), ("पिपराइच", "town", "gazetteer"),
                   ("करनैलगंज", "other", "ner")]
    pipraich = attrs(doc.spans["places"][1])
    assert (pipraich["name_en"], pipraich["district"], pipraich["state"], pipraich["code"]) == (
        "Pipraich", "गोरखपुर", "उत्तर प्रदेश", None)


def test_ner_place_listed_with_people_is_not_a_place():
    nlp = make_nlp(["hindi_places"])
    text = "आरोपितों में अमन, सोनू, मोनू और राहुल शामिल हैं।"
    doc = run(nlp, text, people=[("अमन", {}), ("मोनू", {}), ("राहुल", {})], ents=[("सोनू", "LOC")])
    assert places(doc) == []


@pytest.mark.parametrize("text,expected", [
    ("गया के शेरघाटी में हादसा हुआ।", ["गया", "शेरघाटी"]),
    ("सागर के बीना में आग लगी।", ["सागर", "बीना"]),
    ("वह गया के पास खड़ा था।", []),
])
def test_a_district_and_its_town_support_each_other(nlp, text, expected):
    assert [p[1] for p in places(nlp(text))] == expected


def test_a_rejected_ner_location_does_not_hide_a_cued_place():
    nlp = make_nlp(["hindi_places"])
    text = "करनैलगंज कोतवाली क्षेत्र के हड़हा गांव में चोरी हुई।"
    doc = run(nlp, text, ents=[("करनैलगंज कोतवाली क्षेत्र के हड़हा गांव में चोरी", "LOC")])
    assert [(s.text, attrs(s)["kind"], attrs(s)["source"]) for s in doc.spans["places"]] == [
        ("करनैलगंज", "other", "pattern"), ("हड़हा", "village", "pattern")]


# --------------------------------------------------------------------------- English-only LGD units (Latin index)
def latin_view(doc):
    return [(s.start_char, s.end_char, attrs(s)["name"], attrs(s)["name_en"], attrs(s)["kind"], attrs(s)["district"],
             attrs(s)["state"], attrs(s)["code"], attrs(s)["source"])
            for s in doc.spans["places"] if attrs(s)["source"] != "gazetteer"]


def test_latin_tehsil_cue_in_the_dateline_district(full):
    # Koil: an English-only LGD tehsil of Aligarh
    text = "अलीगढ़, 5 मई। कोइल तहसील में समाधान दिवस आयोजित हुआ।"
    doc = full(text)
    assert latin_view(doc) == [(14, 18, "कोइल", "Koil", "subdistrict", "अलीगढ़", "उत्तर प्रदेश", "755", "pattern")]
    a = attrs(doc.spans["places"][1])
    assert (a["state_en"], a["state_code"], a["dateline"]) == ("Uttar Pradesh", "9", False)
    assert 0.6 < a["confidence"] < 0.8


def test_latin_blocks_outside_the_hindi_states_and_numbered_blocks(full):
    # West Bengal's blocks are in the Latin index too; a numbered block keeps its number in the name
    # (LGD block BHAGABANGOLA-II and sub-district Burwan, Murshidabad; written भगबानगोला as in Bengali, the
    # Hindi spelling भगवानगोला is an extras.tsv town)
    text = "मुर्शिदाबाद जिले के भगबानगोला-2 ब्लॉक और बुरवान प्रखंड में शिविर लगा।"
    assert latin_view(full(text)) == [
        (20, 31, "भगबानगोला-2", "Bhagabangola", "subdistrict", "मुर्शिदाबाद", "पश्चिम बंगाल", "3004", "pattern"),
        (41, 47, "बुरवान", "Burwan", "subdistrict", "मुर्शिदाबाद", "पश्चिम बंगाल", "2248", "pattern"),
    ]
    text = "मुर्शिदाबाद, 4 मई। भगबानगोला - II प्रखंड में बैठक हुई।"
    assert latin_view(full(text)) == [
        (19, 33, "भगबानगोला - II", "Bhagabangola", "subdistrict", "मुर्शिदाबाद", "पश्चिम बंगाल", "3004", "pattern")]
    # a number after a hyphen without a block word is no part of a place
    assert latin_view(full("मुर्शिदाबाद, 4 मई। भगबानगोला-2 में बैठक हुई।")) == []


def test_latin_tehsil_cue_left_unlinked_when_the_skeleton_is_shared(full):
    # Mangrol (Junagadh) and Mangrol (Surat), two tehsils of Gujarat (and a Mangrol town without district),
    # share a skeleton: the state alone does not decide, the cue still gives a bare sub-district
    doc = full("अहमदाबाद : गुजरात में मंगरोल तहसील में समाधान दिवस हुआ।")
    assert latin_view(doc) == [(22, 28, "मंगरोल", None, "subdistrict", None, "गुजरात", None, "pattern")]


def test_latin_list_and_case_marker_in_the_document_district(full):
    # Junga, Cheta and Tikar: English-only LGD sub-districts of Shimla
    text = "शिमला, 3 जून। जुंगा, चेता और टिक्कर में बारिश हुई।"
    assert latin_view(full(text)) == [
        (14, 19, "जुंगा", "Junga", "subdistrict", "शिमला", "हिमाचल प्रदेश", "183", "latin"),  # listed
        (21, 25, "चेता", "Cheta", "subdistrict", "शिमला", "हिमाचल प्रदेश", "186", "latin"),  # listed
        (29, 35, "टिक्कर", "Tikar", "subdistrict", "शिमला", "हिमाचल प्रदेश", "190", "latin"),  # + में, in Shimla
    ]


@pytest.mark.parametrize("text", [  # (the places of the test above)
    "टिक्कर में बारिश हुई।",  # no state or district in the document
    "लखनऊ, 3 जून। जुंगा, चेता और टिक्कर में बारिश हुई।",  # another state's document
    "हिमाचल प्रदेश में जुंगा, चेता और टिक्कर में बारिश हुई।",  # the state alone: not enough for a case marker
])
def test_latin_words_need_the_document_context(full, text):
    assert latin_view(full(text)) == []


def test_latin_development_blocks_listed(full):
    # Soibugh, Rathsun and Nagam: English-only LGD blocks of Budgam (Jammu and Kashmir); the last by the cue, the
    # others as its list
    text = "बडगाम। सदन ने सोइबुग, रथसून और नागाम विकास खंडों में 38 नए मार्ग स्वीकृत किए।"
    got = latin_view(full(text))
    assert got == [
        (14, 20, "सोइबुग", "Soibugh", "subdistrict", "बडगाम", "जम्मू और कश्मीर", "6921", "latin"),
        (22, 27, "रथसून", "Rathsun", "subdistrict", "बडगाम", "जम्मू और कश्मीर", "6922", "latin"),
        (31, 36, "नागाम", "Nagam", "subdistrict", "बडगाम", "जम्मू और कश्मीर", "19", "pattern"),
    ]


@pytest.mark.parametrize("text,surface,name_en,kind,district", [
    # an area cue in the district named before (Dhauntari, a sub-district of Uttarkashi)
    ("उत्तरकाशी जिले के धौंतरी क्षेत्र से 340 लोगों को निकाला गया।", "धौंतरी", "Dhauntari", "subdistrict", "उत्तरकाशी"),
    # a station cue in the district of the dateline town (Talbehat, Lalitpur; Mehroni block)
    ("तालबेहट : एसपी ने मेहरौनी कोतवाली की जिम्मेदारी सौंपी।", "मेहरौनी", "Mehroni", "subdistrict", "ललितपुर"),
    # a town cue (Joya town and block, Amroha: the town)
    ("अमरोहा, 3 जून। जोया कस्बे में जाम लगा।", "जोया", "Joya", "town", "अमरोहा"),
    # a case marker after "<district> जिले के" (Madannegi, a sub-district of Tehri Garhwal)
    ("टिहरी जिले के मदननेगी में बादल फटा।", "मदननेगी", "Madannegi", "subdistrict", "टिहरी गढ़वाल"),
])
def test_latin_cues_and_case_markers(full, text, surface, name_en, kind, district):
    (got,) = latin_view(full(text))
    start = text.index(surface)
    assert got[:7] == (start, start + len(surface), surface, name_en, kind, district, got[6])
    assert got[7] is not None


def test_latin_ner_location_is_linked():
    nlp = make_nlp(["hindi_places"])
    # Madannegi: an English-only LGD sub-district of Tehri Garhwal, the only one of that skeleton in Uttarakhand
    text = "टिहरी के मदननेगी क्षेत्र के लोग आए।"
    doc = run(nlp, text, ents=[("मदननेगी", "LOC")])
    got = [(s.text, attrs(s)["kind"], attrs(s)["name_en"], attrs(s)["district"], attrs(s)["source"])
           for s in doc.spans["places"]]
    assert ("मदननेगी", "subdistrict", "Madannegi", "टिहरी गढ़वाल", "pattern") in got  # the area cue comes first
    text = "उत्तराखंड के मदननेगी से लोग आए।"
    doc = run(nlp, text, ents=[("मदननेगी", "LOC")])
    (s,) = [s for s in doc.spans["places"] if s.text == "मदननेगी"]
    assert (attrs(s)["kind"], attrs(s)["name_en"], attrs(s)["state"], attrs(s)["source"]) == (
        "subdistrict", "Madannegi", "उत्तराखंड", "ner")


@pytest.mark.parametrize("text", [
    "भरतपुर, 4 मई। पहाड़ी क्षेत्र में बारिश हुई। बड़ी संख्या में लोग आए।",  # Pahari tehsil (Bharatpur): a word
    "बदायूं, 5 मई। जगत का कल्याण हो। जगत में शांति रहे।",  # जगत (world) ~ Jagat block (Budaun), a word-like skeleton
    "बस्ती, 5 मई। तहसील परिसर में और तहसील दिवस पर बैठक हुई। ब्लॉक प्रमुख आए। कस्बे में जाम लगा।",
    "करनाल, 3 जून। राजेश, सुनील और अमन में झगड़ा हुआ। सभी ने कहा कि उन्हें न्याय मिलेगा।",
])
def test_latin_index_does_not_turn_common_words_into_places(full, text):
    assert latin_view(full(text)) == []


def test_a_government_names_its_place_and_wards_close_a_list(full):
    doc = full("विशेष गिरदावरी के बावजूद पंजाब सरकार ने मुआवजा जारी नहीं किया। महापौर ने बताया कि भ्यूली, खलियार और "
               "समखेतर वार्डों में पाइपलाइन बिछेगी।")
    assert [p[0] for p in places(doc)] == ["पंजाब", "भ्यूली", "खलियार", "समखेतर"]
    assert [s.text for s in doc.spans["organizations"]] == ["पंजाब सरकार"]


def test_one_place_record_per_name_and_resident_places():
    from extract import Extractor

    text = ("औरंगाबाद जिले में गिरफ्तार धंधेबाजों में खुदवां निवासी रामाशीष चौधरी और दाउदनगर निवासी सुनील शामिल हैं। "
            "ओबरा, दाउदनगर और हसपुरा प्रखंडों में अभियान चला।")
    rec = Extractor(model="blank")(text)
    names = [p.normalized for p in rec.places]
    assert names.count("दाउदनगर") == 1 and "खुदवां" in names
    daud = next(p for p in rec.places if p.normalized == "दाउदनगर")
    assert [m.start for m in daud.mentions] == [text.index("दाउदनगर"), text.rindex("दाउदनगर")]


def test_bracketed_district_after_the_dateline_place_even_when_a_word():
    from extract import Extractor

    rec = Extractor()("लाखेरी (बूंदी), 22 जुलाई 2025। संयंत्र ने शिविर लगाया।")
    assert [(p.name, p.kind) for p in rec.places] == [("लाखेरी", "town"), ("बूंदी", "district")]


@pytest.mark.parametrize("text,expected", [
    # a hamlet word opens a two-word village name
    ("करहल थाना क्षेत्र के गांव नगला केशव निवासी रामवीर सिंह ने तहरीर दी।", ("नगला केशव", "village")),
    # a list closed by पंचायत समितियों names blocks (Gogunda: an extras.tsv town; Sayra: an English-only LGD block
    # of Udaipur)
    ("उदयपुर जिले के गोगुंदा और सायरा पंचायत समितियों के विद्यालयों में कक्षाएं शुरू हुईं।",
     ("सायरा", "subdistrict")),
    # X थाना के: a gazetteer town of the document's district
    ("वैशाली जिले में जंदाहा थाना के दारोगा को लाइन हाजिर किया गया।", ("जंदाहा", "town")),
])
def test_hamlets_block_lists_and_station_towns(text, expected):
    from extract import Extractor

    rec = Extractor()(text)
    assert expected in [(p.name, p.kind) for p in rec.places]


def test_regions_have_their_own_kind():
    from extract import Extractor

    rec = Extractor()("बांदा जिले समेत पूरे बुंदेलखंड में पानी की किल्लत है।")
    assert ("बुंदेलखंड", "region") in [(p.name, p.kind) for p in rec.places]


@pytest.mark.parametrize("text,expected,absent", [
    # X स्थित, X मोहल्ले, X इकाई: a locality or a town named before the word that places it
    ("बैठक मंगलवार को मोतीझील स्थित सभागार में हुई।", ["मोतीझील"], []),
    ("दाउदनगर के मौलाबाग मोहल्ले में एक गोदाम से शराब मिली।", ["मौलाबाग"], []),
    ("उन्हें किंग्सवे कैंप स्थित बाल गृह में भेजा गया।", ["किंग्सवे कैंप"], []),
    ("भिवानी में लोहारू इकाई के प्रधान आए।", ["लोहारू"], []),
    # the two ends of a route
    ("हटा तहसील में रनेह से मड़ियादो तक बन रही सड़क में गड़बड़ी मिली।", ["रनेह", "मड़ियादो"], []),
    # roads, crossings and a person's name are no places
    ("बैठक करनाल रोड स्थित पार्टी कार्यालय में हुई। राम से श्याम तक सब आए।", [], ["रोड", "करनाल रोड", "राम"]),
])
def test_located_units_and_routes(text, expected, absent):
    from extract import Extractor

    names = [p.name for p in Extractor()(text).places]
    assert all(x in names for x in expected) and not any(x in names for x in absent), names


def test_named_markets_are_localities():
    from extract import Extractor

    names = [p.name for p in Extractor()("कार्यालय : नेहरू बाजार, झुंझुनूं").places]
    assert names == ["नेहरू बाजार", "झुंझुनूं"]


def test_latin_list_closed_by_an_area_plural(full):
    # a list closed by क्षेत्रों reads like one closed by a case marker: in the district first, then its neighbours
    # (English-only LGD mandals of Telangana: Chunchupalli and Tekulapalli in Bhadradri Kothagudem, Odela in
    # Peddapalli, Kasipet in Mancherial)
    text = ("कोठागुडेम, 20 सितंबर। भद्राद्री कोठागुडेम जिले में बैठक हुई। उन्होंने चुंचुपल्ली, टेकुलापल्ली, ओडेला और "
            "कासिपेट क्षेत्रों के अधिकारियों से बात की।")
    got = [(g[2], g[3], g[5]) for g in latin_view(full(text))]
    assert got == [("चुंचुपल्ली", "Chunchupalli", "भद्राद्री कोठागुडेम"),
                   ("टेकुलापल्ली", "Tekulapalli", "भद्राद्री कोठागुडेम"),
                   ("ओडेला", "Odela", "पेद्दापल्ली"), ("कासिपेट", "Kasipet", "मंचेरियल")]


def test_a_town_known_only_in_another_state_leaves_the_cue_rules_alone(full):
    # कल्याणपुर is an Uttar Pradesh town of extras.tsv; in a Bihar note the cue (पंचायत) still reads its village
    text = "गोपालगंज, 5 मई। बीडीओ ने बताया कि प्रखंड की कल्याणपुर पंचायत में 37 अपात्र लाभुक मिले।"
    doc = full(text)
    got = [(attrs(s)["name"], attrs(s)["state"]) for s in doc.spans["places"] if s.text == "कल्याणपुर"]
    assert got == [("कल्याणपुर", "बिहार")]


def test_a_multiword_town_is_no_person(full):
    # निहाल सिंह वाला (Punjab): not a person निहाल सिंह and a place वाला
    text = "मोगा। इसमें धर्मकोट, बाघापुराना और निहाल सिंह वाला तहसीलों के 46 गांवों से किसान आए।"
    doc = full(text)
    assert [s.text for s in doc.spans["people"]] == []
    (p,) = [s for s in doc.spans["places"] if "निहाल" in s.text]
    assert (p.text, p.start_char, attrs(p)["district"]) == ("निहाल सिंह वाला", text.index("निहाल"), "मोगा")


@pytest.mark.parametrize("text,expected", [
    # a direction after a place before पंचायत/गांव names a village split from it (both words)
    ("पुलिस ने महनार प्रखंड की हसनपुर दक्षिणी पंचायत के सचिव को पकड़ा।", [("हसनपुर दक्षिणी", "village")]),
    # two unknown words after a function word before गांव name it; not a participle (सटे)
    ("नाकाबंदी के दौरान गुमथला गढ़ू गांव के युवक को पकड़ा।", [("गुमथला गढ़ू", "village")]),
    ("जंगल से सटे सांवल्दे गांव में बाघ दिखा।", [("सांवल्दे", "village")]),
])
def test_directional_and_two_word_villages(full, text, expected):
    assert [(t, k) for t, k in pattern_places(full(text)) if k == "village"] == expected


@pytest.mark.parametrize("text,expected", [
    # a village part word names the unknown word before it a village (not कला, art)
    ("बीईओ ने गढ़िया रंगीन और पैना बुजुर्ग के विद्यालयों का निरीक्षण किया।", [("पैना बुजुर्ग", "village")]),
    ("जिले की काष्ठ कला प्रसिद्ध है।", []),
    # a hamlet word before an adverb-like word
    ("आरोप लगाया कि ग्राम पंचायत नगला तौर के मजदूरों को भुगतान नहीं हुआ।", [("नगला तौर", "village")]),
])
def test_village_part_words_and_hamlets(full, text, expected):
    assert [(t, k) for t, k in pattern_places(full(text)) if k == "village"] == expected


@pytest.mark.parametrize("text,expected", [
    # unknown proper words listed with a gazetteer place, the list closed by a case marker or a list gap
    ("धमतरी, 5 मार्च। पुलिस ने बताया कि कुरूद और झिरकाटोला के पास नाके लगाए गए।", ["झिरकाटोला"]),
    ("धमतरी, 5 मार्च। शिविर कुरूद, झिरकाटोला और बेलरगांव सहित सात जगहों पर लगेंगे।", ["झिरकाटोला", "बेलरगांव"]),
    # no list close (a word after the last item), the last word of a longer name, common words
    ("धमतरी, 5 मार्च। कुरूद और झिरकाटोला प्रस्ताव पर चर्चा हुई।", []),
    ("धमतरी, 5 मार्च। टीम ने स्टेशन रोड और कुरूद में जांच की।", []),
    ("धमतरी, 5 मार्च। कुरूद में डकैती का खुलासा, पांच गिरफ्तार।", []),
])
def test_unknown_words_listed_with_places(full, text, expected):
    doc = full(text)
    got = [s.text for s in doc.spans["places"] if attrs(s).get("confidence") == 0.55]
    assert got == expected
    for s in doc.spans["places"]:
        assert text[s.start_char:s.end_char] == s.text


def test_a_sentence_final_verb_is_no_ner_place(full):
    doc = full("तहसीलदार को निर्देश दिया कि बस पड़ावों पर शेड का काम 31 दिसंबर तक पूरी कराएं।")
    assert [s.text for s in doc.spans["places"]] == []


@pytest.mark.parametrize("text,expected,absent", [
    # a size or direction word before a local place opens a place of its own
    ("चाईबासा, 5 मार्च। समिति ने सेरेंगसिया और बड़ा झींकपानी गांव के कीटपालकों से कोकून खरीदे।",
     ["बड़ा झींकपानी"], ["झींकपानी"]),
    ("सेरछिप, 5 मार्च। प्रशिक्षण में पूर्वी लुंगदार गांव की महिलाएं आईं।", ["पूर्वी लुंगदार"], ["लुंगदार"]),
    # not before a state
    ("पूर्वी उत्तर प्रदेश में बारिश हुई।", ["उत्तर प्रदेश"], ["पूर्वी उत्तर प्रदेश"]),
])
def test_size_and_direction_words_open_a_place(full, text, expected, absent):
    doc = full(text)
    names = [s.text for s in doc.spans["places"]]
    assert all(x in names for x in expected) and not any(x in names for x in absent), names
    for s in doc.spans["places"]:
        assert text[s.start_char:s.end_char] == s.text == attrs(s)["name"] or attrs(s)["kind"] in ("state", "district")


@pytest.mark.parametrize("text,expected", [
    # a unit (इकाई) is named by a known town only: a product or process before it is no place
    ("धागा महंगा होने पर तिरुपुर की होजरी इकाइयों में तीन दिन उत्पादन बंद रहा।", ["तिरुपुर"]),
    ("नालों में रंगीन पानी छोड़ रही 23 जींस धुलाई इकाइयों को नोटिस मिला।", []),
    ("भिवानी में लोहारू इकाई के प्रधान आए।", ["भिवानी", "लोहारू"]),
])
def test_a_unit_is_named_by_a_known_town_only(full, text, expected):
    doc = full(text)
    assert [s.text for s in doc.spans["places"]] == expected


def test_a_list_closed_by_mandals(full):
    # मंडलों (Andhra and Telangana mandals, or UP divisions) closes a list of sub-district units
    text = "राजमहेंद्रवरम, 5 मार्च। सीएसआर के तहत सखिनेटिपल्ली और ममिडिकुदुरु मंडलों के 300 मछुआरों को जैकेट दी गई।"
    doc = full(text)
    assert [s.text for s in doc.spans["places"]] == ["राजमहेंद्रवरम", "सखिनेटिपल्ली", "ममिडिकुदुरु"]

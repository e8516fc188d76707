"""People (names, honorifics, merging) and roles (designations) from hindi_people."""
import pytest
from spacy.language import Language

from extract.names import (
    NameLexicon,
    clean_abbreviations,
    form_keys,
    merge_mentions,
    name_key,
    romanize,
    romanize_ascii,
)
from extract.components.people import plural_oblique
from extract.pipeline import make_nlp
from extract.resources import read_tsv
from extract.spans import attrs
from extract.text import normalize_key


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_people", "hindi_organizations"])


def roles_of(doc):
    """canonical name -> the set of its role titles"""
    return {k: v["roles"] for k, v in persons(doc).items()}


def persons(doc):
    """canonical name -> {id, mentions, honorifics, roles (titles), role_attrs}"""
    out = {}
    by_id = {}
    for span in doc.spans["people"]:
        a = attrs(span)
        p = out.setdefault(a["canonical"], dict(id=a["person"], mentions=[], honorifics=[], roles=set(), role_attrs=[]))
        assert p["id"] == a["person"], "one canonical name, one id"
        p["mentions"].append(span.text)
        p["honorifics"].append(a["honorific"])
        by_id[a["person"]] = p
    for span in doc.spans["roles"]:
        a = attrs(span)
        for pid in a["persons"]:
            by_id[pid]["roles"].add(a["title"])
            by_id[pid]["role_attrs"].append(a)
    return out


def role(doc, title):
    found = [attrs(s) for s in doc.spans["roles"] if attrs(s)["title"] == title]
    assert found, f"no role {title!r} in {[s.text for s in doc.spans['roles']]}"
    return found[0]


def check_offsets(doc):
    for span in doc.spans["people"]:
        a = attrs(span)
        assert doc.text[span.start_char:span.end_char] == span.text
        if a["honorific"] is not None:
            assert doc.text[a["honorific_start"]:a["honorific_end"]] == a["honorific"]
            assert a["honorific"] not in span.text.split()
        assert 0 < a["confidence"] <= 1
        assert a["person"].startswith("P")
    ids = {attrs(s)["person"] for s in doc.spans["people"]}
    for span in doc.spans["roles"]:
        a = attrs(span)
        # the title as written; a plural post (सह संयोजकों) holds its singular (सह संयोजक)
        assert span.text == a["title"] or span.text.rpartition(" ")[0] == a["title"].rpartition(" ")[0] \
            and plural_oblique(a["title"].split()[-1]) == span.text.split()[-1]
        assert set(a["persons"]) <= ids
        assert 0 < a["confidence"] <= 1


# --------------------------------------------------------------------------- the seed note

SEED_PEOPLE = {
    "संजय राय": ("श्री", {"प्रदेश प्रवक्ता", "प्रदेश संयोजक"}),
    "भूपेन्द्र यादव": ("मा०", {"राष्ट्रीय महामंत्री"}),
    "महेन्द्रनाथ पाण्डेय": ("डॉ०", {"प्रदेश अध्यक्ष"}),
    "सुनील बंसल": (None, {"प्रदेश महामंत्री"}),
    "अंकित चंदेल": (None, {"प्रदेश सह संयोजक"}),
    "कामेश्वर मिश्रा": (None, {"प्रदेश सह संयोजक"}),
    "विनीत मालवीय": (None, {"प्रदेश सह संयोजक"}),
    "सौरभ मारोदिया": (None, {"प्रदेश सह संयोजक"}),
    "प्रशांत राठौड़": (None, {"प्रदेश टीम सदस्य"}),
    "शुभम मिश्रा": (None, {"प्रदेश टीम सदस्य"}),
}


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    return nlp(seed_text)


def test_seed_people(seed_doc):
    got = persons(seed_doc)
    assert set(got) == set(SEED_PEOPLE)
    for name, (honorific, roles) in SEED_PEOPLE.items():
        assert got[name]["honorifics"][0] == honorific, name
        assert got[name]["roles"] == roles, name
    assert len({p["id"] for p in got.values()}) == 10
    assert [p["id"] for p in got.values()] == [f"P{i}" for i in range(1, 11)]  # ids in order of first mention
    check_offsets(seed_doc)


def test_seed_sanjay_rai_is_merged(seed_doc):
    rai = persons(seed_doc)["संजय राय"]
    assert rai["mentions"] == ["संजय राय", "राय"]
    assert rai["honorifics"] == ["श्री", "श्री"]
    spans = [s for s in seed_doc.spans["people"] if attrs(s)["person"] == rai["id"]]
    assert "श्री राय ने" in seed_doc.text[spans[1].start_char - 5:spans[1].end_char + 3]
    assert "श्री संजय राय से बताया" in seed_doc.text  # the seed's typo does not stop the name


def test_seed_roles(seed_doc):
    spokes = role(seed_doc, "प्रदेश प्रवक्ता")
    conv = role(seed_doc, "प्रदेश संयोजक")
    assert spokes["persons"] == conv["persons"] == ["P1"]
    assert conv["organization"] == "आईटी विभाग" and conv["org"] == "आईटी विभाग"
    assert conv["level"] == "प्रदेश" and conv["base"] == "संयोजक"
    gs = role(seed_doc, "प्रदेश महामंत्री")
    assert gs["qualifier"] == "संगठन" and gs["base"] == "महामंत्री" and gs["level"] == "प्रदेश"
    co = role(seed_doc, "प्रदेश सह संयोजक")
    assert co["base"] == "सह संयोजक" and len(co["persons"]) == 4
    team = role(seed_doc, "प्रदेश टीम सदस्य")
    assert team["base"] == "सदस्य" and len(team["persons"]) == 2
    nat = role(seed_doc, "राष्ट्रीय महामंत्री")
    assert nat["level"] == "राष्ट्रीय" and nat["former"] is False


def test_seed_no_spurious_people(seed_doc):
    texts = {s.text for s in seed_doc.spans["people"]}
    for word in ("नमो", "साइबर", "योद्धा", "भाजपा", "आईटी", "प्रदेश", "बैठक"):
        assert not any(word in t.split() for t in texts), word
    # generic designations are role mentions without a person
    unlinked = [s.text for s in seed_doc.spans["roles"] if not attrs(s)["persons"]]
    assert "संयोजक" in unlinked and "जिला प्रभारी" in unlinked
    assert all(attrs(s)["confidence"] < 0.7 for s in seed_doc.spans["roles"] if not attrs(s)["persons"])


def test_seed_name_latin(seed_doc):
    pytest.importorskip("indic_transliteration")
    latin = {attrs(s)["canonical"]: attrs(s)["name_latin"] for s in seed_doc.spans["people"]}
    assert latin["महेन्द्रनाथ पाण्डेय"] == "Mahendranāth Pāṇḍey"
    assert latin["संजय राय"] == "Sañjay Rāy"
    ascii_ = {attrs(s)["canonical"]: attrs(s)["name_ascii"] for s in seed_doc.spans["people"]}
    assert ascii_["महेन्द्रनाथ पाण्डेय"] == "Mahendranath Pandey"
    assert ascii_["प्रशांत राठौड़"] == "Prashant Rathaur"


# --------------------------------------------------------------------------- designations


def test_jurisdiction(nlp):
    doc = nlp("झारखंड के मुख्यमंत्री शिबू सोरेन ने कहा कि राज्य में विकास होगा।")
    got = persons(doc)
    assert set(got) == {"शिबू सोरेन"}
    r = role(doc, "मुख्यमंत्री")
    assert r["jurisdiction"] == "झारखंड" and r["base"] == "मुख्यमंत्री" and r["organization"] is None
    assert r["persons"] == [got["शिबू सोरेन"]["id"]]
    check_offsets(doc)


def test_former_holder(nlp):
    doc = nlp("पूर्व मंत्री श्री राम सिंह ने कार्यक्रम का उद्घाटन किया।")
    r = role(doc, "पूर्व मंत्री")
    assert r["former"] is True and r["base"] == "मंत्री"
    assert persons(doc)["राम सिंह"]["roles"] == {"पूर्व मंत्री"}
    doc = nlp("इससे पूर्व में भी बैठक हुई थी।")
    assert not doc.spans["roles"]


def test_former_with_jurisdiction_and_portfolio(nlp):
    doc = nlp("झारखंड के पूर्व कृषि मंत्री श्री रामचंद्र महतो ने कहा।")
    r = role(doc, "पूर्व कृषि मंत्री")
    assert (r["former"], r["portfolio"], r["base"], r["jurisdiction"]) == (True, "कृषि", "मंत्री", "झारखंड")


def test_composed_designations(nlp):
    doc = nlp("केंद्रीय वित्त मंत्री अरुण जेटली ने बजट पेश किया। मध्यप्रदेश के नगरीय विकास एवं आवास मंत्री "
              "श्री देवकीनंदन चौकसे ने समीक्षा की। अपर नगर आयुक्त दुर्गेश मिश्रा उपस्थित रहे।")
    r = role(doc, "केंद्रीय वित्त मंत्री")
    assert (r["level"], r["portfolio"], r["base"]) == ("केंद्रीय", "वित्त", "मंत्री")
    r = role(doc, "नगरीय विकास एवं आवास मंत्री")
    assert r["portfolio"] == "नगरीय विकास एवं आवास" and r["jurisdiction"] == "मध्यप्रदेश"
    r = role(doc, "अपर नगर आयुक्त")
    assert (r["level"], r["base"]) == ("नगर", "आयुक्त")
    assert set(persons(doc)) == {"अरुण जेटली", "देवकीनंदन चौकसे", "दुर्गेश मिश्रा"}


@pytest.mark.parametrize("text,title,base,expansion,name", [
    ("डीएम संजय कुमार ने निरीक्षण किया।", "डीएम", "डीएम", "जिलाधिकारी", "संजय कुमार"),
    ("एसपी अजय पाल शर्मा ने कहा।", "एसपी", "एसपी", "पुलिस अधीक्षक", "अजय पाल शर्मा"),
    ("सीएम योगी आदित्यनाथ ने कहा।", "सीएम", "सीएम", "मुख्यमंत्री", "योगी आदित्यनाथ"),
    ("जेई एके रोहिला को निर्देश दिए गए।", "जेई", "जेई", "अवर अभियन्ता", "एके रोहिला"),
    ("डी.एम. संजय कुमार ने निरीक्षण किया।", "डी.एम.", "डीएम", "जिलाधिकारी", "संजय कुमार"),
    ("जे०ई० राम प्रकाश ने बताया।", "जे०ई०", "जेई", "अवर अभियन्ता", "राम प्रकाश"),
    ("सेक्रेटरी अनिल कुमार ने कहा।", "सेक्रेटरी", "सेक्रेटरी", "सचिव", "अनिल कुमार"),
    ("कमिश्नर दीपक अग्रवाल ने कहा।", "कमिश्नर", "कमिश्नर", "आयुक्त", "दीपक अग्रवाल"),
    ("अधिशासी अभियंता राकेश कुमार ने कहा।", "अधिशासी अभियंता", "अधिशासी अभियन्ता", None, "राकेश कुमार"),
])
def test_loan_words_and_variants(nlp, text, title, base, expansion, name):
    doc = nlp(text)
    r = role(doc, title)
    assert r["base"] == base and r["expansion"] == expansion
    got = persons(doc)
    assert set(got) == {name}
    assert r["persons"] == [got[name]["id"]]


def test_role_organization(nlp):
    doc = nlp("भाजपा के प्रदेश अध्यक्ष स्वतंत्र देव सिंह ने स्वागत किया। सपा जिलाध्यक्ष नगीना प्रसाद ने कहा।")
    r = role(doc, "प्रदेश अध्यक्ष")
    assert r["organization"] == "भाजपा" and r["org"] == "भारतीय जनता पार्टी" and r["jurisdiction"] is None
    r = role(doc, "जिलाध्यक्ष")
    assert r["organization"] == "सपा" and r["level"] == "जिला" and r["base"] == "अध्यक्ष"
    assert set(persons(doc)) == {"स्वतंत्र देव सिंह", "नगीना प्रसाद"}


def test_coordinated_roles_of_one_person(nlp):
    doc = nlp("विशिष्ट अतिथि के रूप में प्रदेश उपाध्यक्ष एवं विधायक श्रीमती सरिता देवी उपस्थित थीं।")
    got = persons(doc)
    assert got["सरिता देवी"]["roles"] == {"प्रदेश उपाध्यक्ष", "विधायक"}
    assert got["सरिता देवी"]["honorifics"] == ["श्रीमती"]


def test_role_introducing_lists(nlp):
    doc = nlp("बैठक में जिला उपाध्यक्ष राजकुमार सिंह, श्याम सुंदर यादव, मोहनलाल साहू, जिला मंत्री पूनम कुमारी "
              "सहित सभी मंडल अध्यक्ष उपस्थित थे।")
    got = persons(doc)
    assert set(got) == {"राजकुमार सिंह", "श्याम सुंदर यादव", "मोहनलाल साहू", "पूनम कुमारी"}
    for name in ("राजकुमार सिंह", "श्याम सुंदर यादव", "मोहनलाल साहू"):
        assert got[name]["roles"] == {"जिला उपाध्यक्ष"}
    assert got["पूनम कुमारी"]["roles"] == {"जिला मंत्री"}
    assert attrs(doc.spans["roles"][-1])["persons"] == []  # सभी मंडल अध्यक्ष


def test_list_with_a_word_the_lexicons_do_not_know(nlp):
    doc = nlp("बैठक में मंडल कोऑर्डिनेटर लक्ष्मण प्रसाद बौद्ध, नरेश कुमार वर्मा, पूर्व विधायक श्रीमती कुसुम राजपूत "
              "तथा जिलाध्यक्ष रामप्रकाश कुशवाहा सहित सेक्टर प्रभारी उपस्थित रहे।")
    got = persons(doc)
    assert set(got) == {"लक्ष्मण प्रसाद बौद्ध", "नरेश कुमार वर्मा", "कुसुम राजपूत", "रामप्रकाश कुशवाहा"}
    assert got["नरेश कुमार वर्मा"]["roles"] == {"मंडल कोऑर्डिनेटर"}
    assert got["कुसुम राजपूत"]["roles"] == {"पूर्व विधायक"}


@pytest.mark.parametrize("text,name,title", [
    ("बैठक में संजय राय, जिलाधिकारी, ने निर्देश दिए।", "संजय राय", "जिलाधिकारी"),
    ("राम सिंह (जेई) मौके पर पहुंचे।", "राम सिंह", "जेई"),
    ("निरीक्षण के समय सुनीता वर्मा, तहसीलदार, मौजूद रहीं।", "सुनीता वर्मा", "तहसीलदार"),
])
def test_name_then_role(nlp, text, name, title):
    doc = nlp(text)
    got = persons(doc)
    assert set(got) == {name}
    r = role(doc, title)
    assert r["persons"] == [got[name]["id"]] and r["link"] == "name_then_role"


def test_role_with_parenthesised_qualifier(nlp):
    doc = nlp("डीन (छात्र कल्याण) प्रो. मीनाक्षी भार्गव ने प्रस्ताव रखा।")
    r = role(doc, "डीन")
    assert r["qualifier"] == "छात्र कल्याण"
    assert persons(doc)["मीनाक्षी भार्गव"]["roles"] == {"डीन"}


def test_a_place_between_designation_and_name(nlp):
    doc = nlp("पुलिस ने बताया कि थानाध्यक्ष कैंट रवि राय मौके पर पहुंचे।")
    assert set(persons(doc)) == {"रवि राय"}
    assert role(doc, "थानाध्यक्ष")["jurisdiction"] == "कैंट"


def test_honorific_before_the_designation(nlp):
    doc = nlp("मा० मुख्यमंत्री श्री योगी आदित्यनाथ जी ने समीक्षा की।")
    span = doc.spans["people"][0]
    a = attrs(span)
    assert span.text == "योगी आदित्यनाथ"
    assert a["honorific"] == "श्री" and a["honorific_suffix"] == "जी"
    assert role(doc, "मुख्यमंत्री")["persons"] == [a["person"]]


def test_unlinked_roles(nlp):
    doc = nlp("जिलाधिकारी ने बताया कि पुलिस अधीक्षक ने सुरक्षा की समीक्षा की। कार्यक्रम में विधायक, सांसद और पार्षद "
              "उपस्थित रहे।")
    assert not doc.spans["people"]
    assert [s.text for s in doc.spans["roles"]] == ["जिलाधिकारी", "पुलिस अधीक्षक", "विधायक", "सांसद", "पार्षद"]
    assert all(attrs(s)["persons"] == [] for s in doc.spans["roles"])


# --------------------------------------------------------------------------- names and honorifics


@pytest.mark.parametrize("text,name,honorific", [
    ("डॉ. राम प्रसाद ने कहा।", "राम प्रसाद", "डॉ."),
    ("डॉ० रामअवतार कुशवाहा ने कहा।", "रामअवतार कुशवाहा", "डॉ०"),
    ("डा० सुखलाल अहिरवार ने कहा।", "सुखलाल अहिरवार", "डा०"),
    ("प्रो. के.के. शर्मा ने कहा।", "के.के. शर्मा", "प्रो."),
    ("श्रीमती सुषमा स्वराज ने कहा।", "सुषमा स्वराज", "श्रीमती"),
    ("सुश्री मायावती ने विरोध किया।", "मायावती", "सुश्री"),
    ("कुमारी रीता ने कहा।", "रीता", "कुमारी"),
    ("स्व. राजीव गांधी को श्रद्धांजलि दी गई।", "राजीव गांधी", "स्व."),
    ("पं० दीनदयाल उपाध्याय की जयंती मनाई गई।", "दीनदयाल उपाध्याय", "पं०"),
    ("मा० श्री राम नाईक ने कहा।", "राम नाईक", "मा० श्री"),
    ("माननीय श्री देवकीनंदन चौकसे ने कहा।", "देवकीनंदन चौकसे", "माननीय श्री"),
    ("योगी जी ने कहा कि प्रदेश का विकास होगा।", "योगी", "जी"),
])
def test_honorific_styles(nlp, text, name, honorific):
    doc = nlp(text)
    assert [s.text for s in doc.spans["people"]] == [name]
    a = attrs(doc.spans["people"][0])
    assert a["honorific"] == honorific and a["canonical"] == name
    check_offsets(doc)


def test_abbreviation_only_honorifics(nlp):
    # मा/डा are honorifics only with an abbreviation mark
    doc = nlp("मा ने कहा। डा राम।")
    assert not doc.spans["people"]


def test_initials(nlp):
    doc = nlp("अधिशासी अभियन्ता ए. के. वालिया ने बताया कि श्री वालिया जल्द निरीक्षण करेंगे। एके वालिया ने भी कहा।")
    got = persons(doc)
    assert set(got) == {"ए. के. वालिया"}
    assert got["ए. के. वालिया"]["mentions"] == ["ए. के. वालिया", "वालिया", "एके वालिया"]
    assert got["ए. के. वालिया"]["roles"] == {"अधिशासी अभियन्ता"}
    if romanize("राम") is not None:
        assert attrs(doc.spans["people"][0])["name_latin"] == "A. K. Vāliyā"


def test_ambiguous_partial_mention_stays_separate(nlp):
    doc = nlp("कामेश्वर मिश्रा, शुभम मिश्रा आये। श्री मिश्रा ने कहा।")
    got = persons(doc)
    assert set(got) == {"कामेश्वर मिश्रा", "शुभम मिश्रा", "मिश्रा"}
    assert len({p["id"] for p in got.values()}) == 3


def test_repeats_and_partial_mentions(nlp):
    doc = nlp("जिलाधिकारी श्री प्रवीण कुमार मिश्र ने निर्देश दिए। बाद में प्रवीण कुमार मिश्र ने कहा। मिश्र ने बताया। "
              "जनता की राय से काम होगा।")
    got = persons(doc)
    assert set(got) == {"प्रवीण कुमार मिश्र"}
    assert got["प्रवीण कुमार मिश्र"]["mentions"] == ["प्रवीण कुमार मिश्र", "प्रवीण कुमार मिश्र", "मिश्र"]
    assert "राय" not in {s.text for s in doc.spans["people"]}


def test_no_name_without_evidence(nlp):
    doc = nlp("आज लखनऊ में बैठक हुई। विकास कार्यों की समीक्षा की गई। सोशल मीडिया पर नमो एप का प्रचार हुआ। "
              "कमल का फूल खिला। पार्टी का हर कार्यकर्ता बूथ को मजबूत करे।")
    assert not doc.spans["people"]


def test_known_names_without_designation(nlp):
    doc = nlp("इस अवसर पर राम सिंह, श्याम लाल गुप्ता, मोहन यादव, दिनेश आदि उपस्थित रहे।")
    got = persons(doc)
    assert set(got) == {"राम सिंह", "श्याम लाल गुप्ता", "मोहन यादव", "दिनेश"}
    assert all(attrs(s)["confidence"] < 0.7 for s in doc.spans["people"])
    nlp2 = make_nlp(["hindi_people"])
    nlp2.get_pipe("hindi_people").lexicon_names = False
    assert not nlp2("इस अवसर पर राम सिंह, श्याम लाल गुप्ता उपस्थित रहे।").spans["people"]


@Language.component("test_fake_ner")
def _fake_ner(doc):
    ents = []
    for label, text in (("PERSON", "श्री रमेश पोखरियाल"), ("PERSON", "निशंक"), ("ORG", "हिमालयन पर्यावरण अध्ययन ट्रस्ट")):
        i = doc.text.find(text)
        if i >= 0:
            ents.append(doc.char_span(i, i + len(text), label=label))
    doc.ents = ents
    return doc


def test_ner_entities_are_merged_in():
    nlp = make_nlp(["hindi_people", "hindi_organizations"])
    nlp.add_pipe("test_fake_ner", before="hindi_people")
    doc = nlp("कार्यक्रम में श्री रमेश पोखरियाल ने हिमालयन पर्यावरण अध्ययन ट्रस्ट की सराहना की। निशंक ने कहा कि सब ठीक है।")
    got = persons(doc)
    assert set(got) == {"रमेश पोखरियाल", "निशंक"}
    first = attrs(doc.spans["people"][0])
    assert first["honorific"] == "श्री" and set(first["evidence"]) == {"honorific", "ner"}
    assert attrs(doc.spans["people"][1])["evidence"] == ["ner"]
    orgs = [(s.text, attrs(s)["evidence"]) for s in doc.spans["organizations"]]
    assert orgs == [("हिमालयन पर्यावरण अध्ययन ट्रस्ट", "ner")]


@Language.component("test_fake_ner_calibration")
def _fake_ner_calibration(doc):
    ents = []
    for label, text in (("PERSON", "आइटम्स"), ("PERSON", "कन्वेंशन"), ("PERSON", "अली मस्जिद"),
                        ("PERSON", "सुहृद अध्येता"), ("ORG", "सब ठीक"), ("ORG", "हिमालयन पर्यावरण अध्ययन ट्रस्ट"),
                        ("LOC", "Publish Date"), ("LOC", "मोटंगा"), ("LOC", "काकरभिट्टा"), ("LOC", "झापा"),
                        ("LOC", "केस्को"), ("LOC", "गंगा")):
        i = doc.text.find(text)
        if i >= 0:
            ents.append(doc.char_span(i, i + len(text), label=label))
    doc.ents = ents
    return doc


def test_ner_entities_are_calibrated():
    """Backbone NER entities are taken only with support: a known name word or an honorific for a person, an
    organisation head for an organisation the lexicon lacks, Devanagari and a place context after a place."""
    nlp = make_nlp(["hindi_dateline", "hindi_people", "hindi_organizations", "hindi_places"])
    nlp.add_pipe("test_fake_ner_calibration", before="hindi_dateline")
    doc = nlp("Publish Date: Tue, 17 Oct 2023 बैठक में आइटम्स पर चर्चा हुई। श्री कन्वेंशन आए। अली मस्जिद गए। "
              "सुहृद अध्येता एवं अन्य थे। सब ठीक रहा। हिमालयन पर्यावरण अध्ययन ट्रस्ट की सराहना की। वे मोटंगा औद्योगिक "
              "क्षेत्र गए। फिर काकरभिट्टा से झापा तक गए। केस्को के अधिकारी और गंगा संरक्षण वाले आए।")
    assert [(s.text, attrs(s)["evidence"]) for s in doc.spans["people"]] == [("कन्वेंशन", ["honorific", "ner"])]
    assert [(s.text, attrs(s)["evidence"]) for s in doc.spans["organizations"]] == [
        ("हिमालयन पर्यावरण अध्ययन ट्रस्ट", "ner"), ("केस्को", "lexicon")]
    assert [(s.text, attrs(s)["source"]) for s in doc.spans["places"]] == [("काकरभिट्टा", "ner"), ("झापा", "ner")]


def test_empty_and_trivial_docs(nlp):
    for text in ("", "।", "श्री", "जी", "प्रदेश अध्यक्ष", "श्री ने कहा।"):
        doc = nlp(text)
        assert list(doc.spans["people"]) == []
        check_offsets(doc)


# --------------------------------------------------------------------------- helpers and data


def test_name_keys_and_merging():
    assert name_key([("ए", True), ("के", True), ("वालिया", False)]) == ("एके", "वालिया")
    assert name_key([("एके", False), ("वालिया", False)]) == ("एके", "वालिया")
    keys = [("संजय", "राय"), ("राय",), ("मिश्रा",), ("कामेश्वर", "मिश्रा"), ("शुभम", "मिश्रा"), ("संजय", "कुमार", "राय")]
    clusters = merge_mentions(keys)
    assert clusters[0] == clusters[1] == clusters[5]  # राय and संजय राय join संजय कुमार राय
    assert len({clusters[2], clusters[3], clusters[4]}) == 3  # मिश्रा is ambiguous


def test_form_keys_and_abbreviations():
    assert form_keys("उ.प्र. सरकार") == form_keys("उ० प्र० सरकार") == form_keys("उप्र सरकार") == ("उप्र", "सरकार")
    assert form_keys("डी.एम.") == form_keys("डीएम") == ("डीएम",)
    assert form_keys("सह-संयोजक") == form_keys("सह संयोजक")
    assert form_keys("अधिशासी अभियन्ता") == form_keys("अधिशासी अभियंता")
    assert clean_abbreviations("आईटी० विभाग") == "आईटी विभाग"
    assert clean_abbreviations("उ० प्र०") == "उप्र"
    assert NameLexicon.load().is_acronym("आईटी") and not NameLexicon.load().is_acronym("भाजपा")


def test_romanisation():
    pytest.importorskip("indic_transliteration")
    assert romanize("महेन्द्रनाथ पाण्डेय") == "Mahendranāth Pāṇḍey"
    assert romanize("मित्र") == "Mitra"  # a final cluster keeps its vowel
    assert romanize("प्रशांत") == "Praśānt"  # nasal + consonant does not
    assert romanize("ए. के. वालिया") == "A. K. Vāliyā"
    assert romanize_ascii("शुभम मिश्रा") == "Shubham Mishra"
    assert romanize_ascii("छोटेलाल") == "Chhotelal"


def test_lexicons():
    from extract.components.people import RoleLexicon

    size = RoleLexicon.get().size
    assert size["titles"] >= 150 and size["levels"] >= 25 and size["portfolios"] >= 70
    lex = NameLexicon.load()
    assert len(lex.names) >= 2000 and len(lex.stop) >= 5000
    assert not set(lex.names) & set(lex.stop), "the name lexicon wins over the stopword list"
    hon = {normalize_key(r["form"]) for r in read_tsv("honorifics.tsv")}
    assert {"श्री", "श्रीमती", "सुश्री", "डो", "डा", "मा", "प्रो", "स्व", "पं", "जी"} <= hon
    kinds = {r["kind"] for r in read_tsv("name_stopwords.tsv")}
    assert {"genitive", "coordinator", "postposition", "common", "place"} <= kinds
    for r in read_tsv("designation_titles.tsv"):
        assert r["category"] in {"party", "government", "legislature", "local", "admin", "police", "judiciary",
                                 "academic", "corporate"}, r
        assert r["bare"] in ("", "n")
    for r in read_tsv("person_names.tsv"):
        assert set(r["kind"].split("|")) <= {"given", "middle", "surname", "name", "initial"}, r
        assert r["source"], r


# --------------------------------------------------------------------------- newspaper error classes
# (own development examples: bylines, village people, names without designations, boundaries, roles)


@pytest.mark.parametrize("text,name", [
    ("धनौरा गांव की शकुंतला ने थाने में शिकायत दी।", "शकुंतला"),  # resident after a village genitive
    ("ग्राम सेमरा के रामबहोरी ने बताया कि फसल खराब हो गई।", "रामबहोरी"),
    ("हरिहरपुर के किसान रामनरेश पटेल ने बताया।", "रामनरेश पटेल"),  # occupation noun in apposition
    ("मृतका की मां सुमित्रा देवी के बयान पर मुकदमा दर्ज हुआ।", "सुमित्रा देवी"),  # kinship noun
    ("बरौली निवासी दिनेश कुशवाहा को पुलिस ने पकड़ा।", "दिनेश कुशवाहा"),
    ("सभा में रामकिशुन तिवारी ने कहा कि सड़क टूटी है।", "रामकिशुन तिवारी"),  # unknown given + known surname + ने
    ("गिरफ्तार लोगों में मो. इकबाल अंसारी भी है।", "मो. इकबाल अंसारी"),  # मो. belongs to the name
    ("इस मामले में मोहम्मद सलीम खान का नाम आया।", "मोहम्मद सलीम खान"),
])
def test_people_without_designation_or_honorific(nlp, text, name):
    doc = nlp(text)
    got = persons(doc)
    assert name in got, got
    assert got[name]["roles"] == set()  # kinship and occupations are not designations
    check_offsets(doc)


@pytest.mark.parametrize("text", [
    "भाई ने शिकायत की।",  # a kinship noun alone
    "किसान आंदोलन तेज हुआ।",
    "उनकी राय के बिना काम हुआ।",  # राय is a surname, but not after a pronoun
    "जनता की मांग पर सड़क बनी। सुरक्षा व्यवस्था ने काम किया।",
    "गांव के लोग आए और मृतक के परिजनों से मिले।",
])
def test_weak_cues_alone_are_no_names(nlp, text):
    assert [s.text for s in nlp(text).spans["people"]] == []


def test_alias_after_urf_is_one_person(nlp):
    doc = nlp("पुलिस ने राजू यादव उर्फ कल्लू यादव को पकड़ा। कल्लू यादव पर पांच मुकदमे दर्ज हैं।")
    got = persons(doc)
    assert set(got) == {"राजू यादव उर्फ कल्लू यादव"}  # named as written, known by both
    assert got["राजू यादव उर्फ कल्लू यादव"]["mentions"] == ["राजू यादव", "कल्लू यादव", "कल्लू यादव"]


@pytest.mark.parametrize("text,name,honorific,roles", [
    # common nouns that are also given names, with a cue
    ("संयुक्त सचिव श्रीमती शांति बिष्ट ने बताया।", "शांति बिष्ट", "श्रीमती", {"संयुक्त सचिव"}),
    ("जिलाधिकारी सीमा त्रिपाठी ने निरीक्षण किया।", "सीमा त्रिपाठी", None, {"जिलाधिकारी"}),
    # an unknown first name before a middle name is kept (not taken for a place)
    ("महापौर किरनबाला रानी सक्सेना ने कहा।", "किरनबाला रानी सक्सेना", None, {"महापौर"}),
    ("विधायक सुरेशचंद्र नारायण मिश्र ने कहा।", "सुरेशचंद्र नारायण मिश्र", None, {"विधायक"}),
    # an unknown surname after a middle name, closed by ने
    ("प्रवक्ता दिनेश कुमार धानुक ने आरोप लगाया।", "दिनेश कुमार धानुक", None, {"प्रवक्ता"}),
    # पंडित as the surname at the end of a name; still an honorific before one
    ("भाजपा पार्षद सुरेश पंडित ने कहा।", "सुरेश पंडित", None, {"पार्षद"}),
    ("सांसद पंडित रामकिशन ने कहा।", "रामकिशन", "पंडित", {"सांसद"}),
    # हाजी, न्यायमूर्ति, जस्टिस are honorifics (not designations)
    ("सपा पार्षद हाजी नसीम अहमद ने कहा।", "नसीम अहमद", "हाजी", {"पार्षद"}),
    ("न्यायमूर्ति रमेशचंद्र वर्मा ने सुनवाई की।", "रमेशचंद्र वर्मा", "न्यायमूर्ति", set()),
    ("जस्टिस आलोक माथुर की पीठ ने आदेश दिया।", "आलोक माथुर", "जस्टिस", set()),
])
def test_name_boundaries_and_honorifics(nlp, text, name, honorific, roles):
    doc = nlp(text)
    got = persons(doc)
    assert name in got, got
    assert got[name]["honorifics"][0] == honorific
    assert got[name]["roles"] == roles
    check_offsets(doc)


def test_noun_names_alone_are_no_names(nlp):
    doc = nlp("सीमा पर शांति बनी रही। कविता पाठ हुआ और वर्षा से फसल बची।")
    assert [s.text for s in doc.spans["people"]] == []


def test_unknown_surname_needs_a_boundary(nlp):
    doc = nlp("प्रवक्ता दिनेश कुमार पधारे।")
    assert [s.text for s in doc.spans["people"]] == ["दिनेश कुमार"]


@pytest.mark.parametrize("text,name,title", [
    ("चीफ इंजीनियर आर.के. सक्सेना ने निरीक्षण किया।", "आर.के. सक्सेना", "चीफ इंजीनियर"),
    ("प्रमुख अभियंता हरिओम शर्मा ने बताया।", "हरिओम शर्मा", "प्रमुख अभियंता"),
    ("बटालियन के कमांडेंट अजय पाल ने कहा।", "अजय पाल", "कमांडेंट"),
    ("डुमरांव एसडीपीओ अफाक अख्तर ने बताया।", "अफाक अख्तर", "एसडीपीओ"),
    ("प्राधिकरण के वीसी राकेश सिंह ने कहा।", "राकेश सिंह", "वीसी"),
    ("पूर्व उप सभापति रामगोपाल ने कहा।", "रामगोपाल", "पूर्व उप सभापति"),
    ("एसपी सिटी विनीत जायसवाल ने बताया।", "विनीत जायसवाल", "एसपी सिटी"),
    ("कानूनगो रामसेवक पाल ने पैमाइश की।", "रामसेवक पाल", "कानूनगो"),
    ("स्थायी अधिवक्ता मनोज त्रिपाठी ने पक्ष रखा।", "मनोज त्रिपाठी", "स्थायी अधिवक्ता"),
    ("पेयजल सेक्रेटरी नितेश झा ने कहा।", "नितेश झा", "पेयजल सेक्रेटरी"),
    ("नगर निगम आयुक्त अमित पाल ने कहा।", "अमित पाल", "नगर निगम आयुक्त"),
    ("डिप्टी कलेक्टर राजेश वर्मा ने कहा।", "राजेश वर्मा", "डिप्टी कलेक्टर"),
])
def test_newspaper_designations(nlp, text, name, title):
    doc = nlp(text)
    got = persons(doc)
    assert name in got, got
    assert title in got[name]["roles"], got[name]["roles"]


def test_coordinated_titles_with_an_acronym_organisation(nlp):
    doc = nlp("मंडलायुक्त एवं जीडीए उपाध्यक्ष डा. हरिशंकर सिंह ने बैठक ली।")
    got = persons(doc)
    assert got["हरिशंकर सिंह"]["roles"] == {"मंडलायुक्त", "उपाध्यक्ष"}
    assert role(doc, "उपाध्यक्ष")["organization"] == "जीडीए"


def test_second_person_after_a_designated_one(nlp):
    doc = nlp("एसएचओ अमित राय व रेखा सोनकर ने छापा मारा।")
    got = persons(doc)
    assert set(got) == {"अमित राय", "रेखा सोनकर"}
    assert got["अमित राय"]["roles"] == {"एसएचओ"}


def test_predicative_designation(nlp):
    doc = nlp("पुलिस ने बबलू सिंह को पकड़ा। बबलू गांव का पूर्व मुखिया है।")
    got = persons(doc)
    assert got["बबलू सिंह"]["roles"] == {"पूर्व मुखिया"}
    assert got["बबलू सिंह"]["mentions"] == ["बबलू सिंह", "बबलू"]


def test_association_names_are_not_designations(nlp):
    doc = nlp("लेखपाल संघ के अध्यक्ष रामपाल वर्मा ने कहा।")
    assert [s.text for s in doc.spans["roles"]] == ["अध्यक्ष"]
    assert role(doc, "अध्यक्ष")["organization"] == "लेखपाल संघ"


@Language.component("test_fake_ner_2")
def _fake_ner_2(doc):
    ents = []
    for label, text in (("PERSON", "मंत्री सुखदेव प्रसाद ने"), ("PERSON", "रामलाल"), ("PERSON", "बाद"),
                        ("LOCATION", "कटघर में"), ("LOCATION", "बरेली")):
        i = doc.text.find(text)
        if i >= 0:
            ents.append(doc.char_span(i, i + len(text), label=label))
    doc.ents = ents
    return doc


def test_ner_entities_without_cue_and_boundary_cleanup():
    nlp = make_nlp(["hindi_people", "hindi_organizations", "hindi_places"])
    nlp.add_pipe("test_fake_ner_2", before="hindi_people")
    doc = nlp("मंत्री सुखदेव प्रसाद ने कहा। बाद में रामलाल कटघर में बरेली से आए।")
    got = persons(doc)
    assert set(got) == {"सुखदेव प्रसाद", "रामलाल"}  # trimmed; a function word alone is dropped
    assert got["सुखदेव प्रसाद"]["roles"] == {"मंत्री"}
    assert attrs(doc.spans["people"][-1])["evidence"] == ["ner"]
    places = [(s.text, attrs(s)["kind"], attrs(s)["source"]) for s in doc.spans["places"]]
    assert places == [("कटघर", "other", "ner"), ("बरेली", "district", "gazetteer")]


@pytest.mark.parametrize("text,name,roles", [
    ("कोतवाल अनिल कुमार सिंह ने बताया।", "अनिल कुमार सिंह", {"कोतवाल"}),
    ("कांग्रेस अध्यक्ष जीतू पटवारी ने कहा।", "जीतू पटवारी", {"अध्यक्ष"}),  # a designation that is also a surname
    ("आरोपित छोटेलाल उर्फ छोटू फरार है।", "छोटेलाल उर्फ छोटू", set()),  # nor the apposition noun, nor फरार
    ("याची रामसूरत की याचिका पर सुनवाई हुई।", "रामसूरत", set()),
])
def test_more_newspaper_people(nlp, text, name, roles):
    doc = nlp(text)
    got = persons(doc)
    assert name in got, got
    assert got[name]["roles"] == roles


def test_surname_like_designation_before_a_name_stays_a_designation(nlp):
    doc = nlp("कानूनगो रामसेवक पाल और गांव के कानूनगो ने पैमाइश की।")
    assert [s.text for s in doc.spans["roles"]] == ["कानूनगो", "कानूनगो"]
    assert set(persons(doc)) == {"रामसेवक पाल"}


def test_name_then_role_not_before_an_organisation(nlp):
    doc = nlp("बैठक में मुख्य सचिव अनुपम जैन, अपर मुख्य सचिव जल संसाधन विभाग के प्रमुख अभियंता उपस्थित थे।")
    assert persons(doc)["अनुपम जैन"]["roles"] == {"मुख्य सचिव"}


@Language.component("test_fake_ner_3")
def _fake_ner_3(doc):
    ents = []
    for label, text in (("PERSON", "म.प्र."), ("LOCATION", "अतिरिक्त प्रदेश"), ("LOCATION", "डीन"),
                        ("ORGANIZATION", "लोकसभा"), ("LOCATION", "जासं")):
        i = doc.text.find(text)
        if i >= 0:
            ents.append(doc.char_span(i, i + len(text), label=label))
    doc.ents = ents
    return doc


def test_ner_entities_that_are_not_names():
    nlp = make_nlp(["hindi_dateline", "hindi_people", "hindi_organizations", "hindi_places"])
    nlp.add_pipe("test_fake_ner_3", before="hindi_people")
    doc = nlp("जासं, भोपाल : म.प्र. में इसके अतिरिक्त प्रदेश स्तर पर बैठक हुई। डीन ने लोकसभा स्तर की बात की।")
    assert [s.text for s in doc.spans["people"]] == []
    assert [s.text for s in doc.spans["organizations"]] == []
    assert [s.text for s in doc.spans["places"]] == ["भोपाल", "म.प्र."]


def test_names_of_places_and_buildings_are_not_people(nlp):
    doc = nlp("मुंबई की हाजी अली मस्जिद प्रसिद्ध है। महात्मा गांधी मार्ग पर जाम लगा। सरदार पटेल स्टेडियम में मैच हुआ। "
              "युद्ध में वे सार्जेंट मेजर के रूप में रहे।")
    assert [s.text for s in doc.spans["people"]] == []


# --------------------------------------------------------------------------- broader designations (issue 7)


@pytest.mark.parametrize("text,name,title,expansion", [
    ("एडीजीसी विनोद तिवारी ने पैरवी की।", "विनोद तिवारी", "एडीजीसी", "सहायक जिला शासकीय अधिवक्ता"),
    ("मेलाधिकारी दयानंद प्रसाद ने व्यवस्थाएं देखीं।", "दयानंद प्रसाद", "मेलाधिकारी", None),
    ("प्रभारी निरीक्षक संजय कुमार शुक्ला ने बताया।", "संजय कुमार शुक्ला", "प्रभारी निरीक्षक", None),
    ("सीडीपीओ सुनीता देवी ने पोषाहार बांटा।", "सुनीता देवी", "सीडीपीओ", "बाल विकास परियोजना अधिकारी"),
    ("नोडल अधिकारी राजेश कुमार ने बताया।", "राजेश कुमार", "नोडल अधिकारी", None),
    ("सांसद प्रतिनिधि अमित सिंह ने फीता काटा।", "अमित सिंह", "सांसद प्रतिनिधि", None),
    ("अंचलाधिकारी मनोज कुमार ने जांच की।", "मनोज कुमार", "अंचलाधिकारी", None),
    ("डिप्टी एसपी अनिल राय ने बताया।", "अनिल राय", "डिप्टी एसपी", "पुलिस उपाधीक्षक"),
    ("जनरल मैनेजर सुनील वर्मा ने बताया।", "सुनील वर्मा", "जनरल मैनेजर", "महाप्रबंधक"),
])
def test_broader_designations(nlp, text, name, title, expansion):
    doc = nlp(text)
    assert persons(doc)[name]["roles"] == {title}
    assert role(doc, title)["expansion"] == expansion


@pytest.mark.parametrize("text,name,title,qualifier", [
    ("एडीजी जोन प्रशांत कुमार ने बताया।", "प्रशांत कुमार", "एडीजी जोन", "जोन"),
    ("पुलिस अधीक्षक ग्रामीण विवेक चंद्र यादव ने बताया।", "विवेक चंद्र यादव", "पुलिस अधीक्षक ग्रामीण", "ग्रामीण"),
    ("बैठक में अधिशासी अभियंता विद्युत आरपी सिंह उपस्थित रहे।", "आरपी सिंह", "अधिशासी अभियंता विद्युत", "विद्युत"),
    ("उप संचालक कृषि मनमोहन भगत ने बताया।", "मनमोहन भगत", "उप संचालक कृषि", "कृषि"),
])
def test_qualifier_after_the_title(nlp, text, name, title, qualifier):
    """A qualifier written after the title without brackets (a post word or a portfolio) is not the name; it is
    part of the post as written (the golden guidelines keep सीओ सदर, एसपी सिटी) and also the role's qualifier."""
    doc = nlp(text)
    assert set(persons(doc)) == {name}
    assert persons(doc)[name]["roles"] == {title}
    assert role(doc, title)["qualifier"] == qualifier


def test_a_portfolio_that_is_a_name_word_opens_the_name(nlp):
    doc = nlp("संयोजक विकास यादव ने कहा।")
    assert persons(doc)["विकास यादव"]["roles"] == {"संयोजक"}
    assert role(doc, "संयोजक")["qualifier"] is None


def test_temples_and_grounds_are_not_people(nlp):
    doc = nlp("वाराणसी के काशी विश्वनाथ धाम में भीड़ रही। पटना के गांधी मैदान में कार्यक्रम हुआ।")
    assert [s.text for s in doc.spans["people"]] == []


def test_presence_word_closes_a_list_of_names(nlp):
    doc = nlp("बैठक में अपर कलेक्टर रोशन कुमार राय, सपना लोवंशी व निशा डामोर मौजूद थे।")
    got = persons(doc)
    assert set(got) == {"रोशन कुमार राय", "सपना लोवंशी", "निशा डामोर"}
    assert all(p["roles"] == {"अपर कलेक्टर"} for p in got.values())


@pytest.mark.parametrize("text,name,title", [
    ("पूर्व प्रधान राम आसरे ने कहा।", "राम आसरे", "पूर्व प्रधान"),  # a former local post needs no level
    ("सीएम के ओएसडी अभिषेक कौशिक ने कहा।", "अभिषेक कौशिक", "ओएसडी"),
    ("मुख्यमंत्री के सलाहकार अवनीश अवस्थी ने कहा।", "अवनीश अवस्थी", "सलाहकार"),
    ("सदस्य विधान परिषद अशोक कटारिया ने कहा।", "अशोक कटारिया", "सदस्य विधान परिषद"),
])
def test_more_posts(nlp, text, name, title):
    assert persons(nlp(text))[name]["roles"] == {title}


@pytest.mark.parametrize("text,name,title", [
    ("बैठक में राम सिंह को भाजपा का जिलाध्यक्ष बनाया गया।", "राम सिंह", "जिलाध्यक्ष"),
    ("संगठन ने सुरेश कुमार यादव को प्रदेश सचिव मनोनीत किया है।", "सुरेश कुमार यादव", "प्रदेश सचिव"),
    ("सर्वसम्मति से रमेश चंद्र गुप्ता को अध्यक्ष चुना गया।", "रमेश चंद्र गुप्ता", "अध्यक्ष"),
])
def test_appointment_links_the_designation(nlp, text, name, title):
    doc = nlp(text)
    assert set(persons(doc)) == {name}  # the appointment verb is no name (मनोनीत)
    assert persons(doc)[name]["roles"] == {title}
    assert role(doc, title)["link"] == "predicate"


def test_name_then_designation_then_organisation(nlp):
    doc = nlp("अनिल कुमार सिंह, जिलाध्यक्ष भाजपा ने कहा कि चुनाव की तैयारी है।")
    assert persons(doc)["अनिल कुमार सिंह"]["roles"] == {"जिलाध्यक्ष"}
    a = role(doc, "जिलाध्यक्ष")
    assert (a["link"], a["organization"]) == ("name_then_role", "भाजपा")


# --------------------------------------------------------------------------- designation lexicon coverage
# (compositions of designation_levels/portfolios/titles.tsv: exact title, offsets and attributes)


@pytest.mark.parametrize("text,name,name_span,title,title_span,attrs_expected", [
    ("बैठक में मुख्य पशु चिकित्साधिकारी डा. अरविंद भटनागर मौजूद थे।", "अरविंद भटनागर", (38, 51),
     "मुख्य पशु चिकित्साधिकारी", (9, 33), {"base": "मुख्य पशु चिकित्सा अधिकारी", "portfolio": "पशुपालन"}),
    ("महापौर ने मुख्य कर निर्धारण अधिकारी आर.पी. दुबे को निर्देश दिए।", "आर.पी. दुबे", (36, 47),
     "मुख्य कर निर्धारण अधिकारी", (10, 35), {"base": "अधिकारी", "portfolio": "कर निर्धारण", "category": "admin"}),
    ("जिला परिवहन पदाधिकारी राकेश रंजन ने बताया।", "राकेश रंजन", (22, 32),
     "जिला परिवहन पदाधिकारी", (0, 21), {"level": "जिला", "portfolio": "परिवहन", "category": "admin"}),
    ("प्रखंड कृषि पदाधिकारी संजय कुमार ने बताया।", "संजय कुमार", (22, 32),
     "प्रखंड कृषि पदाधिकारी", (0, 21), {"level": "ब्लॉक", "portfolio": "कृषि"}),
    ("जिला खाद्य विपणन अधिकारी सुरेश यादव मौजूद थे।", "सुरेश यादव", (25, 35),
     "जिला खाद्य विपणन अधिकारी", (0, 24), {"level": "जिला", "portfolio": "खाद्य विपणन"}),
    ("ट्रैफिक डीएसपी संजय कुमार ने बताया।", "संजय कुमार", (15, 25),
     "ट्रैफिक डीएसपी", (0, 14), {"portfolio": "यातायात", "expansion": "पुलिस उपाधीक्षक", "category": "police"}),
    ("उन्होंने सीओ सदर अजय प्रताप सिंह को निर्देश दिए।", "अजय प्रताप सिंह", (17, 32),
     "सीओ सदर", (9, 16), {"expansion": "क्षेत्राधिकारी सदर"}),
    ("तत्कालीन थानाध्यक्ष राजेश कुमार ने मुकदमा दर्ज किया।", "राजेश कुमार", (20, 31),
     "तत्कालीन थानाध्यक्ष", (0, 19), {"former": True, "base": "थानाध्यक्ष"}),
    ("सपा पार्षद दल नेता मोहम्मद सलीम ने आरोप लगाया।", "मोहम्मद सलीम", (19, 31),
     "पार्षद दल नेता", (4, 18), {"organization": "सपा"}),
    ("अपर मुख्य अधिकारी एस. पी. यादव ने बजट रखा।", "एस. पी. यादव", (18, 30),
     "अपर मुख्य अधिकारी", (0, 17), {"category": "local"}),
    ("जोड़ा के उपजिलापाल अमिय कुमार दाश ने बैठक ली।", "अमिय कुमार दाश", (19, 33),
     "उपजिलापाल", (9, 18), {"expansion": "उपजिलाधिकारी", "category": "admin"}),
    ("मौके पर सब-कलेक्टर सुस्मिता पाणिग्राही पहुंचीं।", "सुस्मिता पाणिग्राही", (19, 38),
     "सब-कलेक्टर", (8, 18), {"base": "सब कलेक्टर", "expansion": "उपजिलाधिकारी"}),
    ("थाने के आईआईसी बिपिन बिहारी नायक ने बताया।", "बिपिन बिहारी नायक", (15, 32),
     "आईआईसी", (8, 14), {"expansion": "थाना प्रभारी", "category": "police"}),
    ("उप मुख्य कारखाना निरीक्षक सुबीर कुमार हालदार ने जांच की।", "सुबीर कुमार हालदार", (26, 44),
     "उप मुख्य कारखाना निरीक्षक", (0, 25), {"portfolio": "कारखाना", "base": "निरीक्षक"}),
    ("मंच के शाखा अध्यक्ष गौरव कुमार अग्रवाल ने कहा।", "गौरव कुमार अग्रवाल", (20, 38),
     "शाखा अध्यक्ष", (7, 19), {"level": "शाखा", "base": "अध्यक्ष"}),
])
def test_designation_compositions(nlp, text, name, name_span, title, title_span, attrs_expected):
    doc = nlp(text)
    check_offsets(doc)
    people = [s for s in doc.spans["people"] if s.text == name]
    assert people and (people[0].start_char, people[0].end_char) == name_span
    roles = [s for s in doc.spans["roles"] if attrs(s)["title"] == title]
    assert roles, [s.text for s in doc.spans["roles"]]
    r = roles[0]
    assert (r.start_char, r.end_char) == title_span and doc.text[r.start_char:r.end_char] == title
    a = attrs(r)
    assert {k: a[k] for k in attrs_expected} == attrs_expected
    assert attrs(people[0])["person"] in a["persons"]
    assert persons(doc)[name]["roles"] == {title}


def test_designation_introduces_a_list_of_health_workers(nlp):
    doc = nlp("शिविर में एएनएम सुनीता देवी, रीता वर्मा व गीता रावत ने टीकाकरण किया।")
    got = persons(doc)
    assert set(got) == {"सुनीता देवी", "रीता वर्मा", "गीता रावत"}
    assert all(p["roles"] == {"एएनएम"} for p in got.values())
    assert role(doc, "एएनएम")["expansion"] == "सहायक नर्स मिडवाइफ"


def test_coordinated_new_designations(nlp):
    doc = nlp("भाजपा की प्रदेश उपाध्यक्ष एवं विधान पार्षद रंजना सिन्हा ने कहा।")
    assert persons(doc)["रंजना सिन्हा"]["roles"] == {"प्रदेश उपाध्यक्ष", "विधान पार्षद"}
    assert role(doc, "विधान पार्षद")["category"] == "legislature"
    doc = nlp("इतिहास विभाग के अध्यक्ष एवं संगोष्ठी संयोजक प्रो. मनोज कुमार शर्मा ने विचार रखे।")
    assert persons(doc)["मनोज कुमार शर्मा"]["roles"] == {"अध्यक्ष", "संगोष्ठी संयोजक"}


# --------------------------------------------------------------------------- designation lexicon, round two
# (regional posts of the Hindi belt, glued/spaced prefix forms, railway, bank, medical and party posts)


@pytest.mark.parametrize("text,name,name_span,title,title_span,attrs_expected", [
    ("इनेलो के जिला वरिष्ठ उपप्रधान राजेश कुमार ने कहा।", "राजेश कुमार", (30, 41),
     "जिला वरिष्ठ उपप्रधान", (9, 29), {"base": "उपप्रधान", "level": "जिला", "category": "local"}),
    ("श्री मनजीत सिंह शहरी प्रधान होंगे।", "मनजीत सिंह", (5, 15),
     "शहरी प्रधान", (16, 27), {"base": "प्रधान", "level": "नगर"}),
    ("बैठक में हलका प्रधान गुरप्रीत सिंह मौजूद थे।", "गुरप्रीत सिंह", (21, 34),
     "हलका प्रधान", (9, 20), {"base": "प्रधान", "level": "हलका"}),
    ("पार्टी के प्रधान महासचिव श्री भूपेंद्र सिंह नैन मुख्य अतिथि होंगे।", "भूपेंद्र सिंह नैन", (30, 47),
     "प्रधान महासचिव", (10, 24), {"base": "प्रधान महासचिव", "category": "party"}),
    ("श्री नवीन जांगड़ा आईटी सेल प्रभारी का दायित्व संभालेंगे।", "नवीन जांगड़ा", (5, 17),
     "आईटी सेल प्रभारी", (18, 34), {"base": "प्रभारी", "portfolio": "आईटी सेल"}),
    ("जिला मीडिया को-ऑर्डिनेटर गगनदीप सिंह ने बताया।", "गगनदीप सिंह", (25, 36),
     "जिला मीडिया को-ऑर्डिनेटर", (0, 24),
     {"base": "कोऑर्डिनेटर", "level": "जिला", "portfolio": "मीडिया", "expansion": "संयोजक"}),
    ("उन्होंने पीएचई के कार्यपालन यंत्री श्री आर.एस. मरकाम को निर्देश दिए।", "आर.एस. मरकाम", (40, 52),
     "कार्यपालन यंत्री", (18, 34), {"base": "कार्यपालन यंत्री", "expansion": "अधिशासी अभियन्ता"}),
    ("कृषि विभाग के उप संचालक डॉ० के.एस. यादव ने बताया।", "के.एस. यादव", (28, 39),
     "उप संचालक", (14, 23), {"base": "उप संचालक", "expansion": "उप निदेशक", "organization": "कृषि विभाग"}),
    ("जनपद पंचायत के मुख्य कार्यपालन अधिकारी श्री दिलीप सिंह ने बताया।", "दिलीप सिंह", (44, 54),
     "मुख्य कार्यपालन अधिकारी", (15, 38), {"base": "मुख्य कार्यपालन अधिकारी", "organization": "जनपद पंचायत"}),
    ("सीएमएचओ डॉ. विकास मारवाल ने शिविर का निरीक्षण किया।", "विकास मारवाल", (12, 24),
     "सीएमएचओ", (0, 7), {"expansion": "मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी", "category": "admin"}),
    ("निवर्तमान पैक्स अध्यक्ष राजेश्वर प्रसाद शाही ने पर्चा भरा।", "राजेश्वर प्रसाद शाही", (24, 44),
     "निवर्तमान पैक्स अध्यक्ष", (0, 23), {"former": True, "base": "अध्यक्ष", "portfolio": "पैक्स"}),
    ("अपर समाहर्ता सुधीर कुमार दास ने जांच की।", "सुधीर कुमार दास", (13, 28),
     "अपर समाहर्ता", (0, 12), {"base": "अपर समाहर्ता", "expansion": "अपर जिलाधिकारी"}),
    ("सीटीआर के उपनिदेशक नितिन कुमार पंवार ने बताया।", "नितिन कुमार पंवार", (19, 36),
     "उपनिदेशक", (10, 18), {"base": "उप निदेशक"}),
    ("उपमंडल अधिकारी संजीव शर्मा ने बताया।", "संजीव शर्मा", (15, 26),
     "उपमंडल अधिकारी", (0, 14), {"expansion": "उपजिलाधिकारी"}),
    ("मुख्य टिकट निरीक्षक रामलखन पाल ने बताया।", "रामलखन पाल", (20, 30),
     "मुख्य टिकट निरीक्षक", (0, 19), {"base": "टिकट निरीक्षक", "portfolio": "टिकट"}),
    ("टीटीई दीपक कुमार सोनकर ने जुर्माना वसूला।", "दीपक कुमार सोनकर", (6, 22),
     "टीटीई", (0, 5), {"expansion": "चल टिकट परीक्षक"}),
    ("सीनियर डीसीएम हिमांशु उपाध्याय ने बताया।", "हिमांशु उपाध्याय", (14, 30),
     "सीनियर डीसीएम", (0, 13), {"expansion": "वरिष्ठ मंडल वाणिज्य प्रबंधक"}),
    ("मंडल रेल प्रबंधक राजीव रंजन ने बताया।", "राजीव रंजन", (17, 27),
     "मंडल रेल प्रबंधक", (0, 16), {"base": "मंडल रेल प्रबंधक", "level": "मण्डल", "portfolio": "रेल"}),
    ("नाबार्ड के जिला विकास प्रबंधक श्री नरेश कुमार भारद्वाज उपस्थित रहे।", "नरेश कुमार भारद्वाज", (35, 54),
     "जिला विकास प्रबंधक", (11, 29), {"level": "जिला", "category": "corporate", "organization": "नाबार्ड"}),
    ("सीसीएल के अध्यक्ष-सह-प्रबंध निदेशक श्री प्रभात कुमार सिन्हा ने कहा।", "प्रभात कुमार सिन्हा", (40, 59),
     "अध्यक्ष-सह-प्रबंध निदेशक", (10, 34), {"base": "अध्यक्ष एवं प्रबंध निदेशक", "organization": "सीसीएल"}),
    ("मुख्य सतर्कता अधिकारी श्री ए.के. पंडा ने शपथ दिलाई।", "ए.के. पंडा", (27, 37),
     "मुख्य सतर्कता अधिकारी", (0, 21), {"base": "मुख्य सतर्कता अधिकारी", "portfolio": "सतर्कता"}),
    ("नेत्र रोग विशेषज्ञ डॉ. विपुल पटेल ने ऑपरेशन किए।", "विपुल पटेल", (23, 33),
     "नेत्र रोग विशेषज्ञ", (0, 18), {"base": "नेत्र रोग विशेषज्ञ", "category": "admin"}),
    ("कोच्चि से विशेष आमंत्रित सदस्य प्रियंका भारती ने कहा।", "प्रियंका भारती", (31, 45),
     "विशेष आमंत्रित सदस्य", (10, 30), {"base": "सदस्य", "category": "party"}),
    ("सेवानिवृत डीएसपी राजेश सिंह ने कहा।", "राजेश सिंह", (17, 27),
     "सेवानिवृत डीएसपी", (0, 16), {"former": True, "base": "डीएसपी"}),
])
def test_regional_designation_compositions(nlp, text, name, name_span, title, title_span, attrs_expected):
    test_designation_compositions(nlp, text, name, name_span, title, title_span, attrs_expected)


@pytest.mark.parametrize("text", [
    "ढाबा संचालक रमेश यादव ने बताया कि आग लगी।",  # संचालक (operator) is a designation only with a prefix
    "फैक्टरी से तीन संचालक गिरफ्तार किए गए।",
    "डीसीएम और ट्रक की भिड़ंत में दो लोगों की मौत हो गई।",  # a DCM truck, not a railway officer
    "टीसी लेने के लिए छात्र पहुंचे।",  # a transfer certificate
    "उसे हल्का बुखार था।",
    "एक सर्जन ने बताया कि ऑपरेशन सफल रहा।",
])
def test_regional_words_that_are_no_designation_alone(nlp, text):
    assert [s.text for s in nlp(text).spans["roles"]] == []


@pytest.mark.parametrize("text,name,roles", [
    # an unknown word after a name is its surname when the document names someone by it after an honorific
    ("बैठक में प्रदेश सचिव श्री अनवारुल हक नोमानी विशेष रूप से उपस्थित रहे। श्री नोमानी ने निर्देश दिए।",
     "अनवारुल हक नोमानी", {"प्रदेश सचिव"}),
    # a nickname in quotes is part of the name
    ("जिलाध्यक्ष पद पर श्री आशीष यादव 'गुड्डू' को मनोनीत किया गया।", "आशीष यादव 'गुड्डू'", {"जिलाध्यक्ष"}),
    ('पूर्व विधायक राजेश सिंह "पप्पू" ने कहा।', 'राजेश सिंह "पप्पू"', {"पूर्व विधायक"}),
])
def test_confirmed_surnames_and_nicknames(nlp, text, name, roles):
    got = persons(nlp(text))
    assert set(got) == {name}, got
    assert got[name]["roles"] == roles


def test_appointment_with_a_longer_purpose_genitive(nlp):
    got = persons(nlp("विभागाध्यक्ष प्रो. जी.एस. ठाकुर को दीक्षांत समारोह का संयोजक बनाया गया है।"))
    assert got["जी.एस. ठाकुर"]["roles"] == {"विभागाध्यक्ष", "संयोजक"}


@pytest.mark.parametrize("text,name", [
    # given names built on a known part, before a known surname
    ("गांव में शनिवार रात हुई सत्यपाल गंगवार की हत्या उसके भाई ने की।", "सत्यपाल गंगवार"),
    ("पड़ोसी रामकिशोर वर्मा से खेत की मेड़ को लेकर विवाद था।", "रामकिशोर वर्मा"),
])
def test_given_names_built_on_known_parts(nlp, text, name):
    assert set(persons(nlp(text))) == {name}


@pytest.mark.parametrize("text,name,roles", [
    # the office between a designation and the honorific: परियोजना निदेशक, <office> (<short form>) श्री …
    ("परियोजना निदेशक, जिला ग्राम्य विकास अभिकरण (डीआरडीए) श्री सुरेंद्र सिंह बिष्ट ने बताया कि मेला लगेगा।",
     "सुरेंद्र सिंह बिष्ट", {"परियोजना निदेशक"}),
    ("शिविर में उप रजिस्ट्रार, सहकारी समितियां, चित्तौड़गढ़ श्री ओमप्रकाश मेघवाल भी मौजूद रहेंगे।",
     "ओमप्रकाश मेघवाल", {"उप रजिस्ट्रार"}),
    # a press note's signature: the name on its own line, the designation on the next
    ("कार्यकर्ता मौजूद रहे।\nजारीकर्ता:\nराजेश कुमार गौतम\nजिला मीडिया प्रभारी, समाजवादी पार्टी, बहराइच",
     "राजेश कुमार गौतम", {"जिला मीडिया प्रभारी"}),
    ("संगोष्ठी होगी।\n\nडॉ. प्रवीण कुमार साहू\nजनसंपर्क अधिकारी", "प्रवीण कुमार साहू", {"जनसंपर्क अधिकारी"}),
    # a signature's name the lexicons lack fills its line (a village as a Telugu surname); a bracketed portfolio
    ("बैठक होगी।\nतुम्मला विजयभास्कर\nजिला जनसंपर्क अधिकारी, आदिलाबाद", "तुम्मला विजयभास्कर",
     {"जिला जनसंपर्क अधिकारी"}),
    ("हस्ताक्षर किए गए हैं।\nमंचाला श्रीहरि\nवरिष्ठ प्रबंधक (कॉर्पोरेट संचार)", "मंचाला श्रीहरि", {"वरिष्ठ प्रबंधक"}),
])
def test_offices_and_signatures(nlp, text, name, roles):
    got = persons(nlp(text))
    assert set(got) == {name}, got
    assert got[name]["roles"] == roles


def test_post_word_confirms_a_bare_title_and_places_before_listed_names(nlp):
    got = persons(nlp("संचालक पद पर राजगढ़ से भंवरलाल मीणा, लक्ष्मणगढ़ से इंद्राज सिंह चौधरी निर्वाचित हुए।"))
    assert {k: v["roles"] for k, v in got.items()} == {"भंवरलाल मीणा": {"संचालक"}, "इंद्राज सिंह चौधरी": {"संचालक"}}


@pytest.mark.parametrize("text,expected", [
    # police ranks written as Hindi initials
    ("उ0नि0 राम सिंह और प्र0नि0 श्याम यादव ने दबिश दी।", {"राम सिंह": {"उ0नि0"}, "श्याम यादव": {"प्र0नि0"}}),
    ("सअनि उमेश प्रसाद यादव भी मौजूद थे।", {"उमेश प्रसाद यादव": {"सअनि"}}),
    # Hindi syllables after another post abbreviate a rank; letter names there are a person's initials
    ("नगर थानाध्यक्ष पु०नि० मनोज कुमार सुमन को कमान सौंपी गई।",
     {"मनोज कुमार सुमन": {"नगर थानाध्यक्ष", "पु०नि०"}}),
    ("अपर मुख्य अधिकारी एस. पी. यादव ने कहा।", {"एस. पी. यादव": {"अपर मुख्य अधिकारी"}}),
    # a post named with its unit
    ("सखी वन स्टॉप सेंटर की केंद्र प्रशासक सुश्री रेशमा नाग उपस्थित थीं।", {"रेशमा नाग": {"केंद्र प्रशासक"}}),
    # "<post> के पदों पर <names>"; a level-word surname before भी after an honorific
    ("दंत रोग विभाग में सहायक प्राध्यापक के पदों पर डॉ. पारुल मेहता और डॉ. इमरान कुरैशी की नियुक्ति की गई है।",
     {"पारुल मेहता": {"सहायक प्राध्यापक"}, "इमरान कुरैशी": {"सहायक प्राध्यापक"}}),
    ("पंचायत समिति सदस्य श्रीमती रूबी कुमारी मंडल भी प्रत्याशियों में शामिल हैं।",
     {"रूबी कुमारी मंडल": {"पंचायत समिति सदस्य"}}),
])
def test_police_initials_post_lists_and_level_surnames(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a kinship noun is no part of a name the NER gives
    ("पति अंकुर, सास सुशीला देवी, ससुर राकेश चंद्र और देवर अंशुल कार की मांग करते थे।",
     {"राकेश चंद्र", "सुशीला देवी"}),
    # an unknown surname closed by a guest's part; a bracketed qualifier between a post and the honorific
    ("टीएचडीसी के अधिशासी निदेशक श्री राजेश्वर प्रसाद सेमवाल विशिष्ट अतिथि रहे।", {"राजेश्वर प्रसाद सेमवाल"}),
    ("बैठक की अध्यक्षता उप शिक्षा निदेशक (पश्चिम-ए) डॉ. सुधीर कुमार मलिक ने की।", {"सुधीर कुमार मलिक"}),
])
def test_kinship_guest_and_bracketed_qualifier(nlp, text, expected):
    got = persons(nlp(text))
    assert expected <= set(got) and not any("ससुर" in k for k in got), got


@pytest.mark.parametrize("text,name", [
    # जहां ends a woman's name after a cue and before a closer; elsewhere it is "where"
    ("घायलों का हाल जाना। सीएमएस डॉ. फरहत जहां ने बताया कि 11 घायलों को भर्ती किया।", "फरहत जहां"),
    ("जिला पंचायत की चेयरमैन श्रीमती नसरीन जहां मुख्य अतिथि रहीं।", "नसरीन जहां"),
    ("थानाध्यक्ष राकेश जहां पहुंचे वहां भीड़ थी।", "राकेश"),
])
def test_jahan_ends_a_name_only_before_a_closer(nlp, text, name):
    assert set(persons(nlp(text))) == {name}


@pytest.mark.parametrize("text,name,roles", [
    # the charge of a unit before a rank or profession is a post of its own
    ("थाना प्रभारी निरीक्षक सतेंद्र सिंह राघव ने बताया।", "सतेंद्र सिंह राघव", {"थाना प्रभारी", "निरीक्षक"}),
    ("इस पर स्टोर प्रभारी फार्मासिस्ट मनीष कुमार वर्मा को नोटिस दिया।", "मनीष कुमार वर्मा", {"स्टोर प्रभारी", "फार्मासिस्ट"}),
    # not a minister in charge of a district
    ("जिले के प्रभारी मंत्री राम सिंह आए।", "राम सिंह", {"प्रभारी मंत्री"}),
])
def test_charge_of_a_unit_before_a_rank(nlp, text, name, roles):
    got = persons(nlp(text))
    assert got[name]["roles"] == roles


@pytest.mark.parametrize("text,expected", [
    # a bare title after the genitive of a unit; an appointment "को <body> में <post> बनाया" over a list with posts
    ("तोशाम इकाई के प्रधान श्री महावीर प्रसाद बागड़ी ने कहा।", {"महावीर प्रसाद बागड़ी": {"प्रधान"}}),
    ("उधर, गड़खल पंचायत की प्रधान श्रीमती कमलेश ठाकुर ने आरोप लगाया।", {"कमलेश ठाकुर": {"प्रधान"}}),
    ("इस योजना के प्रधान उद्देश्य हैं।", {}),
    ("मेहनगर के ब्लॉक अध्यक्ष श्री सुनील कुमार गोंड और तरवां की ब्लॉक अध्यक्ष कु. प्रियंका भारती को जिला कार्यकारिणी में "
     "विशेष आमंत्रित सदस्य बनाया गया है।",
     {"सुनील कुमार गोंड": {"ब्लॉक अध्यक्ष", "विशेष आमंत्रित सदस्य"},
      "प्रियंका भारती": {"ब्लॉक अध्यक्ष", "विशेष आमंत्रित सदस्य"}}),
])
def test_unit_genitive_titles_and_appointments_into_a_body(nlp, text, expected):
    assert {k: v["roles"] for k, v in persons(nlp(text)).items()} == expected


@pytest.mark.parametrize("text,expected", [
    # an honorific and a person's names before a head that is also a surname: a person, no body
    ("जनपद न्यायाधीश ने कहा कि जिलाधिकारी श्री प्रदीप कुमार निगम ने सहयोग दिया।", {"प्रदीप कुमार निगम"}),
    # occupation nouns are no part of a name
    ("पुलिस ने खलासी संजय उरांव को गिरफ्तार किया।", {"संजय उरांव"}),
])
def test_honorific_names_before_surname_heads_and_occupations(nlp, text, expected):
    assert expected <= set(persons(nlp(text)))


def test_post_lists_with_the_winners_organisation_in_the_genitive(nlp):
    text = ("उपाध्यक्ष पद पर बीपीवीएम की सुनीता कुमारी ननोमा, महासचिव पद पर एबीवीपी के दिव्यांशु जोशी और संयुक्त सचिव "
            "पद पर बीपीवीएम के राहुल खराड़ी विजयी रहे।")
    got = {k: v["roles"] for k, v in persons(nlp(text)).items()}
    assert got == {"सुनीता कुमारी ननोमा": {"उपाध्यक्ष"}, "दिव्यांशु जोशी": {"महासचिव"}, "राहुल खराड़ी": {"संयुक्त सचिव"}}


def test_a_name_after_a_bracketed_qualifier_keeps_its_first_word(nlp):
    got = persons(nlp("आयुक्त ने उपायुक्त (राजस्व) मिलिंद सदाशिव कुंभारे और सहायक आयुक्तों को निर्देश दिए।"))
    assert "मिलिंद सदाशिव कुंभारे" in got


def test_a_branch_word_opens_a_designation_but_not_an_organisation(nlp):
    # शाखा is a unit word (designation_levels.tsv kind=unit): शाखा सचिव is a post, सीएसआर शाखा is no part of a name
    doc = nlp("संघ के शाखा सचिव बीरेन तांती ने कहा कि सीएसआर शाखा अदाणी फाउंडेशन काम करेगी।")
    assert persons(doc)["बीरेन तांती"]["roles"] == {"शाखा सचिव"}
    orgs = [s.text for s in doc.spans["organizations"]]
    assert "अदाणी फाउंडेशन" in orgs and not any("शाखा" in o for o in orgs), orgs


@pytest.mark.parametrize("text,names,title", [
    # a plural post (निदेशकों, पार्षदों, अधिकारियों) introduces a list: each name holds the singular post
    ("कंपनी के दो अन्य निदेशकों स्नेहलता नायक और बिकाश चंद्र राउत की तलाश है।",
     ["स्नेहलता नायक", "बिकाश चंद्र राउत"], "निदेशक"),
    ("बैठक में पार्षदों रामकुमार वर्मा और श्याम लाल गुप्ता ने भाग लिया।", ["रामकुमार वर्मा", "श्याम लाल गुप्ता"], "पार्षद"),
    ("समिति के सदस्यों सुनील कुमार, रीना देवी और अजय पाल ने निरीक्षण किया।",
     ["सुनील कुमार", "रीना देवी", "अजय पाल"], "सदस्य"),
])
def test_a_plural_post_introduces_a_list(nlp, text, names, title):
    doc = nlp(text)
    got = persons(doc)
    assert list(got) == names
    assert all(p["roles"] == {title} for p in got.values())
    (r,) = doc.spans["roles"]
    assert r.text == next(w for w in text.split() if w.startswith(title)) != title


def test_plural_oblique_of_designation_words():
    from extract.components.people import plural_oblique

    assert [plural_oblique(w) for w in ("निदेशक", "अधिकारी", "नेता", "डीएम", "SP")] == \
        ["निदेशकों", "अधिकारियों", "नेताओं", "डीएमों", None]


@pytest.mark.parametrize("text,name", [
    # a verb form after a known given name and before ने is a surname (eastern surnames होता, कर, जाना)
    ("मुख्य महाप्रबंधक श्री रघुनाथ होता ने बताया।", "रघुनाथ होता"),
    ("अंगुल के जिलापाल श्री शुभेंदु कर ने कंपनी से कहा।", "शुभेंदु कर"),
])
def test_a_verb_form_before_ne_closes_a_name(nlp, text, name):
    doc = nlp(text)
    (span,) = [s for s in doc.spans["people"]]
    assert span.text == name and span.start_char == text.index(name)


def test_a_verb_after_a_post_is_no_surname(nlp):
    doc = nlp("इसमें एक आयुक्त जो कि अध्यक्ष होता है तथा दो सदस्य होते हैं।")
    assert list(doc.spans["people"]) == []


def test_pradhan_of_a_district_body_after_its_genitive(nlp):
    doc = nlp("व्यापारी संघ किश्तवाड़ के प्रधान बशीर अहमद गनई ने कहा। एसएसपी किश्तवाड़ के प्रतिनिधि डीएसपी विकास मेहता आए।")
    got = persons(doc)
    assert got["बशीर अहमद गनई"]["roles"] == {"प्रधान"}
    assert got["विकास मेहता"]["roles"] == {"डीएसपी"}  # (किश्तवाड़ के प्रतिनिधि: not a post of its own)


@pytest.mark.parametrize("text,name,title", [
    # designations of the session-10 lexicon round (designation_titles/portfolios.tsv)
    ("संस्था के संस्थापक अध्यक्ष गिरिजाशंकर दुबे ने कहा।", "गिरिजाशंकर दुबे", "संस्थापक अध्यक्ष"),
    ("एसओजी पीआई कल्पेश रबारी ने छापा मारा।", "कल्पेश रबारी", "एसओजी पीआई"),
    ("लांस नायक सुरेंद्र सिंह का पार्थिव शरीर गांव पहुंचा।", "सुरेंद्र सिंह", "लांस नायक"),
])
def test_designations_of_every_region_and_service(nlp, text, name, title):
    doc = nlp(text)
    assert persons(doc)[name]["roles"] == {title}
    (r,) = [s for s in doc.spans["roles"] if s.text == title]
    assert r.start_char == text.index(title)


@pytest.mark.parametrize("text,name,title", [
    ("सदर अनुमंडल पदाधिकारी अजितेश कुजूर मौजूद थे।", "अजितेश कुजूर", "सदर अनुमंडल पदाधिकारी"),
    ("वन मंडल अधिकारी सत्यब्रत मिश्र ने कहा।", "सत्यब्रत मिश्र", "वन मंडल अधिकारी"),
    ("जिला निगरानी अधिकारी निबेदिता गोगोई ने बताया।", "निबेदिता गोगोई", "जिला निगरानी अधिकारी"),
    ("जिला नजारत उप समाहर्ता दीपक मुंडा मौजूद थे।", "दीपक मुंडा", "जिला नजारत उप समाहर्ता"),
])
def test_posts_of_the_heldout43_45_round(nlp, text, name, title):
    assert persons(nlp(text))[name]["roles"] == {title}


@pytest.mark.parametrize("text,name", [
    ("हादसे में गृहिणी मालती बसुमतारी की मौत हुई।", "मालती बसुमतारी"),
    ("कॉलोनी के रहवासी दिलीप सिसोदिया ने शिकायत की।", "दिलीप सिसोदिया"),
])
def test_a_status_noun_before_a_name_is_no_part_of_it(nlp, text, name):
    doc = nlp(text)
    (span,) = doc.spans["people"]
    assert span.text == name and span.start_char == text.index(name)


@pytest.mark.parametrize("text,name", [
    # north-eastern names: a Garo middle initial, Garo and Meitei surnames, ओंगबी (Mrs.) inside a Meitei name,
    # a given name built on -बाला
    ("कार्यपालक अभियंता श्री टेंगसरांग च. मोमिन को निर्देश दिए।", "टेंगसरांग च. मोमिन"),
    ("उपायुक्त सेलिना आर. मारक ने कहा।", "सेलिना आर. मारक"),
    ("संघ की अध्यक्ष श्रीमती युमनाम ओंगबी शांतिबाला देवी ने मांग की।", "युमनाम ओंगबी शांतिबाला देवी"),
])
def test_north_eastern_names(nlp, text, name):
    doc = nlp(text)
    (span,) = doc.spans["people"]
    assert span.text == name and span.start_char == text.index(name)


def test_initials_before_unknown_words_name_south_indian_people(nlp):
    text = ("पुलिस ने चालक टी. वेंकटरमणप्पा, उसके सहायक एम. मुनिराजु और लकड़हारों के. सेल्वराज व आर. कुमरेसन को "
            "गिरफ्तार किया। एम.एससी के छात्र भी थे।")
    got = persons(nlp(text))
    assert set(got) == {"टी. वेंकटरमणप्पा", "एम. मुनिराजु", "के. सेल्वराज", "आर. कुमरेसन"}
    doc = nlp(text)
    spans = {s.text: s.start_char for s in doc.spans["people"]}
    assert spans["के. सेल्वराज"] == text.index("के. सेल्वराज")  # (the dotted के. is an initial, not a genitive)


@pytest.mark.parametrize("text,name", [
    # South Indian, Mizo and Khasi names that only the lexicon knows (no honorific, no designation)
    ("इस बीच मुरुगेसन तंगराज ने कहा कि दाम कम हैं।", "मुरुगेसन तंगराज"),
    ("बैठक में मालसावमा छांगते ने भाग लिया।", "मालसावमा छांगते"),
    ("ग्रामीण बेमबेम सुचिआंग ने शिकायत की।", "बेमबेम सुचिआंग"),
])
def test_regional_names(nlp, text, name):
    assert set(persons(nlp(text))) == {name}


@pytest.mark.parametrize("text,expected", [
    # dotted letters between a title and a name are initials, not a portfolio (एचआर)
    ("केएसआरटीसी के डिपो प्रबंधक एच. आर. मंजुनाथ ने बताया।", {"एच. आर. मंजुनाथ": {"डिपो प्रबंधक"}}),
    # taluk level; salt as a portfolio; जॉन (with ॉ) is a name, never the post word जोन
    ("रैयत संघ के तालुक अध्यक्ष बेलवाडी रंगस्वामी ने मांग की।", {"बेलवाडी रंगस्वामी": {"तालुक अध्यक्ष"}}),
    ("सहायक नमक आयुक्त देवेंद्र सिंह खिंची ने बताया।", {"देवेंद्र सिंह खिंची": {"सहायक नमक आयुक्त"}}),
    # coordinated designations with new portfolios; a rank after a post
    ("कार्यकारी निदेशक एवं रिफाइनरी प्रमुख श्री सुब्रमण्यम अय्यर ने बताया।",
     {"सुब्रमण्यम अय्यर": {"कार्यकारी निदेशक", "रिफाइनरी प्रमुख"}}),
    ("भर्ती निदेशक कर्नल विक्रम सिंह नेगी ने बताया।", {"विक्रम सिंह नेगी": {"भर्ती निदेशक", "कर्नल"}}),
    # a unit after a level; the post a list is elected to
    ("श्रीमती रूपाली दास और श्री तपन सिन्हा को जिला समिति सदस्य चुना गया।",
     {"रूपाली दास": {"जिला समिति सदस्य"}, "तपन सिन्हा": {"जिला समिति सदस्य"}}),
    # a list of posts after a named official has no holders
    ("बैठक में एसडीपीओ धीरज कुमार ठाकुर, अंचलाधिकारी, प्रखंड विकास पदाधिकारी मौजूद थे।",
     {"धीरज कुमार ठाकुर": {"एसडीपीओ"}}),
])
def test_initials_units_ranks_and_lists_of_posts(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a middle initial between a known given name and a given-name word after an honorific
    ("संघ के अध्यक्ष श्री दयानंद के. सुवर्णा ने कार्रवाई का स्वागत किया।", {"दयानंद के. सुवर्णा": {"अध्यक्ष"}}),
    # an issuer's signature with the designation after a comma on the same line (a common word in the name)
    ("बैठक हुई।\nजारीकर्ता: मनोरंजन षाड़ंगी, सहायक महाप्रबंधक (जनसंपर्क), पारादीप पोर्ट",
     {"मनोरंजन षाड़ंगी": {"सहायक महाप्रबंधक"}}),
    # a workshop is no surname
    ("संस्थान के वैज्ञानिक डॉ. वेंकटरमण भट्ट कार्यशाला के मुख्य प्रशिक्षक थे।", {"वेंकटरमण भट्ट": {"वैज्ञानिक"}}),
])
def test_middle_initials_issued_signatures_and_workshops(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb-form surname after a title and an unknown given name, before ने
    ("रायघर की प्रखंड विकास अधिकारी (बीडीओ) सुश्री तपस्विनी होता ने निरीक्षण किया।",
     {"तपस्विनी होता": {"प्रखंड विकास अधिकारी"}}),
    ("अग्रणी जिला प्रबंधक (एलडीएम) श्री बिभूति भूषण कर ने बताया।", {"बिभूति भूषण कर": {"अग्रणी जिला प्रबंधक"}}),
    # a South Indian initial written after the name
    ("जिला कलेक्टर डॉ. मीनाक्षी अम्माल एस. की अध्यक्षता में बैठक हुई।", {"मीनाक्षी अम्माल एस.": {"जिला कलेक्टर"}}),
    # a given name before the initials; a noun that is a given name after a post
    ("बैठक में ग्रेसबेल डी. शिरा ने बताया कि लोग परेशान हैं।", {"ग्रेसबेल डी. शिरा": set()}),
    ("थाना प्रभारी निरीक्षक संग्राम केशरी सेठी ने बताया।", {"संग्राम केशरी सेठी": {"थाना प्रभारी", "निरीक्षक"}}),
    ("पंचायत इकाई के पंचायत अध्यक्ष दावा नोरबू लेप्चा ने बताया।", {"दावा नोरबू लेप्चा": {"पंचायत अध्यक्ष"}}),
    # an unknown surname closed by a past copula after an honorific; a craft before a name
    ("मुख्य अतिथि पंचायत समिति की प्रधान श्रीमती मांगी बाई धाकड़ थीं।", {"मांगी बाई धाकड़": {"प्रधान"}}),
    ("पुरस्कार वेल्डर राजमणि लोधी को दिया गया।", {"राजमणि लोधी": set()}),
    # Maharashtra's divisional controller; a double surname joined by a hyphen
    ("धाराशिव विभाग नियंत्रक संदीप रघुनाथ वाघमोडे ने बताया।", {"संदीप रघुनाथ वाघमोडे": {"विभाग नियंत्रक"}}),
])
def test_regional_name_shapes(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # portfolios of district health, weights and measures, plant protection, project sites; a police chief
    ("माप-तौल निरीक्षक अमृतांशु आनंद ने जांच की।", {"अमृतांशु आनंद": {"माप-तौल निरीक्षक"}}),
    ("वरिष्ठ वैज्ञानिक एवं परियोजना स्थल प्रभारी डॉ. नितिन श्रीधर वाळके, विभाग के अभियंता आए।",
     {"नितिन श्रीधर वाळके": {"वरिष्ठ वैज्ञानिक", "परियोजना स्थल प्रभारी"}}),
    ("जिला पुलिस प्रमुख हरिदास मेनन ने बताया कि उत्सव होगा।", {"हरिदास मेनन": {"जिला पुलिस प्रमुख"}}),
    # two posts joined by एवं, the second after an owner in the genitive (संस्थान के)
    ("बैठक जिलाधिकारी एवं संस्थान के अध्यक्ष सुधाकर बाबुराव जगताप की अध्यक्षता में हुई।",
     {"सुधाकर बाबुराव जगताप": {"जिलाधिकारी", "अध्यक्ष"}}),
])
def test_portfolios_and_owned_posts(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # Assam's circle officer, land records, mine safety, area engineers
    ("जिला भूमि अभिलेख अधिकारी हिमाद्रि शइकीया ने कहा। सर्किल अधिकारी नयनमणि कलिता ने कहा।",
     {"हिमाद्रि शइकीया": {"जिला भूमि अभिलेख अधिकारी"}, "नयनमणि कलिता": {"सर्किल अधिकारी"}}),
    ("खदान सुरक्षा अधिकारी श्री एम. राजेश्वर, एरिया इंजीनियर श्रीमती सी. पद्मजा आए।",
     {"एम. राजेश्वर": {"खदान सुरक्षा अधिकारी"}, "सी. पद्मजा": {"एरिया इंजीनियर"}}),
    # common given names the lexicon lacked (कैलाश was a place word)
    ("सहायक निबंधक सहकारिता कैलाश चंद्र नौटियाल ने बताया।", {"कैलाश चंद्र नौटियाल": {"सहायक निबंधक सहकारिता"}}),
    ("कार्यपालक पदाधिकारी प्रभात किरण त्रिवेदी ने बताया।", {"प्रभात किरण त्रिवेदी": {"कार्यपालक पदाधिकारी"}}),
])
def test_more_posts_and_common_given_names(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural of respect is no name; नेता alone is no post (the golden sets never record it)
    ("बैठक में समिति सदस्य प्राध्यापकगण उपस्थित रहे।", {}),
    ("भाजपा नेता राम सिंह यादव ने कहा।", {"राम सिंह यादव": set()}),
    ("पार्षद दल नेता श्री मोहन लाल ने कहा।", {"मोहन लाल": {"पार्षद दल नेता"}}),
])
def test_plurals_of_respect_and_leaders(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a hyphenated deputy, a village council's head, a programme assistant, Haryana's BDPO, a rural SP, a priest
    ("बैठक में उप-कलेक्टर श्रीमती सस्मिता नायक उपस्थित रहीं।", {"सस्मिता नायक": {"उप-कलेक्टर"}}),
    ("ग्राम परिषद अध्यक्ष श्रीमती लालरिनपुई खियांगते ने आभार जताया।", {"लालरिनपुई खियांगते": {"ग्राम परिषद अध्यक्ष"}}),
    ("संचालन कार्यक्रम सहायक श्री के. लालरामज़ौवा ने किया।", {"के. लालरामज़ौवा": {"कार्यक्रम सहायक"}}),
    ("खंड विकास एवं पंचायत अधिकारी विजेंद्र धनखड़ ने बताया।", {"विजेंद्र धनखड़": {"खंड विकास एवं पंचायत अधिकारी"}}),
    ("ग्रामीण पुलिस अधीक्षक श्री अभिजीत तांबोळी ने बताया।", {"अभिजीत तांबोळी": {"ग्रामीण पुलिस अधीक्षक"}}),
    ("सर्कल अधिकारी रंजीत दास ने बताया।", {"रंजीत दास": {"सर्कल अधिकारी"}}),
    ("मंदिर के पुजारी श्री बंटुपल्लि वेंकटराव ने बताया।", {"बंटुपल्लि वेंकटराव": {"पुजारी"}}),
    # a municipal council's commissioner keeps the council out of the post; a priests' body is no post
    ("नगर परिषद आयुक्त हेमराज सिंह ने कहा।", {"हेमराज सिंह": {"आयुक्त"}}),
    ("तुलजापुर पुजारी मंडल के अध्यक्ष श्री किशोर गंगणे ने बताया।", {"किशोर गंगणे": {"अध्यक्ष"}}),
])
def test_regional_posts_and_priests(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


def test_a_byline_credit_is_no_person(nlp):
    assert roles_of(nlp("मेडक (नवभारत न्यूज)। जिले में शिविर लगेगा।")) == {}


@pytest.mark.parametrize("text,expected", [
    # an unknown third word after a name word and a given name, after a post
    ("जलविद्युत विभाग के सहायक अभियंता सोनम ताशी ग्याछो ने बताया।", {"सोनम ताशी ग्याछो": {"सहायक अभियंता"}}),
    # a given name built on -उद्दीन in a list of appointments
    ("बैठक में श्री रजनीश अग्रवाल को कोषाध्यक्ष, इकरामुद्दीन अंसारी और तरुण सिंघल को उपाध्यक्ष बनाया गया।",
     {"रजनीश अग्रवाल": {"कोषाध्यक्ष"}, "इकरामुद्दीन अंसारी": {"उपाध्यक्ष"}, "तरुण सिंघल": {"उपाध्यक्ष"}}),
    # डर (fear) is no name
    ("पिता श्री चिदानंद ने कहा कि उनका बेटा डर के कारण स्कूल नहीं गया।", {"चिदानंद": set()}),
])
def test_more_name_shapes(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("जिला अधीक्षक कृषि अधिकारी श्री रमेश पाटिल ने बताया।", {"रमेश पाटिल": {"जिला अधीक्षक कृषि अधिकारी"}}),
    ("प्रधान कृषि अधिकारी डॉ. जसविंदर सिंह ने कहा।", {"जसविंदर सिंह": {"प्रधान कृषि अधिकारी"}}),
    ("पौधा रोग वैज्ञानिक डॉ. सुनीता राव, प्रमुख वैज्ञानिक डॉ. अमित सेन आए।",
     {"सुनीता राव": {"पौधा रोग वैज्ञानिक"}, "अमित सेन": {"प्रमुख वैज्ञानिक"}}),
    ("साइबर सेल प्रभारी श्री राकेश यादव, स्वाट टीम प्रभारी श्री मोहन सिंह आए।",
     {"राकेश यादव": {"साइबर सेल प्रभारी"}, "मोहन सिंह": {"स्वाट टीम प्रभारी"}}),
    ("जिला पशुसंवर्धन उपायुक्त डॉ. मंगेश काले ने बताया।", {"मंगेश काले": {"जिला पशुसंवर्धन उपायुक्त"}}),
    ("वन पंचायत सरपंच श्रीमती हेमलता बोरा ने बताया।", {"हेमलता बोरा": {"वन पंचायत सरपंच"}}),
])
def test_agriculture_science_and_unit_posts(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


def test_a_longer_purpose_genitive_before_an_appointed_post(nlp):
    text = "अपर जिला मजिस्ट्रेट श्री प्रशांत कुमार सेठी को शिविरों की पूरी व्यवस्था का नोडल अधिकारी नामित किया गया।"
    assert roles_of(nlp(text)) == {"प्रशांत कुमार सेठी": {"अपर जिला मजिस्ट्रेट", "नोडल अधिकारी"}}


@pytest.mark.parametrize("text,expected", [
    # more occupation and status nouns a name stands in apposition to (no role)
    ("मोहाडी तहसील के वरठी गांव की लाभार्थी शालू बांते ने बताया कि पैसा नहीं मिला।", {"शालू बांते": set()}),
    ("मेटेका गांव के मूगा पालक जोगेन चेतिया ने कहा कि फसल अच्छी होगी।", {"जोगेन चेतिया": set()}),
    ("गैंग का सरगना बबलू डोडियार फरार है।", {"बबलू डोडियार": set()}),
    # an adjective use of ग्रामीण before a common word is no name
    ("सरपंच ने बताया कि ग्रामीण थाली और ढोल बजाकर टिड्डियां भगा रहे हैं।", {}),
])
def test_more_apposition_nouns(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a name opening the name of a scheme, a works or an institution is no person
    ("शहीद महेंद्र कर्मा तेंदूपत्ता संग्राहक सामाजिक सुरक्षा योजना के तहत राशि मिली।", {}),
    ("बाउड़िया इलाके में स्थित श्री गौरी जूट मिल के मजदूर आए।", {}),
    ("लगातार बारिश से पंडित रविशंकर शुक्ल जलाशय का जलस्तर बढ़ा।", {}),
    ("टीम ने श्री साईकृपा गोल्ड पैलेस पर छापा मारा।", {}),
    # a post before the name keeps the person
    ("जिलाधिकारी रमेश सिंह योजना की समीक्षा करेंगे।", {"रमेश सिंह": {"जिलाधिकारी"}}),
])
def test_names_of_schemes_and_works_are_no_people(nlp, text, expected):
    assert roles_of(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("निवासी अपर कलेक्टर श्रीमती नीलमबेन सुथार ने बताया।", {"नीलमबेन सुथार": {"निवासी अपर कलेक्टर"}}),
    ("मृदा वैज्ञानिक श्री नीरव कुंकणा और विषय विशेषज्ञ श्रीमती किंजल माहला आए।",
     {"नीरव कुंकणा": {"मृदा वैज्ञानिक"}, "किंजल माहला": {"विषय विशेषज्ञ"}}),
    ("रेंज वन अधिकारी श्री सी. वानलालह्रुआइया ने बताया।", {"सी. वानलालह्रुआइया": {"रेंज वन अधिकारी"}}),
    ("मुख्य कार्यपालक अधिकारी श्रीमती नंदिनी हिरेगौडर ने कहा।", {"नंदिनी हिरेगौडर": {"मुख्य कार्यपालक अधिकारी"}}),
    ("लीड जिला प्रबंधक श्री पार्थ सारथी देव ने बताया।", {"पार्थ सारथी देव": {"लीड जिला प्रबंधक"}}),
    ("गांव के नोकमा श्री ग्रीनवेल ए. मोमिन ने बताया।", {"ग्रीनवेल ए. मोमिन": {"नोकमा"}}),
    ("कोतवाली के आईसी सौमेन मजूमदार ने बताया।", {"सौमेन मजूमदार": {"आईसी"}}),
])
def test_more_regional_and_corporate_posts(nlp, text, expected):
    assert roles_of(nlp(text)) == expected

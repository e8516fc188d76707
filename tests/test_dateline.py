"""hindi_dateline: each dateline form, the publish line, the caller's hint and the warning."""
from __future__ import annotations

import pytest

from extract.pipeline import make_nlp
from extract.spans import attrs

NO_DATE = "no document date: relative dates left unresolved"


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_dateline", "hindi_dates"])


def run(nlp, text: str, hint: str | None = None):
    doc = nlp.make_doc(text)
    doc._.doc_date_hint = hint
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def roles(doc) -> dict[str, str]:
    return {attrs(s)["role"]: s.text for s in doc.spans["dateline"]}


# text, doc_date value, source, date text, place text
CASES = [
    ("लखनऊ 15 सितम्बर 2018, भारतीय जनता पार्टी की बैठक संपन्न हुई।", "2018-09-15", "dateline", "15 सितम्बर 2018", "लखनऊ"),
    ("वाराणसी, 12 मार्च 2024। काशी में गंगा आरती हुई।", "2024-03-12", "dateline", "12 मार्च 2024", "वाराणसी"),
    ("पटना, १४ जनवरी २०२३ (हि.स.)। मकर संक्रांति पर स्नान हुआ।", "2023-01-14", "dateline", "१४ जनवरी २०२३", "पटना"),
    ("नई दिल्ली, 5 अगस्त 2022। संसद में हंगामा हुआ।", "2022-08-05", "dateline", "5 अगस्त 2022", "नई दिल्ली"),
    ("जयपुर: 3 मार्च 2021 - राज्य में बारिश हुई।", "2021-03-03", "dateline", "3 मार्च 2021", "जयपुर"),
    ("गोरखपुर, 15.09.2018। शहर में जलभराव हुआ।", "2018-09-15", "dateline", "15.09.2018", "गोरखपुर"),
    ("भाजपा की बैठक में निर्णय\nलखनऊ, 15 सितंबर 2018। बैठक हुई।", "2018-09-15", "dateline", "15 सितंबर 2018", "लखनऊ"),
    ("नई दिल्ली।। केंद्र सरकार ने 15 सितंबर 2018 को नई नीति घोषित की।", "2018-09-15", "dateline", "15 सितंबर 2018", "नई दिल्ली"),
    ("नई दिल्ली।। केंद्र सरकार ने नई नीति घोषित की।\nदिनांक 05.08.2022", "2022-08-05", "dateline", "05.08.2022", "नई दिल्ली"),
    ("दिनांक 05.08.2022\nप्रेस विज्ञप्ति\nबैठक हुई।", "2022-08-05", "dateline", "05.08.2022", None),
    ("प्रेस विज्ञप्ति\nदिनांक: 05.08.2022\nबैठक हुई।", "2022-08-05", "dateline", "05.08.2022", None),
    ("Publish Date: Thu, 30 Nov 2017 10:02 PM (IST)\nबैठक हुई।", "2017-11-30", "publish_line", "Thu, 30 Nov 2017", None),
    ("Published: 30/11/2017\nबैठक हुई।", "2017-11-30", "publish_line", "30/11/2017", None),
    ("Publish Date: Thu, 30 Nov 2017\nलखनऊ। बैठक हुई।", "2017-11-30", "publish_line", "Thu, 30 Nov 2017", "लखनऊ"),
    ("Published on: November 30, 2017\nबैठक हुई।", "2017-11-30", "publish_line", "November 30, 2017", None),
    ("भोपाल : सोमवार, फरवरी 3, 2020\nमंत्री ने समीक्षा बैठक ली।", "2020-02-03", "dateline", "सोमवार, फरवरी 3, 2020", "भोपाल"),
    ("संवाद सहयोगी, हजारीबाग\nहजारीबाग 19 जून 2022 भाजपा की जिला स्तरीय बैठक कल हुई।", "2022-06-19", "dateline", "19 जून 2022", "हजारीबाग"),
    # a place-only dateline after a headline and a publish / दिनांक line
    ("नगर पालिका में बजट पास\nUpdated Tue, 05 Mar 2024 08:15 PM IST\nगोंडा। नगर पालिका की बैठक हुई।",
     "2024-03-05", "publish_line", "Tue, 05 Mar 2024", "गोंडा"),
    ("किसानों का धरना जारी\nदिनांक: 11.01.2024\nबलिया। किसानों ने धरना दिया।", "2024-01-11", "dateline", "11.01.2024", "बलिया"),
    # a Hindi weekday, Devanagari digits, a time before the date in a publish line
    ("सड़क पर जाम\nप्रकाशित: शुक्रवार, 12 अप्रैल 2024\nसीवान। लोगों ने जाम लगाया।", "2024-04-12", "publish_line",
     "शुक्रवार, 12 अप्रैल 2024", "सीवान"),
    ("सड़क पर जाम\nप्रकाशित: गुरुवार, ०३ अक्टूबर २०२४\nबैठक हुई।", "2024-10-03", "publish_line", "गुरुवार, ०३ अक्टूबर २०२४", None),
    ("सड़क पर जाम\nUpdated At : 09:05 AM Jan 17, 2024 IST\nबैठक हुई।", "2024-01-17", "publish_line", "Jan 17, 2024", None),
    # a year-less dateline date takes its year from the publish line
    ("दीक्षांत समारोह में उपाधियां\nप्रकाशित: 02 जनवरी 2025, 09:10\nउदयपुर, 2 जनवरी (कासं)। समारोह हुआ।", "2025-01-02",
     "dateline", "2 जनवरी", "उदयपुर"),
]


@pytest.mark.parametrize("text,value,source,date_text,place", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_dateline_forms(nlp, text, value, source, date_text, place):
    doc = run(nlp, text)
    dd = doc._.doc_date
    assert dd is not None
    assert (dd["value"], dd["source"], dd["text"]) == (value, source, date_text)
    assert doc.text[dd["start"]:dd["end"]] == date_text
    r = roles(doc)
    assert r.get("date") == date_text
    assert r.get("place") == place
    for span in doc.spans["dateline"]:
        assert doc.text[span.start_char:span.end_char] == span.text
        assert 0 <= attrs(span)["confidence"] <= 1
    assert not doc._.warnings


def test_place_only_without_date_uses_hint(nlp):
    doc = run(nlp, "नई दिल्ली।। केंद्र सरकार ने नई नीति घोषित की।", "2018-09-20")
    assert roles(doc) == {"place": "नई दिल्ली"}
    assert doc._.doc_date == {"value": "2018-09-20", "source": "caller", "text": None, "start": None, "end": None}


def test_year_from_hint(nlp):
    doc = run(nlp, "लखनऊ, 15 सितंबर। बैठक हुई।", "2018-09-20")
    assert doc._.doc_date["value"] == "2018-09-15"
    assert doc._.doc_date["source"] == "dateline"
    assert roles(doc) == {"place": "लखनऊ", "date": "15 सितंबर"}


def test_year_missing_no_hint(nlp):
    doc = run(nlp, "नई दिल्ली, 15 सितंबर (भाषा)। संसद में हंगामा हुआ।")
    assert doc._.doc_date is None
    assert roles(doc) == {"place": "नई दिल्ली", "date": "15 सितंबर"}
    assert NO_DATE in doc._.warnings


def test_hint_when_no_dateline(nlp):
    doc = run(nlp, "बैठक संपन्न हुई। कल रैली होगी।", "2018-09-15")
    assert doc._.doc_date["source"] == "caller"
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == ["2018-09-16"]
    assert list(doc.spans["dateline"]) == []


def test_no_date_warns(nlp):
    doc = run(nlp, "बैठक संपन्न हुई। कल रैली होगी।")
    assert doc._.doc_date is None
    assert doc._.warnings == [NO_DATE]
    assert [attrs(s)["value"] for s in doc.spans["dates"]] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "आज 15 सितंबर 2018 को बैठक हुई।",  # a relative word is no place
        "बैठक 15 सितंबर 2018 को होगी।",  # a sentence, not a dateline
        "पुलिस ने 15 सितंबर 2018 को छापा मारा।",
        "हजारीबाग 15 सितंबर 2018 को बैठक हुई।",  # date + postposition: a sentence
    ],
)
def test_not_a_dateline(nlp, text):
    doc = run(nlp, text)
    assert doc._.doc_date is None
    assert list(doc.spans["dateline"]) == []


def test_dateline_date_is_also_a_date(nlp):
    doc = run(nlp, "लखनऊ 15 सितम्बर 2018, बैठक हुई।")
    dates = [(s.text, attrs(s)["value"]) for s in doc.spans["dates"]]
    assert dates == [("15 सितम्बर 2018", "2018-09-15")]


def test_hint_does_not_override_dateline(nlp):
    doc = run(nlp, "लखनऊ 15 सितम्बर 2018, बैठक हुई।", "2020-01-01")
    assert doc._.doc_date["value"] == "2018-09-15"


def test_empty_doc(nlp):
    doc = run(nlp, "", "2018-09-15")
    assert doc._.doc_date["source"] == "caller"
    assert list(doc.spans["dates"]) == []


def test_dateline_and_dates_spans_keep_their_own_attributes(nlp):
    doc = run(nlp, "लखनऊ 15 सितम्बर 2018, बैठक हुई।")
    dl = [attrs(s) for s in doc.spans["dateline"] if attrs(s).get("role") == "date"][0]
    dt = attrs(doc.spans["dates"][0])
    assert dl["role"] == "date" and dl["source"] == "dateline"
    assert "role" not in dt and dt["type"] == "date" and dt["value"] == "2018-09-15"


# --------------------------------------------------------------------------- bylines and headings


def test_tithi_inside_a_sentence_is_no_dateline(nlp):
    """``अंतिम तिथि 15 जुलाई`` in the body is a deadline, not a दिनांक line: the publish line dates the note."""
    doc = run(nlp, "धरना\nप्रकाशित: 30 जून 2025, 07:40 PM\nहरदा। किसानों ने धरना दिया।\n"
                   "मांग की गई कि पंजीयन की अंतिम तिथि 15 जुलाई तक बढ़ाई जाए।")
    assert (doc._.doc_date["value"], doc._.doc_date["source"]) == ("2025-06-30", "publish_line")


@pytest.mark.parametrize("text,place", [
    ("जागरण संवाददाता, बक्सर : नगर परिषद की बैठक हुई।", "बक्सर"),
    ("संवाद सूत्र, बिसवां (सीतापुर) : तहसील में समाधान दिवस हुआ।", "बिसवां"),  # a town the gazetteer lacks
    ("विधि संवाददाता, जबलपुर : हाईकोर्ट ने आदेश दिया।", "जबलपुर"),
    ("राज्य ब्यूरो, पटना : मंत्रिमंडल की बैठक हुई।", "पटना"),
    ("वरिष्ठ संवाददाता, गया : बैठक हुई।", "गया"),  # गया is also a verb: taken after a byline
    ("भास्कर न्यूज | उज्जैन\nकलेक्टर ने बैठक ली।", "उज्जैन"),
    ("संवाद सहयोगी, रामगढ़\nजिले में बैठक हुई।", "रामगढ़"),
    ("बारिश से तबाही\nPublish Date: Tue, 17 Oct 2023\nजासं, अलीगढ़ : बारिश हुई।", "अलीगढ़"),
    ("अलीगढ़ : बारिश हुई।", "अलीगढ़"),  # no byline: a gazetteer place
    ("बस्ती (ब्यूरो)। विद्युत विभाग ने अभियान चलाया।", "बस्ती"),  # a district that is also a word, before "।"
    ("बिजली चोरी पर छापा\nबस्ती। विद्युत विभाग ने अभियान चलाया।", "बस्ती"),
    # a byline closed by ":" on its own line, a district that is also a word (दुर्ग = fort)
    ("सट्टा पैनल के छह आरोपी गिरफ्तार\nहरिभूमि न्यूज : दुर्ग\n26 अक्टूबर 2025, 10:40 PM\nदुर्ग। \nपुलिस ने आरोपियों को पकड़ा।",
     "दुर्ग"),
])
def test_byline_places(nlp, text, place):
    doc = run(nlp, text)
    assert roles(doc).get("place") == place


@pytest.mark.parametrize("text", [
    "डॉ. रामविलास शर्मा : हिंदी के प्रमुख आलोचक थे।",  # a person heading
    "कच्चा तेल : दाम फिर बढ़े।",  # a topic heading
    "मूल्यांकन : योजना सफल रही।",
    "लेखक - अमित कुमार",
    "मुख्य समाचार\nबैठक : आज हुई।",
    "गया : बैठक हुई।",  # word-like name without a byline
    "गया।\nवह घर गया।",  # a word-like name closing its line
    "पहली पंक्ति\nदूसरी पंक्ति\nतीसरी पंक्ति\nलखनऊ : चौथी पंक्ति में।",  # not in the first lines
    "पहली पंक्ति\nदूसरी पंक्ति\nलखनऊ : तीसरी पंक्ति में।",  # third line, but the second is no date line
])
def test_headings_are_not_datelines(nlp, text):
    doc = run(nlp, text)
    assert "place" not in roles(doc)


@pytest.mark.parametrize("text,value", [
    ("सड़क निर्माण में घटिया सामग्री\nअंतिम अपडेट: 13 नवंबर 2024, 09:10 PM\nसंवाद सूत्र, भिकियासैंण : जांच हुई।", "2024-11-13"),
    ("आग से तीन की मौत\nअपडेट: 14 अप्रैल 2025 20:15\nनई दिल्ली : आग लगी।", "2025-04-14"),
])
def test_hindi_update_stamps_are_publish_lines_not_places(nlp, text, value):
    doc = run(nlp, text)
    assert (doc._.doc_date["value"][:10], doc._.doc_date["source"]) == (value, "publish_line")
    assert "अपडेट" not in roles(doc).get("place", "")


def test_press_note_dateline_below_issuer_lines():
    from extract import Extractor

    text = ("नगर निगम मंडी का बजट पारित\nसूचना एवं जन संपर्क विभाग, हिमाचल प्रदेश\nजिला लोक संपर्क कार्यालय, मंडी\n"
            "प्रेस विज्ञप्ति\nमंडी, 27 फरवरी, 2025।\nनगर निगम मंडी के सदन की बजट बैठक आज आयोजित की गई।")
    rec = Extractor(model="blank")(text)
    assert rec.doc_date.value == "2025-02-27"
    assert (rec.dateline_place.name, rec.dateline_place.start) == ("मंडी", text.index("मंडी, 27"))


def test_dateline_below_issuer_lines_with_a_bracketed_district_and_the_first_sentence():
    from extract import Extractor
    from extract.spans import attrs

    doc = Extractor().annotate("शीर्षक\nप्रेस विज्ञप्ति\nविभाग, लिमिटेड, लाखेरी संयंत्र\n"
                               "लाखेरी (बूंदी), 22 जुलाई 2025। संयंत्र ने शिविर लगाया।")
    assert [(s.text, attrs(s)["role"]) for s in doc.spans["dateline"]] == [("लाखेरी", "place"),
                                                                          ("22 जुलाई 2025", "date")]

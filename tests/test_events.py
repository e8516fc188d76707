"""hindi_events: reported/announced events, coreference of repeated mentions, and their attributes.

Runs hindi_statements + hindi_events only; the document date and the spans of the dates/people/places
components are simulated where a behaviour depends on them. The real components are used through
pytest.importorskip in the last tests.
"""
import importlib
import json

import pytest

from extract.pipeline import make_nlp
from extract.spans import add_span, attrs

from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_DATE = {"value": "2018-09-15", "source": "dateline", "text": "15 सितम्बर 2018",
             "start": SEED_TEXT.index("15 सितम्बर 2018"), "end": SEED_TEXT.index("15 सितम्बर 2018") + len("15 सितम्बर 2018")}

REVIEW = (
    "आगरा, 12 मार्च 2024।\n"
    "जिलाधिकारी की अध्यक्षता में कलेक्ट्रेट सभागार में विकास कार्यों की समीक्षा बैठक आयोजित की गई। "
    "बैठक में जिलाधिकारी ने अधिकारियों को निर्देश दिए कि सभी निर्माण कार्य 31 मार्च तक पूर्ण कराए जाएं। "
    "उन्होंने लापरवाही बरतने पर अधिशासी अभियंता को निलंबित करने के निर्देश दिए। "
    "बैठक में बताया गया कि अवैध खनन के विरुद्ध अभियान चलाकर 5 हजार रुपये का जुर्माना वसूला गया। "
    "अगली समीक्षा बैठक 20 मार्च को आयोजित की जाएगी। "
    "बैठक में मुख्य विकास अधिकारी राम कुमार तथा अपर जिलाधिकारी सीमा सिंह उपस्थित रहे।"
)
REVIEW_DATE = {"value": "2024-03-12", "source": "dateline", "text": "12 मार्च 2024",
               "start": REVIEW.index("12 मार्च 2024"), "end": REVIEW.index("12 मार्च 2024") + len("12 मार्च 2024")}


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_statements", "hindi_events"])


def run(nlp, text, spans=(), doc_date=None):
    """Run ``nlp`` on ``text`` with a document date and simulated spans (group, text, attrs[, nth occurrence])."""
    doc = nlp.make_doc(text)
    doc._.doc_date = doc_date
    procs = dict(nlp.pipeline)
    doc = procs["hindi_sentences"](doc)
    for group, needle, a, *nth in spans:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = text.index(needle, start + 1)
        assert add_span(doc, group, start, start + len(needle), **a) is not None
    for name, proc in nlp.pipeline:
        if name != "hindi_sentences":
            doc = proc(doc)
    return doc


def events(doc):
    return [(e.text, attrs(e)) for e in doc.spans["events"]]


# --------------------------------------------------------------------------------------------- seed

@pytest.fixture(scope="module")
def seed(nlp):
    return run(nlp, SEED_TEXT, doc_date=SEED_DATE)


def test_seed_three_events(seed):
    got = [(t, a["type"], a["type_en"], a["status"]) for t, a in events(seed)]
    assert got == [
        ("योजना बैठक", "बैठक", "meeting", "reported"),
        ("प्रदेश स्तरीय", "सम्मेलन", "conference", "announced"),  # elliptical: noun from the parallel next sentence
        ("सम्मेलन", "सम्मेलन", "conference", "announced"),
    ]
    assert all(e.label_ == "EVENT" for e in seed.spans["events"])


def test_seed_reported_meeting(seed):
    _, a = events(seed)[0]
    assert a["date"] == "2018-09-15"
    assert a["place"] == "लखनऊ"
    assert a["venue"] == "भाजपा प्रदेश मुख्यालय"
    assert a["elliptical"] is False and a["confidence"] >= 0.85
    # statements made बैठक में: इस बैठक में ... योजना बनायी गयी है; बैठक में यह भी निर्णय लिया गया कि ...
    assert a["statements"] == [3, 4]
    kinds = [attrs(seed.spans["statements"][i])["kind"] for i in a["statements"]]
    assert kinds == ["plan", "decision"]


def test_seed_meeting_mentions_corefer(seed):
    """Every later बैठक / इस बैठक में / आयोजित बैठक / बैठक करके joins the first meeting."""
    _, a = events(seed)[0]
    mentions = [SEED_TEXT[s:e] for s, e in a["mentions"]]
    assert mentions[0] == "योजना बैठक"
    assert mentions.count("बैठक") == 7 and len(mentions) == 8
    assert sum(1 for _, b in events(seed) if b["type"] == "बैठक") == 1


def test_seed_announced_events(seed):
    (_, conf_sep), (_, conf_oct) = events(seed)[1:]
    assert conf_sep["elliptical"] is True and conf_sep["confidence"] == pytest.approx(0.6)
    assert conf_sep["place"] == "लखनऊ"  # the dateline place, named in the sentence
    assert conf_sep["statements"] == [5]
    assert conf_oct["elliptical"] is False and conf_oct["place"] is None and conf_oct["statements"] == [6]
    # no date component ran: announced events have no date (the document date is only for the dateline event)
    assert conf_sep["date"] is None and conf_oct["date"] is None


def test_seed_topics_are_not_events(seed):
    texts = [t for t, _ in events(seed)]
    for topic in ("कार्यशाला", "कार्यशालाओं", "अभियानों", "अभियान", "प्रशिक्षण कार्यक्रम", "प्रशिक्षण"):
        assert topic not in texts


def test_seed_with_simulated_components(nlp):
    spans = [
        ("dates", "सितम्बर माह", {"value": "2018-09", "type": "date", "confidence": 0.9}, 0),
        ("dates", "सितम्बर माह", {"value": "2018-09", "type": "date", "confidence": 0.9}, 1),
        ("dates", "अक्टूबर", {"value": "2018-10", "type": "date", "confidence": 0.9}),
        ("places", "लखनऊ", {"name": "लखनऊ", "kind": "district", "confidence": 0.9}, 1),
        ("places", "उ० प्र०", {"name": "उत्तर प्रदेश", "kind": "state", "confidence": 0.9}),
        ("organizations", "भारतीय जनता पार्टी आईटी० विभाग", {"name": "भारतीय जनता पार्टी", "confidence": 0.9}),
        ("people", "अंकित चंदेल", {"person": "P5", "confidence": 0.9}),
        ("people", "कामेश्वर मिश्रा", {"person": "P6", "confidence": 0.9}),
        ("people", "शुभम मिश्रा", {"person": "P10", "confidence": 0.9}),
        ("people", "भूपेन्द्र यादव", {"person": "P2", "confidence": 0.9}),  # बैठक करके: no participation phrase
    ]
    doc = run(nlp, SEED_TEXT, spans=spans, doc_date=SEED_DATE)
    got = [(t, a["status"], a["date"], a["place"]) for t, a in events(doc)]
    assert got == [
        ("योजना बैठक", "reported", "2018-09-15", "लखनऊ"),
        ("प्रदेश स्तरीय", "announced", "2018-09", "लखनऊ"),
        ("सम्मेलन", "announced", "2018-10", None),
    ]
    first = events(doc)[0][1]
    assert first["participants"] == ["P5", "P6", "P10"]
    assert first["organizer"] == "भारतीय जनता पार्टी"


def test_seed_without_document_date(nlp):
    doc = run(nlp, SEED_TEXT)
    _, a = events(doc)[0]
    assert a["date"] is None and a["place"] is None and a["status"] == "reported"


# --------------------------------------------------------------------------------------------- review meeting

@pytest.fixture(scope="module")
def review(nlp):
    spans = [
        ("dates", "20 मार्च", {"value": "2024-03-20", "type": "date", "confidence": 0.9}),
        ("dates", "31 मार्च", {"value": "2024-03-31", "type": "date", "confidence": 0.9}),
        ("people", "राम कुमार", {"person": "P2", "confidence": 0.9}),
        ("people", "सीमा सिंह", {"person": "P3", "confidence": 0.9}),
    ]
    return run(nlp, REVIEW, spans=spans, doc_date=REVIEW_DATE)


def test_review_statements(review):
    got = [(attrs(s)["kind"], s.text) for s in review.spans["statements"]]
    sentences = REVIEW.split("\n")[1].split("। ")
    assert got == [
        ("directive", sentences[1] + "।"),
        ("directive", sentences[2] + "।"),
        ("action", sentences[3] + "।"),
        ("plan", sentences[4] + "।"),
    ]
    assert attrs(review.spans["statements"][0])["actor"] == "जिलाधिकारी"
    assert attrs(review.spans["statements"][2])["reported"] is True
    q = review.spans["quantities"]
    assert [(x.text, attrs(x)["value"], attrs(x)["unit"], attrs(x)["statement"]) for x in q] == [
        ("5 हजार रुपये", 5000, "INR", 2)]


def test_review_events(review):
    got = [(t, a["type"], a["type_en"], a["status"], a["date"]) for t, a in events(review)]
    assert got == [
        ("समीक्षा बैठक", "समीक्षा बैठक", "review meeting", "reported", "2024-03-12"),  # after a dateline-only sentence
        ("समीक्षा बैठक", "समीक्षा बैठक", "review meeting", "announced", "2024-03-20"),
    ]
    held, nxt = (a for _, a in events(review))
    assert held["venue"] == "कलेक्ट्रेट सभागार" and held["place"] == "आगरा"
    assert held["statements"] == [0, 2]
    assert held["participants"] == ["P2", "P3"]
    assert len(held["mentions"]) == 4  # the trigger + three बैठक में
    assert nxt["statements"] == [3] and nxt["participants"] == [] and nxt["venue"] is None


# --------------------------------------------------------------------------------------------- rules

@pytest.mark.parametrize("text,expected", [
    ("जिलाधिकारी ने विकास भवन सभागार में समीक्षा बैठक की।", [("समीक्षा बैठक", "reported", "विकास भवन सभागार")]),
    ("मंत्री ने वल्लभ भवन में विभाग की समीक्षा बैठक ली।", [("समीक्षा बैठक", "reported", "वल्लभ भवन")]),
    ("नगर में तीन दिवसीय स्वास्थ्य शिविर लगाया जाएगा।", [("स्वास्थ्य शिविर", "announced", None)]),
    ("अगले माह लखनऊ में प्रदेश स्तरीय कार्यकर्ता सम्मेलन आयोजित किया जाएगा।",
     [("प्रदेश स्तरीय कार्यकर्ता सम्मेलन", "announced", None)]),
    ("इसके लिए जनवरी में अभियंताओं की कार्यशाला होगी।", [("कार्यशाला", "announced", None)]),
    ("विश्वविद्यालय का दीक्षांत समारोह 18 दिसम्बर को आयोजित होगा।", [("दीक्षांत समारोह", "announced", None)]),
    ("जिले में दो सप्ताह तक सदस्यता अभियान चलाया गया।", [("सदस्यता अभियान", "reported", None)]),
    ("प्रस्तावित बैठक की तैयारी शुरू की गई है।", [("बैठक", "announced", None)]),
])
def test_anchored_triggers(nlp, text, expected):
    assert [(t, a["status"], a["venue"]) for t, a in events(run(nlp, text))] == expected


@pytest.mark.parametrize("text", [
    "बैठक में कार्यशाला और प्रशिक्षण कार्यक्रम के विषयों पर चर्चा हुई।",
    "भाजपा के आगामी अभियानों से अधिक लोगों को जोड़ा जाए।",
    "प्रदेश में होने वाली कार्यशालाओं की योजना तैयार की गयी।",
    "बैठक की अध्यक्षता जिलाध्यक्ष ने की।",
])
def test_topic_mentions_are_not_events(nlp, text):
    assert events(run(nlp, text)) == []


def test_first_meeting_mention_with_a_decision_makes_an_event(nlp):
    doc = run(nlp, "बैठक में निर्णय लिया गया कि सम्मेलन मार्च में होगा।")
    got = [(t, a["status"], a["confidence"]) for t, a in events(doc)]
    assert got[0] == ("बैठक", "reported", pytest.approx(0.6))
    assert got[1][:2] == ("सम्मेलन", "announced")
    assert events(doc)[0][1]["statements"] == [0]


def test_a_second_held_meeting_with_a_new_date_is_a_new_event(nlp):
    text = "सोमवार को जिला स्तरीय बैठक संपन्न हुई। मंगलवार को फिर बैठक संपन्न हुई।"
    spans = [("dates", "सोमवार", {"value": "2024-03-11", "confidence": 0.9}),
             ("dates", "मंगलवार", {"value": "2024-03-12", "confidence": 0.9})]
    got = [(t, a["date"]) for t, a in events(run(nlp, text, spans=spans))]
    assert got == [("जिला स्तरीय बैठक", "2024-03-11"), ("बैठक", "2024-03-12")]
    # without dates the second one is the same meeting
    assert len(events(run(nlp, text))) == 1


def test_each_announcement_is_a_new_event(nlp):
    doc = run(nlp, "बैठक संपन्न हुई। अगली बैठक 20 मार्च को होगी। इसके बाद एक और बैठक अप्रैल में होगी।")
    assert [(a["status"]) for _, a in events(doc)] == ["reported", "announced", "announced"]


def test_elliptical_event_defaults_to_meeting(nlp):
    doc = run(nlp, "सभी जिला संयोजकों का प्रदेश स्तरीय अगले माह लखनऊ में होगा।")
    assert [(t, a["type"], a["status"], a["elliptical"]) for t, a in events(doc)] == [
        ("प्रदेश स्तरीय", "बैठक", "announced", True)]


def test_participants_follow_the_last_reported_event(nlp):
    text = "जिला स्तरीय बैठक संपन्न हुई। मुख्य अतिथि श्री राम उपस्थित थे।"
    doc = run(nlp, text, spans=[("people", "श्री राम", {"person": "P1", "confidence": 0.9})])
    assert events(doc)[0][1]["participants"] == ["P1"]


def test_empty_and_eventless_docs(nlp):
    for text in ("", "  ", "।", "नमस्ते।"):
        assert events(run(nlp, text)) == []


def test_event_attributes_are_json(seed, review):
    for doc in (seed, review):
        for e in doc.spans["events"]:
            a = attrs(e)
            json.dumps(a)
            assert {"type", "type_en", "status", "date", "place", "venue", "participants", "statements",
                    "confidence"} <= a.keys()
            assert a["status"] in ("reported", "announced") and 0 < a["confidence"] <= 1


# --------------------------------------------------------------------------------------------- real components

def _real_pipeline(*needed):
    for mod in needed:
        pytest.importorskip(mod)
    names = []
    for name, mod in (("hindi_dateline", "extract.components.dateline"), ("hindi_dates", "extract.components.dates"),
                      ("hindi_people", "extract.components.people"),
                      ("hindi_organizations", "extract.components.organizations"),
                      ("hindi_places", "extract.components.places")):
        try:
            importlib.import_module(mod)
        except Exception:
            continue
        names.append(name)
    return make_nlp(names + ["hindi_statements", "hindi_events"])


def test_real_dates_component(nlp):
    full = _real_pipeline("extract.components.dates")
    doc = full(SEED_TEXT)
    evs = [attrs(e) for e in doc.spans["events"]]
    assert [a["status"] for a in evs] == ["reported", "announced", "announced"]
    if doc._.doc_date:
        assert evs[0]["date"] == doc._.doc_date["value"]
    assert (evs[1]["date"] or "").startswith("2018-09") or evs[1]["date"] is None
    assert (evs[2]["date"] or "").startswith("2018-10") or evs[2]["date"] is None


def test_real_people_component():
    full = _real_pipeline("extract.components.people")
    doc = full(SEED_TEXT)
    first = attrs(doc.spans["events"][0])
    last = list(doc.sents)[-1]
    people = [p for p in doc.spans.get("people", []) if last.start_char <= p.start_char < last.end_char]
    if people:
        assert first["participants"]


def test_real_places_component():
    full = _real_pipeline("extract.components.places")
    doc = full(SEED_TEXT)
    evs = [attrs(e) for e in doc.spans["events"]]
    assert len(evs) == 3
    assert evs[1]["place"] == "लखनऊ"


def test_events_without_the_statements_component():
    doc = run(make_nlp(["hindi_events"]), SEED_TEXT, doc_date=SEED_DATE)
    assert [(t, a["status"], a["statements"]) for t, a in events(doc)] == [
        ("योजना बैठक", "reported", []), ("प्रदेश स्तरीय", "announced", []), ("सम्मेलन", "announced", [])]

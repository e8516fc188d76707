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


def test_seed_five_events(seed):
    """The events of samples/expected/000_*.json (see samples/README.md for the annotation decisions)."""
    got = [(t, a["type"], a["type_en"], a["status"]) for t, a in events(seed)]
    assert got == [
        ("योजना बैठक", "बैठक", "meeting", "reported"),
        ("बैठक", "बैठक", "meeting", "reported"),  # इसके पश्चात् ... के साथ बैठक करके अवगत कराया: a later meeting
        ("अभियान", "अभियान", "campaign", "announced"),  # ... का अभियान आईटी द्वारा किया जाना है (obligation)
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
    """Every later बैठक / इस बैठक में / आयोजित बैठक joins the first meeting; the sequel meeting (इसके पश्चात्
    ... बैठक करके) is a second one; इस अभियान / प्रशिक्षण अभियान join the announced campaign."""
    _, a = events(seed)[0]
    mentions = [SEED_TEXT[s:e] for s, e in a["mentions"]]
    assert mentions[0] == "योजना बैठक"
    assert mentions.count("बैठक") == 6 and len(mentions) == 7
    assert sum(1 for _, b in events(seed) if b["type"] == "बैठक") == 2
    _, later = events(seed)[1]
    assert len(later["mentions"]) == 1 and later["date"] is None and later["place"] is None
    _, campaign = events(seed)[2]
    assert [SEED_TEXT[s:e] for s, e in campaign["mentions"]] == ["अभियान", "अभियान", "अभियान"]


def test_seed_announced_events(seed):
    (_, conf_sep), (_, conf_oct) = events(seed)[3:]
    assert conf_sep["elliptical"] is True and conf_sep["confidence"] == pytest.approx(0.6)
    assert conf_sep["place"] == "लखनऊ"  # the dateline place, named in the sentence
    assert conf_sep["statements"] == [5]
    assert conf_oct["elliptical"] is False and conf_oct["place"] is None and conf_oct["statements"] == [6]
    # no date component ran: announced events have no date (the document date is only for the dateline event)
    assert conf_sep["date"] is None and conf_oct["date"] is None


def test_seed_topics_are_not_events(seed):
    texts = [t for t, _ in events(seed)]
    for topic in ("कार्यशाला", "कार्यशालाओं", "अभियानों", "प्रशिक्षण कार्यक्रम", "प्रशिक्षण", "योजना कार्यक्रम"):
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
        ("बैठक", "reported", None, None),
        ("अभियान", "announced", None, None),  # आने वाले समय: no date span simulated
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
        ("अभियान", "अभियान", "campaign", "reported", None),  # अवैध खनन के विरुद्ध अभियान चलाकर ... वसूला गया
        ("समीक्षा बैठक", "समीक्षा बैठक", "review meeting", "announced", "2024-03-20"),
    ]
    held, campaign, nxt = (a for _, a in events(review))
    assert campaign["statements"] == [2]
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


@pytest.mark.parametrize("verb,typ", [("होगी", "बैठक"), ("होगा", "कार्यक्रम")])
def test_elliptical_event_defaults_by_gender(nlp, verb, typ):
    """Without a parallel sentence the noun is the default type of the verb's gender (बैठक f, कार्यक्रम m)."""
    doc = run(nlp, f"सभी जिला संयोजकों का प्रदेश स्तरीय अगले माह लखनऊ में {verb}।")
    assert [(t, a["type"], a["status"], a["elliptical"]) for t, a in events(doc)] == [
        ("प्रदेश स्तरीय", typ, "announced", True)]


def test_elliptical_event_takes_a_neighbour_of_the_verbs_gender(nlp):
    text = "सभी जिला संयोजकों का प्रदेश स्तरीय अगले माह लखनऊ में होगा। इसके बाद मंडल स्तर पर बैठक होगी।"
    got = [(t, a["type"]) for t, a in events(run(nlp, text))]
    assert got[0] == ("प्रदेश स्तरीय", "कार्यक्रम")  # the next sentence's बैठक is feminine: not होगा's noun
    text = "मंडल संयोजकों का सम्मेलन अक्टूबर में होगा। सभी जिला संयोजकों का प्रदेश स्तरीय अगले माह लखनऊ में होगा।"
    assert [(t, a["type"]) for t, a in events(run(nlp, text))][1] == ("प्रदेश स्तरीय", "सम्मेलन")


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
    assert [a["status"] for a in evs] == ["reported", "reported", "announced", "announced", "announced"]
    if doc._.doc_date:
        assert evs[0]["date"] == doc._.doc_date["value"]
    assert evs[2]["date"] in ("FUTURE_REF", None)  # आने वाले समय
    assert (evs[3]["date"] or "").startswith("2018-09") or evs[3]["date"] is None
    assert (evs[4]["date"] or "").startswith("2018-10") or evs[4]["date"] is None


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
    assert len(evs) == 5
    assert evs[3]["place"] == "लखनऊ"


def test_events_without_the_statements_component():
    doc = run(make_nlp(["hindi_events"]), SEED_TEXT, doc_date=SEED_DATE)
    assert [(t, a["status"], a["statements"]) for t, a in events(doc)] == [
        ("योजना बैठक", "reported", []), ("बैठक", "reported", []), ("अभियान", "announced", []),
        ("प्रदेश स्तरीय", "announced", []), ("सम्मेलन", "announced", [])]


# --------------------------------------------------------------------------------------------- dates, places, organisers

HAZARIBAGH = "हजारीबाग 19 जून 2022 भाजपा की जिला स्तरीय बैठक कल शहर के एक निजी होटल में हुई।"


def _hazaribagh(nlp, *extra):
    d = HAZARIBAGH.index("19 जून 2022")
    doc_date = {"value": "2022-06-19", "source": "dateline", "text": "19 जून 2022", "start": d, "end": d + 11}
    spans = [("dates", "19 जून 2022", {"value": "2022-06-19", "type": "date", "confidence": 0.95}),
             ("dates", "कल", {"value": "2022-06-18", "type": "date", "confidence": 0.9}),
             ("organizations", "भाजपा", {"name": "भारतीय जनता पार्टी", "confidence": 0.9}), *extra]
    return run(nlp, HAZARIBAGH, spans=spans, doc_date=doc_date)


def test_the_datelines_own_date_is_not_the_events_date(nlp):
    (_, a), = events(_hazaribagh(nlp))
    assert a["date"] == "2022-06-18"  # कल, not the dateline's 19 जून 2022
    assert a["organizer"] == "भारतीय जनता पार्टी"  # canonical name of the span भाजपा


def test_a_duration_is_not_a_date_and_a_time_gives_its_day(nlp):
    text = "जिले में दो सप्ताह तक सदस्यता अभियान चलाया गया। विश्वविद्यालय का दीक्षांत समारोह 18 दिसम्बर को दोपहर 12 बजे आयोजित होगा।"
    spans = [("dates", "दो सप्ताह", {"value": "P2W", "type": "duration", "confidence": 0.85}),
             ("dates", "दोपहर 12 बजे", {"value": "2023-12-18T12:00", "type": "time", "confidence": 0.9})]
    got = [(t, a["status"], a["date"]) for t, a in events(run(nlp, text, spans=spans))]
    assert got == [("सदस्यता अभियान", "reported", None), ("दीक्षांत समारोह", "announced", "2023-12-18")]


def test_canonical_place_names(nlp):
    text = "15 फरवरी से म.प्र. के सभी नगरीय निकायों में विशेष अभियान चलाया जाएगा।"
    spans = [("places", "म.प्र.", {"name": "मध्य प्रदेश", "kind": "state", "confidence": 0.9})]
    (_, a), = events(run(nlp, text, spans=spans))
    assert (a["status"], a["place"]) == ("announced", "मध्य प्रदेश")


def test_undated_dateline_only_sentence(nlp):
    text = "झांसी। बहुजन समाज पार्टी की मंडल स्तरीय समीक्षा बैठक पार्टी के जिला कार्यालय पर संपन्न हुई।"
    spans = [("dateline", "झांसी", {"role": "place", "value": "झांसी", "confidence": 0.6}),
             ("places", "झांसी", {"name": "झांसी", "kind": "district", "confidence": 0.9}),
             ("organizations", "बहुजन समाज पार्टी", {"name": "बहुजन समाज पार्टी", "confidence": 0.9})]
    (t, a), = events(run(nlp, text, spans=spans))
    assert (t, a["status"], a["date"], a["place"], a["organizer"]) == (
        "मंडल स्तरीय समीक्षा बैठक", "reported", None, "झांसी", "बहुजन समाज पार्टी")


def test_conjunctive_participle_takes_the_final_tense(nlp):
    doc = run(nlp, "नगर आयुक्त ने बताया कि पिछले माह बकायेदारों के विरुद्ध विशेष अभियान चलाकर 18 लाख रुपये की वसूली की गई।")
    assert [(t, a["status"]) for t, a in events(doc)] == [("विशेष अभियान", "reported")]
    doc = run(nlp, "अगले माह बकायेदारों के विरुद्ध विशेष अभियान चलाकर वसूली की जाएगी।")
    assert [(t, a["status"]) for t, a in events(doc)] == [("विशेष अभियान", "announced")]


def test_campaigns_with_different_targets_are_different_events(nlp):
    text = ("पिछले माह गृहकर बकायेदारों के विरुद्ध विशेष अभियान चलाकर 1.8 करोड़ रुपये की वसूली की गई। "
            "सिंगल यूज प्लास्टिक के विरुद्ध अभियान में 46 दुकानदारों पर जुर्माना लगाया गया। "
            "गृहकर बकायेदारों के विरुद्ध अभियान में 12 भवन सील किए गए।")
    got = [(t, a["status"], a["confidence"], len(a["mentions"])) for t, a in events(run(nlp, text))]
    assert got == [("विशेष अभियान", "reported", 0.9, 2), ("अभियान", "reported", 0.6, 1)]


def test_ordered_event_in_a_directive_is_announced(nlp):
    doc = run(nlp, "डा० अहिरवार ने निर्देश दिए कि प्रत्येक रविवार को सेक्टर स्तर पर कैडर कैंप लगाया जाए।")
    assert [(t, a["type"], a["status"]) for t, a in events(doc)] == [("कैडर कैंप", "शिविर", "announced")]
    # a wish or a demand is not an announcement
    assert events(run(nlp, "विपक्ष ने मांग की कि हर सप्ताह स्वास्थ्य शिविर लगाया जाए।")) == []
    assert events(run(nlp, "हर सप्ताह स्वास्थ्य शिविर लगाया जाए।")) == []


def test_obligation_and_agent_organiser(nlp):
    text = "पार्टी का निर्देश है कि नए कार्यकर्ताओं को प्रशिक्षित करने का अभियान आईटी द्वारा किया जाना है।"
    spans = [("organizations", "आईटी", {"name": "आईटी विभाग", "confidence": 0.6})]
    (t, a), = events(run(nlp, text, spans=spans))
    assert (t, a["status"], a["organizer"]) == ("अभियान", "announced", "आईटी विभाग")


def test_sequel_meeting_is_a_new_event(nlp):
    text = ("जिला स्तरीय बैठक संपन्न हुई। कार्ययोजना तैयार की गई एवं इसके पश्चात् प्रदेश अध्यक्ष के साथ बैठक करके "
            "अवगत कराया। बैठक में सभी संयोजक उपस्थित रहे।")
    got = [(t, a["status"], len(a["mentions"])) for t, a in events(run(nlp, text))]
    assert got == [("जिला स्तरीय बैठक", "reported", 2), ("बैठक", "reported", 1)]
    # without the sequel phrase, बैठक करके is the same meeting
    got = [(t, len(a["mentions"])) for t, a in events(run(nlp, text.replace("इसके पश्चात् ", "")))]
    assert got == [("जिला स्तरीय बैठक", 3)]


def test_generic_organiser_nouns_resolve_to_the_main_organiser(nlp):
    text = ("लखनऊ। समाजवादी पार्टी उ०प्र० के प्रदेश कार्यालय पर बुधवार को जिलाध्यक्षों की बैठक संपन्न हुई। "
            "भाजपा ने वादे पूरे नहीं किए। पार्टी 10 दिसंबर को सभी जिला मुख्यालयों पर धरना देगी। "
            "अगले माह प्रदेश स्तरीय कार्यकर्ता सम्मेलन आयोजित किया जाएगा।")
    spans = [("organizations", "समाजवादी पार्टी", {"name": "समाजवादी पार्टी", "confidence": 0.9}),
             ("organizations", "भाजपा", {"name": "भारतीय जनता पार्टी", "confidence": 0.9})]
    got = [(t, a["status"], a["organizer"]) for t, a in events(run(nlp, text, spans=spans))]
    assert got == [
        ("बैठक", "reported", "समाजवादी पार्टी"),  # the organisation of the venue
        ("धरना", "announced", "समाजवादी पार्टी"),  # पार्टी: the main organiser, not the last party named
        ("प्रदेश स्तरीय कार्यकर्ता सम्मेलन", "announced", None),
    ]
    text = ("राजस्थान विश्वविद्यालय की सिंडिकेट बैठक शनिवार को हुई। "
            "विश्वविद्यालय का दीक्षांत समारोह 18 दिसम्बर को आयोजित होगा।")
    spans = [("organizations", "राजस्थान विश्वविद्यालय", {"name": "राजस्थान विश्वविद्यालय", "confidence": 0.9})]
    assert [a["organizer"] for _, a in events(run(nlp, text, spans=spans))] == ["राजस्थान विश्वविद्यालय"] * 2


def test_event_function_words_are_data():
    from extract.resources import read_tsv

    roles = {r["role"] for r in read_tsv("event_types.tsv")}
    assert {"event", "light", "demonstrative", "locative", "venue_determiner", "sequel", "target"} <= roles
    genders = {r["gender"] for r in read_tsv("event_types.tsv") if r["role"] == "event"}
    assert genders == {"m", "f"}
    defaults = [r["type"] for r in read_tsv("event_types.tsv") if "default" in r["flags"].split("|")]
    assert sorted(defaults) == ["कार्यक्रम", "बैठक"]


# --------------------------------------------------------------------------------------------- issue 4: newspaper events

NEWS_DATE = {"value": "2024-03-10", "source": "publish_line", "text": "10 Mar 2024", "start": 0, "end": 0}


def typed(doc):
    return [(t, a["type"], a["status"]) for t, a in events(doc)]


@pytest.mark.parametrize("text,expected", [
    ("सामुदायिक स्वास्थ्य केंद्र पर निःशुल्क स्वास्थ्य शिविर का आयोजन किया गया।",
     [("स्वास्थ्य शिविर", "शिविर", "reported")]),
    ("संगोष्ठी का शुभारंभ कुलपति ने दीप प्रज्ज्वलित कर किया।", [("संगोष्ठी", "संगोष्ठी", "reported")]),
    ("अगले माह जिले में रोजगार मेले का आयोजन किया जाएगा।", [("रोजगार मेले", "मेला", "announced")]),
    ("किसान तहसील परिसर में धरने पर बैठे।", [("धरने", "धरना", "reported")]),
    ("भाजपा की जनसभा को संबोधित करते हुए प्रदेश अध्यक्ष ने सरकार की उपलब्धियां गिनाईं।",
     [("जनसभा", "जनसभा", "reported")]),
])
def test_occurrence_phrase_after_the_trigger(nlp, text, expected):
    """``<trigger> का आयोजन किया गया``, ``का शुभारंभ ... ने किया``, ``धरने पर बैठे``: the verb after the phrase."""
    assert typed(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("एसएसपी ने पुलिस लाइन में प्रेस वार्ता कर घटना का खुलासा किया।", [("प्रेस वार्ता", "प्रेस वार्ता", "reported")]),
    ("15 मार्च को जिला मुख्यालय पर किसानों की महापंचायत होगी।", [("महापंचायत", "महापंचायत", "announced")]),
    ("भाजपा कार्यकर्ताओं ने शहर में रोड शो निकाला।", [("रोड शो", "रोड शो", "reported")]),
    ("मुख्य सचिव ने सभी जिलाधिकारियों के साथ वीडियो कॉन्फ्रेंसिंग की।",
     [("वीडियो कॉन्फ्रेंसिंग", "बैठक", "reported")]),
    ("नगर निगम अगले सप्ताह से स्वच्छता पखवाड़ा चलाएगा।", [("स्वच्छता पखवाड़ा", "अभियान", "announced")]),
])
def test_newspaper_event_types(nlp, text, expected):
    assert typed(run(nlp, text)) == expected


def test_intended_event_in_a_decision_is_announced(nlp):
    doc = run(nlp, "सपा ने 12 अप्रैल को जिले में पदयात्रा निकालने का निर्णय लिया है।")
    assert typed(doc) == [("पदयात्रा", "यात्रा", "announced")]
    assert typed(run(nlp, "सपा कार्यकर्ता पदयात्रा निकालने की तैयारी पर चर्चा करते रहे।")) == []  # not a statement


def test_participants_make_a_first_event(nlp):
    doc = run(nlp, "रैली में हजारों कार्यकर्ता शामिल हुए।")
    assert [(t, a["status"], a["confidence"]) for t, a in events(doc)] == [("रैली", "reported", 0.6)]
    doc = run(nlp, "भाजपा की जनसभा संपन्न हुई। रैली में हजारों कार्यकर्ता शामिल हुए।")
    assert typed(doc) == [("जनसभा", "जनसभा", "reported")]  # the same happening under another noun


def test_event_date_nearest_in_the_triggers_clause(nlp):
    text = "सोमवार को हुई बैठक में तय हुआ कि 15 मार्च को तहसील पर धरना होगा।"
    spans = [("dates", "सोमवार", {"value": "2024-03-04", "type": "date"}),
             ("dates", "15 मार्च", {"value": "2024-03-15", "type": "date"})]
    got = [(t, a["status"], a["date"]) for t, a in events(run(nlp, text, spans))]
    assert got == [("बैठक", "reported", "2024-03-04"), ("धरना", "announced", "2024-03-15")]


def test_event_date_time_cut_to_its_day(nlp):
    text = "दोपहर बाद एसएसपी ने पुलिस लाइन में प्रेस वार्ता की।"
    doc = run(nlp, text, [("dates", "दोपहर बाद", {"value": "XXXX-03-15TAF", "type": "time"})])
    assert [a["date"] for _, a in events(doc)] == ["XXXX-03-15"]


def test_event_place_skips_a_residence_and_takes_the_venue_town(nlp):
    text = ("गया। रविवार को एसएसपी कार्यालय में आयोजित प्रेस वार्ता में बताया गया कि बोधगया के मस्तीपुर निवासी युवक "
            "को पकड़ा गया।")
    spans = [("dateline", "गया", {"role": "place"}),
             ("places", "गया", {"name": "गया"}),
             ("places", "बोधगया", {"name": "बोधगया"})]
    doc = run(nlp, text, spans)
    assert [(t, a["place"]) for t, a in events(doc)] == [("प्रेस वार्ता", "गया")]


# --------------------------------------------------------------------------------------------- issue 4: event dates and places

def dated(doc):
    return [(t, a["type"], a["status"], a["date"]) for t, a in events(doc)]


def placed(doc):
    return [(t, a["status"], a["place"]) for t, a in events(doc)]


def test_a_deadline_is_no_event_date(nlp):
    text = "कार्यकर्ताओं की बैठक में तय किया गया कि 20 जून तक गांव-गांव जनसंपर्क अभियान चलाया जाएगा।"
    doc = run(nlp, text, [("dates", "20 जून", {"value": "2024-06-20", "type": "date"})])
    assert dated(doc) == [("बैठक", "बैठक", "reported", None), ("अभियान", "अभियान", "announced", None)]
    text = "31 जुलाई से पहले सभी गांवों में टीकाकरण अभियान चलाया जाएगा।"
    doc = run(nlp, text, [("dates", "31 जुलाई", {"value": "2024-07-31", "type": "date"})])
    assert dated(doc) == [("टीकाकरण अभियान", "अभियान", "announced", None)]


def test_a_range_with_tak_keeps_its_start(nlp):
    text = "नगर निगम 5 जून से 20 जून तक स्वच्छता अभियान चलाएगा।"
    spans = [("dates", "5 जून", {"value": "2024-06-05", "type": "date"}),
             ("dates", "20 जून", {"value": "2024-06-20", "type": "date"})]
    assert dated(run(nlp, text, spans)) == [("स्वच्छता अभियान", "अभियान", "announced", "2024-06-05")]
    # one span with an interval value stays the interval, even before तक
    text = "नगर निगम 5 से 20 जून तक स्वच्छता अभियान चलाएगा।"
    spans = [("dates", "5 से 20 जून", {"value": "2024-06-05/2024-06-20", "type": "date"})]
    assert dated(run(nlp, text, spans)) == [("स्वच्छता अभियान", "अभियान", "announced", "2024-06-05/2024-06-20")]


def test_a_date_of_a_later_complement_clause_does_not_date_the_main_event(nlp):
    text = "किसान संगठनों की बैठक में निर्णय लिया गया कि 12 जुलाई को जिला मुख्यालय पर धरना दिया जाएगा।"
    doc = run(nlp, text, [("dates", "12 जुलाई", {"value": "2024-07-12", "type": "date"})])
    assert dated(doc) == [("बैठक", "बैठक", "reported", None), ("धरना", "धरना", "announced", "2024-07-12")]
    # a date before the trigger's clause dates it, unless the trigger's clause is a कि complement
    text = "बुधवार को विधायक ने कहा कि कस्बे में स्वास्थ्य शिविर लगाया जाएगा।"
    doc = run(nlp, text, [("dates", "बुधवार", {"value": "2024-07-10", "type": "date"})])
    assert dated(doc) == [("स्वास्थ्य शिविर", "शिविर", "announced", None)]


def test_an_interval_containing_the_other_dates_dates_a_multi_day_event(nlp):
    text = "15-17 अक्टूबर को आयोजित तीन दिवसीय कार्यशाला का बुधवार को समापन हुआ।"
    spans = [("dates", "15-17 अक्टूबर", {"value": "2024-10-15/2024-10-17", "type": "date"}),
             ("dates", "बुधवार", {"value": "2024-10-16", "type": "date"})]
    # the participle before the extent adjective anchors it; the closing day is a day of the range
    assert dated(run(nlp, text, spans)) == [("कार्यशाला", "कार्यशाला", "reported", "2024-10-15/2024-10-17")]


def test_occurrence_phrase_over_a_date(nlp):
    text = "जिला स्तरीय खेल प्रतियोगिता का मंगलवार को समापन हुआ।"
    doc = run(nlp, text, [("dates", "मंगलवार", {"value": "2024-02-13", "type": "date"})])
    assert dated(doc) == [("जिला स्तरीय खेल प्रतियोगिता", "प्रतियोगिता", "reported", "2024-02-13")]


def test_a_recurring_ordered_event_is_dated_by_its_set(nlp):
    text = "सीएमओ ने निर्देश दिए कि प्रत्येक शनिवार को उपकेंद्रों पर टीकाकरण शिविर लगाए जाएं।"
    doc = run(nlp, text, [("dates", "प्रत्येक शनिवार", {"value": "XXXX-WXX-6", "type": "set"})])
    assert dated(doc) == [("टीकाकरण शिविर", "शिविर", "announced", "XXXX-WXX-6")]


@pytest.mark.parametrize("text,expected", [
    ("अगले रविवार को कस्बे में किसानों की महापंचायत प्रस्तावित है।", [("महापंचायत", "महापंचायत", "announced")]),
    ("प्रशासन ने बताया कि शुक्रवार को व्यापारियों और अधिकारियों की संयुक्त बैठक कराई जाएगी।",
     [("संयुक्त बैठक", "बैठक", "announced")]),
    ("कस्बे के रामलीला मैदान में आयोजित चुनावी सभा में भारी भीड़ जुटी।", [("चुनावी सभा", "सभा", "reported")]),
])
def test_scheduled_causative_and_rally_events(nlp, text, expected):
    assert typed(run(nlp, text)) == expected


GONDA = "विकास खंड की बैठक में 40 सड़कों के प्रस्ताव पास\nगोंडा। विकास खंड की बैठक शुक्रवार को ब्लॉक सभागार में हुई। बैठक में सभी सचिव मौजूद रहे।"


def test_a_headline_event_is_anchored_in_the_body(nlp):
    spans = [("dateline", "गोंडा", {"role": "place"}), ("places", "गोंडा", {"name": "गोंडा"}),
             ("dates", "शुक्रवार", {"value": "2024-03-08", "type": "date"})]
    doc = run(nlp, GONDA, spans, doc_date={"value": "2024-03-09", "source": "publish_line", "text": None,
                                          "start": None, "end": None})
    (t, a), = events(doc)
    assert (t, a["status"], a["date"], a["place"], len(a["mentions"])) == ("बैठक", "reported", "2024-03-08", "गोंडा", 3)
    assert a["mentions"][0] == [GONDA.index("बैठक"), GONDA.index("बैठक") + len("बैठक")]  # the headline stays a mention
    assert doc.spans["events"][0].start_char == GONDA.index("बैठक शुक्रवार")  # the span: the lead's mention


def test_the_setting_place_of_the_clause_beats_the_dateline_place(nlp):
    text = "मेरठ। सरधना तहसील परिसर में किसानों ने धरना दिया।"
    spans = [("dateline", "मेरठ", {"role": "place"}), ("places", "मेरठ", {"name": "मेरठ"}),
             ("places", "सरधना", {"name": "सरधना"})]
    assert placed(run(nlp, text, spans)) == [("धरना", "reported", "सरधना")]
    # X ब्लॉक के गांव Y में: the village, not the block in the genitive
    text = "हापुड़ ब्लॉक के गांव सिखेड़ा में स्वास्थ्य शिविर लगाया गया।"
    spans = [("places", "हापुड़", {"name": "हापुड़"}), ("places", "सिखेड़ा", {"name": "सिखेड़ा"})]
    assert placed(run(nlp, text, spans)) == [("स्वास्थ्य शिविर", "reported", "सिखेड़ा")]
    # a place in the genitive only is no setting: the lead event keeps the dateline place
    text = "मेरठ। सरधना के किसानों ने कलेक्ट्रेट पर धरना दिया।"
    assert placed(run(nlp, text, spans=[("dateline", "मेरठ", {"role": "place"}), ("places", "मेरठ", {"name": "मेरठ"}),
                                        ("places", "सरधना", {"name": "सरधना"})])) == [("धरना", "reported", "मेरठ")]


def test_the_place_of_a_situated_venue(nlp):
    text = "बरेली। शहर के सिविल लाइंस स्थित सभागार में व्यापारियों की बैठक हुई।"
    spans = [("dateline", "बरेली", {"role": "place"}), ("places", "बरेली", {"name": "बरेली"})]
    assert placed(run(nlp, text, spans)) == [("बैठक", "reported", "सिविल लाइंस")]


@pytest.mark.parametrize("first_line,start_of", [
    ("दिनांक: 11.01.2024", "11.01.2024"),
    ("Updated Thu, 11 Jan 2024", "Thu, 11 Jan 2024"),
])
def test_a_date_label_is_no_dateline_place(nlp, first_line, start_of):
    text = first_line + "\nजिलाधिकारी की अध्यक्षता में बैठक संपन्न हुई।"
    start = text.index(start_of)
    source = "dateline" if first_line.startswith("दिनांक") else "publish_line"
    doc_date = {"value": "2024-01-11", "source": source, "text": start_of, "start": start, "end": start + len(start_of)}
    assert placed(run(nlp, text, doc_date=doc_date)) == [("बैठक", "reported", None)]


# -- chair ---------------------------------------------------------------------------------------

def _chairs(text: str) -> list[tuple[str, str, str | None]]:
    from extract import Extractor

    rec = Extractor(model="blank")(text)
    names = {p.id: p.name for p in rec.people}
    return [(e.type, e.status, names.get(e.chair) if e.chair else None) for e in rec.events]


@pytest.mark.parametrize("text, expected", [
    ("पटना, 4 मार्च 2024। जिलाधिकारी श्री अमित रंजन की अध्यक्षता में सोमवार को समाहरणालय में समीक्षा बैठक हुई।",
     [("समीक्षा बैठक", "reported", "अमित रंजन")]),
    # X ने ... अध्यक्षता की
    ("गया, 5 मार्च 2024। भाजपा की जिला स्तरीय बैठक मंगलवार को हुई। बैठक की अध्यक्षता जिलाध्यक्ष सुरेश यादव ने की।",
     [("बैठक", "reported", "सुरेश यादव")]),
    # a role alone: the person the document names with that title
    ("कोटा, 6 मार्च 2024। कोटा के जिलाधिकारी राजेश मीणा ने अस्पताल का दौरा किया। जिलाधिकारी की अध्यक्षता में बुधवार को "
     "स्वास्थ्य विभाग की समीक्षा बैठक हुई।", [("समीक्षा बैठक", "reported", "राजेश मीणा")]),
    # a later sentence: अध्यक्षता कर रहे X ने ... chairs the reported event before it
    ("सीतापुर, 7 मार्च 2024। तहसील सभागार में गुरुवार को समाधान दिवस का आयोजन किया गया। अध्यक्षता कर रहे एसडीएम "
     "अजय कुमार ने अधिकारियों को निर्देश दिए कि शिकायतों का निस्तारण समय से किया जाए।",
     [("समाधान दिवस", "reported", "अजय कुमार")]),
    # nobody chairs it
    ("लखनऊ, 8 मार्च 2024। पार्टी कार्यालय पर शुक्रवार को कार्यकर्ताओं की बैठक हुई।", [("बैठक", "reported", None)]),
])
def test_event_chair(text, expected):
    assert _chairs(text) == expected

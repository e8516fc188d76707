"""hindi_statements: decisions, directives, plans, actions; quantities; the tense heuristics they use.

Only this component (plus the text layer) is needed; other components' spans are simulated with
``add_span`` where a behaviour depends on them, and the real components are used only via importorskip.
"""
import json
from collections import Counter

import pytest

from extract import tense
from extract.pipeline import make_nlp
from extract.resources import read_tsv
from extract.spans import add_span, attrs

from conftest import SAMPLES, SEED


@pytest.fixture(scope="module")
def nlp():
    return make_nlp(["hindi_statements"])


def run(nlp, text, spans=(), doc_date=None):
    """Run the pipeline on ``text`` with simulated spans of other components: (group, text, attrs, occurrence)."""
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


def stmts(doc):
    return [(s.text, attrs(s)["kind"]) for s in doc.spans["statements"]]


def only(doc):
    assert len(doc.spans["statements"]) == 1, stmts(doc)
    return doc.spans["statements"][0], attrs(doc.spans["statements"][0])


def kinds(nlp, text):
    return [k for _, k in stmts(run(nlp, text))]


# --------------------------------------------------------------------------------------------- seed

SEED_EXPECTED = [
    ("plan", "जिनका हर स्तर पर प्रशिक्षण की योजना बनायी गयी।"),
    ("plan", "इसके अतिरिक्त प्रदेश, क्षेत्र, जिला, लोकसभा, विधानसभा एवं मण्डल स्तर पर होने वाली कार्यशालाओं एवं प्रवास की "
             "योजना तैयार की गयी एवं इसके पश्चात् पूरी योजना कार्यक्रम से राष्ट्रीय महामंत्री मा० भूपेन्द्र यादव, प्रदेश अध्यक्ष "
             "डॉ० महेन्द्रनाथ पाण्डेय व प्रदेश महामंत्री (संगठन) सुनील बंसल के साथ बैठक करके अवगत कराया।"),
    ("directive", "पार्टी का निर्देश है कि आने वाले समय में नमो एप को लेकर समाज में जागरूकता बढ़ाने एवं उसके उपयोग के लिये नए "
                  "कार्यकर्ताओं को प्रशिक्षित करने का अभियान आईटी द्वारा किया जाना है।"),
    ("plan", "इस बैठक में इस अभियान की विस्तृत कार्य योजना बनायी गयी है।"),
    ("decision", "बैठक में यह भी निर्णय लिया गया कि प्रत्येक जिलों एवं क्षेत्र में आईटी के जिला प्रभारी को नमो एप का प्रभार सौंपा "
                 "जायेगा जो प्रशिक्षण अभियान को विधिवत संचालित करने में सहयोह करेंगे।"),
    ("plan", "सितम्बर माह में सभी जिला संयोजकों एवं नमो एप के प्रभारी पदाधिकारियों का प्रदेश स्तरीय इसी सितम्बर माह में लखनऊ में होगा।"),
    ("plan", "1471 मण्डलों आईटी की टीम बनायी गयी मण्डलों के संयोजक का सम्मेलन अक्टूबर में प्रदेश स्तरीय होगा।"),
]


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return run(nlp, SEED.read_text(encoding="utf-8"))


def test_seed_statements_exact(seed_doc):
    assert [(k, s) for s, k in stmts(seed_doc)] == SEED_EXPECTED


def test_seed_statement_is_the_trimmed_sentence(seed_doc):
    for span in seed_doc.spans["statements"]:
        assert span.text == span.text.strip() and span.text.endswith("।")
        assert span.label_ == "STATEMENT"


@pytest.mark.parametrize("needle", [
    "बैठक भाजपा प्रदेश मुख्यालय पर संपन्न हुई।", "विस्तार से चर्चा हुई।", "योजना पर चर्चा हुई।",
    "साइबर योद्धा तैयार हैं।", "सह संयोजकों ने भाग लिया।", "सह संयोजक उपस्थित रहे।",
])
def test_seed_non_statements(seed_doc, needle):
    assert not any(s.text.endswith(needle) for s in seed_doc.spans["statements"])


def test_seed_directive_attributes(seed_doc):
    text = seed_doc.text
    span = seed_doc.spans["statements"][2]
    a = attrs(span)
    assert a["kind"] == "directive" and a["actor"] == "पार्टी"
    assert a["cue"] == "निर्देश है कि" == text[a["cue_start"]:a["cue_end"]]
    content = text[a["content_start"]:a["content_end"]]
    assert content.startswith("आने वाले समय") and content.endswith("किया जाना है")
    assert a["tense"] == "present" and 0 < a["confidence"] <= 1


def test_seed_decision_content_after_ki(seed_doc):
    text = seed_doc.text
    a = attrs(seed_doc.spans["statements"][4])
    assert a["kind"] == "decision" and a["cue"] == "निर्णय लिया गया"
    assert text[a["content_start"]:a["content_end"]].startswith("प्रत्येक जिलों एवं क्षेत्र")
    assert text[a["content_start"]:a["content_end"]].endswith("सहयोह करेंगे")
    assert a["voice"] == "passive" and a["tense"] == "past"


def test_seed_plan_cues_and_content(seed_doc):
    text = seed_doc.text
    first, fourth = attrs(seed_doc.spans["statements"][0]), attrs(seed_doc.spans["statements"][3])
    assert first["cue"] == "योजना बनायी गयी"
    assert text[first["content_start"]:first["content_end"]] == "जिनका हर स्तर पर प्रशिक्षण"
    assert fourth["cue"] == "योजना बनायी गयी है"
    # the setting (इस बैठक में) is not part of the content
    assert text[fourth["content_start"]:fourth["content_end"]] == "इस अभियान की विस्तृत कार्य"
    assert attrs(seed_doc.spans["statements"][1])["cue"] == "योजना तैयार की गयी"


def test_seed_generic_future_plans_have_lower_confidence(seed_doc):
    spans = seed_doc.spans["statements"]
    for i in (5, 6):
        assert attrs(spans[i])["cue"] == "होगा" and attrs(spans[i])["tense"] == "future"
        assert attrs(spans[i])["confidence"] < attrs(spans[0])["confidence"]


def test_seed_offsets_point_into_the_text(seed_doc):
    text = seed_doc.text
    for span in seed_doc.spans["statements"]:
        a = attrs(span)
        assert span.start_char <= a["cue_start"] < a["cue_end"] <= span.end_char
        assert text[a["cue_start"]:a["cue_end"]] == a["cue"]
        if a["content_start"] is not None:
            assert span.start_char <= a["content_start"] < a["content_end"] <= span.end_char


# --------------------------------------------------------------------------------------------- all samples

GOLDEN = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((SAMPLES / "expected").glob("*.json"))}


@pytest.mark.parametrize("doc_id", sorted(GOLDEN))
def test_samples_statements_alone(nlp, doc_id):
    """This component alone reproduces every golden statement (kind + sentence) and nothing else."""
    doc = run(nlp, (SAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8"))
    assert Counter((k, s) for s, k in stmts(doc)) == Counter((s["kind"], s["sentence"]) for s in GOLDEN[doc_id]["statements"])


# --------------------------------------------------------------------------------------------- cue kinds

CUE_CASES = [
    # decision
    ("नगर निगम ने सड़क चौड़ीकरण का निर्णय लिया।", "decision", "निर्णय लिया"),
    ("समिति ने फैसला किया कि मेला मार्च में लगेगा।", "decision", "फैसला किया"),
    ("बैठक में तय हुआ कि सभी सदस्य प्रशिक्षण लेंगे।", "decision", "तय हुआ"),
    ("बैठक में तय किया गया कि अगला अधिवेशन पटना में होगा।", "decision", "तय किया गया"),
    ("मंत्रिमंडल ने नई औद्योगिक नीति को मंजूरी दी।", "decision", "मंजूरी दी"),
    ("शासन ने पुल निर्माण की स्वीकृति दी।", "decision", "स्वीकृति दी"),
    ("सदन में शिक्षा शुल्क का प्रस्ताव सर्वसम्मति से पारित किया गया।", "decision", "प्रस्ताव सर्वसम्मति से पारित"),
    ("कार्यकारिणी ने वार्षिक लेखा का अनुमोदन किया।", "decision", "अनुमोदन किया"),
    # directive
    ("जिलाधिकारी ने निर्देश दिये कि सभी कार्य समय से पूरे किए जाएं।", "directive", "निर्देश दिये"),
    ("आयुक्त ने अधिकारियों को निर्देशित किया कि शिविर लगाए जाएं।", "directive", "निर्देशित किया"),
    ("एसडीएम ने पूरे प्रकरण की जांच का आदेश दिया।", "directive", "आदेश दिया"),
    ("जिलाधिकारी ने धारा 144 लागू करने का आदेश जारी किया।", "directive", "आदेश जारी"),
    ("प्रशासन का निर्देश है कि सभी दुकानें रात 10 बजे बंद होंगी।", "directive", "निर्देश है कि"),
    # plan
    ("विभाग द्वारा जल संरक्षण की योजना बनाई गई।", "plan", "योजना बनाई गई"),
    ("सड़कों की मरम्मत की योजना तैयार की गई है।", "plan", "योजना तैयार की गई"),
    ("अगले माह से शहर में सफाई अभियान चलाया जायेगा।", "plan", "अभियान चलाया"),
    ("सभी विद्यालयों में वृक्षारोपण किया जाएगा।", "plan", "किया जाएगा"),
    ("जिला स्तरीय खेलकूद प्रतियोगिता 10 जनवरी को आयोजित की जाएगी।", "plan", "आयोजित की जाएगी"),
    ("मुख्यमंत्री ने किसानों के लिए नई योजना की घोषणा की।", "plan", "घोषणा की"),
    ("समिति के समक्ष नए भवन का प्रस्ताव रखा गया।", "plan", "प्रस्ताव रखा गया"),
    ("नगर निगम अगले सप्ताह से अतिक्रमण हटाओ अभियान शुरू करेगी।", "plan", "करेगी"),
    ("पार्टी 10 दिसंबर को सभी जिला मुख्यालयों पर धरना देगी।", "plan", "धरना देगी"),
    ("नगर निगम द्वारा शहर में सौ नए शौचालय बनवाए जाएंगे।", "plan", "बनवाए जाएंगे"),
    # action
    ("टीम ने बीस दुकानों को सील किया।", "action", "सील किया"),
    ("पुलिस ने दो आरोपियों को गिरफ्तार किया।", "action", "गिरफ्तार किया"),
    ("अभियान के दौरान दुकानदारों से 50 हजार रुपये का जुर्माना वसूला गया।", "action", "जुर्माना वसूला"),
    ("लापरवाही पर सचिव को निलंबित किया गया।", "action", "निलंबित किया"),
    ("अतिक्रमण के विरुद्ध अभियान चलाया गया।", "action", "अभियान चलाया गया"),
    ("जांच के लिए तीन सदस्यीय टीम गठित की गई।", "action", "टीम गठित की गई"),
    ("नगर पंचायत ने 12 करोड़ रुपये का बजट पास किया।", "action", "बजट पास किया"),
    ("बकायेदारों से 46 लाख रुपये की वसूली की गई।", "action", "वसूली की गई"),
]


@pytest.mark.parametrize("text,kind,cue", CUE_CASES, ids=[c[0][:25] for c in CUE_CASES])
def test_cue_kinds(nlp, text, kind, cue):
    span, a = only(run(nlp, text))
    assert span.text == text
    assert (a["kind"], a["cue"]) == (kind, cue)
    assert a["kind"] in ("decision", "directive", "plan", "action") and 0.3 <= a["confidence"] <= 1


@pytest.mark.parametrize("text", [
    "विभाग द्वारा जल संरक्षण की योजना बनायी गयी।", "विभाग द्वारा जल संरक्षण की योजना बनाई गई।",
    "विभाग द्वारा जल संरक्षण की योजना बनायी गई।",
])
def test_spelling_variants_match(nlp, text):
    assert kinds(nlp, text) == ["plan"]


@pytest.mark.parametrize("text", ["सभी विद्यालयों में वृक्षारोपण किया जायेगा।", "सभी विद्यालयों में वृक्षारोपण किया जाएगा।"])
def test_jayega_variants(nlp, text):
    assert kinds(nlp, text) == ["plan"]


def test_every_cue_row_is_matched(nlp):
    """Each cue kind row (first variant) makes a statement of its kind in a neutral frame."""
    from extract.components import statements as st
    from extract.components.statements import PhraseLexicon
    from extract.resources import split_multi
    rows = [r for r in read_tsv("statement_cues.tsv") if r["kind"] in ("decision", "directive", "plan", "action")]
    assert {r["kind"] for r in rows} == {"decision", "directive", "plan", "action"}
    lex = PhraseLexicon((r["cue"], r["kind"]) for r in rows)
    classes = st.function_words().verb_class
    genitive = st.function_words().genitive
    for r in rows:
        for variant in split_multi(r["cue"]):
            words = [w for w in variant.split() if w != "*"]
            # a verb class (@KAR) stands for one of its forms (not a genitive-like one: की needs a verb after it)
            keys = [sorted(k for k in classes[w[1:]] if k not in genitive)[0] if w.startswith("@") else tense.key(w)
                    for w in words] + ["।"]
            m = lex.at(keys, 0)
            assert m is not None and m.end >= len(words) - 1, variant


# --------------------------------------------------------------------------------------------- priority

@pytest.mark.parametrize("text,kind", [
    ("बैठक में निर्णय लिया गया कि अधिकारियों को निर्देश दिए जाएं और अभियान चलाया जाएगा।", "decision"),
    ("जिलाधिकारी ने निर्देश दिए कि अभियान चलाया जाएगा और टीम गठित की जाएगी।", "directive"),
    ("नगर निगम ने टीम गठित की गई तथा अगले माह से अभियान चलाया जाएगा।", "plan"),
    ("अवैध कब्जों के विरुद्ध अभियान चलाया गया तथा 12 दुकानें सील की गईं।", "action"),
])
def test_priority_decision_directive_plan_action(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


def test_future_decision_cue_becomes_plan(nlp):
    span, a = only(run(nlp, "अगली बैठक में इस विषय पर निर्णय लिया जाएगा।"))
    assert a["kind"] == "plan" and a["tense"] == "future"


# --------------------------------------------------------------------------------------------- blockers

@pytest.mark.parametrize("blocked,plain", [
    # demand
    ("संघ ने मांग की कि जो निर्णय लिया गया है उसे वापस लिया जाए।", "समिति द्वारा जो निर्णय लिया गया है उसे लागू किया जाएगा।"),
    ("विपक्ष ने मांग की कि सरकार इस मामले में जांच का आदेश जारी करे।", None),
    # allegation
    ("विधायक ने आरोप लगाया कि नगर निगम ने बिना नोटिस के दुकानें सील कर दीं।",
     "नगर निगम ने बिना नोटिस के दुकानें सील कर दीं।"),
    # hearsay
    ("कहा जा रहा है कि प्रशासन ने जांच का आदेश दिया है।", "प्रशासन ने जांच का आदेश दिया है।"),
    # opinion
    ("उनका मानना है कि सरकार इस वर्ष नई योजना की घोषणा करेगी।", "सरकार इस वर्ष नई योजना की घोषणा करेगी।"),
    # background: pluperfect
    ("पिछले वर्ष नगर निगम द्वारा सफाई अभियान चलाया गया था।", "इस वर्ष नगर निगम द्वारा सफाई अभियान चलाया गया।"),
    ("इससे पहले भी जांच के लिए टीम गठित की गई थी।", "जांच के लिए टीम गठित की गई।"),
    # background: a year-level time expression with a past cue
    ("पिछले वर्ष नगर निगम द्वारा सफाई अभियान चलाया गया।", None),
    # negation
    ("बैठक में कोई निर्णय नहीं लिया गया।", "बैठक में कोई निर्णय लिया गया।"),
    ("समिति ने प्रस्ताव पारित नहीं किया।", "समिति ने प्रस्ताव पारित किया।"),
    ("अभी तक टीम गठित नहीं की गई है।", "अभी तक टीम गठित की गई है।"),
    # question
    ("क्या प्रशासन ने जांच का आदेश दिया?", "प्रशासन ने जांच का आदेश दिया।"),
    ("नगर निगम अतिक्रमण हटाओ अभियान कब चलाएगा?", None),
    # subjunctive: wished, not done
    ("सभी दुकानों को सील किया जाए।", "सभी दुकानों को सील किया गया।"),
])
def test_blockers(nlp, blocked, plain):
    assert stmts(run(nlp, blocked)) == []
    if plain is not None:
        assert len(stmts(run(nlp, plain))) == 1, plain


def test_blocker_only_blocks_what_follows_it(nlp):
    text = "जिलाधिकारी ने जांच के आदेश दिए, जबकि विपक्ष ने आरोप लगाया कि दोषियों को बचाया जा रहा है।"
    assert kinds(nlp, text) == ["directive"]


def test_background_year_does_not_block_a_future_cue(nlp):
    assert kinds(nlp, "पिछले वर्ष की तरह इस वर्ष भी मेला आयोजित किया जाएगा।") == ["plan"]


def test_last_month_action_is_news(nlp):
    assert kinds(nlp, "नगर आयुक्त ने बताया कि पिछले माह 1.8 करोड़ रुपये की वसूली की गई।") == ["action"]


@pytest.mark.parametrize("text", [
    "भाजपा की जिला स्तरीय बैठक संपन्न हुई।",
    "बैठक में संगठन के विषयों पर विस्तार से चर्चा हुई।",
    "बैठक में सभी पदाधिकारी उपस्थित रहे।",
    "मुख्यमंत्री कल लखनऊ पहुंचेंगे।",  # a person's future, not a plan of an organisation/event
    "उन्होंने कहा कि इससे किसानों को लाभ होगा।",  # an opinion about consequences
    "इस कार्यक्रम से लोगों को लाभ होगा।",  # the event noun is not the subject (कार्यक्रम से)
])
def test_not_statements(nlp, text):
    assert stmts(run(nlp, text)) == []


def test_reported_generic_future_is_a_low_confidence_plan(nlp):
    # (``लागू करेगी`` is an explicit cue now: a bare future verb here)
    span, a = only(run(nlp, "उन्होंने कहा कि नगर निगम जल्द ही शहर में नई पार्किंग बनाएगा।"))
    assert a["kind"] == "plan" and a["reported"] is True and a["confidence"] == pytest.approx(0.5)
    _, direct = only(run(nlp, "नगर निगम जल्द ही शहर में नई पार्किंग बनाएगा।"))
    assert direct["reported"] is False and direct["confidence"] > a["confidence"]


def test_reported_explicit_cue_keeps_most_confidence(nlp):
    _, a = only(run(nlp, "श्री वालिया ने बताया कि शेष सड़कों पर डामरीकरण का कार्य अगले सप्ताह शुरू किया जाएगा।"))
    assert a["kind"] == "plan" and a["reported"] is True and a["confidence"] > 0.7


# --------------------------------------------------------------------------------------------- actor, content

@pytest.mark.parametrize("text,actor", [
    ("जिलाधिकारी ने निर्देश दिए कि सभी कार्य समय से पूरे किए जाएं।", "जिलाधिकारी"),
    ("बैठक में जिलाधिकारी अमित कुमार ने सड़क मरम्मत के निर्देश दिए।", "जिलाधिकारी अमित कुमार"),
    ("नगर निगम द्वारा अतिक्रमण हटाओ अभियान चलाया गया।", "नगर निगम"),
    ("प्रशासन का आदेश है कि सभी दुकानें 10 बजे बंद होंगी।", "प्रशासन"),
    ("उन्होंने निर्देश दिया कि सभी कार्य समय से पूरे किए जाएं।", None),
    ("सड़क निर्माण का निर्णय लिया गया।", None),  # a genitive that is the content, not an actor
])
def test_actor(nlp, text, actor):
    assert only(run(nlp, text))[1]["actor"] == actor


def test_actor_from_other_components_spans(nlp):
    text = "श्री राम कुमार ने बताया कि सड़क निर्माण की योजना बनाई गई।"
    assert only(run(nlp, text))[1]["actor"] is None
    doc = run(nlp, text, spans=[("people", "श्री राम कुमार", {"person": "P1", "confidence": 0.9})])
    assert only(doc)[1]["actor"] == "श्री राम कुमार"
    doc = run(nlp, "बैठक में 5 करोड़ रुपये का बजट पास किया गया।",
              spans=[("organizations", "बैठक", {"name": "X", "confidence": 0.5})])
    assert only(doc)[1]["actor"] == "बैठक"


@pytest.mark.parametrize("text,content", [
    ("जिलाधिकारी ने सड़क चौड़ीकरण के निर्देश दिए।", "सड़क चौड़ीकरण"),
    ("बैठक में 714 करोड़ रुपये का बजट पास किया गया।", "714 करोड़ रुपये"),
    ("मंत्री ने घोषणा की कि आगामी सोमवार से अभियान चलाया जाएगा।", "आगामी सोमवार से अभियान चलाया जाएगा"),
    ("घोषणा की गई।", None),
])
def test_content(nlp, text, content):
    _, a = only(run(nlp, text))
    got = text[a["content_start"]:a["content_end"]] if a["content_start"] is not None else None
    assert got == content


# --------------------------------------------------------------------------------------------- quantities

def quants(doc):
    return [(q.text, attrs(q)["value"], attrs(q)["unit"]) for q in doc.spans["quantities"]]


def test_seed_quantities(seed_doc):
    assert quants(seed_doc) == [("6 क्षेत्रों", 6, "क्षेत्र"), ("1471 मण्डलों", 1471, "मण्डल"), ("6 क्षेत्रों", 6, "क्षेत्र")]
    statement = [attrs(q)["statement"] for q in seed_doc.spans["quantities"]]
    assert statement == [None, 6, None]
    assert attrs(seed_doc.spans["statements"][6])["kind"] == "plan"


@pytest.mark.parametrize("text,expected", [
    ("पुलिया के लिए दो लाख रुपये स्वीकृत हुए।", ("दो लाख रुपये", 200000, "INR")),
    ("प्रत्येक पर 5 हजार रुपये का अर्थदंड लगा।", ("5 हजार रुपये", 5000, "INR")),
    ("परियोजना की लागत ₹ 2.5 करोड़ है।", ("₹ 2.5 करोड़", 25000000, "INR")),
    ("परियोजना की लागत ₹2.5 करोड़ है।", ("₹2.5 करोड़", 25000000, "INR")),
    ("कुल रु० 500 जमा हुए।", ("रु० 500", 500, "INR")),
    ("कुल 1,240 करोड़ रुपये जमा हुए।", ("1,240 करोड़ रुपये", 12400000000, "INR")),
    ("काम 50 प्रतिशत पूरा हुआ।", ("50 प्रतिशत", 50, "percent")),
    ("काम 50% पूरा हुआ।", ("50%", 50, "percent")),
    ("लंबाई १ लाख १२ हजार किलोमीटर हो गई।", ("१ लाख १२ हजार किलोमीटर", 112000, "km")),
    ("जिले के 29 मंडलों में संगोष्ठी होगी।", ("29 मंडलों", 29, "मण्डल")),
    ("अभियान में 12 हजार नए सदस्य जोड़े गए।", ("12 हजार नए सदस्य", 12000, "सदस्य")),
    ("सभी 70 वार्डों में लाइट लगेगी।", ("70 वार्डों", 70, "वार्ड")),
    ("चार जिलों के प्रतिनिधि आए।", ("चार जिलों", 4, "जिला")),
    ("लागत 1.8 करोड़ आंकी गई।", ("1.8 करोड़", 18000000, None)),
])
def test_quantity_values_and_units(nlp, text, expected):
    doc = run(nlp, text)
    assert quants(doc) == [expected]
    q = attrs(doc.spans["quantities"][0])
    assert 0 < q["confidence"] <= 1 and q["kind"] in ("currency", "percent", "counter", "measure", "duration", "number")


def test_quantity_attached_to_statement(nlp):
    doc = run(nlp, "बैठक संपन्न हुई। दुकानदारों पर 92 हजार रुपये का जुर्माना लगाया गया। 46 दुकानदारों ने भाग लिया।")
    assert [attrs(q)["statement"] for q in doc.spans["quantities"]] == [0, None]


def test_quantity_approximation(nlp):
    doc = run(nlp, "लगभग 200 लोगों ने भाग लिया और 38 लाख से अधिक रुपये जमा हुए।")
    got = [(q.text, attrs(q)["approx"]) for q in doc.spans["quantities"]]
    assert got == [("200 लोगों", "about"), ("38 लाख से अधिक रुपये", "more than")]


@pytest.mark.parametrize("text", [
    "लखनऊ 15 सितम्बर 2018, बैठक हुई।", "वित्त वर्ष 2022-23 का बजट।", "सुबह 11 बजे बैठक शुरू हुई।",
    "एक बैठक हुई।", "दिनांक 05.08.2022 को बैठक हुई।",
])
def test_no_quantity(nlp, text):
    assert quants(run(nlp, text)) == []


def test_dates_are_not_quantities(nlp):
    text = "कार्ड 15 दिनों के भीतर बनवाए जाएं और 5 हजार रुपये जमा हों।"
    assert quants(run(nlp, text))[0] == ("15 दिनों", 15, "day")
    doc = run(nlp, text, spans=[("dates", "15 दिनों", {"value": "P15D", "type": "duration", "confidence": 0.9})])
    assert quants(doc) == [("5 हजार रुपये", 5000, "INR")]


def test_quantity_number_words_agree_with_unit_scales():
    numbers = {r["word"]: float(r["value"]) for r in read_tsv("quantity_numbers.tsv") if r["kind"] == "scale"}
    for r in read_tsv("quantity_units.tsv"):
        if r["kind"] == "scale":
            for form in r["form"].split("|"):
                if form in numbers:
                    assert numbers[form] == float(r["multiplier"]), form


# --------------------------------------------------------------------------------------------- tense

@pytest.mark.parametrize("words,expected", [
    ("बनायी गयी है", ("past", "perfect", "passive", "indicative")),
    ("किया गया था", ("pluperfect", "perfective", "passive", "indicative")),
    ("हुई थी", ("pluperfect", "perfective", "active", "indicative")),
    ("किया जाएगा", ("future", "simple", "passive", "indicative")),
    ("किया जायेगा", ("future", "simple", "passive", "indicative")),
    ("करेंगे", ("future", "simple", "active", "indicative")),
    ("किया जाना है", ("present", "simple", "passive", "obligation")),
    ("कराई जाएं", ("unknown", "simple", "passive", "subjunctive")),
    ("लिया गया", ("past", "perfective", "passive", "indicative")),
    ("जा रहा था", ("past", "progressive", "active", "indicative")),
    ("किया जाता है", ("present", "habitual", "passive", "indicative")),
    ("की जाती थी", ("past", "habitual", "passive", "indicative")),
])
def test_tense_analyse(words, expected):
    g = tense.analyse([tense.key(w) for w in words.split()])
    assert (g.tense, g.aspect, g.voice, g.mood) == expected


def test_tense_negation_and_remote():
    g = tense.group_at([tense.key(w) for w in "पारित नहीं किया गया था ।".split()], 0)
    assert g.negated and g.remote and g.words[-1] == "था"


def test_tense_main_group():
    keys = [tense.key(w) for w in "बैठक भाजपा प्रदेश मुख्यालय पर संपन्न हुई ।".split()]
    g = tense.main_group(keys)
    assert g.words == ("संपन्न", "हुई") and g.tense == "past"
    assert tense.main_group([tense.key(w) for w in "22 अगस्त 2019".split()]) is None
    g = tense.main_group([tense.key(w) for w in "पार्टी 10 दिसंबर को धरना देगी ।".split()])
    assert g.words == ("धरना", "देगी") and g.tense == "future"


@pytest.mark.parametrize("a,b", [("बनायी", "बनाई"), ("गयी", "गई"), ("जायेगा", "जाएगा"), ("दिये", "दिए"),
                                 ("लिये", "लिए"), ("आये", "आए"), ("हज़ार", "हजार"), ("मण्डलों", "मंडलों")])
def test_fold_variants(a, b):
    assert tense.key(a) == tense.key(b)


def test_fold_keeps_other_words():
    assert tense.key("योजना") == "योजना" and tense.key("आयोजित") == "आयोजित" and tense.key("प्रयास") == "प्रयास"


# --------------------------------------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", ["", "   ", "।", "?", "बैठक", "1471", "निर्णय", "कि कि कि।", "₹"])
def test_degenerate_inputs(nlp, text):
    doc = run(nlp, text)
    assert "statements" in doc.spans and "quantities" in doc.spans


def test_attributes_are_json(seed_doc):
    for group in ("statements", "quantities"):
        for span in seed_doc.spans[group]:
            json.dumps(attrs(span))


def test_pickle_roundtrip(seed_doc):
    import pickle
    doc = pickle.loads(pickle.dumps(seed_doc))
    assert [attrs(s)["kind"] for s in doc.spans["statements"]] == [k for k, _ in SEED_EXPECTED]


# --------------------------------------------------------------------------------------------- newspaper reports

# Sentences in the style of newspaper reports (board meetings, courts, grievance days, disaster reviews, crime
# reports), written for these tests (not taken from the held-out set): expected kind, or None.
NEWS_CASES = [
 ("बोर्ड बैठक में 1200 करोड़ रुपये का बजट सर्वसम्मति से पास हो गया।", "action"),
 ("सदन ने शहर में 50 नए सामुदायिक शौचालय बनाने के प्रस्ताव को मंजूरी दे दी।", "decision"),
 ("पार्षदों के हंगामे के चलते बैठक दो बार स्थगित करनी पड़ी।", None),
 ("महापौर ने अधिकारियों को 15 दिन में सड़कों के गड्ढे भरने के निर्देश दिए।", "directive"),
 ("नगर आयुक्त ने कहा कि अगले माह से डोर-टू-डोर कूड़ा कलेक्शन शुरू होगा।", "plan"),
 ("बोर्ड ने नई आवासीय योजना को हरी झंडी दे दी।", "decision"),
 ("पार्किंग शुल्क में 10 प्रतिशत की बढ़ोतरी पर मुहर लगी।", "decision"),
 ("प्राधिकरण शहर में 500 सस्ते फ्लैट बनाएगा।", "plan"),
 ("हाईकोर्ट ने ग्राम प्रधान के वित्तीय अधिकार सीज करने के डीएम के आदेश को रद्द कर दिया।", "decision"),
 ("कोर्ट ने राज्य सरकार से चार सप्ताह में जवाब मांगा है।", "directive"),
 ("मामले की अगली सुनवाई 12 दिसंबर को होगी।", "plan"),
 ("बैठक में बूथ स्तर पर सदस्यता अभियान चलाने का फैसला किया गया।", "decision"),
 ("प्रत्येक विधानसभा क्षेत्र में प्रभारी नियुक्त किए गए।", "action"),
 ("समाधान दिवस में कुल 48 शिकायतें आईं, जिनमें से 9 का मौके पर निस्तारण कराया गया।", "action"),
 ("एसडीएम ने संबंधित अधिकारियों को शेष शिकायतों का समयबद्ध निस्तारण करने के निर्देश दिए।", "directive"),
 ("तहसीलदार ने लेखपाल को मौके पर जाकर जांच करने को कहा।", "directive"),
 ("प्रभावित परिवारों को तत्काल पांच हजार रुपये की सहायता राशि दी गई।", "action"),
 ("एसडीआरएफ की टीमें संवेदनशील स्थानों पर तैनात की गई हैं।", "action"),
 ("मलबा हटाकर मार्ग को यातायात के लिए खोल दिया गया।", "action"),
 ("जिलाधिकारी ने स्कूलों में दो दिन का अवकाश घोषित किया है।", "decision"),
 ("पुलिस ने हत्या के आरोपी को गिरफ्तार कर जेल भेज दिया।", "action"),
 ("शव को पोस्टमार्टम के लिए भेज दिया गया।", "action"),
 ("मृतक के पिता के बयान पर प्राथमिकी दर्ज की गई है।", "action"),
 ("हत्या में प्रयुक्त हथियार बरामद कर लिया गया है।", "action"),
 ("अन्य आरोपियों की गिरफ्तारी के लिए छापेमारी की जा रही है।", "action"),
 ("लापरवाही पर दो अधिकारियों को कारण बताओ नोटिस जारी किए गए।", "action"),
 ("कलेक्टर ने दोनों अधिकारियों का सात दिन का वेतन काटने के आदेश दिए।", "directive"),
 ("अवैध कब्जे हटाने के लिए बुलडोजर चलाया गया।", "action"),
 ("कलेक्टर ने कहा कि लापरवाही बरतने वाले अधिकारियों के खिलाफ सख्त कार्रवाई की जाएगी।", "plan"),
 ("उन्होंने अधिकारियों को चेतावनी दी कि लापरवाही बर्दाश्त नहीं की जाएगी।", "directive"),
 ("आरोपी के पास से एक देसी पिस्टल बरामद हुई।", "action"),
 ("दोनों पक्षों में विवाद चल रहा था।", None),
 ("घटना से गांव में दहशत है।", None),
 ("ग्रामीणों ने सड़क जाम कर प्रदर्शन किया।", None),
 ("कार्यपालक अभियंता को निलंबित कर दिया गया है।", "action"),
 ("अधिकारियों ने प्रभावित क्षेत्रों का निरीक्षण किया।", None),
 ("मौसम विभाग ने अगले 48 घंटे भारी बारिश की चेतावनी जारी की है।", "action"),  # an authority issues an alert
 ("बैठक में पांच प्रस्ताव पास हुए।", "decision"),
 ("इस पर सदन ने सहमति जताई।", "decision"),
 ("कलेक्टर ने सभी विभागों को निर्देशित किया कि लंबित शिकायतों का निराकरण करें।", "directive"),
 ("नगर निगम ने 20 दुकानों को सील कर दिया।", "action"),
 ("मुख्यमंत्री ने मृतकों के परिजनों को चार-चार लाख रुपये की सहायता देने की घोषणा की।", "plan"),
]


@pytest.mark.parametrize("text,kind", NEWS_CASES, ids=[c[0][:30] for c in NEWS_CASES])
def test_newspaper_report_sentences(nlp, text, kind):
    got = kinds(nlp, text)
    assert got == ([kind] if kind else [])


def test_conjunctive_participle_takes_the_final_verbs_tense(nlp):
    _, a = only(run(nlp, "पुलिस ने आरोपी को गिरफ्तार कर जेल भेज दिया।"))
    assert (a["kind"], a["cue"], a["tense"]) == ("action", "गिरफ्तार कर", "past")
    _, a = only(run(nlp, "पुलिस आरोपी को गिरफ्तार कर जेल भेजेगी।"))
    assert (a["kind"], a["tense"]) == ("plan", "future")
    assert kinds(nlp, "पुलिस आरोपी को गिरफ्तार कर जेल भेजा जाए।") == []  # subjunctive: wished


def test_infinitive_flag(nlp):
    assert kinds(nlp, "तहसीलदार ने लेखपाल को मौके पर जाकर जांच करने को कहा।") == ["directive"]
    assert kinds(nlp, "तहसीलदार ने लेखपाल को रिपोर्ट देने के लिए कहा।") == ["directive"]
    assert kinds(nlp, "उन्होंने इसे अच्छा कदम बताया और कार्यकर्ताओं को बधाई दी, फिर मुझको कहा।") == []


def test_subjunctive_flag(nlp):
    span, a = only(run(nlp, "जिलाधिकारी ने अधिकारियों से कहा कि सभी कार्य समय से पूरे किए जाएं।"))
    assert (a["kind"], a["cue"]) == ("directive", "से कहा कि") and a["confidence"] == pytest.approx(0.6)
    assert kinds(nlp, "जिलाधिकारी ने कहा कि सभी विभाग समय से काम पूरा करें।") == ["directive"]
    assert kinds(nlp, "उन्होंने कहा कि जिले में कानून व्यवस्था ठीक है।") == []
    assert kinds(nlp, "विपक्ष ने मांग की और कहा कि जांच कराई जाए।") == []  # after a demand


def test_habitual_present_is_a_routine(nlp):
    assert kinds(nlp, "हर केंद्र पर एक कर्मचारी तैनात किया जाता है।") == []
    assert kinds(nlp, "हर केंद्र पर एक कर्मचारी तैनात किया गया है।") == ["action"]


def test_function_words_are_data():
    """The closed classes come from statement_function_words.tsv, and no Hindi word is hard-coded in the
    code of the statement and event components (docstrings and comments aside)."""
    import ast
    import re
    from pathlib import Path

    from extract.components import statements as st

    fw = st.function_words()
    kinds_in_file = {r["kind"] for r in read_tsv("statement_function_words.tsv")}
    assert kinds_in_file == set(st.FunctionWords.__dataclass_fields__)
    assert tense.key("के") in fw.genitive and tense.key("उन्होंने") in fw.pronoun_agent
    assert fw.approx_after[(tense.key("से"), tense.key("कम"))] == "less than"
    letters = re.compile(r"[\u0900-\u0963\u0966-\u097f]")  # Devanagari without the dandas
    for mod in (st, __import__("extract.components.events", fromlist=["x"])):
        tree = ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        bad = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
               and id(n) not in docs and letters.search(n.value)]
        assert bad == [], (mod.__name__, bad)


# Newspaper sentences written for issue 4's generalisation work (police, administration, education orders,
# budgets, camps, seminars, protests, rallies, transfers; not taken from any held-out set): expected kind or None.
NEWS_CASES_2 = [
 ('पुलिस ने हत्या के मामले में वांछित दो आरोपियों को गिरफ्तार कर लिया है।', 'action'),
 ('आरोपियों के कब्जे से एक तमंचा और दो कारतूस बरामद किए गए।', 'action'),
 ('कोतवाली पुलिस ने मृतक के भाई की तहरीर पर पांच लोगों के खिलाफ हत्या का मुकदमा दर्ज किया है।', 'action'),
 ('पुलिस ने आरोपी को न्यायालय में पेश किया, जहां से उसे जेल भेज दिया गया।', 'action'),
 ('थाना प्रभारी ने बताया कि फरार आरोपी की तलाश में दबिश दी जा रही है।', 'action'),
 ('एसएसपी ने लापरवाही बरतने पर चौकी प्रभारी को निलंबित कर दिया।', 'action'),
 ('एसपी ने जिले के छह थानाध्यक्षों के तबादले कर दिए हैं।', 'action'),
 ('उपनिरीक्षक राजेश कुमार को कोतवाली से हटाकर पुलिस लाइन भेजा गया है।', None),
 ('यातायात नियमों का उल्लंघन करने पर 85 वाहनों के चालान किए गए।', 'action'),
 ('पुलिस ने आरोपी को रिमांड पर लेकर पूछताछ की।', 'action'),
 ('पुलिस ने गिरोह का पर्दाफाश करते हुए चार शातिर चोरों को दबोचा।', 'action'),
 ('गिरफ्तार किए गए आरोपियों में दो नाबालिग भी शामिल हैं।', None),
 ('घटना के बाद से गांव में तनाव का माहौल है।', None),
 ('परिजनों ने आरोप लगाया कि पुलिस ने समय पर कार्रवाई नहीं की।', None),
 ('ग्रामीणों ने आरोपियों की गिरफ्तारी की मांग को लेकर सड़क जाम कर दी।', None),
 ('पुलिस अभी तक आरोपियों को गिरफ्तार नहीं कर सकी है।', None),
 ('आरोपी को पिछले साल भी गिरफ्तार किया गया था।', None),
 ('मृतक के परिजनों ने थाने पर पहुंचकर हंगामा किया।', None),
 ('जिलाधिकारी ने कक्षा एक से आठ तक के सभी विद्यालयों को 20 जुलाई तक बंद रखने का आदेश दिया है।', 'directive'),
 ('जिलाधिकारी ने सभी तहसीलदारों को निर्देशित किया कि बाढ़ प्रभावित गांवों में राहत सामग्री का वितरण कराएं।', 'directive'),
 ('डीएम ने कहा कि बाढ़ चौकियों पर कर्मचारी 24 घंटे तैनात रहें।', 'directive'),
 ('उन्होंने अधिकारियों को हिदायत दी कि कोई भी शिकायत लंबित न रहे।', 'directive'),
 ('प्रभावित गांवों में 12 नावें लगाई गई हैं और 3 बाढ़ शरणालय खोले गए हैं।', 'action'),
 ('बाढ़ प्रभावित 450 परिवारों को राहत किट वितरित की गईं।', 'action'),
 ('प्रशासन ने नदी किनारे के गांवों में अलर्ट जारी कर दिया है।', 'action'),
 ('सिंचाई विभाग ने तटबंधों की निगरानी के लिए चार टीमें गठित की हैं।', 'action'),
 ('शिक्षा निदेशालय ने सभी सरकारी स्कूलों के समय में बदलाव किया है।', 'decision'),
 ('नया आदेश सोमवार से लागू होगा।', 'plan'),
 ('विभाग ने इस संबंध में अधिसूचना जारी कर दी है।', 'action'),
 ('सरकार ने शीतकालीन अवकाश 25 दिसंबर से घोषित किया है।', 'decision'),
 ('शिक्षा मंत्री ने कहा कि अगले सत्र से सभी स्कूलों में स्मार्ट क्लास शुरू की जाएंगी।', 'plan'),
 ('सरकार ने स्कूल फीस बढ़ोतरी पर रोक लगा दी है।', 'decision'),
 ('आदेश का पालन न करने वाले स्कूलों की मान्यता रद्द की जा सकती है।', None),
 ('अभिभावकों ने फैसले का स्वागत किया है।', None),
 ('विपक्ष ने सरकार के फैसले को जनविरोधी बताया।', None),
 ('जिला पंचायत की बैठक में वित्तीय वर्ष 2024-25 के लिए 86 करोड़ रुपये का बजट सर्वसम्मति से पारित किया गया।', 'action'),
 ('बैठक में 45 सड़कों के निर्माण के प्रस्ताव को स्वीकृति प्रदान की गई।', 'decision'),
 ('सदस्यों ने अपने क्षेत्रों में विकास कार्य न होने का मुद्दा उठाया।', None),
 ('अध्यक्ष ने आश्वासन दिया कि सभी क्षेत्रों में समान रूप से विकास कार्य कराए जाएंगे।', 'plan'),
 ('नगर निगम ने गृहकर की दरों में दस प्रतिशत की वृद्धि की है।', 'decision'),
 ('महापौर ने बताया कि शहर में 20 नए पार्क विकसित किए जाएंगे।', 'plan'),
 ('पार्षदों ने सफाई व्यवस्था को लेकर नगर आयुक्त का घेराव किया।', None),
 ('पार्षदों ने मांग की कि वार्डों में नियमित फॉगिंग कराई जाए।', None),
 ('नगर आयुक्त ने अभियान चलाकर 25 दुकानों से अतिक्रमण हटवाया।', 'action'),
 ('निगम ने बकाया गृहकर न जमा करने पर 12 प्रतिष्ठानों को सील कर दिया।', 'action'),
 ('बजट में स्वच्छता के लिए 15 करोड़ रुपये का प्रावधान किया गया है।', 'decision'),
 ('शिविर में 312 मरीजों की जांच कर निःशुल्क दवाइयां वितरित की गईं।', 'action'),
 ('सीएमओ ने बताया कि जिले में प्रत्येक रविवार को मुख्यमंत्री आरोग्य मेला लगाया जाएगा।', 'plan'),
 ('विधायक ने फीता काटकर शिविर का उद्घाटन किया।', 'action'),
 ('मुख्य अतिथि ने कहा कि स्वस्थ समाज के निर्माण में ऐसे शिविरों की अहम भूमिका है।', None),
 ('शिविर में 45 बच्चों का टीकाकरण किया गया।', 'action'),
 ('कुलपति ने कहा कि विश्वविद्यालय अगले वर्ष से शोध छात्रों के लिए नई छात्रवृत्ति योजना शुरू करेगा।', 'plan'),
 ('संगोष्ठी में देश भर से आए 150 शोधार्थियों ने अपने शोध पत्र प्रस्तुत किए।', None),
 ('वक्ताओं ने पर्यावरण संरक्षण पर जोर दिया।', None),
 ('कार्यक्रम के अंत में अतिथियों को स्मृति चिह्न भेंट किए गए।', None),
 ('विश्वविद्यालय ने संगोष्ठी के शोध पत्रों को पुस्तक के रूप में प्रकाशित करने का निर्णय लिया है।', 'decision'),
 ('भाकियू कार्यकर्ताओं ने गन्ना भुगतान की मांग को लेकर तहसील पर धरना दिया।', None),
 ('किसानों ने चेतावनी दी कि मांगें पूरी न होने पर आंदोलन तेज किया जाएगा।', None),
 ('भाकियू के जिलाध्यक्ष ने कहा कि जब तक भुगतान नहीं होगा, धरना जारी रहेगा।', None),
 ('एसडीएम ने किसानों को आश्वासन दिया कि एक सप्ताह में बकाया भुगतान करा दिया जाएगा।', 'plan'),
 ('एसडीएम को सात सूत्रीय मांगों का ज्ञापन सौंपा गया।', None),
 ('बैठक में निर्णय लिया गया कि 15 मार्च को जिला मुख्यालय पर प्रदर्शन किया जाएगा।', 'decision'),
 ('रैली को संबोधित करते हुए मुख्यमंत्री ने कहा कि विपक्ष ने राज्य को लूटने का काम किया।', None),
 ('उन्होंने दावा किया कि इस बार गठबंधन सभी सीटें जीतेगा।', None),
 ('केंद्रीय मंत्री ने विपक्ष पर निशाना साधते हुए कहा कि उनकी सरकार में भ्रष्टाचार चरम पर था।', None),
 ('मुख्यमंत्री ने जनसभा में क्षेत्र के लिए 250 करोड़ रुपये की योजनाओं का लोकार्पण और शिलान्यास किया।', 'action'),
 ('प्रशासन ने रैली स्थल पर सुरक्षा के लिए 500 पुलिसकर्मियों की ड्यूटी लगाई है।', 'action'),
 ('पार्टी ने जिले की सभी सीटों पर प्रत्याशी घोषित कर दिए हैं।', 'decision'),
 ('पुलिस अधीक्षक ने देर रात आदेश जारी कर 14 उपनिरीक्षकों के तबादले कर दिए।', 'directive'),
 ('निरीक्षक सुनील कुमार को कोतवाली का प्रभारी बनाया गया है।', 'action'),
 ('तबादला आदेश तत्काल प्रभाव से लागू हो गया है।', 'decision'),
 ('सभी स्थानांतरित पुलिसकर्मियों को तत्काल नए तैनाती स्थल पर कार्यभार ग्रहण करने के निर्देश दिए गए हैं।', 'directive'),
 ('आयुक्त महोदय द्वारा सभी अधिशासी अभियंताओं को कार्य समय से पूर्ण कराने के निर्देश दिये गये।', 'directive'),
 ('मण्डलायुक्त ने निर्माणाधीन पुल का निरीक्षण कर गुणवत्ता पर असंतोष व्यक्त किया।', None),
 ('उन्होंने ठेकेदार को काली सूची में डालने के निर्देश दिए।', 'directive'),
 ('लापरवाही पर सहायक अभियंता का एक दिन का वेतन रोकने का आदेश दिया गया।', 'directive'),
 ('जिलाधिकारी ने संबंधित लेखपाल के विरुद्ध विभागीय कार्रवाई की संस्तुति की।', 'action'),
 ('खाद्य सुरक्षा विभाग की टीम ने मिठाई की दुकानों पर छापा मारकर 12 नमूने लिए।', 'action'),
 ('टीम ने 40 किलो मिलावटी खोया नष्ट कराया।', 'action'),
 ('आबकारी विभाग ने अवैध शराब की 200 पेटियां पकड़ी हैं।', 'action'),
 ('वन विभाग ने अवैध कटान पर तीन लोगों पर जुर्माना ठोका।', 'action'),
 ('आरटीओ ने ओवरलोड 15 ट्रकों को सीज कर दिया।', 'action'),
 ('तहसील प्रशासन ने तालाब की जमीन पर बने 11 मकानों को ढहा दिया।', 'action'),
 ('विद्युत विभाग ने बकायेदारों के 120 कनेक्शन काट दिए।', 'action'),
 ('बिजली चोरी पकड़ी गई और 25 लोगों के खिलाफ प्राथमिकी दर्ज कराई गई।', 'action'),
 ('कैबिनेट ने नई औद्योगिक नीति को मंजूरी प्रदान कर दी।', 'decision'),
 ('राज्य सरकार ने संविदा कर्मियों का मानदेय बढ़ाने का फैसला लिया है।', 'decision'),
 ('मंत्रिपरिषद की बैठक में कुल 18 प्रस्तावों पर मुहर लगाई गई।', 'decision'),
 ('शासन ने जिले में 50 नए आंगनबाड़ी केंद्रों की स्थापना को स्वीकृति दे दी है।', 'decision'),
 ('सरकार अगले माह से गेहूं की खरीद शुरू करेगी।', 'plan'),
 ('इस वर्ष 2.5 लाख मीट्रिक टन धान खरीद का लक्ष्य रखा गया है।', 'plan'),
 ('केंद्र सरकार जल्द ही नई शिक्षा नीति का मसौदा जारी करेगी।', 'plan'),
 ('जिले में 15 अगस्त तक हर घर तिरंगा अभियान चलेगा।', 'plan'),
 ('अगले सप्ताह से सभी ब्लॉकों में चौपाल लगाई जाएगी।', 'plan'),
 ('नगर पालिका परिषद ने हाउस टैक्स जमा करने की अंतिम तिथि 31 मार्च तक बढ़ा दी है।', 'decision'),
 ('हाईकोर्ट ने याची को चार सप्ताह के भीतर जवाबी हलफनामा दाखिल करने को कहा है।', 'directive'),
 ('अदालत ने दोषी को दस वर्ष के कठोर कारावास की सजा सुनाई।', 'decision'),
 ('कोर्ट ने आरोपी की जमानत अर्जी खारिज कर दी।', 'decision'),
 ('सुनवाई के दौरान सरकारी वकील ने जमानत का विरोध किया।', None),
 ('ग्रामीणों का कहना है कि गांव में पिछले एक महीने से बिजली नहीं है।', None),
 ('पिछले वर्ष बाढ़ से जिले में 40 गांव प्रभावित हुए थे।', None),
 ('विभाग का दावा है कि सभी तटबंध सुरक्षित हैं।', None),
 ('बताया जाता है कि आरोपी पहले भी कई वारदातों में शामिल रहा है।', None),
 ('स्थानीय लोगों ने प्रशासन से पुल निर्माण की गुहार लगाई।', None),
 ('सपा नेताओं ने सरकार पर किसानों की अनदेखी का आरोप लगाया।', None),
 ('सांसद ने केंद्र सरकार से क्षेत्र में मेडिकल कॉलेज खोलने का अनुरोध किया है।', None),
 ('कार्यक्रम में बड़ी संख्या में ग्रामीण मौजूद रहे।', None),
 ('कलेक्टर ने कहा कि किसी भी हाल में लापरवाही बर्दाश्त नहीं की जाएगी।', None),
 ('डीएम ने बताया कि बाढ़ पीड़ितों को अब तक 1.2 करोड़ रुपये की सहायता राशि बांटी जा चुकी है।', 'action'),
 ('एनडीआरएफ की टीम ने नाव से 65 लोगों को सुरक्षित बाहर निकाला।', 'action'),
 ('प्रभावित इलाकों में स्वास्थ्य विभाग की 8 टीमें भेजी गई हैं।', 'action'),
 ('आयोग ने परीक्षा का परिणाम घोषित कर दिया है।', 'decision'),
 ('परिषद ने बोर्ड परीक्षाओं की तिथियां जारी कर दी हैं।', 'action'),
 ('निदेशालय ने सभी जिला विद्यालय निरीक्षकों को परिपत्र भेजकर निर्देशित किया है।', 'directive'),
 ('आदेश के अनुसार स्कूल सुबह आठ बजे से दोपहर एक बजे तक खुलेंगे।', 'plan'),
 ('शिक्षकों को प्रतिदिन ऑनलाइन हाजिरी लगानी होगी।', 'plan'),
 ('बैठक में तय किया गया कि अगली बैठक 10 अप्रैल को होगी।', 'decision'),
 ('समिति ने तीन सदस्यीय जांच टीम गठित कर 15 दिन में रिपोर्ट मांगी है।', 'directive'),
 ('विधायक ने अपनी निधि से गांव में सोलर लाइटें लगवाईं।', 'action'),
 ('ब्लॉक प्रमुख ने 40 लाभार्थियों को आवास की चाबियां सौंपीं।', 'action'),
 ('मुख्यमंत्री ने 1200 करोड़ रुपये की 85 परियोजनाओं का लोकार्पण किया।', 'action'),
 ('डीएम ने कहा कि दोषी पाए जाने पर संबंधित अधिकारी के खिलाफ कार्रवाई होगी।', 'plan'),
]


@pytest.mark.parametrize("text,kind", NEWS_CASES_2, ids=[c[0][:30] for c in NEWS_CASES_2])
def test_newspaper_report_sentences_2(nlp, text, kind):
    got = kinds(nlp, text)
    assert got == ([kind] if kind else [])


@pytest.mark.parametrize("text,cue", [
    ("पुलिस ने दोनों आरोपियों को गिरफ्तार कर लिया।", "गिरफ्तार कर लिया"),
    ("पुलिस ने दोनों आरोपियों को गिरफ्तार करवाया।", "गिरफ्तार करवाया"),
    ("नगर निगम ने 12 दुकानें सील कीं।", "सील कीं"),
])
def test_verb_class_in_cues(nlp, text, cue):
    """``गिरफ्तार @KAR`` matches any form of करना (statement_function_words.tsv, verb_class rows)."""
    _, a = only(run(nlp, text))
    assert (a["kind"], a["cue"]) == ("action", cue)


def test_verb_class_unknown_name_is_an_error():
    from extract.components.statements import PhraseLexicon
    with pytest.raises(ValueError):
        PhraseLexicon([("गिरफ्तार @NOPE", "action")])


@pytest.mark.parametrize("text", [
    "गिरफ्तार किए गए आरोपियों में दो नाबालिग भी शामिल हैं।",  # attributive participle
    "आदेश का पालन न करने वाले स्कूलों की मान्यता रद्द की जा सकती है।",  # modal सकना
    "खंडपीठ भूखंड आवंटन निरस्त किए जाने के खिलाफ दाखिल याचिका सुन रही है।",  # infinitive: a noun
    "मृतक के पिता के बयान पर चार लोगों के खिलाफ प्राथमिकी दर्ज की गई थी।",  # दर्ज की गई थी: pluperfect
    "किसानों ने प्रशासन को उग्र आंदोलन की चेतावनी दी।",  # a blocker overlapping the cue
    "सपा के पूर्व मंत्री ने दावा किया कि 2027 में प्रदेश में सपा की सरकार बनेगी।",  # a claim
    "कांग्रेस प्रवक्ता ने कहा कि कांग्रेस और सपा का गठबंधन आगे भी जारी रहेगा।",  # कांग्रेस और सपा का: oblique
])
def test_generalised_non_statements(nlp, text):
    assert stmts(run(nlp, text)) == []


def test_reset_after_a_complaint(nlp):
    """A response (जिस पर) after a complaint starts a new clause: its cue is not blocked."""
    _, a = only(run(nlp, "किसान ने नहर की सफाई न होने की शिकायत की, जिस पर जेई को तलब किया गया।"))
    assert (a["kind"], a["cue"]) == ("action", "तलब किया")
    assert kinds(nlp, "किसान ने नहर की सफाई न होने की शिकायत की और जेई को तलब किया गया।") == []


def test_causative_main_verb_is_an_action(nlp):
    _, a = only(run(nlp, "विधायक ने अपनी निधि से गांव में सोलर लाइटें लगवाईं।"))
    assert (a["kind"], a["cue"], a["tense"], a["confidence"]) == ("action", "लगवाईं", "past", 0.6)
    assert kinds(nlp, "विधायक ने मामले की सुनवाई की।") == []  # सुनवाई: causative_not


def test_future_obligation_is_a_plan_without_subject(nlp):
    _, a = only(run(nlp, "शिक्षकों को प्रतिदिन ऑनलाइन हाजिरी लगानी होगी।"))
    assert (a["kind"], a["mood"], a["tense"]) == ("plan", "obligation", "future")


def test_open_subjunctive_after_kaha_ki(nlp):
    _, a = only(run(nlp, "द्विवेदी ने जिलाध्यक्षों से कहा कि नाराज कार्यकर्ताओं से घर-घर जाकर मिलें।"))
    assert (a["kind"], a["cue"], a["confidence"]) == ("directive", "से कहा कि", 0.6)


@pytest.mark.parametrize("words,expected", [
    ("मिलें", ("unknown", "subjunctive")),
    ("बनाएं", ("unknown", "subjunctive")),
    ("लगानी होगी", ("future", "obligation")),
    ("धरना होगा", ("future", "indicative")),
    ("लगवाईं", ("past", "indicative")),
])
def test_tense_generalisations(words, expected):
    g = tense.analyse([tense.key(w) for w in words.split()])
    assert (g.tense, g.mood) == expected


def test_tense_group_at_takes_ki_before_an_auxiliary():
    keys = [tense.key(w) for w in "प्राथमिकी दर्ज की गई थी ।".split()]
    g = tense.group_at(keys, 1)
    assert (g.words, g.tense) == (tuple(keys[1:5]), "pluperfect")
    keys = [tense.key(w) for w in "दर्ज की जांच हुई ।".split()]
    assert tense.group_at(keys, 0).words == (keys[0],)  # की जांच: a genitive


def test_tense_modal_and_nonfinite():
    assert tense.analyse([tense.key(w) for w in "रद्द की जा सकती है".split()]).modal
    assert tense.analyse([tense.key(w) for w in "निरस्त किए जाने".split()]).nonfinite
    assert not tense.analyse([tense.key(w) for w in "किया जाना है".split()]).nonfinite

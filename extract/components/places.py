"""Places: Indian states/UTs, districts, towns, a few cities, regions and countries.

``hindi_places`` scans the doc with :class:`extract.gazetteer.Gazetteer` (longest
match over token norms) and writes ``doc.spans["places"]``, one span per mention,
with attributes ``name`` (canonical Hindi), ``name_en``, ``kind``
(state|ut|district|city|town|subdistrict|village|country|other), ``state``/``state_en``
(canonical Hindi/English state the place lies in; None if unknown and for states themselves), ``district``, ``code`` (LGD code
or None), ``confidence``, ``source`` (gazetteer|dateline|ner) and ``dateline``.

Deciding which matches are places:

* A case marker after a name does not matter (``लखनऊ में``): tokens are words.
* Generic words (``प्रदेश``, ``क्षेत्र``, ``जिला``) are never places by themselves.
* A name shared by several places (``औरंगाबाद`` BR/MH, ``हमीरपुर`` HP/UP) is resolved
  by the states the document mentions (explicitly, in the dateline, or through an
  unambiguous district); otherwise it is reported with ``state`` None and the
  candidates' states in ``candidates``.
* A name that is also an ordinary word or personal name (``गया``, ``मऊ``, ``सागर``,
  ``मंडी``; list in ``data/gazetteer/words.tsv``) needs context: a place noun next
  to it (``गया जिले``, ``जनपद मऊ``, ``सागर शहर``), the dateline, ``<name>, <its
  state>``, or a case marker after it while the document mentions its state.
* Towns and sub-districts (low prior) need their state or district mentioned in
  the document, a place noun next to them, or the dateline; multi-word names
  are taken as they are.
* Names inside a person's name (``doc.spans["people"]``) are skipped.
* The dateline place (``doc.spans["dateline"]`` span with attribute role=place) is
  linked; without a dateline component, a name opening the document and followed
  by a date, comma or colon counts as the dateline.
* Villages are not in the gazetteer; ``ग्राम X`` / ``गांव X`` / ``ग्राम पंचायत X`` / ``X गांव``,
  X with a toponymic ending (-पुर, -गंज, -नगर, -बाद, -गढ़, -खेड़ा, -बिगहा …), give kind ``village``
  with the document's state when it mentions exactly one; a gazetteer name in that position
  (``ग्राम रामपुर``) is taken as the village, not the district.
* Optionally, NER entities labelled LOC/LOCATION/GPE that the gazetteer lacks are
  reported with kind ``other`` and lower confidence.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import Entry, Gazetteer, Match, place_key
from ..spans import add_span, attrs

__all__ = ["PlacesComponent", "find_places", "PLACE_NOUNS", "CASE_MARKERS"]

#: Words that make the name next to them a place (after: ``गया जिले``; before: ``जनपद मऊ``).
PLACE_NOUNS = frozenset(place_key(w) for w in (
    "जिला जिले जिलों जनपद जनपदों नगर शहर कस्बा कस्बे कस्बों तहसील प्रखंड प्रखण्ड ब्लॉक मंडल संभाग कमिश्नरी "
    "जिलाधिकारी जिलाध्यक्ष प्रशासन नगरनिगम निगम स्टेशन जंक्शन हवाई एयरपोर्ट लोकसभा विधानसभा संसदीय "
    "मुख्यालय छावनी"
).split())
#: Of those, the ones that may stand BEFORE a name (``जनपद मऊ``, ``जिला गया``, ``शहर सागर``).
PLACE_NOUNS_BEFORE = frozenset(place_key(w) for w in "जिला जिले जनपद शहर नगर कस्बा तहसील प्रखंड प्रखण्ड".split())
#: Postpositions after a name.
CASE_MARKERS = frozenset(place_key(w) for w in "में के की का से को तक पर वासी वासियों निवासी".split())
#: Tokens that follow a dateline place (besides digits).
_DATELINE_NEXT = frozenset({",", ":", "(", "-", "–", "—", "।", "|"})
_MONTHS = frozenset(place_key(w) for w in (
    "जनवरी फरवरी फ़रवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर"
).split())
_NER_LABELS = ("LOC", "LOCATION", "GPE", "NEL")
#: Village cues: before the name (``ग्राम बरईपुर``), after it (``बरईपुर गांव``, toponymic endings only).
_VILLAGE_BEFORE = frozenset(place_key(w) for w in "ग्राम गांव गाँव मौजा".split())
_VILLAGE_AFTER = frozenset(place_key(w) for w in "गांव गाँव ग्राम".split())
_PANCHAYAT = place_key("पंचायत")
_DEV_WORD = re.compile("[\u0900-\u0963\u0971-\u097F]+")
_TOPONYM_ENDINGS = tuple(place_key(w) for w in (
    "पुर पुरा पुरी पुरवा पूर गंज नगर बाद गढ़ गढ खेड़ा खेड़ी खेड़ गांव गाँव सराय डीह डीहा पारा पाड़ा पट्टी टोला टोली "
    "कला कलां खुर्द बुजुर्ग हाट घाट बिगहा बीघा चक वाड़ा वाड़ी बाड़ी कोट"
).split())
#: Words after ``ग्राम``/``गांव`` that are not names (``ग्राम पंचायत``, ``ग्राम प्रधान``, ``गांव में``).
_NOT_VILLAGE = frozenset(place_key(w) for w in (
    "पंचायत पंचायतों सभा प्रधान प्रधानों विकास स्तर स्तरीय सचिव सेवक सेविका स्वराज उदय चौपाल वासी वासियों निवासी "
    "निवासियों वाले वालों तक में के की का से को पर और एवं व तथा या भी ही है हैं था थे थी"
).split())

_CONF = {
    "dateline": 0.95,
    "state": 0.95,
    "country": 0.9,
    "unique": 0.9,
    "resolved": 0.8,
    "context": 0.8,
    "weak": 0.7,
    "town": 0.75,
    "multi": 0.7,
    "unresolved": 0.6,
    "dateline_other": 0.6,
    "village": 0.6,
    "ner": 0.5,
}


def _key(doc: Doc, i: int) -> str:
    if i < 0 or i >= len(doc):
        return ""
    t = doc[i]
    if t.is_space:
        return ""
    return place_key(t.norm_ or t.text)


def _next_word(doc: Doc, i: int) -> int:
    """Index of the first non-space token at or after ``i`` (len(doc) if none)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _prev_word(doc: Doc, i: int) -> int:
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


class PlacesComponent:
    def __init__(self, nlp: Language | None = None, name: str = "hindi_places", use_ner: bool = True,
                 ner_labels: Iterable[str] = _NER_LABELS, report_unknown_dateline: bool = True):
        self.name = name
        self.use_ner = use_ner
        self.ner_labels = frozenset(ner_labels)
        self.report_unknown_dateline = report_unknown_dateline

    def __call__(self, doc: Doc) -> Doc:
        return find_places(doc, use_ner=self.use_ner, ner_labels=self.ner_labels,
                           report_unknown_dateline=self.report_unknown_dateline)


@Language.factory(
    "hindi_places",
    assigns=["doc.spans"],
    default_config={"use_ner": True, "ner_labels": list(_NER_LABELS), "report_unknown_dateline": True},
)
def make_places(nlp: Language, name: str, use_ner: bool, ner_labels: list[str],
                report_unknown_dateline: bool) -> PlacesComponent:
    Gazetteer.load()  # fail early if the data is missing
    return PlacesComponent(nlp, name, use_ner, ner_labels, report_unknown_dateline)


# --------------------------------------------------------------------------- the work
def _dateline_spans(doc: Doc) -> list[Span]:
    if "dateline" not in doc.spans:
        return []
    return [s for s in doc.spans["dateline"] if attrs(s).get("role") == "place"]


def _fallback_dateline(doc: Doc, m: Match, word: bool) -> bool:
    """A name opening the document and followed by a date (``लखनऊ 15 सितम्बर``, ``गया, 3 मई``),
    or, unless the name is also an ordinary word, by a comma, colon or dash (``लखनऊ:``)."""
    if _next_word(doc, 0) != m.start:
        return False
    j = _next_word(doc, m.end)
    if j >= len(doc):
        return False
    if not word and doc[j].text in _DATELINE_NEXT:
        return True
    for _ in range(3):
        if j >= len(doc):
            return False
        t = doc[j]
        if _key(doc, j) in _MONTHS:
            return True
        if t.norm_[:1].isdigit():  # "लखनऊ 15 सितम्बर"; a word-like name needs the month too ("लोहा 1997 में")
            if not word:
                return True
            k = _next_word(doc, j + 1)
            return k < len(doc) and _key(doc, k) in _MONTHS
        if t.text not in _DATELINE_NEXT:
            return False
        j = _next_word(doc, j + 1)
    return False


def _village_name(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Whether token ``i`` can be a village name: one Devanagari word, not a common word."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i]
    k = _key(doc, i)
    return (len(k) >= 3 and _DEV_WORD.fullmatch(t.text) is not None and k not in _NOT_VILLAGE and k not in CASE_MARKERS
            and k not in PLACE_NOUNS and not gaz.is_stop(k) and not gaz.is_word(k))


def _covered(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _entry_attrs(e: Entry) -> dict[str, Any]:
    is_state = e.kind in ("state", "ut")  # a state is not "in" a state: state None, state_code kept
    return {
        "name": e.name_hi,
        "name_en": e.name_en,
        "kind": e.kind,
        "state": None if is_state else e.state_hi,
        "state_en": None if is_state else e.state_en,
        "district": e.district_hi,
        "code": e.code,
        "state_code": e.state_code,
    }


def find_places(doc: Doc, use_ner: bool = True, ner_labels: Iterable[str] = _NER_LABELS,
                report_unknown_dateline: bool = True) -> Doc:
    """Write ``doc.spans["places"]`` (replacing what was there)."""
    gaz = Gazetteer.load()
    doc.spans["places"] = []
    matches = gaz.scan(doc)
    people = list(doc.spans["people"]) if "people" in doc.spans else []
    datelines = _dateline_spans(doc)
    ner_labels = frozenset(ner_labels)

    def in_dateline(m: Match) -> bool:
        if datelines:
            return _covered(datelines, m.start, m.end)
        return _fallback_dateline(doc, m, gaz.is_word(m.key) and m.end - m.start == 1)

    def village_cued(m: Match) -> bool:
        """``ग्राम रामपुर`` / ``रामपुर गांव``: a village named like a district or town."""
        if m.end - m.start != 1 or m.entries[0].kind in ("state", "ut", "country"):
            return False
        prv = _key(doc, _prev_word(doc, m.start - 1))
        return prv in _VILLAGE_BEFORE or _key(doc, _next_word(doc, m.end)) in _VILLAGE_AFTER

    # 1. context: states (and districts) the document mentions unambiguously
    ctx_states: set[str] = set()
    ctx_districts: set[str] = set()
    for m in matches:
        if _covered(people, m.start, m.end) or village_cued(m):
            continue
        top = [e for e in m.entries if e.priority == m.entries[0].priority]
        word = gaz.is_word(m.key) and m.end - m.start == 1
        if len({e.uid for e in top}) != 1 or (word and not in_dateline(m)):
            continue
        e = top[0]
        if e.kind in ("state", "ut"):
            ctx_states.add(e.state_code or "")
        elif e.kind in ("district", "city") or in_dateline(m):
            if e.state_code:
                ctx_states.add(e.state_code)
            if e.district_code:
                ctx_districts.add(e.district_code)
    ctx_states.discard("")
    match_at = {m.start: m for m in matches}
    cued = {m.start for m in matches if village_cued(m)}

    # 2. decide each match
    for m in matches:
        dateline = in_dateline(m)
        if _covered(people, m.start, m.end) and not dateline:
            continue
        single = m.end - m.start == 1
        word = gaz.is_word(m.key) and single
        nxt = _next_word(doc, m.end)
        nxt_key = _key(doc, nxt)
        prv_key = _key(doc, _prev_word(doc, m.start - 1))
        strong = nxt_key in PLACE_NOUNS or prv_key in PLACE_NOUNS_BEFORE
        # "<name>, <state>" / "<name> (<state>)"; a word-like name only with the bracket ("गया, बिहार" may be a verb)
        follow_state: str | None = None
        if nxt < len(doc) and (doc[nxt].text == "(" or (doc[nxt].text == "," and not word)):
            after = match_at.get(_next_word(doc, nxt + 1))
            if after and after.entries[0].kind in ("state", "ut"):
                follow_state = after.entries[0].state_code
        case_marker = nxt_key in CASE_MARKERS

        cands = list(m.entries)
        # prefer readings in the states the document mentions (or the one named right after)
        wanted = {follow_state} if follow_state else ctx_states
        in_ctx = [e for e in cands if e.state_code in wanted or (e.district_code and e.district_code in ctx_districts)]
        pool = in_ctx or cands
        best = min(e.priority for e in pool)
        top = [e for e in pool if e.priority == best]
        distinct = {e.uid: e for e in top}
        resolved_by_ctx = bool(in_ctx) and len({e.uid for e in cands}) > 1

        # guards
        kind = top[0].kind
        if village_cued(m):
            continue  # "ग्राम रामपुर", "रामपुर गांव": a village of that name (step 3), not the district
        weak_ok = case_marker and bool(in_ctx) and kind not in ("town", "subdistrict")
        if word and not (dateline or strong or follow_state or weak_ok):
            continue
        if kind in ("town", "subdistrict") and single and not (dateline or strong or follow_state or in_ctx):
            continue

        if len(distinct) == 1:
            e = top[0]
            a = _entry_attrs(e)
            if dateline:
                conf = _CONF["dateline"]
            elif e.kind in ("state", "ut"):
                conf = _CONF["state"]
            elif word:
                conf = _CONF["context"] if (strong or follow_state) else _CONF["weak"]
            elif resolved_by_ctx:
                conf = _CONF["resolved"]
            elif e.kind == "country":
                conf = _CONF["country"]
            elif e.kind in ("town", "subdistrict"):
                conf = _CONF["town"] if (in_ctx or strong) else _CONF["multi"]
            else:
                conf = _CONF["unique"]
        else:  # a homonym nothing resolves: the name is sure, the state is not
            e = top[0]
            states = sorted({x.state_hi for x in top if x.state_hi})
            same_state = len({x.state_code for x in top}) == 1
            names = {x.name_hi for x in top}
            a = {
                "name": e.name_hi if len(names) == 1 else doc[m.start:m.end].text,
                "name_en": e.name_en if len({x.name_en for x in top}) == 1 else None,
                "kind": e.kind,
                "state": e.state_hi if same_state else None,
                "state_en": e.state_en if same_state else None,
                "district": None,
                "code": None,
                "state_code": e.state_code if same_state else None,
                "candidates": states,
            }
            conf = _CONF["unresolved"]
        a.update(confidence=conf, source="gazetteer", dateline=dateline)
        add_span(doc, "places", doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), **a)

    # 3. villages: "ग्राम बरईपुर", "ग्राम पंचायत रामपुर", "बरईपुर गांव" (toponymic ending or a gazetteer name)
    placed = list(doc.spans["places"])
    village_state = next(iter(ctx_states)) if len(ctx_states) == 1 else None
    for i, t in enumerate(doc):
        k = _key(doc, i)
        if k not in _VILLAGE_BEFORE and k not in _VILLAGE_AFTER:
            continue
        cand = None
        prev = _prev_word(doc, i - 1)
        if k in _VILLAGE_BEFORE and not (prev >= 0 and doc[prev].like_num):  # "100 ग्राम" is a weight
            j = _next_word(doc, i + 1)
            if _key(doc, j) == _PANCHAYAT:
                j = _next_word(doc, j + 1)
            if _village_name(doc, j, gaz) and (j in cued or _key(doc, j).endswith(_TOPONYM_ENDINGS)):
                cand = j
        if cand is None and k in _VILLAGE_AFTER:
            j = _prev_word(doc, i - 1)
            if j >= 0 and _village_name(doc, j, gaz) and (j in cued or _key(doc, j).endswith(_TOPONYM_ENDINGS)):
                cand = j
        if cand is None or _covered(placed, cand, cand + 1) or _covered(people, cand, cand + 1):
            continue
        name = doc[cand].text
        st = gaz.state(village_state)
        add_span(doc, "places", doc[cand].idx, doc[cand].idx + len(name), name=name, name_en=None, kind="village",
                 state=st.name_hi if st else None, state_en=st.name_en if st else None, district=None, code=None,
                 state_code=village_state, confidence=_CONF["village"], source="pattern", dateline=False)
        placed = list(doc.spans["places"])

    # 4. a dateline place the gazetteer does not know
    placed = list(doc.spans["places"])
    if report_unknown_dateline:
        for s in datelines:
            if _covered(placed, s.start, s.end) or not s.text.strip():
                continue
            if all(gaz.is_stop(t.text) or t.is_punct or t.is_space for t in s):
                continue
            add_span(doc, "places", s.start_char, s.end_char, name=s.text.strip(), name_en=None, kind="other",
                     state=None, state_en=None, district=None, code=None, state_code=None,
                     confidence=_CONF["dateline_other"], source="dateline", dateline=True)

    # 5. NER locations the gazetteer lacks
    if use_ner and doc.ents:
        placed = list(doc.spans["places"])
        for ent in doc.ents:
            if ent.label_ not in ner_labels or _covered(placed, ent.start, ent.end):
                continue
            if all(gaz.is_stop(t.text) or t.is_punct or t.is_space for t in ent):
                continue
            add_span(doc, "places", ent.start_char, ent.end_char, name=ent.text.strip(), name_en=None, kind="other",
                     state=None, state_en=None, district=None, code=None, state_code=None,
                     confidence=_CONF["ner"], source="ner", dateline=False)
    _sort(doc)
    return doc


def _sort(doc: Doc) -> None:
    spans = sorted(doc.spans["places"], key=lambda s: (s.start, s.end))
    doc.spans["places"] = spans

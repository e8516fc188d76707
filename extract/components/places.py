"""Places: Indian states/UTs, districts, towns, a few cities, regions and countries.

``hindi_places`` scans the doc with :class:`extract.gazetteer.Gazetteer` (longest
match over token norms) and writes ``doc.spans["places"]``, one span per mention,
with attributes ``name`` (canonical Hindi), ``name_en``, ``kind``
(state|ut|district|city|town|subdistrict|village|country|other), ``state``/``state_en``
(canonical Hindi/English state the place lies in; None if unknown and for states themselves), ``district``, ``code`` (LGD code
or None), ``confidence``, ``source`` (gazetteer|dateline|ner|pattern|latin) and ``dateline``.

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
  are taken as they are. A word-like name or a town listed with a place that stands by
  itself is a place too (``भंडारा , चंद्रपुर और वर्धा``). An area noun after a name
  (``क्षेत्र``, ``इलाके``) makes it strong, a word-like name only when it is a region
  (``अवध क्षेत्र``; not ``बाढ़ क्षेत्र``).
* Names inside a person's name (``doc.spans["people"]``) or an organisation's name
  (``doc.spans["organizations"]``: ``लखनऊ विकास प्राधिकरण``) are skipped, unless they are the dateline or the
  organisation is a government written after its place (``पंजाब सरकार``: Punjab is mentioned).
* The dateline place (``doc.spans["dateline"]`` span with attribute role=place) is
  linked; without a dateline component, a name opening the document and followed
  by a date, comma or colon counts as the dateline. A dateline place the gazetteer lacks is
  reported with kind ``other`` (with the district and state of a bracketed district after it:
  ``बिसवां (सीतापुर) :``).
* Places the gazetteer lacks are found by cue words (``source`` = ``pattern``), with the
  document's state when it mentions exactly one:

  - villages (kind ``village``): ``ग्राम X`` / ``गांव X`` / ``ग्राम पंचायत X`` / ``मौजा X`` and
    ``X गांव`` / ``X ग्राम``, X any proper word (not a function word, common noun, designation word,
    honorific, or, before ``गांव``, a given name: ``बबलू गांव का मुखिया``); a gazetteer name in that
    position (``ग्राम रामपुर``) is taken as the village, not the district;
  - sub-districts (kind ``subdistrict``): ``X तहसील`` / ``X ब्लॉक`` / ``X विकासखंड`` / ``X प्रखंड``;
  - police-station areas (kind ``other``): ``X थाना क्षेत्र``, ``X कोतवाली क्षेत्र``;
  - localities (kind ``other``): ``मोहल्ला X``, and ``X नगर`` / ``X गेट`` / ``X कॉलोनी`` with the cue
    word in the name, when a case marker, a list word or punctuation follows (not ``नगर निगम``,
    ``नगर अध्यक्ष``);
  - any proper word before ``निवासी``/``वासी`` (``बाउर निवासी``), and a word with a strong toponymic ending
    (-पुर, -पुरा, -गंज, -नगर, -बाद, -गढ़, -खेड़ा, -सराय, -बिगहा …)
    before a case marker, ``निवासी``, a place or area noun or a list word (``रसूलाबाद निवासी``,
    ``भटपुरा में``): kind ``village`` before ``के ग्रामीण/किसान``, else ``other``.

  Gazetteer names are never re-read as such patterns (except as villages after a village cue).
* Optionally, NER entities labelled LOC/LOCATION/GPE that the gazetteer lacks are
  reported with kind ``other`` and lower confidence (trimmed of punctuation, case markers and common
  words; none inside a person's or an organisation's name or a designation).
* Towns and sub-districts that LGD names in English only (UP, Uttarakhand, Haryana, Rajasthan, HP,
  Delhi, Punjab, Gujarat …: ``data/gazetteer/latin_places.tsv``) are matched by the phonetic skeleton of
  the word (:func:`extract.gazetteer.skeletons`: ``हर्रैया`` ~ ``Harraiya``), never on a bare word, only
  where the context already makes a place likely, and reported with the LGD kind, code, district, state
  and English name, the name as written in the text:

  - a cue word (``source`` = ``pattern``): ``X तहसील`` / ``ब्लॉक`` / ``विकासखंड`` / ``विकास खंडों`` /
    ``प्रखंड`` (and plurals), ``तहसील X``, ``ब्लॉक X`` (a sub-district preferred); ``X कस्बा``,
    ``कस्बा X``, ``X नगर पंचायत`` / ``नगर पालिका`` (a town preferred); ``X थाना`` / ``कोतवाली`` /
    ``थाने`` and ``X क्षेत्र`` / ``इलाके`` (only a place of the document's own district, and not one
    whose skeleton ordinary words share: ``पहाड़ी क्षेत्र``);
  - the dateline place (``बिसवां (सीतापुर) :``: in the bracketed district) and NER locations;
  - a proper word (no common word, personal name, designation) listed next to a place of known state
    (``असंध, इंद्री और घरौंडा``: in the document's states or that place's), or before a case marker
    (``घरौंडा में``: only in the document's own district, skeleton of 4+ letters), ``source`` = ``latin``.

  A skeleton shared by places of several districts is resolved by the document's districts, then
  states (from unambiguous mentions and the dateline); still ambiguous, it is not linked (a cue word
  still gives a bare pattern place). Without any state or district in the document, only a cue word,
  the dateline or NER may link a skeleton that names one place.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text.tokenizer import ensure_normalized
from ..gazetteer import Entry, Gazetteer, Match, place_key, skeleton
from ..names import NameLexicon
from ..spans import add_span, attrs
from ..temporal.dateline import BYLINE_CUES
from ..text import normalize_key

__all__ = ["PlacesComponent", "find_places", "PLACE_NOUNS", "CASE_MARKERS"]

#: Words that make the name next to them a place (after: ``गया जिले``; before: ``जनपद मऊ``).
PLACE_NOUNS = frozenset(place_key(w) for w in (
    "जिला जिले जिलों जनपद जनपदों नगर शहर कस्बा कस्बे कस्बों तहसील प्रखंड प्रखण्ड ब्लॉक मंडल संभाग कमिश्नरी "
    "जिलाधिकारी जिलाध्यक्ष प्रशासन नगरनिगम निगम स्टेशन जंक्शन हवाई एयरपोर्ट लोकसभा विधानसभा संसदीय "
    "मुख्यालय छावनी उपखंड उपमंडल अनुमंडल"
).split())
#: Of those, the ones that may stand BEFORE a name (``जनपद मऊ``, ``जिला गया``, ``शहर सागर``).
PLACE_NOUNS_BEFORE = frozenset(place_key(w) for w in "जिला जिले जनपद शहर नगर कस्बा तहसील प्रखंड प्रखण्ड".split())
_GENITIVES = frozenset(place_key(w) for w in "के की का".split())
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
#: words after ``X पंचायत`` that make it a body above the village (पंचायत समिति: a block in Rajasthan)
_ADJECTIVE_ENDING = place_key("ीय")  # त्रिस्तरीय पंचायत: an adjective, no village
_ADJECTIVE_ENDINGS = (_ADJECTIVE_ENDING, place_key("िक"))  # नरेला औद्योगिक क्षेत्रों: an adjective ends no name
_PANCHAYAT_BODY = frozenset(place_key(w) for w in "समिति समितियों".split())
_DEV_WORD = re.compile("[\u0900-\u0963\u0971-\u097F]+")
_TOPONYM_ENDINGS = tuple(place_key(w) for w in (
    "पुर पुरा पुरी पुरवा पूर गंज नगर बाद गढ़ गढ खेड़ा खेड़ी खेड़ गांव गाँव सराय डीह डीहा पारा पाड़ा पट्टी टोला टोली "
    "कला कलां खुर्द बुजुर्ग हाट घाट बिगहा बीघा चक वाड़ा वाड़ी बाड़ी कोट"
).split())
#: Words after ``ग्राम``/``गांव`` that are not names (``ग्राम पंचायत``, ``ग्राम प्रधान``, ``गांव में``).
_NOT_VILLAGE = frozenset(place_key(w) for w in (
    "पंचायत पंचायतों सभा प्रधान प्रधानों विकास स्तर स्तरीय सचिव सेवक सेविका स्वराज उदय चौपाल वासी वासियों निवासी "
    "निवासियों वाले वालों तक में के की का से को पर और एवं व तथा या भी ही है हैं था थे थी "
    "पैतृक आदर्श पड़ोसी पड़ोस नजदीकी समीपवर्ती आसपास दूरदराज सुदूर दूसरे अगले पिछले छोटे बड़े पूरे उसी इसी "
    "हमारे उनके अपने मेरे संबंधित प्रभावित चयनित सीमावर्ती पहाड़ी मैदानी ग्रामीण शहरी "
    "जिंदाबाद जिन्दाबाद मुर्दाबाद बर्बाद आबाद महानगर उपनगर भरपूर"
).split())

#: Strong toponymic endings: an unknown word with one of them is a place when a place context follows
#: (a case marker, ``निवासी``, a place noun): ``रसूलाबाद निवासी``, ``हरिहरपुर के किसान``, ``भटपुरा में``.
_STRONG_ENDINGS = tuple(place_key(w) for w in (
    "पुर पुरा पुरवा पुरम गंज नगर बाद गढ़ गढ खेड़ा खेड़ी सराय बिगहा डीह पट्टी टोला कलां खुर्द विहार"
).split())
#: Police-station areas: ``X थाना क्षेत्र``, ``X कोतवाली क्षेत्र`` / ``X थाने``: X is a locality or town.
_STATION = frozenset(place_key(w) for w in "थाना थाने कोतवाली थानाध्यक्ष".split())
#: what follows ``X थाना`` when X names the station (``सहसों थाने के दो सिपाही``, ``भरथना कोतवाली का प्रभारी``)
_AREA_OR_POLICE = frozenset(place_key(w) for w in (
    "क्षेत्र इलाके इलाका पुलिस प्रभारी पहुंचे पहुंची में के की का से को पर"
).split())
_STATION_HEAD = place_key("थानाध्यक्ष")  # लवेदी थानाध्यक्ष, काठगोदाम थानाध्यक्ष: the station is named before it
#: Sub-district cues after the name (``बीकापुर तहसील``, ``बिसरख ब्लॉक``): the name may be any proper word.
_SUBDISTRICT_AFTER = frozenset(place_key(w) for w in (
    "तहसील ब्लॉक ब्लाक विकासखंड विकासखण्ड प्रखंड प्रखण्ड उपखंड उपमंडल अनुमंडल महकमा तालुका तालुके तालुक").split())
# (महकमा: Bengal's sub-division, उलुबेरिया महकमा; तालुका: Gujarat's and Maharashtra's tehsil)
#: Cues for the Latin index (English-only LGD units, :meth:`Gazetteer.resolve_latin`): a word before them
#: becomes a place only when its skeleton names one. Sub-districts (``गोंदलामऊ विकास खंडों``), towns
#: (``X कस्बे``, ``X नगर पंचायत``), police stations and areas (``लालकुआं कोतवाली``, ``लक्सर क्षेत्र``: in the
#: document's district only); before the name: ``तहसील X``, ``कस्बा X``.
_LATIN_SUB_AFTER = _SUBDISTRICT_AFTER | frozenset(place_key(w) for w in (
    "तहसीलों ब्लॉकों ब्लाकों विकासखंडों विकासखण्डों प्रखंडों प्रखण्डों तालुकों").split())
_VIKAS = place_key("विकास")
_KHAND = frozenset(place_key(w) for w in "खंड खण्ड खंडों खण्डों".split())
_LATIN_TOWN_AFTER = frozenset(place_key(w) for w in "कस्बा कस्बे कस्बों नगरपंचायत नगरपालिका".split())
_LOCAL_BODY = frozenset(place_key(w) for w in "पंचायत पालिका".split())  # X नगर पंचायत / X नगर पालिका
_LATIN_STATION = frozenset(place_key(w) for w in "थाना थाने थानों कोतवाली".split())
_LATIN_SUB_BEFORE = frozenset(place_key(w) for w in "तहसील ब्लॉक ब्लाक विकासखंड विकासखण्ड प्रखंड प्रखण्ड".split())
_LATIN_TOWN_BEFORE = frozenset(place_key(w) for w in "कस्बा कस्बे".split())
_TOWN_KINDS = ("town", "city")
#: the number of a numbered block after a hyphen (Bengal's and Odisha's रतुआ-1 प्रखंड, मुरारई-II ब्लॉक)
_UNIT_NUMBER = re.compile(r"(?:[1-4१-४]|i{1,3}|iv|I{1,3}|IV)")
#: a word before a case marker needs a skeleton this long (short ones are shared with ordinary words)
_LATIN_CASE_MIN = 4
#: the least skeleton length of a town without district taken before a case marker (state level)
_LATIN_TOWN_MIN = 5
#: Area nouns after a name: make a gazetteer name strong (a word-like one only when it is a region:
#: ``अवध क्षेत्र``, not ``बाढ़ क्षेत्र``), or an unknown toponym a place.
_AREA_AFTER = frozenset(place_key(w) for w in "क्षेत्र इलाके इलाका अंचल परिक्षेत्र".split())
#: Localities: ``मोहल्ला X`` (name X), ``X गेट`` / ``X कॉलोनी`` / ``X नगर`` (the cue word is part of the name).
_LOCALITY_BEFORE = frozenset(place_key(w) for w in "मोहल्ला मोहल्ले मुहल्ला मुहल्ले".split())
_LOCALITY_AFTER = frozenset(place_key(w) for w in "गेट कॉलोनी कालोनी कोलोनी बाजार बाज़ार मार्केट".split())
#: suffixes of city localities whose first word may be any word (संगम विहार, गीता कॉलोनी, सरिता एन्क्लेव)
_LOCALITY_SUFFIX = frozenset(place_key(w) for w in (
    "कॉलोनी कालोनी कोलोनी विहार एन्क्लेव एनक्लेव पुरम कुंज पेठ एक्सटेंशन टोली कैंट छावनी").split())
# (पेठ: a Maharashtra quarter; टोली: a Bihar or Jharkhand quarter, पटवा टोली; कैंट, छावनी: a cantonment,
# मामून कैंट, पुरानी छावनी)
_SECTOR = frozenset(place_key(w) for w in "सेक्टर फेज".split())
_NAGAR = place_key("नगर")
#: Words that may follow a locality (``राजाजी नगर में``, ``अजमेरी गेट स्थित``); not ``नगर निगम``/``नगर आयुक्त``.
_LOCALITY_NEXT = CASE_MARKERS | frozenset(place_key(w) for w in (
    "स्थित मोहल्ला मोहल्ले कॉलोनी कालोनी इलाके इलाका इलाकों क्षेत्र थाना थाने चौकी चौराहा चौराहे तिराहा तिराहे चौक "
    "बाजार मार्ग रोड निवासियों"
).split())
#: After ``X के``: the place is a village (``हरिहरपुर के किसान``).
_RURAL = frozenset(place_key(w) for w in "ग्रामीण ग्रामीणों किसान किसानों ग्रामवासी ग्रामवासियों".split())
_NOT_AFTER_VILLAGE = frozenset(place_key(w) for w in "स्तर स्तरीय".split())

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
    "subdistrict": 0.65,
    "locality": 0.55,
    "toponym": 0.55,
    "ner": 0.5,
    "latin": 0.7,  # a cue word and the Latin index
    "latin_dateline": 0.8,
    "latin_ner": 0.6,
    "latin_listed": 0.65,
    "listed_unknown": 0.55,
    "latin_case": 0.6,
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
        doc = ensure_normalized(doc)
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
            and k not in PLACE_NOUNS and not gaz.is_stop(k) and not gaz.is_word(k)
            and not NameLexicon.load().is_acronym(normalize_key(t.text)))  # (सीएचसी गांव से: a health centre)


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


#: plural (or singular) area nouns after a list of names: every listed word is such a place
#: (``घरौंडा, असंध, नीलोखेड़ी और इंद्री खंडों में``, ``कुढ़नी, मड़वन, कांटी और सकरा प्रखंडों की``)
_LIST_CUES = {place_key(w): kind for kind, ws in (
    ("subdistrict", "प्रखंडों प्रखंड प्रखण्डों खंडों खंड विकासखंडों विकासखंड ब्लॉकों ब्लॉक तहसीलों तहसील "
                    "उपमंडलों उपमंडल अनुमंडलों तालुकों तालुका मंडलों"),
    ("village", "गांवों गाँवों ग्रामों ग्राम पंचायतों"),  # one word each (ग्राम पंचायतों: its last word)
    ("other", "थाना थानों मोहल्लों मोहल्ले इलाकों क्षेत्र इलाके वार्डों"),
    ("city", "कस्बों नगरों शहरों मंडियों"),  # करैरा, पिछोर और कोलारस नगरों में; … संगत और गोनियाना की मंडियों
) for w in ws.split()}


_SAMITIS = frozenset(place_key(w) for w in "समितियों समितियां".split())


#: words after a place that locate something in it or name a unit by it (X स्थित, X मोहल्ले, X इकाई)
_LOCATED = frozenset(place_key(w) for w in "स्थित मोहल्ले मुहल्ले इकाई इकाइयों".split())
_UNIT_AFTER = frozenset(place_key(w) for w in "इकाई इकाइयों".split())
_FROM, _TILL = place_key("से"), place_key("तक")
_ROAD_SUFFIXES = tuple(place_key(w) for w in "पथ मार्ग".split())
#: sentence-final punctuation, and the endings of a subjunctive or polite imperative (कराएं, करें) before it
_SENTENCE_ENDS = frozenset("।|.?!॥")
_SUBJUNCTIVE_ENDINGS = ("एं", "एँ", "ें")
#: last words of byline credits (नईदुनिया न्यूज, पत्रिका न्यूज नेटवर्क, आगरा ब्यूरो)
_CREDIT_WORDS = frozenset(place_key(w) for w in "न्यूज नेटवर्क ब्यूरो संवाददाता प्रतिनिधि एजेंसी".split())
#: offices and buildings that locate something (कलेक्टोरेट स्थित, मुख्यालय स्थित): no places
_BUILDINGS = frozenset(place_key(w) for w in (
    "कलेक्टोरेट कलेक्ट्रेट कलक्ट्रेट समाहरणालय मुख्यालय परिसर भवन कार्यालय सभागार सभाकक्ष अस्पताल "
    "चिकित्सालय कॉलेज महाविद्यालय विद्यालय स्कूल स्टेडियम मैदान कोतवाली चौकी मंदिर मस्जिद पार्क गेट").split())
#: roads and crossings are no places (the golden guidelines): करनाल रोड स्थित, आदमपुर चौक स्थित
_ROADS = frozenset(place_key(w) for w in "रोड मार्ग पथ चौक चौराहा चौराहे तिराहा तिराहे हाईवे बाईपास".split())


def _locality_closed(doc: Doc, j: int) -> bool:
    """Whether what follows a locality name at token ``j`` closes it: the end, punctuation, a case marker,
    a coordinator or a locality word (``... नगर में``, ``... नगर और पंचशील``)."""
    if j >= len(doc) or doc[j].is_punct:
        return True
    k = _key(doc, j)
    return k in _LOCALITY_NEXT or _name_stop(doc[j]) in ("coordinator", "postposition", "genitive")


#: words between a list of places and the area noun that closes it (``... और महथौर समेत 14 गांवों में``)
_LOCALITY_LIST_CUES = frozenset(place_key(w) for w in "थाना थानों मोहल्लों इलाकों इलाके".split())
#: words after a place where people live (बाउर निवासी रामसूरत)
_RESIDENT = frozenset(place_key(w) for w in "निवासी निवासियों वासी रहवासी रहवासियों".split())
#: the plural ones, after a genitive (भोलाव और झाड़ेश्वर के 350 रहवासियों): the listed names are places
#: (X के ग्रामीणों is read as a village elsewhere)
_RESIDENTS_OF = frozenset(k for k in _RESIDENT if k.endswith(place_key("ियों")))
_LIST_GAP = frozenset(place_key(w) for w in "समेत सहित आदि इत्यादि".split())


def _list_word(doc: Doc, q: int, gaz: Gazetteer, common: bool = False) -> bool:
    """Whether token ``q`` may be (part of) a listed place name: a word that is no function word nor, unless
    ``common`` (a word of a two-word name: ``सिविल लाइन``, ``फ्रेंड्स कॉलोनी``), a common word. A station noun,
    listed and then skipped, is allowed (``सिविल लाइन, कोतवाली और फ्रेंड्स कॉलोनी थानों``)."""
    t = doc[q]
    if t.is_punct or t.is_space or t.like_num or _key(doc, q) in _LIST_CUES or _key(doc, q) in PLACE_NOUNS:
        return False
    if _key(doc, q) in _STATION:
        return True
    kinds = (None, "place", "common") if common else (None, "place")
    return _name_stop(t) in kinds and (common or not gaz.is_stop(t.text))


#: the town whose quarters follow in the genitive (शहर के दाऊपारा, मलहापारा और गुरु घासीदास वार्ड में)
_TOWN_WORDS = frozenset(place_key(w) for w in "शहर नगर कस्बे कस्बा".split())
#: words opening a scheme or campaign named after the country (आयुष्मान भारत, खेलो इंडिया, मेक इन इंडिया)
_SCHEME_BEFORE = frozenset(place_key(w) for w in (
    "आयुष्मान स्वच्छ विकसित आत्मनिर्भर स्वस्थ डिजिटल खेलो फिट स्टार्टअप स्टैंडअप स्किल इन श्रेष्ठ समर्थ सशक्त"
).split())
#: the tehsil or block whose villages follow in the genitive, as a list (निफाड तहसील के उंबरखेड, बेहेड और ...)
_UNIT_WORDS = frozenset(place_key(w) for w in "तहसील ब्लॉक ब्लाक प्रखंड प्रखण्ड विकासखंड विकासखण्ड तालुका".split())
#: first words of a two-word village name (पिंपलगांव बसवंत, रामपुर कलां is read elsewhere)
_VILLAGE_ENDINGS = tuple(place_key(w) for w in "गांव गाँव गाव पुर पुरा खेड़ा वाड़ी वाडी".split())
#: last words of a quarter's name of several words (गुरु घासीदास वार्ड, सदर बाजार)
_QUARTER_ENDS = _LOCALITY_SUFFIX | frozenset(place_key(w) for w in "वार्ड मोहल्ला बाजार नगर गंज".split())
#: stopword kinds that never stand in a quarter's name
_NOT_IN_QUARTER = frozenset({"genitive", "postposition", "coordinator", "conjunction", "particle", "pronoun",
                             "determiner", "verb", "adverb", "time", "number"})


def _town_quarters(doc: Doc, taken: list[Span], state_code: str | None, gaz: Gazetteer) -> None:
    """``शहर के दाऊपारा, मलहापारा और गुरु घासीदास वार्ड में``: the names listed after a town's genitive and
    closed by a case marker or an area noun are its quarters: one word no lexicon knows, or up to three words
    ending in a quarter word (वार्ड, बाजार, नगर, कॉलोनी ...)."""
    st = gaz.state(state_code) if state_code else None
    n = len(doc)
    names = NameLexicon.load().names
    for i in range(n - 2):
        villages = _key(doc, i) in _UNIT_WORDS  # निफाड तहसील के उंबरखेड, बेहेड और पिंपलगांव बसवंत के किसान
        if (_key(doc, i) not in _TOWN_WORDS and not villages) or _key(doc, i + 1) not in _GENITIVES:
            continue
        items: list[tuple[int, int]] = []
        q = i + 2
        while q < n:
            e = q
            while e < n and e - q < 3 and _DEV_WORD.fullmatch(_key(doc, e)) is not None \
                    and _key(doc, e) not in _JOINERS and _key(doc, e) not in CASE_MARKERS \
                    and _name_stop(doc[e]) not in _NOT_IN_QUARTER and not doc[e].is_sent_start:
                e += 1
            if e == q:
                break
            one_unknown = e - q == 1 and _name_stop(doc[q]) is None \
                and not names.get(normalize_key(doc[q].norm_ or doc[q].text))
            if villages:
                # a village: one word no lexicon knows, or two after a toponym's ending (पिंपलगांव बसवंत)
                named = one_unknown or e - q == 2 and _key(doc, q).endswith(_VILLAGE_ENDINGS) \
                    and _name_stop(doc[q + 1]) is None
            else:
                named = one_unknown or e - q > 1 and _key(doc, e - 1) in _QUARTER_ENDS
            if not named:
                break
            items.append((q, e))
            if e < n and _key(doc, e) in _JOINERS and e + 1 < n:
                q = e + 1
                continue
            break
        if len(items) == 1 and (villages or items[0][1] - items[0][0] == 1
                                and not _key(doc, items[0][0]).endswith(_STRONG_ENDINGS)):
            continue  # one unknown word alone (शहर के सौंदर्यीकरण में) only with a toponym's ending; villages: a list
        if not items:
            continue
        close = items[-1][1]
        if close >= n or not (_key(doc, close) in CASE_MARKERS or _key(doc, close) in _AREA_AFTER
                              or _key(doc, close) in _LIST_CUES):
            continue
        for a, b in items:
            if any(_covered(x, a, b) for x in (doc.spans["places"], taken)):
                continue
            _add_unlinked(doc, a, b, "village" if villages else "other", st, state_code,
                          _CONF["village"] if villages else _CONF["locality"])


def _lists_before_cues(doc: Doc, gaz: Gazetteer, taken: list[Span], match_at: dict[int, Match],
                       state_code: str | None, link) -> None:
    """Every word of a list closed by an area noun is a place of that kind: the gazetteer's or the Latin
    index's reading when there is one in the document's states, else a place of the cue's kind."""
    n = len(doc)
    st = gaz.state(state_code) if state_code else None
    for i in range(2, n):
        kind = _LIST_CUES.get(_key(doc, i))
        first = i
        if kind is None and _key(doc, i) in _SAMITIS and i >= 3 and _key(doc, i - 1) == _PANCHAYAT:
            kind, first = "subdistrict", i - 1  # केशवरायपाटन और तालेड़ा पंचायत समितियों: blocks
        if kind is None:
            continue
        q = first - 1
        if _key(doc, q) == _VIKAS:
            continue  # … गोंदलामऊ विकास खंडों: the block names are read through the Latin index's context
        if kind != "other" and q >= 2 and doc[q].like_num and _key(doc, q - 1) in _LIST_GAP:
            q -= 2  # ... और महथौर समेत 14 गांवों में
        elif kind != "other" and q >= 1 and _key(doc, q) in _LIST_GAP:
            q -= 1
        # two-word names of common words are police stations and localities (सिविल लाइन, फ्रेंड्स कॉलोनी थानों)
        common = _key(doc, i) in _LOCALITY_LIST_CUES
        items: list[tuple[int, int]] = []  # (start, end) of each listed name, right to left
        while q >= 0:
            t = doc[q]
            # a two-word name (… शंकर और कंग साहबू गांवों; सिविल लाइन, … थानों) after a list word or, first in
            # a list of localities, two common words after a known word (इसमें सिविल लाइन, …)
            pair = q >= 2 and not t.is_sent_start and _list_word(doc, q, gaz, common=common) \
                and not _key(doc, q).endswith(_ADJECTIVE_ENDINGS) \
                and _list_word(doc, q - 1, gaz, common=common) and _key(doc, q - 1) not in _STATION \
                and (_is_joiner(doc[q - 2]) or common and _name_stop(doc[q - 2]) is not None
                     and _name_stop(t) == _name_stop(doc[q - 1]) == "common")
            if pair or q >= 1 and _key(doc, q) in _ROADS and _DEV_WORD.fullmatch(_key(doc, q - 1)) is not None:
                start = q - 1  # (a road is an item too, left out below: ..., पैलेस रोड, ... क्षेत्र)
            elif _list_word(doc, q, gaz):
                start = q
            else:
                break
            items.append((start, q + 1))
            if doc[start].is_sent_start:
                break
            j = start - 1
            if j < 1 or not _is_joiner(doc[j]):
                break
            q = j - 1
        items = [(a, b) for a, b in items if not (b - a == 1 and _key(doc, a) in _STATION)]  # ... कोतवाली और ...
        items = [(a, b) for a, b in items if _key(doc, b - 1) not in _ROADS]  # ..., पैलेस रोड, ... क्षेत्र
        if len(items) < 2:
            continue
        for q, q_end in items:
            if q_end - q > 1:
                if not any(_covered(x, q, q_end) for x in (doc.spans["places"], taken)):
                    _add_unlinked(doc, q, q_end, kind, st, state_code, _CONF["village"])
                continue
            if any(_covered(x, q, q + 1) for x in (doc.spans["places"], taken)):
                continue
            a, b = doc[q].idx, doc[q].idx + len(doc[q].text)
            m = match_at.get(q)
            if m is not None and m.end == q + 1:
                pool = [e for e in m.entries if state_code is None or e.state_code == state_code] or m.entries
                add_span(doc, "places", a, b, **_entry_attrs(pool[0]), confidence=_CONF["context"], source="gazetteer",
                         dateline=False)
                continue
            e = link(q, q + 1, "state")
            if e is not None:
                add_span(doc, "places", a, b, **_latin_attrs(e, doc[q].text), confidence=_CONF["town"],
                         source="pattern", dateline=False)
                continue
            if not any(c.isalpha() for c in doc[q].text):
                continue
            _add_unlinked(doc, q, q + 1, kind, st, state_code,
                          _CONF["subdistrict"] if kind == "subdistrict" else _CONF["village"])


def _role_jurisdictions(doc: Doc, gaz: Gazetteer, roles: list[Span], people: list[Span], orgs: list[Span],
                        match_at: dict[int, Match], ctx_states: set[str], ctx_districts: set[str], link) -> None:
    """Places named as the jurisdiction of a designation (``hindi_people``'s ``jurisdiction_start/end``): the
    gazetteer's reading in the document's states (a word-like name included), else the Latin index, else a
    place of kind ``other`` when no lexicon knows the word."""
    for r in roles:
        a = attrs(r)
        js, je = a.get("jurisdiction_start"), a.get("jurisdiction_end")
        if js is None or je is None:
            continue
        span = doc.char_span(js, je, alignment_mode="expand")
        if span is None or any(_covered(x, span.start, span.end) for x in (doc.spans["places"], people, orgs)):
            continue
        m = match_at.get(span.start)
        if m is not None and m.end == span.end:
            pool = [e for e in m.entries if e.state_code in ctx_states or e.district_code in ctx_districts] \
                or m.entries
            if pool[0].kind in ("state", "ut", "country") or len({e.uid for e in pool
                                                                   if e.priority == pool[0].priority}) == 1:
                add_span(doc, "places", js, je, **_entry_attrs(pool[0]), confidence=_CONF["context"],
                         source="gazetteer", dateline=False)
                continue
        e = link(span.start, span.end, "state")
        if e is not None:
            add_span(doc, "places", js, je, **_latin_attrs(e, span.text), confidence=_CONF["town"],
                     source="gazetteer", dateline=False)
            continue
        if m is None and all(t.is_alpha and not gaz.is_stop(t.text) for t in span):
            state = next(iter(ctx_states)) if len(ctx_states) == 1 else None
            st = gaz.state(state) if state else None
            add_span(doc, "places", js, je, name=unicodedata.normalize("NFC", span.text.strip()), name_en=None,
                     kind="other", state=st.name_hi if st else None, state_en=st.name_en if st else None,
                     district=None, code=None, state_code=state if st else None, confidence=_CONF["toponym"],
                     source="role", dateline=False)


def _latin_longer(doc: Doc, gaz: Gazetteer, m: Match, ctx_states: set[str], ctx_districts: set[str]
                  ) -> tuple[int, Entry] | None:
    """(end, entry) when the gazetteer name at ``m`` and the one or two unknown words after it name a town or
    sub-district of the document's state in the Latin index (``सुल्तानपुर लोधी``, ``निहाल सिंह वाला``), else None."""
    words, q = [], m.end
    while len(words) < 2 and q < len(doc) and doc[q].is_space is False and not doc[q].is_punct \
            and _DEV_WORD.fullmatch(doc[q].text) and place_key(doc[q].text) not in CASE_MARKERS \
            and place_key(doc[q].text) not in _JOINERS and place_key(doc[q].text) not in PLACE_NOUNS \
            and not gaz.lookup(doc[q].text) and not doc[q].is_sent_start:
        words.append(q)
        q += 1
    for k in range(len(words), 0, -1):
        e = gaz.resolve_latin(doc[m.start:words[k - 1] + 1].text, ctx_states, ctx_districts, level="state",
                              words=False)
        if e is not None and e.kind in ("town", "subdistrict"):
            return words[k - 1] + 1, e
    return None


def _vote_dateline_district(doc: Doc, gaz: Gazetteer, dateline_matches: list[Match], ctx_states: set[str],
                            ctx_districts: set[str]) -> None:
    """A dateline district that several states have (बलरामपुर: UP and Chhattisgarh) is the one in which more
    of the document's other words name a sub-district, town or village (the gazetteer's or the Latin index's:
    तुलसीपुर, पचपेड़वा); nothing is decided on a tie."""
    for m in dateline_matches:
        dists = {e.district_code: e for e in m.entries if e.kind == "district" and e.district_code}
        if len({e.state_code for e in dists.values()}) < 2:
            continue
        votes: dict[str, int] = {}
        seen: set[str] = set()
        for t in doc:
            if m.start <= t.i < m.end or t.is_punct or t.is_space or len(t.text) < 3 or t.text in seen:
                continue
            seen.add(t.text)
            codes = {e.district_code for e in (*gaz.lookup(t.text), *gaz.latin(t.text))
                     if e.kind in ("subdistrict", "town", "city") and e.district_code in dists and not e.ambiguous}
            for c in codes:
                votes[c] = votes.get(c, 0) + 1
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            e = dists[ranked[0][0]]
            ctx_districts.add(e.district_code or "")
            ctx_states.add(e.state_code or "")


def _latin_attrs(e: Entry, text: str) -> dict[str, Any]:
    """Span attributes of a place of the Latin index written ``text``: the name as written (NFC), the LGD
    English name, kind, code, district and state."""
    a = _entry_attrs(e)
    a["name"] = unicodedata.normalize("NFC", text.strip())
    return a


_JOINERS = frozenset(place_key(w) for w in ", और एवं व तथा या".split())
#: words after the places of a route (लहरागागा, धूरी और भवानीगढ़ होते हुए; … होकर)
_ROUTE_WORDS = frozenset(place_key(w) for w in "होते होकर".split())
#: plural area words after a list of places (मणुगुरु, येल्लंदु और रामगुंडम क्षेत्रों के; … कस्बों में): they close
#: the list like a case marker
_AREA_PLURALS = frozenset(place_key(w) for w in "क्षेत्रों इलाकों कस्बों शहरों तहसीलों प्रखंडों ब्लॉकों".split())


def _is_joiner(t) -> bool:
    return t.text == "," or place_key(t.norm_ or t.text) in _JOINERS


def _add_unlinked(doc: Doc, a: int, b: int, kind: str, st, state_code: str | None, confidence: float,
                  name: str | None = None) -> None:
    """A place no index links, at tokens [a, b), in the state ``st`` (the gazetteer's row of ``state_code``) or
    in none; ``name`` defaults to the written words (NFC)."""
    add_span(doc, "places", doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text),
             name=name if name is not None else unicodedata.normalize("NFC", doc[a:b].text), name_en=None,
             kind=kind, state=st.name_hi if st else None, state_en=st.name_en if st else None, district=None,
             code=None, state_code=state_code if st else None, confidence=confidence, source="pattern",
             dateline=False)


def _name_stop(t) -> str | None:
    """The stopword kind of a token in ``name_stopwords.tsv`` (function word, common word, place)."""
    return NameLexicon.load().stop.get(normalize_key(t.norm_ or t.text))


#: words that open a hamlet's name (``नगला केशव``, ``ढाणी मीणान``): the next word belongs to it
_HAMLET = frozenset(place_key(w) for w in "नगला नगलिया ढाणी मजरा".split())


def _hamlet_end(doc: Doc, j: int, gaz: Gazetteer) -> int:
    """The end of a village name opening at token ``j``: two words after a hamlet word, else one."""
    k = j + 1
    if place_key(doc[j].norm_ or doc[j].text) in _HAMLET and k < len(doc) and not doc[k].is_sent_start \
            and _DEV_WORD.fullmatch(doc[k].text) and _name_stop(doc[k]) in (None, "place", "common", "adverb") \
            and place_key(doc[k].text) not in CASE_MARKERS:
        return k + 1
    # गांव रत्तड़ छत्तड़ के पास, ग्राम भगवानपुर बेलवा के: a second unknown word before a case marker
    m = k + 1
    if k < len(doc) and m < len(doc) and not doc[k].is_sent_start and _DEV_WORD.fullmatch(doc[k].text) \
            and _name_stop(doc[k]) is None and len(place_key(doc[k].text)) >= 3 \
            and not NameLexicon.load().names.get(normalize_key(doc[k].norm_ or doc[k].text)) \
            and not gaz.lookup(doc[k].text) and place_key(doc[m].norm_ or doc[m].text) in CASE_MARKERS:
        return k + 1
    return j + 1


def _proper(doc: Doc, i: int, gaz: Gazetteer, oblique_ok: bool = False) -> bool:
    """Whether token ``i`` can be the proper name of a small place: one Devanagari word of three
    letters or more that is no function word, common noun, place noun, honorific or designation word
    (nor, unless ``oblique_ok``, a word ending like a plural oblique noun)."""
    if i < 0 or i >= len(doc) or not _village_name(doc, i, gaz):
        return False
    kind = _name_stop(doc[i])
    if kind is not None and kind != "place":
        return False
    k = normalize_key(doc[i].norm_ or doc[i].text)
    if k.endswith("ों") and not oblique_ok:
        return False  # ग्राम पंचायत सचिवों: a plural oblique noun, no place name
    return k not in NameLexicon.load().honorifics and k not in _designation_words()


def _toponym(doc: Doc, i: int) -> bool:
    """A word with a strong toponymic ending (``रसूलाबाद``, ``भटपुरा``, ``इंदिरानगर``) that is not a
    personal name."""
    k = _key(doc, i)
    if not any(k.endswith(e) and len(k) >= len(e) + 2 for e in _STRONG_ENDINGS):
        return False
    return not NameLexicon.load().names.get(normalize_key(doc[i].norm_ or doc[i].text))


def _given_name(doc: Doc, i: int) -> bool:
    """A known given name without a toponymic ending (बबलू; not रामपुर)."""
    kinds = NameLexicon.load().names.get(normalize_key(doc[i].norm_ or doc[i].text), frozenset())
    return "given" in kinds and not _key(doc, i).endswith(_TOPONYM_ENDINGS)


@lru_cache(maxsize=1)
def _designation_words() -> frozenset[str]:
    from .people import RoleLexicon  # single-word designation parts (प्रधान, अध्यक्ष, सचिव ...)

    return RoleLexicon.get().words


def _only_elsewhere(entries, states: set[str]) -> bool:
    """Whether every reading is a town or sub-district outside ``states`` (the document's; False without them)."""
    return bool(states) and all(e.kind in ("town", "subdistrict") and e.state_code and e.state_code not in states
                                for e in entries)


def _pattern_places(doc: Doc, gaz: Gazetteer, names: list[Span], cued: set[int], state_code: str | None,
                    datelines: list[Span] = (), ner_locs: list[Span] = (), known: set[int] = frozenset(),
                    link: Callable[..., Entry | None] | None = None,
                    words: tuple[list[int], list[str]] | None = None) -> None:
    """Villages, sub-districts and localities by their cue words (see the module docstring). Names of
    people and organisations (``names``) are skipped; dateline places are left to the dateline step, a
    locality or bare toponym that a NER entity covers to the NER step, and a gazetteer name (``known``
    tokens) is a village only after a village cue. ``link(start, end, level, kinds)`` resolves a name
    through the Latin index (:meth:`Gazetteer.resolve_latin`): a sub-district, town or police-station name
    it knows is reported with its LGD kind, district and state."""
    placed = list(doc.spans["places"]) + list(datelines)
    st = gaz.state(state_code)
    # first token -> (start, end, kind, confidence, LGD entry of the Latin index or None)
    found: dict[int, tuple[int, int, str, float, Entry | None]] = {}

    def free(a: int, b: int) -> bool:
        return not _covered(placed, a, b) and not _covered(names, a, b) and not any(
            s < b and a < e for s, e, _, _, _ in found.values())

    def take(a: int, b: int, kind: str, conf: float, entry: Entry | None = None, known_ok: bool = False) -> bool:
        if a < 0 or not free(a, b) or (kind == "other" and entry is None
                                       and any(x.start <= a and b <= x.end for x in ner_locs)):
            return False
        if kind != "village" and not known_ok and any(q in known for q in range(a, b)):
            return False
        found[a] = (a, b, kind, conf, entry)
        return True

    def take_known(i: int) -> bool:
        """A gazetteer place at token ``i`` that the document gave no other context for, read by a cue word:
        its one reading in the document's state."""
        if i not in known:
            return False
        hits = [e for e in gaz.lookup(doc[i].text) if state_code is None or e.state_code == state_code]
        return len({e.uid for e in hits}) == 1 and take(i, i + 1, hits[0].kind, _CONF["locality"], entry=hits[0],
                                                        known_ok=True)

    def latin_cue(w: int) -> tuple[int, str, tuple[str, ...], bool] | None:
        """(token, level, preferred kinds, word-like skeletons allowed) of a name that a Latin-index cue at
        word ``w`` points to."""
        k = keys[w]
        nk = keys[w + 1] if w + 1 < m else ""
        nnk = keys[w + 2] if w + 2 < m else ""
        if nk in _LATIN_SUB_AFTER or (nk == _VIKAS and nnk in _KHAND):
            return idx[w], "any", ("subdistrict",), True
        if nk in _LATIN_TOWN_AFTER or (nk == _NAGAR and nnk in _LOCAL_BODY):
            return idx[w], "state", _TOWN_KINDS, True
        if nk in _KHAND:  # बावल खंड, जुलाना खंड: a block (Haryana's word), in the document's district only
            return idx[w], "district", ("subdistrict",), True
        if nk in _LATIN_STATION or nk in _AREA_AFTER:  # weak cues: not a word-like skeleton (पहाड़ी क्षेत्र)
            return idx[w], "district", (), False
        if w + 1 < m and k in _LATIN_SUB_BEFORE:
            return idx[w + 1], "state", ("subdistrict",), True
        if w + 1 < m and k in _LATIN_TOWN_BEFORE:
            return idx[w + 1], "state", _TOWN_KINDS, True
        return None

    n = len(doc)
    idx, keys = words if words is not None else _words(doc)  # word positions -> token indices, keys
    m = len(idx)

    def nnk_of(w: int) -> str:
        return keys[w + 2] if w + 2 < m else ""
    for w in range(m):
        i, k = idx[w], keys[w]
        nk = keys[w + 1] if w + 1 < m else ""
        cue = latin_cue(w) if link is not None else None
        end = None  # the end of a numbered unit's name (रतुआ-1 प्रखंड: the name with its number)
        if link is not None and cue is None and w + 3 < m and doc[idx[w + 1]].text in ("-", "–") \
                and _UNIT_NUMBER.fullmatch(doc[idx[w + 2]].text) and idx[w + 2] == i + 2:
            cue = latin_cue(w + 2)
            if cue is not None and cue[0] == idx[w + 2] and cue[2] == ("subdistrict",):
                cue, end = (i, *cue[1:]), idx[w + 2] + 1
            else:
                cue = None
        if cue is not None:
            j, level, kinds, word_like = cue
            if j not in known and _proper(doc, j, gaz):
                e = link(j, j + 1, level, kinds, words=word_like)
                if e is not None and take(j, end or j + 1, e.kind, _CONF["latin"], e):
                    continue
            hits = gaz.lookup(doc[j].text)
            if j in known and kinds == ("subdistrict",) and state_code and j == i and nk in _SUBDISTRICT_AFTER \
                    and not any(e.state_code == state_code for e in hits):
                # सागर तालुक in a Karnataka note: the sub-district of the document's state, not the district of
                # that name elsewhere
                e = link(j, j + 1, "state", kinds, words=True)
                if e is not None and e.state_code == state_code \
                        and take(j, j + 1, e.kind, _CONF["latin"], e, known_ok=True):
                    continue
            # (a gazetteer name, of this state or known only in another: read as a block of the document's state)
            if (j in known or hits) and kinds == ("subdistrict",) and level != "district" and state_code \
                    and not gaz.is_word(doc[j].text) and not any(e.state_code == state_code for e in hits) \
                    and take(j, j + 1, "subdistrict", _CONF["subdistrict"], known_ok=True):
                continue  # सहार विकास खंड in an Auraiya note: not the Bihar block of that name
        if nk in _VILLAGE_PART_CUES and w + 1 < m and idx[w + 1] == i + 1 and not doc[i + 1].is_sent_start \
                and _proper(doc, i, gaz) and not _given_name(doc, i) and i not in known \
                and take(i, i + 2, "village", _CONF["village"]):
            continue  # गढ़िया रंगीन और पैना बुजुर्ग के विद्यालय: a village part word names the village before it
        if k in _SECTOR and w + 1 < m:
            # सेक्टर-17, सेक्टर 22, फेज-2: a numbered locality
            j = idx[w + 1]
            if j < n and doc[j].text in ("-", "–") and j + 1 < n:
                j += 1
            if j < n and doc[j].like_num and take(i, j + 1, "other", _CONF["locality"]):
                continue
        if nk in _LOCALITY_SUFFIX and doc[i].text.strip() and not doc[i].like_num and _name_stop(doc[i]) in (
                None, "common", "place", "noun_name"):
            after = idx[w + 2] if w + 2 < m else n
            if after >= n or doc[after].is_punct or nnk_of(w) in _LOCALITY_NEXT \
                    or _name_stop(doc[after]) in ("coordinator", "postposition", "genitive"):
                first = i
                if w >= 2 and idx[w - 1] == i - 1 and not doc[i].is_sent_start \
                        and _DEV_WORD.fullmatch(keys[w - 1]) is not None and not _given_name(doc, i - 1) \
                        and _name_stop(doc[i - 1]) in (None, "common", "place") \
                        and (doc[i - 1].is_sent_start or doc[idx[w - 2]].is_punct
                             or _name_stop(doc[idx[w - 2]]) in ("genitive", "postposition", "coordinator")):
                    first = i - 1  # शहर के हाउसिंग बोर्ड कॉलोनी: a two-word name after a function word
                if take(first, idx[w + 1] + 1, "other", _CONF["locality"]) \
                        or first < i and take(i, idx[w + 1] + 1, "other", _CONF["locality"]):
                    continue
        # X स्थित, X मोहल्ले में, X इकाई के: the word that locates, or a unit named by its town; also a
        # two-word name (किंग्सवे कैंप स्थित, महाराज बाड़ा स्थित) after a proper first word
        if nk in _LOCATED and not _given_name(doc, i) and not k.endswith(_ADJECTIVE_ENDING) and k not in _ROADS \
                and k not in _BUILDINGS:
            first = i
            if w > 0 and idx[w - 1] == i - 1 and not doc[i].is_sent_start and _proper(doc, i - 1, gaz) \
                    and not _given_name(doc, i - 1) and _village_name(doc, i, gaz) \
                    and _name_stop(doc[i]) in (None, "common", "place"):
                first = i - 1
            if nk in _UNIT_AFTER:
                # (X इकाई: only a known town names a unit; होजरी इकाइयों, रोबोटिक इकाइयों are kinds of unit)
                if take_known(i):
                    continue
            elif first < i or _proper(doc, i, gaz):
                if take(first, i + 1, "other", _CONF["locality"]):
                    continue
                if first == i and take_known(i):
                    continue
        # X से Y तक: the two ends of a route (रनेह से मड़ियादो तक बन रही सड़क)
        if nk == _FROM and w + 3 < m and keys[w + 3] == _TILL:
            y = idx[w + 2]
            ends = [q for q in (i, y) if (_proper(doc, q, gaz) and not _given_name(doc, q)) or q in known]
            if len(ends) == 2:
                for q in ends:
                    if q not in known:
                        take(q, q + 1, "other", _CONF["locality"])
        if nk in _GENITIVES and w + 2 < m and (keys[w + 2] in _RESIDENTS_OF or doc[idx[w + 2]].like_num and w + 3 < m
                                                and keys[w + 3] in _RESIDENTS_OF) \
                and _proper(doc, i, gaz) and not _given_name(doc, i) and i not in known:
            # भोलाव और झाड़ेश्वर के 350 रहवासियों (not a common word: गांव के निवासियों): the places they live in
            if take(i, i + 1, "other", _CONF["toponym"]):
                wj = w - 1
                while wj >= 1 and keys[wj] in _JOINERS and _proper(doc, idx[wj - 1], gaz) \
                        and not _given_name(doc, idx[wj - 1]) and idx[wj - 1] not in known:
                    take(idx[wj - 1], idx[wj - 1] + 1, "other", _CONF["toponym"])
                    wj -= 2
            continue
        if not (k in _VILLAGE_BEFORE or k in _LOCALITY_BEFORE or nk in _VILLAGE_AFTER or nk in _SUBDISTRICT_AFTER
                or nk == _PANCHAYAT or nk in _RESIDENT
                or nk in _LOCALITY_AFTER or nk == _NAGAR or nk in _STATION or k.endswith(_STRONG_ENDINGS)):
            continue  # no cue at or after this word (the common case)
        prev = idx[w - 1] if w > 0 else -1
        nxt = idx[w + 1] if w + 1 < m else n
        nnk = keys[w + 2] if w + 2 < m else ""
        # ग्राम X / गांव X / ग्राम पंचायत X / मौजा X (not "100 ग्राम")
        if k in _VILLAGE_BEFORE and not (prev >= 0 and doc[prev].like_num):
            j = (idx[w + 2] if w + 2 < m else n) if nk == _PANCHAYAT else nxt
            if j < n and (_proper(doc, j, gaz) or (j in cued and _village_name(doc, j, gaz))):
                take(j, _hamlet_end(doc, j, gaz), "village", _CONF["village"])
                # ग्राम पंचायत चिटौद, सोरर और धनेली में: the listed names after the cue are villages too
                wj = w + (3 if nk == _PANCHAYAT else 2)
                while wj + 1 < m and (keys[wj] == "," or keys[wj] in _JOINERS) and _proper(doc, idx[wj + 1], gaz) \
                        and idx[wj + 1] not in known:
                    after = idx[wj + 2] if wj + 2 < m else n
                    if not (after >= n or doc[after].is_punct or keys[wj + 2] in _JOINERS or keys[wj + 2] in CASE_MARKERS
                            or keys[wj + 2] in _VILLAGE_AFTER or keys[wj + 2] == _PANCHAYAT):
                        break
                    take(idx[wj + 1], idx[wj + 1] + 1, "village", _CONF["village"])
                    wj += 2
                continue
        # X दक्षिणी पंचायत / गांव: a village split from X, named by both words
        if k in _DIRECTION_PARTS and nk in _DIRECTION_UNITS and w > 0 and idx[w - 1] == i - 1 \
                and not doc[i].is_sent_start and (_proper(doc, i - 1, gaz) or (i - 1) in known) \
                and not _given_name(doc, i - 1) and take(i - 1, i + 1, "village", _CONF["village"], known_ok=True):
            continue
        # X पंचायत (धनेली पंचायत ने, सरसर पंचायत की मुखिया): a gram panchayat is a village (not पंचायत समिति)
        if k not in _DIRECTION_PARTS and nk == _PANCHAYAT and nnk not in _PANCHAYAT_BODY and _proper(doc, i, gaz) and not _given_name(doc, i) \
                and i not in known and not k.endswith(_ADJECTIVE_ENDING):
            take(i, i + 1, "village", _CONF["village"])
            continue
        # X गांव / X ग्राम (not a given name: "बबलू गांव का पूर्व मुखिया है")
        if nk in _VILLAGE_AFTER and nnk not in _NOT_AFTER_VILLAGE:
            if (_proper(doc, i, gaz) and not _given_name(doc, i)) or (i in cued and _village_name(doc, i, gaz)):
                if w >= 2 and idx[w - 1] == i - 1 and not doc[i].is_sent_start and (i - 1) not in known \
                        and _proper(doc, i - 1, gaz) and not _given_name(doc, i - 1) and (i - 1) not in cued \
                        and _name_stop(doc[i - 1]) is None and not doc[i - 1].is_sent_start \
                        and _name_stop(doc[idx[w - 2]]) in ("postposition", "genitive") \
                        and take(i - 1, i + 1, "village", _CONF["village"]):
                    continue  # के दौरान गुमथला गढ़ू गांव के: two unknown words after a function word name it
                take(i, i + 1, "village", _CONF["village"])
                continue
        # मोहल्ला X
        if k in _LOCALITY_BEFORE and nxt < n and _proper(doc, nxt, gaz):
            take(nxt, nxt + 1, "other", _CONF["locality"])
            continue
        if nk in _RESIDENT and k in _LOCALITY_BEFORE:
            # न्यू एरिया मोहल्ला निवासी: the one or two words before the locality noun name it
            a = i
            while a - 1 >= 0 and i - (a - 1) <= 2 and not doc[a].is_sent_start \
                    and _DEV_WORD.fullmatch(_key(doc, a - 1)) is not None \
                    and _name_stop(doc[a - 1]) in (None, "common", "place") and not _given_name(doc, a - 1):
                a -= 1
            if a < i:
                take(a, i, "other", _CONF["locality"])
            continue
        if nk in _RESIDENT and (_proper(doc, i, gaz) or i in known) and not _given_name(doc, i):
            # (a gazetteer name the document gave no context for is still a place here: दाउदनगर निवासी)
            take(i, i + 1, "village" if nnk in _RURAL else "other", _CONF["toponym"], known_ok=True)
            continue  # बाउर निवासी: where a person lives is a place (as a toponym before निवासी)
        if not (nk in _SUBDISTRICT_AFTER or nk in _LOCALITY_AFTER or nk == _NAGAR or nk in _STATION
                or k.endswith(_STRONG_ENDINGS)):
            continue
        if not (_proper(doc, i, gaz) or nk in _STATION and _village_name(doc, i, gaz)
                and _name_stop(doc[i]) in (None, "place")):
            continue  # (सहसों थाने के: a name in -ों before a station noun)
        # X थाना क्षेत्र / X कोतवाली क्षेत्र: a police-station area
        if nk in _STATION and (nnk in _AREA_OR_POLICE or nk == _STATION_HEAD) and not _given_name(doc, i):
            if not take(i, i + 1, "other", _CONF["locality"]):
                take_known(i)  # जंदाहा थाना के सअनि
            continue
        # X तहसील / X ब्लॉक / X विकासखंड
        if nk in _SUBDISTRICT_AFTER:
            take(i, i + 1, "subdistrict", _CONF["subdistrict"])
            continue
        # X नगर / X गेट / X कॉलोनी: a locality, the cue word is part of its name
        if nk in _LOCALITY_AFTER or (nk == _NAGAR and not gaz.lookup(k)):
            after = idx[w + 2] if w + 2 < m else n
            if after >= n or doc[after].is_punct or nnk in _LOCALITY_NEXT \
                    or _name_stop(doc[after]) in ("coordinator", "postposition", "genitive"):
                take(i, nxt + 1, "other", _CONF["locality"])
                continue
        # a toponymic ending with a place context: रसूलाबाद निवासी, हरिहरपुर के किसान, भटपुरा में
        if _toponym(doc, i) and (nk in CASE_MARKERS or nk in PLACE_NOUNS or nk in _AREA_AFTER
                                 or nk in _VILLAGE_AFTER or nk in _LOCALITY_NEXT or nxt >= n or doc[nxt].is_punct
                                 or _name_stop(doc[nxt]) == "coordinator"):
            rural = nk in _VILLAGE_AFTER or nnk in _RURAL
            take(i, i + 1, "village" if rural else "other", _CONF["toponym"])
    for a, b, kind, conf, entry in sorted(found.values(), key=lambda f: f[:2]):
        name = doc[a:b].text
        if entry is not None:
            add_span(doc, "places", doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text),
                     **_latin_attrs(entry, name), confidence=conf, source="pattern", dateline=False)
            continue
        _add_unlinked(doc, a, b, kind, st, state_code, conf, name=name)


_GOVERNMENT = normalize_key("सरकार")


#: apps and portals named after a place (एमपी किसान ऐप, राजस्थान संपर्क पोर्टल)
_APPS = frozenset(place_key(w) for w in "ऐप एप एप्प ऐप्प पोर्टल".split())


def _app_after(doc: Doc, end: int) -> bool:
    """Whether an app or portal word closes the one or two words after token ``end`` (एमपी [किसान ऐप])."""
    q = end
    for _ in range(3):
        q = _next_word(doc, q)
        if q >= len(doc) or doc[q].is_punct or doc[q].is_sent_start:
            return False
        if _key(doc, q) in _APPS:
            return q > end
        q += 1
    return False


def _government_of_place(span: Span) -> bool:
    """``पंजाब सरकार``, ``झारखंड सरकार``: a government written after the place it governs; ``जनपद पंचायत
    भीमपुर``: a body whose name leaves out the place written with it (a block's unit)."""
    a = attrs(span)
    words = normalize_key(span.text).split()
    if a.get("kind") == "government" and len(words) >= 2 and words[-1] == _GOVERNMENT:
        return True
    named = normalize_key(a.get("name") or "").split()
    return a.get("evidence") == "pattern" and bool(named) and len(words) > len(named) \
        and (words[:len(named)] == named or words[-len(named):] == named)


def _words(doc: Doc) -> tuple[list[int], list[str]]:
    """The token indices of the doc's words (no whitespace tokens) and their gazetteer keys."""
    idx = [t.i for t in doc if not t.is_space]
    return idx, [place_key(doc[i].norm_ or doc[i].text) for i in idx]


def find_places(doc: Doc, use_ner: bool = True, ner_labels: Iterable[str] = _NER_LABELS,
                report_unknown_dateline: bool = True) -> Doc:
    """Write ``doc.spans["places"]`` (replacing what was there)."""
    gaz = Gazetteer.load()
    doc.spans["places"] = []
    matches = gaz.scan(doc)
    people = list(doc.spans["people"]) if "people" in doc.spans else []
    # a government names its place (पंजाब सरकार ने ...: Punjab is mentioned), other organisations hide theirs
    orgs = [s for s in doc.spans["organizations"] if not _government_of_place(s)] if "organizations" in doc.spans \
        else []
    roles = list(doc.spans["roles"]) if "roles" in doc.spans else []
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
        if not in_dateline(m) and len({x.state_code for x in m.entries if x.state_code}) > 1 \
                and place_key(e.name_hi or "") != m.key:
            continue  # सोनपुर: an Odisha district's other name and a Bihar town says nothing about the state
        if e.kind in ("state", "ut"):
            ctx_states.add(e.state_code or "")
        elif e.kind in ("district", "city") or in_dateline(m):
            if e.state_code:
                ctx_states.add(e.state_code)
            if e.district_code:
                ctx_districts.add(e.district_code)
    if not ctx_states:
        _vote_dateline_district(doc, gaz, [m for m in matches if in_dateline(m)], ctx_states, ctx_districts)
    ctx_states.discard("")
    match_at = {m.start: m for m in matches}
    cued = {m.start for m in matches if village_cued(m)}
    # names that are places by themselves (not ordinary words, not towns): a word-like name or a town
    # listed next to one of them is a place too (``भंडारा , चंद्रपुर , गढ़चिरोली``)
    solid_end = {m.end: m for m in matches if not (gaz.is_word(m.key) and m.end - m.start == 1)
                 and m.entries[0].kind not in ("town", "subdistrict") and not _covered(people, m.start, m.end)}
    solid_start = {m.start for m in solid_end.values()}

    def listed(m: Match, word: bool) -> bool:
        p = _prev_word(doc, m.start - 1)
        if p >= 0 and _is_joiner(doc[p]) and (_prev_word(doc, p - 1) + 1) in solid_end:
            return True
        q = _next_word(doc, m.end)
        if q >= len(doc) or not _is_joiner(doc[q]):
            return False
        r = _next_word(doc, q + 1)
        if r not in solid_start:
            return False
        if word and doc[q].text == ",":
            # "बढ़ गया, छत्तीसगढ़ आगे है": after a comma, a word-like name needs a list going on
            after = _next_word(doc, match_at[r].end)
            return after < len(doc) and _is_joiner(doc[after])
        return True

    # a district (or state) and a place of it joined by a genitive support each other, whatever else they
    # may be (``गया के शेरघाटी में``, ``सागर के बीना में``): both are places
    nested: set[int] = set()
    for m in matches:
        g = _next_word(doc, m.end)
        if g >= len(doc) or _key(doc, g) not in _GENITIVES:
            continue
        inner = match_at.get(_next_word(doc, g + 1))
        if inner is None:
            continue
        outer_codes = {(e.kind, e.district_code if e.kind == "district" else e.state_code) for e in m.entries
                       if e.kind in ("district", "state", "ut")}
        if any((x.kind != "district" and ("district", x.district_code) in outer_codes)
               or (x.kind not in ("state", "ut") and any(k in ("state", "ut") and c == x.state_code
                                                          for k, c in outer_codes))
               for x in inner.entries if x.kind not in ("state", "ut", "country")):
            nested.update((m.start, inner.start))

    def add_latin(a: int, b: int, e: Entry, dateline: bool) -> None:
        """A place of the Latin index written at tokens [a, b)."""
        add_span(doc, "places", doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), **_latin_attrs(e, doc[a:b].text),
                 confidence=_CONF["latin"], source="latin", dateline=dateline)

    # 2. decide each match
    for m in matches:
        dateline = in_dateline(m)
        longer = _latin_longer(doc, gaz, m, ctx_states, ctx_districts) if ctx_states else None
        if longer is not None:  # सुल्तानपुर लोधी, तलवंडी साबो: a longer LGD name of the document's state
            add_latin(m.start, longer[0], longer[1], dateline)
            continue
        if (_covered(people, m.start, m.end) or _covered(orgs, m.start, m.end)
                or _covered(roles, m.start, m.end)) and not dateline:
            continue  # inside a person's or an organisation's name (लखनऊ विकास प्राधिकरण) or a designation (जिला
            # मंडी अधिकारी, प्रखंड कल्याण पदाधिकारी)
        single = m.end - m.start == 1
        word = gaz.is_word(m.key) and single
        nxt = _next_word(doc, m.end)
        nxt_key = _key(doc, nxt)
        if (nxt_key in _ROADS or nxt_key in _WATERS or nxt_key in _CREDIT_WORDS) and nxt == m.end and not dateline:
            continue  # अंबाला रोड स्थित भवन, चांदन जलाशय, झांसी ब्यूरो: a road, a reservoir or a bureau named after a town
        if not dateline and _app_after(doc, m.end):
            continue  # एमपी किसान ऐप, ... पोर्टल: an app or portal named after a state
        prv = _prev_word(doc, m.start - 1)
        prv_key = _key(doc, prv)
        if not dateline and prv == m.start - 1 and prv_key in _SCHEME_BEFORE:
            continue  # आयुष्मान भारत, स्वच्छ भारत मिशन, खेलो इंडिया: a scheme named after the country
        if not dateline and m.end - m.start == 1 and gaz.is_word(m.key) and prv == m.start - 1 and prv >= 0 \
                and not doc[prv].is_punct and _name_stop(doc[prv]) == "common" \
                and prv_key not in PLACE_NOUNS_BEFORE and prv_key not in PLACE_NOUNS and prv_key not in _LIST_CUES:
            continue  # नई अनाज मंडी, सब्जी मंडी: a word-like name after a common word is that word
        same_line = not any("\n" in doc[k].text for k in range(m.end, min(nxt, len(doc))))
        strong = nxt_key in PLACE_NOUNS and same_line or prv_key in PLACE_NOUNS_BEFORE or m.start in nested
        # (not a name ending a line before a post written on the next: अमरजीत सिंह मान / जिला मीडिया प्रभारी)
        if nxt_key in _AREA_AFTER and (not word or m.entries[0].kind in ("other", "region")):
            strong = True  # "रुड़की क्षेत्र", "अवध क्षेत्र" (a region); not "बाढ़ क्षेत्र" (flood area)
        # "<name>, <state>" / "<name> (<state>)"; a word-like name only with the bracket ("गया, बिहार" may be a verb)
        follow_state: str | None = None
        if nxt < len(doc) and (doc[nxt].text == "(" or (doc[nxt].text == "," and not word)):
            after = match_at.get(_next_word(doc, nxt + 1))
            if after and after.entries[0].kind in ("state", "ut"):
                follow_state = after.entries[0].state_code
        case_marker = nxt_key in CASE_MARKERS
        if nxt_key == _NAGAR and single and not dateline and not gaz.lookup(doc[m.start:nxt + 1].text) \
                and not any(e.state_code in ctx_states for e in m.entries if e.kind in ("district", "city")) \
                and _locality_closed(doc, _next_word(doc, nxt + 1)):
            # वैशाली नगर (a locality of Ajmer, not the Bihar district): a district or city name of another
            # state followed by नगर
            add_span(doc, "places", doc[m.start].idx, doc[nxt].idx + len(doc[nxt].text),
                     name=doc[m.start:nxt + 1].text, name_en=None, kind="other", state=None, state_en=None,
                     district=None, code=None, confidence=_CONF["locality"], source="pattern", dateline=False)
            continue

        cands = list(m.entries)
        # prefer readings in the states the document mentions (or the one named right after)
        wanted = {follow_state} if follow_state else ctx_states
        in_ctx = [e for e in cands if e.state_code in wanted or (e.district_code and e.district_code in ctx_districts)]
        pool = in_ctx or cands
        best = min(e.priority for e in pool)
        top = [e for e in pool if e.priority == best]
        distinct = {e.uid: e for e in top}
        resolved_by_ctx = bool(in_ctx) and len({e.uid for e in cands}) > 1
        if not in_ctx and not follow_state and ctx_states and not dateline \
                and not any(e.kind in ("state", "ut", "country", "region") for e in cands):
            # सहार (a Bihar block) in an Auraiya note, विजयपुर (a Karnataka district) in a Samba note: the
            # English-only LGD unit of that sound in the document's district (or, for a small place, state)
            small = all(e.kind in ("town", "subdistrict") for e in cands)
            local = gaz.resolve_latin(doc[m.start:m.end].text, ctx_states, ctx_districts,
                                      level="state" if small else "district", words=not word)
            if local is not None and (small or local.district_code in ctx_districts):
                add_latin(m.start, m.end, local, False)
                continue

        # guards
        kind = top[0].kind
        if village_cued(m):
            continue  # "ग्राम रामपुर", "रामपुर गांव": a village of that name (step 3), not the district
        weak_ok = case_marker and bool(in_ctx) and kind not in ("town", "subdistrict")
        if word and not (dateline or strong or follow_state or weak_ok or listed(m, True)):
            continue
        if kind in ("town", "subdistrict") and single and not (dateline or strong or follow_state or in_ctx
                                                               or listed(m, False)):
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

    # the Latin index (English-only LGD units) for names the cues, the dateline or NER make places: one
    # place in the document's districts/states (or, at level "any" and without any, anywhere)
    def link(a: int, b: int, level: str, kinds: tuple[str, ...] = (), states: Iterable[str] = (),
             districts: Iterable[str] = (), words: bool = True) -> Entry | None:
        return gaz.resolve_latin(doc[a:b].text, ctx_states | set(states), ctx_districts | set(districts),
                                 kinds, level, words)

    def bracket_district(s: Span) -> Entry | None:
        """``बिसवां (सीतापुर) :``: the district in brackets after a dateline place."""
        j = _next_word(doc, s.end)
        if j < len(doc) and doc[j].text == "(":
            m = match_at.get(_next_word(doc, j + 1))
            if m is not None and m.entries[0].kind == "district":
                return m.entries[0]
            k = _next_word(doc, j + 1)
            hits = [e for e in gaz.lookup(doc[k].text) if e.kind == "district"] if k < len(doc) else []
            if len(hits) == 1:
                return hits[0]
        return None

    # the district in brackets after the dateline place, even one whose name is also a word (लाखेरी (बूंदी))
    for s in datelines:
        j = _next_word(doc, s.end)
        k = _next_word(doc, j + 1) if j < len(doc) and doc[j].text == "(" else len(doc)
        if k + 1 < len(doc) and doc[k + 1].text == ")" and not _covered(doc.spans["places"], k, k + 1):
            hits = [e for e in gaz.lookup(doc[k].text) if e.kind == "district"]
            if len(hits) == 1:
                add_span(doc, "places", doc[k].idx, doc[k].idx + len(doc[k].text), **_entry_attrs(hits[0]),
                         confidence=_CONF["context"], source="gazetteer", dateline=False)
    known = {i for m in matches if m.start not in cued for i in range(m.start, m.end)}
    dateline_latin: dict[int, Entry] = {}
    for s in datelines if report_unknown_dateline else ():
        if _covered(doc.spans["places"], s.start, s.end) or any(i in known for i in range(s.start, s.end)) \
                or not s.text.strip() or any(t.is_punct or gaz.is_stop(t.text) for t in s):
            continue
        d = bracket_district(s)
        e = link(s.start, s.end, "any", (), [d.state_code] if d else (), [d.district_code] if d else ())
        if e is not None:  # its district and state are the document's too
            dateline_latin[s.start] = e
            ctx_states.add(e.state_code or "")
            ctx_districts.add(e.district_code or "")
    for s in doc.spans["places"]:  # a dateline district resolved in step 2 (प्रतापगढ़ (राजस्थान)) is the document's
        a = attrs(s)
        if a.get("dateline") and a.get("kind") == "district" and a.get("code") and a.get("state_code"):
            ctx_states.add(a["state_code"])
            ctx_districts.add(a["code"])
    ctx_states.discard("")
    ctx_districts.discard("")
    # a gazetteer town or sub-district known only in other states than the document's is no known name for the
    # cue rules below (कल्याणपुर पंचायत in a Bihar note: not Uttar Pradesh's town of that name)
    known = {i for m in matches if m.start not in cued and not _only_elsewhere(m.entries, ctx_states)
             for i in range(m.start, m.end)}

    # 2b. the jurisdiction of an administrative or police post (``एसडीओ हर्रैया``, ``करंजिया बीएमओ``, ``बस्ती के
    #     जिलाधिकारी``): a place even when its name is also a word or the gazetteer lacks it
    _role_jurisdictions(doc, gaz, roles, people, orgs, match_at, ctx_states, ctx_districts, link)

    # 3. places below the district level that the gazetteer lacks, found by their cues
    village_state = next(iter(ctx_states)) if len(ctx_states) == 1 else None
    ner_locs = [s for s in _ner_places(doc, gaz, ner_labels) if not any(
        _covered(x, s.start, s.end) for x in (doc.spans["places"], people, orgs, roles))] if use_ner else []
    words = _words(doc)
    _pattern_places(doc, gaz, people + orgs, cued, village_state, datelines, ner_locs, known, link, words)
    _lists_before_cues(doc, gaz, people + orgs + roles, match_at, village_state, link)
    _town_quarters(doc, people + orgs + roles, village_state, gaz)

    # 4. a dateline place the gazetteer does not know
    placed = list(doc.spans["places"])
    if report_unknown_dateline:
        for s in datelines:
            if _covered(placed, s.start, s.end) or not s.text.strip():
                continue
            if all(gaz.is_stop(t.text) or t.is_punct or t.is_space for t in s):
                continue
            if s.start in dateline_latin:  # a town or sub-district of the Latin index
                add_span(doc, "places", s.start_char, s.end_char, **_latin_attrs(dateline_latin[s.start], s.text),
                         confidence=_CONF["latin_dateline"], source="dateline", dateline=True)
                continue
            # "बिसवां (सीतापुर) :": the district in brackets gives the district and state
            e = bracket_district(s)
            add_span(doc, "places", s.start_char, s.end_char, name=s.text.strip(), name_en=None, kind="other",
                     state=e.state_hi if e else None, state_en=e.state_en if e else None,
                     district=e.district_hi if e else None, code=None, state_code=e.state_code if e else None,
                     confidence=_CONF["dateline_other"], source="dateline", dateline=True)

    # 5. NER locations the gazetteer lacks (kind other), calibrated and trimmed (:func:`_ner_places`); none
    #    inside a place already found, a person's or an organisation's name or a designation
    if ner_locs:
        placed = list(doc.spans["places"])
        for span in ner_locs:
            a, b = span.start, span.end
            if _covered(placed, a, b) or _covered(people, a, b) or _covered(orgs, a, b) or _covered(roles, a, b):
                continue
            if _listed_with_people(doc, a, b, people):
                continue  # अमन, सोनू, मोनू और राहुल
            if b - a == 1 and (_name_stop(doc[a]) == "common" or _key(doc, a).endswith("ों")):
                continue  # पुलिया, गाइडों: a common noun the NER took for a place
            if any(c in doc[q].text for q in range(a, b) for c in "0०"):
                continue  # (सू0वि0): an abbreviation written with zeros, no place
            if b - a == 1 and _key(doc, a).endswith(_ROAD_SUFFIXES):
                continue  # रामपथ, भक्तिपथ: a road
            if _key(doc, b - 1) in _CREDIT_WORDS or _key(doc, b - 1) in _NER_FACILITY:
                continue  # नईदुनिया न्यूज (a byline credit), कलेक्ट्रेट, समाहरणालय (an office)
            if b - a == 1 and _key(doc, a) in _NER_PLACE_KINDS:
                continue  # मंडी, चौक, बाग: a kind of place, no name
            if b - a == 1 and b < len(doc) and doc[b].text in _SENTENCE_ENDS and (
                    doc[a].tag_ in ("VM", "VAUX") or doc[a].text.endswith(_SUBJUNCTIVE_ENDINGS)):
                continue  # … तक पूरी कराएं।: a verb closing the sentence
            e = link(a, b, "any")
            if e is not None:  # a town or sub-district of the Latin index
                add_span(doc, "places", span.start_char, span.end_char, **_latin_attrs(e, span.text),
                         confidence=_CONF["latin_ner"], source="ner", dateline=False)
                continue
            add_span(doc, "places", span.start_char, span.end_char, name=span.text.strip(), name_en=None,
                     kind="other", state=None, state_en=None, district=None, code=None, state_code=None,
                     confidence=_CONF["ner"], source="ner", dateline=False)

    # 6. words the Latin index names in the document's own district or state, in a place context
    if ctx_states or ctx_districts:
        _latin_context_places(doc, gaz, people + orgs + roles, known, link, words)
    # 7. unknown proper words listed with local places (रुद्री और कोलियारी के पास; सोलंग, डोभी और रायसन सहित)
    _listed_with_places(doc, gaz, people + orgs + roles, village_state)
    # 8. a size, age or direction word written before a local place names another place (बड़ा झींकपानी, नई बस्ती)
    _adjective_prefixed(doc, people + orgs + roles)
    _sort(doc)
    return doc


def _linked(span: Span | None) -> Span | None:
    """The span if it is a place below the state level with a known state (not a village or other)."""
    if span is None:
        return None
    a = attrs(span)
    if a.get("kind") in ("state", "ut", "country", "village", "region", "other") or not a.get("state_code"):
        return None
    return span


#: district nouns before the genitive of a place in that district (हमीरपुर जिले के भोरंज)
_DISTRICT_WORDS = frozenset(place_key(w) for w in "जिले जिला जनपद".split())


def _district_before(doc: Doc, words: list[int], keys: list[str], w: int, ends: dict[int, Span]) -> str | None:
    """The LGD code of the district in ``<district> जिले के`` written right before word ``w``, else None."""
    if w < 3 or keys[w - 1] not in _GENITIVES or keys[w - 2] not in _DISTRICT_WORDS:
        return None
    s = ends.get(words[w - 3] + 1)
    a = attrs(s) if s is not None else {}
    return a.get("code") if a.get("kind") == "district" else None


def _latin_context_places(doc: Doc, gaz: Gazetteer, names: list[Span], known: set[int], link,
                          words: tuple[list[int], list[str]]) -> None:
    """Single words that no step took, that are no common word, designation or personal name, and whose
    skeleton names a town or sub-district of the Latin index: listed next to a place with a known state
    (``असंध , इंद्री और घरौंडा``; the place must lie in the document's states or that place's state), or
    followed by a case marker (``घरौंडा में``; it must lie in one of the document's districts)."""
    lex = NameLexicon.load()
    blocked = set(known) | {i for s in names for i in range(s.start, s.end)}
    blocked |= {i for s in doc.spans["places"] for i in range(s.start, s.end)}
    words, keys = words
    joiner = [k in _JOINERS for k in keys]
    case = [k in CASE_MARKERS for k in keys]
    n = len(words)
    # word positions with a place context: a list word before or after, or a case marker after
    cands = [w for w in range(n) if ((w > 0 and joiner[w - 1]) or (w + 1 < n and (joiner[w + 1] or case[w + 1])))
             and words[w] not in blocked and _DEV_WORD.fullmatch(keys[w]) is not None]
    # items of a list of single words closed by a case marker (बिधूना, अजीतमल और अछल्दा के): like one word before it
    listed_case: set[int] = set()
    for w in range(n - 1):
        if (case[w + 1] or keys[w + 1] in _ROUTE_WORDS or keys[w + 1] in _AREA_PLURALS) and w >= 2 and joiner[w - 1]:
            v = w
            while v >= 2 and joiner[v - 1] and not joiner[v - 2] and not case[v - 2]:
                v -= 2
            listed_case.update(range(v, w + 1, 2))
    tried: dict[int, bool] = {}  # word position -> tried with a listed neighbour
    for _ in range(4):  # a list is linked item by item
        placed = list(doc.spans["places"])
        starts = {s.start: s for s in placed}
        ends = {s.end: s for s in placed}
        added = False
        for w in cands:
            i = words[w]
            if tried.get(w) or i in blocked:
                continue
            neighbour = None
            if w > 1 and joiner[w - 1]:
                neighbour = _linked(ends.get(words[w - 2] + 1))
            if neighbour is None and w + 2 < n and joiner[w + 1]:
                neighbour = _linked(starts.get(words[w + 2]))
            if neighbour is None and (w in tried or not (w + 1 < n and case[w + 1] or w in listed_case)):
                continue
            tried[w] = neighbour is not None
            t = doc[i]
            # (सोरों और सहावर में: a name ending like a plural oblique noun, in the document's district only)
            if not gaz.latin(t.text) or not _proper(doc, i, gaz, oblique_ok=True) \
                    or lex.names.get(normalize_key(t.norm_ or t.text)):
                continue
            oblique = normalize_key(t.norm_ or t.text).endswith("ों")
            if oblique and w not in listed_case:
                continue  # (तीखे मोड़ों के कारण: a plural oblique noun; a listed name only)
            if neighbour is not None:
                # list items are mostly of one kind (``महोली, पिसावां और गोंदलामऊ विकास खंडों``); in the document's
                # district also a name that ordinary words share (राजपुरा, समाना और नाभा के)
                a = attrs(neighbour)
                e = None if oblique else link(i, i + 1, "state", (a["kind"],), [a["state_code"]], words=False)
                if e is None:
                    e = link(i, i + 1, "district", (a["kind"],), words=not oblique)
                conf = _CONF["latin_listed"]
            elif len(skeleton(t.text)) >= (_LATIN_CASE_MIN - 1 if w in listed_case else _LATIN_CASE_MIN):
                owner = _district_before(doc, words, keys, w, ends)
                e = link(i, i + 1, "district", districts=[owner] if owner else (), words=False)
                if e is None and w in listed_case:
                    # an item of a list closed by a case marker (राजपुरा, समाना और नाभा के): in the document's
                    # district also a name that ordinary words share
                    e = link(i, i + 1, "district", districts=[owner] if owner else (), words=True)
                # (a list item too: its neighbours follow; हमीरपुर जिले के भोरंज में: the district named before it)
                if e is None and len(skeleton(t.text)) >= _LATIN_TOWN_MIN:
                    # पचपेड़वा से, रेणुकूट से: a town of the document's state that LGD gives no district
                    e = link(i, i + 1, "state", words=False)
                    e = e if e is not None and not e.district_code and e.kind in ("town", "city") else None
                conf = _CONF["latin_case"]
            else:
                e = None
            if e is None:
                continue
            add_span(doc, "places", t.idx, t.idx + len(t.text), **_latin_attrs(e, t.text), confidence=conf,
                     source="latin", dateline=False)
            blocked.add(i)
            added = True
        if not added:
            break
    # the partner of a town in "A और B" closed by a case marker or a place noun (जलालपुर और भीटी से, खंभात और
    # पेटलाद की, बगुला और कृष्णनगर के बाजारों): a place too, even one that no index knows
    placed = list(doc.spans["places"])
    starts = {s.start: s for s in placed}
    ends = {s.end: s for s in placed}
    for w in range(n):
        i = words[w]
        if i in blocked or _DEV_WORD.fullmatch(keys[w]) is None:
            continue
        if w >= 2 and joiner[w - 1] and keys[w - 1] != "," and w + 1 < n and (case[w + 1] or keys[w + 1] in PLACE_NOUNS):
            partner = _linked(ends.get(words[w - 2] + 1))  # A और [B] के
        elif w + 2 < n and joiner[w + 1] and keys[w + 1] != "," and w + 3 < n \
                and (case[w + 3] or keys[w + 3] in PLACE_NOUNS):
            partner = _linked(starts.get(words[w + 2]))  # [A] और B के
        else:
            continue
        t = doc[i]
        if partner is None or attrs(partner).get("kind") not in ("town", "subdistrict", "city") \
                or not _proper(doc, i, gaz) or lex.names.get(normalize_key(t.norm_ or t.text)) \
                or gaz.is_word(t.text) or len(keys[w]) < 3 or keys[w] in _VILLAGE_BEFORE:
            continue  # (मौजा: a village cue)
        if partner.start > i and w > 0 and not (doc[words[w - 1]].is_punct or _name_stop(doc[words[w - 1]]) not in (
                None, "common", "place", "noun_name")):
            continue  # सर्वश्रेष्ठ रेडर और बिसौली के: a word qualified by the one before it is no name
        st = attrs(partner)
        add_span(doc, "places", t.idx, t.idx + len(t.text), name=unicodedata.normalize("NFC", t.text), name_en=None,
                 kind="other", state=st.get("state"), state_en=st.get("state_en"), district=None, code=None,
                 state_code=st.get("state_code"), confidence=_CONF["toponym"], source="pattern", dateline=False)
        blocked.add(i)


#: what may follow a NER location for it to be taken (besides punctuation and the end of the text): a case
#: marker, a list word, a place or area noun
_NER_PLACE_NEXT = CASE_MARKERS | PLACE_NOUNS | _AREA_AFTER | _SUBDISTRICT_AFTER | _VILLAGE_AFTER | _STATION | frozenset(
    place_key(w) for w in "और एवं व तथा या देश राज्य प्रांत".split())
#: a NER location followed by one of these is a river or water body, not a place (``गंगा किनारे``, ``गंगा नदी``)
_WATER_NEXT = frozenset(place_key(w) for w in "नदी नदियों नहर किनारे किनारा तट तटों घाट घाटों जलस्तर".split())
#: nouns trimmed from either end of a NER location (``पिपराइच कस्बे``, ``करनैलगंज कोतवाली क्षेत्र``); not नगर,
#: which ends locality names (``गोमती नगर``)
_NER_KEEP_SUFFIX = _LOCALITY_SUFFIX | frozenset(place_key(w) for w in "नगर बाग".split())
_NER_TRIM = (PLACE_NOUNS | _AREA_AFTER | _SUBDISTRICT_AFTER | _STATION | _VILLAGE_AFTER | _VILLAGE_BEFORE
             | frozenset({place_key("मोहल्ला"), place_key("मोहल्ले")})) - {place_key("नगर")}
#: a NER location ending in one of these is a road or a building, not a place (``सनिगवां रोड``)
_NER_FACILITY = frozenset(place_key(w) for w in (
    "रोड मार्ग चौराहा चौराहे पुल मंदिर मस्जिद अस्पताल कॉलेज विद्यालय धाम मैदान पार्क भवन स्टेडियम "
    "घाट फड़ डैम बांध जलाशय सीएचसी पीएचसी"
).split()) | _BUILDINGS  # (and the offices of _BUILDINGS: कलेक्ट्रेट, समाहरणालय)
#: kinds of place written alone, which the NER reads as a place name (मंडी, चौक, बाग, कॉलोनी, चेकपोस्ट)
_NER_PLACE_KINDS = frozenset(place_key(w) for w in (
    "मंडी चौक बाग बाजार बाज़ार कॉलोनी कालोनी चेकपोस्ट पुलिया कार्यशाला मंडप धर्मशाला फ्लैट बंगला बंगले माली "
    "जलमीनार"
).split())
#: water bodies named after a place (चांदन जलाशय, कोलार जलाशय): the place word names no place there
_WATERS = frozenset(place_key(w) for w in "जलाशय बांध डैम नहर झील".split())
#: rivers a NER model reads as places (also tools/build_gazetteer.py STOP_NAMES, which keeps them out of the
#: gazetteer): a river by itself is no place
_RIVERS = frozenset(place_key(w) for w in (
    "गंगा यमुना गंडक घाघरा सरयू बेतवा केन शिप्रा क्षिप्रा ताप्ती महानदी गोदावरी कावेरी कृष्णा ब्रह्मपुत्र नर्मदा चंबल "
    "सोन कोसी गोमती रामगंगा शारदा सतलुज ब्यास रावी झेलम चिनाब तवी अलकनंदा भागीरथी मंदाकिनी बागमती कमला "
    "सुवर्णरेखा दामोदर फल्गु पुनपुन राप्ती गौला माही साबरमती लूणी बनास तीस्ता हुगली").split())
_LATIN = re.compile("[A-Za-z]")


def _listed_with_people(doc: Doc, a: int, b: int, people: list[Span]) -> bool:
    """Whether tokens [a, b) are an item of a list (comma or list word) whose neighbouring item is a person."""
    starts = {s.start for s in people}
    ends = {s.end for s in people}
    p = _prev_word(doc, a - 1)
    if p >= 0 and (doc[p].text == "," or _is_joiner(doc[p])) and _prev_word(doc, p - 1) + 1 in ends:
        return True
    q = _next_word(doc, b)
    return q < len(doc) and (doc[q].text == "," or _is_joiner(doc[q])) and _next_word(doc, q + 1) in starts


def _ner_places(doc: Doc, gaz: Gazetteer, ner_labels: Iterable[str]) -> list[Span]:
    """The backbone's location entities that may be reported as places the gazetteer lacks: trimmed of
    punctuation, case markers, common words and place/area nouns at either end, and calibrated
    (:func:`_ner_place_ok`)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ner_labels:
            continue
        a, b = ent.start, ent.end

        def junk(i: int) -> bool:
            return doc[i].is_punct or doc[i].is_space or _key(doc, i) in CASE_MARKERS \
                or _name_stop(doc[i]) not in (None, "place") or _key(doc, i) in _NER_TRIM

        while a < b and junk(a):
            a += 1
        while b > a and junk(b - 1):
            b -= 1
        if b <= a:
            continue
        # a locality's own suffix stays (हरि नगर, पंजाबी बाग: not हरि, बाग)
        if b < ent.end and _key(doc, b) in _NER_KEEP_SUFFIX:
            b += 1
        elif a > ent.start and b - a == 1 and _key(doc, a) in _NER_KEEP_SUFFIX and not doc[a - 1].is_punct \
                and _key(doc, a - 1) not in CASE_MARKERS:
            a -= 1
        if all(gaz.is_stop(t.text) or t.is_punct or t.is_space or _key(doc, t.i) in BYLINE_CUES for t in doc[a:b]):
            continue
        if any(doc[i].is_punct or _key(doc, i) in CASE_MARKERS for i in range(a, b)):
            continue  # two places or more (करनैलगंज कोतवाली क्षेत्र के हड़हा)
        if _ner_place_ok(doc, a, b):
            out.append(doc[a:b])
    return out


def _ner_place_ok(doc: Doc, a: int, b: int) -> bool:
    """Calibrated use of a NER location the gazetteer lacks (measured on IL-NER dev: about 0.7 precision
    for all of them, 0.85 with these checks): written in Devanagari, not an organisation of the lexicon
    (``केस्को``), not a river (``गंगा किनारे``, ``गंगा नदी``), a road or building (``सनिगवां रोड``) or a lone
    given name (``सोनू``) unless a place noun follows, and followed by a case marker, a list word,
    punctuation, a place noun or the end of the text (not ``मोटंगा औद्योगिक ...``, ``गंगा संरक्षण ...``,
    ``अश्गाबात करार``)."""
    text = doc[a:b].text
    if _LATIN.search(text) or not _DEV_WORD.search(text):
        return False
    from .organizations import OrgLexicon

    if OrgLexicon.get().lookup(text) is not None:
        return False
    j = _next_word(doc, b)
    if j >= len(doc):
        return True
    if _key(doc, j) in _WATER_NEXT or _key(doc, b - 1) in _NER_FACILITY:
        return False
    if b - a == 1 and _key(doc, a) in _RIVERS:
        return False  # नर्मदा के घाटों पर, नर्मदा-शिप्रा लिंक: a river (the golden guidelines: no place)
    if b - a == 1 and "given" in NameLexicon.load().names.get(normalize_key(doc[a].norm_ or doc[a].text), ()) \
            and _key(doc, j) not in PLACE_NOUNS:
        return False  # a given name (अमन, सोनू, मोनू और राहुल) unless a place noun follows
    t = doc[j]
    return t.is_punct or _key(doc, j) in _NER_PLACE_NEXT


#: words that follow a village's name as part of it (लिधौरा खास, बहरावंडा खुर्द, रामपुर कलां)
_VILLAGE_PARTS = frozenset(place_key(w) for w in "खुर्द कलां कला खास बुजुर्ग".split())
#: the part words that name a village before them with no other cue (not कला, art; not खास, special)
_VILLAGE_PART_CUES = frozenset(place_key(w) for w in "खुर्द कलां बुजुर्ग".split())
#: a direction after a place names a village or panchayat split from it, before a unit noun (हसनपुर दक्षिणी पंचायत)
_DIRECTION_PARTS = frozenset(place_key(w) for w in "उत्तरी दक्षिणी पूर्वी पश्चिमी".split())
_DIRECTION_UNITS = frozenset(place_key(w) for w in "पंचायत गांव गाँव ग्राम वार्ड".split())


def _part_word(doc: Doc, e: int) -> bool:
    """Whether token ``e`` is a village part word (खुर्द), or a direction before a unit noun (दक्षिणी पंचायत)."""
    k = _key(doc, e)
    return k in _VILLAGE_PARTS or k in _DIRECTION_PARTS and e + 1 < len(doc) and _key(doc, e + 1) in _DIRECTION_UNITS


def _village_parts(doc: Doc) -> None:
    """A place followed by खुर्द/कलां/खास/बुजुर्ग (or by a direction before पंचायत/गांव: हसनपुर दक्षिणी पंचायत) is
    a village of that two-word name (not the town or block of the first word); a span of the part word alone is
    dropped."""
    spans = list(doc.spans["places"])
    starts = {s.start: s for s in spans}
    out, drop = [], set()
    for s in spans:
        a = attrs(s)
        e = s.end
        if e < len(doc) and _part_word(doc, e) and not a.get("dateline") and s.end - s.start <= 2:
            inner = starts.get(e)
            if inner is not None and inner.end == e + 1:
                drop.add(id(inner))
            new = doc[s.start:e + 1]
            new._.hx = {**a, "name": unicodedata.normalize("NFC", new.text), "name_en": None, "kind": "village",
                        "district": None, "code": None, "source": "pattern"}
            out.append(new)
            continue
        if s.end - s.start == 1 and _key(doc, s.start) in _VILLAGE_PARTS and s.start > 0 \
                and (s.start - 1) not in starts and doc[s.start - 1].text.strip() and not doc[s.start - 1].is_punct \
                and _name_stop(doc[s.start - 1]) in (None, "place"):
            new = doc[s.start - 1:s.end]  # बहरावंडा खुर्द गांव: the part word read alone
            new._.hx = {**a, "name": unicodedata.normalize("NFC", new.text), "name_en": None, "kind": "village"}
            out.append(new)
            continue
        out.append(s)
    doc.spans["places"] = [s for s in out if id(s) not in drop]


_SRI = frozenset(place_key(w) for w in "श्री श्री.".split())
_SAHIB = place_key("साहिब")


def _sri_sahib(doc: Doc) -> None:
    """श्री before a Sikh holy town named as written (श्री आनंदपुर साहिब, श्री गोइंदवाल साहिब) is part of its name,
    not an honorific; a gazetteer name keeps its canonical form (मुक्तसर)."""
    out = []
    for s in doc.spans["places"]:
        a = attrs(s)
        if s.start > 0 and _key(doc, s.end - 1) == _SAHIB and _key(doc, s.start - 1) in _SRI \
                and a.get("source") != "gazetteer" and not a.get("dateline"):
            new = doc[s.start - 1:s.end]
            new._.hx = {**a, "name": unicodedata.normalize("NFC", new.text)}
            s = new
        out.append(s)
    doc.spans["places"] = out


#: words around भारत that make it part of a scheme's, an event's or a newspaper's name, or of a region's
_INDIA = place_key("भारत")
_INDIA_REGION = frozenset(place_key(w) for w in "उत्तर दक्षिण पूर्वी पश्चिमी मध्य पूर्वोत्तर उत्तरी दक्षिणी".split())
_INDIA_SCHEME_BEFORE = frozenset(place_key(w) for w in (
    "मुक्त स्वच्छ अमृत आत्मनिर्भर विकसित सशक्त डिजिटल स्वस्थ समृद्ध श्रेष्ठ").split())
_INDIA_SCHEME_AFTER = frozenset(place_key(w) for w in "अभियान योजना मिशन स्टेशन कार्यक्रम संकल्प यात्रा".split())
_INDIA_AFTER = frozenset(place_key(w) for w in "पर्व माता रत्न दर्शन जोड़ो".split())


#: words that close an act's title (छत्तीसगढ़ जुआ (प्रतिषेध) अधिनियम)
_ACTS = frozenset(place_key(w) for w in "अधिनियम एक्ट अध्यादेश नियमावली संहिता विधेयक".split())


def _act_title(doc: Doc, s: Span) -> bool:
    """Whether the state at ``s`` opens the title of an act (छत्तीसगढ़ जुआ (प्रतिषेध) अधिनियम, महाराष्ट्र साहूकारी
    (विनियमन) अधिनियम): up to six words and brackets before an act word."""
    if attrs(s).get("kind") not in ("state", "ut"):
        return False
    q = s.end
    while q < len(doc) and q - s.end <= 7:
        t = doc[q]
        k = _key(doc, q)
        if k in _ACTS:
            return q > s.end
        if t.is_space or t.text in ("(", ")"):
            q += 1
            continue
        if t.is_punct or t.like_num or t.is_sent_start or _name_stop(t) in (
                "genitive", "postposition", "coordinator", "conjunction", "verb", "pronoun", "particle"):
            return False
        q += 1
    return False


#: case markers that place something in a list of places (… में, … तक)
_LOCATIVES = frozenset({place_key("में"), _TILL})
#: kinds of place whose list neighbours may be small unknown places too (no state, country or region)
_LOCAL_KINDS = frozenset({"village", "town", "city", "subdistrict", "district", "other"})


def _listed_with_places(doc: Doc, gaz: Gazetteer, names: list[Span], state_code: str | None) -> None:
    """Unknown proper words in a list with a local place already found are places of that list, when the
    list then closes with a case marker, a list gap or an area noun (``रुद्री और कोलियारी के पास``, ``सोलंग,
    डोभी और रायसन सहित``); not a personal name, a common word or a word of a name. A list whose only places
    are bare NER guesses must close with a locative (में, तक, सहित, गांवों ...)."""
    placed = [s for s in doc.spans["places"] if not s._.hx.get("dateline")]
    if not placed:
        return
    taken = {i for s in doc.spans["places"] for i in range(s.start, s.end)}
    blocked = {i for s in names for i in range(s.start, s.end)}
    lex = NameLexicon.load()
    starts = {s.start: s for s in placed}

    def candidate(i: int) -> bool:
        if i in taken or i in blocked or doc[i].is_sent_start or _key(doc, i) in _STATION or not _proper(doc, i, gaz):
            return False
        if lex.names.get(normalize_key(doc[i].norm_ or doc[i].text)) or gaz.lookup(doc[i].text):
            return False
        p = _prev_word(doc, i - 1)  # a word on its own, not the last word of a longer name (स्टेशन रोड)
        return p < 0 or doc[p].is_punct or _is_joiner(doc[p]) or _key(doc, p) in CASE_MARKERS \
            or _name_stop(doc[p]) in ("postposition", "genitive", "coordinator", "conjunction")

    st = gaz.state(state_code) if state_code else None
    i = 0
    while i < len(doc):
        # a run of items (places found, or candidate words) joined by list words
        items: list[tuple[int, int, Span | None]] = []
        j = i
        while j < len(doc):
            s = starts.get(j)
            if s is not None:
                items.append((s.start, s.end, s))
                j = s.end
            elif candidate(j):
                items.append((j, j + 1, None))
                j += 1
            else:
                break
            k = _next_word(doc, j)
            if k < len(doc) and _is_joiner(doc[k]):
                j = _next_word(doc, k + 1)
                continue
            break
        if len(items) < 2 or all(x[2] is not None for x in items) or all(x[2] is None for x in items):
            i = max(i + 1, j if items else i + 1)
            continue
        local = [x[2] for x in items if x[2] is not None and x[2]._.hx.get("kind") in _LOCAL_KINDS]
        linked = any(x._.hx.get("source") != "ner" or x._.hx.get("code") for x in local)
        c = _next_word(doc, items[-1][1])  # the word closing the list
        k = _key(doc, c)
        locative = k in _LIST_GAP or k in _LIST_CUES or k in _AREA_PLURALS or k in _ROUTE_WORDS or k in _LOCATIVES
        closes = c < len(doc) and (locative or k in CASE_MARKERS
                                   or _name_stop(doc[c]) in ("postposition", "genitive"))
        if local and closes and (linked or locative):
            for a, b, s in items:
                if s is None:
                    _add_unlinked(doc, a, b, "other", st, state_code, _CONF["listed_unknown"])
                    taken.add(a)
        i = j if j > i else i + 1


#: size, age and direction words that open a place's name (बड़ा झींकपानी, मोटी खावड़ी, नई बस्ती, पूर्वी लुंगदार)
_NAME_ADJECTIVES = frozenset(place_key(w) for w in (
    "बड़ा बड़ी बड़े छोटा छोटी मोटा मोटी नानी नया नई नवी पुराना पुरानी पूर्वी पश्चिमी उत्तरी दक्षिणी ऊपरी निचली"
).split())


def _adjective_prefixed(doc: Doc, names: list[Span]) -> None:
    """A local place (no state, region or country) right after a size, age or direction word is a place of its
    own whose name opens with that word (``बड़ा झींकपानी``, ``नई बस्ती``: not the district बस्ती). It is
    reported as written, in the state of the place it was read as, without a link."""
    blocked = {i for s in names for i in range(s.start, s.end)}
    taken = {i for s in doc.spans["places"] for i in range(s.start, s.end)}
    out = []
    for s in doc.spans["places"]:
        a = attrs(s)
        p = s.start - 1
        if (a.get("dateline") or a.get("kind") not in _LOCAL_KINDS or p < 0 or doc[s.start].is_sent_start
                or _key(doc, p) not in _NAME_ADJECTIVES or p in blocked or p in taken or s.end - s.start > 2):
            out.append(s)
            continue
        kind = "village" if a.get("kind") == "village" else "other"
        new = doc.char_span(doc[p].idx, s.end_char, label=s.label_)
        new._.hx = dict(name=unicodedata.normalize("NFC", new.text), name_en=None, kind=kind, state=a.get("state"),
                        state_en=a.get("state_en"), district=a.get("district") if kind == "village" else None,
                        code=None, state_code=a.get("state_code"), confidence=min(a.get("confidence", 0.6), 0.6),
                        source="pattern", dateline=False)
        out.append(new)
    doc.spans["places"] = out


def _drop_places_inside_names(doc: Doc) -> None:
    """भारत inside a scheme's or an event's name (टीबी मुक्त भारत अभियान, अमृत भारत स्टेशन योजना, 'भारत पर्व'), a
    region (उत्तर भारत) or the newspaper दक्षिण भारत of a dateline is no mention of the country; a state opening an
    act's title is no mention of the state."""
    out = []
    for s in doc.spans["places"]:
        if s.end - s.start == 1 and _key(doc, s.start) == _INDIA and not attrs(s).get("dateline"):
            before = _key(doc, s.start - 1) if s.start > 0 else ""
            after = _key(doc, s.end) if s.end < len(doc) else ""
            scheme = any(_key(doc, q) in _INDIA_SCHEME_AFTER for q in range(s.end, min(s.end + 2, len(doc))))
            if before in _INDIA_REGION or after in _INDIA_AFTER or before in _INDIA_SCHEME_BEFORE and scheme:
                continue  # (not विकसित भारत के सपने, आत्मनिर्भर भारत की भावना: the country)
        if not attrs(s).get("dateline") and _act_title(doc, s):
            continue  # (a state opening an act's title is no mention of the state)
        out.append(s)
    doc.spans["places"] = out


def _sort(doc: Doc) -> None:
    _village_parts(doc)
    _sri_sahib(doc)
    _drop_places_inside_names(doc)
    spans = sorted(doc.spans["places"], key=lambda s: (s.start, s.end))
    doc.spans["places"] = spans

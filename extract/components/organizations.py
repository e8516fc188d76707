"""Organisations: parties, governments, ministries, departments, municipal bodies, courts,
commissions, universities, police, companies (rules + lexicon, ready for a NER model).

Writes ``doc.spans["organizations"]``, one span per mention, with attributes

* ``org``: the canonical key (``normalize_key`` of the canonical name); every mention of one
  organisation shares it (``भाजपा`` and ``भारतीय जनता पार्टी``; ``आईटी० विभाग`` and ``आईटी विभाग``),
* ``name``: the canonical full name (from ``organizations.tsv`` or ``organization_bodies.tsv`` when
  known, else built from the pattern: ``<X> <head>`` with abbreviation marks dropped),
* ``kind``: party, government, ministry, department, municipal, court, commission, company,
  university, police, other,
* ``evidence``: lexicon | context (an ambiguous alias licensed by its context) | coordination |
  pattern (``<X> विभाग``, ``नगर निगम <city>``, a bare local body ``नगर निगम``) | short_form (a bare
  acronym of a pattern org found in the same document: ``आईटी`` after ``आईटी विभाग``; ``जीडीए`` after
  ``गाजियाबाद विकास प्राधिकरण``: the city's Latin initial + the head's initials) | acronym (an acronym the
  lexicon lacks written right before a designation: ``जीडीए उपाध्यक्ष``, ``एसडीआरएफ कमांडेंट``) | ner,
* ``parent``: the key of an organisation written right before a pattern org
  (``भारतीय जनता पार्टी आईटी० विभाग`` -> the BJP key), else None,
* ``confidence``.

Matching order: named entries (longest match) -> ambiguous aliases with context (``आप``
only with ``पार्टी``/``नेता``/``के प्रदेश संयोजक``..., or coordinated with another party; never right
after another content word: ``लेखपाल संघ`` is no ``संघ`` = RSS) -> generic heads -> short forms ->
acronyms before designations -> ``doc.ents`` with an organisation label (the backbone's NER; an entity the
lexicon does not know is kept only when it ends in an organisation head, with that head's kind).
A bare head (``हाईकोर्ट``, ``नगर निगम``) takes the key of the one fuller organisation with the same head
in the document (``इलाहाबाद उच्च न्यायालय``), so both are one organisation.
Designation tokens (``doc.spans["roles"]`` from ``hindi_people``) are never part of an org, except a local
body that opens a fixed compound designation (``नगर निगम आयुक्त``, ``जिला पंचायत सीईओ``): it is reported as an
organisation mention as well (the designation keeps its words and takes the body as its ``organization``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokenizer import ensure_normalized
from ..gazetteer import Gazetteer
from ..names import (NOUN_NAME, DocView, KeyTrie, NameLexicon, _split_letters, clean_abbreviations, form_keys,
                     spaced_variants)
from ..resources import read_tsv, split_multi
from ..spans import add_span
from ..text import normalize_key

__all__ = ["ORG_KINDS", "OrgEntry", "OrgMention", "OrgLexicon", "OrganizationsComponent"]

ORG_KINDS = ("party", "government", "ministry", "department", "municipal", "court", "commission",
             "company", "university", "police", "other")
HEAD_MODES = ("head", "head_proper", "head_both", "head_bare", "head_any", "head_unit", "head_assoc", "head_all",
              "head_portfolio", "head_anchor")
#: modes whose head written alone is an organisation (head_unit: a block-level body that a place does not name)
_BARE_MODES = ("head_any", "head_unit")
#: acronyms of services and cadres, not organisations (आईएएस अधिकारी)
_SERVICES = frozenset({"आईएएस", "आईपीएस", "आईएफएस", "आईआरएस", "पीसीएस", "पीपीएस", "एचसीएस", "आरएएस", "बीपीएससी"})
#: kinds of organisations a following association takes into its name (हाईकोर्ट बार एसोसिएशन)
_ASSOC_ABSORB = frozenset({"court", "university"})
_UNION = normalize_key("यूनियन")
_NER_LABELS = ("ORG", "ORGANIZATION", "NEO")
_HYPHENS = frozenset({"-", "–", "‐"})
_POLICE = normalize_key("पुलिस")
#: heads that name no body after one of these words: a sitting held on a day (लोक अदालत, पेंशन अदालत), a facility
#: or a kind of bank (मिल्क बैंक, ब्लड बैंक, राष्ट्रीयकृत बैंक), a police unit (तकनीकी सेल, सर्विलांस सेल)
_NOT_BODIES = {normalize_key(head): frozenset(normalize_key(w) for w in words.split()) for head, words in (
    ("अदालत", "लोक पेंशन चालान मोबाइल बिजली राजस्व"),
    ("बैंक", "मिल्क दुग्ध ब्लड रक्त नेत्र आई राष्ट्रीयकृत निजी सरकारी अनाज बीज फूड कपड़ा रोटी यार्न"),
    ("समिति", "शांति"),
    ("संस्था", "कार्यदायी स्वयंसेवी वन्यजीव"),
    ("सेल", "तकनीकी सर्विलांस सर्विलेंस टेक्निकल"),
)}
#: "Indian" opening a body's name before its descriptive words (भारतीय समवेत औषध संस्थान)
_NATIONAL = frozenset(normalize_key(w) for w in "भारतीय इंडियन".split())
#: level words that open an institute's name (राष्ट्रीय आयुर्वेद विश्वविद्यालय, राज्य कृषि प्रबंध संस्थान)
_STATE_LEVELS = frozenset(normalize_key(w) for w in "राष्ट्रीय केंद्रीय केन्द्रीय राज्य प्रादेशिक क्षेत्रीय".split())
#: heads of institutes named by their field (भारतीय कालीन प्रौद्योगिकी संस्थान)
_FIELD_HEADS = frozenset(normalize_key(w) for w in "संस्थान विश्वविद्यालय महाविद्यालय अकादमी विद्यापीठ".split())
#: agent nouns of a trade: the common word before one is its object and part of a body's name (दवा विक्रेता संघ,
#: पान उत्पादक कल्याण समिति, आलू चाषी कल्याण समिति)
_AGENTS = frozenset(normalize_key(w) for w in (
    "विक्रेता विक्रेताओं उत्पादक उत्पादकों चालक चालकों चाषी मालिक मालिकों व्यापारी व्यापारियों व्यवसायी संचालक "
    "निर्माता निर्माताओं कारोबारी उद्यमी श्रमिक मजदूर कारीगर उपभोक्ता").split())
#: a hyphenated word before an agent noun (ई-रिक्शा चालक)
_AGENT_OBJECT_OK = _AGENTS | frozenset(normalize_key(w) for w in "रिक्शा".split())
#: a locality named after a body (हाउसिंग बोर्ड कॉलोनी)
_COLONY = frozenset(normalize_key(w) for w in "कॉलोनी कालोनी कोलोनी".split())
#: indefinite and distributive words before a head: the body is not named (एक निजी कंपनी, किसी संस्था, सभी कृषि
#: विज्ञान केंद्र)
_INDEFINITE = frozenset(normalize_key(w) for w in "एक किसी कई अनेक विभिन्न तमाम कुछ सभी प्रत्येक समस्त".split())
#: words that open an all-India body's name (अखिल भारतीय, ऑल इंडिया, इंडियन नेशनल)
_ALL_INDIA = frozenset(normalize_key(w) for w in "अखिल भारतीय ऑल इंडिया इंडियन नेशनल राष्ट्रीय".split())
#: the party's one-word name that is also the common noun "congress" (a body named "<words> कांग्रेस")
_CONGRESS = frozenset(normalize_key(w) for w in "कांग्रेस कॉंग्रेस कॉन्ग्रेस".split())

#: ranks written before an office's level (उप प्रादेशिक परिवहन कार्यालय, सहायक क्षेत्रीय ...)
_OFFICE_RANKS = frozenset(normalize_key(w) for w in "उप सहायक अपर संयुक्त".split())
#: commissions whose ordinal names a grant or pay scale (15वें वित्त आयोग मद, सातवें वेतन आयोग)
_NUMBERED_COMMISSIONS = frozenset(normalize_key(w) for w in ("वित्त आयोग", "वेतन आयोग"))
_ORDINAL_ENDINGS = tuple(normalize_key(w) for w in "वें वां वीं वे ठे ठा ठी".split())
_ORDINAL_WORDS = frozenset(normalize_key(w) for w in (
    "पहले दूसरे तीसरे चौथे पांचवें पाँचवें छठे छठवें सातवें आठवें नौवें दसवें ग्यारहवें बारहवें तेरहवें चौदहवें पंद्रहवें "
    "सोलहवें").split())
#: words that introduce a unit's number after its name (विद्यालय क्रमांक-1) and ordinals written as its number
_NUMBER_WORDS = frozenset(normalize_key(w) for w in "क्रमांक नंबर नम्बर नं संख्या".split())
_ORDINALS = frozenset(normalize_key(w) for w in "प्रथम द्वितीय तृतीय चतुर्थ पंचम षष्ठम".split())
#: BIS tags of a noun inside a compound (the tagger of the backbone): स्त्री/NNC रोग/NNPC विभाग/NNP
_COMPOUND_TAGS = frozenset({"NNC", "NNPC"})
_PROPER_TAGS = frozenset({"NNP", "NNPC"})
#: titles of the person an institution is named after (नेताजी सुभाष चंद्र बोस मेडिकल कॉलेज)
_NAME_TITLES = frozenset(normalize_key(w) for w in (
    "नेताजी महात्मा शहीद पंडित पं स्वर्गीय स्व लोकनायक राजमाता छत्रपति महाराजा महाराणा महारानी संत बाबा "
    "गुरु डॉ डा राजर्षि भारतरत्न वीर अमर"
).split())
#: bracketed qualifiers that are part of an organisation's name (उत्तर प्रदेश जल निगम (ग्रामीण))
_ORG_QUALIFIERS = frozenset(normalize_key(w) for w in "ग्रामीण शहरी नगरीय".split())
#: rooms and buildings written after a body (जिला पंचायत सभाकक्ष): never its proper part
_SURNAME_HEADS = frozenset(normalize_key(w) for w in "निगम सरकार".split())  # heads that are also surnames
_FORMAL_AND = frozenset(normalize_key(w) for w in "एवं व तथा".split())  # not और: two bodies
_FORMAL_AND_WORD = normalize_key("एवं")
#: institution heads that एवं may join into one body (… अस्पताल एवं अनुसंधान केंद्र)
_JOINED_HEADS = frozenset(normalize_key(w) for w in "अस्पताल केंद्र संस्थान महाविद्यालय कॉलेज विद्यालय".split())
#: a unit of a party or a union named by its place and level (लखीमपुर जिला समिति, _UNIT_LEVELS): no organisation
_UNIT_HEADS = frozenset(normalize_key(w) for w in "समिति कमेटी इकाई".split())
_DEPARTMENT = normalize_key("विभाग")
_UNIT_LEVELS = frozenset(normalize_key(w) for w in "जिला जनपद".split())
_COMMITTEES = frozenset(normalize_key(w) for w in "कमेटी कमिटी".split())
_OF = frozenset(normalize_key(w) for w in "ऑफ आफ ऑफ़ ओफ फॉर फ़ॉर फोर".split())  # English "of"/"for" inside a name
_EN_AND = frozenset(normalize_key(w) for w in "एंड ऐंड एण्ड &".split())  # English "and" inside a name
_LEVEL_OF = frozenset(normalize_key(w) for w in "स्तरीय".split())
_CITY = frozenset(normalize_key(w) for w in "सिटी".split())
_THE = frozenset(normalize_key(w) for w in "दी द".split())
_NO_SEAT = frozenset({"party", "police", "ministry", "municipal"})
#: institutes named with their campus after a comma (बिहार कृषि विश्वविद्यालय, सबौर); a centre only when it
#: is one of research or science (कृषि विज्ञान केंद्र, सुखेत; राष्ट्रीय मखाना अनुसंधान केंद्र, दरभंगा)
_CENTRES = frozenset(normalize_key(w) for w in "केंद्र केन्द्र".split())
_CAMPUS_HEADS = _CENTRES | frozenset(normalize_key(w) for w in (
    "विश्वविद्यालय महाविद्यालय संस्थान कॉलेज कालेज विद्यापीठ").split())
_RESEARCH_WORDS = frozenset(normalize_key(w) for w in "अनुसंधान विज्ञान शोध".split())
_SEAT_KINDS = frozenset({"district", "city", "town", "subdistrict"})
_AREA_NOUNS = frozenset(normalize_key(w) for w in "जिले जिला जनपद तहसील ब्लॉक प्रखंड क्षेत्र शहर नगर गांव".split())
_VENUES = frozenset(normalize_key(w) for w in "सभाकक्ष सभागार सभा कक्ष परिसर भवन मुख्यालय हॉल हाल कार्यालय".split())
_PRIVATE = frozenset(normalize_key(w) for w in "प्राइवेट प्रा. प्रा०".split())
_LIMITED = frozenset(normalize_key(w) for w in "लिमिटेड लि. लि० मर्यादित".split())  # मर्यादित: Limited in Hindi
_MARYADIT = normalize_key("मर्यादित")
#: wings of a party written before its name (युवा रालोद, किसान कांग्रेस, महिला भाजपा)
_WINGS = frozenset(normalize_key(w) for w in "युवा यूथ महिला स्त्री इस्त्री किसान अल्पसंख्यक छात्र युवजन सेवा".split())
_STATE_WORD = normalize_key("राज्य")
_PRIVATE = frozenset(normalize_key(w) for w in "प्राइवेट प्रा. प्रा०".split())  # (प्राइवेट लिमिटेड)
_GOVERNMENT_WORD = normalize_key("सरकार")
_DIRECTIONS = frozenset(normalize_key(w) for w in "पश्चिमी पूर्वी उत्तरी दक्षिणी".split())
#: future and participle endings of verbs the lexicons do not list (अभियान चलाएगी पार्टी: no body)
_VERB_ENDINGS = tuple(normalize_key(w) for w in "एगी एगा एंगे ेगी ेगा ेंगे ाएगी ाएगा ाएंगे".split())
#: participles that relate a body to another and never open its name (सीटू से संबद्ध … श्रमिक संघ)
_RELATIONAL = frozenset(normalize_key(w) for w in "संबद्ध सम्बद्ध संलग्न स्थित संचालित प्रायोजित संबंधित सम्बन्धित अधीनस्थ".split())
#: hospitals named by their level only; a town written right after one is its seat (जिला अस्पताल धार)
_BARE_HOSPITALS = frozenset(normalize_key(w) for w in (
    "जिला अस्पताल", "जिला चिकित्सालय", "जिला संयुक्त चिकित्सालय", "जिला महिला अस्पताल", "उप जिला चिकित्सालय",
    "उप जिला अस्पताल", "सदर अस्पताल", "अनुमंडलीय अस्पताल", "जिला पुरुष चिकित्सालय"))
#: words that open a forum's or front's name before its place (अखिल दिल्ली अभिभावक मंच)
_ALL_WORDS = frozenset(normalize_key(w) for w in "अखिल समस्त सर्व".split())
#: court heads that a designation may name (अपर कलेक्टर न्यायालय, सीजेएम कोर्ट)
_COURT_HEADS = frozenset(normalize_key(w) for w in "न्यायालय कोर्ट".split())
#: heads of associations whose members' federation or party may follow in brackets (काजू श्रमिक संघ (सीटू))
_MEMBER_HEADS = frozenset(normalize_key(w) for w in "संघ यूनियन एसोसिएशन महासंघ सभा मंच समिति परिषद".split())
#: bodies whose factions are named in brackets after them (भारतीय किसान यूनियन (एकता उगराहां))
_FACTION_HEADS = frozenset(normalize_key(w) for w in "यूनियन संघ दल पार्टी मोर्चा मंच कांग्रेस".split())
#: the Latin letters a word's first Devanagari letter may stand for in an English acronym (श्री भोगीलाल पंड्या: SBP)
_LATIN_INITIALS = {
    "अ": "A", "आ": "A", "इ": "I", "ई": "I", "उ": "U", "ऊ": "U", "ए": "E", "ऐ": "A", "ओ": "O", "औ": "A",
    "क": "KCQ", "ख": "K", "ग": "G", "घ": "G", "च": "C", "छ": "C", "ज": "JZ", "झ": "J", "ट": "T", "ठ": "T",
    "ड": "D", "ढ": "D", "त": "T", "थ": "T", "द": "D", "ध": "D", "न": "N", "प": "P", "फ": "PF", "ब": "B",
    "भ": "B", "म": "M", "य": "Y", "र": "R", "ल": "L", "व": "VW", "श": "S", "ष": "S", "स": "S", "ह": "H",
}
#: words of an institution's type written after the part its acronym stands for (… राजकीय स्नातकोत्तर महाविद्यालय)
_TYPE_WORDS = frozenset(normalize_key(w) for w in "स्नातकोत्तर पीजी डिग्री इंटर मेडिकल".split())
#: heads of institutions often named after a person (शेख भिखारी मेडिकल कॉलेज, राम मनोहर लोहिया अस्पताल)
_INSTITUTION_HEADS = frozenset(normalize_key(w) for w in (
    "कॉलेज कालेज कोलेज महाविद्यालय विश्वविद्यालय अस्पताल चिकित्सालय विद्यालय स्कूल संस्थान इंस्टीट्यूट अकादमी "
    "ट्रस्ट फाउंडेशन स्टेडियम पुस्तकालय गौशाला गोशाला विद्यापीठ"
).split())


def _designation_words() -> frozenset[str]:
    """The words of the designation lexicon (the people component's; imported late: it imports this module)."""
    from .people import RoleLexicon

    return RoleLexicon.get().words


def _skeleton(text: str) -> str:
    """A name's consonants and independent vowels (no vowel signs, virama, nukta, spaces): कालेज = कॉलेज."""
    return "".join(c for c in unicodedata.normalize("NFD", normalize_key(text))
                   if not unicodedata.category(c).startswith("M") and c not in "- .")


def _one_written_shorter(a: str, b: str) -> bool:
    """Whether one name is the other written shorter (its skeleton a prefix of the other's)."""
    ka, kb = _skeleton(a), _skeleton(b)
    return ka.startswith(kb) or kb.startswith(ka)


@dataclass(frozen=True)
class OrgEntry:
    key: str
    name: str
    kind: str


@dataclass(frozen=True)
class _Ambiguous:
    entry: OrgEntry
    context: frozenset[str]


@dataclass(frozen=True)
class _Head:
    entry: OrgEntry
    mode: str
    initials: str = ""  # Latin initials of the head's English name (DA: Development Authority)


@dataclass
class OrgMention:
    start: int  # DocView positions [start, end)
    end: int
    key: str
    name: str
    kind: str
    confidence: float
    evidence: str
    parent: str | None = None
    x_key: str | None = None  # the proper part of a pattern org (for short forms)
    head: str | None = None  # the key of the head entry of a pattern org (for merging bare heads)
    latin: str | None = None  # the Latin acronym of a pattern org (GDA for गाजियाबाद विकास प्राधिकरण)
    by_role: bool = False  # an ambiguous alias licensed only by a designation after it (संघ के प्रांतीय उपाध्यक्ष)
    short: str | None = None  # the name as written without its seat (बिहार कृषि विश्वविद्यालय, सबौर): an alias

    def attrs(self) -> dict:
        a = dict(org=self.key, name=self.name, kind=self.kind, evidence=self.evidence,
                 parent=self.parent, confidence=round(self.confidence, 3))
        if self.short:
            a["short"] = self.short
        return a


@lru_cache(maxsize=1)
def _state_aliases() -> dict[str, list[str]]:
    """State name -> its short forms (उत्तर प्रदेश -> उ.प्र., यूपी ...), from the gazetteer's states.tsv."""
    out: dict[str, list[str]] = {}
    for row in read_tsv("gazetteer/states.tsv"):
        aliases = [a for a in split_multi(row["aliases"]) if " " not in a.strip() or "." in a or "०" in a]
        if row["name_hi"] and aliases:
            out[row["name_hi"]] = aliases
    return out


def _state_variants(forms: list[str]) -> list[str]:
    """Forms of an organisation name whose leading state name is written short
    (``उ०प्र० राज्य सड़क परिवहन निगम`` for ``उत्तर प्रदेश राज्य सड़क परिवहन निगम``)."""
    out = []
    for form in forms:
        for state, aliases in _state_aliases().items():
            if form.startswith(state + " "):
                out.extend(alias + form[len(state):] for alias in aliases)
    return out


#: a college and its hospital, one institution written with or without "and" (दरभंगा मेडिकल कॉलेज (एवं) अस्पताल)
_COLLEGE_WORDS = frozenset(normalize_key(w) for w in "कॉलेज कालेज कोलेज महाविद्यालय".split())
_HOSPITAL_WORDS = frozenset(normalize_key(w) for w in "अस्पताल चिकित्सालय हॉस्पिटल".split())
_AND_WORDS = tuple(normalize_key(w) for w in "एवं व और".split())


def _and_variants(keys: tuple[str, ...] | list[str]) -> list[tuple[str, ...]]:
    """``… कॉलेज अस्पताल`` also written ``… कॉलेज एवं/व/और अस्पताल``."""
    out = []
    for i in range(len(keys) - 1):
        if keys[i] in _COLLEGE_WORDS and keys[i + 1] in _HOSPITAL_WORDS:
            out.extend((*keys[:i + 1], a, *keys[i + 1:]) for a in _AND_WORDS)
    return out


#: English loan words of bodies' names written in several spellings that normalise apart (र्प / रप)
_SPELLING_GROUPS = tuple(frozenset(normalize_key(w) for w in g.split()) for g in (
    "कॉरपोरेशन कॉर्पोरेशन कारपोरेशन कार्पोरेशन",
    "कॉरपोरेट कॉर्पोरेट कारपोरेट कार्पोरेट",
    "अथॉरिटी अथारिटी ऑथोरिटी",
))
_SPELLING_OF = {k: g for g in _SPELLING_GROUPS for k in g}


#: loan words also written with a hyphen (कोऑपरेटिव / को-ऑपरेटिव)
_HYPHENED = {normalize_key(w): tuple(normalize_key(x) for x in w2.split()) for w, w2 in (
    ("कोऑपरेटिव", "को - ऑपरेटिव"), ("कोआपरेटिव", "को - आपरेटिव"))}


def _spelling_variants(keys: tuple[str, ...] | list[str]) -> list[tuple[str, ...]]:
    """``… मेट्रो रेल कॉरपोरेशन`` also written ``… कॉर्पोरेशन``/``कार्पोरेशन`` (one word of a group at a time);
    ``कोऑपरेटिव`` also ``को-ऑपरेटिव``."""
    out = []
    for i, k in enumerate(keys):
        for alt in sorted(_SPELLING_OF.get(k, ())):
            if alt != k:
                out.append((*keys[:i], alt, *keys[i + 1:]))
        if k in _HYPHENED:
            out.append((*keys[:i], *_HYPHENED[k], *keys[i + 1:]))
            out.append((*keys[:i], *(x for x in _HYPHENED[k] if x != "-"), *keys[i + 1:]))
    return out


@lru_cache(maxsize=4096)
def _leading_state(name: str) -> str | None:
    """The key of the state or union territory a body's name opens with (उत्तर प्रदेश राज्य सड़क परिवहन निगम:
    उत्तर प्रदेश), else None; once per name, not once per mention."""
    words = name.split()
    for k in (3, 2, 1):
        head = " ".join(words[:k])
        if len(words) >= k and OrgLexicon._gazetteer_kind(head, ("state", "ut")):
            return normalize_key(head)
    return None


@lru_cache(maxsize=1)
def activity_nouns() -> frozenset[str]:
    """Keys of ``activity_nouns.tsv``: nouns of an activity or a document, never part of an organisation's name nor
    of the compound before a designation's title (shared by this component and ``hindi_people``)."""
    return frozenset(normalize_key(row["word"]) for row in read_tsv("activity_nouns.tsv"))


def _numbered(view: DocView, name: str, start: int, end: int) -> str:
    """``name`` with the unit number written at positions [start, end) (``खंड-द्वितीय``, ``विद्यालय क्रमांक-1``)."""
    return f"{name}{'' if view.keys[start] in _HYPHENS else ' '}{view.text(start, end)}"


def _org_key(name: str) -> str:
    return " ".join(form_keys(name))


class OrgLexicon:
    """The organisation lexicon, compiled once (use :meth:`get`)."""

    def __init__(self) -> None:
        self.lex = NameLexicon.load()
        self.named: KeyTrie[OrgEntry] = KeyTrie()
        self.ambiguous: KeyTrie[_Ambiguous] = KeyTrie()
        self.heads: KeyTrie[_Head] = KeyTrie()
        self.portfolios: KeyTrie[str] = KeyTrie()
        self.entries: dict[str, OrgEntry] = {}
        rows = read_tsv("organizations.tsv")
        # words a glued compound of a name may be written apart into (जनसंपर्क -> जन संपर्क)
        vocab = frozenset(k for k, v in self.lex.stop.items() if v in ("common", "place")) | frozenset(
            k for row in rows for f in [row["name"], *split_multi(row["aliases"])] for k in form_keys(f))
        # the bulk of named bodies (organization_bodies.tsv): named rows without a pattern
        bodies = tuple({"name": r["name"], "kind": r["kind"], "aliases": r["aliases"], "ambiguous": "",
                        "context": "", "pattern": "", "initials": ""} for r in read_tsv("organization_bodies.tsv"))
        for row in rows + bodies:
            entry = OrgEntry(_org_key(row["name"]), row["name"], row["kind"])
            forms = [row["name"], *split_multi(row["aliases"])]
            if row["pattern"]:
                head = _Head(entry, row["pattern"], row.get("initials") or "")
                for form in forms:
                    self.heads.add_form(form, head)
                    for variant in _spelling_variants(form_keys(form)):
                        self.heads.add(variant, head)
                if row["pattern"] != "head_bare":
                    continue
            self.entries[entry.key] = entry
            for form in forms + _state_variants(forms):
                keys = form_keys(form)
                self.named.add(keys, entry)
                for variant in spaced_variants(keys, vocab) + _and_variants(keys) + _spelling_variants(keys):
                    self.named.add(variant, entry)  # सूचना एवं जन संपर्क विभाग, … मेडिकल कॉलेज एवं अस्पताल
            context = frozenset(k for c in split_multi(row["context"]) for k in form_keys(c))
            for form in split_multi(row["ambiguous"]):
                self.ambiguous.add_form(form, _Ambiguous(entry, context))
        for row in read_tsv("designation_portfolios.tsv"):
            self.portfolios.add_form(row["form"], row["portfolio"])
        #: type words that open an institution's name before its proper part (राजकीय, कन्या, उत्क्रमित ...)
        self.modifiers = frozenset(normalize_key(row["word"]) for row in read_tsv("organization_modifiers.tsv"))
        self.generic_names = frozenset(normalize_key(row["name"]) for row in read_tsv("organization_generic.tsv"))
        # level words that open an organisation name before its proper part (केन्द्रीय सतर्कता आयोग)
        level_keys = (form_keys(row["form"]) for row in read_tsv("designation_levels.tsv") if row["kind"] == "level")
        self.levels = frozenset(keys[0] for keys in level_keys if len(keys) == 1)
        stop = self.lex.stop
        self.genitive = frozenset(k for k, v in stop.items() if v == "genitive")
        self.coordinators = frozenset(k for k, v in stop.items() if v == "coordinator")
        self.latin_letter = {k: v.upper() for k, v in self.lex.latin.items()}
        # words of known organisation names and portfolios: the common words an organisation's name may open
        # with (लोक संपर्क विभाग), unlike an object before it (यह जानकारी लोक संपर्क विभाग ने दी)
        self.name_words = frozenset(
            k for row in read_tsv("organizations.tsv") for f in [row["name"], *split_multi(row["aliases"])]
            for k in form_keys(f)) | frozenset(k for row in read_tsv("designation_portfolios.tsv")
                                               for k in form_keys(row["form"]))
        # single-word portfolios: the words a department's name may coordinate (आबकारी एवं कराधान विभाग)
        self.portfolio_words = frozenset(keys[0] for keys in self.portfolios.entries() if len(keys) == 1)
        # event nouns are never inside an organisation name (... समीक्षा बैठक पार्टी के जिला कार्यालय पर)
        # (one-word forms only: the words of किसान पंचायत, जन सुनवाई, प्रेस वार्ता also name bodies: किसान सभा)
        event_forms = (form_keys(f) for row in read_tsv("event_types.tsv") if row["role"] in ("event", "level")
                       for f in split_multi(row["form"]))
        self.event_words = frozenset(keys[0] for keys in event_forms if len(keys) == 1)
        # nouns of an activity never open an organisation's name (धरने की अध्यक्षता यूनियन के जिला प्रधान ने की)
        self.activity_words = activity_nouns()
        self.bare_head_keys = frozenset(h.entry.key for keys in self.heads.entries()
                                        for h in [self.heads.get(keys)] if h.mode == "head_bare")
        self.head_keys = frozenset(h.entry.key for keys in self.heads.entries() for h in [self.heads.get(keys)])

    @classmethod
    @lru_cache(maxsize=1)
    def get(cls) -> "OrgLexicon":
        return cls()

    @property
    def size(self) -> dict[str, int]:
        return {"named_forms": self.named.size, "organisations": len(self.entries),
                "ambiguous_forms": self.ambiguous.size, "head_forms": self.heads.size}

    def _entry(self, name: str, kind: str) -> OrgEntry:
        """The named organisation written ``name``, else a new one of that name and kind."""
        return self.named.get(form_keys(name)) or OrgEntry(_org_key(name), name, kind)

    def lookup(self, text: str) -> OrgEntry | None:
        """The named organisation written as ``text`` (any alias), or None."""
        return self.named.get(form_keys(text))

    # ------------------------------------------------------------------ matching

    def find(self, view: DocView, blocked: Iterable[int] = (), role_starts: Iterable[int] = (),
             ents: Iterable[tuple[int, int]] = (), persons: Iterable[int] = ()) -> list[OrgMention]:
        """Organisation mentions of a document view.

        ``blocked``: positions that belong to designations; ``role_starts``: positions where a
        designation starts (context for ambiguous aliases: ``आप के प्रदेश संयोजक``);
        ``ents``: (start, end) positions of NER organisation entities; ``persons``: positions inside a
        person's mention (never a conjunct of an organisation's name).
        """
        blocked = frozenset(blocked)
        persons = frozenset(persons)
        role_starts = frozenset(role_starts)
        n = len(view)
        covered: list[int | None] = [None] * n
        out: list[OrgMention] = []

        def free(a: int, b: int) -> bool:
            return 0 <= a < b <= n and all(covered[q] is None and q not in blocked for q in range(a, b))

        def add(m: OrgMention) -> None:
            out.append(m)
            for q in range(m.start, m.end):
                covered[q] = len(out) - 1

        def replace(idx: int, m: OrgMention) -> None:
            """Mention ``idx`` becomes ``m`` (the same body written longer: its new words are covered too)."""
            out[idx] = m
            for q in range(m.start, m.end):
                covered[q] = idx

        def claim(m: OrgMention) -> None:
            """Add ``m`` where its words are free, or let it take over a mention of exactly its words (a short
            form or alias first read as a body of its own: एसबीपी कॉलेज)."""
            inner = covered[m.start]
            if free(m.start, m.end):
                add(m)
            elif inner is not None and out[inner] is not None and (out[inner].start, out[inner].end) == (m.start, m.end):
                replace(inner, m)

        def free_named(a: int, b: int) -> bool:
            """Free, or (a name of three words or more) holding whole designations only: शिरोमणि गुरुद्वारा प्रबंधक
            कमेटी (प्रबंधक, a manager), not a body's words inside a longer post."""
            if free(a, b):
                return True
            return b - a >= 3 and all(covered[q] is None for q in range(a, b)) \
                and (a == 0 or a - 1 not in blocked) and b not in blocked

        # 1. named entries, ambiguous aliases
        pending: list[tuple[int, int, _Ambiguous]] = []
        p = 0
        while p < n:
            best = max(((e, v) for e, v in self.named.matches(view, p) if free_named(p, e)), default=None,
                       key=lambda x: x[0])
            if best is not None:
                end, entry = best
                if end - p == 1 and p > 0 and not view.brk[p] and view.tokens[p - 1].like_num \
                        and self.lex.is_acronym(view.keys[p]):
                    p = end  # 32.15 टीएमसी, 20 एमएलडी: an acronym after a number is a unit
                    continue
                if end - p == 1 and end + 1 < n and view.keys[end] in _HYPHENS and view.tokens[end + 1].like_num \
                        and not view.brk[end] and self.lex.is_acronym(view.keys[p]):
                    p = end  # आरएसएस-4 ग्रेड की रबर शीट: an acronym with a number is a grade or a model
                    continue
                if entry.key in self.bare_head_keys and p > 0 and not view.brk[p] and self._place_word(view, p - 1):
                    p = end  # झारखंड हाईकोर्ट: a place before a bare head names the body (step 2)
                    continue
                first = entry.name.split()[0] if entry.name else ""
                if normalize_key(first) in self.levels and p > 0 and not view.brk[p] and free(p - 1, p) \
                        and self._place_word(view, p - 1):
                    # दिल्ली राज्य विधिक सेवा प्राधिकरण: a place before a generic named body names it
                    name = f"{view.text(p - 1, p)} {entry.name}"
                    e2 = self._entry(name, entry.kind)
                    add(OrgMention(p - 1, end, e2.key, e2.name, e2.kind, 0.85, "pattern"))
                    p = end
                    continue
                written = clean_abbreviations(view.text(p, end))
                if entry.kind == "other" and p > 0 and not view.brk[p] and view.keys[p - 1] in _UNIT_LEVELS \
                        and free(p - 1, p) and normalize_key(first) not in self.levels \
                        and form_keys(written) != form_keys(entry.name) and end - p >= 2:
                    # जिला रेडक्रॉस सोसायटी: a level before a national body's short name names its local unit
                    name = f"{view.text(p - 1, p)} {written}"
                    e2 = self._entry(name, entry.kind)
                    add(OrgMention(p - 1, end, e2.key, e2.name, e2.kind, 0.8, "pattern", parent=entry.key))
                    p = end
                    continue
                other_state = self._other_state_before(view, p, entry, free)
                if other_state is not None:
                    # त्रिपुरा सड़क परिवहन निगम: another state's body written with the lexicon's short name of one
                    # state's (परिवहन निगम: उत्तर प्रदेश राज्य सड़क परिवहन निगम)
                    name = f"{view.text(other_state, p)} {clean_abbreviations(view.text(p, end))}"
                    e2 = self._entry(name, entry.kind)
                    add(OrgMention(other_state, end, e2.key, e2.name, e2.kind, 0.8, "pattern"))
                    p = end
                    continue
                generic = all(view.stop[q] == "common" for q in range(p, end)) and end - p <= 3
                lv = p - 1 if p > 0 and not view.brk[p] and view.keys[p - 1] in self.levels else p
                if generic and lv > 0 and not view.brk[lv] and free(lv - 1, p) and self._place_word(view, lv - 1) \
                        and view.stop[lv - 1] != "common":
                    # हरियाणा प्रदेश व्यापार मंडल: a state (and its level) before a generic alias names another body
                    name = f"{view.text(lv - 1, p)} {clean_abbreviations(view.text(p, end))}"
                    e2 = self._entry(name, entry.kind)
                    add(OrgMention(lv - 1, end, e2.key, e2.name, e2.kind, 0.8, "pattern"))
                    p = end
                    continue
                if normalize_key(entry.name.split()[-1]) in _INSTITUTION_HEADS and p > 0 and not view.brk[p]:
                    xs = p
                    while xs - 1 >= 0 and p - (xs - 1) <= 5 and not view.brk[xs] and free(xs - 1, xs):
                        xs -= 1
                    a = self._named_after(view, xs, p, end)
                    if a is not None and a < p:
                        # मलखान सिंह जिला अस्पताल, पंडित कमलापति त्रिपाठी जिला चिकित्सालय: a district hospital named
                        # after a person
                        name = f"{view.text(a, p)} {clean_abbreviations(view.text(p, end))}"
                        e2 = self._entry(name, entry.kind)
                        add(OrgMention(a, end, e2.key, e2.name, e2.kind, 0.8, "pattern", parent=entry.key))
                        p = end
                        continue
                add(OrgMention(p, end, entry.key, entry.name, entry.kind, 0.95, "lexicon"))
                p = end
                continue
            amb = max(((e, v) for e, v in self.ambiguous.matches(view, p) if free(p, e)), default=None, key=lambda x: x[0])
            if amb is not None and not view.dotted[p]:
                end, a = amb
                if self._inside_name(view, p):
                    p = end  # लेखपाल संघ: the alias is the head of another name
                    continue
                licence = self._licensed(view, end, a, role_starts)
                if licence:
                    add(OrgMention(p, end, a.entry.key, a.entry.name, a.entry.kind, 0.85, "context",
                                   by_role=licence == "role"))
                else:
                    pending.append((p, end, a))
                p = end
                continue
            p += 1
        for p, end, a in pending:
            if free(p, end) and self._coordinated(view, p, end, covered, out):
                add(OrgMention(p, end, a.entry.key, a.entry.name, a.entry.kind, 0.7, "coordination"))

        # 2. generic heads
        for p in range(n):
            if not free(p, p + 1):
                continue
            for end, head in sorted(self.heads.matches(view, p), key=lambda x: -x[0]):
                if not free(p, end) or self._portfolio_through(view, p, end):
                    continue
                m = self._generic(view, p, end, head, free, covered, out, persons)
                if m is not None:
                    if m.start < p and not free(m.start, p):  # an absorbed court (हाईकोर्ट बार एसोसिएशन)
                        for q in range(m.start, p):
                            if covered[q] is not None:
                                out[covered[q]] = None
                                covered[q] = None
                    add(m)
                    break

        # 2b. a local body named inside a fixed compound designation (नगर निगम आयुक्त, जिला पंचायत सीईओ):
        #     the designation keeps its words, and the body is an organisation mention too
        for p in sorted(role_starts):
            for end, head in self.heads.matches(view, p):
                if head.mode in _BARE_MODES and all(q in blocked and covered[q] is None for q in range(p, end)) \
                        and end in blocked:
                    e = head.entry
                    add(OrgMention(p, end, e.key, e.name, e.kind, 0.65, "pattern", head=e.key))
                    break

        # 2b. a court named by its judge's or officer's designation (अपर कलेक्टर न्यायालय, सीजेएम कोर्ट)
        for p in range(1, n):
            if view.keys[p] not in _COURT_HEADS or view.brk[p] or (p - 1) not in blocked or covered[p] is not None:
                continue
            a = p - 1
            while a - 1 >= 0 and (a - 1) in blocked and a not in role_starts and not view.brk[a]:
                a -= 1
            if a not in role_starts or any(covered[q] is not None for q in range(a, p)):
                continue
            words = _designation_words()
            while a < p - 1 and view.keys[a] not in words:
                a += 1  # (मामले में प्रकरण कलेक्टर न्यायालय: a noun the designation's compound took in)
            if view.keys[a] not in words:
                continue
            name = f"{clean_abbreviations(view.text(a, p))} {view.text(p, p + 1)}"
            entry = self._entry(name, "court")
            add(OrgMention(a, p + 1, entry.key, entry.name, entry.kind, 0.75, "pattern"))

        # 3. short forms of pattern orgs (आईटी after आईटी विभाग; जीडीए after गाजियाबाद विकास प्राधिकरण)
        live = [m for m in out if m is not None]
        shorts = {m.x_key: m for m in live if m.x_key and self.lex.is_acronym(m.x_key)}
        shorts.update({m.latin: m for m in live if m.latin})
        if shorts:
            for q in range(n):
                m = shorts.get(view.keys[q]) or shorts.get(self._latin(view.keys[q]) or "")
                if m is not None and free(q, q + 1):
                    add(OrgMention(q, q + 1, m.key, m.name, m.kind, 0.6, "short_form"))

        # 3b. an acronym of the initials of an organisation's own words, alone or with its head (एसबीपी कॉलेज
        #     for श्री भोगीलाल पंड्या राजकीय महाविद्यालय)
        named = [m for m in out if m is not None and m.evidence in ("lexicon", "pattern") and len(m.name.split()) >= 3]
        if named:
            for q in range(n):
                letters = self._latin(view.keys[q]) if view.word[q] else None
                if not letters or len(letters) < 2:
                    continue
                j = q + 1
                while j < n and not view.brk[j] and view.keys[j] in _TYPE_WORDS:
                    j += 1
                b = j + 1 if j < n and not view.brk[j] and view.keys[j] in _INSTITUTION_HEADS else q + 1
                hits = {m.key: m for m in named if m.start > q or m.end <= q
                        if self._initials_match(letters, m.name, with_head=b > q + 1)}
                if len(hits) != 1:
                    continue
                m = next(iter(hits.values()))
                short = OrgMention(q, b, m.key, m.name, m.kind, 0.6, "short_form", head=m.head)
                inside = {covered[x] for x in range(q, b) if covered[x] is not None}
                if free(q, b):
                    add(short)
                elif all(out[i] is not None and q <= out[i].start and out[i].end <= b and (
                        out[i].evidence in ("pattern", "ner", "acronym")
                        or b > q + 1 and (out[i].start, out[i].end) == (q, q + 1)) for i in inside) \
                        and not any(x in blocked for x in range(q, b)):
                    # बीआरडी पीजी कॉलेज: the document's own college, not the lexicon's बीआरडी (a medical college)
                    for i in inside:
                        for x in range(out[i].start, out[i].end):
                            covered[x] = None
                        out[i] = None
                    add(short)

        # 4. an acronym the lexicon lacks, right before a designation (जीडीए उपाध्यक्ष, एसडीआरएफ कमांडेंट)
        for q in range(n - 1):
            k = view.keys[q]
            if (q + 1) in role_starts and not view.brk[q + 1] and free(q, q + 1) and view.word[q] \
                    and k not in _SERVICES and not view.stop[q] and self.lex.is_acronym(k) \
                    and len(_split_letters(k, self.lex.letters) or ()) >= 3:
                name = clean_abbreviations(view.text(q, q + 1))
                add(OrgMention(q, q + 1, _org_key(name), name, "other", 0.6, "acronym"))

        # 5. NER entities (not a bare level or common word: लोकसभा स्तर, विधानसभा)
        for a, b in ents:
            while a < b and (view.punct[a] or view.hard(a)):
                a += 1
            while b > a and (view.punct[b - 1] or view.hard(b - 1)):
                b -= 1
            if b <= a or not free(a, b):
                continue
            text = view.text(a, b)
            entry = self.lookup(text)
            if entry is None and view.keys[a] in self.lex.honorifics:
                continue  # श्री प्रदीप कुमार निगम: a person, though the name ends like a head
            if entry is None and all(view.keys[q] in self.levels or view.stop[q] is not None
                                     and not (view.stop[q] == "place" and Gazetteer.load().lookup(view.text(q, q + 1)))
                                     for q in range(a, b)):
                continue  # common words only (a place word names it: मगध जन सेवा समिति)
            if entry is None:
                heads = [h for s in range(a, b) for e, h in self.heads.matches(view, s)
                         if e == b and h.mode != "head_portfolio"]  # not बिल जिला कार्यालय
                if not heads or b - a < 2 or "(" in text or ")" in text:
                    # calibrated: IL-NER dev organisation entities the lexicon lacks are right about a
                    # quarter of the time; those that end in an organisation head (परिसंघ, बैंक, ट्रस्ट)
                    # are kept, whatever their proper part (भारतीय उद्योग परिसंघ)
                    continue
                kind = heads[0].entry.kind
                entry = OrgEntry(_org_key(clean_abbreviations(text)), clean_abbreviations(text), kind)
            add(OrgMention(a, b, entry.key, entry.name, entry.kind, 0.8, "ner"))
        # 5b. a body named "<words> कांग्रेस" is not the party: अखिल भारतीय सफाई मजदूर कांग्रेस, ऑल इंडिया मोटर
        #     ट्रांसपोर्ट कांग्रेस (a trade's words before the party's one-word name)
        for idx, m in enumerate(out):
            if m is None or m.kind != "party" or m.end - m.start != 1 or view.keys[m.start] not in _CONGRESS \
                    or m.start == 0 or view.brk[m.start]:
                continue
            a = m.start
            while a - 1 >= 0 and m.start - a < 4 and not view.brk[a] and free(a - 1, a) and view.word[a - 1] \
                    and view.stop[a - 1] in (None, "common") and not view.dotted[a - 1] \
                    and view.keys[a - 1] not in self.levels and view.keys[a - 1] not in _WINGS \
                    and view.keys[a - 1] not in _NATIONAL and not view.names[a - 1] \
                    and not self._place_word(view, a - 1) and (a - 1) not in persons:
                a -= 1
            if a == m.start:
                continue
            while a - 1 >= 0 and m.start - a < 6 and not view.brk[a] and free(a - 1, a) \
                    and view.keys[a - 1] in _ALL_INDIA:
                a -= 1  # अखिल भारतीय, ऑल इंडिया, इंडियन नेशनल
            name = clean_abbreviations(view.text(a, m.end))
            entry = self._entry(name, "other")
            replace(idx, OrgMention(a, m.end, entry.key, entry.name, entry.kind, 0.75, "pattern"))
        # 5c. a company of the lexicon written before a subsidiary's registered name is part of that name (एसजेवीएन
        #     थर्मल प्राइवेट लिमिटेड: not the parent एसजेवीएन and a body थर्मल प्राइवेट लिमिटेड)
        for idx, m in enumerate(out):
            if m is None or m.evidence not in ("pattern", "ner") or m.kind != "company" or m.start < 1 \
                    or view.keys[m.end - 1] not in _LIMITED or view.brk[m.start] or covered[m.start - 1] is None:
                continue
            parent = out[covered[m.start - 1]]
            if parent is None or parent.evidence != "lexicon" or parent.kind != "company" or parent.end != m.start \
                    or view.brk[parent.start] and parent.start != m.start - 1:
                continue
            name = f"{clean_abbreviations(view.text(parent.start, parent.end))} {view.text(m.start, m.end)}"
            entry = self._entry(name, "company")
            out[covered[m.start - 1]] = None
            for q in range(parent.start, parent.end):
                covered[q] = None
            replace(idx, OrgMention(parent.start, m.end, entry.key, entry.name, entry.kind, m.confidence, "pattern",
                                    parent=parent.key, head=m.head))
        # 5d. a direction before the place that opens a body's name is part of it (पश्चिमी ओडिशा चेंबर ऑफ कॉमर्स)
        for idx, m in enumerate(out):
            if m is None or m.evidence != "pattern" or m.start < 1 or view.brk[m.start] \
                    or view.keys[m.start - 1] not in _DIRECTIONS or not free(m.start - 1, m.start) \
                    or not self._gazetteer_kind(view.text(m.start, m.start + 1), ("state", "ut", "district")):
                continue
            replace(idx, self._rewritten(m, m.start - 1, m.end, f"{view.text(m.start - 1, m.start)} {m.name}"))
        # 5f. an institution joined by एवं to a second institution's head is one body: जवाहरलाल नेहरू अस्पताल एवं
        #     अनुसंधान केंद्र, … महाविद्यालय एवं शोध संस्थान (up to two words before the second head)
        for idx, m in enumerate(out):
            if m is None or m.end + 2 >= n or view.keys[m.end - 1] not in _JOINED_HEADS or m.end - m.start < 3 \
                    or view.keys[m.end] != _FORMAL_AND_WORD or view.brk[m.end] or view.brk[m.end + 1]:
                continue
            e = next((b for b in range(m.end + 2, min(n, m.end + 4)) if view.keys[b] in _JOINED_HEADS), None)
            if e is None or not free(m.end, e + 1) or any(view.brk[q] for q in range(m.end + 1, e + 1)) \
                    or not all(self._content(view, q) and view.stop[q] in (None, "common") for q in range(m.end + 1, e)):
                continue
            replace(idx, self._rewritten(m, m.start, e + 1, f"{m.name} {view.text(m.end, e + 1)}"))
        # 5e. an English name's "of" part: मारखम कॉलेज ऑफ कॉमर्स, एग्रीकल्चर इंश्योरेंस कंपनी ऑफ इंडिया लिमिटेड,
        #     … एसोसिएशन फॉर मार्केटिंग; and an "and" part after it (दीमापुर चैंबर ऑफ कॉमर्स एंड इंडस्ट्री); before
        #     step 6, so that a short form in brackets after the whole name is its alias
        for idx, m in enumerate(out):
            if m is None or m.end + 1 >= n or view.brk[m.end] or view.keys[m.end] not in _OF and not (
                    view.keys[m.end] in _EN_AND and any(view.keys[q] in _OF for q in range(m.start, m.end))):
                continue
            e = m.end + 1
            while e < n and e - m.end <= 5 and not view.brk[e] and free(e, e + 1) and view.word[e] \
                    and (view.stop[e] in (None, "common", "place") or view.keys[e] in _EN_AND) \
                    and not view.names[e] & {"given"}:
                e += 1
            while e > m.end + 1 and view.keys[e - 1] in _EN_AND:
                e -= 1
            if e == m.end + 1:
                continue
            if e < n and view.keys[e] in _LIMITED and not view.brk[e] and free(e, e + 1):
                e += 1
            # a lexicon body's short name is only the start of another body's name (न्यूक्लियर पावर कॉरपोरेशन
            # ऑफ इंडिया लिमिटेड is not the lexicon's पावर कॉरपोरेशन): the name as written
            base = clean_abbreviations(view.text(m.start, m.end)) if m.evidence == "lexicon" else m.name
            replace(idx, self._rewritten(m, m.start, e, f"{base} {view.text(m.end, e)}"))
        # 6. a one-word short form in brackets right after an organisation is its alias, and so are its
        #    other mentions (भारतीय किसान संघ (भाकिसं) ... भाकिसं; ... विपणन संघ (मार्कफेड) ... मार्कफेड)
        bracketed: dict[str, OrgMention] = {}
        bracketed2: dict[tuple[str, str], OrgMention] = {}

        def lexicon_word(q: int, m: OrgMention) -> bool:
            """Whether the word at ``q`` alone is a lexicon mention of another body than ``m``."""
            c = covered[q]
            o = out[c] if c is not None else None
            # (महाराष्ट्र राज्य विद्युत वितरण कंपनी (महावितरण): the lexicon's body written shorter, merged below)
            if o is None or (o.start, o.end) != (q, q + 1) or o.evidence != "lexicon" or o.key == m.key:
                return False
            a, b = normalize_key(o.name), normalize_key(m.name)
            return not (a.startswith(b) or b.startswith(a))
        for idx, m in enumerate(out):
            if m is None:
                continue
            e = m.end
            if e + 2 < n and view.keys[e] == "(" and view.keys[e + 2] == ")" and view.keys[e + 1] in _ORG_QUALIFIERS \
                    and free(e, e + 3):
                # उ0प्र0 जल निगम (ग्रामीण): a bracketed qualifier is part of the name
                name = f"{m.name} ({view.text(e + 1, e + 2)})"
                entry = self.named.get(form_keys(name))
                if entry is None or "(" not in entry.name:  # उत्तर प्रदेश जल निगम (ग्रामीण) is a body of its own
                    entry = OrgEntry(_org_key(name), name, m.kind)
                replace(idx, OrgMention(m.start, e + 3, entry.key, entry.name, entry.kind, m.confidence, m.evidence,
                                        parent=m.parent, head=m.head))
                continue
            close = next((c for c in (e + 3, e + 4) if c < n and view.keys[c] == ")"), None)
            if close is None and e + 2 < n and view.keys[e + 2] == ")" and view.stop[e + 1] == "common" \
                    and not self.lex.is_acronym(view.keys[e + 1]):
                close = e + 2  # भारतीय कम्युनिस्ट पार्टी (माओवादी): one common word (not a short form: भाजपा)
            if close is not None and view.keys[e] == "(" and free(e, close + 1) \
                    and normalize_key(m.name.split()[-1]) in _FACTION_HEADS \
                    and all(view.word[q] and not view.brk[q] and view.stop[q] in (None, "common")
                            and not self.lex.is_acronym(view.keys[q])
                            and not self._place_word(view, q) for q in range(e + 1, close)):
                # भारतीय किसान यूनियन (एकता उगराहां): a faction's name in brackets is part of the body's name
                replace(idx, self._rewritten(m, m.start, close + 1, f"{m.name} ({view.text(e + 1, close)})"))
                continue
            if e + 2 < n and view.keys[e] == "(" and view.keys[e + 2] == ")" and lexicon_word(e + 1, m) \
                    and (m.evidence != "lexicon" or self.lex.is_acronym(view.keys[e + 1])) \
                    and not self._affiliation(m, out[covered[e + 1]]):
                # छत्तीसगढ़ राज्य सहकारी विपणन संघ (मार्कफेड): the writer names the lexicon's short form as this
                # body's (the lexicon's मार्कफेड is Madhya Pradesh's); ठाणे महानगरपालिका (टीएमसी): an acronym in
                # brackets after any body is that body's, not the lexicon's (तृणमूल कांग्रेस)
                replace(covered[e + 1], OrgMention(e + 1, e + 2, m.key, m.name, m.kind, 0.8, "alias", head=m.head))
                bracketed.setdefault(view.keys[e + 1], m)
            elif e + 2 < n and view.keys[e] == "(" and view.keys[e + 2] == ")" and free(e + 1, e + 2) \
                    and self._short_form_word(view, e + 1):
                add(OrgMention(e + 1, e + 2, m.key, m.name, m.kind, 0.8, "alias", head=m.head))
                bracketed.setdefault(view.keys[e + 1], m)
            elif e + 3 < n and view.keys[e] == "(" and view.keys[e + 3] == ")" and not view.brk[e + 1] \
                    and view.keys[e + 2] in _INSTITUTION_HEADS and self._short_form_word(view, e + 1) \
                    and all(covered[q] is None or covered[q] == covered[e + 1] for q in (e + 1, e + 2)):
                # श्री भोगीलाल पंड्या राजकीय महाविद्यालय (एसबीपी कॉलेज): a short form with the head, its alias
                claim(OrgMention(e + 1, e + 3, m.key, m.name, m.kind, 0.8, "alias", head=m.head))
                bracketed2.setdefault((view.keys[e + 1], view.keys[e + 2]), m)
            elif e + 3 < n and view.keys[e] == "(" and view.keys[e + 3] == ")" and not view.brk[e + 1] \
                    and view.keys[e + 2] == normalize_key(m.name.split()[-1]) and view.word[e + 1] \
                    and view.stop[e + 1] in (None, "common") and not self._place_word(view, e + 1) \
                    and all(covered[q] is None or covered[q] == covered[e + 1] for q in (e + 1, e + 2)):
                # राजस्थान राज्य सहकारी बैंक (अपेक्स बैंक): another name with the same head, its alias
                claim(OrgMention(e + 1, e + 3, m.key, m.name, m.kind, 0.8, "alias", head=m.head))
                bracketed2.setdefault((view.keys[e + 1], view.keys[e + 2]), m)
        # 6c. a body's full name filling a bracket after its one-word short form: सागोसर्व (सेलम स्टार्च एंड सागो
        #     मैन्युफैक्चरर्स सर्विस इंडस्ट्रियल को-ऑपरेटिव सोसाइटी): the words before the head found inside are
        #     its name too, and the word before the bracket its alias
        for idx, m in enumerate(out):
            if m is None or m.evidence not in ("pattern", "ner") or m.end >= n or view.keys[m.end] != ")":
                continue
            b = m.start - 1
            while b >= 0 and m.start - b <= 10 and not view.brk[b + 1] and view.keys[b] != "(" and free(b, b + 1) \
                    and (view.word[b] and view.stop[b] in (None, "common", "place") and not view.dotted[b]
                         or view.keys[b] in _HYPHENS and b > 0 and view.word[b - 1]
                         or b + 1 < n and view.keys[b + 1] in _HYPHENS and view.word[b]):
                b -= 1  # (को-ऑपरेटिव: a postposition's letters in a hyphenated loan word)
            if b < 1 or view.keys[b] != "(" or view.brk[b] or view.brk[b + 1] or not free(b - 1, b) \
                    or not self._short_form_word(view, b - 1):
                continue
            if b + 1 < m.start:
                m = self._rewritten(m, b + 1, m.end, clean_abbreviations(view.text(b + 1, m.end)))
                replace(idx, m)
            add(OrgMention(b - 1, b, m.key, m.name, m.kind, 0.8, "alias", head=m.head))
            bracketed.setdefault(view.keys[b - 1], m)
        for q in range(n - 1):  # … and its later mentions (एसबीपी कॉलेज के छात्र)
            m = bracketed2.get((view.keys[q], view.keys[q + 1]))
            if m is None or view.brk[q + 1] or q < m.end + 3:
                continue
            claim(OrgMention(q, q + 2, m.key, m.name, m.kind, 0.7, "short_form", head=m.head))
        if bracketed:
            for q in range(n):
                m = bracketed.get(view.keys[q])
                if m is not None and free(q, q + 1) and view.word[q]:
                    add(OrgMention(q, q + 1, m.key, m.name, m.kind, 0.7, "short_form", head=m.head))
                elif m is not None and (lexicon_word(q, m) or covered[q] is not None and out[covered[q]] is not None
                                        and out[covered[q]].evidence == "acronym"):
                    # (… निगम (सीएमसी) … सीएमसी आयुक्त: not an unknown acronym before a designation, step 4)
                    replace(covered[q], OrgMention(q, q + 1, m.key, m.name, m.kind, 0.7, "short_form", head=m.head))
        # 7. a party's wing written before it: युवा रालोद (युवा राष्ट्रीय लोक दल), किसान कांग्रेस, महिला मोर्चा ...
        for idx, m in enumerate(out):
            if m is None or m.kind != "party" or m.start == 0 or view.brk[m.start]:
                continue
            w = m.start - 1
            if view.keys[w] not in _WINGS or not free(w, w + 1):
                continue
            written = clean_abbreviations(view.text(m.start, m.end))
            last = m.name.split()[-1] if m.name else ""
            party = written if " " in written or normalize_key(written) == normalize_key(last) else m.name
            name = f"{view.text(w, w + 1)} {party}"
            entry = self._entry(name, "party")
            replace(idx, OrgMention(w, m.end, entry.key, entry.name, entry.kind, 0.75, "pattern", parent=m.key))
        # 7b. a party's committee: जिला कांग्रेस कमेटी जौनपुर, उत्तर प्रदेश कांग्रेस कमेटी (the unit, not the party)
        for idx, m in enumerate(out):
            if m is None or m.kind != "party" or m.end >= n or view.brk[m.end] \
                    or view.keys[m.end] not in _COMMITTEES or not free(m.end, m.end + 1):
                continue
            a = m.start
            while a - 1 >= 0 and m.start - a < 3 and not view.brk[a] and free(a - 1, a) \
                    and (view.keys[a - 1] in self.levels or self._place_word(view, a - 1)):
                a -= 1
            while a < m.start and not (view.keys[a] in self.levels or self._place_word(view, a)):
                a += 1  # a place's second word alone is no part of it
            name = f"{view.text(a, m.start) + ' ' if a < m.start else ''}{clean_abbreviations(view.text(m.start, m.end))} " \
                   f"{view.text(m.end, m.end + 1)}"
            entry = self._entry(name, "party")
            cm = OrgMention(a, m.end + 1, entry.key, entry.name, entry.kind, 0.8, "pattern", parent=m.key)
            seat = self._seat_after(view, cm, free, seat_of_party=True)
            if seat > cm.end:
                name = f"{entry.name} {view.text(cm.end, seat)}"
                entry = self._entry(name, "party")
                cm = OrgMention(a, seat, entry.key, entry.name, entry.kind, 0.8, "pattern", parent=m.key)
            replace(idx, cm)
        # 7c. a state's own body named like a central one of the lexicon: हरियाणा राज्य नारकोटिक्स कंट्रोल ब्यूरो
        #     (not the lexicon's नारकोटिक्स कंट्रोल ब्यूरो): "<state> राज्य" before it opens the name as written
        for idx, m in enumerate(out):
            if m is None or m.evidence != "lexicon" or m.kind in ("party", "ministry", "government") or m.start < 2 \
                    or view.brk[m.start] or view.keys[m.start - 1] != _STATE_WORD or view.brk[m.start - 1]:
                continue
            a = next((a for a in (m.start - 3, m.start - 2) if a >= 0 and free(a, m.start - 1)
                      and not any(view.brk[q] for q in range(a + 1, m.start))
                      and self._gazetteer_kind(view.text(a, m.start - 1), ("state", "ut"))), None)
            if a is None:
                continue
            name = f"{view.text(a, m.start)} {clean_abbreviations(view.text(m.start, m.end))}"
            replace(idx, self._rewritten(m, a, m.end, name, evidence="pattern"))
        # 8. a district or town written right after an institution is its seat, part of its name (जिला
        #    चिकित्सालय खरगोन, राजकीय मेडिकल कॉलेज बाड़मेर, भारतीय विज्ञान संस्थान बेंगलुरु); "दी" before a
        #    company or bank opens its registered name (दी चित्तौड़गढ़ केंद्रीय सहकारी बैंक लिमिटेड)
        seats: dict[str, set[str]] = {}
        for idx, m in enumerate(out):
            if m is None:
                continue
            e = self._seat_after(view, m, free)
            if e == m.end and normalize_key(m.name) in _BARE_HOSPITALS:
                e = self._hospital_seat(view, m, free)
            if e == m.end and m.kind == "company" and e < n and view.keys[e] in _LIMITED and not view.brk[e] \
                    and free(e, e + 1):
                e += 1  # रिलायंस इंडस्ट्रीज लिमिटेड: the company form after a company's name, its registered name
            if e == m.end and self._comma_seat(view, m, free):
                # बिहार कृषि विश्वविद्यालय, सबौर: an institute's campus after a comma, the name it is known by
                seat = view.text(m.end + 1, m.end + 2)
                entry = self._entry(f"{m.name} {seat}", m.kind)  # one body with बिहार कृषि विश्वविद्यालय सबौर
                seats.setdefault(m.key, set()).add(entry.key)
                replace(idx, OrgMention(m.start, m.end + 2, entry.key, entry.name, entry.kind, m.confidence,
                                        m.evidence, parent=m.parent, head=m.head,
                                        short=view.text(m.start, m.end)))
                continue
            start = m.start
            if m.kind in ("company", "other") and start >= 1 and view.keys[start - 1] in _THE and free(start - 1, start) \
                    and (start == 1 or view.brk[start - 1] or view.punct[start - 2] or view.hard(start - 2)
                         or view.stop[start - 2] == "common"):
                start -= 1  # (बीमा कंपनी द ओरिएंटल इंश्योरेंस कंपनी लिमिटेड: after a common noun in apposition too)
            hyph = m.start  # बड़बिल-जोडा ट्रक ओनर्स एसोसिएशन, शेर-ए-कश्मीर ...: a hyphenated first word is part of it
            while m.evidence == "pattern" and start == m.start and hyph >= 2 and view.keys[hyph - 1] in _HYPHENS \
                    and not view.brk[hyph] and not view.brk[hyph - 1] and view.word[hyph - 2] \
                    and not view.hard(hyph - 2) and not view.names[hyph - 2] & {"given"} and free(hyph - 2, hyph) \
                    and not any(c.isspace() for c in view.text(hyph - 2, hyph + 1)):
                hyph -= 2
            if hyph == m.start and start == m.start and m.start >= 2 and view.keys[m.start - 1] in _HYPHENS \
                    and m.kind != "party" and m.end - m.start >= 2 \
                    and covered[m.start - 2] is not None and not view.brk[m.start - 1] and not view.brk[m.start] \
                    and not any(c.isspace() for c in view.text(m.start - 2, m.start + 1)):
                o = out[covered[m.start - 2]]
                if o is not None and o.evidence == "lexicon" and o.kind != "party" \
                        and (o.start, o.end) == (m.start - 2, m.start - 1) \
                        and view.keys[m.start - 2] != normalize_key(o.name):  # (a short form: आईसीएआर, भाकृअनुप)
                    # भाकृअनुप-केंद्रीय तटीय कृषि अनुसंधान संस्थान (ICAR-CCARI): the parent body's short form
                    # hyphenated before an institute's name is part of that name
                    out[covered[m.start - 2]] = None
                    covered[m.start - 2] = None
                    hyph = m.start - 2
            if e == m.end and start == m.start and hyph == m.start and self._hospital_seat_before(view, m, free):
                hyph = m.start - 1  # तमलुक जिला अस्पताल, सिउड़ी सदर अस्पताल: the town written before it
            if e == m.end and start == m.start and hyph == m.start:
                continue
            name = m.name
            if e > m.end:
                if normalize_key(m.name) in _BARE_HOSPITALS:
                    name = clean_abbreviations(view.text(m.start, m.end))  # जिला चिकित्सालय गोपेश्वर, as written
                name = f"{name} {view.text(m.end, e)}"
            if hyph < m.start:
                glued = view.text(hyph, m.start + 1)[len(view.text(hyph, m.start))] != " "
                name, start = view.text(hyph, m.start) + ("" if glued else " ") + name, hyph
            entry = self._entry(name, m.kind)
            if e > m.end or hyph < m.start:
                seats.setdefault(m.key, set()).add(entry.key)
            written = entry.name
            if start < m.start and hyph == m.start:  # the same body as without "दी" (its key), named as registered
                written = f"{view.text(start, start + 1)} {written}"
            replace(idx, OrgMention(start, e, entry.key, written, entry.kind, m.confidence, m.evidence,
                                    parent=m.parent, head=m.head))
        registered = {m.key: m.name for m in out if m is not None and normalize_key(m.name.split(" ", 1)[0]) in _THE
                      and m.evidence != "lexicon"}
        for idx, m in enumerate(out):  # one body, one name: the registered one
            if m is not None and m.key in registered and m.name != registered[m.key]:
                out[idx] = OrgMention(m.start, m.end, m.key, registered[m.key], m.kind, m.confidence, m.evidence,
                                      parent=m.parent, head=m.head)
        for idx, m in enumerate(out):  # भारतीय विज्ञान संस्थान ... भारतीय विज्ञान संस्थान बेंगलुरु: one body
            if m is not None and len(seats.get(m.key, ())) == 1:
                key = next(iter(seats[m.key]))
                full = next(o for o in out if o is not None and o.key == key)
                out[idx] = OrgMention(m.start, m.end, full.key, full.name, full.kind, m.confidence, m.evidence,
                                      parent=m.parent, head=m.head)
        for idx, m in enumerate(out):  # महाराष्ट्र राज्य विद्युत वितरण कंपनी (महावितरण): the body of the bracketed
            # lexicon short form, written without its company form
            if m is None or m.evidence == "lexicon" or m.end + 2 >= n or view.keys[m.end] != "(" \
                    or covered[m.end + 1] is None:
                continue
            e = m.end
            b = out[covered[e + 1]]
            if b is not None and b.evidence == "lexicon" and b.start == e + 1 and b.end < n and view.keys[b.end] == ")" \
                    and b.key != m.key and _one_written_shorter(b.name, m.name):
                out[idx] = OrgMention(m.start, m.end, b.key, b.name, b.kind, m.confidence, m.evidence,
                                      parent=m.parent, head=m.head)
        live = [m for m in out if m is not None and not self._no_body(view, m)
                and not self._surname_government(view, m, blocked)]
        self._merge_bare_heads(live)
        self._merge_first_conjunct(live)
        self._merge_placed(live)
        self._merge_shortened(live)
        self._merge_registered(live)
        self._bare_alias_to_head(view, live)
        self._generic_alias_to_fuller(view, live)
        # संघ के अध्यक्ष: a one-word ambiguous alias (not a party's: आप के प्रदेश संयोजक) licensed only by a designation
        # after it, that names neither the document's own body nor a body the document names in full, is none
        full = {o.key for o in live if o.evidence not in ("context", "coordination")}
        live = [m for m in live if not (m.by_role and m.evidence == "context" and m.kind != "party" and m.key not in full)]
        # वन प्रमंडल, सामुदायिक स्वास्थ्य केंद्र (सीएचसी): a kind of unit written alone (or by its short form) is
        # no body (organization_generic.tsv); once merged with a named one (देवा सामुदायिक स्वास्थ्य केंद्र) it is
        live = [m for m in live if normalize_key(m.name) not in self.generic_names]
        return sorted(live, key=lambda m: m.start)

    def _no_body(self, view: DocView, m: OrgMention) -> bool:
        """Not a body, though written with a body's head (the golden guidelines): a numbered commission
        (:meth:`_numbered_scheme`); a pattern body after an indefinite word (``एक ऑटो पार्ट्स कंपनी``); a head
        after one of the words of :data:`_NOT_BODIES` (``राष्ट्रीय लोक अदालत``: a sitting; ``मिल्क बैंक``: a
        facility; ``तकनीकी सेल``: a police unit; ``शांति समिति``: a meeting of residents); or the police of a
        district, town, station or branch (``जिला पुलिस``, ``कोतवाली पुलिस``, ``यातायात पुलिस``): the state's force at work there;
        only a state's or UT's police (``पंजाब पुलिस``) and the lexicon's named forces are bodies."""
        if self._numbered_scheme(view, m):
            return True
        if m.end < len(view) and not view.brk[m.end] and view.keys[m.end] in _COLONY:
            return True  # हाउसिंग बोर्ड कॉलोनी, रेलवे कॉलोनी: a locality named after the body
        if m.evidence == "pattern" and any(
                q >= 0 and not any(view.brk[z] for z in range(q + 1, m.start + 1)) and view.keys[q] in _INDEFINITE
                and all(view.word[z] and view.stop[z] in (None, "common") for z in range(q + 1, m.start))
                for q in (m.start - 1, m.start - 2)) and view.keys[m.start] not in self.modifiers:
            return True  # गुजरात की एक ऑटो पार्ट्स कंपनी, किसी निजी संस्था: a body not named
        words = [normalize_key(w) for w in m.name.split()]
        if m.evidence == "lexicon" or len(words) < 2:
            return False
        if any(w in _NOT_BODIES.get(words[-1], ()) for w in words[:-1]):
            return True
        if words[-1] != _POLICE:
            return False
        hits = Gazetteer.load().lookup(" ".join(m.name.split()[:-1]))
        return not (hits and hits[0].kind in ("state", "ut"))

    @staticmethod
    def _numbered_scheme(view: DocView, m: OrgMention) -> bool:
        """``15वें वित्त आयोग की राशि``, ``सातवें वेतन आयोग का एरियर``: a numbered finance or pay commission names
        a grant or a pay scale, not a body the note deals with."""
        words = normalize_key(m.name).split()
        if len(words) > 2 and " ".join(words[1:]) in _NUMBERED_COMMISSIONS and words[0] in _ORDINAL_WORDS:
            return True  # आठवें वेतन आयोग read with its ordinal
        if normalize_key(m.name) not in _NUMBERED_COMMISSIONS or m.start == 0 or view.brk[m.start]:
            return False
        q = m.start - 1
        k = view.keys[q]
        if k in _ORDINAL_ENDINGS and q > 0 and view.tokens[q - 1].like_num:
            return True  # 15 | वें
        return k.endswith(_ORDINAL_ENDINGS) and (k[0].isdigit() or k in _ORDINAL_WORDS)

    def _merge_placed(self, mentions: list[OrgMention]) -> None:
        """A body named without its place is the one fuller name of the document that ends with its words: a
        generic named body of the lexicon or a body of two words or more after a place (राज्य महिला आयोग: छत्तीसगढ़
        राज्य महिला आयोग; ट्रक ऑपरेटर्स यूनियन: पठानकोट ट्रक ऑपरेटर्स यूनियन), or a body written by its place and
        head only (अमरावती विश्वविद्यालय: संत गाडगे बाबा अमरावती विश्वविद्यालय); a lexicon body named without the
        place written after it (अखिल भारतीय आयुर्विज्ञान संस्थान: … संस्थान भुवनेश्वर, one campus of a national system);
        a body of two words or more named in full after its place and other words (किसान संघ: तमिलनाडु टैपिओका उत्पादक
        किसान संघ)."""
        for m in mentions:
            lexicon = m.evidence == "lexicon"
            if lexicon and m.key not in self.entries or len(m.name.split()) < 2 and not lexicon:
                continue
            by_head = not lexicon and self._place_text(m.name.split()[0])
            fuller = {o.key: o for o in mentions if o.key != m.key for full in (o.name, o.short) if full
                      and (full.endswith(" " + m.name) and (by_head or self._place_text(full[: -len(m.name)].strip())
                                                            or self._place_text(full.split()[0]))
                           or lexicon and full.startswith(m.name + " ")
                           and self._place_text(full[len(m.name):].strip()))}
            if len(fuller) == 1:
                o = next(iter(fuller.values()))
                m.key, m.name, m.kind = o.key, o.name, o.kind

    @staticmethod
    def _merge_shortened(mentions: list[OrgMention]) -> None:
        """A two-word body (``बिजली निगम``) is the one lexicon body of the document whose name holds both its
        words and ends with its head (``दक्षिण हरियाणा बिजली वितरण निगम``): a short way of writing it."""
        for m in mentions:
            words = normalize_key(m.name).split()
            if m.evidence != "pattern" or len(words) != 2:
                continue
            fuller = {o.key: o for o in mentions if o.evidence == "lexicon" and o.key != m.key
                      and normalize_key(o.name).split()[-1] == words[-1] and words[0] in normalize_key(o.name).split()}
            if len(fuller) == 1:
                o = next(iter(fuller.values()))
                m.key, m.name, m.kind = o.key, o.name, o.kind

    def _rewritten(self, m: OrgMention, start: int, end: int, name: str, evidence: str | None = None) -> OrgMention:
        """``m`` read as the body written over [start, end) under ``name`` (its kind, confidence, parent and head
        kept; its evidence too unless given)."""
        entry = self._entry(name, m.kind)
        return OrgMention(start, end, entry.key, entry.name, entry.kind, m.confidence, evidence or m.evidence,
                          parent=m.parent, head=m.head)

    def _surname_government(self, view: DocView, m: OrgMention, blocked: frozenset[int]) -> bool:
        """Whether "<X> सरकार" found by a pattern or the NER is a person with a Bengali surname, not a government:
        after a designation or an honorific, or with X no place and no name the lexicons know (सचिव तपोब्रत सरकार ने,
        इंस्पेक्टर अनिमेष सरकार के)."""
        if m.evidence not in ("pattern", "ner") or view.keys[m.end - 1] != _GOVERNMENT_WORD or not 2 <= m.end - m.start <= 3:
            return False
        x = range(m.start, m.end - 1)
        before = m.start - 1
        titled = before >= 0 and not view.brk[m.start] and (before in blocked or view.keys[before] in self.lex.honorifics)
        placed = self._place_text(view.text(m.start, m.end - 1)) or all(view.keys[q] in self.levels for q in x)
        return titled and not placed or not placed and all(view.stop[q] is None and not view.names[q] for q in x)

    @staticmethod
    def _merge_registered(mentions: list[OrgMention]) -> None:
        """A company named without its company form is the one body of the document registered under that name
        (वर्धमान टेक्सटाइल्स: वर्धमान टेक्सटाइल्स लिमिटेड)."""
        keys = {normalize_key(o.name): o for o in mentions if o.kind == "company"}
        for m in mentions:
            if m.kind != "company":
                continue
            k = normalize_key(m.name)
            fuller = [o for kk, o in keys.items() if kk != k and kk.startswith(k + " ")
                      and all(w in _LIMITED or w in _PRIVATE for w in kk[len(k) + 1:].split())]
            if len(fuller) == 1:
                o = fuller[0]
                m.key, m.name, m.kind = o.key, o.name, o.kind

    def _other_state_before(self, view: DocView, p: int, entry: OrgEntry, free) -> int | None:
        """The start of another state's name written up to two common words before the lexicon form at ``p``,
        when the lexicon's body (``entry``) is named after a state and the form itself names none; else None."""
        own = _leading_state(entry.name)
        if own is None or p == 0 or view.brk[p]:
            return None
        for a in range(p - 1, max(-1, p - 5), -1):
            if not free(a, p) or any(view.brk[q] for q in range(a + 1, p + 1)):
                return None
            for b in (a + 3, a + 2, a + 1):
                if b <= p and self._gazetteer_kind(view.text(a, b), ("state", "ut"), word_ok=False) \
                        and normalize_key(view.text(a, b)) != own \
                        and all(view.stop[q] == "common" or view.keys[q] == _STATE_WORD for q in range(b, p)) \
                        and p - b <= 2:
                    return a
        return None

    def _merge_first_conjunct(self, mentions: list[OrgMention]) -> None:
        """A department named by the first field of a coordinated name is that department: मद्य निषेध विभाग
        after मद्य निषेध, उत्पाद एवं निबंधन विभाग (only when one such fuller name is in the document)."""
        fuller = [m for m in mentions if m.head and ("," in m.name or any(f" {w} " in m.name for w in _FORMAL_AND))]
        if not fuller:
            return
        for m in mentions:
            if not m.head or m in fuller or "," in m.name:
                continue
            words = m.name.split()
            field, last = " ".join(words[:-1]), words[-1]
            if not field:
                continue
            hits = {o.key: o for o in fuller if o.name.split()[-1] == last and o.key != m.key
                    and any(o.name.startswith(field + sep) for sep in (",", " एवं ", " व ", " तथा "))}
            if len(hits) == 1:
                o = next(iter(hits.values()))
                m.key, m.name, m.kind = o.key, o.name, o.kind

    def _bare_alias_to_head(self, view: DocView, mentions: list[OrgMention]) -> None:
        """An ambiguous one-word alias (``संघ`` = RSS) taken from its context is the document's own
        organisation of that head (``प्राथमिक शिक्षक संघ ... संघ के प्रांतीय उपाध्यक्ष``): the one named most often,
        unless the document names the lexicon's own entry in full."""
        named = {o.key for o in mentions if o.end - o.start > 1 or o.evidence not in ("context", "coordination")}
        for m in mentions:
            if m.evidence not in ("context", "coordination") or m.end - m.start != 1 or m.key in named:
                continue
            k = view.keys[m.start]
            if self._own_word_after(view, m):
                continue  # संघ के स्वयंसेवक: a word of the entry's own name licenses it
            fuller: dict[str, list[OrgMention]] = {}
            for o in mentions:
                if o is not m and o.key != m.key and o.evidence != "context" \
                        and normalize_key(o.name).endswith(" " + k):
                    fuller.setdefault(o.key, []).append(o)
            if fuller:  # several: the one named most often, the first on a tie (जिला कुश्ती संघ ... हरियाणा कुश्ती संघ)
                o = max(fuller.values(), key=lambda os: (len(os), -os[0].start))[0]
                m.key, m.name, m.kind, m.evidence = o.key, o.name, o.kind, "short_form"

    @staticmethod
    def _generic_alias_to_fuller(view: DocView, mentions: list[OrgMention]) -> None:
        """A lexicon body written by a generic alias of two words or more (परिवहन निगम = UPSRTC) is another body
        of the document whose name ends with those words (तमिलनाडु राज्य परिवहन निगम), unless the document writes
        the lexicon body's own name in full."""
        written_full = {m.key for m in mentions if normalize_key(view.text(m.start, m.end)) == normalize_key(m.name)}
        for m in mentions:
            if m.evidence != "lexicon" or m.key in written_full:
                continue
            w = normalize_key(view.text(m.start, m.end))
            if len(w.split()) < 2 or w == normalize_key(m.name):
                continue
            fuller: dict[str, list[OrgMention]] = {}
            for o in mentions:
                if o.key != m.key and normalize_key(o.name).endswith(" " + w):
                    fuller.setdefault(o.key, []).append(o)
            if fuller:
                o = max(fuller.values(), key=lambda os: (len(os), -os[0].start))[0]
                m.key, m.name, m.kind = o.key, o.name, o.kind

    def _own_word_after(self, view: DocView, m: OrgMention) -> bool:
        """Whether the word after the alias (or after its genitive) is a word of the entry's own name."""
        own = [w for w in normalize_key(m.name).split() if len(w) > 2]
        for q in (m.end, m.end + 1):
            if q < len(view.keys) and any(view.keys[q].startswith(w) for w in own if w != view.keys[m.start]):
                return True
            if q >= len(view.keys) or view.keys[q] not in self.genitive:
                break
        return False

    def _person_words(self, view: DocView, a: int, b: int) -> bool:
        """Whether the words [a, b) may be a person's: each known to the name lexicon, or unknown and no place."""
        return all(view.names[q] or view.stop[q] is None and not self._place_word(view, q) for q in range(a, b))

    def _short_form_word(self, view: DocView, q: int) -> bool:
        """Whether the word at ``q`` may be an organisation's short form: no function or common word,
        level word, number or place name."""
        k = view.keys[q]
        if not view.word[q] or view.hard(q) or view.stop[q] is not None and not self.lex.is_acronym(k):
            return False
        if k in self.levels or k.isdigit() or len(k) < 2:
            return False
        return not Gazetteer.load().lookup(view.text(q, q + 1))

    def _content(self, view: DocView, q: int) -> bool:
        """A word that may stand inside an organisation's name: no function word, event noun or acronym mark."""
        return view.word[q] and not view.dotted[q] and view.stop[q] in (None, "common", "place", NOUN_NAME) \
            and view.keys[q] not in self.event_words

    def _anchor(self, view: DocView, p: int, free) -> int | None:
        """The leftmost position before the head at ``p`` holding a place name or a level word such that only
        content words stand between it and the head: also a coordinator inside, a list comma before one
        (``हिमाचल प्रदेश फल, सब्जी एवं फूल उत्पादक संघ``) and a hyphen inside a word pair (``क्रय-विक्रय``);
        None if there is none."""
        best = None
        seen_coordinator = False
        q = p - 1
        while q >= 0 and p - q <= 9 and free(q, q + 1) and not view.brk[q + 1]:
            k = view.keys[q]
            if k in self.coordinators or k == ",":
                if q == p - 1 and k != _FORMAL_AND_WORD or (k == "," and not seen_coordinator) \
                        or k in self.coordinators and k not in _FORMAL_AND:
                    break  # (जिला प्रशासन और ग्राम्य विकास विभाग: two bodies; not संरक्षण एवं विकास समिति)
                seen_coordinator = seen_coordinator or k in self.coordinators
                q -= 1
                continue
            if k in _HYPHENS:
                if q == p - 1 or q == 0 or not view.word[q - 1] or not view.word[q + 1]:
                    break
                q -= 1
                continue
            if not self._content(view, q) and not (k in _LEVEL_OF and q > 0 and view.keys[q - 1] in self.levels):
                break  # (जिला स्तरीय परामर्शदात्री समिति: स्तरीय after a level word)
            if k in self.levels or self._place_word(view, q) or self._town_word(view, q):
                best = q
            q -= 1
        return best

    @staticmethod
    def _gazetteer_kind(text: str, kinds: tuple[str, ...], word_ok: bool = True) -> bool:
        """Whether the gazetteer names ``text`` a place of one of ``kinds`` (not a word that is also a name
        unless ``word_ok``)."""
        gaz = Gazetteer.load()
        hits = gaz.lookup(text)
        return bool(hits) and (word_ok or not gaz.is_word(text)) and any(h.kind in kinds for h in hits)

    def _town_word(self, view: DocView, q: int) -> bool:
        """Whether a town or sub-district of the gazetteer (not a word that is also a name) is written at ``q``
        (रामेश्वरम मशीनीकृत नौका मछुआरा संघ)."""
        return self._gazetteer_kind(view.text(q, q + 1), ("town", "subdistrict"), word_ok=False)

    def _without_person(self, view: DocView, x: tuple[int, int]) -> tuple[int, int] | None:
        """The proper part ``x`` without a person's name written before its level word (``दिलीप कुमार कोर्राम जिला विधि
        प्रकोष्ठ``: a given name, its middle names and surname, and an unknown last name before the level word)."""
        s, p = x
        for q in range(s, p - 1):
            if "given" in view.names[q] and view.names[q + 1] & {"middle", "surname"}:
                e = q + 1
                while e < p and view.names[e] & {"middle", "surname"}:
                    e += 1
                if e < p - 1 and view.stop[e] is None and not view.names[e] and view.keys[e + 1] in self.levels:
                    e += 1  # … कुमार कोर्राम जिला …
                if e < p and view.keys[e] in self.levels:  # (कल्पना चावला राजकीय मेडिकल कॉलेज keeps its name)
                    s = e
        return (s, p) if s < p else None

    def _portfolio_through(self, view: DocView, p: int, end: int) -> bool:
        """Whether a portfolio begun inside the head at ``p:end`` runs past it into a department's or office's
        head (जिला पंचायत राज कार्यालय: not the local body जिला पंचायत)."""
        for s in range(p, end):
            for e, _ in self.portfolios.chains(view, s, self.coordinators):
                if e > end and any(h.mode in ("head", "head_portfolio") for _, h in self.heads.matches(view, e)):
                    return True
        return False

    def _seat_after(self, view: DocView, m: OrgMention, free, seat_of_party: bool = False) -> int:
        """The end of a district, city or town name written right after the institution ``m`` (not a state,
        a common word, a list of places or a place with its own area noun), else ``m.end``. A party, the police, a
        ministry, a municipal body, a government and a government body of the lexicon take none: the place after
        them is their unit's (आईटीडीए उत्नूर, डीआरडीए गया)."""
        n = len(view)
        e = m.end
        if (m.kind in _NO_SEAT or m.kind == "government" and (m.name.endswith("सरकार") or m.evidence == "lexicon")) and not seat_of_party or e >= n or view.brk[e] or view.keys[m.end - 1] in self.coordinators:
            return e
        if m.kind == "government" and m.name and self._gazetteer_kind(m.name.split()[0], ("state", "ut"), word_ok=False):
            return e  # त्रिपुरा सड़क परिवहन निगम अगरतला से: a state's body, the town after it is where it runs from
        gaz = Gazetteer.load()
        for b in (e + 2, e + 1):
            if b > n or not free(e, b) or any(view.brk[q] for q in range(e + 1, b)) \
                    or not all(view.word[q] and view.stop[q] in (None, "place") for q in range(e, b)):
                continue
            text = view.text(e, b)
            hits = gaz.lookup(text)
            if not hits or gaz.is_word(text) or hits[0].kind not in _SEAT_KINDS:
                continue
            if b < n and not view.brk[b] and view.keys[b] in _CITY and free(b, b + 1):
                b += 1  # रोटरी क्लब जगाधरी सिटी, लायंस क्लब सोजत सिटी
            if b < n and not view.brk[b] and (view.keys[b] in _AREA_NOUNS or (
                    view.keys[b] in self.coordinators or view.keys[b] == ",") and b + 1 < n and self._place_word(view, b + 1)):
                return e  # … अस्पताल बहराइच जिले में; … बहराइच, श्रावस्ती और गोंडा
            return b
        return e

    def _type_words_start(self, view: DocView, s: int, free) -> int:
        """The start of the type words of an institution written right before position ``s`` (शासकीय, कन्या,
        उत्क्रमित …: ``organization_modifiers.tsv``), else ``s``."""
        while s - 1 >= 0 and not view.brk[s] and free(s - 1, s) and view.keys[s - 1] in self.modifiers:
            s -= 1
        return s

    def _comma_seat(self, view: DocView, m: OrgMention, free) -> bool:
        """Whether a comma and one place word after the institute ``m`` name its campus (बिहार कृषि विश्वविद्यालय,
        सबौर के वैज्ञानिक; ईख अनुसंधान संस्थान, पूसा में): a university, college or research institute; a
        gazetteer place, or an unknown proper word closed by a case marker, a verb or the sentence end."""
        n, e = len(view), m.end
        words = normalize_key(m.name).split()
        if m.kind in _NO_SEAT or not words or words[-1] not in _CAMPUS_HEADS \
                or words[-1] in _CENTRES and not _RESEARCH_WORDS.intersection(words[:-1]):
            return False
        if e + 1 >= n or view.keys[e] != "," or view.brk[e + 1] or not view.word[e + 1] or not free(e, e + 2) \
                or view.stop[e + 1] not in (None, "place") or self.lex.is_acronym(view.keys[e + 1]):
            return False
        closed = e + 2 >= n or view.brk[e + 2] or view.punct[e + 2] and view.keys[e + 2] != "," \
            or view.stop[e + 2] in ("verb", "postposition", "genitive")
        if not closed:
            return False
        gaz = Gazetteer.load()
        text = view.text(e + 1, e + 2)
        hits = gaz.lookup(text)
        if hits:
            return hits[0].kind not in ("state", "ut", "country") and not gaz.is_word(text)
        return not view.names[e + 1]

    def _hospital_seat(self, view: DocView, m: OrgMention, free) -> int:
        """The end of the town written right after a district or sub-district hospital (जिला अस्पताल धार, जिला
        चिकित्सालय गोपेश्वर, उप जिला अस्पताल बाड़ी): a district even if it is also a word, or a town of the Latin
        index, closed by a case marker, a verb or punctuation; else ``m.end``."""
        n, e = len(view), m.end
        if e >= n or view.brk[e] or not view.word[e] or not free(e, e + 1) or view.stop[e] not in (None, "place", "common"):
            return m.end
        gaz = Gazetteer.load()
        text = view.text(e, e + 1)
        known = any(h.kind in ("district", "city", "town", "subdistrict") for h in gaz.lookup(text)) or bool(gaz.latin(text))
        closed = e + 1 >= n or view.brk[e + 1] or view.punct[e + 1] or view.hard(e + 1) \
            or view.stop[e + 1] in ("verb", "postposition", "genitive")
        unknown = view.stop[e] is None and not view.names[e] and not self.lex.is_acronym(view.keys[e])
        return e + 1 if known or unknown and closed else m.end

    def _last_department(self, view: DocView, x: tuple[int, int]) -> tuple[int, int]:
        """The fields coordinated before a head (``x``) that name several bodies keep only the last, the one the
        head names: राजस्व और कृषि विभाग (और joins two departments), पुलिस, महिला एवं बाल विकास विभाग (after a
        comma, one whole portfolio); an official name keeps them all (मद्य निषेध, उत्पाद एवं निबंधन विभाग)."""
        a, p = x
        joins = [q for q in range(a, p) if view.keys[q] in self.coordinators or view.keys[q] == ","]
        if not joins:
            return x
        last = joins[-1]
        if view.keys[last] not in _FORMAL_AND and view.keys[last] != ",":
            official = [*view.keys[a:last], _FORMAL_AND_WORD, *view.keys[last + 1:p]]
            if self.portfolios.get(official) is not None:
                return x  # पेयजल और स्वच्छता विभाग: the official पेयजल एवं स्वच्छता written with और
            return (last + 1, p)  # (… और मत्स्य विभाग)
        comma = max((q for q in joins if view.keys[q] == ","), default=None)
        if comma is not None and any(e == p and len(keys) > 1 and any(k in self.coordinators for k in keys)
                                     for e, keys in self._portfolio_forms(view, comma + 1)):
            return (comma + 1, p)
        return x

    def _portfolio_forms(self, view: DocView, q: int) -> list[tuple[int, tuple[str, ...]]]:
        """(end, keys) of the single portfolio entries starting at ``q``."""
        return [(e, tuple(view.keys[q:e])) for e, _ in self.portfolios.matches(view, q)]

    @staticmethod
    def _affiliation(m: OrgMention, o: OrgMention) -> bool:
        """Whether the lexicon body ``o`` in brackets after the association ``m`` is the federation or party it
        belongs to, not its short form: काजू श्रमिक संघ (सीटू) (a union and its federation: other heads)."""
        last = normalize_key(m.name).split()[-1]
        return last in _MEMBER_HEADS and o.kind in ("other", "party") and normalize_key(o.name).split()[-1] != last

    def _hospital_seat_before(self, view: DocView, m: OrgMention, free) -> bool:
        """Whether a district, sub-district or town of the gazetteer is written right before a district or
        sub-district hospital as its name (तमलुक जिला अस्पताल, सिउड़ी सदर अस्पताल), after a boundary or a
        function word."""
        q = m.start - 1
        if normalize_key(m.name) not in _BARE_HOSPITALS or q < 0 or view.brk[m.start] or not view.word[q] \
                or not free(q, q + 1) or view.stop[q] not in (None, "place") or view.names[q] & {"given", "surname"}:
            return False
        if not (q == 0 or view.brk[q] or view.punct[q - 1] or view.stop[q - 1] not in (None, "common", "place")):
            return False  # (राजकीय जिला अस्पताल; नगर का जिला अस्पताल is not read here)
        return self._gazetteer_kind(view.text(q, q + 1), ("district", "city", "town", "subdistrict"))

    def _name_before(self, view: DocView, q: int) -> bool:
        """Whether the word at ``q`` ends a person's name: a given name, an honorific or a name's initial part
        right before it (मो. इरफान व …, श्री गौरव बालियान तथा …)."""
        b = q - 1
        if b < 0 or view.brk[q] or not view.word[b]:
            return False
        return bool(view.names[b] & {"given", "middle"}) or view.keys[b] in self.lex.honorifics or view.dotted[b] \
            or view.tokens[b].tag_ == "NNPC" and view.stop[b] is None

    def _number_after(self, view: DocView, e: int, free) -> int:
        """The end of a unit number written right after an organisation ending at ``e`` (``क्रमांक-1``,
        ``नंबर 2``, ``-2``, ``-द्वितीय``), else ``e``."""
        n = len(view)
        q = e
        if q < n and not view.brk[q] and view.keys[q] in _NUMBER_WORDS:
            q += 1
        if q < n and not view.brk[q] and view.keys[q] in _HYPHENS:
            q += 1
        if q == e or q >= n or view.brk[q] or not free(e, q + 1):
            return e
        t = view.tokens[q]
        if t.like_num or view.keys[q] in _ORDINALS:
            return q + 1
        return e

    def _compound_start(self, view: DocView, s: int, free) -> int | None:
        """The start of the noun compound that ends right before position ``s``, from the backbone's tags
        (BIS ``NNC``/``NNPC``: a noun inside a compound; ``JJ`` right before one; a coordinator between two),
        over content words of the same sentence; None without such a word (or without a tagger)."""
        best = None
        q = s - 1
        while q >= 0 and s - q <= 6 and not view.brk[q + 1] and free(q, q + 1):
            tag = view.tokens[q].tag_
            k = view.keys[q]
            if tag in _COMPOUND_TAGS and self._content(view, q) and k not in self.levels and not view.names[q] \
                    and k not in self.activity_words and view.stop[q] != NOUN_NAME:
                best = q
            elif best == q + 1 and k in self.coordinators and q > 0 and not view.brk[q] \
                    and view.tokens[q - 1].tag_ in _COMPOUND_TAGS:
                pass  # खाद्य एवं असैनिक आपूर्ति: the next word decides
            elif (best == q + 1 or best is None and q + 1 == s) and tag in ("JJ", "QF") and self._content(view, q) \
                    and k not in self.levels and k not in _RELATIONAL and k not in self.activity_words \
                    and not view.names[q] and (q == 0 or view.brk[q] or view.punct[q - 1] or view.hard(q - 1)):
                best = q
                break
            else:
                break
            q -= 1
        return best

    def _named_after(self, view: DocView, xs: int, p: int, end: int) -> int | None:
        """For an institution head at ``p`` (कॉलेज, विश्वविद्यालय, अस्पताल ...): the start of a person's name
        (a word the name lexicon knows, possibly followed by other content words) written right after a
        boundary (sentence start, punctuation, a function word), else None."""
        if view.keys[end - 1] not in _INSTITUTION_HEADS:
            return None
        best = None
        q = p - 1
        while q >= xs and p - q <= 5:
            if not view.word[q] or view.dotted[q] or view.stop[q] not in (None, "common", NOUN_NAME) \
                    or view.keys[q] in self.event_words or view.keys[q] in self.coordinators:
                break
            unknown_given = not view.names[q] and view.stop[q] is None and q + 1 < p \
                and (bool(view.names[q + 1] & {"given", "middle"})  # नेकी राम शर्मा, माधो सिंह भंडारी
                     or "surname" in view.names[q + 1] and q > 0 and view.keys[q - 1] in _NAME_TITLES)  # पंडित कमलापति त्रिपाठी
            titled = "surname" in view.names[q] and q > 0 and view.keys[q - 1] in _NAME_TITLES  # महात्मा फुले
            if view.names[q] & {"given", "name"} or view.stop[q] == NOUN_NAME or unknown_given or titled:
                before = q - 1
                if q == 0 or view.brk[q] or view.punct[before] or view.stop[before] not in (None, NOUN_NAME) \
                        or view.keys[before] in _NAME_TITLES:
                    best = q
            q -= 1
        # a title of the person belongs to the institution's name (नेताजी सुभाष चंद्र बोस मेडिकल कॉलेज)
        while best is not None and best > 0 and not view.brk[best] and view.keys[best - 1] in _NAME_TITLES:
            best -= 1
        return best

    @staticmethod
    def _place_text(text: str) -> bool:
        """Whether ``text`` names a state, district, city or country (not a word that is also a name)."""
        gaz = Gazetteer.load()
        hits = gaz.lookup(text) if text else []
        return bool(hits) and not gaz.is_word(text) and hits[0].kind in ("state", "ut", "district", "city", "country")

    def _place_word(self, view: DocView, q: int) -> bool:
        """Whether a place name (one or two words) starts at position ``q``."""
        return any(self._place_text(view.text(q, b)) for b in (q + 1, q + 2) if b <= len(view))

    def _inside_name(self, view: DocView, p: int) -> bool:
        """Whether position ``p`` continues a name begun by the content word before it."""
        q = p - 1
        return q >= 0 and not view.brk[p] and view.word[q] and not view.hard(q)

    def _initials_match(self, letters: str, name: str, with_head: bool) -> bool:
        """Whether the Latin ``letters`` of an acronym are the initials of the first words of ``name`` (an
        honorific included) and only type words and the head follow them (with ``with_head``: the acronym is
        written with the head), or of all its words."""
        words = name.split()
        initials = [_LATIN_INITIALS.get(w[0], "") for w in words]
        if len(letters) > len(words):
            return False
        if not all(c in initials[i] for i, c in enumerate(letters)):
            return False
        rest = [normalize_key(w) for w in words[len(letters):]]
        if not rest:
            return not with_head
        return with_head and all(k in self.modifiers or k in _INSTITUTION_HEADS or k in _TYPE_WORDS for k in rest)

    def _head_name(self, view: DocView, p: int, end: int, head: "_Head") -> str:
        """The head's canonical name, or the head as written when it is another wording, not another spelling
        (… राजकीय चिकित्सा महाविद्यालय एवं अस्पताल stays so, not मेडिकल कॉलेज एवं अस्पताल)."""
        written = clean_abbreviations(view.text(p, end))
        canonical = head.entry.name
        short = len(written.split()) == 1 and (len(normalize_key(written)) < 5 or len(canonical.split()) > 1
                                               and not self.lex.is_acronym(normalize_key(written)))
        if "(" in written or short or _skeleton(written) == _skeleton(canonical):
            return canonical  # (a spelling, a bracketed short form, a Hindi short form: मवि, प्रावि)
        return written

    def _latin(self, key: str) -> str | None:
        """The Latin letters of an acronym key (जीडीए -> GDA), or None."""
        if not key or not self.lex.is_acronym(key):
            return None
        parts = _split_letters(key, self.lex.letters) or []
        if not parts or any(x not in self.latin_letter for x in parts):
            return None
        return "".join(self.latin_letter[x] for x in parts)

    def _merge_bare_heads(self, mentions: list[OrgMention]) -> None:
        """A bare head (हाईकोर्ट, नगर निगम) joins the one fuller organisation of that head in the document."""
        bare = {m.key for m in mentions if m.key in self.head_keys}
        if not bare:
            return
        fuller: dict[str, set[str]] = {}
        names: dict[str, OrgMention] = {}
        for m in mentions:
            for h in bare:
                if m.key != h and (m.key.endswith(" " + h) or m.head == h):  # (कृषि विज्ञान केंद्र झाबुआ ... केवीके)
                    fuller.setdefault(h, set()).add(m.key)
                    names.setdefault(m.key, m)
        for m in mentions:
            keys = fuller.get(m.key)
            if keys and len(keys) == 1:
                target = names[next(iter(keys))]
                m.key, m.name, m.kind = target.key, target.name, target.kind

    def _licensed(self, view: DocView, end: int, a: _Ambiguous, role_starts: frozenset[int]) -> str | None:
        """How an ambiguous alias ending at ``end`` is licensed: "word" (a context word after it, or after its
        genitive), "role" (a designation after its genitive), or None."""
        n = len(view)
        if end >= n or view.brk[end]:
            return None
        if view.keys[end] in a.context:
            return "word"
        if view.keys[end] in self.genitive and end + 1 < n:
            if view.keys[end + 1] in a.context:
                return "word"
            if (end + 1) in role_starts:
                return "role"
        return None

    def _coordinated(self, view: DocView, p: int, end: int, covered: list, out: list[OrgMention]) -> bool:
        """An ambiguous alias listed with another party: ``भाजपा, कांग्रेस और आप``."""
        def party_at(q: int) -> bool:
            return 0 <= q < len(view) and covered[q] is not None and out[covered[q]].kind == "party"

        def joiner(q: int) -> bool:
            return 0 <= q < len(view) and (view.keys[q] in self.coordinators or view.keys[q] == ",")

        return (joiner(p - 1) and party_at(p - 2)) or (joiner(end) and party_at(end + 1))

    def _generic(self, view: DocView, p: int, end: int, head: _Head, free, covered, out,
                 persons: frozenset[int] = frozenset()) -> OrgMention | None:
        n = len(view)
        # the proper part before the head: up to 4 content words in the same sentence
        xs = p
        while xs - 1 >= 0 and p - (xs - 1) <= 6 and not view.brk[xs]:
            q = xs - 1
            if not free(q, q + 1) or not view.word[q] or view.hard(q) and view.keys[q] not in self.coordinators:
                break
            xs = q
        while xs < p and view.keys[xs] in self.coordinators:
            xs += 1
        x: tuple[int, int] | None = None
        confident = False
        # X may be common words (स्वास्थ्य विभाग, किसान संघ, कन्या मध्य विद्यालय)
        common_x = head.mode in ("head", "head_assoc", "head_all")
        if common_x or head.mode == "head_portfolio":
            for s in range(xs, p):  # portfolios ending right before the head (नगरीय विकास एवं आवास विभाग)
                if any(e == p for e, _ in self.portfolios.chains(view, s, self.coordinators)):
                    x, confident = (s, p), True
                    break
            if x is None:  # राज्य कर विभाग: a portfolio holding a function word (कर = "do")
                for s in range(max(0, p - 3), p):
                    if free(s, p) and not any(view.brk[q] for q in range(s + 1, p + 1)) \
                            and any(e == p for e, _ in self.portfolios.matches(view, s)):
                        x, confident = (s, p), True
                        break
        if (head.mode == "head_anchor" or head.mode == "head_proper" and x is None) and p >= 2 \
                and view.keys[end - 1] in _CAMPUS_HEADS and view.keys[p - 1] in _RESEARCH_WORDS \
                and not view.brk[p - 1] and free(p - 2, p) and self._content(view, p - 2) \
                and view.stop[p - 2] in (None, "common") and (p - 2) not in persons \
                and (p - 2 == 0 or view.brk[p - 2] or view.punct[p - 3] or view.hard(p - 3)):
            # ईख अनुसंधान संस्थान, पान अनुसंधान केंद्र: a research institute named by its crop or field, right
            # after a boundary
            name = f"{view.text(p - 2, p)} {view.text(p, end)}"
            entry = self._entry(name, "government" if head.entry.kind == "other" else head.entry.kind)
            return OrgMention(p - 2, end, entry.key, entry.name, entry.kind, 0.75, "pattern", head=head.entry.key)
        if head.mode == "head_anchor":
            # राज्य शिक्षा केंद्र, हरियाणा अंतरिक्ष उपयोग केंद्र: only a place or level word (and the common words
            # after it) names such a unit (not क्रय केंद्र, आंगनबाड़ी केंद्र); the head is kept as written
            a = self._anchor(view, p, free)
            if a is None or a >= p or all(
                    view.keys[q] in self.levels or view.keys[q] in _LEVEL_OF or self._place_word(view, q)
                    for q in range(a, p)) and not (end - p >= 2 and any(self._place_word(view, q) for q in range(a, p))):
                return None  # (पटना प्रमंडल, जिला केंद्र: a place or level alone names no such body; a place does
                # name a head of several words: मध्य प्रदेश राज्य ग्रामीण आजीविका मिशन, not राष्ट्रीय ग्रामीण …, a scheme)
            k = 0
            while k < 2 and a - 1 >= 0 and not view.brk[a] and free(a - 1, a) and view.word[a - 1] \
                    and (a - 1) not in persons and (view.keys[a - 1] in _ALL_WORDS or view.stop[a - 1] is None
                                                    and not view.dotted[a - 1]
                                                    and not view.names[a - 1] & {"given", "middle"}):
                a, k = a - 1, k + 1  # अखिल दिल्ली अभिभावक मंच, भील प्रदेश विद्यार्थी मोर्चा: words opening the name
            name = f"{clean_abbreviations(view.text(a, p))} {view.text(p, end)}"
            entry = self._entry(name, head.entry.kind)
            return OrgMention(a, end, entry.key, entry.name, entry.kind, 0.75, "pattern", head=head.entry.key)
        if head.mode == "head_portfolio":
            # जिला सूचना कार्यालय, जनसंपर्क कार्यालय: only a portfolio names an office (not पार्टी का जिला
            # कार्यालय, एसएसपी कार्यालय); level words before it belong to the name
            if x is None:
                return None
            s = x[0]
            while s - 1 >= 0 and not view.brk[s] and free(s - 1, s) and (
                    view.keys[s - 1] in self.levels
                    or view.keys[s - 1] in _OFFICE_RANKS and s < x[0] and view.keys[s] in self.levels):
                s -= 1  # (उप प्रादेशिक परिवहन कार्यालय: a rank before the level)
            name = f"{clean_abbreviations(view.text(s, p))} {head.entry.name}"
            entry = self._entry(name, head.entry.kind)
            return OrgMention(s, end, entry.key, entry.name, entry.kind, 0.8, "pattern", head=head.entry.key)
        if x is None:
            s = p
            while s - 1 >= xs and not view.hard(s - 1) and (view.stop[s - 1] != "common" or self.lex.is_acronym(view.keys[s - 1])) \
                    and view.keys[s - 1] not in self.activity_words and not view.keys[s - 1].endswith(_VERB_ENDINGS):
                s -= 1
            if s < p and head.mode in ("head_both", *_BARE_MODES) and end < n and not view.brk[end] \
                    and self._place_word(view, end) and free(end, end + 1) \
                    and not any(self._place_word(view, q) or self.lex.is_acronym(view.keys[q]) for q in range(s, p)):
                s = p  # कड़कनाथ के चूजे कृषि विज्ञान केंद्र झाबुआ की हैचरी में: the place after the head names it
            if s < p:
                x = (s, p)
                confident = all(view.stop[q] == "place" or self.lex.is_acronym(view.keys[q]) for q in range(s, p))
            elif common_x and xs < p and not view.hard(p - 1) and view.keys[p - 1] not in self.activity_words:
                x = (p - 1, p)
        if x is not None:
            s = x[0]
            while s - 1 >= 0 and not view.brk[s] and view.keys[s - 1] in self.levels and free(s - 1, s):
                s -= 1
            if s - 1 >= 0 and not view.brk[s] and view.keys[s - 1] in _NATIONAL and free(s - 1, s):
                s -= 1  # भारतीय समवेत औषध संस्थान, भारतीय राष्ट्रीय कला एवं सांस्कृतिक धरोहर न्यास
            x = (s, x[1])
        if head.mode == "head_proper" and (x is None or x[1] == p) and view.tokens[end - 1].tag_ in _PROPER_TAGS \
                and (view.keys[end - 1] in _INSTITUTION_HEADS or view.keys[end - 1] in _LIMITED):
            # सरस्वती बाल निकेतन सीनियर सेकेंडरी स्कूल, आर्यन वैली पब्लिक स्कूल: the tagger reads the institution's
            # name as one proper-noun compound (a generic निजी स्कूल is a common noun)
            c = p
            while c - 1 >= 0 and p - (c - 1) <= 7 and not view.brk[c] and free(c - 1, c):
                q = c - 1
                if view.keys[q] in _FORMAL_AND and q > 0 and c < p and not view.brk[q] \
                        and view.tokens[q - 1].tag_ in _PROPER_TAGS | _COMPOUND_TAGS:
                    c = q  # महाकौशल कला एवं वाणिज्य महाविद्यालय
                    continue
                if not (view.tokens[q].tag_ in _PROPER_TAGS | _COMPOUND_TAGS and self._content(view, q)
                        and view.keys[q] not in self.levels):
                    break
                c = q
            company = view.keys[end - 1] in _LIMITED
            while c < p and (view.tokens[c].tag_ not in _PROPER_TAGS or view.keys[c] in _FORMAL_AND
                             or view.stop[c] == "common" and not (
                                 company and (c == 0 or view.brk[c] or view.hard(c - 1)
                                              and view.keys[c - 1] not in self.coordinators))):
                c += 1  # it opens with a proper noun (not सीएसआर शाखा अदाणी फाउंडेशन; नेशनल फर्टिलाइजर्स after ने)
            if c < p and (x is None or c < x[0]):
                x = (c, p)
        if view.keys[end - 1] not in _LIMITED and end < n and view.keys[end] in _LIMITED and (x is None or x[1] == p):
            # कश्मीर पावर डिस्ट्रीब्यूशन कॉरपोरेशन लिमिटेड, ... मार्केटिंग एंड प्रोसेसिंग सोसाइटी लिमिटेड: a
            # registered English name written in Devanagari, read by the tagger as one proper-noun compound, "and"
            # included ("of" is read by step 7c)
            c = x[0] if x is not None else p
            while c - 1 >= 0 and p - (c - 1) <= 9 and not view.brk[c] and free(c - 1, c):
                q = c - 1
                joiner = view.keys[q] in _EN_AND and c < p and q > 0 and not view.brk[q]
                if view.keys[q] in _OF or not joiner and not (view.tokens[q].tag_ in _PROPER_TAGS | _COMPOUND_TAGS and self._content(view, q)
                                       and view.keys[q] not in self.levels and q not in persons):
                    break
                c = q
            while c < p and (view.keys[c] in _EN_AND or view.stop[c] == "common"):
                c += 1  # (not फर्म फ्यूजन इंफोसर्व ...: a common noun before the name)
            if c < p and (x is None or c < x[0]):
                x = (c, p)
        if head.mode == "head_proper" and (x is None or x[1] == p) and view.keys[end - 1] in _FIELD_HEADS:
            # भारतीय कालीन प्रौद्योगिकी संस्थान, राष्ट्रीय आयुर्वेद विश्वविद्यालय: a national, state or level word
            # and the field's common words name an institute
            a = self._anchor(view, p, free)
            q = p - 1
            while a is None and q >= 0 and p - q <= 7 and free(q, q + 1) and not view.brk[q + 1] \
                    and (self._content(view, q) or view.keys[q] in _FORMAL_AND and q < p - 1):
                if view.keys[q] in _NATIONAL:
                    a = q
                q -= 1
            if a is not None and a < p and (view.keys[a] in _NATIONAL or view.keys[a] in _STATE_LEVELS
                                             or self._place_text(view.text(a, a + 1))) \
                    and not all(view.keys[z] in self.levels or self._place_word(view, z) for z in range(a, p)) \
                    and not any(z in persons for z in range(a, p)) and (x is None or a < x[0]):
                x, confident = (a, p), False
        if head.mode == "head_proper" and (x is None or x[1] == p):
            a = self._named_after(view, xs, p, end)
            if a is not None and (x is None or a < x[0]):
                # शेख भिखारी मेडिकल कॉलेज, कल्पना चावला राजकीय मेडिकल कॉलेज: an institution named after a person
                x, confident = (a, p), False
        if common_x and x is not None and x[1] == p:
            # लोक संपर्क विभाग: unknown words and words of known organisation names or portfolios before the
            # head are part of the name (not an object before it: यह जानकारी लोक संपर्क विभाग ने दी)
            s2 = x[0]
            joined = any(view.keys[q] in self.coordinators for q in range(*x))
            while s2 - 1 >= 0 and p - (s2 - 1) <= (9 if joined else 5) and not view.brk[s2] and free(s2 - 1, s2):
                q = s2 - 1
                opening = q - 1 == 0 or view.brk[q - 1] or view.punct[q - 2] or view.hard(q - 2)
                if view.keys[q] in self.coordinators and q - 1 >= 0 and not view.brk[q] and free(q - 1, q) \
                        and self._content(view, q - 1) and (not view.names[q - 1] or opening) and (
                            view.keys[q - 1] in self.portfolio_words
                            or view.keys[q] in _FORMAL_AND and (not joined or q >= 2 and view.keys[q - 2] == ",")
                            and (view.stop[q - 1] is None or opening and view.stop[q - 1] == "common"
                                 or q >= 2 and view.keys[q - 2] == ",")
                            and (q - 1) not in persons and not self._name_before(view, q - 1)):
                    # (संचार एवं जनसंपर्क विभाग, खान एवं भूविज्ञान विभाग: a common word opening the name)
                    s2 = q - 1  # आबकारी एवं कराधान विभाग, भौतिकी एवं इलेक्ट्रोनिकी विभाग
                    if s2 >= 2 and view.keys[s2 - 1] in _HYPHENS and view.word[s2 - 2] and not view.brk[s2] \
                            and not view.brk[s2 - 1] and free(s2 - 2, s2):
                        s2 -= 2  # भू-अभिलेख एवं परिमाप निदेशालय: a hyphenated first word
                    joined = True
                    continue
                if view.keys[q] in _FORMAL_AND and not joined and q - 2 >= 0 and not view.brk[q] \
                        and not view.brk[q - 1] and free(q - 2, q) \
                        and (q - 2 == 0 or view.brk[q - 2] or view.punct[q - 3] or view.hard(q - 3)) \
                        and all(self._content(view, z) and view.stop[z] in (None, "common") and not view.names[z]
                                and z not in persons and view.keys[z] not in self.activity_words
                                and not (view.tokens[z].tag_.startswith("V") or view.keys[z].endswith("ने")
                                         and len(view.keys[z]) > 3)  # (गड्ढे भरने तथा पंचायत राज विभाग: a verb)
                                for z in (q - 2, q - 1)):
                    # आदिम जाति तथा अनुसूचित जाति विकास विभाग, औद्योगिक सुरक्षा एवं स्वास्थ्य निदेशालय: a two-word
                    # conjunct opening the name after a function word
                    s2 = q - 2
                    joined = True
                    continue
                if view.keys[q] == "," and joined and q - 1 >= 0 and not view.brk[q] and free(q - 1, q) \
                        and self._content(view, q - 1) and not view.names[q - 1]:
                    starts = [a for a in range(max(0, q - 3), q) if free(a, q) and not any(view.brk[b] for b in range(a + 1, q))
                              and any(e == q for e, _ in self.portfolios.matches(view, a))]
                    first_open = q - 1 == 0 or view.brk[q - 1] or view.punct[q - 2] or view.hard(q - 2)
                    if starts or view.stop[q - 1] is None or first_open and view.stop[q - 1] == "common":
                        # मद्य निषेध, उत्पाद एवं निबंधन विभाग: the list before the coordinated pair
                        s2 = min(starts) if starts else q - 1
                        continue
                if view.keys[q] in _HYPHENS and s2 < p and view.keys[s2] in _AGENT_OBJECT_OK and q - 1 >= 0 \
                        and view.word[q - 1] and not view.brk[q] and free(q - 1, q):
                    s2 = q - 1  # ई-रिक्शा चालक: a hyphenated object word
                    continue
                agent_object = s2 < p and view.keys[s2] in _AGENTS and view.stop[q] == "common" and view.word[q] \
                    and not view.hard(q) and view.keys[q] not in self.levels and (q - 1 < 0 or view.brk[q]
                                                                                 or view.keys[q - 1] not in _INDEFINITE)
                if not agent_object and not (self._content(view, q) and view.keys[q] not in self.activity_words
                                             and (view.stop[q] is None or view.keys[q] in self.name_words)):
                    break  # (पेड़ों की छंटाई वन विभाग ने की: an activity noun)
                if view.stop[q] in (None, "common") and q - 1 >= 0 and view.keys[q - 1] in self.genitive \
                        and any(e == p for e, _ in self.portfolios.matches(view, q + 1)):
                    break  # युवाओं का निबंधन श्रम विभाग के पोर्टल पर: the object before a whole portfolio
                s2 = q
            if s2 < x[0]:
                x = (s2, p)
        if common_x and (x is None or x[1] == p):
            c = self._compound_start(view, x[0] if x else p, free)
            if c is not None and (x is None or c < x[0]) and (
                    not confident or c > 0 and not view.brk[c] and (view.punct[c - 1] or view.hard(c - 1))
                    and (view.keys[c - 1] not in self.genitive or view.tokens[c].tag_ == "JJ")
                    or (c == 0 or view.brk[c]) and view.tokens[c].tag_ == "JJ"):
                # विधिक माप विज्ञान विभाग, स्त्री रोग विभाग: the tagger's compound modifiers before the head
                # (before a known portfolio only a whole compound after a function word, or opening a sentence
                # with an adjective: में एकीकृत जनजातीय विकास अभिकरण, शारीरिक शिक्षा विभाग; not रोशनी आदिम जाति
                # कल्याण विभाग, a sentence opening with a name; after a genitive only an adjective: not युवाओं का
                # निबंधन श्रम विभाग के पोर्टल पर)
                x = (c, p)
        if common_x and x is not None and x[1] == p and x[0] >= 2 and view.keys[x[0] - 1] in _FORMAL_AND \
                and not view.brk[x[0] - 1] and not view.brk[x[0]] and free(x[0] - 2, x[0]) \
                and not any(view.keys[z] in self.coordinators for z in range(*x)):
            q = x[0] - 2
            if (q == 0 or view.brk[q] or view.punct[q - 1] or view.hard(q - 1)) and self._content(view, q) \
                    and view.stop[q] in (None, "common") and q not in persons:
                x = (q, p)  # सामुदायिक एवं पारिवारिक चिकित्सा विभाग: one word coordinated with the compound
        if common_x and x is not None and x[1] == p and x[0] > 0 and not view.brk[x[0]] and free(x[0] - 1, x[0]):
            q = x[0] - 1
            if view.tokens[q].tag_ == "JJ" and self._content(view, q) and view.keys[q] not in self.levels \
                    and view.keys[q] not in _RELATIONAL and view.keys[q] not in self.activity_words \
                    and not view.names[q] and (q == 0 or view.brk[q] or view.punct[q - 1] or view.hard(q - 1)):
                x = (q, p)  # शारीरिक शिक्षा विभाग: an adjective opening a portfolio's department
        if x is not None and x[1] == p and view.keys[end - 1] == _DEPARTMENT:
            x = self._last_department(view, x)
        if x is not None and x[1] == p:
            x = self._without_person(view, x)
            if x is not None and view.keys[end - 1] not in _INSTITUTION_HEADS and not confident \
                    and all(view.names[q] & {"given", "middle"} for q in range(*x)):
                return None  # कलेक्टर अंकित निगम ने: a given name before a word that is also a surname
            if x is not None and view.keys[end - 1] not in _INSTITUTION_HEADS and view.keys[x[0]] in self.lex.honorifics \
                    and (view.names[end - 1] or view.keys[end - 1] in _SURNAME_HEADS) and x[1] - x[0] >= 2 \
                    and self._person_words(view, x[0] + 1, x[1]):
                return None  # जिलाधिकारी श्री प्रदीप कुमार निगम, डॉ. सौमेन सरकार: an honorific and a person's names
            if x is not None and view.keys[end - 1] in _SURNAME_HEADS and x[0] > 0 and not free(x[0] - 1, x[0]) \
                    and x[1] - x[0] <= 2 and self._person_words(view, *x):
                return None  # जिला आपदा प्रबंधन अधिकारी सौमेन सरकार ने: a post before a person's name
            if x is not None and view.keys[end - 1] not in _INSTITUTION_HEADS and x[1] - x[0] >= 2 \
                    and "given" in view.names[x[0]] and "surname" in view.names[x[1] - 1] and x[0] > 0 \
                    and (not free(x[0] - 1, x[0]) or view.keys[x[0] - 1] in self.lex.honorifics):
                return None  # इंस्पेक्टर अवधेश नारायण तिवारी पुलिस बल के साथ: a person's name, not a body's
        a = self._anchor(view, p, free) if head.mode != "head_bare" else None
        if a is not None and (x is None or a < x[0]) and (x is None or x[1] == p):
            # उत्तराखंड अधीनस्थ सेवा चयन आयोग, जिला सड़क सुरक्षा समिति, राजस्थान कृषि महाविद्यालय: common words
            # between a place or level word and the head are part of the name
            x, confident = (a, p), True
        if x is not None and x[1] == p and (head.mode == "head_proper" and head.entry.kind == "other"
                                            or head.mode == "head_assoc") \
                and all(view.keys[q] in self.levels or view.keys[q] in _LEVEL_OF for q in range(*x)):
            return None  # संघ की राज्य कमेटी, बूथ कमेटी, जिला स्तरीय समिति: a unit named by its level only
        if x is not None and x[1] == p and view.keys[end - 1] in _UNIT_HEADS and x[1] - x[0] >= 2 \
                and view.keys[p - 1] in _UNIT_LEVELS \
                and all(self._place_word(view, q) or view.keys[q] in self.levels for q in range(x[0], p - 1)):
            return None  # लखीमपुर जिला समिति: a party's or a union's unit, named by its place
        absorbed = False
        if head.mode == "head_assoc":  # हाईकोर्ट बार एसोसिएशन, लखनऊ विश्वविद्यालय शिक्षक संघ
            q = (x[0] if x else p) - 1
            if q >= 0 and not view.brk[q + 1] and covered[q] is not None and out[covered[q]] is not None:
                inst = out[covered[q]]
                # (a party before a union's name is its affiliation, part of the name: तृणमूल चाय बागान श्रमिक यूनियन)
                # (an institution named after its place before its members' word: भीनमाल गोशाला संचालक संघ)
                if (inst.kind in _ASSOC_ABSORB or inst.kind == "party" and view.keys[end - 1] == _UNION and x is not None
                        or inst.kind == "other" and inst.evidence == "pattern" and x is not None
                        and normalize_key(inst.name).split()[-1] not in _MEMBER_HEADS)\
                        and inst.end == q + 1 and inst.evidence in ("lexicon", "pattern"):
                    x, absorbed = (inst.start, x[1] if x else p), True
        if x is not None or head.mode == "head_all":
            # शासकीय मार्तंड उच्चतर माध्यमिक विद्यालय: type words of an institution open its name
            first = x[0] if x is not None else p
            s3 = self._type_words_start(view, first, free)
            if s3 < first:
                x = (s3, x[1] if x is not None else p)
        after = False
        before = x if head.mode == "head_all" else None  # head_all: a proper part may follow as well
        if (x is None and head.mode in ("head_both", *_BARE_MODES)) or head.mode == "head_all":
            e2 = end
            if head.mode == "head_all" and end + 3 < n and view.keys[end] == "(" and view.keys[end + 2] == ")" \
                    and free(end, end + 3):
                e2 = end = end + 3  # उत्क्रमित मध्य विद्यालय (उमवि) खिरियावां: a short form between head and place
            lim = 0
            if head.mode == "head_all" and end + 1 < n and view.keys[end] in _LIMITED and free(end, end + 1) \
                    and not view.brk[end + 1]:
                lim = e2 = end + 1  # किसान सहकारी चीनी मिल्स लिमिटेड पूरनपुर: the seat after the company form
            while e2 < n and e2 - (lim or end) < 2 and free(e2, e2 + 1) and not view.brk[e2] and view.word[e2] \
                    and not view.hard(e2) and (view.stop[e2] != "common" or e2 > end and view.keys[e2] in _CITY) \
                    and view.keys[e2] not in self.lex.honorifics \
                    and view.keys[e2] not in _VENUES \
                    and not (view.names[e2] & {"given", "middle"}) \
                    and not (e2 > end and _absolutive(view, e2)):  # सदर अस्पताल मुंगेर भेजकर: a verb after the seat
                e2 += 1
            if lim and e2 == lim:
                e2 = end  # no seat: the company form is added below
            if e2 > end:
                x, after = (end, e2), True
                confident = all(view.stop[q] == "place" for q in range(end, e2))
            elif before is not None and any(view.stop[q] is None and view.keys[q] not in self.modifiers
                                            for q in range(*before)):
                x = before
            elif head.mode == "head_all":
                return None  # ग्राम ढाना की सेवा सहकारी समिति, चांदपुर स्थित उत्क्रमित मध्य विद्यालय: no name of its own
        if x is None and head.mode == "head_proper" and end + 1 < n and view.keys[end] in _OF \
                and not view.brk[end] and not view.brk[end + 1] \
                and (self._place_word(view, end + 1) or view.tokens[end + 1].tag_ in _PROPER_TAGS):
            # कोचिंग फेडरेशन ऑफ इंडिया: an English-style name "<words> <head> of <place>" (the "of" part is
            # added in step 7)
            s1 = p
            while s1 - 1 >= 0 and p - (s1 - 1) <= 3 and not view.brk[s1] and free(s1 - 1, s1) \
                    and self._content(view, s1 - 1) and view.stop[s1 - 1] in (None, "common") \
                    and view.keys[s1 - 1] not in self.activity_words and (s1 - 1) not in persons:
                s1 -= 1
            if s1 < p:
                x = (s1, p)
        if x is None and head.mode == "head_proper" and view.keys[end - 1] in _INSTITUTION_HEADS:
            # राजकीय मेडिकल कॉलेज बाड़मेर: type words and the seat name an institution
            m0 = self._type_words_start(view, p, free)
            described = False
            if m0 == p:
                # शासकीय इंजीनियरिंग महाविद्यालय, राजकीय औद्योगिक प्रशिक्षण संस्थान: the type words open a name
                # whose descriptive words (up to three) stand before the head
                k = p
                while k - 1 >= 0 and p - (k - 1) <= 4 and not view.brk[k] and free(k - 1, k) \
                        and view.keys[k - 1] not in self.modifiers and view.word[k - 1] and not view.dotted[k - 1] \
                        and (view.stop[k - 1] in (None, "common") and not (view.names[k - 1] & {"given", "middle"})
                             or view.keys[k - 1] in _FORMAL_AND and k < p and k - 2 >= 0
                             and view.stop[k - 2] in (None, "common")):
                    k -= 1  # (कला एवं वाणिज्य: a formal coordination inside)
                m1 = self._type_words_start(view, k, free) if k < p else k
                if m1 < k and any(view.keys[q] not in _TYPE_WORDS for q in range(k, p)):
                    m0, described = m1, True  # (not a bare type: राजकीय मेडिकल कॉलेज में भर्ती)
            e = head.entry
            probe = OrgMention(m0, end, e.key, e.name, e.kind, 0.7, "pattern", head=e.key)
            seat = self._seat_after(view, probe, free) if m0 < p else end
            if seat > end or described:
                name = f"{clean_abbreviations(view.text(m0, p))} {e.name} {view.text(end, seat)}".strip()
                entry = self._entry(name, e.kind)
                return OrgMention(m0, seat, entry.key, entry.name, entry.kind, 0.75 if seat > end else 0.7,
                                  "pattern", head=e.key)
        if x is None:
            e = head.entry
            if head.mode == "head_bare":
                return OrgMention(p, end, e.key, e.name, e.kind, 0.8, "lexicon")
            if head.mode in _BARE_MODES:  # नगर निगम, जिला पंचायत written without the city
                m0 = self._type_words_start(view, p, free)
                if m0 < p:  # राजकीय उप जिला चिकित्सालय: type words open the name
                    name = f"{clean_abbreviations(view.text(m0, p))} {e.name}"
                    return OrgMention(m0, end, _org_key(name), name, e.kind, 0.7, "pattern", head=e.key)
                number = self._number_after(view, end, free)
                if number > end:  # विद्युत वितरण खंड-द्वितीय: a numbered unit is named by its number
                    name = _numbered(view, e.name, end, number)
                    return OrgMention(p, number, _org_key(name), name, e.kind, 0.75, "pattern", head=e.key)
                return OrgMention(p, end, e.key, e.name, e.kind, 0.7, "pattern", head=e.key)
            return None
        if head.mode == "head_unit":
            # जनपद पंचायत भीमपुर, नैनवां पंचायत समिति: a block's body is the unit of its place, not a named body
            e = head.entry
            start, stop = (p, x[1]) if after else (x[0], end)
            return OrgMention(start, stop, e.key, e.name, e.kind, 0.7, "pattern", head=e.key)
        x_text = clean_abbreviations(view.text(*x))
        if after and head.entry.kind != "municipal":
            # मध्य विद्यालय चाकंद, कन्या मध्य विद्यालय बेलागंज: the written order (a local body keeps
            # "<city> <body>", so that नगर निगम लखनऊ and लखनऊ नगर निगम are one)
            pre = f"{clean_abbreviations(view.text(*before))} " if before is not None else ""
            full = f"{pre}{self._head_name(view, p, end, head)} {x_text}"
        else:
            full = f"{x_text} {self._head_name(view, p, end, head)}"
        entry = self._entry(full, head.entry.kind)
        start, stop = (before[0] if before is not None else p, x[1]) if after else (x[0], end)
        private = stop + 1 < n and view.keys[stop] in _PRIVATE and view.keys[stop + 1] in _LIMITED \
            and not view.brk[stop + 1] and free(stop + 1, stop + 2)
        if private or stop < n and view.keys[stop] in _LIMITED and not view.brk[stop] and free(stop, stop + 1):
            # द ओरिएंटल इंश्योरेंस कंपनी लिमिटेड, … सहकारी संघ लिमिटेड, गंगा इंफ्राटेक प्राइवेट लिमिटेड: the
            # company form belongs to the name
            stop += 2 if private else 1
            limited = "मर्यादित" if view.keys[stop - 1] == _MARYADIT else "लिमिटेड"  # as written
            full = f"{full} प्राइवेट लिमिटेड" if private else f"{full} {limited}"
            entry = self._entry(full, head.entry.kind)
        number = self._number_after(view, stop, free)
        if number > stop:
            # विद्यालय क्रमांक-1, बाढ़ नियंत्रण प्रमंडल-2, विद्युत वितरण खंड-द्वितीय: a unit's number
            full = _numbered(view, full, stop, number)
            entry = self._entry(full, head.entry.kind)
            stop = number
        parent = None
        if not after and not absorbed and x[0] - 1 >= 0 and covered[x[0] - 1] is not None \
                and out[covered[x[0] - 1]] is not None:
            parent = out[covered[x[0] - 1]].key
        x_keys = form_keys(x_text)
        latin = None
        if head.initials and len(x_keys) == 1:  # गाजियाबाद विकास प्राधिकरण ~ GDA
            places = [e for e in Gazetteer.load().lookup(x_text) if e.name_en and e.kind in ("district", "city")]
            if places and len({e.name_en[0].upper() for e in places}) == 1:
                latin = places[0].name_en[0].upper() + head.initials
        return OrgMention(start, stop, entry.key, entry.name, entry.kind, 0.85 if confident else 0.75, "pattern",
                          parent=parent, x_key=x_keys[0] if len(x_keys) == 1 else None, head=head.entry.key,
                          latin=latin)



def _absolutive(view: DocView, q: int) -> bool:
    """Whether token ``q`` is a conjunctive participle (भेजकर, लेकर, पहुंचकर): a word ending in कर that no
    gazetteer entry names."""
    k = view.keys[q]
    return len(k) >= 4 and k.endswith("कर") and not Gazetteer.load().lookup(view.text(q, q + 1))


def role_positions(doc: Doc, view: DocView) -> tuple[set[int], set[int]]:
    """(blocked positions, start positions) of the designations in ``doc.spans["roles"]``."""
    blocked: set[int] = set()
    starts: set[int] = set()
    for span in doc.spans.get("roles", []) if "roles" in doc.spans else []:
        ps = [view.pos_of_token[i] for i in range(span.start, span.end) if i in view.pos_of_token]
        if ps:
            blocked.update(ps)
            starts.add(min(ps))
    return blocked, starts


def ent_positions(doc: Doc, view: DocView, labels: Iterable[str]) -> list[tuple[int, int]]:
    labels = set(labels)
    out = []
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        a = view.position(ent.start)
        b = view.position(ent.end - 1, forward=False)
        if a is not None and b is not None and b >= a:
            out.append((a, b + 1))
    return out


class OrganizationsComponent:
    """spaCy component: ``doc.spans["organizations"]``."""

    def __init__(self, nlp: Language, name: str, use_ner: bool = True, ner_labels: Iterable[str] = _NER_LABELS):
        self.name = name
        self.lexicon = OrgLexicon.get()
        self.use_ner = use_ner
        self.ner_labels = tuple(ner_labels)
        from .people import RoleLexicon  # designations, when hindi_people did not run

        self.roles = RoleLexicon.get()

    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        view = DocView(doc, self.lexicon.lex)
        if "roles" in doc.spans:
            blocked, starts = role_positions(doc, view)
        else:
            matches = self.roles.find_all(view)
            blocked = {q for r in matches for q in range(r.start, r.end)}
            starts = {r.start for r in matches}
        ents = ent_positions(doc, view, self.ner_labels) if self.use_ner else []
        if "organizations" not in doc.spans:
            doc.spans["organizations"] = []
        persons = {view.pos_of_token[i] for span in doc.spans.get("people", []) if "people" in doc.spans
                   for i in range(span.start, span.end) if i in view.pos_of_token}
        for m in self.lexicon.find(view, blocked, starts, ents, persons):
            add_span(doc, "organizations", view.start_char(m.start), view.end_char(m.end - 1), **m.attrs())
        return doc


@Language.factory(
    "hindi_organizations",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"use_ner": True, "ner_labels": list(_NER_LABELS)},
)
def make_organizations(nlp: Language, name: str, use_ner: bool, ner_labels: list[str]) -> OrganizationsComponent:
    """Organisations from the lexicon, generic patterns and (when present) NER entities."""
    return OrganizationsComponent(nlp, name, use_ner=use_ner, ner_labels=ner_labels)

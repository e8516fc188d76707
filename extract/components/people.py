"""People and their designations (rules + lexicons, ready for a NER model).

Writes two span groups.

``doc.spans["people"]``: one span per mention, covering the name only (never the honorific):

* ``person``: a per-document id (``P1``, ``P2`` ...) shared by all mentions merged into one person,
* ``canonical``: the original text of the person's fullest mention (``महेन्द्रनाथ पाण्डेय``),
* ``honorific``: the honorific(s) written at this mention (``श्री``, ``मा० श्री``, ``डॉ०``; a lone
  trailing ``जी`` when there is no other), with ``honorific_start``/``honorific_end`` (char offsets);
  ``honorific_suffix``: a trailing ``जी`` (else None),
* ``name_latin`` (IAST with Hindi schwa deletion: ``Mahendranāth Pāṇḍey``) and ``name_ascii``
  (``Mahendranath Pandey``) of the canonical name (None without ``indic-transliteration``),
* ``key``: the matching key of this mention, ``evidence``: why it is a name (honorific, role,
  list, name_then_role, suffix, ner, name_prefix, alias, apposition, initials, lexicon, surname_context,
  name_list, repeat), ``confidence``.

``doc.spans["roles"]``: one span per designation mention (``प्रदेश सह संयोजक``, ``पूर्व मंत्री``):

* ``title`` (the span's text: with ``पूर्व``, without organisation/jurisdiction genitive and
  parenthesised qualifier; a plural post in the singular each listed person holds: ``निदेशकों`` ->
  ``निदेशक``), ``level``, ``portfolio``, ``base``, ``expansion`` (``डीएम`` ->
  ``जिलाधिकारी``), ``category``, ``qualifier`` (``संगठन`` in ``प्रदेश महामंत्री (संगठन)``),
  ``organization`` (text, ``आईटी विभाग`` in ``आईटी विभाग के प्रदेश संयोजक``) and ``org`` (its key),
  ``jurisdiction`` (``झारखंड`` in ``झारखंड के मुख्यमंत्री``), ``former``, ``persons`` (person ids),
  ``link`` (apposition, list, name_then_role, predicate or None), ``confidence``.

How names are found (a bare word is never a name without evidence):

1. designations are matched first: ``[former] [level] [portfolio] title`` from the three
   designation TSVs; coordinated designations (``प्रदेश प्रवक्ता एवं आईटी विभाग के प्रदेश संयोजक``)
   form a chain; the name right after a chain (after optional honorifics) holds all of them,
   and a comma/``एवं`` list after it continues with bare names (same designations) or with a
   new designation + name (``..., प्रदेश टीम सदस्य प्रशांत राठौड़, शुभम मिश्रा सहित``);
   (a name after a coordinator, ``... राय व रेखा सोनकर ने``, is a person without those designations);
   a designation before a copula belongs to the person opening the sentence (``बबलू गांव का पूर्व
   मुखिया है``, link ``predicate``); a designation followed by an association head is part of an
   organisation name, not a designation (``लेखपाल संघ``); a one-word designation that is also a
   surname, right after a name word and before ने/का/, is the surname (``जीतू पटवारी ने``);
2. names after honorifics; ``मो.``/``मोहम्मद`` opening a name (part of it: ``मो. इकबाल अंसारी``);
   ``X उर्फ Y`` (one person, named ``X उर्फ Y`` as written; X and Y are both its mentions);
3. name-then-role (``संजय राय, जिलाधिकारी,`` / ``राम सिंह (जेई)``);
4. a trailing ``जी``; 5. ``doc.ents`` with a person label (a NER model): accepted without another cue,
   trimmed of designations, honorifics, organisations, punctuation and function words, dropped when only
   common words or a state/district name (``म.प्र.``) remain;
6. names in apposition to kinship, occupation and status nouns (``किसान रामनरेश पटेल``, ``मृतका की मां
   सुमित्रा देवी``, ``बरौली निवासी दिनेश कुशवाहा``, ``याची रामसूरत``) or after a village genitive
   (``धनौरा गांव की शकुंतला ने``): these nouns are not designations, and a one-word name needs
   ने/का/की/के/को/से or a list word after it unless it is a known given name;
7. a known given name + known surname; an unknown (or noun-like) given name + known surname before
   ने/का/की/के/को (``सभा में रामकिशुन तिवारी ने``); 8. repeats of names already found.

A name is 1-4 words (plus initials: ``ए. के. वालिया``); the third and fourth words must be
known name words, except an unknown surname after a middle name or an honorific closed by ने/का/की/,
(``दिनेश कुमार धानुक ने``); it stops at function words, common words (``name_stopwords.tsv``; its
``noun_name`` words — कविता, शांति, सीमा — count as names after an honorific or designation or
before a known surname), honorifics (``पंडित`` ending a name is the surname), designations,
kinship/occupation nouns and organisations. An unknown first word before a given-only name after a
designation is taken for a place (``थानाध्यक्ष कैंट रवि राय``), not before a middle name
(``महापौर किरनबाला रानी सक्सेना``). Mentions are merged with
:func:`extract.names.merge_mentions` (``राय`` joins the unique ``संजय राय``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokenizer import ensure_normalized
from ..names import (
    BOUNDARY_KINDS,
    NOUN_NAME,
    DocView,
    KeyTrie,
    form_keys,
    NameLexicon,
    is_post_honorific,
    is_pre_honorific,
    merge_mentions,
    name_key,
    romanize,
    romanize_ascii,
    strip_honorifics,
)
from ..resources import read_tsv, split_multi
from ..text import normalize_key
from ..spans import add_span
from .organizations import _COMPOUND_TAGS, OrgLexicon, OrgMention, activity_nouns, ent_positions

__all__ = ["Title", "RoleMatch", "RoleLexicon", "PeopleComponent", "JURISDICTIONAL"]

#: designation categories that take a jurisdiction genitive (झारखंड के मुख्यमंत्री)
JURISDICTIONAL = frozenset({"government", "legislature", "local", "admin", "police", "judiciary"})
_PERSON_LABELS = ("PERSON", "PER", "NEP")
_ORG_LABELS = ("ORG", "ORGANIZATION", "NEO")
_HYPHENS = frozenset({"-", "–"})
_LATIN = re.compile("[A-Za-z]")
#: name prefixes that belong to the name (मो. इकबाल अंसारी, मोहम्मद इरफान)
_NAME_PREFIXES = frozenset({"मो", "मोहम्मद", "मुहम्मद", "मु", "मोह"})
#: kinship, occupation and status nouns a name may stand in apposition to (not designations):
#: किसान रामनरेश पटेल, मृतका की मां सुमित्रा देवी, बरौली निवासी दिनेश कुशवाहा
_APPOSITION_NOUNS = frozenset(normalize_key(w) for w in (
    "किसान पिता माता मां पति पत्नी पुत्र पुत्री बेटा बेटे बेटी भाई बहन भतीजे भतीजा भांजे भांजा चाचा ताऊ मामा "
    "ससुर सास दामाद बहू मृतक मृतका आरोपी आरोपित अभियुक्त युवक युवती किशोर किशोरी छात्र छात्रा चालक ड्राइवर "
    "दुकानदार व्यापारी ठेकेदार शिक्षक शिक्षिका मजदूर श्रमिक वादी पीड़ित पीड़िता घायल निवासी निवासिनी वासी "
    "हिस्ट्रीशीटर बदमाश शातिर याची याचिकाकर्ता शिकायतकर्ता प्रार्थी प्रार्थिनी प्रत्याशी उम्मीदवार "
    "डीलर संचालक कारोबारी मरीज प्रसूता मजदूरों मजदूर कर्मी कर्मचारी "
    "देवर जेठ ननद देवरानी जेठानी भाभी साला साले बहनोई जीजा नाना नानी दादा दादी चाची मामी बुआ फूफा पोता पोती "
    "नाती खलासी कंडक्टर परिचालक मुनीम चौकीदार कीटपालक पशुपालक मछुआरा मछुआरे कारीगर शिल्पकार कलाकार मास्टर "
    "मूर्तिकार राजमिस्त्री कुली उद्यमी विक्रेता खिलाड़ी गायिका लेखक कवयित्री पत्रकार छायाकार रैयत "
    "गृहिणी रहवासी वेल्डर फिटर इलेक्ट्रीशियन प्लंबर मैकेनिक हेल्पर "
    "लाभार्थी लाभुक उत्पादक ग्रामीण विद्यार्थी साझेदार सरगना दलाल व्यवसायी पालक अभिभावक"
    # (not the crafts that are also surnames: माली, सुनार, लोहार, कुम्हार, दर्जी, बुनकर, बागवान, मिस्त्री ...)
).split())
#: place nouns before a genitive that introduces a resident (धनौरा गांव की शकुंतला, ग्राम सेमरा के रामबहोरी)
_RESIDENT_PLACES = frozenset(normalize_key(w) for w in "गांव गाँव ग्राम मोहल्ला मोहल्ले कस्बे कस्बा".split())
#: case markers that close a name the lexicons do not know (after a designation)
_CLOSING_CASE = frozenset(normalize_key(w) for w in "ने का की के को से".split())
#: what may follow a one-word name found in apposition or by a surname (ने, का/की/के, को, से, a list comma)
_AFTER_NAME = frozenset(normalize_key(w) for w in "ने का की के को से , व और एवं तथा समेत सहित द्वारा मय".split())

# confidence by evidence
_CONF = {
    "honorific+role": 0.95,
    "honorific": 0.9,
    "role": 0.85,
    "list": 0.8,
    "ner": 0.8,
    "name_then_role": 0.75,
    "suffix": 0.75,
    "repeat": 0.85,
    "repeat_part": 0.7,
    "lexicon": 0.55,
    "name_list": 0.55,
    "name_prefix": 0.8,
    "initials": 0.6,
    "alias": 0.8,
    "apposition": 0.7,
    "surname_context": 0.6,
}
_ROLE_CONF = {"apposition": 0.9, "list": 0.85, "name_then_role": 0.8, "predicate": 0.7, None: 0.6}
#: nouns after a name that make it the name of a place or building, not of a person (हाजी अली मस्जिद,
#: महात्मा गांधी मार्ग, सरदार पटेल स्टेडियम); a name held by a designation is kept
_FACILITY = frozenset(normalize_key(w) for w in (
    "मस्जिद दरगाह मार्ग रोड चौक स्टेडियम पार्क सेतु स्मारक संग्रहालय उद्यान गेट कॉलोनी कालोनी नगर "
    "मंदिर धाम मठ आश्रम मैदान भवन चौराहा चौराहे अस्पताल बाजार जंक्शन शताब्दी "
    "सभागार सभाकक्ष कलेक्ट्रेट कलेक्टोरेट कलक्ट्रेट समाहरणालय जुलूस विहार एन्क्लेव एनक्लेव पुरम कोलोनी"
).split())
#: heads of what is named after a person (योजना, जलाशय, जूट मिल, विद्या निकेतन, एग्रो एजेंसीज)
_NAMED_AFTER = frozenset(normalize_key(w) for w in (
    "योजना अभियान मिशन जलाशय बांध पुरस्कार संस्थान विश्वविद्यालय महाविद्यालय विद्यालय निकेतन कॉलेज कारखाना "
    "मिल एजेंसीज एजेंसी पैलेस ट्रस्ट फाउंडेशन छात्रवृत्ति प्रतिष्ठान"
).split())
_FORMAL_AND = normalize_key("एवं")
_DOMAIN_ENDINGS = tuple(normalize_key(w) for w in "कॉम कोम".split())
#: "in the role of" before an appointment verb or शामिल (… को विशेष आमंत्रित सदस्य के रूप में शामिल किया गया)
_AS_ROLE = tuple(normalize_key(w) for w in "के रूप में".split())
_INCLUDED = frozenset(normalize_key(w) for w in "शामिल सम्मिलित".split())
#: appointment verbs after a designation (… को जिलाध्यक्ष बनाया गया / मनोनीत किया / चुना गया)
_APPOINTED = frozenset(normalize_key(w) for w in (
    "बनाया बनाए बनाई मनोनीत नियुक्त निर्वाचित चुना चुने चुनी नामित घोषित पदस्थापित संभालेंगे संभालेगा संभालेगी "
    "संभाला संभाली संभाले"
).split())
_TO = frozenset({normalize_key("को")})
#: ``<designation> पद पर <names>``
_SE = normalize_key("से")
#: "<place> से/में <name>" in a list of office-bearers per unit (… पद पर श्री A, खुटहन में श्री B, …)
_SOURCE = frozenset({_SE, normalize_key("में")})
_SIKH_MIDDLE = frozenset(normalize_key(w) for w in "सिंह कौर".split())
_CUM = normalize_key("सह")
#: words after which a jurisdiction may open (… ने करंजिया बीएमओ …, … में खुरई एसडीएम …)
_SE_LIKE = frozenset(normalize_key(w) for w in "से ने को में पर उन्होंने".split())
#: designation words that are also common surnames (अशोक कुमार मंडल, हेमा अधिकारी): a surname after a given or
#: middle name, before a case marker or a list word
_SURNAME_LEVELS = frozenset(normalize_key(w) for w in "मंडल मण्डल अधिकारी".split())
#: heads of bodies that are also surnames (सौमेन सरकार): one after a post and a name word closes the name
_SURNAME_HEADS_OF_BODIES = frozenset(normalize_key(w) for w in "सरकार".split())
_ERGATIVE = normalize_key("ने")
#: unit words after a post's place (संयुक्त आयुक्त वाराणसी जोन, आईजी कानपुर रेंज, अधीक्षण अभियंता बरेली सर्किल)
_JURISDICTION_UNITS = frozenset(normalize_key(w) for w in "जोन ज़ोन रेंज सर्किल सर्कल डिवीजन संभाग परिक्षेत्र".split())
#: "<name> <designation> का दायित्व संभालेंगे"
_CHARGE = frozenset(normalize_key(w) for w in "दायित्व जिम्मेदारी जिम्मेवारी कार्यभार पद प्रभार".split())
_RESPECTIVELY = frozenset(normalize_key(w) for w in "क्रमशः क्रमश: क्रमश".split())
_ISSUERS = frozenset(normalize_key(w) for w in "जारीकर्ता प्रेषक निवेदक द्वारा".split())  # a signature line's cue
_POST_WORDS = frozenset(normalize_key(w) for w in "पद पदों".split())
#: the charge of these units (<unit> प्रभारी) is a post of its own before a rank: थाना प्रभारी निरीक्षक
_CHARGE_TITLE = normalize_key("प्रभारी")
_CHARGE_UNITS = frozenset(normalize_key(w) for w in "थाना चौकी कोतवाली स्टोर शाखा डिपो वार्ड टीम सेल यातायात".split())
#: owners written in the genitive between two coordinated posts of one holder (… एवं सरकार के प्रवक्ता)
_GAN = normalize_key("गण")
_OWNER_NOUNS = frozenset(normalize_key(w) for w in (
    "सरकार पार्टी संगठन दल विभाग समिति संघ संस्थान ट्रस्ट न्यास मंदिर कंपनी बोर्ड परिषद निगम मंडल प्रकोष्ठ "
    "मोर्चा प्रशासन जिले जिला").split())
#: generic bodies written before an office of theirs (समिति प्रबंधक, कंपनी अध्यक्ष: प्रबंधक, अध्यक्ष)
_BODY_WORDS = frozenset(normalize_key(w) for w in "समिति कंपनी संघ क्लब पैक्स".split())
_NAGAR = normalize_key("नगर")
_TOWN_BODIES = frozenset(normalize_key(w) for w in "पालिका परिषद पंचायत".split())
#: offices of such a body (a designation's ``base``, as written in designation_titles.tsv)
_BODY_OFFICES = frozenset("अध्यक्ष उपाध्यक्ष सचिव प्रबंधक कोषाध्यक्ष".split())
#: a district or block panchayat's chief executive (a designation's ``base``) and the words naming that body
_EXECUTIVES = frozenset({"सीईओ", "मुख्य कार्यपालन अधिकारी"})
_UNIT_LEVELS = frozenset(normalize_key(w) for w in "जिला जनपद".split())
_PANCHAYAT = normalize_key("पंचायत")
_IN = normalize_key("में")  # … को जिला कार्यकारिणी में विशेष आमंत्रित सदस्य बनाया गया
#: a bare title (प्रधान, प्रमुख) after the genitive of a unit is its post: तोशाम इकाई के प्रधान, गड़खल पंचायत की प्रधान
_PRADHAN = "प्रधान"  # the head of a body in Punjab, Haryana, Himachal, J&K (व्यापारी संघ किश्तवाड़ के प्रधान)
_UNIT_NOUNS = frozenset(normalize_key(w) for w in (
    "इकाई पंचायत संघ समिति मंडल यूनियन क्लब सभा परिषद कमेटी एसोसिएशन महासंघ प्रकोष्ठ मोर्चा शाखा "
    "प्रखंड प्रखण्ड ब्लॉक विभाग विभागों संकाय तहसील जिले गांव").split())  # करमाटांड़ प्रखंड के पूर्व प्रमुख, … विभाग के प्रमुख
#: function words that also end women's names (नूर जहां, फरहत जहां): only right after a given name and a cue
_NAME_FINAL_WORDS = frozenset(normalize_key(w) for w in "जहां जहाँ".split())
_PAR = normalize_key("पर")
#: Arabic joiners inside a name (इकराम उल हक, शम्स उद दीन): the word after one belongs to the name
_NAME_JOINERS = frozenset(normalize_key(w) for w in "उल उद उर".split())
#: words that end a woman's name (सुखमनिया बाई, रामकली देवी): an unknown word before one is her given name
_WOMENS_FINALS = frozenset(normalize_key(w) for w in "बाई देवी बेगम खातून".split())
#: presence words that close a list of names (``..., सपना लोवंशी व निशा डामोर मौजूद थे``)
_PRESENCE = frozenset(normalize_key(w) for w in "मौजूद उपस्थित शामिल".split())
#: a guest's part after the name: … श्री राजेश्वर प्रसाद सेमवाल विशिष्ट अतिथि रहे
_GUEST = frozenset(normalize_key(w) for w in "मुख्य विशिष्ट अतिथि".split())
#: particles that may follow a name written after an honorific or a designation (… भगतराम धुर्वे भी शामिल हैं)
_PARTICLES = frozenset(normalize_key(w) for w in "भी ही मय".split())  # (… बैनीवाल मय जाब्ता मौजूद रहे)
#: copulas after a predicative designation (… का पूर्व मुखिया है / था)
_COPULAS = frozenset(normalize_key(w) for w in "है हैं था थे थी थीं रहे रहा रही".split())
#: copulas that close a name after an honorific (... श्री मनहरण लाल कुर्रे होंगे)
_SOFT_SURNAME_CLOSERS = frozenset(normalize_key(w) for w in "ने को , और एवं तथा व सहित समेत".split())
_AFTER_COMMA_LIST = frozenset(normalize_key(w) for w in ", तथा और एवं व".split())
_FUTURE_COPULAS = frozenset(normalize_key(w) for w in "होंगे होंगी होगा होगी है हैं".split())


def _admin_place(text: str, word_ok: bool = False,
                 kinds: tuple[str, ...] = ("state", "ut", "district", "city", "town", "subdistrict")) -> bool:
    """Whether ``text`` names a state, district, city, town or sub-district (not also an ordinary word or
    name, unless ``word_ok``)."""
    from ..gazetteer import Gazetteer

    gaz = Gazetteer.load()
    hits = gaz.lookup(text)
    return bool(hits) and (word_ok or not gaz.is_word(text)) and not gaz.is_stop(text) and hits[0].kind in kinds


#: strong toponymic endings (सिकंदरपुर, सिरसागंज, रसूलाबाद): a word with one that no name lexicon knows is a town
_TOPONYM_ENDS = tuple(normalize_key(w) for w in "पुर पुरा गंज बाद गढ़ खेड़ा सराय".split())


def _toponym(v: "DocView", q: int) -> bool:
    """Whether the word at ``q`` reads as a town's name: a strong toponymic ending, no name-lexicon entry."""
    k = v.keys[q]
    return v.word[q] and len(k) > 4 and k.endswith(_TOPONYM_ENDS) and not v.names[q]


def _gazetteer_place(text: str) -> bool:
    """Whether ``text`` is the name of a state, district or country (not also an ordinary word or name)."""
    return _admin_place(text, kinds=("state", "ut", "country", "district"))


# --------------------------------------------------------------------------- designations


@dataclass(frozen=True)
class Title:
    form: str
    base: str
    category: str
    expansion: str | None
    level: str | None
    portfolio: str | None
    needs_prefix: bool
    singular: str | None = None  # a plural oblique form's singular last word (निदेशकों -> निदेशक)


def plural_oblique(word: str) -> str | None:
    """The plural oblique of a designation word (निदेशक -> निदेशकों, अधिकारी -> अधिकारियों, नेता -> नेताओं),
    or None for an abbreviation or another ending."""
    if not word or not "\u0900" <= word[-1] <= "\u097f":
        return None
    last = word[-1]
    if last == "ी":
        return word[:-1] + "ियों"
    if last == "ा":
        return word + "ओं"
    if "\u0915" <= last <= "\u0939" or last == "\u093c":  # a consonant (or its nukta)
        return word + "ों"
    return None


@dataclass(eq=False)
class RoleMatch:
    start: int  # positions [start, end) of the designation (with पूर्व)
    end: int
    former: bool
    level: str | None
    portfolio: str | None
    title: Title
    after: int = -1  # first position after the designation and its "(qualifier)"
    prefix_start: int = -1  # start including a genitive organisation/jurisdiction
    qualifier: tuple[int, int] | None = None
    organization: OrgMention | None = None
    jurisdiction: tuple[int, int] | None = None
    pre_honorific: tuple[int, int] | None = None
    abbreviation: tuple[int, int] | None = None  # a bracketed short form right after it: (एक्सईएन)
    post_list: bool = False  # written "<designation> पद पर <names>": every listed name holds it
    respectively: bool = False  # written "<designation> क्रमशः <names>"


def _singular_title(text: str, title: Title) -> str:
    """The designation as written, its plural last word made singular (कंपनी के निदेशकों -> निदेशक): the post each
    listed person holds."""
    if not title.singular:
        return text
    head, _, _last = text.rpartition(" ")
    return f"{head} {title.singular}" if head else title.singular


class RoleLexicon:
    """The designation lexicon (levels x portfolios x titles), compiled once (use :meth:`get`)."""

    def __init__(self) -> None:
        self.former: KeyTrie[bool] = KeyTrie()
        self.modifiers: KeyTrie[str] = KeyTrie()
        self.post: KeyTrie[str] = KeyTrie()  # qualifiers written after a title (एसपी ग्रामीण, एडीजी जोन)
        self.levels: KeyTrie[str] = KeyTrie()
        self.units: KeyTrie[str] = KeyTrie()  # unit words (शाखा, इकाई, समिति): also after a level (जिला समिति सदस्य)
        self.portfolios: KeyTrie[str] = KeyTrie()
        self.titles: KeyTrie[Title] = KeyTrie()
        for row in read_tsv("designation_levels.tsv"):
            if row["kind"] == "former":
                self.former.add_form(row["form"], True)
            elif row["kind"] == "modifier":
                self.modifiers.add_form(row["form"], row["form"])
            elif row["kind"] == "post":
                self.post.add_form(row["form"], row["form"])
            else:
                self.levels.add_form(row["form"], row["level"])
                if row["kind"] == "unit":
                    self.units.add_form(row["form"], row["level"])
        for row in read_tsv("designation_portfolios.tsv"):
            self.portfolios.add_form(row["form"], row["portfolio"])
        lex = NameLexicon.load()
        self.joiners = frozenset(k for k, kind in lex.stop.items() if kind == "coordinator")
        self.genitives = frozenset(k for k, kind in lex.stop.items() if kind == "genitive")
        self.list_joiners = self.joiners | {","}  # बागवानी, राजस्व एवं जनजातीय विकास मंत्री
        plurals: list[tuple[str, Title]] = []
        for row in read_tsv("designation_titles.tsv"):
            t = Title(row["form"], row["base"], row["category"], row["expansion"] or None,
                      row["level"] or None, row["portfolio"] or None, row["bare"] == "n")
            self.titles.add_form(row["form"], t)
            *head, last = row["form"].split()
            plural = plural_oblique(last) if not row["expansion"] else None  # (not an abbreviation: डीएम)
            if plural:  # निदेशकों स्नेहलता नायक और बिकाश चंद्र राउत: a plural post before a list of names
                plurals.append((" ".join([*head, plural]), replace(t, form=" ".join([*head, plural]), singular=last)))
        for form, t in plurals:
            if self.titles.get(form_keys(form)) is None:
                self.titles.add_form(form, t)
        self._pair_joiners = frozenset({"-", "–", "/"}) | self.joiners
        # association heads: a designation right before one names the members (लेखपाल संघ)
        self.assoc_heads = frozenset(form_keys(f)[0] for row in read_tsv("organizations.tsv")
                                     if row["pattern"] == "head_assoc" or row["name"] in _MEMBER_BODIES
                                     for f in [row["name"], *split_multi(row["aliases"])] if form_keys(f))
        #: two-word organisation heads opening with a designation's last word (पुजारी मंडल): no designation there
        self.head_pairs = frozenset(tuple(form_keys(f)) for row in read_tsv("organizations.tsv")
                                    if row["pattern"].startswith("head")
                                    for f in [row["name"], *split_multi(row["aliases"])] if len(form_keys(f)) == 2)
        #: (glued ending, title) of titles that join the noun before them by sandhi: X + अध्यक्ष = Xाध्यक्ष
        self.glued_suffixes = tuple(
            (normalize_key(row["glued"]), self.titles.get(form_keys(row["title"])))
            for row in read_tsv("designation_glued.tsv"))
        missing = [row["title"] for row, (_, t) in zip(read_tsv("designation_glued.tsv"), self.glued_suffixes) if t is None]
        if missing:
            raise ValueError(f"designation_glued.tsv: titles not in designation_titles.tsv: {missing}")
        #: nouns of an activity that never join the compound before a title (उद्घाटन विधायक ने किया)
        self.compound_stops = activity_nouns()
        #: the title of a unit's charge (थाना प्रभारी) before a rank (:meth:`_charge_then_rank`)
        self.charge_title = self.titles.get(form_keys("प्रभारी"))
        # single words that are a designation part by themselves (बूथ, प्रदेश, वित्त, मंत्री)
        self.words = frozenset(
            keys[0] for trie in (self.levels, self.portfolios, self.titles, self.former, self.modifiers)
            for keys in trie.entries() if len(keys) == 1)

    @classmethod
    @lru_cache(maxsize=1)
    def get(cls) -> "RoleLexicon":
        return cls()

    @property
    def size(self) -> dict[str, int]:
        return {"levels": self.levels.size, "former": self.former.size, "modifiers": self.modifiers.size,
                "portfolios": self.portfolios.size, "titles": self.titles.size}

    def match_at(self, view: DocView, p: int) -> RoleMatch | None:
        """The longest designation starting at position ``p``:
        ``[former] [modifier]* [level [modifier]] [portfolio (एवं portfolio)*] title``
        (``पूर्व केंद्रीय वित्त मंत्री``, ``वरिष्ठ उप निदेशक``, ``प्रदेश सह कोषाध्यक्ष``)."""
        best: tuple[tuple[int, int], RoleMatch] | None = None
        n = len(view)

        def ok(start: int, end: int) -> bool:  # a component boundary inside one sentence
            return end == start or (end < n and not view.brk[end])

        for a, former in [(p, False)] + [(e, True) for e, _ in self.former.matches(view, p)]:
            if not ok(p, a):
                continue
            for a2, level, b in self._prefix_ends(view, a, ok):
                ports = [(b, None)] + [(e, vals) for e, vals in self.portfolios.chains(view, b, self.list_joiners)]
                for c, pvals in ports:
                    if not ok(b, c):
                        continue
                    portfolio = None
                    if pvals:
                        portfolio = pvals[0] if len(pvals) == 1 else view.text(b, c)
                    for d, title in self.titles.matches(view, c) or self._glued(view, c):
                        if title.needs_prefix and level is None and portfolio is None and a2 == a \
                                and not (former and title.category == "local") \
                                and not (d < n and not view.brk[d] and view.keys[d] in _POST_WORDS) \
                                and not (d < n and not view.brk[d] and is_pre_honorific(view, d)) \
                                and not (d + 1 < n and not view.brk[d] and "given" in view.names[d]
                                         and not view.stop[d] and view.names[d + 1] & {"surname", "middle"}
                                         and (p == 0 or view.brk[p] or view.punct[p - 1]
                                              or view.stop[p - 1] == "postposition")) \
                                and not (p >= 2 and not view.brk[p] and not view.brk[p - 1]
                                         and view.keys[p - 1] in self.genitives
                                         and (view.keys[p - 2] in _UNIT_NOUNS
                                              or title.base == _PRADHAN and _gazetteer_place(view.text(p - 2, p - 1)))):
                            continue  # (पूर्व प्रधान; संचालक पद पर, प्रधान श्री ...: the post word or an honorific
                            # after it confirms it, or a given name and a surname after a boundary: ... में प्रधान
                            # हरजिंदर सिंह बाजवा की अध्यक्षता; a unit before के, or a district before प्रधान's के: व्यापारी संघ
                            # किश्तवाड़ के प्रधान; not किश्तवाड़ के प्रतिनिधि)
                        rank = (d, -c)  # longest; then the longest title
                        if best is None or rank > best[0]:
                            best = (rank, RoleMatch(p, d, former, level or title.level,
                                                    portfolio or title.portfolio, title))
        return best[1] if best else None

    def _glued(self, view: DocView, c: int) -> list[tuple[int, Title]]:
        """A one-word designation the lexicon lacks, glued from a noun and a title by sandhi
        (``केंद्राधीक्षक``, ``प्रखंडाध्यक्ष``, ``कोषाधिकारी``): its title is the known title it ends in."""
        if c >= len(view) or not view.word[c] or view.dotted[c] or view.names[c] \
                or view.stop[c] not in (None, "common"):
            return []
        k = view.keys[c]
        for suffix, title in self.glued_suffixes:
            if k.endswith(suffix) and len(k) - len(suffix) >= 2:
                return [(c + 1, Title(view.text(c, c + 1), title.base, title.category, None, None, None, False))]
        return []

    def _prefix_ends(self, view: DocView, a: int, ok) -> list[tuple[int, str | None, int]]:
        """(end of the modifiers, level, end of the level and its modifier) for the words from ``a`` on."""
        out = []
        for a2 in self._modifier_ends(view, a, 2):
            if not ok(a, a2):
                continue
            for b0, level in [(a2, None)] + self.levels.matches(view, a2):
                if not ok(a2, b0):
                    continue
                for b in (self._modifier_ends(view, b0, 1) if level is not None else [b0]):
                    if ok(b0, b):
                        out.append((a2, level, b))
                        if level is not None:  # जिला समिति सदस्य, प्रदेश इकाई अध्यक्ष: a unit after the level
                            out.extend((a2, level, u) for u, _ in self.units.matches(view, b) if ok(b, u))
        return out

    def _modifier_ends(self, view: DocView, a: int, most: int) -> list[int]:
        """Ends of up to ``most`` modifiers written from ``a`` on (``वरिष्ठ उप``), ``a`` itself first."""
        ends, frontier = [a], [a]
        for _ in range(most):
            frontier = [e for f in frontier for e, _ in self.modifiers.matches(view, f)
                        if e < len(view) and not view.brk[e]]
            ends.extend(frontier)
        return ends

    def _charge_then_rank(self, view: DocView, m: RoleMatch) -> RoleMatch | None:
        """``थाना प्रभारी निरीक्षक``, ``स्टोर प्रभारी फार्मासिस्ट``: the charge of a unit (``<unit> प्रभारी``) written
        before the holder's rank or profession is a post of its own; the first of the two, else None."""
        for q in range(m.start, m.end - 1):
            if view.keys[q] != _CHARGE_TITLE or q == 0 or view.keys[q - 1] not in _CHARGE_UNITS or view.brk[q]:
                continue
            rest = self.match_at(view, q + 1)
            if rest is None or rest.end != m.end or rest.title.category in ("government", "party", "legislature"):
                return None
            return RoleMatch(min(m.start, q - 1), q + 1, m.former, None, None, self.charge_title)
        return None

    def find_all(self, view: DocView) -> list[RoleMatch]:
        out: list[RoleMatch] = []
        p = 0
        while p < len(view):
            m = self.match_at(view, p) if view.word[p] else None
            if m is not None and m.end < len(view) and view.keys[m.end] in self.assoc_heads and not view.brk[m.end]:
                p = m.end  # लेखपाल संघ, शिक्षक संघ: the name of an association, not a designation
                continue
            if m is not None and m.end < len(view) and (view.keys[m.end - 1], view.keys[m.end]) in self.head_pairs \
                    and not view.brk[m.end]:
                p = m.end  # तुलजापुर पुजारी मंडल: an organisation head of two words
                continue
            if m is not None and m.end + 2 < len(view) and view.keys[m.end] in self._pair_joiners \
                    and view.word[m.end + 1] and view.keys[m.end + 2] in self.assoc_heads \
                    and not any(view.brk[q] for q in range(m.end, m.end + 3)) \
                    and self.match_at(view, m.end + 1) is not None:
                p = m.end + 2  # आंगनबाड़ी सेविका-सहायिका संघ, सेविका एवं सहायिका संघ: members of two posts
                continue
            if m is not None:
                split = self._charge_then_rank(view, m)
                if split is not None:
                    out.append(split)  # थाना प्रभारी | निरीक्षक, स्टोर प्रभारी | फार्मासिस्ट: two posts
                    m = self.match_at(view, split.end)
                out.append(m)
                p = m.end
                if p + 1 < len(view) and view.keys[p] == _CUM and not view.brk[p + 1] \
                        and self.match_at(view, p + 1) is not None:
                    p += 1  # बीडीओ सह निर्वाची पदाधिकारी: सह is "cum" between two designations, no modifier
            else:
                p += 1
        return out



# --------------------------------------------------------------------------- candidates


#: bodies of members besides the association heads (head_assoc): a designation before one names the members
#: (छत्तीसगढ़ सहायक शिक्षक फेडरेशन)
_MEMBER_BODIES = frozenset({"फेडरेशन", "मोर्चा", "मंच"})
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}  # a nickname's opening quote -> its closing quote


@dataclass(eq=False)
class _Cand:
    start: int  # name positions [start, end)
    end: int
    hon: tuple[int, int] | None = None
    suffix: int | None = None
    evidence: set = field(default_factory=set)
    conf: float = 0.0
    roles: dict = field(default_factory=dict)  # role index -> link type

    @property
    def after(self) -> int:
        return self.end + (1 if self.suffix is not None else 0)


class _Doc:
    """Per-document working state."""

    def __init__(self, comp: "PeopleComponent", doc: Doc):
        self.doc = doc
        self.lex = comp.lex
        self.view = v = DocView(doc, comp.lex)
        self.n = len(v)
        self.roles_lex = comp.roles
        self.roles = [r for r in comp.roles.find_all(v) if not self._surname_not_role(r)]
        ends = {r.end for r in self.roles}
        self.roles = [r for r in self.roles if not self._initials_not_role(r, ends)]
        self.roles = self._bracketed_abbreviations(self.roles)
        taken = {q for r in self.roles for q in range(r.start, r.end)}
        for r in self.roles:
            r.start = self._compound_start(r, taken)
            # समिति प्रबंधक, कंपनी अध्यक्ष, नगर पालिका अध्यक्ष, क्लब सचिव: a generic body written before an office
            # of it is not part of the post (the golden guidelines strip it: प्रबंधक, अध्यक्ष)
            while r.end - r.start > 1 and r.title.base in _BODY_OFFICES and not r.former:
                if v.keys[r.start] in _BODY_WORDS:
                    r.start += 1
                elif r.end - r.start > 2 and v.keys[r.start] == _NAGAR and v.keys[r.start + 1] in _TOWN_BODIES:
                    r.start += 2  # नगर पालिका अध्यक्ष (not नगर अध्यक्ष, a party's town level)
                else:
                    break
            # जिला पंचायत सीईओ, जनपद पंचायत के मुख्य कार्यपालन अधिकारी: the body's chief executive is the post
            # (not जिला पंचायत अध्यक्ष or सदस्य, elected posts named with their body)
            if r.end - r.start > 2 and r.title.base in _EXECUTIVES and v.keys[r.start] in _UNIT_LEVELS \
                    and v.keys[r.start + 1] == _PANCHAYAT:
                r.start += 2
        self.role_tok = {q: i for i, r in enumerate(self.roles) for q in range(r.start, r.end)}
        self.role_start = {r.start: i for i, r in enumerate(self.roles)}
        org_ents = ent_positions(doc, v, comp.org_labels) if comp.use_ner else []
        self.orgs = comp.orgs.find(v, self.role_tok.keys(), self.role_start.keys(), org_ents)
        self.org_tok = {q: m for m in self.orgs for q in range(m.start, m.end)}
        self.org_end = {m.end: m for m in self.orgs}
        self.org_start = {m.start: m for m in self.orgs}
        #: positions inside a NER person entity (evidence for a name the lexicons do not know)
        self.ner_person = {q for a, b in (ent_positions(doc, v, comp.ner_labels) if comp.use_ner else [])
                           for q in range(a, b)}
        self.use_ner = comp.use_ner
        self.genitive = comp.genitive
        self.coordinators = comp.coordinators
        self.designation_words = comp.roles.words
        self.cands: dict[tuple[int, int], _Cand] = {}
        self.aliases: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (name, alias) of उर्फ
        self._attach()
        self.role_prefix = {r.prefix_start: i for i, r in enumerate(self.roles)}

    # ---------------------------------------------------------------- roles

    def _compound_start(self, r: RoleMatch, taken: set[int]) -> int:
        """The start of a designation with the noun compound written before it, from the backbone's tags (BIS
        ``NNC``/``NNPC``; an adjective opening it after a boundary): ``प्रबंध मंडल सदस्य``, ``स्टाफ नर्स``,
        ``साइबर डीएसपी``, ``मुख्य अस्पताल अधीक्षक``. Only known common words join (no name, place, honorific or
        designation word), after a boundary; without a tagger the designation is unchanged."""
        v = self.view
        from ..gazetteer import Gazetteer

        best, q = r.start, r.start - 1
        gaz = Gazetteer.load()
        while q >= 0 and r.start - q <= 3 and not v.brk[q + 1] and q not in taken:
            tag = v.tokens[q].tag_
            k = v.keys[q]
            if not v.word[q] or v.dotted[q] or v.stop[q] != "common" or v.names[q] or k in self.roles_lex.compound_stops \
                    or k in self.lex.honorifics or k in self.roles_lex.words or gaz.lookup(v.text(q, q + 1)):
                break
            if tag in _COMPOUND_TAGS:
                best = q
            elif tag in ("JJ", "QF") and best == q + 1 and best < r.start and (
                    q == 0 or v.brk[q] or v.punct[q - 1] or v.hard(q - 1)):
                best = q
                break
            else:
                break
            q -= 1
        if best < r.start and not (best == 0 or v.brk[best] or v.punct[best - 1] or v.hard(best - 1)
                                   or (best - 1) in taken):
            return r.start  # the compound must open after a boundary or a designation
        return best

    def _surname_not_role(self, r: RoleMatch) -> bool:
        """``जीतू पटवारी ने``, ``मनोज कानूनगो ने``: a one-word designation that is also a surname, written right
        after a name word and before ने/का/,, is the surname."""
        v, q = self.view, r.start
        if r.end - r.start != 1 or "surname" not in v.names[q] or q == 0 or v.brk[q]:
            return False
        prev = q - 1
        if not v.word[prev] or v.dotted[prev] or v.stop[prev] not in (None, NOUN_NAME) or \
                v.keys[prev] in self.lex.honorifics or v.keys[prev] in _APPOSITION_NOUNS:
            return False
        return r.end >= self.n or v.boundary(r.end) or v.keys[r.end] in _AFTER_NAME

    def _initials_not_role(self, r: RoleMatch, role_ends: set[int]) -> bool:
        """``अपर मुख्य अधिकारी एस. पी. यादव``: letters written apart that spell a designation (एसपी), right
        after another designation or an honorific and before a known name word, are a person's initials."""
        v, q = self.view, r.start
        if r.end - r.start < 2 or not all(v.is_initial(x) for x in range(r.start, r.end)):
            return False
        if not all(v.keys[x] in self.lex.latin for x in range(r.start, r.end)):
            return False  # पु०नि०, उ०नि०: Hindi syllables abbreviate a rank (a person's initials are letter names)
        if r.end >= self.n or v.brk[r.end] or not v.names[r.end]:
            return False
        return q > 0 and not v.brk[q] and (q in role_ends or is_pre_honorific(v, q - 1))

    def _bracketed_abbreviations(self, roles: list[RoleMatch]) -> list[RoleMatch]:
        """``अधिशासी अभियन्ता (एक्सईएन) सत्येंद्र नाथ चौरसिया``, ``वरिष्ठ मंडल वाणिज्य प्रबंधक (सीनियर डीसीएम) ...``: a
        short designation (up to three words) in brackets right after another is that designation's short form,
        not a designation of its own."""
        v, out = self.view, []
        for r in roles:
            prev = out[-1] if out else None
            if prev is not None and r.end - r.start <= 3 and r.start == prev.end + 1 and v.keys[prev.end] == "(" \
                    and r.end < self.n and v.keys[r.end] == ")" and not r.former:
                prev.abbreviation = (r.start, r.end)
                continue
            out.append(r)
        return out

    def _attach(self) -> None:
        v, n = self.view, self.n
        for r in self.roles:
            r.after = r.end
            if r.abbreviation is not None:
                r.after = r.abbreviation[1] + 1
            elif r.end < n and v.keys[r.end] == "(":
                close = next((q for q in range(r.end + 1, min(n, r.end + 6)) if v.keys[q] == ")"), None)
                if close is not None and close > r.end + 1 and (r.end + 1) not in self.role_start:
                    inner = [m for m in self.orgs if m.start == r.end + 1 and m.end == close]
                    if inner:
                        r.organization = inner[0]
                    elif all(v.word[q] for q in range(r.end + 1, close)) and close - r.end - 1 <= 3:
                        r.qualifier = (r.end + 1, close)
                    if inner or r.qualifier:
                        r.after = close + 1
            if r.after == r.end and r.qualifier is None and r.organization is None:
                self._post_qualifier(r)
            if r.after + 2 < n and v.keys[r.after] == "," and r.organization is None and not v.brk[r.after + 1]:
                # प्रमुख सचिव, नमामि गंगे एवं ग्रामीण जलापूर्ति विभाग श्री अनुराग भटनागर: the department between
                # the designation and its holder
                q = r.after + 1
                while q < n and q - r.after <= 8 and not v.brk[q] and v.word[q] \
                        and (not v.hard(q) or v.keys[q] in self.coordinators) \
                        and q not in self.org_end and q not in self.role_start:
                    q += 1
                m = self.org_end.get(q)
                if m is not None and m.start > r.after and q < n and not v.brk[q] \
                        and (is_pre_honorific(v, q) or "given" in v.names[q]):
                    r.organization, r.after = m, q
            m = self.org_start.get(r.after) if r.after < n and not v.brk[r.after] else None
            if m is not None and r.organization is None and m.end < n and not v.brk[m.end] \
                    and (is_pre_honorific(v, m.end) or "given" in v.names[m.end]):
                r.organization, r.after = m, m.end  # सीईओ जिला पंचायत श्री अंकित कुमार गर्ग
            if r.after < n and v.keys[r.after] in _RESPECTIVELY and not v.brk[r.after]:
                r.after += 1  # ... के ब्लॉक अध्यक्ष क्रमशः श्री ..., श्री ... और श्री ...
                r.respectively = True
            g = 1 if r.after + 2 < n and v.keys[r.after] in self.genitive and not v.brk[r.after] else 0
            if r.after + g + 1 < n and v.keys[r.after + g] in _POST_WORDS and v.keys[r.after + g + 1] == _PAR \
                    and not v.brk[r.after + g] and not v.brk[r.after + g + 1]:
                r.after += g + 2  # प्रदेश उपाध्यक्ष पद पर ..., सहायक प्राध्यापक के पदों पर ...: the names hold the post
                r.post_list = True
            s = r.start
            r.prefix_start = s
            inner = [m for m in self.orgs if m.start == s and m.end <= r.end]
            if inner and r.organization is None:  # नगर निगम आयुक्त, जिला पंचायत सीईओ
                r.organization = inner[0]
            if s - 1 >= 0 and v.keys[s - 1] in self.genitive and not v.brk[s]:
                g = s - 1
                m = self.org_end.get(g)
                if m is not None:
                    r.organization, r.prefix_start = m, m.start
                else:
                    xs = g
                    while xs - 1 >= 0 and g - (xs - 1) <= 3 and not v.brk[xs]:
                        q = xs - 1
                        if not v.word[q] or v.dotted[q] or v.hard(q) or q in self.role_tok or q in self.org_tok:
                            break
                        xs = q
                    # a jurisdiction ends in a place or an unknown word, never in a common noun or a
                    # plural oblique (विभाग के सचिव, वार्डों के पार्षद)
                    if xs < g and v.stop[g - 1] != "common" and not v.keys[g - 1].endswith("ों"):
                        places = all(v.stop[q] == "place" for q in range(xs, g))
                        if r.title.category in JURISDICTIONAL or places:
                            r.jurisdiction, r.prefix_start = (xs, g), xs
            elif s in self.org_end and not v.brk[s]:
                m = self.org_end[s]
                r.organization, r.prefix_start = m, m.start
            if r.jurisdiction is None and r.organization is None and r.title.category in JURISDICTIONAL:
                self._jurisdiction_before(r)
            q = r.prefix_start
            while q - 1 >= 0 and is_pre_honorific(v, q - 1) and not v.brk[q]:
                q -= 1
            if q < r.prefix_start:
                r.pre_honorific = (q, r.prefix_start)

    def _jurisdiction_before(self, r: RoleMatch) -> None:
        """``करंजिया बीएमओ डॉ. ...``, ``खुरई एसडीएम मनोज ...``, ``दाउदनगर एसडीपीओ``: one place word right before an
        administrative or police designation, after a boundary (a comma, a coordinator, a case marker, the
        sentence start), is the post's jurisdiction: a place of the gazetteer, or a word no lexicon knows."""
        v, q = self.view, r.prefix_start - 1
        if q < 0 or v.brk[r.prefix_start] or not v.word[q] or v.dotted[q] or v.names[q]:
            return
        if q in self.role_tok or q in self.org_tok or is_pre_honorific(v, q) or v.keys[q] in self.designation_words:
            return
        if v.stop[q] not in (None, "place") or v.keys[q].endswith("ों"):
            return
        b = q - 1
        if not (b < 0 or v.brk[q] or v.punct[b] or v.hard(b) or v.keys[b] in _SE_LIKE):
            return
        if v.stop[q] is None and not self._place_between(q, q + 1) and not _admin_place(v.text(q, q + 1), True):
            # an unknown word: a jurisdiction only when a name (or an honorific) follows the designation
            a = r.after
            if not (a < self.n and not v.brk[a] and (is_pre_honorific(v, a) or v.names[a])):
                return
        r.jurisdiction, r.prefix_start = (q, q + 1), q

    def _post_qualifier(self, r: RoleMatch) -> None:
        """A qualifier written after the title, without brackets: ``पुलिस अधीक्षक ग्रामीण``, ``एडीजी जोन``,
        ``अधिशासी अभियंता विद्युत`` (a post word or a portfolio; not a known name word, not part of an
        organisation or another designation). It becomes the role's ``qualifier``, as ``एडीएम (वित्त)``."""
        v, n, lexicon = self.view, self.n, self.roles_lex
        a = r.end
        if a >= n or v.brk[a]:
            return
        ends = [(e, True) for e, _ in lexicon.post.matches(v, a)] + \
            [(e, False) for e, _ in lexicon.portfolios.matches(v, a)]
        for e, post in sorted(set(ends), reverse=True):
            # a portfolio that is also a name word opens the name (संयोजक विकास यादव); a post word never does
            if e >= n or v.brk[e] or (v.names[a] and not post) or any(
                    q in self.org_tok or q in self.role_tok or v.brk[q] and q > a for q in range(a, e)):
                continue
            if e in self.org_tok or e in self.role_tok or not v.word[e]:
                continue  # विभाग, मंत्रालय ... (an organisation), another designation, punctuation
            if not post and not (v.names[e] or is_pre_honorific(v, e) or v.is_initial(e)):
                continue  # मुख्यमंत्री आवास पर, मंत्री राहत सामग्री: a noun, not a portfolio, unless a name follows
            if post and e - a == 1 and "\u0949" in v.text(a, e):
                continue  # उम्मीदवार जॉन मैक्केन: जॉन (the name, with ॉ) is no post word जोन (zone)
            if all(v.is_initial(q) for q in range(a, e)) and v.word[e] and not v.dotted[e] and v.stop[e] is None:
                continue  # डिपो प्रबंधक एच. आर. मंजुनाथ: letters written apart before a name are its initials (not HR)
            # written without brackets, the qualifier is part of the post as written (उप संचालक कृषि, एसपी
            # ग्रामीण: the golden guidelines keep it), unlike a bracketed one (एडीएम (वित्त) -> एडीएम)
            r.qualifier, r.after, r.end = (a, e), e, e
            return

    def chain(self, i: int) -> list[int]:
        """Designations coordinated with role ``i``: प्रदेश प्रवक्ता एवं ... प्रदेश संयोजक."""
        v = self.view
        out = [i]
        while True:
            a = self.roles[out[-1]].after
            if a + 1 < self.n and v.keys[a] == _CUM and not v.brk[a] and (a + 1) in self.role_prefix \
                    and self.roles[self.role_prefix[a + 1]].start == a + 1:
                out.append(self.role_prefix[a + 1])  # बीडीओ सह निर्वाची पदाधिकारी: one holder, two posts
                continue
            if a < self.n and v.keys[a] in self.coordinators and not v.brk[a]:
                j = self.role_prefix.get(a + 1)
                if j is not None and j not in out and not v.brk[a + 1]:
                    out.append(j)
                    continue
                j = self._owner_then_role(a + 1)
                if j is not None and j not in out:
                    out.append(j)  # कैबिनेट मंत्री एवं सरकार के प्रवक्ता दिनेश चंद्र थपलियाल: one holder
                    continue
            j = self.role_start.get(a) if a < self.n and not v.brk[a] else None
            if j is not None and j not in out and self.roles[j].prefix_start == a:
                out.append(j)  # stacked: थानाध्यक्ष पुलिस अवर निरीक्षक कुमारी अर्चना सिंह
                continue
            r = self.roles[out[-1]]
            j = self.role_start.get(a + 1) if a + 1 < self.n and not v.brk[a] and not v.brk[a + 1] else None
            if j is not None and j not in out and self.roles[j].prefix_start == a + 1 and r.jurisdiction is None \
                    and r.title.category in JURISDICTIONAL and self.roles[j].title.category in ("police", "admin") \
                    and v.word[a] and not v.names[a] and a not in self.role_tok and a not in self.org_tok \
                    and (self._place_between(a, a + 1) or v.stop[a] is None and r.title.category == "police"
                         and self.roles[j].title.category == "police"):
                # एसएचओ रामगढ़ इंस्पेक्टर मोहम्मद असलम चौधरी, तत्कालीन एसएचओ कूरेभार उपनिरीक्षक …: the post's
                # station or place, then the holder's rank
                r.jurisdiction = (a, a + 1)
                out.append(j)
                continue
            return out

    def _owner_then_role(self, q: int) -> int | None:
        """The designation after a short owner in the genitive at ``q`` (``सरकार के प्रवक्ता``, ``पार्टी के
        प्रदेश सचिव``, ``भाजपा के जिलाध्यक्ष``): an organisation, a place or an owner noun, then के/की/का."""
        v = self.view
        for g in range(q + 1, min(q + 4, self.n - 1)):
            if any(v.brk[x] for x in range(q, g + 2)):
                return None
            if v.keys[g] in self.genitive:
                owner = all(x in self.org_tok or v.stop[x] == "place" or v.keys[x] in _OWNER_NOUNS
                            for x in range(q, g))
                j = self.role_prefix.get(g + 1)
                return j if owner and j is not None and self.roles[j].start == g + 1 else None
        return None

    # ---------------------------------------------------------------- names

    def honorifics_at(self, p: int) -> tuple[int, int] | None:
        q = p
        while q < self.n and is_pre_honorific(self.view, q) and (q == p or not self.view.brk[q]):
            q += 1
        return (p, q) if q > p else None

    def name_word(self, q: int, first: bool) -> bool:
        v = self.view
        if q >= self.n or not v.word[q] or v.dotted[q] or len(v.keys[q]) < 2:
            return False
        if q in self.role_tok or q in self.org_tok or v.hard(q) or is_post_honorific(v, q):
            return False
        if v.keys[q] in self.designation_words and not v.names[q]:
            return False
        if v.keys[q].endswith("ों") and not v.names[q] and not (q > 0 and v.keys[q - 1] in _SIKH_MIDDLE):
            return False  # संचालकों, किसानों: a plural oblique noun, never a name (but हरजिंदर सिंह कहलों)
        if v.keys[q].endswith(_GAN) and len(v.keys[q]) > len(_GAN) + 2 and not v.names[q]:
            return False  # प्राध्यापकगण, अधिकारीगण: a plural of respect, never a name
        if (v.keys[q] in _APPOSITION_NOUNS or v.keys[q] in _FACILITY) and not v.names[q]:
            return False  # आरोपित, किसान, पिता: a noun the name stands in apposition to; मस्जिद, मार्ग
        if is_pre_honorific(v, q) and not v.names[q]:
            return False
        if v.soft(q):
            # a common word is part of a name only right before a known surname (कमल सिंह, श्याम सुंदर यादव)
            # a place word only before a middle name (भुवनेश्वर प्रसाद साहू, अयोध्या प्रसाद; not कानपुर देहात)
            return q + 1 < self.n and bool(v.names[q + 1] & {"surname", "middle"}) and not v.brk[q + 1] \
                and (v.stop[q] != "place" or "middle" in v.names[q + 1]
                     or q > 0 and v.keys[q - 1] in _NAME_PREFIXES  # मो. इसराइल आलम
                     or q > 0 and ((q - 1) in self.role_tok or is_pre_honorific(v, q - 1))
                     and not _admin_place(v.text(q + 1, q + 2), kinds=("state", "ut", "district")))
            # (a place word before a surname right after a post or an honorific: मुख्य कार्यकारी अधिकारी वैशाली
            # गोडबोले)
        return True

    def _soft_surname_ok(self, q: int) -> set[int]:
        """{q} when the common or place word at ``q`` may close a name as its surname: a word that is no
        designation, organisation, event or Indian state/district, followed by ने/को/a list comma/और."""
        v = self.view
        if q + 1 >= self.n or v.brk[q + 1] or (v.keys[q + 1] not in _SOFT_SURNAME_CLOSERS
                                               and (q + 1) not in self.role_prefix):
            return set()
        if q in self.role_tok or q in self.org_tok or v.keys[q] in self.designation_words or v.dotted[q] \
                or not v.word[q] or v.stop[q] not in ("common", "place") \
                or _admin_place(v.text(q, q + 1), kinds=("state", "ut", "district")):
            return set()
        return {q}

    def _common_word_surname(self, words: list[int], q: int, strong: bool, after_role: bool) -> bool:
        """Whether the common (or place) word at ``q`` closes the name ``words`` as its surname:
        - after an honorific (``strong``) and one or two name words, or after a post and one word, closed by a list
          comma, a coordinator or a case marker (श्री धनेश्वर ध्रुव, ...; श्री सोनम छेरिंग बोध और); after a post only
          सरकार (अधिकारी सौमेन सरकार ने) or a word after a known given name closed by ने (संचालक दत्तात्रय माने ने);
          after an honorific also closed by a word of presence (श्रीमती सुरेखा कदम उपस्थित थीं);
        - after an honorific and a known given name, at the end of a signature's name line before a designation
          (डॉ. रोहिणी माने / जनसंपर्क अधिकारी);
        - a verb form after a known given name, closed by ने (after an honorific also by a case marker): होता, कर,
          जाना, सुना are surnames of the east."""
        v, n = self.view, self.n
        if v.brk[q] or not v.word[q] or v.dotted[q] or q in self.role_tok or q in self.org_tok \
                or v.keys[q] in self.designation_words:
            return False
        one_given = len(words) == 1 and "given" in v.names[words[0]]
        if one_given and v.stop[q] == "verb" and q + 1 < n and not v.brk[q + 1] and (
                v.keys[q + 1] == _ERGATIVE or strong and v.keys[q + 1] in _CLOSING_CASE):
            return True  # श्री रघुनाथ होता ने, शुभेंदु कर ने: a verb form never stands before ने; a surname does
        if (strong or after_role) and 1 <= len(words) <= 2 and v.stop[q] == "verb" and q + 1 < n \
                and not v.brk[q + 1] and v.keys[q + 1] == _ERGATIVE \
                and all(v.word[w] and not v.soft(w) for w in words):
            return True  # सुश्री तपस्विनी होता ने, एलडीएम श्री बिभूति भूषण कर ने: after a title, an unknown name too
        if strong and one_given and v.stop[q] == "common" and (
                q + 1 >= n or v.brk[q + 1] and "\n" in v.text(q, q + 2)
                and ((q + 1) in self.role_start or (q + 1) in self.role_prefix)):
            return True
        if not (len(words) == 1 or strong and len(words) == 2 and "surname" not in v.names[words[1]]
                and not self._place_between(words[0], words[-1] + 1) and v.stop[words[0]] != "place"):
            return False
        if not (strong or after_role and (v.keys[q] in _SURNAME_HEADS_OF_BODIES
                                          or one_given and q + 1 < n and v.keys[q + 1] == _ERGATIVE)):
            return False
        if v.stop[q] not in ("common", "place") or _admin_place(v.text(q, q + 1), kinds=("state", "ut", "district")):
            return False
        if q + 1 >= n or v.brk[q + 1]:
            return False
        k = v.keys[q + 1]
        return k == "," or k in self.coordinators or k in _CLOSING_CASE or strong and k in _PRESENCE

    def closes(self, after: int) -> bool:
        """Whether a name written without an honorific may end before ``after``."""
        v = self.view
        return (v.boundary(after) or after in self.role_start or after in self.role_prefix
                or is_pre_honorific(v, after) or v.stop[after] in ("verb", "adverb") or v.keys[after] in _PRESENCE
                or v.keys[after] in _GUEST)

    def parse_name(self, p: int, strong: bool, after_role: bool = False) -> _Cand | None:
        v, n = self.view, self.n
        q = p
        while q < n and q - p < 4 and v.is_initial(q) and (q == p or not v.brk[q]) \
                and q not in self.role_tok and q not in self.org_tok:
            q += 1
        words: list[int] = []
        while q < n and len(words) < 4:
            if q > p and v.brk[q]:
                break
            if words and v.keys[q] in _SURNAME_LEVELS and q not in self.role_tok and not v.names[q] \
                    and (v.names[words[-1]] & {"given", "middle"} or strong or after_role) and q + 1 < n \
                    and not v.brk[q + 1] \
                    and (v.keys[q + 1] in _AFTER_NAME or v.keys[q + 1] in _CLOSING_CASE
                         or v.keys[q + 1] in _PRESENCE or strong and v.keys[q + 1] in _PARTICLES) \
                    and (q + 1) not in self.role_start:
                words.append(q)  # अशोक कुमार मंडल, / मनोज मंडल को / श्रीमती रूबी कुमारी मंडल भी: a level surname
                q += 1
                break
            if len(words) in (2, 3) and not v.names[q] and v.soft(q) and "middle" in v.names[words[-1]] \
                    and q in self._soft_surname_ok(q):
                words.append(q)  # हेमंत कुमार ध्रुव को, मंजू देवी मील, जगपाल सिंह ढाका को: a surname that is a word
                q += 1
                break
            if len(words) == 1 and v.keys[q] in _NAME_FINAL_WORDS and (strong or after_role) \
                    and ("given" in v.names[words[0]] or not v.names[words[0]] and v.stop[words[0]] is None) \
                    and q + 1 < n and not v.brk[q + 1] \
                    and (v.keys[q + 1] in _AFTER_NAME or v.keys[q + 1] in _PRESENCE or v.keys[q + 1] in _GUEST):
                words.append(q)  # डॉ. फरहत जहां ने, श्रीमती नसरीन जहां मुख्य अतिथि: जहां ends a name here
                q += 1
                break
            if words and v.is_initial(q) and len(words) < 3 and q + 1 < n and not v.brk[q + 1] \
                    and (v.names[words[-1]] & {"given"} and v.names[q + 1] & {"surname"}
                         or (strong or after_role) and len(words) == 1 and v.dotted[q]
                         and (not v.names[words[-1]] and v.stop[words[-1]] is None or "given" in v.names[words[-1]])
                         and (v.names[q + 1] & {"surname", "name", "given"} or not v.names[q + 1] and v.stop[q + 1] is None)
                         and (q + 1) not in self.role_start):
                words.append(q)  # हरीश एस. नेताम: a middle initial between a given name and a surname (after
                # an honorific or a post also between unknown words: श्री हसमुखभाई जी. परमार)
                q += 1
                continue
            if not words and (strong or after_role) and v.stop[q] == NOUN_NAME and q + 1 < n and not v.brk[q + 1] \
                    and v.word[q + 1] and not v.soft(q + 1) and self.name_word(q + 1, first=False):
                words.append(q)  # निरीक्षक संग्राम केशरी सेठी, अध्यक्ष दावा नोरबू लेप्चा: a noun that is a given name
                q += 1
                continue
            if not self.name_word(q, first=not words):
                break
            if len(words) >= 2 and not v.names[q] and v.keys[words[-1]] in _NAME_JOINERS:
                words.append(q)  # इकराम उल हक अंसारी: a name word after उल/उद/उर
                q += 1
                continue
            if len(words) >= 2 and not v.names[q] and not (v.soft(q) and self.name_word(q, first=False)):
                # दिनेश कुमार धानुक ने: an unknown surname after a middle name (or after an honorific),
                # closed by ने/का/की/, (after an honorific also by a copula: ... मनहरण लाल कुर्रे होंगे)
                closers = _AFTER_NAME | _FUTURE_COPULAS | _COPULAS | _PRESENCE | _PARTICLES | _GUEST if strong \
                    else _AFTER_NAME | _GUEST if after_role else _AFTER_NAME  # (प्रधान कश्मीरी लाल बांसल मुख्य अतिथि)
                # (after a post also after two given names: उप प्रादेशिक परिवहन अधिकारी अर्चना दिलीप खोब्रागड़े ने,
                # a Marathi name with the father's given name in the middle)
                patronymic = after_role and v.names[words[0]] & {"given", "name"} and "given" in v.names[words[1]]
                # (after an honorific or a post also after three words ending in a middle name: बेसिक शिक्षा
                # अधिकारी योगेंद्र पाल सिंह निरवाल ने)
                third = len(words) == 3 and (strong or after_role) and "middle" in v.names[words[2]]
                if not ((len(words) == 2 and ("middle" in v.names[words[1]] or strong or patronymic) or third)
                        and not v.soft(q)
                        and not v.stop[q] and q + 1 < n and not v.brk[q + 1]
                        and (v.keys[q + 1] in closers or strong and (q + 1) in self.role_prefix
                             and not self._place_between(q, q + 1)
                             or strong and (q + 1) in self.org_start)):  # श्री दिलीप कुमार कोर्राम जिला विधि प्रकोष्ठ
                    break
            words.append(q)
            q += 1
        if q < n and self._common_word_surname(words, q, strong, after_role):
            words.append(q)
            q += 1
        if not words:
            return None
        end = words[-1] + 1
        if (strong or after_role) and end < n and not v.brk[end] and v.is_initial(end) and v.dotted[end] \
                and not any(v.is_initial(w) for w in words) and len(words) >= 2 \
                and (end + 1 >= n or v.brk[end + 1] or v.keys[end + 1] in _AFTER_NAME or v.punct[end + 1]):
            end += 1  # डॉ. मीनाक्षी अम्माल एस. की अध्यक्षता, डॉ. रश्मि नायर पी.: a South Indian initial written last
        if not strong and len(words) < 4 and not self.closes(end) and end + 1 < n and not v.brk[end] \
                and not v.brk[end + 1] and (v.keys[end + 1] == "," or v.keys[end + 1] in self.coordinators) \
                and v.word[end] and not v.dotted[end] and not v.hard(end) and v.stop[end] != "place" \
                and end not in self.role_tok and end not in self.org_tok and end not in self.role_prefix:
            end += 1  # a last word the lexicons do not know, closed by a list comma (लक्ष्मण प्रसाद बौद्ध,)
        suffix = end if end < n and is_post_honorific(v, end) and not v.brk[end] else None
        cand = _Cand(p, end, suffix=suffix)
        if not strong and not self.closes(cand.after) and "surname" not in v.names[words[-1]]:
            return None
        return cand

    def parse_name_back(self, q: int) -> _Cand | None:
        """The name ending at position ``q`` (for name-then-role and a trailing जी)."""
        v = self.view
        words: list[int] = []
        if q >= 1 and v.soft(q) and "surname" in v.names[q] and "middle" in v.names[q - 1] and not v.brk[q] \
                and q not in self.role_tok and q not in self.org_tok:
            words.append(q)  # अमरजीत सिंह मान (a line of a signature): a surname that is also a word, after सिंह
            q -= 1
        while q >= 0 and len(words) < 4 and self.name_word(q, first=False):
            words.insert(0, q)
            if v.brk[q]:
                break
            q -= 1
        if words and not v.brk[words[0]]:
            while q >= 0 and words[0] - q <= 4 and v.is_initial(q) and q not in self.role_tok \
                    and not is_pre_honorific(v, q):
                words.insert(0, q)
                if v.brk[q]:
                    break
                q -= 1
        while len(words) > 2 and not v.names[words[0]] and not v.is_initial(words[0]):
            words.pop(0)
        if not words or all(v.is_initial(w) for w in words):
            return None
        start, end = words[0], words[-1] + 1
        hon = None
        h = start
        while h - 1 >= 0 and is_pre_honorific(v, h - 1) and not v.brk[h]:
            h -= 1
        if h < start:
            hon = (h, start)
        return _Cand(start, end, hon=hon)

    def add(self, cand: _Cand, evidence: str, roles: Iterable[int] = (), link: str | None = None) -> _Cand:
        key = (cand.start, cand.end)
        cur = self.cands.get(key)
        if cur is None:
            cur = self.cands[key] = cand
        else:
            cur.hon = cur.hon or cand.hon
            cur.suffix = cur.suffix if cur.suffix is not None else cand.suffix
        cur.evidence.add(evidence)
        cur.conf = max(cur.conf, _CONF[evidence])
        for i in roles:
            cur.roles.setdefault(i, link)
        return cur

    # ---------------------------------------------------------------- passes

    def pass_roles(self) -> None:
        """Designation chains followed by a name, and the lists they introduce."""
        v = self.view
        used: set[int] = set()
        for i in range(len(self.roles)):
            if i in used:
                continue
            ch = self.chain(i)
            cand = self._after_chain(ch)
            if cand is None:
                continue
            used.update(ch)
            last = self.roles[ch[-1]]
            # क्रमशः, पद पर and a plural post (निदेशकों) announce a list: a name after और holds the designation too
            current, p = self._list_roles(ch), cand.after
            list_comma = last.respectively or last.post_list or last.title.singular is not None
            while p < self.n:
                k = v.keys[p]
                if k == ",":
                    comma = True
                elif k in self.coordinators:
                    comma = False
                else:
                    break
                nxt = p + 1
                if nxt >= self.n or v.brk[nxt]:
                    break
                j = self.role_prefix.get(nxt)
                if j is not None and j not in used:
                    ch2 = self.chain(j)
                    cand2 = self._after_chain(ch2)
                    if cand2 is None:
                        break
                    used.update(ch2)
                    held = [x for x in current if not self.roles[x].former and self.roles[x].post_list]
                    if held and all(self.roles[x].former for x in ch2):
                        # प्रदेश उपाध्यक्ष पद पर ..., पूर्व विधायक डॉ. हेमचंद साहू, श्री लखनलाल कश्यप ...: a former
                        # post describes this name only; the list's post goes on
                        for x in held:
                            cand2.roles.setdefault(x, "list")
                    else:
                        current = self._list_roles(ch2)
                    p = cand2.after
                    list_comma = list_comma or comma
                    continue
                if not comma and not list_comma:
                    # एसएचओ अमित राय व रेखा सोनकर ने: a second person, not (surely) of this designation
                    hon = self.honorifics_at(nxt)
                    start = hon[1] if hon else nxt
                    cand2 = self.parse_name(start, strong=hon is not None) if start < self.n and not v.brk[start] \
                        else None
                    if cand2 is not None and start not in self.role_prefix and self._name_like(cand2, hon is not None) \
                            and any(v.names[q] & {"given", "surname", "name"} for q in range(cand2.start, cand2.end)):
                        cand2.hon = hon
                        self.add(cand2, "honorific" if hon else "name_list")
                    break
                if list_comma:
                    nxt = self._source_forward(nxt)
                hon = self.honorifics_at(nxt)
                cand2 = self.parse_name(hon[1] if hon else nxt, strong=hon is not None)
                if cand2 is None:
                    break
                if hon is None and cand2.after in self.role_start and not v.brk[cand2.after] \
                        and not self._name_evidence(cand2.start, cand2.end, ner=cand2.end - cand2.start > 1):
                    break  # एसएसपी ..., ट्रैफिक डीएसपी ...: a qualifier of the next designation, not a name
                if hon is None and cand2.end - cand2.start == 1 and _toponym(v, cand2.start) \
                        and not v.names[cand2.start]:
                    break  # …, मक्खनपुर और सिरसागंज के उद्यमियों: towns, not names
                g = cand2.after
                if hon is None and g + 1 < self.n and v.keys[g] in self.genitive and not v.brk[g + 1] \
                        and (g + 1) in self.role_prefix and not self._name_evidence(cand2.start, cand2.end, ner=False):
                    break  # …, आईटीआई के प्राचार्य श्री …: the owner of the next designation, not a name
                cand2.hon = hon
                self.add(cand2, "honorific" if hon else "list", current, "list")
                if hon:
                    self.cands[(cand2.start, cand2.end)].evidence.add("list")
                list_comma = list_comma or comma
                p = cand2.after

    def _list_roles(self, ch: list[int]) -> list[int]:
        """The designations of a chain that the rest of a list shares: up to the first one stacked right
        after another (प्रदेश महामंत्री पूर्व सांसद श्री ..., श्री ... और श्रीमती ... बनाए गए: only प्रदेश महामंत्री)."""
        out = [ch[0]]
        for a, b in zip(ch, ch[1:]):
            if self.roles[b].prefix_start == self.roles[a].after:
                break
            out.append(b)
        return out

    def _source_forward(self, pos: int) -> int:
        """After ``<designation> पद पर`` or a list comma: skip a ``<place> से`` written before the next name
        (``ब्लॉक प्रधान पद पर डबवाली से श्री जगसीर सिंह, ओढां से श्री ...``)."""
        v = self.view
        q = pos
        while q < self.n and q - pos < 4 and v.word[q] and not v.hard(q) and not v.brk[q] \
                and q not in self.role_tok and not v.names[q]:
            q += 1
        if q > pos and q + 1 < self.n and v.keys[q] in _SOURCE and not v.brk[q + 1] \
                and (is_pre_honorific(v, q + 1) or v.names[q + 1] or v.keys[q + 1] in _NAME_PREFIXES
                     or self._place_between(pos, q)):
            return q + 1
        # संयुक्त सचिव पद पर बीपीवीएम के राहुल खराड़ी: the organisation of the next name, in the genitive
        q = pos
        while q < self.n and q - pos < 5 and not v.brk[q] and v.keys[q] not in self.genitive \
                and (q in self.org_tok or self.lex.is_acronym(v.keys[q])):
            q += 1
        if q > pos and q + 1 < self.n and v.keys[q] in self.genitive and not v.brk[q + 1] \
                and q + 1 not in self.role_tok and v.word[q + 1]:
            return q + 1
        # कोषाध्यक्ष पद पर नाथद्वारा के श्री कन्हैयालाल सोनी: the place of the next name, in the genitive
        q = pos
        while q < self.n and q - pos < 2 and not v.brk[q] and v.word[q] and not v.hard(q) and q not in self.role_tok \
                and not v.names[q] & {"given", "middle"}:
            q += 1
        if q > pos and q + 1 < self.n and v.keys[q] in self.genitive and not v.brk[q + 1] \
                and (is_pre_honorific(v, q + 1)
                     or "given" in v.names[q + 1] and (v.stop[pos] == "place" or _gazetteer_place(v.text(pos, q)))):
            return q + 1
        return pos

    def _office_between(self, pos: int) -> int:
        """``परियोजना निदेशक, जिला ग्राम्य विकास अभिकरण (डीआरडीए) श्री …``, ``उप रजिस्ट्रार, सहकारी समितियां,
        चित्तौड़गढ़ श्री …``: after a designation and a comma, the office it belongs to (content words, commas
        and a bracketed short form, no function word or name) before an honorific; the honorific's position,
        else ``pos``."""
        v = self.view
        if pos + 3 < self.n and v.keys[pos] == "(" and not v.brk[pos + 1]:
            # उप शिक्षा निदेशक (पश्चिम-ए) डॉ. सुधीर कुमार मलिक: a bracketed qualifier before the honorific
            close = next((q for q in range(pos + 1, min(self.n, pos + 6)) if v.keys[q] == ")"), None)
            if close is not None and close + 1 < self.n and not any(v.brk[q] for q in range(pos + 1, close + 2)) \
                    and is_pre_honorific(v, close + 1):
                return close + 1
        if pos + 2 >= self.n or v.keys[pos] != "," or v.brk[pos + 1]:
            return pos
        q = pos + 1
        while q < self.n and q - pos <= 8 and not v.brk[q]:
            if is_pre_honorific(v, q):
                return q if q > pos + 1 and v.keys[q - 1] != "," or q > pos + 2 else pos
            k = v.keys[q]
            if not (k in (",", "(", ")") or q in self.org_tok
                    or v.word[q] and not v.hard(q) and not v.names[q] and q not in self.role_tok):
                return pos
            q += 1
        return pos

    def _after_chain(self, ch: list[int]) -> _Cand | None:
        r_last = self.roles[ch[-1]]
        pos = r_last.after
        if r_last.post_list or r_last.respectively:
            pos = self._source_forward(pos)
        pos = self._office_between(pos)
        hon = self.honorifics_at(pos) if pos < self.n and not self.view.brk[pos] else None
        start = hon[1] if hon else pos
        if start >= self.n or self.view.brk[start] and start != pos:
            return None
        if pos < self.n and self.view.brk[pos]:
            return None
        v = self.view
        jurisdictional = r_last.title.category in JURISDICTIONAL
        if hon is None and r_last.jurisdiction is None and (jurisdictional or any(
                is_pre_honorific(v, pos + k) for k in (1, 2) if pos + k < self.n)):
            # मण्डलायुक्त प्रयागराज विजय विश्वास पन्त, एसडीएम बुढ़ाना अंजलि चौहान: a place between the
            # designation and the name is the post's jurisdiction (a party's or union's post only before an
            # honorific: तहसील अध्यक्ष संभल श्री नरेश पाल सिंह)
            for k in (3, 2, 1):
                nxt = pos + k
                if not jurisdictional and not (nxt < self.n and is_pre_honorific(v, nxt)):
                    continue
                # (संयुक्त आयुक्त वाराणसी जोन नरेंद्र ...: a unit word after the place)
                pe = nxt - 1 if nxt <= self.n and v.keys[nxt - 1] in _JURISDICTION_UNITS else nxt
                if k == 3 and pe == nxt or pe == pos:
                    continue
                named_next = nxt < self.n and (is_pre_honorific(v, nxt) or "given" in v.names[nxt] or (
                    k == 1 and nxt + 1 < self.n and not v.brk[nxt + 1] and not v.names[nxt]
                    and bool(v.names[nxt + 1] & {"middle", "surname"})))  # एसडीएम नकोदर हरलीन कौर ग्रेवाल
                if nxt < self.n and not any(v.brk[q] for q in range(pos + 1, nxt + 1)) \
                        and (not v.names[pos] or named_next) and v.stop[pos] != NOUN_NAME \
                        and (_admin_place(v.text(pos, pe), word_ok=named_next)
                             or named_next and self._place_between(pos, pe)
                             or is_pre_honorific(v, nxt) and _toponym(v, pos) and not v.names[pos]):
                    # (खंड विकास अधिकारी सिकंदरपुर सरोसी श्री …: a town-like word before the honorific)
                    r_last.jurisdiction = (pos, pos + k)
                    pos = start = pos + k
                    hon = self.honorifics_at(pos)
                    start = hon[1] if hon else pos
                    break
        cand = self.parse_name(start, strong=hon is not None, after_role=True)
        if cand is None:
            return None
        if hon is None and cand.end - cand.start >= 3 and not v.names[cand.start] \
                and v.stop[cand.start] != NOUN_NAME \
                and not v.is_initial(cand.start) and "given" in v.names[cand.start + 1] \
                and "middle" not in v.names[cand.start + 1] \
                and not (cand.start > 0 and v.keys[cand.start - 1] == ")"
                         and (r_last.abbreviation is None or v.stop[cand.start] not in (None, "place"))):
            # ((राजस्व) मिलिंद …: no place after a bracketed qualifier; but after a short form: खंड विकास अधिकारी
            # (बीडीओ) हथगाम शिवप्रकाश गुप्ता)
            # थानाध्यक्ष कैंट रवि राय: a place written between the designation and the name (but not
            # महापौर किरनबाला रानी सक्सेना, विधायक सुरेशचंद्र नारायण मिश्र: रानी, नारायण are middle names)
            if r_last.title.category in JURISDICTIONAL and r_last.jurisdiction is None:
                r_last.jurisdiction = (cand.start, cand.start + 1)
            cand.start += 1
        if hon is None and not self._unknown_name_ok(cand):
            return None
        cand.hon = hon or self.roles[ch[0]].pre_honorific
        evidence = "honorific+role" if cand.hon else "role"
        cand = self.add(cand, evidence, ch, "apposition")
        cand.evidence.add("role")
        return cand

    def _name_evidence(self, a: int, b: int, ner: bool = True) -> bool:
        """Whether a word of [a, b) is a name word or an initial of the lexicons, or (with ``ner``) inside a
        NER person entity."""
        v = self.view
        return any(v.names[q] or v.is_initial(q) or (ner and q in self.ner_person) for q in range(a, b))

    def _unknown_name_ok(self, cand: _Cand) -> bool:
        """Whether a name after a designation, none of whose words the name lexicon knows, is a name:
        the NER tags it as a person, or ने/का/की/के/को/से follows it (``डीएम नाराज दिखे`` and ``एसएसपी ...,
        ट्रैफिक डीएसपी ...`` are no names; ``थानाध्यक्ष बिनोद ने`` is)."""
        v = self.view
        if self._name_evidence(cand.start, cand.end):
            return True
        if cand.end - cand.start == 1 and self._place_between(cand.start, cand.end):
            return False  # बीडीओ ठेठईटांगर और सीओ कोलेबिरा को: the post's block (an LGD unit), no holder named
        after = cand.after
        if after < self.n and not v.brk[after] and (after in self.role_start or after in self.role_prefix):
            return False  # ट्रैफिक डीएसपी: a qualifier of the next designation
        if after >= self.n or v.brk[after]:
            return False
        if v.keys[after] in _CLOSING_CASE or v.keys[after] in _PRESENCE or v.keys[after] in _PARTICLES:
            return True  # … थानाध्यक्ष बिनोद ने; … भगतराम धुर्वे भी शामिल हैं; … मोहिनी देवी कुमावत उपस्थित रहे
        # a list goes on: सीईओ विश्वदीप, अपर कलेक्टर ... / ... विश्वदीप और श्री ...
        nxt = after + 1
        return (v.keys[after] == "," or v.keys[after] in self.coordinators) and nxt < self.n and not v.brk[nxt] \
            and (nxt in self.role_prefix or nxt in self.role_start or is_pre_honorific(v, nxt)
                 or bool(v.names[nxt]))

    def pass_name_prefix(self) -> None:
        """``मो. इकबाल अंसारी``, ``मोहम्मद इरफान``: the prefix is part of the name and evidence for it."""
        v = self.view
        for p in range(self.n - 1):
            if v.keys[p] not in _NAME_PREFIXES or p in self.role_tok or p in self.org_tok or v.brk[p + 1]:
                continue
            if (v.keys[p] in ("मो", "मु", "मोह")) != v.dotted[p]:
                continue  # the short forms only with their abbreviation mark
            if p > 0 and not v.brk[p] and self.name_word(p - 1, first=False) and v.names[p - 1]:
                continue  # inside a name already (अली मोहम्मद खान)
            cand = self.parse_name(p, strong=True)
            if cand is None or cand.end - cand.start < 2:
                continue
            q = p  # honorifics written before the prefix (जनाब मो. ...)
            while q - 1 >= 0 and is_pre_honorific(v, q - 1) and not v.brk[q]:
                q -= 1
            cand.hon = (q, p) if q < p else None
            self.add(cand, "name_prefix")

    def pass_alias(self) -> None:
        """``राजू यादव उर्फ कल्लू यादव``: both sides are names of one person (the first is canonical)."""
        v = self.view
        for p in range(1, self.n - 1):
            if v.keys[p] != "उर्फ" or v.brk[p] or v.brk[p + 1]:
                continue
            left = self.parse_name_back(p - 1)
            hon = self.honorifics_at(p + 1)
            right = self.parse_name(hon[1] if hon else p + 1, strong=True)
            if left is None or right is None:
                continue
            right.hon = hon
            left = self.add(left, "alias")
            right = self.add(right, "alias")
            self.aliases.append(((left.start, left.end), (right.start, right.end)))

    def pass_apposition(self) -> None:
        """Names after kinship, occupation and status nouns (``किसान रामनरेश पटेल``, ``मृतका की मां
        सुमित्रा देवी``, ``बरौली निवासी दिनेश कुशवाहा``) and after a village genitive (``धनौरा गांव की
        शकुंतला ने``). These nouns are not designations: no role is linked."""
        v = self.view
        for p in range(self.n - 1):
            k = v.keys[p]
            cue = k in _APPOSITION_NOUNS or (k in self.genitive and p >= 1 and (
                v.keys[p - 1] in _RESIDENT_PLACES or (p >= 2 and v.keys[p - 2] in _RESIDENT_PLACES)))
            if not cue or p in self.role_tok or p in self.org_tok or v.brk[p + 1]:
                continue
            hon = self.honorifics_at(p + 1)
            start = hon[1] if hon else p + 1
            if start >= self.n or v.brk[start] or start in self.role_start or start in self.role_prefix:
                continue
            cand = self.parse_name(start, strong=hon is not None)
            if cand is None:
                continue
            if not self._name_like(cand, hon is not None):
                continue
            cand.hon = hon
            self.add(cand, "honorific" if hon else "apposition")

    def _name_like(self, cand: _Cand, strong: bool) -> bool:
        """Whether a name found by a weak cue is plausible: several words ending before a boundary, or one
        word that is a known name or is followed by ने/का/की/के/को/से or a list comma."""
        v = self.view
        words = range(cand.start, cand.end)
        if any(v.soft(q) and not v.names[q] for q in words):
            return False
        after = cand.after
        nxt = v.keys[after] if after < self.n and not v.brk[after] else ""
        if cand.end - cand.start == 1:
            return strong or bool(v.names[cand.start] & {"given", "name"}) or nxt in _AFTER_NAME
        return strong or any(v.names[q] for q in words) or nxt in _AFTER_NAME

    def pass_surname_context(self) -> None:
        """``बैठक में रामकिशुन तिवारी ने शिकायत की``: a known surname after an unknown (or noun-like) given
        name, and ने/का/की/के/को after them, make a name without any other cue."""
        v = self.view
        taken = {q for c in self.cands.values() for q in range(c.start, c.end)}
        for p in range(self.n - 2):
            if p in taken or not v.word[p] or v.dotted[p]:
                continue
            prev_ok = p == 0 or v.brk[p] or v.punct[p - 1] or v.stop[p - 1] in (
                "postposition", "genitive", "coordinator", "conjunction", "particle") \
                or v.keys[p - 1] in _APPOSITION_NOUNS
            if not prev_ok:
                continue
            for length in (3, 2):
                e = p + length
                if e >= self.n or any(q in taken or (q > p and v.brk[q]) for q in range(p, e)) or v.brk[e]:
                    continue
                if v.keys[e] not in _AFTER_NAME or v.keys[e] == ",":
                    continue
                first_ok = not v.soft(p) and self.name_word(p, first=True) and (not v.names[p] or "given" in v.names[p])
                mid_ok = length == 2 or ("middle" in v.names[p + 1] and self.name_word(p + 1, first=False))
                last = e - 1
                if first_ok and mid_ok and "surname" in v.names[last] and self.name_word(last, first=False) \
                        and v.keys[last] not in self.lex.honorifics and v.keys[last] not in self.designation_words:
                    self.add(_Cand(p, e), "surname_context")
                    taken.update(range(p, e))
                    break

    def pass_honorifics(self) -> None:
        v = self.view
        p = 0
        while p < self.n:
            hon = self.honorifics_at(p) if p not in self.role_tok else None
            if hon is None:
                p += 1
                continue
            if hon[1] in self.role_start or hon[1] in self.role_prefix:
                p = hon[1]
                continue
            cand = self.parse_name(hon[1], strong=True) if hon[1] < self.n and not v.brk[hon[1]] else None
            if cand is not None and cand.after in self.role_start and not v.brk[cand.after] \
                    and cand.end - cand.start == 1 and not (v.names[cand.start] or v.is_initial(cand.start)):
                cand = None  # मा० जलशक्ति मंत्री: a word the lexicons lack before a designation qualifies it
            if cand is not None:
                cand.hon = hon
                self.add(cand, "honorific")
                p = cand.after
            else:
                p = hon[1]

    def pass_name_then_role(self) -> None:
        v = self.view
        linked = {i for c in self.cands.values() for i in c.roles}
        for i, r in enumerate(self.roles):
            if i in linked:
                continue
            ps = r.prefix_start
            signed = self._signature_name(ps, r.after)
            if signed is not None:
                self.add(signed, "name_then_role", [i], "name_then_role")
                continue
            if ps - 2 < 0 or v.brk[ps]:
                continue
            opener = v.keys[ps - 1]
            m = self.org_tok.get(r.after) if r.after < self.n and not v.brk[r.after] else None
            if opener == "," and m is not None and m.start == r.after and r.organization is None \
                    and m.end < self.n and not v.brk[m.end] and v.stop[m.end] in ("postposition", "particle"):
                # "अनिल कुमार सिंह, जिलाध्यक्ष भाजपा ने": the organisation written after the designation
                r.organization, r.after = m, m.end
            if opener == "," and self.closes(r.after) and (r.after >= self.n or v.keys[r.after] != "(") \
                    and not (r.after in self.role_prefix and r.after not in self.role_start):
                pass  # (not "X, अपर मुख्य सचिव जल संसाधन विभाग के प्रमुख अभियंता": an organisation follows)
            elif opener == "(" and r.after < self.n and v.keys[r.after] == ")":
                pass
            else:
                continue
            if r.after < self.n and not v.brk[r.after] and self.parse_name(r.after, strong=False) and opener == ",":
                continue  # a designation before a name, not after one
            if opener == "," and r.after + 1 < self.n and (v.keys[r.after] == "," or v.keys[r.after] in self.coordinators) \
                    and not v.brk[r.after + 1] and (r.after + 1) in self.role_start \
                    and any(c.end == ps - 1 and c.roles for c in self.cands.values()):
                continue  # एसडीपीओ धीरज कुमार ठाकुर, अंचलाधिकारी, प्रखंड विकास पदाधिकारी …: a list of posts, no holders
            cand = self.parse_name_back(ps - 2)
            if cand is None:
                continue
            if cand.hon is None and not self._name_evidence(cand.start, cand.end):
                continue  # किसानों का धरना, कलेक्टर को ...: no name the lexicons or the NER know
            self.add(cand, "name_then_role", [i], "name_then_role")

    def _signature_name(self, ps: int, after: int) -> _Cand | None:
        """A press note's signature: a name opening the line (or after ``जारीकर्ता:``) and the designation
        right after it or on the next line, closing its line or followed by a comma (``डॉ. प्रवीण कुमार साहू
        जनसंपर्क अधिकारी``, ``जारीकर्ता: राजेश कुमार गौतम जिला मीडिया प्रभारी, समाजवादी पार्टी``)."""
        v = self.view
        if ps < 1 or not (after >= self.n or v.brk[after] or v.keys[after] in (",", "(")):
            return None  # (``वरिष्ठ प्रबंधक (कॉर्पोरेट संचार)``: a bracketed portfolio)
        if ps >= 3 and v.keys[ps - 1] == "," and not v.brk[ps] and not v.brk[ps - 1]:
            return self._issued_name(ps - 1)  # जारीकर्ता: मनोरंजन षाड़ंगी, सहायक महाप्रबंधक (जनसंपर्क)
        cand = self.parse_name_back(ps - 1)
        if cand is None or cand.end != ps or v.brk[ps] and not (v.brk[cand.hon[0] if cand.hon else cand.start]
                                                                 or v.keys[cand.start - 1] == ":"):
            return None  # a designation opening a line: the name fills the line before it
        first = cand.hon[0] if cand.hon else cand.start
        q = first
        if q > 0 and not v.brk[q] and v.keys[q - 1] == ":":
            q -= 1
        if q > 0 and not v.brk[q] and v.keys[q - 1] in _ISSUERS:
            q -= 1
        if not (q == 0 or v.brk[q]):
            return None
        if cand.hon is None and not self._name_evidence(cand.start, cand.end) and not self._own_line_name(cand, ps):
            return None
        return cand

    def _issued_name(self, e: int) -> _Cand | None:
        """The name between an issuer's cue (``जारीकर्ता:``, ``प्रेषक:``) and the comma at ``e``: two or three words
        that are no function word, designation, organisation or place (common words too: मनोरंजन षाड़ंगी)."""
        v = self.view
        for a in (e - 3, e - 2):
            if a < 2 or v.keys[a - 1] != ":" or v.keys[a - 2] not in _ISSUERS or any(v.brk[q] for q in range(a - 1, e + 1)):
                continue
            if all(v.word[q] and not v.dotted[q] and v.stop[q] in (None, "common", NOUN_NAME) and q not in self.role_tok
                   and q not in self.org_tok and not _admin_place(v.text(q, q + 1)) for q in range(a, e)):
                return _Cand(a, e)
        return None

    def _own_line_name(self, cand: _Cand, ps: int) -> bool:
        """A signature's name line that the lexicons do not know (``तुम्मला विजयभास्कर`` above ``जिला जनसंपर्क
        अधिकारी, आदिलाबाद``): two or three words filling their line, none a function or common word, a state,
        a district or an organisation, with the designation opening the next line."""
        v = self.view
        if not (2 <= cand.end - cand.start <= 3 and v.brk[cand.start] and v.brk[ps] and cand.end == ps):
            return False
        if cand.start > 0 and v.keys[cand.start - 1] == ":":
            return False
        return all(v.word[q] and v.stop[q] is None and q not in self.org_tok
                   and not _admin_place(v.text(q, q + 1), kinds=("state", "ut", "district"))
                   for q in range(cand.start, cand.end))  # (a village may be a Telugu surname: मंचाला)

    def pass_elected(self) -> None:
        """``ग्राम पंचायत कुई से रामसिंह धुर्वे सरपंच चुने गए``: two or more name words right before a designation
        that an appointment verb or a future copula follows, after से/ने/,/और or the sentence start."""
        v = self.view
        taken = {q for c in self.cands.values() for q in range(c.start, c.end)}
        for i, r in enumerate(self.roles):
            ps = r.prefix_start
            if ps < 2 or v.brk[ps] or r.after >= self.n or v.brk[r.after]:
                continue
            if v.keys[r.after] not in _APPOINTED and v.keys[r.after] not in _FUTURE_COPULAS:
                continue
            if (ps - 1) in taken:
                continue
            cand = self.parse_name_back(ps - 1)
            if cand is None or cand.end - cand.start < 2 or cand.end != ps:
                continue
            before = cand.start - 1
            if before >= 0 and not v.brk[cand.start] and not (v.keys[before] in (_SE, ",") or v.keys[before]
                                                            in self.coordinators or v.keys[before] in self.genitive
                                                            or v.punct[before]):
                continue
            if all(v.soft(q) for q in range(cand.start, cand.end)):
                continue
            self.add(cand, "name_then_role", [i], "predicate")

    def pass_suffix(self) -> None:
        v = self.view
        for p in range(1, self.n):
            if not is_post_honorific(v, p) or v.brk[p]:
                continue
            if p + 1 < self.n and (v.keys[p + 1] in _HYPHENS or (not v.brk[p + 1] and (
                    v.keys[p + 1] in self.lex.letters or v.names[p + 1]))):
                continue  # जी-20; initials (जी ई वाहनवती); a name after जी is not honoured by it
            if any(c.end == p for c in self.cands.values()):
                for c in self.cands.values():
                    if c.end == p and c.suffix is None:
                        c.suffix = p
                continue
            cand = self.parse_name_back(p - 1)
            if cand is None:
                continue
            cand.suffix = p
            self.add(cand, "suffix")

    def pass_ner(self, labels: Iterable[str]) -> None:
        """Person entities of a NER model (``doc.ents``), after boundary clean-up: honorifics, designations,
        organisations, punctuation and function words at either end are trimmed (``मंत्री राम सिंह ने`` ->
        ``राम सिंह``); an entity left empty, or a single common word, is dropped. Calibrated on IL-NER dev:
        taken when one of its words is in the name lexicon (or an initial), or after an honorific; never
        with Latin letters or a building noun (``अली मस्जिद``)."""
        v = self.view
        for a, b in ent_positions(self.doc, v, labels):
            while a < b and (v.punct[a] or v.hard(a) or a in self.role_tok or a in self.org_tok
                             or (v.keys[a] in self.designation_words and not v.names[a])):
                a += 1
            b0 = b
            while b > a and (v.punct[b - 1] or v.hard(b - 1) or (b - 1) in self.role_tok or (b - 1) in self.org_tok):
                b -= 1
            if b < b0 and b in self.role_start and not any(v.names[q] or v.is_initial(q) for q in range(a, b)):
                continue  # मा० जलशक्ति मंत्री: the words before a designation qualify it
            s, e, hon, suffix = strip_honorifics(v, a, b)
            while s < e - 1 and v.keys[s] in _APPOSITION_NOUNS and not v.names[s]:
                s += 1  # ससुर राकेश चंद्र: the kinship noun before the name
            if hon is None and s > 0 and s == a and e - s >= 2 and not v.brk[s] and "middle" in v.names[s] \
                    and "given" in v.names[s - 1] and not v.soft(s - 1) and (s - 1) not in self.role_tok \
                    and self.name_word(s - 1, first=True):
                s -= 1  # डूंडलोद के पवन कुमार धायल: the NER began at the middle name, after the given name
            if e < self.n - 1 and v.keys[e] in _SURNAME_LEVELS and not v.brk[e] and e - 1 >= s \
                    and v.names[e - 1] & {"given", "middle"} and not v.brk[e + 1] \
                    and (v.keys[e + 1] in _AFTER_NAME or v.keys[e + 1] in _CLOSING_CASE) and (e + 1) not in self.role_start:
                e += 1  # मनोज मंडल को: the NER stopped before a surname that is a level word
            elif e < self.n - 1 and not v.brk[e] and not v.brk[e + 1] and e - 1 >= s and "middle" in v.names[e - 1] \
                    and "surname" in v.names[e] and not v.soft(e) and v.word[e] and not v.dotted[e] \
                    and e not in self.role_tok and e not in self.org_tok \
                    and (v.keys[e + 1] in _AFTER_NAME or v.keys[e + 1] in _CLOSING_CASE) and (e + 1) not in self.role_start:
                e += 1  # जगेश्वर सिंह खरवार ने: the NER stopped before a known surname after a middle name
            if e <= s or any(q in self.role_tok for q in range(s, e)):
                continue
            if all(v.soft(q) and not v.names[q] for q in range(s, e)):
                continue  # common words only
            if not any(v.names[q] for q in range(s, e)) and _gazetteer_place(v.text(s, e)):
                continue  # a state or district (म.प्र.), not a person
            if any(v.keys[q] in _FACILITY for q in range(s, e)) or _LATIN.search(v.text(s, e)):
                continue  # हाजी अली मस्जिद; a Latin-script fragment
            if any(v.keys[q].endswith(_DOMAIN_ENDINGS) for q in range(s, e)):
                continue  # नवभारतटाइम्स.कॉम: a web credit
            if e - s == 1 and not v.names[s] and (v.stop[s] in ("common", "place") or _gazetteer_place(v.text(s, e))) \
                    and hon is None:
                continue  # सौदा, बांदा: one common word or place the NER read as a person
            if hon is None and e - s >= 2 and v.stop[e - 1] == "common" and not v.names[e - 1] \
                    and not (s > 0 and ((s - 1) in self.role_tok or is_pre_honorific(v, s - 1))) \
                    and not any(v.is_initial(q) for q in range(s, e)):
                continue  # गंभीर निमोनिया के लक्षण: a common noun ends no name the NER found without a cue
            if hon is None and not any(v.names[q] or v.is_initial(q) for q in range(s, e)):
                # calibrated: an entity none of whose words the name lexicon knows is taken only after an
                # honorific (IL-NER dev: 0 of 8 such entities were people; 0.78 exact / 0.94 overlap
                # precision for the others)
                h = s
                while h - 1 >= 0 and is_pre_honorific(v, h - 1) and not v.brk[h]:
                    h -= 1
                if h == s:
                    continue
            if hon is None:
                h = s
                while h - 1 >= 0 and is_pre_honorific(v, h - 1) and not v.brk[h]:
                    h -= 1
                hon = (h, s) if h < s else None
            cand = _Cand(s, e, hon=hon, suffix=suffix)
            if suffix is None and e < self.n and is_post_honorific(v, e):
                cand.suffix = e
            self.add(cand, "ner")

    def pass_initials(self) -> None:
        """Dotted initials before one or two words that are no common, place or function word, closed like a
        name (``एम. मुनिराजु और``, ``के. सेल्वराज,``): a South Indian name written with its initials; a given name
        written right before the initials belongs to it (``ग्रेसबेल डी. शिरा``)."""
        v = self.view
        taken = {q for c in self.cands.values() for q in range(c.start, c.end)}
        honoured = {q for c in self.cands.values() if c.hon for q in range(*c.hon)}
        for p in range(self.n - 1):
            if p in taken or not v.is_initial(p) or (p > 0 and not v.brk[p] and v.is_initial(p - 1)) \
                    or p in self.role_tok or p in self.org_tok or p in honoured:
                continue
            cand = self.parse_name(p, strong=False)
            if cand is None or cand.start != p:
                continue
            words = [q for q in range(cand.start, cand.end) if not v.is_initial(q)]
            if not words or any(is_pre_honorific(v, q) for q in range(cand.start, words[0])):
                continue  # डॉ०, मा०, प्रो.: an honorific, no initial
            if v.start_char(words[0]) == v.end_char(words[0] - 1) or any(self.lex.is_acronym(v.keys[q]) for q in words):
                continue  # एम.एससी, बी.एड: a degree, no name
            # a candidate of the words after the initials (the NER's सेल्वराज) grows to take them
            inner = [k for k in self.cands if k[0] == words[0] and k[1] <= cand.end]
            if any(q in taken for q in range(cand.start, cand.end)) and not (
                    inner and all(q not in taken for q in range(cand.start, words[0]))
                    and all(k[1] == cand.end for k in inner)):
                continue
            if not 1 <= len(words) <= 2 or any(v.soft(q) or v.stop[q] is not None or self._place_between(q, q + 1)
                                               or q in self.role_tok or q in self.org_tok for q in words):
                continue
            if not self.closes(cand.after):
                continue
            b = cand.start - 1  # नोकमा ग्रेसबेल डी. शिरा: a given name before the initials
            if b >= 0 and not v.brk[cand.start] and b not in taken and b not in honoured and v.word[b] \
                    and not v.dotted[b] and v.stop[b] is None and b not in self.role_tok and b not in self.org_tok \
                    and not v.keys[b].endswith("ों") \
                    and not self._place_between(b, b + 1) and (v.names[b] & {"given"} or not v.names[b]) \
                    and (b == 0 or v.brk[b] or v.punct[b - 1] or v.hard(b - 1) or (b - 1) in self.role_tok
                         or is_pre_honorific(v, b - 1) or v.stop[b - 1] is not None):
                cand = _Cand(b, cand.end, hon=cand.hon, suffix=cand.suffix)
            for k in inner:
                part = self.cands.pop(k)
                cand.evidence |= part.evidence
                cand.conf = max(cand.conf, part.conf)
                cand.roles.update(part.roles)
                cand.hon = cand.hon or part.hon
                cand.suffix = cand.suffix if cand.suffix is not None else part.suffix
            self.add(cand, "initials")
            taken.update(range(cand.start, cand.end))

    def pass_lexicon(self) -> None:
        v = self.view
        # a lexicon name may lengthen a candidate that only the NER proposed (समरानियां की भूरी बाई सहरिया ने:
        # the NER's सहरिया)
        ner_only = {k for k, c in self.cands.items() if c.evidence == {"ner"} and not c.roles}
        taken = {q for k, c in self.cands.items() if k not in ner_only for q in range(c.start, c.end)}
        for p in range(self.n):
            if p in taken or "given" not in v.names[p] or v.soft(p):
                continue
            best = None
            for length in (3, 2):
                e = p + length
                if e > self.n or any(q in taken or (q > p and v.brk[q]) or not self.name_word(q, first=False)
                                     and not (length == 3 and q == e - 1 and v.keys[q] in _SURNAME_LEVELS)
                                     for q in range(p, e)):
                    continue
                if "surname" in v.names[e - 1] and all(v.names[q] for q in range(p, e)) and self.closes(e):
                    best = e
                    break
                if length == 3 and v.keys[e - 1] in _SURNAME_LEVELS and all(v.names[q] for q in range(p, e - 1)) \
                        and "middle" in v.names[e - 2] and e < self.n and not v.brk[e] \
                        and (v.keys[e] in _AFTER_NAME or v.keys[e] in _CLOSING_CASE) and e not in self.role_start \
                        and (e - 1) not in self.role_tok and (e - 1) not in self.org_tok:
                    best = e  # सूरज कुमार मंडल को: a surname that is a level word after a middle name
                    break
            e = p + 1
            if best is None and e + 1 < self.n and v.keys[e] in _SURNAME_LEVELS and not v.brk[e] and not v.brk[e + 1] \
                    and e not in taken and e not in self.role_tok and e not in self.org_tok \
                    and (v.keys[e + 1] in _AFTER_NAME or v.keys[e + 1] in _CLOSING_CASE) and (e + 1) not in self.role_start:
                best = e + 1  # अजय मंडल ने, विजय मंडल को: a given name and a surname that is a level word
            if best is not None:
                inner = [k for k in ner_only if p <= k[0] and k[1] <= best]
                if any(k[0] < best and p < k[1] for k in ner_only if k not in inner):
                    continue  # it would cut an NER candidate in two
                for k in inner:
                    del self.cands[k]
                    ner_only.discard(k)
                self.add(_Cand(p, best), "lexicon")
                taken.update(range(p, best))
        # an unknown given name before a woman's name-final word, closed by a case marker or a presence word
        # (बैगा महिला सुखमनिया बाई ने, रामकली देवी को)
        for p in range(self.n - 2):
            e = p + 2
            if v.keys[p + 1] not in _WOMENS_FINALS or any(q in taken for q in range(p, e)) or v.brk[p + 1] \
                    or v.brk[e] or v.names[p] or v.stop[p] is not None or not v.word[p] or v.dotted[p] \
                    or len(v.keys[p]) < 3 or p in self.role_tok or p in self.org_tok or v.hard(p) \
                    or not (v.keys[e] in _CLOSING_CASE or v.keys[e] in _PRESENCE or v.keys[e] in _AFTER_NAME):
                continue
            self.add(_Cand(p, e), "lexicon")
            taken.update(range(p, e))
        taken.update(q for k in ner_only for q in range(*k))
        # lists around evidenced names without a designation: राम सिंह, श्याम लाल, दिनेश आदि
        for c in sorted(self.cands.values(), key=lambda c: c.start):
            if c.roles:
                continue  # lists after designations are read by pass_roles
            p, list_comma = c.after, False
            while p < self.n and (v.keys[p] == "," or v.keys[p] in self.coordinators):
                nxt = p + 1
                if nxt >= self.n or v.brk[nxt] or nxt in taken or nxt in self.role_prefix:
                    break
                item = self.parse_name(nxt, strong=False)
                if item is None and v.keys[p] in self.coordinators:
                    item = self._unknown_pair(nxt)
                elif item is not None and not any(v.names[q] & {"given", "surname"} for q in range(item.start, item.end)):
                    item = self._unknown_pair(nxt) if v.keys[p] in self.coordinators else None
                if item is None:
                    break
                if any(q in taken for q in range(item.start, item.end)):
                    break
                self.add(item, "name_list")
                taken.update(range(item.start, item.end))
                list_comma = list_comma or v.keys[p] == ","
                p = item.after

    def _unknown_pair(self, p: int) -> _Cand | None:
        """``मो. साजिद और लालबाबू सहनी की``: two words no lexicon knows (no place, designation or organisation),
        coordinated with a person and closed by a case marker, are a person too."""
        v, e = self.view, p + 2
        if e >= self.n or v.brk[p + 1] or v.brk[e] or v.keys[e] not in _CLOSING_CASE:
            return None
        for q in (p, p + 1):
            if not v.word[q] or v.dotted[q] or v.stop[q] is not None or q in self.role_tok or q in self.org_tok \
                    or v.keys[q] in self.designation_words or _admin_place(v.text(q, q + 1)):
                return None
        return _Cand(p, e)

    def link_predicates(self, mentions: list[_Cand]) -> None:
        """``बबलू गांव का पूर्व मुखिया है``: a designation before a copula belongs to the person
        opening the sentence (link ``predicate``), when nothing else holds it; a designation before an
        appointment verb belongs to the person right before ``को`` (``राम सिंह को भाजपा का जिलाध्यक्ष
        बनाया गया``, link ``predicate``)."""
        v = self.view
        held = {i for c in mentions for i in c.roles}
        starts = {c.start: c for c in mentions}
        for i, r in enumerate(self.roles):
            if i in held or r.after >= self.n or v.keys[r.after] not in _COPULAS or v.brk[r.after]:
                continue
            q = r.prefix_start
            while q > 0 and not v.brk[q]:
                q -= 1
            c = starts.get(q)
            if c is not None and c.end <= r.prefix_start and not any(
                    x.start < r.prefix_start and x.start > c.start for x in mentions):
                c.roles.setdefault(i, "predicate")
        # appointments: "राम सिंह को (भाजपा का) जिलाध्यक्ष बनाया गया", "... को प्रदेश सचिव मनोनीत किया"
        held = {i for c in mentions for i in c.roles}
        ends = {c.end: c for c in mentions}
        # "श्री नंदकिशोर अग्रवाल प्रदेश कोषाध्यक्ष तथा श्री विकास जैन प्रदेश सह कोषाध्यक्ष बनाए गए हैं": a designation
        # right after a name, in a sentence that appoints or states (बनाए गए, होंगे, हैं)
        for i, r in enumerate(self.roles):
            c = ends.get(r.prefix_start)
            if c is None and i not in held and r.prefix_start >= 2 and not v.brk[r.prefix_start]:
                # श्री मनजीत सिंह ऐलनाबाद शहरी प्रधान ...: a place between the name and the designation
                for k in (1, 2):
                    c2 = ends.get(r.prefix_start - k)
                    if c2 is not None and not any(v.brk[q] for q in range(r.prefix_start - k, r.prefix_start + 1)) \
                            and self._place_between(r.prefix_start - k, r.prefix_start):
                        c = c2
                        if r.jurisdiction is None:
                            r.jurisdiction = (r.prefix_start - k, r.prefix_start)
                        break
            if i in held or c is None or v.brk[r.prefix_start] or r.after >= self.n or v.brk[r.after]:
                continue
            q = r.after
            while q < self.n and not v.brk[q] and v.keys[q] not in _APPOINTED and v.keys[q] not in _FUTURE_COPULAS:
                q += 1
            if q >= self.n or v.brk[q] or q - r.after > 12:
                continue
            k = v.keys[r.after]
            charge = k in self.genitive and r.after + 1 < self.n and v.keys[r.after + 1] in _CHARGE
            if k in _APPOINTED or k in _FUTURE_COPULAS or k in _AFTER_COMMA_LIST or charge:
                held.add(i)
                # श्री प्रवीण कुमार खोखर, श्री नरेश कुमार जाटव और हाजी शमशाद अहमद जिला महासचिव होंगे: the whole list
                for c2 in self._list_back(c, ends):
                    c2.roles.setdefault(i, "predicate")
        for i, r in enumerate(self.roles):
            if i in held or r.after >= self.n or v.brk[r.after]:
                continue
            charge = v.keys[r.after] in self.genitive and r.after + 1 < self.n and v.keys[r.after + 1] in _CHARGE
            if v.keys[r.after] not in _APPOINTED and not charge and not self._appointed_later(r.after) \
                    and not self._appointed_as(r.after):
                continue
            q = r.prefix_start
            if q >= 4 and (v.keys[q - 1] in self.genitive or v.keys[q - 1] == _IN):
                # … त्रिपाठी को अभियान का नोडल अधिकारी बनाया गया, … को दीक्षांत समारोह का संयोजक बनाया गया: a
                # purpose genitive (one to three words) before the post
                # (up to five words with a genitive inside: … को शिविरों की पूरी व्यवस्था का नोडल अधिकारी नामित किया)
                j = q - 2
                while j >= 1 and q - 1 - j <= 5 and v.word[j] and (not v.hard(j) or v.keys[j] in self.genitive
                                                                 or v.stop[j] == "determiner") \
                        and not v.brk[j + 1] and j not in self.role_tok and v.keys[j - 1] not in _TO:
                    j -= 1
                if j >= 1 and q - 1 - j <= 5 and v.word[j] and not v.hard(j) and v.keys[j - 1] in _TO \
                        and not any(v.brk[x] for x in range(j - 1, q + 1)):
                    q = j
            if q < 2 or v.brk[q] or v.keys[q - 1] not in _TO or v.brk[q - 1]:
                continue
            c = ends.get(q - 1)
            # a list before को: राकेश शर्मा, अनुराधा राणा, विनोद सुल्तानपुरी को प्रभारी बनाया गया; also with a
            # place per name: बिलासपुर ग्रामीण से श्री ..., कोरबा से श्रीमती ... और सरगुजा से श्री ... को
            for c2 in self._list_back(c, ends) if c is not None else ():
                c2.roles.setdefault(i, "predicate")

    def _spread_elected(self, mentions: list[_Cand]) -> None:
        """A designation a name holds as a predicate (``... रामसिंह धुर्वे सरपंच चुने गए``) goes to the names
        listed before it too (``... से श्रीमती सुखमनिया बैगा और ... से रामसिंह धुर्वे``)."""
        v = self.view
        ends = {c.end: c for c in mentions}
        for i, r in enumerate(self.roles):
            c = ends.get(r.prefix_start)
            if c is None or c.roles.get(i) != "predicate" or r.after >= self.n:
                continue
            if v.keys[r.after] not in _APPOINTED and v.keys[r.after] not in _FUTURE_COPULAS:
                continue
            for c2 in self._list_back(c, ends):
                c2.roles.setdefault(i, "predicate")

    def _place_between(self, a: int, b: int) -> bool:
        """Whether the words [a, b) name a place: the gazetteer (also its English-only LGD units) or a
        place word of the corpora; no name word."""
        v = self.view
        if any(not v.word[q] or v.names[q] or v.hard(q) for q in range(a, b)):
            return False
        text = v.text(a, b)
        if _admin_place(text, word_ok=True) or all(v.stop[q] == "place" for q in range(a, b)):
            return True
        from ..gazetteer import Gazetteer

        gaz = Gazetteer.load()
        return bool(gaz.latin(text))

    def _skip_place_source(self, first: int) -> int:
        """The start of a ``<place> से`` written right before position ``first`` (``कोरबा से श्रीमती ...``,
        ``ग्राम पंचायत कुई से रामसिंह धुर्वे``), else ``first``."""
        v = self.view
        p = first - 1
        if p < 1 or v.keys[p] not in _SOURCE or v.brk[first]:
            return first
        p -= 1
        while p >= 0 and first - p <= 5 and v.word[p] and not v.brk[p + 1] and v.keys[p] != "," \
                and v.keys[p] not in self.coordinators:
            p -= 1
        return p + 1

    def _appointed_as(self, a: int) -> bool:
        """``... को विशेष आमंत्रित सदस्य के रूप में शामिल किया गया``: के रूप में at ``a`` and an appointment verb
        (or शामिल) within the next four words."""
        v = self.view
        if a + 3 >= self.n or [v.keys[a + k] for k in range(3)] != list(_AS_ROLE) \
                or any(v.brk[q] for q in range(a + 1, a + 4)):
            return False
        return any(v.keys[q] in _APPOINTED or v.keys[q] in _INCLUDED
                   for q in range(a + 3, min(self.n, a + 7)) if not any(v.brk[x] for x in range(a + 3, q + 1)))

    def _appointed_later(self, a: int) -> bool:
        """``श्री विकास गोयल को जिला कोषाध्यक्ष तथा श्री मनोज कुमार कश्यप को जिला सचिव बनाया गया``: a coordinator or a
        list comma at ``a``, and an appointment verb later in the sentence."""
        v = self.view
        if v.keys[a] not in self.coordinators and v.keys[a] != ",":
            return False
        q = a + 1
        while q < self.n and not v.brk[q] and q - a <= 15:
            if v.keys[q] in _APPOINTED or v.keys[q] in _CHARGE and v.keys[q - 1] in self.genitive:
                return True  # … बनाया गया; … की जिम्मेदारी दी गई
            q += 1
        return False

    def _list_back(self, c: _Cand, ends: dict[int, _Cand]) -> list[_Cand]:
        """``c`` and the names listed right before it (comma or coordinator between them)."""
        v = self.view
        out = [c]
        while True:
            first = c.hon[0] if c.hon else c.start
            p = self._skip_place_source(first) - 1
            q = p
            while q >= 0 and q in self.role_tok and not v.brk[q + 1]:
                q -= 1
            if q < p and q >= 2 and v.keys[q] in self.genitive and not v.brk[q] and not v.brk[q + 1] and v.word[q - 1]:
                q -= 2  # … गोंड और तरवां की ब्लॉक अध्यक्ष कु. प्रियंका भारती को …: a post (and its place) between
            p = q if q < p else p
            if p < 1 or v.brk[p + 1] or not (v.keys[p] == "," or v.keys[p] in self.coordinators):
                return out
            c = ends.get(p)
            if c is None or c in out:
                return out
            out.append(c)

    # ---------------------------------------------------------------- resolve & merge

    def _drop_inner_readings(self, cands: list[_Cand]) -> list[_Cand]:
        """Readings inside a longer name found on other evidence give way to it: a NER entity that is only a
        part (``मौर्य`` in ``सरैया निवासी रामसूरत मौर्य का``), and an "honorific" that is a middle name of the longer
        name (``कुमारी सिंह`` in ``डीएम अंजनी कुमारी सिंह``). The longer name keeps their evidence."""
        out = []
        for c in cands:
            outer = [o for o in cands if o is not c and o.start <= c.start and c.end <= o.end
                     and o.end - o.start > c.end - c.start and o.evidence - {"ner"}]
            inner_ner = c.evidence == {"ner"} and not c.roles
            inner_hon = c.hon is not None and not c.roles and any(o.start <= c.hon[0] for o in outer)
            if outer and (inner_ner or inner_hon):
                best = max(outer, key=lambda o: o.end - o.start)
                best.evidence.update(c.evidence - {"honorific"})
                best.conf = max(best.conf, c.conf)
                continue
            out.append(c)
        return out

    def _hyphenated_surname(self, c: _Cand) -> None:
        """``मंगल शिंदे-पवार``, ``सुनंदा कुलकर्णी-पाटणकर``: a second surname joined by a hyphen (no space) after a
        name of two words or more belongs to it."""
        v, e = self.view, c.end
        if c.suffix is None and c.end - c.start >= 2 and e + 2 < self.n and v.keys[e + 1] in _HYPHENS \
                and not v.brk[e] and not v.brk[e + 1] and not v.brk[e + 2] and v.tokens[e - 1].whitespace_ \
                and not v.tokens[e].whitespace_ and not v.tokens[e + 1].whitespace_ and v.word[e] and v.word[e + 2] \
                and v.stop[e] in (None, "common") and v.stop[e + 2] is None and not v.dotted[e + 2] \
                and not any(q in self.role_tok or q in self.org_tok for q in (e, e + 2)) \
                and (e + 3 >= self.n or v.keys[e + 3] in _AFTER_NAME or v.brk[e + 3]):
            c.end = e + 3  # विश्वास शंकरराव कदम-परमेश्वर ने: a double surname joined by a hyphen, closed like a name
            return
        if c.suffix is not None or c.end - c.start < 2 or e + 1 >= self.n or v.keys[e] not in _HYPHENS or v.brk[e + 1]:
            return
        t, h = v.tokens[e - 1], v.tokens[e]
        if t.whitespace_ or h.whitespace_ or not v.word[e + 1] or v.dotted[e + 1] or (e + 1) in self.role_tok \
                or (e + 1) in self.org_tok or not ("surname" in v.names[e + 1] or v.stop[e + 1] is None) \
                or "given" in v.names[e + 1] and "surname" not in v.names[e + 1] \
                or e + 2 < self.n and not v.brk[e + 2] and v.names[e + 2]:
            return  # (राम सिंह-श्याम सिंह: two names)
        c.end = e + 2

    def resolve(self) -> list[_Cand]:
        v = self.view
        for c in self.cands.values():
            self._hyphenated_surname(c)
        cands = [c for c in self.cands.values()
                 if not (c.end - c.start >= 2 and not any(v.names[q] for q in range(c.start, c.end))
                         and self._place_between(c.start, c.end))]  # श्री आनंदपुर साहिब इकाई: a town
        cands = [c for c in cands if c.roles or c.after >= self.n or v.brk[c.after]
                 or v.keys[c.after] not in _FACILITY or c.after in self.role_start]
        cands = [c for c in cands if c.roles or not self._named_after(c)]
        cands = self._drop_inner_readings(cands)
        order = sorted(cands, key=lambda c: (-c.conf, -(c.end - c.start), c.start))
        taken: dict[int, _Cand] = {}
        accepted: list[_Cand] = []
        for c in order:
            clash = {taken[q] for q in range(c.start, c.end) if q in taken}
            if clash:
                for other in clash:  # keep the designations of a losing overlapping reading
                    for i, link in c.roles.items():
                        other.roles.setdefault(i, link)
                continue
            accepted.append(c)
            for q in range(c.start, c.end):
                taken[q] = c
        return sorted(accepted, key=lambda c: c.start)

    def _named_after(self, c: _Cand) -> bool:
        """Whether the name opens the name of a scheme, an institution or a works named after a person: up to five
        content words (a formal एवं among them) and then such a head (शहीद महेंद्र कर्मा तेंदूपत्ता संग्राहक
        सामाजिक सुरक्षा योजना, श्री गौरी जूट मिल, पंडित रविशंकर शुक्ल जलाशय)."""
        v = self.view
        if any(v.keys[q] in _NAMED_AFTER for q in range(c.start + 1, c.end)):
            return True  # (श्री साईकृपा गोल्ड पैलेस read as one name)
        q = c.after
        while q < self.n and q - c.after <= 5 and not v.brk[q] and not v.punct[q] and q not in self.role_start:
            k = v.keys[q]
            if k in _NAMED_AFTER:
                return True
            if v.stop[q] not in (None, "common", "place") and k != _FORMAL_AND or v.names[q] & {"given"}:
                return False
            q += 1
        return False

    def without_place_prefixes(self, accepted: list[_Cand]) -> list[_Cand]:
        """A name without an honorific or a post that opens a gazetteer place of several words, or is one, is that
        place's (निहाल सिंह वाला, तलवंडी साबो: Punjab's towns, not a person निहाल सिंह; छत्रपति संभाजीनगर)."""
        v = self.view
        return [c for c in accepted if not (c.hon is None and not c.roles and c.suffix is None and any(
            b <= self.n and not any(v.brk[q] for q in range(c.end, b))
            and _admin_place(v.text(c.start, b), word_ok=True, kinds=("town", "subdistrict", "city", "district"))
            for b in ((c.end, c.end + 1, c.end + 2) if c.end - c.start >= 2 else (c.end + 1, c.end + 2))))]

    def confirm_surnames(self, accepted: list[_Cand]) -> list[_Cand]:
        """An unknown word right after a name is its surname when the document also names someone by that
        word alone after an honorific (``श्री अनवारुल हक नोमानी विशेष रूप से …`` … ``श्री नोमानी ने``)."""
        v = self.view
        taken = {q for c in accepted for q in range(c.start, c.end)}
        single = {c.start: c for c in accepted if c.end - c.start == 1 and not c.roles}
        dropped: set[int] = set()
        for c in accepted:  # a nickname in quotes right after the name is part of it: आशीष यादव 'गुड्डू'
            e = c.end
            if c.suffix is None and e + 2 < self.n and v.keys[e] in _QUOTES and v.keys[e + 2] == _QUOTES[v.keys[e]] \
                    and not any(v.brk[q] for q in range(e, e + 3)) and v.word[e + 1] and not v.dotted[e + 1] \
                    and (e + 1 not in taken or e + 1 in single) and e + 1 not in self.role_tok \
                    and e + 1 not in self.org_tok and v.stop[e + 1] not in BOUNDARY_KINDS \
                    and v.end_char(e) == v.start_char(e + 1) and v.end_char(e + 1) == v.start_char(e + 2):
                # (the quotes touch the nickname: not a quoted name of another person, ' संजय ')
                if e + 1 in single:
                    dropped.add(id(single[e + 1]))
                c.end = e + 3
                taken.update(range(e, e + 3))
        accepted = [c for c in accepted if id(c) not in dropped]
        alone = {v.keys[c.start] for c in accepted if c.end - c.start == 1 and c.hon is not None
                 and not v.names[c.start] and v.stop[c.start] is None}
        if not alone:
            return accepted
        for c in accepted:
            e = c.end
            if c.end - c.start < 4 and c.suffix is None and e < self.n and not v.brk[e] and v.keys[e] in alone \
                    and e not in taken and e not in self.role_tok and e not in self.org_tok and v.word[e] \
                    and not v.dotted[e] and v.keys[c.end - 1] != v.keys[e]:
                c.end = e + 1
                taken.add(e)
                if c.end < self.n and not v.brk[c.end] and is_post_honorific(v, c.end):
                    c.suffix = c.end
        return accepted

    def key_of(self, c: _Cand) -> tuple[str, ...]:
        v = self.view
        return name_key((v.keys[q], v.is_initial(q)) for q in range(c.start, c.end))

    def repeats(self, accepted: list[_Cand]) -> list[_Cand]:
        """Later (or earlier) bare mentions of names found with evidence."""
        v = self.view
        taken = {q for c in accepted for q in range(c.start, c.end)}
        taken.update(self.role_tok)
        taken.update(self.org_tok)
        keys = [self.key_of(c) for c in accepted]
        full = {k for k in keys if len(k) >= 2}
        clusters = merge_mentions(keys) if keys else []
        # first/last word of a full name -> the persons (clusters) whose full name it is part of
        part_of: dict[str, set[int]] = {}
        for k, cl in zip(keys, clusters):
            if len(k) >= 2:
                for part in {k[0], k[-1]}:
                    part_of.setdefault(part, set()).add(cl)
        extra: list[_Cand] = []
        for k in sorted(full, key=len, reverse=True):
            for p in range(self.n - len(k) + 1):
                q_end = p + len(k)
                if any(q in taken for q in range(p, q_end)):
                    continue
                if tuple(v.keys[p:q_end]) == k and not any(v.brk[q] for q in range(p + 1, q_end)) \
                        and all(self.name_word(q, first=False) for q in range(p, q_end)):
                    c = _Cand(p, q_end, evidence={"repeat"}, conf=_CONF["repeat"])
                    if q_end < self.n and is_post_honorific(v, q_end):
                        c.suffix = q_end
                    extra.append(c)
                    taken.update(range(p, q_end))
        for p in range(self.n):
            if p in taken or not v.word[p] or v.dotted[p]:
                continue
            if len(part_of.get(v.keys[p], ())) != 1 or not self.name_word(p, first=False):
                continue  # unknown or ambiguous (मिश्रा of two people)
            # a bare surname/given name needs a clause boundary before it (not की राय) and after it
            prev_ok = p == 0 or v.brk[p] or v.punct[p - 1] or v.stop[p - 1] in {
                "coordinator", "conjunction", "particle", "postposition"}
            # the subject opening a sentence needs no boundary after it (बबलू गांव का पूर्व मुखिया है)
            nxt_ok = p + 1 >= self.n or v.boundary(p + 1) or is_post_honorific(v, p + 1) or (
                (p == 0 or v.brk[p]) and not v.hard(p + 1) and (p + 1) not in self.role_tok)
            if prev_ok and nxt_ok:
                c = _Cand(p, p + 1, evidence={"repeat"}, conf=_CONF["repeat_part"])
                if p + 1 < self.n and is_post_honorific(v, p + 1):
                    c.suffix = p + 1
                extra.append(c)
                taken.add(p)
        return sorted(accepted + extra, key=lambda c: c.start)


# --------------------------------------------------------------------------- component


class PeopleComponent:
    """spaCy component: ``doc.spans["people"]`` and ``doc.spans["roles"]``."""

    def __init__(self, nlp: Language, name: str, use_ner: bool = True, ner_labels: Iterable[str] = _PERSON_LABELS,
                 org_labels: Iterable[str] = _ORG_LABELS, lexicon_names: bool = True):
        self.name = name
        self.lex = NameLexicon.load()
        self.roles = RoleLexicon.get()
        self.orgs = OrgLexicon.get()
        self.use_ner = use_ner
        self.ner_labels = tuple(ner_labels)
        self.org_labels = tuple(org_labels)
        self.lexicon_names = lexicon_names
        self.genitive = frozenset(k for k, kind in self.lex.stop.items() if kind == "genitive")
        self.coordinators = frozenset(k for k, kind in self.lex.stop.items() if kind == "coordinator")

    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        st = _Doc(self, doc)
        st.pass_roles()
        st.pass_honorifics()
        st.pass_name_prefix()
        st.pass_alias()
        st.pass_name_then_role()
        st.pass_elected()
        st.pass_suffix()
        if self.use_ner:
            st.pass_ner(self.ner_labels)
        st.pass_apposition()
        st.pass_initials()
        if self.lexicon_names:
            st.pass_lexicon()
            st.pass_surname_context()
        mentions = st.repeats(st.confirm_surnames(st.without_place_prefixes(st.resolve())))
        st.link_predicates(mentions)
        st._spread_elected(mentions)
        self._write(st, mentions)
        return doc

    def _write(self, st: _Doc, mentions: list[_Cand]) -> None:
        doc, v = st.doc, st.view
        for group in ("people", "roles"):
            if group not in doc.spans:
                doc.spans[group] = []
        keys = [st.key_of(c) for c in mentions]
        clusters = merge_mentions(keys) if keys else []
        alias_side: set[tuple[str, ...]] = set()  # keys of the names written after उर्फ
        if st.aliases and clusters:  # X उर्फ Y: one person, named X
            at = {(c.start, c.end): i for i, c in enumerate(mentions)}
            for left, right in st.aliases:
                i, j = at.get(left), at.get(right)
                if i is None or j is None:
                    continue
                alias_side.add(keys[j])
                if clusters[i] != clusters[j]:
                    old_cl, new_cl = clusters[j], clusters[i]
                    clusters = [new_cl if cl == old_cl else cl for cl in clusters]
            order: dict[int, int] = {}
            clusters = [order.setdefault(cl, len(order)) for cl in clusters]
        canonical: dict[int, tuple[tuple, _Cand]] = {}
        for c, k, cl in zip(mentions, keys, clusters):
            # the fullest form, first on ties; never the alias after उर्फ
            rank = (k not in alias_side, len(k), len(v.text(c.start, c.end)))
            if cl not in canonical or rank > canonical[cl][0]:
                canonical[cl] = (rank, c)
        # X उर्फ Y: the person is known by both, and named as written (राजू यादव उर्फ कल्लू यादव)
        known_as: dict[int, str] = {}
        if st.aliases and clusters:
            at = {(c.start, c.end): i for i, c in enumerate(mentions)}
            for left, right in st.aliases:
                i, j = at.get(left), at.get(right)
                if i is not None and j is not None and clusters[i] == clusters[j]:
                    known_as.setdefault(clusters[i], f"{v.text(*left)} उर्फ {v.text(*right)}")
        role_persons: dict[int, list[str]] = {}
        role_link: dict[int, str | None] = {}
        for c, k, cl in zip(mentions, keys, clusters):
            pid = f"P{cl + 1}"
            canon = canonical[cl][1]
            canon_text = known_as.get(cl) or v.text(canon.start, canon.end)
            if c.hon is not None:
                hs, he = v.start_char(c.hon[0]), v.end_char(c.hon[1] - 1)
            elif c.suffix is not None:
                hs, he = v.start_char(c.suffix), v.end_char(c.suffix)
            else:
                hs = he = None
            add_span(
                doc, "people", v.start_char(c.start), v.end_char(c.end - 1),
                person=pid,
                canonical=canon_text,
                honorific=v.doc_text[hs:he] if hs is not None else None,
                honorific_start=hs,
                honorific_end=he,
                honorific_suffix=v.text(c.suffix, c.suffix + 1) if c.suffix is not None else None,
                name_latin=romanize(canon_text),
                name_ascii=romanize_ascii(canon_text),
                key=" ".join(k),
                evidence=sorted(c.evidence),
                confidence=round(c.conf, 3),
            )
            for i, link in c.roles.items():
                if pid not in role_persons.setdefault(i, []):
                    role_persons[i].append(pid)
                if role_link.get(i) is None:
                    role_link[i] = link
        for i, r in enumerate(st.roles):
            org = r.organization
            link = role_link.get(i)
            add_span(
                doc, "roles", v.start_char(r.start), v.end_char(r.end - 1),
                title=_singular_title(v.text(r.start, r.end), r.title),
                level=r.level,
                portfolio=r.portfolio,
                base=r.title.base,
                expansion=r.title.expansion,
                category=r.title.category,
                qualifier=v.text(*r.qualifier) if r.qualifier else None,
                organization=v.text(org.start, org.end) if org else None,
                org=org.key if org else None,
                jurisdiction=v.text(*r.jurisdiction) if r.jurisdiction else None,
                jurisdiction_start=v.start_char(r.jurisdiction[0]) if r.jurisdiction else None,
                jurisdiction_end=v.end_char(r.jurisdiction[1] - 1) if r.jurisdiction else None,
                former=r.former,
                persons=sorted(role_persons.get(i, []), key=lambda x: int(x[1:])),
                link=link,
                confidence=_ROLE_CONF[link],
            )


@Language.factory(
    "hindi_people",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={
        "use_ner": True,
        "ner_labels": list(_PERSON_LABELS),
        "org_labels": list(_ORG_LABELS),
        "lexicon_names": True,
    },
)
def make_people(nlp: Language, name: str, use_ner: bool, ner_labels: list[str], org_labels: list[str],
                lexicon_names: bool) -> PeopleComponent:
    """People (names, honorifics, merged per document) and their designations."""
    return PeopleComponent(nlp, name, use_ner=use_ner, ner_labels=ner_labels, org_labels=org_labels,
                           lexicon_names=lexicon_names)

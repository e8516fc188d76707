"""Small verb-group heuristics for Hindi: tense, aspect, voice, mood and negation.

Works on *matching keys* (``key(token)``: the token's normalised form through
:func:`extract.text.normalize_key`, then :func:`fold`), so spelling variants
(बनायी/बनाई, गयी/गई, जायेगा/जाएगा, दिये/दिए) look the same.

The closed classes below (auxiliaries, the paradigms of the light verbs करना,
होना, जाना, लेना, देना ...) are grammar, not lexicon, and stay in code.

    >>> from extract.tense import analyse, fold
    >>> g = analyse([fold(w) for w in "बनायी गयी है".split()])
    >>> (g.tense, g.aspect, g.voice)
    ('past', 'perfect', 'passive')
    >>> analyse(["किया", "गया", "था"]).tense
    'pluperfect'
    >>> analyse(["किया", "जाएगा"]).tense
    'future'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .text import normalize_key

__all__ = [
    "VerbGroup", "fold", "key", "analyse", "group_at", "main_group", "is_aux", "is_verb_form",
    "is_future_form", "is_perfective_like", "gender", "NEGATIONS", "PUNCT", "POSTPOSITIONS",
]

# य + ी / ये after a letter is a spelling variant of ई / ए (बनायी = बनाई, गये = गए, जायेगा = जाएगा).
_Y_VARIANT = re.compile(r"(?<=[\u0901-\u0939\u093e-\u094c])य([\u0940\u0947])")
_Y_MAP = {"\u0940": "\u0908", "\u0947": "\u090f"}


@lru_cache(maxsize=65536)
def fold(k: str) -> str:
    """Fold spelling variants of a normalised key: nukta dropped, यी/ये -> ई/ए after a letter."""
    k = k.replace("\u093c", "")
    return _Y_VARIANT.sub(lambda m: _Y_MAP[m.group(1)], k)


_NUMERIC = re.compile(r"[0-9\u0966-\u096f]+(?:[.,:/][0-9\u0966-\u096f]+)*")
_DEV_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def key(token_or_text) -> str:
    """Matching key of a spaCy token (uses ``norm_``) or of a string; a number keeps its dots (``2.5``)."""
    text = getattr(token_or_text, "norm_", token_or_text)
    if _NUMERIC.fullmatch(text):
        return text.translate(_DEV_DIGITS)
    return fold(normalize_key(text))


def _forms(*words: str) -> frozenset[str]:
    return frozenset(fold(normalize_key(w)) for w in " ".join(words).split())


NEGATIONS = _forms("नहीं नही न मत")
PUNCT = frozenset({"।", "।।", "॥", ".", "?", "!", ",", ";", ":", "-", "–", "—", "(", ")", '"', "'", "“", "”", "‘", "’"})
POSTPOSITIONS = _forms("में पर से को तक का की के द्वारा हेतु लिए लिये ने वाले वाली वाला")

# Light verbs and auxiliaries (all forms the heuristics need).
_HONA_PRES = _forms("है हैं हूं हो")
_HONA_PAST = _forms("था थी थे थीं")
_HONA_FUT = _forms("होगा होगी होंगे होंगी")
_HONA = _HONA_PRES | _HONA_PAST | _HONA_FUT | _forms("हुआ हुई हुए हुईं होता होती होते होना होने होनी होकर")
_JANA_PERF = _forms("गया गयी गई गये गए गयीं गईं")
_JANA = _JANA_PERF | _forms("जा जाता जाती जाते जाएगा जाएगी जाएंगे जाएंगी जायेगा जायेगी जायेंगे जाए जाएं जाये जायें जाना जाने जानी")
_RAHNA = _forms("रहा रही रहे रहीं रहेगा रहेगी रहेंगे रहेंगी")
_SAKNA = _forms("सका सकी सके सकता सकती सकते सकेगा सकेगी सकेंगे")
_CHUKNA = _forms("चुका चुकी चुके चुकीं")
_KARNA = _forms("कर करता करती करते किया की किए किये कीं करेगा करेगी करेंगे करेंगी करे करें करना करने करनी करके कराया कराई कराए करायी कराये")
_LENA = _forms("ले लेता लेती लेते लिया ली लिए लिये लीं लेगा लेगी लेंगे लें लेना लेने")
_DENA = _forms("दे देता देती देते दिया दी दिए दिये दीं देगा देगी देंगे दें देना देने")
#: perfective participles of the light verbs (the open class is guessed from -ा/-ी/-े endings in context)
_PERF = _forms("किया की किए कीं हुआ हुई हुए हुईं लिया ली लिए लीं दिया दी दिए दीं कराया कराई कराए") | _JANA_PERF
_NOT_PERF_PL = _forms("नहीं नही कहीं यहीं वहीं")
_SUBJUNCTIVE = _forms("जाए जाएं करे करें हों दें लें रहें")
#: the open class of plural/honorific subjunctives (मिलें, रखें, पहुंचें, बनाएं) - only as the last word of a
#: verb group; pronouns and the postposition in -ें are not verbs
_SUBJ_END = re.compile(r"(?:[\u0947\u090f]\u0902)$")
_NOT_SUBJ = _forms("में हमें तुम्हें उन्हें इन्हें जिन्हें किन्हें मुझें")
_OBLIG_INF = _forms("जाना करना होना देना लेना")
_INF_END = re.compile(r"(?:ना|नी|ने)$")
_NOT_INF = _forms("धरना घटना योजना सूचना रचना तुलना भावना कामना प्रार्थना सामना कल्पना आलोचना सराहना अवमानना प्रस्तावना")
_INFINITIVE = _forms("जाना जाने जानी करना करने करनी होना होने होनी देना देने देनी लेना लेने लेनी कराने करवाने")
_FUTURE = re.compile(r"(?:[\u0947\u090f]\u0902?|[\u0942\u094b]\u0902?)(?:गा|गी|गे|गीं)$")  # करेगा, जाएगी, होंगे, करूंगा
_HABITUAL = re.compile(r"(?:ता|ती|ते|तीं)$")

_AUX = _HONA | _JANA | _RAHNA | _SAKNA | _CHUKNA
_VERB_FORMS = _AUX | _KARNA | _LENA | _DENA


def is_future_form(w: str) -> bool:
    return w in _HONA_FUT or bool(_FUTURE.search(w))


def is_aux(w: str) -> bool:
    """An auxiliary: a form of होना, जाना (passive), रहना (progressive), सकना, चुकना, or a future form of them."""
    return w in _AUX


def is_verb_form(w: str) -> bool:
    """A known verb form (light verbs, auxiliaries) or any future-tense form."""
    return w in _VERB_FORMS or is_future_form(w)


def is_perfective_like(w: str) -> bool:
    """Looks like a perfective participle (known form, or -ा/-ी/-े/-ई/-ए ending): only meaningful in a verb context."""
    return _is_perfective(w)


def _is_subjunctive(w: str) -> bool:
    """A subjunctive form: a known one (करें, जाए) or a verb stem + -ें/-एं (मिलें, बनाएं)."""
    return w in _SUBJUNCTIVE or (len(w) > 3 and bool(_SUBJ_END.search(w)) and w not in _NOT_SUBJ
                                 and not is_future_form(w))


def _is_perfective(w: str) -> bool:
    if len(w) > 3 and w.endswith(("\u0940\u0902", "\u0908\u0902")) and w not in _NOT_PERF_PL:
        w = w[:-1]  # feminine plural: लगवाईं, सौंपीं, गईं
    return w in _PERF or (len(w) > 2 and w[-1] in "\u093e\u0940\u0947\u0908\u090f" and w not in _AUX
                          and not _HABITUAL.search(w) and not is_future_form(w) and w not in _SUBJUNCTIVE)


@dataclass(frozen=True)
class VerbGroup:
    """A verb group: ``words[start:end]`` of the sequence it was found in."""

    start: int
    end: int
    words: tuple[str, ...]
    tense: str  # future | present | past | pluperfect | unknown
    aspect: str  # perfect | perfective | progressive | habitual | simple
    voice: str  # active | passive
    mood: str  # indicative | subjunctive | obligation
    negated: bool

    @property
    def nonfinite(self) -> bool:
        """The group ends in an infinitive (निरस्त किए जाने के खिलाफ, गिरफ्तार करने के लिए): a noun, not a predicate."""
        return bool(self.words) and self.words[-1] in _INFINITIVE

    @property
    def modal(self) -> bool:
        """A form of सकना in the group (रद्द की जा सकती है): a possibility, not a fact or a plan."""
        return any(w in _SAKNA for w in self.words)

    @property
    def remote(self) -> bool:
        """A था/थी/थे in the group: pluperfect or remote past, which marks background in a press note."""
        return any(w in _HONA_PAST for w in self.words)

    def as_dict(self) -> dict[str, object]:
        return {"tense": self.tense, "aspect": self.aspect, "voice": self.voice, "mood": self.mood,
                "negated": self.negated}


def analyse(words: Sequence[str], start: int = 0, end: int | None = None) -> VerbGroup:
    """Tense/aspect/voice/mood of the verb group ``words[start:end]`` (keys, main verb first)."""
    end = len(words) if end is None else end
    ws = tuple(words[start:end])
    negated = any(w in NEGATIONS for w in ws)
    core = [w for w in ws if w not in NEGATIONS]
    future = any(is_future_form(w) for w in core)
    past_aux = any(w in _HONA_PAST for w in core)
    pres_aux = any(w in _HONA_PRES for w in core)
    progressive = any(w in _RAHNA for w in core[1:]) and not future
    passive = False
    perfective = False
    for i, w in enumerate(core):
        nxt = core[i + 1] if i + 1 < len(core) else None
        if nxt in _JANA and w not in _JANA and w not in _HONA and (w in _PERF or _is_perfective(w)):
            passive = True
        if w in _PERF or (nxt in _AUX and _is_perfective(w)) or (nxt is None and i == len(core) - 1 and w in _PERF):
            perfective = True
    if core and core[-1] in _PERF or len(core) == 1 and _is_perfective(core[0]):
        perfective = True  # a bare participle closing the clause: प्रस्ताव रखा, अभियान चलाया
    if any(w in _JANA and _HABITUAL.search(w) for w in core[1:]):
        perfective = False  # किया जाता है: a habitual passive, not a perfective
    obligation = any(w in _OBLIG_INF and i + 1 < len(core) and core[i + 1] in (_HONA_PRES | _HONA_PAST)
                     or i + 1 < len(core) and core[i + 1] in _HONA_FUT and len(w) > 3 and _INF_END.search(w) and w not in _NOT_INF
                     for i, w in enumerate(core))  # किया जाना है; हाजिरी लगानी होगी (an infinitive + future होना)
    mood = "indicative"
    if obligation:
        mood = "obligation"
    elif core and _is_subjunctive(core[-1]) and not future:
        mood = "subjunctive"
    if mood == "subjunctive":
        tense, aspect = "unknown", "simple"
    elif future:
        tense, aspect = "future", ("progressive" if any(w in _RAHNA for w in core[1:]) else "simple")
    elif past_aux:
        tense = "pluperfect" if perfective and not progressive and not obligation else "past"
        aspect = "progressive" if progressive else ("perfective" if perfective else "habitual")
    elif obligation:
        tense, aspect = "present", "simple"
    elif perfective:
        tense, aspect = "past", ("perfect" if pres_aux else "perfective")
    elif progressive:
        tense, aspect = "present", "progressive"
    elif pres_aux:
        tense, aspect = "present", ("habitual" if any(_HABITUAL.search(w) for w in core) else "simple")
    else:
        tense, aspect = "unknown", "simple"
    return VerbGroup(start, start + len(ws), ws, tense, aspect, "passive" if passive else "active", mood, negated)


_FEMININE_END = ("गी", "गीं", "ई", "ईं", "\u0940", "\u0940\u0902")  # होगी, हुई, की, गयीं
_MASCULINE_END = ("गा", "गे", "आ", "ए", "\u093e", "\u0947")  # होगा, होंगे, हुआ, हुए, किया, गए


def gender(g: VerbGroup) -> str | None:
    """Grammatical gender (``m``/``f``) the verb group agrees with, from its last word (होगा/हुआ: m,
    होगी/हुई: f); ``None`` when it does not show one (है, करें)."""
    w = g.words[-1] if g.words else ""
    if w.endswith(_FEMININE_END):
        return "f"
    if w.endswith(_MASCULINE_END):
        return "m"
    return None


def group_at(words: Sequence[str], i: int) -> VerbGroup:
    """The verb group starting at ``words[i]`` (a main verb or a predicate word), auxiliaries after it included."""
    j = i + 1
    n = len(words)
    while j < n:
        w = words[j]
        if is_aux(w) or is_verb_form(w) and w not in POSTPOSITIONS:
            j += 1
        elif is_verb_form(w) and (j + 1 == n or words[j + 1] in PUNCT or is_aux(words[j + 1])):
            j += 1  # दर्ज की गई थी, दर्ज की।: की is the verb here, not the genitive
        elif w in NEGATIONS and j + 1 < n and is_verb_form(words[j + 1]):
            j += 1
        else:
            break
    return analyse(words, i, j)


def main_group(words: Sequence[str]) -> VerbGroup | None:
    """The sentence-final verb group (the main predicate of a verb-final clause), with the predicate word
    before a light verb (``संपन्न हुई``, ``अवगत कराया``) included. ``None`` if the clause does not end in a verb."""
    k = len(words) - 1
    while k >= 0 and words[k] in PUNCT:
        k -= 1
    if k < 0:
        return None
    end = k + 1
    while k > 0 and (is_aux(words[k]) or words[k] in NEGATIONS):
        k -= 1
    w = words[k]
    if k == end - 1 and not (is_verb_form(w) or _is_perfective(w) or _is_subjunctive(w)) and not is_aux(w):
        return None
    if w in _VERB_FORMS or is_future_form(w) or _is_perfective(w):
        if k > 0 and words[k - 1] not in PUNCT and words[k - 1] not in POSTPOSITIONS and (
                w in _KARNA or w in _HONA or w in _LENA or w in _DENA or w in _JANA):
            k -= 1  # predicate + light verb: संपन्न हुई, भाग लिया, अवगत कराया
    elif words[k] in PUNCT or words[k] in POSTPOSITIONS:
        k += 1
    return analyse(words, k, end)

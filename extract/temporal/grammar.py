"""The temporal grammar: regex rules over the folded text, candidate selection, merging, resolution.

Pipeline (per document, see :func:`find_timexes`):

1. every rule (a compiled regex built from the lexicon, plus a handler) proposes candidates
   ``Cand(start, end, sem)`` on the folded text; ``sem`` is a small dict describing the expression
   (``{"k": "abs", "m": 9, "d": 15}``, ``{"k": "dur", "n": 3, "unit": "day"}``, ...);
2. candidates are selected longest-first without overlaps and never across sentences;
3. neighbours are merged (``मंगलवार तड़के``, ``सोमवार, 15 सितंबर 2018``, ``15 और 16 सितंबर``),
   boundary phrases extend a span (``इस माह के अंत`` -> mod END);
4. each candidate is resolved to a TIMEX3 value against the document date, with the tense of its
   clause (:mod:`.tense`) choosing past/future readings; times are anchored to a day expression of
   the same sentence, else (when the sentence has no date expression at all) to the most recent
   explicit day expression of the previous sentence of the same paragraph (TIMEX3 anchoring by
   discourse: ``सोमवार को बोर्ड बैठक होगी। बैठक दोपहर 12 बजे शुरू होगी।`` -> Monday T12:00), else
   to the document date.

TIMEX3 span convention: postpositions (को, से, तक, में, ...) are outside the span; internal ones
(``70 के दशक``, ``बुधवार की देर रात``) are inside.

Value conventions:

* Without an anchor (no document date, no dated expression to lean on) an expression that carries
  calendar information of its own keeps it with ``X`` placeholders (``XXXX-09``, ``XXXX-WXX-2TMO``,
  ``XXXX-XX-XXT10:00``); a purely relative one has value None (``आज``, ``पिछले साल``, ``दो दिन
  पहले``), and so does a time whose date part is such a relative day (``आज सुबह``, ``कल रात``, ``आज
  शाम 5 बजे``, ``कल ... शाम 4 बजे``). ``resolved`` is False in both cases.
* ``N UNIT बाद`` ("N later") is anchored to the last date before it in the sentence (``1985 में ...
  20 साल बाद`` = 2005); in a future/present clause without one it counts from the document date
  (``तीन दिन बाद परिणाम आएंगे``). In a past clause without one it is "N after" some earlier event of
  the narrative, never N after the document date: it takes the date of the previous sentence of the
  same paragraph when there is one (``12 जनवरी को एफआईआर दर्ज हुई। पांच दिन बाद ...``), otherwise
  it stays a DATE with value None, unresolved (``चार साल बाद फैसला आया है``), as ``घटना के दो दिन
  बाद`` does. It is not retyped as a DURATION: the expression still denotes a point in time whose
  anchor is unknown (TimeML: a DATE anchored to an event).
* Durations are integral (:func:`.values.duration_value`): ``आधे घंटे`` = PT30M, ``ढाई घंटे`` =
  PT2H30M, ``आधा दिन`` = PT12H, ``डेढ़ साल`` = P18M.
* A four-digit number inside an identifier is never a year (:meth:`Grammar.in_identifier`): vehicle
  registrations (``MH 12 KT 1988``, ``यूपी 32 एबी 2019``), hyphenated codes (``XR-2019``) and numbers
  after ``identifier_cue`` words (``संख्या``, ``नंबर``, ``धारा``, ``पिन कोड``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Sequence

from .lexicon import Lexicon, alternation, lexicon, oclock_hours, part_of_day_hours
from .tense import governing_group
from .textview import TextView
from .values import (
    direction,
    duration_value,
    fy_start,
    fy_value,
    iso_day,
    iso_month,
    pick_day,
    pick_day_of_month,
    pick_month_year,
    pick_weekday,
    shift,
    valid_day,
)

__all__ = ["Timex", "Grammar", "grammar", "find_timexes", "parse_iso_date"]

_WCH = r"\w\u0900-\u0963\u0971-\u097F"
L = rf"(?<![{_WCH}])"
R = rf"(?![{_WCH}])"
SP = r"[ \t]+"
OSP = r"[ \t]*"


@dataclass
class Cand:
    start: int
    end: int
    sem: dict[str, Any]
    conf: float
    rule: str
    sent: int = 0
    # filled during resolution
    value: str | None = None
    type: str = "date"
    granularity: str = "day"
    resolved: bool = False
    mod: str | None = None
    day: dt.date | None = None  # the calendar day this expression denotes (anchor for times/anaphora)
    tense: str | None = None


@dataclass
class Timex:
    start: int  # original offsets
    end: int
    text: str
    value: str | None
    type: str
    granularity: str
    resolved: bool
    mod: str | None
    confidence: float
    rule: str
    tense: str | None = None

    def attrs(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "type": self.type,
            "granularity": self.granularity,
            "resolved": self.resolved,
            "mod": self.mod,
            "confidence": self.confidence,
            "rule": self.rule,
            "tense": self.tense,
        }


def parse_iso_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _g(alt: str) -> str:
    return f"(?:{alt})" if alt else r"(?!x)x"


class Grammar:
    """Compiled rules for one lexicon (built once, see :func:`grammar`)."""

    def __init__(self, lx: Lexicon):
        self.lx = lx
        k = lx.kind
        self.relmod = {f: (int(v), e == "anaphoric") for f, (v, e, _c) in k("relative_mod").items()}
        self.direction_words = {f: int(v) for f, (v, _e, _c) in k("direction").items()}
        self.boundary = {f: v for f, (v, _e, _c) in k("boundary").items()}
        self.boundary_prefix = {f: v for f, (v, _e, _c) in k("boundary_prefix").items()}
        self.fy_first = {f: int(v or 4) for f, (v, _e, _c) in k("fy_cue").items()}
        self.year_block_before = set(k("year_block_before"))
        self.year_block_after = set(k("year_block_after"))
        self.identifier_cue = set(k("identifier_cue"))
        self.identifier_part = set(k("identifier_part"))
        self.latin_names = set(lx.month_latin) | set(lx.weekdays_latin)
        # a Devanagari registration number: state code, district number, optional series (यूपी 32 एबी 2019)
        parts = alternation(self.identifier_part)
        self.vehicle_code = re.compile(
            rf"{L}(?:{parts})(?:{OSP}-{OSP}|{SP})?\d{{1,2}}(?:(?:{OSP}-{OSP}|{SP})[^\s\d।,]{{1,4}})?(?:{OSP}-{OSP}|{SP})$"
        ) if parts else None
        self.month_block_before = {(f, v) for f, (v, _e, _c) in k("month_block_before").items()}
        self.month_block_after = {(f, v) for f, (v, _e, _c) in k("month_block_after").items()}
        self.default_hours = oclock_hours(lx)

        P: dict[str, str] = {}
        P["MON_FULL"] = _g(alternation(lx.month_names))
        P["MON_ABBR"] = rf"(?:{alternation(lx.month_abbr)})\."
        P["MON_LAT"] = rf"(?:{alternation(lx.month_latin)})\.?"
        P["MON"] = rf"(?P<mon>{P['MON_FULL']}|{P['MON_ABBR']}|{P['MON_LAT']}){R}"
        P["WD"] = _g(alternation(lx.weekdays))
        P["RELMOD"] = _g(alternation(self.relmod))
        P["RELDAY"] = _g(alternation(k("relative_day")))
        P["DIR"] = _g(alternation(self.direction_words))
        P["POD"] = _g(alternation(k("part_of_day")))
        P["APPROX"] = _g(alternation(k("approx")))
        P["SETQ"] = _g(alternation(k("set_quant")))
        P["SETW"] = _g(alternation(k("set")))
        P["UNIT"] = _g(alternation(list(lx.units) + list(lx.unit_plurals)))
        P["UNIT_S"] = _g(alternation(lx.units))
        P["UNIT_ADJ"] = _g(alternation(lx.unit_adjectives))
        P["MONTH_UNIT"] = _g(alternation([f for f, u in lx.units.items() if u.name == "month"]))
        P["DECADE"] = _g(alternation([f for f, u in {**lx.units, **lx.unit_plurals}.items() if u.name == "decade"]))
        P["CENTURY"] = _g(alternation([f for f, u in {**lx.units, **lx.unit_plurals}.items() if u.name == "century"]))
        P["CARD"] = _g(alternation(lx.cardinals))
        P["ORDW"] = _g(alternation(lx.ordinals))
        P["ORDSUF"] = _g(alternation(lx.ordinal_suffixes))
        P["FRAC"] = _g(alternation(lx.fractions))
        P["FRACP"] = _g(alternation(lx.fraction_prefixes))
        P["QUANT"] = _g(alternation(lx.quantifiers))
        P["YCUE"] = _g(alternation(k("year_cue")))
        P["YSFX"] = _g(alternation(k("year_suffix")))
        P["YCTX"] = _g(alternation(k("year_context")))
        P["FYCUE"] = _g(alternation(k("fy_cue")))
        P["SESS"] = _g(alternation(k("session_cue")))
        P["DPRE"] = _g(alternation(k("date_prefix")))
        P["DAYCUE"] = _g(alternation(k("day_cue")))
        P["CONJ"] = _g(alternation(k("conj")))
        P["BOUND"] = _g(alternation(self.boundary))
        P["BPRE"] = _g(alternation(self.boundary_prefix))
        P["OCLOCK"] = _g(alternation(k("oclock")))
        P["OCLOCK_AND"] = _g(alternation(k("oclock_and")))
        P["FEST"] = _g(alternation(lx.festivals))
        P["QUARTER"] = _g(alternation([f for f, u in lx.units.items() if u.name == "quarter"]))
        P["GEN"] = _g(alternation(k("genitive")))
        P["PARTICLE"] = _g(alternation(k("particle")))
        P["ALT"] = _g(alternation(k("alternative")))
        P["RSEP"] = _g(alternation(k("range_sep")))
        P["DFOLLOW"] = _g(alternation(k("duration_follow")))
        P["ANCHOR"] = _g(alternation(k("anchor_link")))
        P["UNTIL"] = _g(alternation(k("until")))
        P["YDLINK"] = _g(alternation(k("year_day_link")))
        P["MINUTE"] = _g(alternation([f for f, u in lx.units.items() if u.name == "minute"]))
        num_base = rf"(?:(?:{P['FRACP']}){SP})?(?:\d+(?:\.\d+)?|{P['CARD']})|{P['FRAC']}|{P['QUANT']}"
        P["NUM"] = rf"(?:{num_base})(?:{OSP}[-–]{OSP}(?:{num_base})|{SP}(?:{P['ALT']}){SP}(?:{num_base}))?"
        P["HOUR"] = rf"(?:(?:{P['FRACP']}){SP})?(?:\d{{1,2}}(?:[:.]\d{{2}})?|{P['CARD']})|{P['FRAC']}"
        self.P = P

        self.num_re = re.compile(
            rf"^(?:(?P<fp>{P['FRACP']}){SP})?(?:(?P<d>\d+(?:\.\d+)?)|(?P<c>{P['CARD']})|(?P<f>{P['FRAC']})|(?P<q>{P['QUANT']}))$"
        )
        self.rules: list[tuple[str, re.Pattern[str], Callable, float]] = []
        self._build_rules()
        self.boundary_after = re.compile(rf"{SP}(?:{P['GEN']}){SP}(?P<b>{P['BOUND']}){R}")
        self.boundary_before = re.compile(rf"(?:^|(?<=[^{_WCH}]))(?P<b>{P['BPRE']}){SP}$")
        self.approx_before = re.compile(rf"(?:^|(?<=[^{_WCH}]))(?P<a>{P['APPROX']}){SP}$")
        self.day_coord_before = re.compile(rf"{L}(?P<d>\d{{1,2}}){OSP}(?:,{OSP}|{SP}(?:{P['CONJ']}){SP})$")
        self.from_before = re.compile(rf"(?<![{_WCH}])(?:{P['ANCHOR']}){SP}$")
        self.num_range = re.compile(rf"[-–]|{SP}(?:{P['ALT']}){SP}")
        self.partitive = set(self.lx.kind("partitive"))
        self.until = set(self.lx.kind("until"))
        self.ablative = set(self.lx.kind("anchor_link")) & set(self.lx.kind("range_sep"))
        P["SEP_DT"] = rf"^(?:{OSP},{OSP}|{SP}(?:(?:{P['GEN']}){SP})?|)$"
        P["SEP_YEAR_DAY"] = rf"^(?:{OSP},{OSP}|{SP}(?:{P['YDLINK']}){SP})$"
        P["SEP_RANGE"] = rf"^{SP}(?:{P['RSEP']}|{P['CONJ']}|{P['UNTIL']}|,){SP}$|^{OSP}[-–,]{OSP}$"
        self.sep_dt = re.compile(P["SEP_DT"])
        self.sep_wd = re.compile(rf"^(?:{OSP},{OSP}|{SP})$")
        self.sep_year_day = re.compile(P["SEP_YEAR_DAY"])
        self.sep_range = re.compile(P["SEP_RANGE"])
        self.word_re = re.compile(r"[^\s]+")
        nt = alternation(self.lx.kind("not_temporal"))
        self.not_temporal = re.compile(rf"{L}(?:{nt}){R}") if nt else None

    # ------------------------------------------------------------------ rules
    def _rule(self, name: str, pattern: str, handler: Callable, conf: float) -> None:
        self.rules.append((name, re.compile(pattern), handler, conf))

    def _build_rules(self) -> None:
        P = self.P
        Y4 = r"\d{4}"
        yr_tail = rf"(?:{OSP},?{OSP}(?:(?:{P['YCUE']}){SP})?(?P<y>{Y4}){R}(?:{SP}(?P<sfx>{P['YSFX']})(?![{_WCH}-]))?)?"
        det = rf"(?:(?P<det>{P['RELMOD']}){SP})?"
        # numeric dates: 15.09.2018, 15/09/18, 15-09-2018, 2018-09-15 (a दिनांक prefix is left out of the span)
        self._rule("numeric", rf"(?:(?P<pre>{P['DPRE']}){OSP}[:-]?{OSP})?{L}(?P<a>\d{{1,4}})(?P<s>[./-])(?P<b>\d{{1,2}})(?P=s)(?P<c>\d{{4}}|\d{{2}}){R}(?![./-]\d)", self._h_numeric, 0.9)
        # 15 सितम्बर 2018, 15-16 सितंबर, आगामी 2 अक्टूबर, 30 Nov 2017
        day = rf"\d{{1,2}}|{P['CARD']}"
        wd_lat = rf"(?:(?P<wdl>{alternation(self.lx.weekdays_latin)})\.?{OSP},?{OSP})?"
        self._rule("day_month", rf"{det}{wd_lat}{L}(?P<d1>{day})(?:{OSP}(?P<sep>/|{P['RSEP']}){OSP}(?P<d2>{day}))?{OSP}{P['MON']}{yr_tail}", self._h_day_month, 0.95)
        # सितंबर 15, 2018
        self._rule("month_day", rf"{L}(?P<mon>{P['MON_FULL']}|{P['MON_LAT']}){SP}(?P<d1>\d{{1,2}}){OSP},{OSP}(?P<y>{Y4}){R}", self._h_day_month, 0.9)
        # सितंबर 2018, सितंबर माह 2018
        self._rule("month_year", rf"{det}{L}{P['MON']}(?:{SP}(?P<cue>{P['MONTH_UNIT']}){R})?{OSP},?{OSP}(?:(?:{P['YCUE']}){SP})?(?P<y>{Y4}){R}(?:{SP}(?P<sfx>{P['YSFX']})(?![{_WCH}-]))?", self._h_month_year, 0.95)
        # सितंबर-अक्टूबर 2018, जनवरी से मार्च
        self._rule("month_range", rf"{L}(?P<m1>{P['MON_FULL']}|{P['MON_ABBR']}){OSP}(?:{P['RSEP']}){OSP}(?P<m2>{P['MON_FULL']}|{P['MON_ABBR']}){R}(?:{OSP},?{OSP}(?P<y>{Y4}){R})?", self._h_month_range, 0.85)
        # सितम्बर माह, इसी सितम्बर माह, अक्टूबर
        self._rule("month", rf"{det}{L}(?P<mon>{P['MON_FULL']}){R}(?:{SP}(?P<cue>{P['MONTH_UNIT']}){R})?", self._h_month, 0.8)
        # वर्ष 2018, सन् 1947, साल 2019
        self._rule("year_cue", rf"{L}(?P<cue>{P['YCUE']}){SP}(?P<y>{Y4}){R}(?:{SP}(?P<sfx>{P['YSFX']})(?![{_WCH}-]))?", self._h_year, 0.95)
        # (1943), (1962-64): a four-digit number alone in brackets is a year
        self._rule("year_paren", rf"\({OSP}(?P<y1>{Y4})(?:{OSP}[-–]{OSP}(?P<y2>{Y4}|\d{{2}}))?{OSP}\)", self._h_year_paren, 0.8)
        # 1947 ई.
        self._rule("year_sfx", rf"{L}(?P<y>{Y4}){SP}(?P<sfx>{P['YSFX']})(?![{_WCH}-])", self._h_year, 0.9)
        # 2018 में / 2019 के चुनाव / 2014 और 2019 में
        self._rule("year_ctx", rf"(?<![{_WCH}.,:/-])(?P<ys>{Y4}(?:(?:{OSP},{OSP}|{SP}(?:{P['CONJ']}){SP})(?:(?:{P['MON_FULL']}){SP})?{Y4})*){R}(?![./:-]\d)(?={SP}(?P<pp>{P['YCTX']}){R})", self._h_year_ctx, 0.75)
        # वित्त वर्ष 2023-24, 2018-19 सत्र, 2018-19 में
        self._rule("year_range", rf"(?:(?P<cue>{P['FYCUE']}|{P['SESS']}|{P['YCUE']}){SP})?{L}(?P<y1>{Y4}){OSP}[-–/]{OSP}(?P<y2>{Y4}|\d{{2}}){R}(?:{SP}(?P<cue2>{P['FYCUE']}|{P['SESS']}){R})?", self._h_year_range, 0.9)
        # वित्त वर्ष 2024
        self._rule("fy_single", rf"{L}(?P<cue>{P['FYCUE']}){SP}(?P<y>{Y4}){R}(?![./:–-]\d)", self._h_fy_single, 0.85)
        # चालू वित्त वर्ष, पिछले वित्त वर्ष
        self._rule("fy_rel", rf"{L}(?P<mod>{P['RELMOD']}){SP}(?P<cue>{P['FYCUE']}){R}", self._h_fy_rel, 0.9)
        # आज, कल, परसों
        self._rule("relday", rf"(?<![-–]){L}(?P<w>{P['RELDAY']}){R}(?![-–])", self._h_relday, 0.9)
        # पिछले सप्ताह, अगले महीने, इस वर्ष, पिछले दो वर्षों
        self._rule("rel_unit", rf"{L}(?P<mod>{P['RELMOD']}){SP}(?:(?:{P['PARTICLE']}){SP})?(?:(?P<num>{P['NUM']}){SP})?(?P<unit>{P['UNIT']}){R}", self._h_rel_unit, 0.9)
        # दो दिन पहले, तीन दिन बाद, एक सप्ताह के बाद
        self._rule("offset", rf"(?:(?P<approx>{P['APPROX']}){SP})?{L}(?P<num>{P['NUM']}){OSP}(?P<unit>{P['UNIT']}){R}(?:{SP}(?:{P['GEN']}){R})?{SP}(?P<dir>{P['DIR']}){R}", self._h_offset, 0.85)
        # तीन दिन, 24 घंटे, दो दिवसीय, कई वर्षों, लगभग दो साल
        self._rule("duration", rf"(?:(?P<approx>{P['APPROX']}){SP})?{L}(?P<num>{P['NUM']}){OSP}(?P<unit>{P['UNIT']}|{P['UNIT_ADJ']}){R}", self._h_duration, 0.85)
        # वर्षों से, दशकों से (bare plural unit before से/तक)
        self._rule("plural_dur", rf"{L}(?P<unit>{P['UNIT']}){R}(?={SP}(?:{P['DFOLLOW']}){R})", self._h_plural_dur, 0.6)
        # हर सोमवार, प्रत्येक रविवार
        self._rule("set_wd", rf"{L}(?P<q>{P['SETQ']}){SP}(?P<wd>{P['WD']}){R}", self._h_set_wd, 0.9)
        # हर महीने, हर दो साल, प्रति वर्ष
        self._rule("set_unit", rf"{L}(?P<q>{P['SETQ']}){SP}(?:(?P<num>{P['NUM']}){SP})?(?P<unit>{P['UNIT']}){R}", self._h_set_unit, 0.9)
        # प्रतिदिन, सालाना
        self._rule("set_word", rf"{L}(?P<w>{P['SETW']}){R}", self._h_set_word, 0.9)
        # सोमवार, अगले सोमवार
        self._rule("weekday", rf"{det}{L}(?P<wd>{P['WD']}){R}", self._h_weekday, 0.85)
        # सुबह 10 बजे, शाम 5:30 बजे, 10 से 12 बजे, साढ़े दस बजे
        self._rule("time", rf"(?:(?P<approx>{P['APPROX']}){SP})?(?:(?P<pod>{P['POD']}){SP}(?:(?:{P['GEN']}){SP})?(?:(?P<approx2>{P['APPROX']}){SP})?)?{L}(?P<h>{P['HOUR']})(?:{OSP}(?:{P['RSEP']}){OSP}(?P<h2>{P['HOUR']}))?{OSP}(?P<oc>{P['OCLOCK']}){R}(?:{SP}(?P<mi>\d{{1,2}}){SP}{P['MINUTE']}{R})?", self._h_time, 0.9)
        # 10 बजकर 30 मिनट
        self._rule("time_and", rf"(?:(?P<pod>{P['POD']}){SP})?{L}(?P<h>\d{{1,2}}|{P['CARD']}){SP}(?:{P['OCLOCK_AND']}){SP}(?P<mi>\d{{1,2}}|{P['CARD']}){SP}{P['MINUTE']}{R}", self._h_time, 0.9)
        # शाम 5:30 (part of day + hh:mm)
        self._rule("time_hm", rf"(?P<pod>{P['POD']}){SP}{L}(?P<h>\d{{1,2}}[:.]\d{{2}}){R}(?![./:]\d)", self._h_time, 0.85)
        # सुबह, दोपहर, देर रात
        self._rule("pod", rf"{L}(?P<pod>{P['POD']}){R}", self._h_pod, 0.7)
        # 70 के दशक, 1990 के दशक
        self._rule("decade", rf"{L}(?P<n>\d{{4}}|\d{{2}}|{P['CARD']}){OSP}(?:{SP}(?:{P['GEN']}){SP})(?P<u>{P['DECADE']}){R}", self._h_decade, 0.9)
        # इक्कीसवीं सदी, 21वीं सदी
        self._rule("century", rf"{L}(?P<ord>{P['ORDW']}|(?:\d{{1,2}}|{P['CARD']}){OSP}(?:{P['ORDSUF']})){SP}(?P<u>{P['CENTURY']}){R}", self._h_century, 0.9)
        # दूसरी तिमाही (of the document's year)
        self._rule("ordinal_quarter", rf"{L}(?P<ord>{P['ORDW']}|(?:\d|{P['CARD']}){OSP}(?:{P['ORDSUF']})){SP}(?P<unit>{P['QUARTER']}){R}", self._h_ordinal_quarter, 0.8)
        # इस माह के अंत, वर्ष के शुरू
        self._rule("unit_boundary", rf"(?:(?P<mod>{P['RELMOD']}){SP})?{L}(?P<unit>{P['UNIT_S']}){SP}(?:{P['GEN']}){SP}(?P<b>{P['BOUND']}){R}", self._h_unit_boundary, 0.85)
        # 15 तारीख
        self._rule("day_cue", rf"{det}{L}(?P<d>\d{{1,2}}){OSP}(?P<cue>{P['DAYCUE']}){R}", self._h_day_cue, 0.8)
        # स्वतंत्रता दिवस
        self._rule("festival", rf"{det}{L}(?P<f>{P['FEST']}){R}", self._h_festival, 0.85)
        # vague references (आने वाले समय, आजकल, हाल ही [में])
        plain = [f for f, (_v, _e, c) in self.lx.kind("vague").items() if not c]
        self._rule("vague", rf"{L}(?P<v>{alternation(plain)}){R}", self._h_vague, 0.7)
        by_ctx: dict[str, list[str]] = {}
        for f, (_v, _e, c) in self.lx.kind("vague").items():
            if c.startswith("next="):
                by_ctx.setdefault(c[5:], []).append(f)
        for ctx, forms in by_ctx.items():
            nxt = alternation([w for w in ctx.split("|")])
            self._rule("vague", rf"{L}(?P<v>{alternation(forms)}){R}(?={SP}(?:{nxt}){R})", self._h_vague, 0.65)

    # ------------------------------------------------------------------ helpers
    def word_before(self, text: str, pos: int) -> str:
        m = re.search(r"(\S+)\s*$", text[max(0, pos - 40):pos])
        return m.group(1) if m else ""

    def word_after(self, text: str, pos: int, skip: int = 0) -> str:
        it = self.word_re.finditer(text, pos, min(len(text), pos + 80))
        for i, m in enumerate(it):
            if i == skip:
                return m.group(0)
        return ""

    def parse_num(self, s: str):
        s = " ".join(s.split())
        if self.num_range.search(s):
            return "X"
        m = self.num_re.match(s)
        if not m:
            return None
        if m.group("q"):
            return "X"
        if m.group("d"):
            n = float(m.group("d"))
        elif m.group("c"):
            n = self.lx.cardinals[m.group("c")]
        else:
            n = self.lx.fractions[m.group("f")]
        if m.group("fp"):
            n += self.lx.fraction_prefixes[m.group("fp")]
        return n

    def month_of(self, form: str) -> int | None:
        f = form.rstrip(".")
        return self.lx.month_names.get(f) or self.lx.month_abbr.get(f) or self.lx.month_latin.get(f)

    def unit_of(self, form: str):
        lx = self.lx
        if form in lx.units:
            return lx.units[form], False
        if form in lx.unit_plurals:
            return lx.unit_plurals[form], True
        if form in lx.unit_adjectives:
            return lx.unit_adjectives[form], False
        return None, False

    def _det(self, m: re.Match) -> tuple[int | None, bool]:
        d = m.groupdict().get("det")
        if not d:
            return None, False
        return self.relmod[" ".join(d.split())]

    def _span_start(self, m: re.Match, *groups: str) -> int:
        for g in groups:
            if m.groupdict().get(g) is not None:
                return m.start(g)
        return m.start()

    # ------------------------------------------------------------------ handlers
    # each returns a list of (start, end, sem) or None
    def _h_numeric(self, m, text):
        a, b, c, s = m.group("a"), int(m.group("b")), m.group("c"), m.group("s")
        cue = m.group("pre") is not None
        if len(a) == 4:  # ISO yyyy-mm-dd
            if len(c) > 2 or s == ".":
                return None
            y, mo, d = int(a), b, int(c)
        elif len(a) <= 2:
            d, mo = int(a), b
            if len(c) == 4:
                y = int(c)
            else:
                if s == "." and not cue:
                    return None
                y = -int(c)  # two-digit year, resolved against the document date
            if mo > 12 and d <= 12:
                d, mo = mo, d
        else:
            return None
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if y > 0 and not valid_day(y, mo, d):
            return None
        return [(m.start("a"), m.end(), {"k": "abs", "y": y, "m": mo, "d": d})]

    def _h_day_month(self, m, text):
        mo = self.month_of(m.group("mon"))
        if not mo:
            return None
        d1 = self._day_num(m.group("d1"))
        if d1 is None:
            return None
        y = int(m.group("y")) if m.groupdict().get("y") else None
        det, _ana = self._det(m)
        start = self._span_start(m, "det", "wdl", "d1")
        if m.groupdict().get("mon") and m.start("mon") < m.start("d1"):
            start = m.start("mon")
        probe_y = y or 2000  # leap year: 29 फरवरी is valid without a year
        if not valid_day(probe_y, mo, d1):
            return None
        d2 = m.groupdict().get("d2")
        if d2:
            d2 = self._day_num(d2)
            if d2 is None:
                return None
            if not valid_day(probe_y, mo, d2) or d2 <= d1:
                return None
            return [(start, m.end(), {"k": "drange", "y": y, "m": mo, "d1": d1, "d2": d2, "det": det})]
        # Latin months need a year (30 Nov 2017) unless they are full names
        return [(start, m.end(), {"k": "abs", "y": y, "m": mo, "d": d1, "det": det})]

    def _day_num(self, s: str) -> int | None:
        if s.isdigit():
            return int(s)
        n = self.lx.cardinals.get(" ".join(s.split()))
        return int(n) if n and n == int(n) and 1 <= n <= 31 else None

    def _h_month_year(self, m, text):
        mo = self.month_of(m.group("mon"))
        y = int(m.group("y"))
        if not mo or not 1000 <= y <= 2200:
            return None
        return [(self._span_start(m, "det", "mon"), m.end(), {"k": "abs", "y": y, "m": mo, "d": None})]

    def _h_month_range(self, m, text):
        m1, m2 = self.month_of(m.group("m1")), self.month_of(m.group("m2"))
        if not m1 or not m2 or m1 == m2:
            return None
        y = int(m.group("y")) if m.group("y") else None
        return [(m.start(), m.end(), {"k": "mrange", "m1": m1, "m2": m2, "y": y})]

    def _h_month(self, m, text):
        form = m.group("mon")
        mo = self.month_of(form)
        if not mo:
            return None
        det, ana = self._det(m)
        if det is None and not m.group("cue"):
            before = self.word_before(text, m.start("mon"))
            after = self.word_after(text, m.end())
            if (before, form) in self.month_block_before or (after, form) in self.month_block_after:
                return None
        conf_adj = 0.0 if (det is not None or m.group("cue")) else -0.1
        return [(self._span_start(m, "det", "mon"), m.end(), {"k": "abs", "y": None, "m": mo, "d": None, "det": det, "conf_adj": conf_adj})]

    def _h_year(self, m, text):
        y = int(m.group("y"))
        if not 1000 <= y <= 2200:
            return None
        before = self.word_before(text, m.start())
        if before in self.year_block_before or self.in_identifier(text, m.start("y"), m.end("y")):
            return None
        return [(m.start(), m.end(), {"k": "abs", "y": y, "m": None, "d": None})]

    _CODE_TOKEN = re.compile(r"^[a-z\d]+(?:[-/][a-z\d]+)*$")
    _LATIN = re.compile(r"[a-z]")

    def in_identifier(self, text: str, start: int, end: int) -> bool:
        """A number at ``start:end`` is part of an identifier, never a year: a hyphenated code
        (``XR-2019``, ``2019-AB``), a code run with Latin letters or a Devanagari code word (``MH 12 KT
        1988``, ``यूपी 32 एबी 2019``), or a (code) number after an identifier cue (``संख्या``, ``धारा``,
        ``पिन कोड``, ``वाहन संख्या UP 32 AB``)."""
        if start >= 2 and text[start - 1] in "-/" and self._LATIN.match(text[start - 2]):
            return True
        if re.match(r"[-/][a-z]", text[end:end + 2]):
            return True
        if self.vehicle_code and self.vehicle_code.search(text, max(0, start - 40), start):
            return True
        words = text[max(0, start - 80):start].split()
        coded = False
        for w in reversed(words[-7:]):
            if w in self.identifier_cue:
                return True
            if self._CODE_TOKEN.match(w) and w not in self.latin_names:
                coded = coded or bool(self._LATIN.search(w))
                continue
            break
        return coded

    def _year_ok(self, text: str, start: int, end: int, y: int) -> bool:
        if not 1900 <= y <= 2100:
            return False
        before = self.word_before(text, start)
        if before in self.year_block_before:
            return False
        return not self.in_identifier(text, start, end)

    def _h_year_ctx(self, m, text):
        pp = m.group("pp")
        after = self.word_after(text, m.end("pp"))
        if after in self.year_block_after:
            return None
        if pp in self.ablative and re.fullmatch(r"\d+(?:[.,]\d+)*", after or ""):
            n = int(re.sub(r"\D", "", after)) if re.fullmatch(r"\d+", after) else 0
            if not 1900 <= n <= 2100:
                return None
        if f"{pp} {after}" in self.partitive:
            return None
        out = []
        for ym in re.finditer(r"\d{4}", m.group("ys")):
            s, e = m.start("ys") + ym.start(), m.start("ys") + ym.end()
            y = int(ym.group())
            if not self._year_ok(text, m.start(), e, y):
                continue  # 1779 और 1932 में: only the years in range
            out.append((s, e, {"k": "abs", "y": y, "m": None, "d": None}))
        return out

    def _h_year_range(self, m, text):
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if len(y2s) == 2 and y2 < y1:
            y2 += 100
        if not (1000 <= y1 < y2 <= 2200):
            return None
        cue = m.group("cue") or m.group("cue2")
        cue = " ".join(cue.split()) if cue else None
        if cue in self.fy_first:
            if y2 != y1 + 1:
                return None
            return [(m.start(), m.end(), {"k": "yrange", "y1": y1, "y2": y2, "fy": self.fy_first[cue]})]
        if cue is None:
            if self.in_identifier(text, m.start("y1"), m.end("y2")):
                return None
            nxt = self.word_after(text, m.end())
            ctx = nxt in self.lx.kind("year_context") or (
                nxt in self.lx.kind("conj") and re.match(r"\d{4}(?!\d)", self.word_after(text, m.end(), 1)))
            consecutive = len(y2s) == 2 and y2 == y1 + 1
            if not consecutive and not ctx:
                return None
            if not (1800 if consecutive else 1900) <= y1 <= 2100:
                return None
        return [(m.start(), m.end(), {"k": "yrange", "y1": y1, "y2": y2, "fy": None})]

    def _h_year_paren(self, m, text):
        y1 = int(m.group("y1"))
        if not 1000 <= y1 <= 2100:
            return None
        if not m.group("y2"):
            return [(m.start("y1"), m.end("y1"), {"k": "abs", "y": y1, "m": None, "d": None})]
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if len(y2s) == 2 and y2 < y1:
            y2 += 100
        if not y1 < y2 <= 2200:
            return None
        return [(m.start("y1"), m.end("y2"), {"k": "yrange", "y1": y1, "y2": y2, "fy": None})]

    def _h_fy_single(self, m, text):
        y = int(m.group("y"))
        cue = " ".join(m.group("cue").split())
        return [(m.start(), m.end(), {"k": "yrange", "y1": y - 1, "y2": y, "fy": self.fy_first[cue]})]

    def _h_fy_rel(self, m, text):
        off, ana = self.relmod[" ".join(m.group("mod").split())]
        cue = " ".join(m.group("cue").split())
        return [(m.start(), m.end(), {"k": "fy_rel", "off": off, "fy": self.fy_first[cue]})]

    def _h_relday(self, m, text):
        v = self.lx.value("relative_day", m.group("w"))
        signed = v.startswith("±")
        off = int(v.lstrip("±+"))
        return [(m.start(), m.end(), {"k": "relday", "off": off, "signed": signed})]

    def _h_rel_unit(self, m, text):
        off, ana = self.relmod[" ".join(m.group("mod").split())]
        unit, plural = self.unit_of(m.group("unit"))
        if unit is None:
            return None
        if m.group("num"):
            n = self.parse_num(m.group("num"))
            if n is None or off == 0:
                return None
            sem = {"k": "dur", "n": n, "unit": unit.name}
            if n == "X" and self.num_range.search(m.group("num")):
                sem["mod"] = "APPROX"
            return [(m.start(), m.end(), sem)]
        if plural:
            ref = {-1: "PAST_REF", 1: "FUTURE_REF"}.get(off, "PRESENT_REF")
            return [(m.start(), m.end(), {"k": "ref", "value": ref, "type": "date"})]
        if unit.is_time:
            return None
        if unit.name == "day":  # उसी दिन, अगले दिन: relative to the date last mentioned
            ana = True
        return [(m.start(), m.end(), {"k": "rel", "unit": unit.name, "off": off, "ana": ana})]

    def _h_offset(self, m, text):
        unit, _pl = self.unit_of(m.group("unit"))
        n = self.parse_num(m.group("num"))
        if unit is None or n is None or unit.is_time:
            return None
        dirn = self.direction_words[m.group("dir")]
        sem = {"k": "offset", "n": n, "unit": unit.name, "dir": dirn}
        if m.group("approx"):
            sem["mod"] = "APPROX"
        return [(m.start(), m.end(), sem)]

    def _h_duration(self, m, text):
        unit, _pl = self.unit_of(m.group("unit"))
        n = self.parse_num(m.group("num"))
        if unit is None or n is None:
            return None
        sem = {"k": "dur", "n": n, "unit": unit.name}
        if m.group("approx") or (n == "X" and self.num_range.search(m.group("num"))):
            sem["mod"] = "APPROX"
        return [(m.start(), m.end(), sem)]

    def _h_plural_dur(self, m, text):
        unit, plural = self.unit_of(m.group("unit"))
        if unit is None or not plural:
            return None
        return [(m.start(), m.end(), {"k": "dur", "n": "X", "unit": unit.name})]

    def _h_set_wd(self, m, text):
        wd = self.lx.weekdays[" ".join(m.group("wd").split())]
        return [(m.start(), m.end(), {"k": "set", "value": f"XXXX-WXX-{wd}"})]

    def _h_set_unit(self, m, text):
        unit, _pl = self.unit_of(m.group("unit"))
        n = self.parse_num(m.group("num")) if m.group("num") else 1
        if unit is None or n is None:
            return None
        return [(m.start(), m.end(), {"k": "set", "value": duration_value(n, unit.timex, unit.is_time, unit.factor)})]

    def _h_set_word(self, m, text):
        return [(m.start(), m.end(), {"k": "set", "value": self.lx.value("set", " ".join(m.group("w").split()))})]

    def _h_weekday(self, m, text):
        wd = self.lx.weekdays[" ".join(m.group("wd").split())]
        det, _ana = self._det(m)
        return [(self._span_start(m, "det", "wd"), m.end(), {"k": "weekday", "wd": wd, "det": det})]

    def _hour_of(self, s: str):
        s = " ".join(s.split())
        mm = re.match(r"^(\d{1,2})[:.](\d{2})$", s)
        if mm:
            return int(mm.group(1)), int(mm.group(2))
        n = self.parse_num(s)
        if n is None or n == "X":
            return None
        h = int(n)
        mi = round((n - h) * 60)
        return h, mi

    def _h_time(self, m, text):
        hm = self._hour_of(m.group("h"))
        if hm is None:
            return None
        h, mi = hm
        gd = m.groupdict()
        if gd.get("mi"):
            extra = self.parse_num(gd["mi"]) if not gd["mi"].isdigit() else int(gd["mi"])
            if extra is None or extra == "X":
                return None
            mi = int(extra)
        pod = " ".join(gd["pod"].split()) if gd.get("pod") else None
        if not (0 <= h <= 24 and 0 <= mi < 60):
            return None
        sem = {"k": "time", "h": h, "mi": mi, "pod": pod}
        if gd.get("h2"):
            hm2 = self._hour_of(gd["h2"])
            if hm2 is None:
                return None
            sem["h2"], sem["mi2"] = hm2
        if gd.get("approx") or gd.get("approx2"):
            sem["mod"] = "APPROX"
        return [(m.start(), m.end(), sem)]

    def _h_pod(self, m, text):
        pod = " ".join(m.group("pod").split())
        _v, _e, ctx = self.lx.kind("part_of_day")[pod]
        if ctx == "needs=hour":
            return None
        return [(m.start(), m.end(), {"k": "pod", "pod": pod})]

    def _h_decade(self, m, text):
        s = m.group("n")
        n = int(s) if s.isdigit() else int(self.lx.cardinals.get(s, -1))
        if n < 0 or n % 10:
            return None
        if s.isdigit() and len(s) == 4:
            if not 1000 <= n <= 2200:
                return None
            return [(m.start(), m.end(), {"k": "decade", "v": f"{n // 10:03d}"})]
        if n >= 100:
            return None
        return [(m.start(), m.end(), {"k": "decade2", "n": n})]

    def _h_century(self, m, text):
        s = " ".join(m.group("ord").split())
        if s in self.lx.ordinals:
            n = self.lx.ordinals[s]
        else:
            mm = re.match(rf"^(\d{{1,2}}|{self.P['CARD']}) ?(?:{self.P['ORDSUF']})$", s)
            if not mm:
                return None
            g = mm.group(1)
            n = int(g) if g.isdigit() else int(self.lx.cardinals[g])
        if not 1 <= n <= 22:
            return None
        return [(m.start(), m.end(), {"k": "century", "v": f"{n - 1:02d}"})]

    def _ordinal(self, s: str) -> int | None:
        s = " ".join(s.split())
        if s in self.lx.ordinals:
            return self.lx.ordinals[s]
        mm = re.match(rf"^(\d{{1,2}}|{self.P['CARD']}) ?(?:{self.P['ORDSUF']})$", s)
        if not mm:
            return None
        g = mm.group(1)
        return int(g) if g.isdigit() else int(self.lx.cardinals[g])

    def _h_ordinal_quarter(self, m, text):
        n = self._ordinal(m.group("ord"))
        if n is None or not 1 <= n <= 4:
            return None
        return [(m.start(), m.end(), {"k": "quarter", "q": n})]

    def _h_unit_boundary(self, m, text):
        unit, _pl = self.unit_of(m.group("unit"))
        if unit is None or unit.is_time or unit.name == "day":
            return None
        if not m.group("mod"):
            before = self.word_before(text, m.start("unit"))
            if before and (re.search(r"\d", before) or before in self.lx.kind("genitive") or before in self.lx.ordinals
                           or before in self.lx.cardinals or any(before.endswith(x) for x in self.lx.ordinal_suffixes)):
                return None
        off, ana = self.relmod[" ".join(m.group("mod").split())] if m.group("mod") else (0, False)
        b = " ".join(m.group("b").split())
        return [(m.start(), m.end(), {"k": "rel", "unit": unit.name, "off": off, "ana": ana, "mod": self.boundary[b]})]

    def _h_day_cue(self, m, text):
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            return None
        det, _ana = self._det(m)
        return [(self._span_start(m, "det", "d"), m.end(), {"k": "daycue", "d": d, "det": det})]

    def _h_festival(self, m, text):
        mo, d = self.lx.festivals[" ".join(m.group("f").split())]
        det, _ana = self._det(m)
        return [(self._span_start(m, "det", "f"), m.end(), {"k": "abs", "y": None, "m": mo, "d": d, "det": det})]

    def _h_vague(self, m, text):
        form = " ".join(m.group("v").split())
        value, typ, _ctx = self.lx.kind("vague")[form]
        return [(m.start(), m.end(), {"k": "ref", "value": value, "type": typ or "date"})]

    # ------------------------------------------------------------------ candidates
    def candidates(self, view: TextView) -> list[Cand]:
        text = view.text
        out: list[Cand] = []
        blocked = [m.span() for m in self.not_temporal.finditer(text)] if self.not_temporal else []
        for prio, (name, rx, handler, conf) in enumerate(self.rules):
            for m in rx.finditer(text):
                got = handler(m, text)
                if not got:
                    continue
                for s, e, sem in got:
                    if e <= s:
                        continue
                    # never across a sentence end; a full stop after an abbreviated month (अक्टू. 2018) is no end
                    if _HARD_END.search(text, s, e):
                        continue
                    if blocked and any(s < be and bs < e for bs, be in blocked):
                        continue
                    ke = view.sentence_of(e - 1)
                    c = conf + sem.pop("conf_adj", 0.0)
                    out.append(Cand(s, e, sem, round(c, 2), name, ke))
                    out[-1].sem["_prio"] = prio
        return out


_HARD_END = re.compile(r"[।॥?!\n]")


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest first, then rule order; no overlaps."""
    chosen: list[Cand] = []
    if not cands:
        return chosen
    taken = bytearray(max(c.end for c in cands))
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.sem.get("_prio", 0), c.start)):
        if any(taken[c.start:c.end]):
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _is_day_sem(sem: dict) -> bool:
    k = sem["k"]
    if k == "abs":
        return sem.get("d") is not None
    if k == "rel":
        return sem["unit"] == "day"
    return k in ("weekday", "relday", "daycue", "offset") and (k != "offset" or sem["unit"] == "day")


class _Resolver:
    def __init__(self, g: Grammar, view: TextView, doc_date: dt.date | None):
        self.g = g
        self.view = view
        self.D = doc_date
        self._sent_words: dict[int, tuple[int, list[str]]] = {}
        self.last_day: dt.date | None = None

    def tense(self, c: Cand) -> str | None:
        k = c.sent
        if k not in self._sent_words:
            self._sent_words[k] = self.view.sentence_words(k) if self.view.sent_bounds else (0, self.view.words)
        first, words = self._sent_words[k]
        idx = max(0, self.view.token_at(max(c.start, c.end - 1)) + 1 - first)
        tense, group = governing_group(words, idx)
        # a full stop after an abbreviation (5 दिसं. को ...) is no clause end: read on
        if tense is None and words and words[-1] == "." and k + 1 < len(self.view.sent_bounds):
            if k + 1 not in self._sent_words:
                self._sent_words[k + 1] = self.view.sentence_words(k + 1)
            tense, group = governing_group(self._sent_words[k + 1][1], 0)
        # "X तक ... दी गई है": a state that lasts until now runs until X, so X is not in the past
        if tense == "past" and idx < len(words) and words[idx] in self.g.until \
                and any(cat == "present" for _w, cat in group):
            tense = "present"
        return tense

    # -- date-like ---------------------------------------------------------------------
    def resolve(self, c: Cand, neighbours: list[Cand]) -> None:
        sem = c.sem
        k = sem["k"]
        D = self.D
        c.mod = sem.get("mod")
        if k in ("abs", "drange", "mrange", "weekday", "relday", "daycue", "offset", "rel") or k == "time" or k == "pod":
            c.tense = self.tense(c)
        if k == "abs":
            self._abs(c, sem)
        elif k == "drange":
            y = sem["y"]
            det = sem.get("det")
            if y is None and D:
                dirn, strict = direction(c.tense, det)
                day = pick_day(sem["m"], sem["d1"], D, dirn, strict)
                y = day.year if day else D.year
            ys = f"{y:04d}" if y else "XXXX"
            c.value = f"{ys}-{sem['m']:02d}-{sem['d1']:02d}/{ys}-{sem['m']:02d}-{sem['d2']:02d}"
            c.granularity, c.resolved = "range", y is not None
            if y:
                c.day = dt.date(y, sem["m"], sem["d1"])
        elif k == "mrange":
            y = sem["y"]
            if y is None and D:
                dirn, strict = direction(c.tense, None)
                y = pick_month_year(sem["m1"], D, dirn, strict)
            y2 = (y + 1 if sem["m2"] < sem["m1"] else y) if y else None
            ys, y2s = (f"{y:04d}", f"{y2:04d}") if y else ("XXXX", "XXXX")
            c.value = f"{ys}-{sem['m1']:02d}/{y2s}-{sem['m2']:02d}"
            c.granularity, c.resolved = "range", y is not None
        elif k == "yrange":
            if sem["fy"]:
                c.value, c.granularity = fy_value(sem["y1"], sem["fy"]), "fy"
            else:
                c.value, c.granularity = f"{sem['y1']:04d}/{sem['y2']:04d}", "range"
            c.resolved = True
        elif k == "fy_rel":
            c.granularity = "fy"
            if D:
                c.value, c.resolved = fy_value(fy_start(D, sem["fy"]) + sem["off"], sem["fy"]), True
        elif k == "relday":
            c.granularity = "day"
            if D:
                off = sem["off"]
                if sem["signed"]:
                    off = off if c.tense in ("future", "present") else -off
                day = D + dt.timedelta(days=off)
                c.value, c.resolved, c.day = iso_day(day), True, day
        elif k == "rel":
            base = (self.last_day or D) if sem.get("ana") else D
            unit = sem["unit"]
            c.granularity = self.g.lx.units_by_name[unit].granularity
            if base:
                got = shift(base, unit, sem["off"])
                if got:
                    c.value, c.granularity = got
                    c.resolved = True
                    if unit == "day":
                        c.day = base + dt.timedelta(days=sem["off"])
        elif k == "offset":
            self._offset(c, sem, neighbours)
        elif k == "weekday":
            c.granularity = "day"
            if D:
                dirn, strict = direction(c.tense, sem.get("det"))
                day = pick_weekday(sem["wd"], D, dirn, strict)
                c.value, c.resolved, c.day = iso_day(day), True, day
            else:
                c.value = f"XXXX-WXX-{sem['wd']}"
        elif k == "daycue":
            c.granularity = "day"
            if D:
                dirn, strict = direction(c.tense, sem.get("det"))
                day = pick_day_of_month(sem["d"], D, dirn, strict)
                if day:
                    c.value, c.resolved, c.day = iso_day(day), True, day
            else:
                c.value = f"XXXX-XX-{sem['d']:02d}"
        elif k == "decade":
            c.value, c.granularity, c.resolved = sem["v"], "decade", True
        elif k == "decade2":
            n = sem["n"]
            pivot = D.year if D else 2030
            y = 2000 + n if 2000 + n <= pivot else 1900 + n
            c.value, c.granularity, c.resolved = f"{y // 10:03d}", "decade", True
        elif k == "century":
            c.value, c.granularity, c.resolved = sem["v"], "century", True
        elif k == "quarter":
            c.granularity = "quarter"
            c.value = f"{D.year:04d}-Q{sem['q']}" if D else f"XXXX-Q{sem['q']}"
            c.resolved = D is not None
        elif k == "ref":
            c.value, c.type = sem["value"], sem["type"]
            c.granularity = "ref" if c.value.endswith("_REF") else "duration"
            c.resolved = False if c.value.endswith("_REF") or "X" in c.value else True
        elif k == "dur":
            u = self.g.lx.units_by_name[sem["unit"]]
            c.value = duration_value(sem["n"], u.timex, u.is_time, u.factor)
            c.type, c.granularity, c.resolved = "duration", "duration", "X" not in c.value
        elif k == "set":
            c.value, c.type, c.granularity, c.resolved = sem["value"], "set", "set", True
        if c.day:
            self.last_day = c.day

    def _abs(self, c: Cand, sem: dict) -> None:
        D = self.D
        y, m, d = sem["y"], sem["m"], sem["d"]
        det = sem.get("det")
        if y is not None and y < 0:  # two-digit year
            yy = -y
            pivot = (D.year % 100 + 10) if D else 30
            y = 2000 + yy if yy <= pivot else 1900 + yy
            if d and not valid_day(y, m, d):
                c.value = None
                return
        if m is None:
            c.value, c.granularity, c.resolved = f"{y:04d}", "year", True
            return
        if d is None:
            c.granularity = "month"
            if y is None:
                if D:
                    dirn, strict = direction(c.tense, det)
                    y = pick_month_year(m, D, dirn, strict)
                else:
                    c.value = f"XXXX-{m:02d}"
                    return
            c.value, c.resolved = iso_month(y, m), True
            return
        c.granularity = "day"
        if y is None:
            if not D:
                c.value = f"XXXX-{m:02d}-{d:02d}"
                return
            dirn, strict = direction(c.tense, det)
            day = pick_day(m, d, D, dirn, strict)
            if day is None:
                c.value = f"XXXX-{m:02d}-{d:02d}"
                return
        else:
            if not valid_day(y, m, d):
                c.value = None
                return
            day = dt.date(y, m, d)
        c.value, c.resolved, c.day = iso_day(day), True, day

    def _offset(self, c: Cand, sem: dict, neighbours: list[Cand]) -> None:
        unit, n, dirn = sem["unit"], sem["n"], sem["dir"]
        c.granularity = self.g.lx.units_by_name[unit].granularity
        if n == "X":
            c.value, c.granularity, c.resolved = ("PAST_REF" if dirn < 0 else "FUTURE_REF"), "ref", False
            return
        text = self.view.text
        base = self.D
        if self.g.from_before.search(text, max(0, c.start - 8), c.start):
            # "X से दो दिन पहले": anchored to X, not to the document date
            prev = [p for p in neighbours if p.sent == c.sent and p.end <= c.start and c.start - p.end <= 6]
            base = prev[-1].day if prev and prev[-1].day else None
        elif dirn > 0:
            # "later" is narrative: 1985 में ... 20 साल बाद = 2005 (English "ago" / Hindi पहले stays on the DCT)
            def anchors(sent: int) -> list[Cand]:
                return [p for p in neighbours if p.sent == sent and p.end <= c.start and p is not c
                        and (p.day is not None or (p.sem["k"] == "abs" and (p.sem.get("y") or 0) > 0))]

            prev = anchors(c.sent)
            if not prev and c.tense == "past":
                # a past event "X later" without a date before it in the sentence: X after the date of
                # the previous sentence of the same paragraph, else after an unknown event (no value)
                prev = [p for p in anchors(c.sent - 1) if "\n" not in self.view.text[p.end:c.start]]
                base = None
            if prev:
                p = prev[-1]
                if p.day is not None:
                    base = p.day
                elif unit in ("year", "decade", "century"):
                    base = dt.date(p.sem["y"], p.sem.get("m") or 1, 1)
        if base is None:
            return
        got = shift(base, unit, n * dirn)
        if got:
            c.value, c.granularity = got
            c.resolved = True
            if c.granularity == "day":
                c.day = dt.date.fromisoformat(c.value)

    # -- times -------------------------------------------------------------------------
    def time_value(self, sem: dict) -> str | None:
        g = self.g
        pod = sem.get("pod")
        if sem["k"] == "pod":
            return "T" + g.lx.kind("part_of_day")[pod][0]
        lo, hi = part_of_day_hours(g.lx, pod) if pod else g.default_hours

        def clock(h: int, mi: int) -> str:
            h24 = next((x for x in (h, h + 12, h + 24) if lo <= x <= hi), h)
            if h24 > 24 or (h24 == 24 and mi):
                h24 -= 24
            return f"T{h24:02d}:{mi:02d}"

        t1 = clock(sem["h"], sem["mi"])
        if "h2" in sem:
            return t1 + "/" + clock(sem["h2"], sem["mi2"])
        return t1

    def resolve_time(self, c: Cand, anchor: dt.date | None) -> None:
        sem = c.sem
        date_sem = sem.get("date")
        t = self.time_value(sem if date_sem is None else sem["time"])
        c.type, c.granularity = "time", "time"
        c.mod = c.mod or sem.get("mod") or (sem.get("time") or {}).get("mod")
        if t is None:
            c.value = None
            return
        day = anchor
        if day is None:
            prefix = "XXXX-XX-XX"
            c.resolved = False
        else:
            prefix = iso_day(day)
            c.resolved = True
        if "/" in t:
            a, b = t.split("/")
            c.value = f"{prefix}{a}/{prefix}{b}"
            c.granularity = "range"
        else:
            c.value = prefix + t




def _merge(cands: list[Cand], text: str, g: Grammar) -> list[Cand]:
    out: list[Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p.end:c.start]
            # weekday/relative day/date + part of day or clock time: मंगलवार तड़के, आज सुबह 10 बजे
            if (
                c.sem["k"] in ("time", "pod")
                and p.sem["k"] in ("abs", "weekday", "relday", "daycue", "rel")
                and _is_day_sem(p.sem)
                and p.sent == c.sent
                and g.sep_dt.match(gap)
            ):
                out[-1] = Cand(p.start, c.end, {"k": "dt", "date": p.sem, "time": c.sem, "_prio": 0}, max(p.conf, c.conf), p.rule + "+" + c.rule, p.sent)
                continue
            # सोमवार, 15 सितंबर 2018: one expression
            if (
                p.sem["k"] == "weekday"
                and p.sem.get("det") is None
                and c.sem["k"] == "abs"
                and c.sem.get("d") is not None
                and p.sent == c.sent
                and g.sep_wd.match(gap)
            ):
                out[-1] = Cand(p.start, c.end, c.sem, c.conf, c.rule, c.sent)
                continue
        out.append(c)
    # boundaries (के अंत/शुरुआत) and prefixes (मध्य, लगभग)
    for c in out:
        k = c.sem["k"]
        if k in ("abs", "rel", "yrange", "fy_rel", "decade", "decade2", "century", "mrange") and not c.sem.get("mod"):
            m = g.boundary_after.match(text, c.end)
            if m and not (k == "abs" and c.sem.get("d") is not None):
                c.end = m.end()
                c.sem["mod"] = g.boundary[" ".join(m.group("b").split())]
            m = g.boundary_before.search(text, max(0, c.start - 20), c.start)
            if m and k == "abs" and c.sem.get("d") is None:
                c.start = m.start("b")
                c.sem["mod"] = g.boundary_prefix[" ".join(m.group("b").split())]
        if k in ("time", "abs", "dt") and not c.sem.get("mod"):
            m = g.approx_before.search(text, max(0, c.start - 20), c.start)
            if m:
                c.start = m.start("a")
                c.sem["mod"] = "APPROX"
    return out


def _coordinated_days(cands: list[Cand], text: str, g: Grammar) -> list[Cand]:
    """15 और 16 सितंबर / 14, 15 व 16 सितंबर: each day number before a dated expression is a date."""
    extra: list[Cand] = []
    for i, c in enumerate(cands):
        prev_end = cands[i - 1].end if i else 0
        if c.sem["k"] not in ("abs", "drange") or c.sem.get("m") is None:
            continue
        first = c.sem.get("d") if c.sem["k"] == "abs" else c.sem.get("d1")
        if first is None:
            continue
        pos = c.start
        while True:
            m = g.day_coord_before.search(text, max(0, pos - 24), pos)
            if not m:
                break
            s, e = m.start("d"), m.end("d")
            if s < prev_end:
                break
            d = int(m.group("d"))
            if not valid_day(c.sem.get("y") or 2000, c.sem["m"], d):
                break
            sem = {"k": "abs", "y": c.sem.get("y"), "m": c.sem["m"], "d": d, "det": c.sem.get("det"), "_prio": 0,
                   "_coord": c}
            extra.append(Cand(s, e, sem, round(c.conf - 0.1, 2), c.rule + "_coord", c.sent))
            pos = s
    return sorted(cands + extra, key=lambda c: c.start)


def _propagate_years(cands: list[Cand], text: str, g: Grammar) -> None:
    """28 अगस्त से 2 सितंबर 2018: the year of the second date holds for the first."""
    for c, nxt in zip(cands, cands[1:]):
        if c.sem["k"] not in ("abs", "drange") or c.sem.get("y") is not None or c.sem.get("m") is None:
            continue
        if nxt.sent != c.sent or nxt.sem["k"] not in ("abs", "drange") or not nxt.sem.get("m"):
            continue
        y = nxt.sem.get("y")
        if y and y > 0 and g.sep_range.match(text[c.end:nxt.start]):
            c.sem["y"] = y - 1 if c.sem["m"] > nxt.sem["m"] else y
    # वर्ष 2022 में 15 अगस्त को ...: a year just before a day-month of the same sentence is its year
    for p, c in zip(cands, cands[1:]):
        if c.sem["k"] not in ("abs", "drange") or c.sem.get("y") is not None or c.sem.get("m") is None:
            continue
        if p.sent == c.sent and p.sem["k"] == "abs" and p.sem.get("m") is None and p.sem.get("y", 0) > 0 \
                and g.sep_year_day.match(text[p.end:c.start]):
            c.sem["y"] = p.sem["y"]


def find_candidates(g: Grammar, view: TextView, doc_date: dt.date | None) -> list[Cand]:
    cands = _select(g.candidates(view))
    cands = _coordinated_days(cands, view.text, g)
    cands = _merge(cands, view.text, g)
    _propagate_years(cands, view.text, g)
    res = _Resolver(g, view, doc_date)
    timeish: list[Cand] = []
    for c in cands:
        k = c.sem["k"]
        if k in ("time", "pod"):
            c.tense = res.tense(c)
            timeish.append(c)
        elif k == "dt":
            date_c = Cand(c.start, c.end, c.sem["date"], c.conf, c.rule, c.sent)
            res.resolve(date_c, cands)
            c.tense = date_c.tense
            c.day = date_c.day
            c.sem["_date_value"] = date_c.value
            timeish.append(c)
        elif "_coord" not in c.sem:
            res.resolve(c, cands)
    for c in cands:
        anchor = c.sem.get("_coord")
        if anchor is not None:
            res.resolve(c, cands)
            y = anchor.day.year if anchor.day else None
            if y and c.sem.get("y") is None and valid_day(y, c.sem["m"], c.sem["d"]):
                c.day = dt.date(y, c.sem["m"], c.sem["d"])
                c.value, c.resolved = iso_day(c.day), True
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    for c in timeish:
        if c.sem["k"] == "dt":
            res.resolve_time(c, c.day)
            date_value = c.sem.get("_date_value")
            if c.day is None and c.value:
                # the date part keeps its own X placeholders (मंगलवार तड़के = XXXX-WXX-2TMO); a purely
                # relative one without an anchor (आज सुबह, कल रात, अगले दिन शाम) has no value, like bare आज
                c.value = c.value.replace("XXXX-XX-XX", date_value) if date_value else None
                c.resolved = False
            continue
        here = by_sent.get(c.sent, ())
        same = [d for d in here if d is not c and _day_anchor(d) is not None]
        before = [d for d in same if d.end <= c.start]
        after = [d for d in same if d.start >= c.end]
        a = before[-1] if before else (after[0] if after else None)
        if a is None and not any(d.sem["k"] not in _NOT_DATES for d in here):
            a = _discourse_anchor(c, by_sent.get(c.sent - 1, ()), view.text)
        if a is None:
            res.resolve_time(c, doc_date)
            continue
        day, prefix = _day_anchor(a)
        res.resolve_time(c, day)
        if day is None and c.value:
            # anchored to a day expression without a calendar day: its X placeholders (सोमवार को ...
            # सुबह 10 बजे = XXXX-WXX-1T10:00), or no value when it has none (कल ... सुबह 10 बजे)
            c.value = c.value.replace("XXXX-XX-XX", prefix) if prefix else None
    return cands


#: candidate kinds that carry no date of their own (they neither anchor a time nor block discourse anchoring)
_NOT_DATES = frozenset({"time", "pod", "dur", "set", "ref"})


def _day_anchor(d: Cand) -> tuple[dt.date | None, str | None] | None:
    """(day, value) a clock time can take its date from; None when ``d`` denotes no single day.

    ``day`` is the calendar day when known; otherwise ``value`` is the day's TIMEX3 value with ``X``
    placeholders (``XXXX-WXX-1``, ``XXXX-08-15``) or None (a relative day without an anchor)."""
    if d.day is not None:
        return d.day, None
    k = d.sem["k"]
    if k == "dt":
        v = d.sem.get("_date_value")
        return None, v
    if k in ("time", "pod", "drange") or not _is_day_sem(d.sem):
        return None
    return None, d.value


def _discourse_anchor(c: Cand, prev_sent: Sequence[Cand], text: str) -> Cand | None:
    """TIMEX3 anchoring by discourse: a clock time in a sentence without a date of its own belongs to
    the event of the previous sentence of the same paragraph (``सोमवार को बोर्ड बैठक होगी। बैठक
    दोपहर 12 बजे शुरू होगी।``): its most recent explicit day expression (a date, weekday, relative day
    or a dated time), not a time that was itself anchored by discourse."""
    for d in reversed(prev_sent):
        if d.end > c.start or "\n" in text[d.end:c.start]:
            continue
        if d.sem["k"] not in ("time", "pod") and _day_anchor(d) is not None:
            return d
    return None


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar(lexicon())


def find_timexes(view: TextView, doc_date: dt.date | None) -> list[Timex]:
    """All temporal expressions of a document view, resolved against ``doc_date``."""
    g = grammar()
    out: list[Timex] = []
    original = view.doc.text  # spaCy rebuilds doc.text on every access
    for c in find_candidates(g, view, doc_date):
        s, e = view.to_original(c.start, c.end)
        out.append(
            Timex(s, e, original[s:e], c.value, c.type, c.granularity, bool(c.resolved and c.value), c.mod,
                  c.conf, c.rule, c.tense)
        )
    return out

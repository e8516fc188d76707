"""Dateline detection: the place and date a press note opens with, or its publish line.

Forms (looked for in the first lines of the document, in this order):

1. ``PLACE[,:।] DATE`` + ``,`` / ``।`` / ``(एजेंसी)`` / end of line: ``लखनऊ 15 सितम्बर 2018,``,
   ``वाराणसी, 12 मार्च 2024।``, ``पटना, १४ जनवरी २०२३ (हि.स.)``, ``लखनऊ, 15 सितंबर।`` (year from the
   caller's hint when there is one);
2. a ``दिनांक 05.08.2022`` line;
3. a publish line: ``Publish Date: Thu, 30 Nov 2017``, ``Published: 30/11/2017``;
4. ``PLACE।।`` / ``PLACE।`` / ``PLACE:`` (place only): the date is then the first full date of the first
   sentence after it.

A newspaper byline may stand before the place: ``जागरण संवाददाता, बक्सर :``, ``संवाद सूत्र, बिसवां
(सीतापुर) :``, ``राज्य ब्यूरो, पटना :``, ``भास्कर न्यूज | उज्जैन``, ``संवाद सहयोगी, हजारीबाग`` (a line of its
own): 1-4 words ending in (or containing) a reporter/agency word (:data:`BYLINE_CUES`), then ``,`` or ``|``.
The place after a byline is taken whatever it is (a town the gazetteer lacks included), in the first four
lines. Without a byline and without a date, a place-only opening (``X :``, ``X।``, ``X -``) must be a place
the gazetteer knows that is not also an ordinary word, and must be on the first two lines (or right after a
headline and a publish/``दिनांक`` line: ``Updated Wed, 28 Feb 2024 ...`` / ``सीतापुर। ...``): headings such as
``डॉ. रामविलास शर्मा :``, ``कच्चा तेल :``, ``लेखक - ...`` are not datelines.

All offsets returned are into the ORIGINAL text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Gazetteer, place_key
from .grammar import OSP, Grammar, grammar
from .lexicon import alternation, fold
from .textview import TextView
from .values import pick_day, valid_day

__all__ = ["Dateline", "detect_dateline"]

_DEV_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F]+\.?")
_BLANK = " \t"

#: Words of a newspaper byline (the reporter or the agency before the dateline place), folded.
BYLINE_CUES = frozenset(fold(w) for w in (
    "संवाददाता संवादाता सूत्र सहयोगी ब्यूरो प्रतिनिधि रिपोर्टर नेटवर्क डेस्क टीम एजेंसी एजेंसियां एजेंसियों "
    "जासं जेएनएन प्रेट्र पीटीआई आईएएनएस यूएनआई वार्ता न्यूज़ न्यूज"
).split())
_PRESS_NOTE = re.compile("विज्ञप्ति|प्रेस नोट|प्रेस रिलीज")
#: a byline: 1-4 words at the start of a line, then ",", "|" (normalised to "।") or ":" (हरिभूमि न्यूज : दुर्ग)
#: (the cue words are checked in code)
_BYLINE = re.compile(
    r"[ \t]*(?P<words>[\u0900-\u0963\u0971-\u097F.]+(?:[ \t]+[\u0900-\u0963\u0971-\u097F.]+){0,3})"
    r"[ \t]*[,|।:][ \t]*"
)


@dataclass
class Dateline:
    place: tuple[int, int] | None = None  # original offsets
    date: tuple[int, int] | None = None
    value: str | None = None  # ISO date, or XXXX-MM-DD when the year is missing
    source: str | None = None  # "dateline" | "publish_line"
    place_confidence: float = 0.0
    date_confidence: float = 0.0


class _Patterns:
    def __init__(self, g: Grammar):
        lx = g.lx
        P = g.P
        self.g = g
        self.block = (
            set(lx.month_names) | set(lx.month_abbr) | set(lx.weekdays) | set(lx.cardinals)
            | set(lx.kind("relative_day")) | set(lx.kind("relative_mod")) | set(lx.kind("tense"))
            | set(lx.kind("year_context")) | set(lx.kind("date_prefix")) | set(lx.kind("conj"))
            | set(lx.kind("dateline_block")) | set(lx.kind("part_of_day")) | set(lx.kind("vague"))
            | set(lx.kind("publish_cue"))
        )
        self.publish_words = set(lx.kind("publish_cue"))
        wd_lat = alternation(lx.weekdays_latin)
        wd = alternation(lx.weekdays)
        # separator between place and date, optional agency in brackets, optional weekday/दिनांक
        # separator, then an optional weekday (part of the date expression) or दिनांक (not part of it)
        self.after_place = re.compile(
            rf"[{_BLANK}]*(?:\([^()\n]{{1,40}}\)[{_BLANK}]*)?(?:[,:।/|–—-]+[{_BLANK}]*|[{_BLANK}]+)"
            rf"(?P<wd>(?:{wd}){OSP},?{OSP})?(?:(?:{P['DPRE']}){OSP}[:-]?{OSP})?"
        )
        self.date_tail = re.compile(rf"[{_BLANK}]*(?:$|\n|[,।॥:;(|–—-])")
        # a dateline glued to the first sentence: "हजारीबाग 19 जून 2022 भाजपा की ..." (not "... 2022 को")
        self.glued_tail = re.compile(rf"[{_BLANK}]+(?P<w>[^\s]+)")
        self.postpositions = (set(lx.kind("year_context")) | set(lx.kind("until")) | set(lx.kind("anchor_link"))
                              | set(lx.kind("dateline_block")))
        self.place_only_tail = re.compile(rf"[{_BLANK}]*(?:\([^()\n]{{1,40}}\)[{_BLANK}]*)?(?P<mark>।।|॥|।|:|–|—|-)")
        self.dinank = re.compile(rf"(?<![\w\u0900-\u097F])(?:{P['DPRE']}){OSP}[:-]?{OSP}")
        self.publish = re.compile(
            rf"(?<![\w\u0900-\u097F])(?:{alternation(lx.kind('publish_cue'))}){OSP}[:：-]?{OSP}"
            rf"(?P<wd>(?:{wd_lat}|{wd})\.?{OSP},?{OSP})?"
            rf"(?:\d{{1,2}}[:.]\d{{2}}(?:{OSP}[AaPp]\.?[Mm]\.?)?{OSP},?{OSP})?"  # a time before the date (Updated At : 10:20 PM Dec 06, 2023)
        )
        self.day_rules = [rx for name, rx, _h, _c in g.rules if name in ("numeric", "day_month", "month_day")]
        self.day_handlers = {name: h for name, _rx, h, _c in g.rules if name in ("numeric", "day_month", "month_day")}
        self.rule_names = [name for name, _rx, _h, _c in g.rules if name in ("numeric", "day_month", "month_day")]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(grammar())


def _parse_day_at(pt: _Patterns, text: str, pos: int, endpos: int, anywhere: bool = False):
    """A day-level date starting at ``pos`` (or the first one after it): (start, end, y, m, d)."""
    best = None
    for name, rx in zip(pt.rule_names, pt.day_rules):
        m = rx.search(text, pos, endpos) if anywhere else rx.match(text, pos, endpos)
        if not m:
            continue
        got = pt.day_handlers[name](m, text)
        if not got:
            continue
        s, e, sem = got[0]
        if sem["k"] != "abs" or sem.get("d") is None or sem.get("det") is not None:
            continue
        if best is None or (s, -e) < (best[0], -best[1]):
            best = (s, e, sem["y"], sem["m"], sem["d"])
    return best


def _value(y, m, d, hint: dt.date | None) -> tuple[str | None, bool]:
    """ISO value (complete?) of a dateline date; a missing year comes from the hint."""
    if y is not None and y < 0:
        yy = -y
        pivot = (hint.year % 100 + 10) if hint else 30
        y = 2000 + yy if yy <= pivot else 1900 + yy
    if y is None:
        if hint:
            day = pick_day(m, d, hint, 0, False)
            return (day.isoformat(), True) if day else (None, False)
        return f"XXXX-{m:02d}-{d:02d}", False
    if not valid_day(y, m, d):
        return None, False
    return dt.date(y, m, d).isoformat(), True


def _lines(text: str, limit: int):
    n = 0
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        yield m.start(), m.end()
        n += 1
        if n >= limit:
            return


def _byline_end(text: str, ls: int, le: int) -> int | None:
    """Where the place starts after a byline at the start of the line (``जागरण संवाददाता, ``), or None."""
    m = _BYLINE.match(text, ls, le)
    if not m or m.end() >= le:
        return None
    if not any(w.rstrip(".") in BYLINE_CUES for w in m.group("words").split()):
        return None
    return m.end()


def _date_line(pt: _Patterns, text: str, ls: int, le: int) -> bool:
    """A line that is only a publish stamp or a ``दिनांक`` date (``Updated Wed, 28 Feb 2024 11:52 PM IST``,
    ``दिनांक: 27.02.2024``): a place-only dateline may follow it (after the headline)."""
    while ls < le and text[ls] in _BLANK:
        ls += 1
    for rx in (pt.publish, pt.dinank):
        m = rx.match(text, ls, le)
        if m and _parse_day_at(pt, text, m.end(), le):
            return True
    return False


def _known_place(text: str, word_ok: bool = False) -> bool:
    """Whether ``text`` names a place of the gazetteer that is not also an ordinary word (``गया``);
    with ``word_ok``, a district or state that is also a word counts too (``बस्ती (ब्यूरो)। ...``)."""
    gaz = Gazetteer.load()
    k = place_key(text)
    hits = gaz.lookup(k)
    if not hits or gaz.is_stop(k):
        return False
    if not gaz.is_word(k):
        return True
    return word_ok and any(e.kind in ("district", "state", "ut") for e in hits)


def _place_candidates(pt: _Patterns, text: str, ls: int, le: int, byline: bool = False):
    """Possible place names at the start of a line: 1-3 Devanagari words, longest last (after a
    byline, the first word may be one that is also a function word: ``वरिष्ठ संवाददाता, गया :``)."""
    pos = ls
    while pos < le and text[pos] in _BLANK:
        pos += 1
    words = []
    while len(words) < 3:
        m = _DEV_WORD.match(text, pos, le)
        if not m:
            break
        w = m.group().rstrip(".")
        if w in pt.block and not (byline and not words) or w in pt.publish_words:
            break  # (पत्रिका न्यूज नेटवर्क | प्रकाशित: …: a publish cue is never a place, even after a byline)
        words.append((m.start(), m.end()))
        pos = m.end()
        if pos < le and text[pos] == " " and pos + 1 < le and _DEV_WORD.match(text, pos + 1, le):
            pos += 1
        else:
            break
    for n in range(1, len(words) + 1):
        yield words[0][0], words[n - 1][1]


def _publish_dates(pt: _Patterns, text: str):
    """(match of the cue, parsed day) of every publish line with a day-level date, in text order."""
    for m in pt.publish.finditer(text):
        got = _parse_day_at(pt, text, m.end(), min(len(text), m.end() + 40))
        if got:
            yield m, got


def _publish_day(pt: _Patterns, text: str) -> dt.date | None:
    """The complete date of the first publish line (``प्रकाशित: 18 दिसंबर 2024``), or None."""
    for _m, got in _publish_dates(pt, text):
        if got[2] is not None:
            value, complete = _value(got[2], got[3], got[4], None)
            if complete and value:
                return dt.date.fromisoformat(value)
    return None


def _whole_line_date(text: str, ls: int, le: int) -> bool:
    """Whether a line opens with ``PLACE [(DISTRICT)], DAY MONTH[,] YEAR`` closed by ``।`` or the line's end (a
    press note's dateline below its issuer lines, also with the first sentence after it)."""
    line = text[ls:le].strip(_BLANK)
    head = line.split("।", 1)[0].strip(_BLANK)
    return bool(_WHOLE_LINE_DATE.fullmatch(head))


_WHOLE_LINE_DATE = re.compile(r"[\u0900-\u097F][\u0900-\u097F .]{1,30}(?:\s*\([\u0900-\u097F .]{2,30}\))?[,:]?\s*"
                              r"\d{1,2}\s+[\u0900-\u097F]+,?\s+\d{4}")


def detect_dateline(view: TextView, hint: dt.date | None = None, max_lines: int = 8) -> Dateline:
    pt = _patterns()
    text = view.text
    lines = list(_lines(text, max_lines))
    out = Dateline()
    place_only: tuple[int, int, float, int] | None = None

    # 1. PLACE DATE (after a byline or at the start of one of the first lines)
    press_line = next((i for i, (a, b) in enumerate(lines) if _PRESS_NOTE.search(text, a, b)), None)
    for li, (ls, le) in enumerate(lines):
        byline = _byline_end(text, ls, le)
        press = press_line is not None and press_line < li <= 5
        if byline is None and li >= 3 and not press and not _whole_line_date(text, ls, le):
            continue  # below the third line only a line of its own: … प्रेस विज्ञप्ति / मंडी, 27 फरवरी, 2025।
            # (after a "प्रेस विज्ञप्ति" line and an issuer line, up to the sixth line)
        start = ls if byline is None else byline
        for ps, pe in sorted(_place_candidates(pt, text, start, le, byline is not None), key=lambda x: -(x[1] - x[0])):
            m = pt.after_place.match(text, pe, le)
            if m:
                got = _parse_day_at(pt, text, m.end(), le)
                ok = got and pt.date_tail.match(text, got[1])
                if got and not ok and got[2] is not None:
                    t = pt.glued_tail.match(text, got[1], le)
                    ok = bool(t) and t.group("w") not in pt.postpositions
                if ok:
                    # a year-less dateline date (अजमेर, 12 फरवरी।) takes its year from the publish line
                    year_hint = hint if hint is not None or got[2] is not None else _publish_day(pt, text)
                    value, complete = _value(got[2], got[3], got[4], year_hint)
                    out.place = view.to_original(ps, pe)
                    out.place_confidence = 0.9
                    ds = m.start("wd") if m.group("wd") else got[0]
                    out.date = view.to_original(ds, got[1])
                    out.value, out.source = value, "dateline"
                    out.date_confidence = 0.95 if complete else 0.6
                    return out
            if byline is not None:
                # a byline place: before ":", "।", "-", a "(district)", or the end of the line
                t = pt.place_only_tail.match(text, pe, le)
                # (… नेटवर्क, उरई (जालौन): a bracketed district may end the line)
                eol = re.fullmatch(rf"[{_BLANK}]*(?:\([^()\n]{{1,40}}\)[{_BLANK}]*)?", text[pe:le]) is not None
                if (t or eol) and (place_only is None or place_only[2] < 0.85):
                    place_only = (ps, pe, 0.85, t.end() if t else le)
            elif place_only is None and (li <= 1 or (li <= 3 and all(_date_line(pt, text, *lines[k])
                                                                      for k in range(1, li)))):
                t = pt.place_only_tail.match(text, pe, le)
                # a district that is also a word (बस्ती, गया) only before "।" with the sentence going on
                word_ok = bool(t) and t.group("mark") in ("।", "।।", "॥") and text[t.end():le].strip(_BLANK) != ""
                if t and _known_place(text[ps:pe], word_ok):
                    conf = 0.8 if t.group("mark") in ("।।", "॥", ":") else 0.6
                    place_only = (ps, pe, conf, t.end())

    # 2. दिनांक line, 3. publish line (top first, then anywhere for a publish line)
    head_end = lines[-1][1] if lines else 0
    found = None
    for rx, source, anywhere_end in ((pt.dinank, "dateline", head_end), (pt.publish, "publish_line", head_end)):
        for m in rx.finditer(text, 0, anywhere_end):
            if rx is pt.dinank and text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(_BLANK):
                continue  # दिनांक/तिथि inside a sentence (अंतिम तिथि 15 जुलाई) is no dateline
            got = _parse_day_at(pt, text, m.end(), min(len(text), m.end() + 40))
            if got:
                if m.groupdict().get("wd") and got[0] == m.end():
                    got = (m.start("wd"),) + got[1:]
                found = (got, source)
                break
        if found:
            break
    if not found:
        for m, got in _publish_dates(pt, text):
            if m.group("wd") and got[0] == m.end():
                got = (m.start("wd"),) + got[1:]
            found = (got, "publish_line")
            break
    if place_only:
        out.place = view.to_original(place_only[0], place_only[1])
        out.place_confidence = place_only[2]
    if found:
        got, source = found
        value, complete = _value(got[2], got[3], got[4], hint)
        out.date = view.to_original(got[0], got[1])
        out.value, out.source = value, source
        out.date_confidence = 0.9 if complete else 0.5
        return out
    # 4. place only: the first full date of the first sentence after the place
    if place_only:
        start = place_only[3]
        k = view.sentence_of(min(start, max(0, len(text) - 1)))
        ss, se = view.sentence_span(k) if view.sent_bounds else (0, len(text))
        if ss < start and se <= start + 1 and k + 1 < len(view.sent_bounds):
            ss, se = view.sentence_span(k + 1)
        got = _parse_day_at(pt, text, max(start, ss), se, anywhere=True)
        if got and got[2] is not None:
            value, complete = _value(got[2], got[3], got[4], hint)
            if complete:
                out.date = view.to_original(got[0], got[1])
                out.value, out.source = value, "dateline"
                out.date_confidence = 0.75
    return out

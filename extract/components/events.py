"""``hindi_events``: the events a press note reports or announces (meetings, conferences, camps ...).

One span per event in ``doc.spans["events"]``, on its first anchoring trigger (``योजना बैठक``,
``सम्मेलन``). Vocabulary: ``extract/data/event_types.tsv``.

Mentions. A trigger (with the modifiers and level adjective right before it: ``योजना बैठक``,
``मंडल स्तरीय समीक्षा बैठक``) is *anchored* when

* it is in the direct case and the sentence's final verb group is an occurrence predicate
  (``... बैठक ... संपन्न हुई``, ``... सम्मेलन ... होगा``, ``शिविर आयोजित किया जाएगा``), or a light verb follows it
  (``समीक्षा बैठक की/ली``, ``धरना देगी``), or an occurrence predicate follows it directly
  (``अभियान चलाया गया, जिसमें ...``); status: future = ``announced``, else ``reported``;
* a singular mention is preceded by an occurrence participle (``आयोजित बैठक``: reported) or an
  announcing word (``प्रस्तावित/आगामी बैठक``: announced);
* it is in the direct case in the dateline sentence (reported).

Coreference. A new event needs a new announcement or date: an anchored *announced* mention always starts
a new event (unless it has a demonstrative, ``इसी बैठक``); an anchored *reported* mention joins the first
reported event of a compatible type (same type, or ``बैठक`` for ``समीक्षा बैठक``) unless their dates
differ. Any other mention (``बैठक में``, ``इस बैठक में``, ``बैठक करके``) joins the first compatible event
(reported first) or, if there is none, is a topic and no event - except a ``<meeting> में`` mention with a
statement or participants in its sentence, which makes a reported event (confidence 0.6).

Elliptical events. A sentence without an anchored trigger whose final verb group is an occurrence predicate
and whose clause has a level adjective (``... का प्रदेश स्तरीय इसी सितम्बर माह में लखनऊ में होगा``)
announces/reports an event whose noun is left out; its span is the level phrase (``प्रदेश स्तरीय``) and its
type is the type of the anchored event of the next (else previous) sentence with the same status, else
``बैठक``: parallel sentences in press notes share their noun (in the seed, the next sentence's
``सम्मेलन ... प्रदेश स्तरीय होगा``). Confidence 0.6; ``elliptical`` is true.

Attributes: ``type`` (Hindi lemma), ``type_en``, ``status`` (reported | announced), ``date`` (value of the first
date span of the anchor sentence, else the document date for a reported event of the dateline sentence, or
of the first sentence after a dateline-only sentence), ``place`` (the dateline place for an event of the
dateline sentence; else the first place span of the sentence outside organisation spans and the venue; else
the dateline place's text when it occurs in the sentence), ``venue`` (``भाजपा प्रदेश मुख्यालय पर`` ->
``भाजपा प्रदेश मुख्यालय``), ``organizer`` (an organisation span right before the trigger), ``participants``
(person ids of sentences with a participation phrase - ``उपस्थित रहे``, ``भाग लिया`` - that mention the event or
follow a reported event), ``statements`` (indices into ``doc.spans["statements"]`` of statements whose sentence
says ``<event> में`` or announces the event), ``mentions`` ([start, end] of every mention), ``elliptical``,
``confidence``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokenizer import ensure_normalized
from .. import tense
from ..spans import add_span, attrs
from .statements import Sentence, doc_sentences, event_lexicon, is_level, spans_in

__all__ = ["EventExtractor"]

_DEMONSTRATIVES = frozenset(tense.key(w) for w in "इस इसी उक्त उसी उस यह".split())
_LIGHT_AFTER = frozenset(tense.key(w) for w in "की ली किया लिया दी दिया करेगी करेगा करेंगे देगी देगा देंगे लेंगे".split())
_LOCATIVE = frozenset({"में", "पर"})
_VENUE_DETERMINERS = frozenset(tense.key(w) for w in "एक सभी सब प्रत्येक हर".split())
_MEETING_TYPES = frozenset({"बैठक", "समीक्षा बैठक", "सम्मेलन", "कार्यशाला", "संगोष्ठी"})


@dataclass
class _Mention:
    sent: int
    start: int  # token index of the span start (modifiers included)
    head: int  # token index of the trigger's first token
    end: int
    type: str
    type_en: str
    status: str | None = None  # anchored status
    demonstrative: bool = False
    plural: bool = False
    locative: bool = False  # followed by में/पर
    event: int | None = None


@dataclass
class _Event:
    sent: int
    start: int
    end: int
    type: str
    type_en: str
    status: str
    confidence: float
    elliptical: bool = False
    mentions: list[_Mention] = field(default_factory=list)
    date: str | None = None


class EventExtractor:
    """Finds events, their coreferent mentions and their attributes (vocabulary compiled at construction)."""

    def __init__(self, max_modifiers: int = 2):
        self.lex = event_lexicon()
        self.max_modifiers = max_modifiers

    # ------------------------------------------------------------------ mentions
    def _mentions(self, sent: Sentence, main: tense.VerbGroup | None, dateline: bool) -> list[_Mention]:
        keys = sent.keys
        lex = self.lex
        occur_main = self._occurrence(main)
        out: list[_Mention] = []
        i = 0
        while i < len(keys):
            m = lex["triggers"].at(keys, i)
            if m is None:
                i += 1
                continue
            typ, typ_en = m.payload
            start = i
            mods = 0
            while start > 0 and mods < self.max_modifiers:
                prev = keys[start - 1]
                if prev in lex["modifiers"] and prev not in lex["trigger_words"]:
                    start -= 1
                elif is_level(prev, lex["levels"]):
                    start -= 1
                    if prev in lex["levels"] and start > 0 and keys[start - 1] not in tense.PUNCT \
                            and keys[start - 1] not in tense.POSTPOSITIONS:
                        start -= 1  # प्रदेश स्तरीय
                else:
                    break
                mods += 1
            nxt = keys[m.end] if m.end < len(keys) else ""
            plural = keys[m.end - 1].endswith(("ओं", "ों"))
            mention = _Mention(sent.index, start, i, m.end, typ, typ_en,
                               demonstrative=start > 0 and keys[start - 1] in _DEMONSTRATIVES,
                               plural=plural, locative=nxt in _LOCATIVE)
            light = nxt in _LIGHT_AFTER and self._verbal(keys, m.end)
            direct = not plural and (nxt not in tense.POSTPOSITIONS or light)
            before = keys[start - 1] if start > 0 else ""
            if direct and occur_main and main.start >= m.end:
                mention.status = "announced" if main.tense == "future" else "reported"
            elif direct and light:
                g = tense.group_at(keys, m.end)
                if g.tense in ("past", "future") and g.mood == "indicative":
                    mention.status = "announced" if g.tense == "future" else "reported"
            elif direct and nxt in lex["occur"]:
                g = tense.group_at(keys, m.end)
                if g.tense in ("past", "future") and g.mood == "indicative" and not g.remote:
                    mention.status = "announced" if g.tense == "future" else "reported"
            elif not plural and before in lex["announce"]:
                mention.status = "announced"
            elif not plural and before in lex["occur"]:
                mention.status = "reported"
            elif direct and dateline:
                mention.status = "reported"
            out.append(mention)
            i = m.end
        return out

    def _occurrence(self, main: tense.VerbGroup | None) -> bool:
        """The final verb group says that something takes/took place: its predicate is an occurrence word
        (संपन्न हुई, आयोजित किया जाएगा, होगा after a postposition), an event noun (बैठक हुई) or a level
        adjective (प्रदेश स्तरीय होगा); not ``चर्चा हुई`` (the discussion is what happened)."""
        if main is None or main.tense not in ("past", "future") or main.mood != "indicative" or main.negated:
            return False
        first = main.words[0]
        return first in self.lex["occur"] or first in self.lex["trigger_words"] or is_level(first, self.lex["levels"])

    @staticmethod
    def _verbal(keys: Sequence[str], j: int) -> bool:
        """``keys[j]`` (की/ली/दी ...) is a verb, not a genitive: what follows is a verb, punctuation or a conjunction."""
        if j + 1 >= len(keys):
            return True
        nxt = keys[j + 1]
        return nxt in tense.PUNCT or tense.is_aux(nxt) or nxt in {"और", "एवं", "तथा", "जिसमें", "कि", "जो"}

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        doc.spans["events"] = []
        sents = doc_sentences(doc)
        if not sents:
            return doc
        mains = [tense.main_group(s.keys) for s in sents]
        dl = self._dateline_sentence(doc, sents, mains)
        mentions = [self._mentions(s, mains[s.index], s.index == dl) for s in sents]
        stmts = list(doc.spans["statements"]) if "statements" in doc.spans else []
        stmt_sents = {}
        for idx, span in enumerate(stmts):
            for s in sents:
                if s.start_char <= span.start_char < s.end_char:
                    stmt_sents.setdefault(s.index, []).append(idx)
        participation = {s.index for s in sents if self.lex["participation"].find(s.keys)}

        events: list[_Event] = []
        for s in sents:
            for m in mentions[s.index]:
                self._resolve(doc, s, m, events, stmt_sents, participation)
        self._elliptical(doc, sents, mains, mentions, events)
        events.sort(key=lambda e: (e.sent, e.start))
        for e in events:
            e.mentions.sort(key=lambda m: (m.sent, m.start))

        mention_event = {}
        for n, e in enumerate(events):
            for m in e.mentions:
                mention_event[(m.sent, m.start)] = n
        statements_of: dict[int, list[int]] = {n: [] for n in range(len(events))}
        participants_of: dict[int, list[str]] = {n: [] for n in range(len(events))}
        for s in sents:
            in_sent = [(m, mention_event[(m.sent, m.start)]) for m in mentions[s.index] if (m.sent, m.start) in mention_event]
            in_sent += [(m, n) for n, e in enumerate(events) if e.elliptical for m in e.mentions if m.sent == s.index]
            for idx in stmt_sents.get(s.index, []):
                for m, n in in_sent:
                    anchor = events[n].sent == s.index and events[n].start == m.start
                    if (m.locative or anchor) and idx not in statements_of[n]:
                        statements_of[n].append(idx)
            if s.index in participation:
                target = next((n for m, n in in_sent if events[n].status == "reported"), None)
                if target is None:
                    prior = [n for n, e in enumerate(events) if e.status == "reported" and e.sent <= s.index]
                    target = prior[-1] if prior else None
                if target is not None:
                    for p in spans_in(doc, "people", s.start_char, s.end_char):
                        pid = str(attrs(p).get("person") or attrs(p).get("id") or p.text)
                        if pid not in participants_of[target]:
                            participants_of[target].append(pid)

        dateline_place = self._dateline_place(doc, sents, dl)
        for n, e in enumerate(events):
            s = sents[e.sent]
            venue, venue_span = self._venue(s, e)
            if venue is None:
                for m in e.mentions[1:]:
                    venue, venue_span = self._venue(sents[m.sent], m)
                    if venue:
                        break
            add_span(
                doc, "events", s.char_start(e.start), s.char_end(e.end),
                type=e.type, type_en=e.type_en, status=e.status,
                date=e.date if e.date is not None else self._date(doc, s, e, dl),
                place=self._place(doc, s, e, dl, dateline_place, venue_span),
                venue=venue, organizer=self._organizer(doc, s, e),
                participants=participants_of[n], statements=sorted(statements_of[n]),
                mentions=[[sents[m.sent].char_start(m.start), sents[m.sent].char_end(m.end)] for m in e.mentions],
                elliptical=e.elliptical, confidence=e.confidence,
            )
        return doc

    # ------------------------------------------------------------------ coreference
    @staticmethod
    def _compatible(mtype: str, etype: str) -> bool:
        return mtype == etype or etype.endswith(" " + mtype) or mtype.endswith(" " + etype)

    def _resolve(self, doc: Doc, s: Sentence, m: _Mention, events: list[_Event],
                 stmt_sents: dict[int, list[int]], participation: set[int]) -> None:
        compatible = [n for n, e in enumerate(events) if self._compatible(m.type, e.type) and not e.elliptical]
        reported = [n for n in compatible if events[n].status == "reported"]
        if m.status == "announced" and not m.demonstrative:
            self._new(doc, s, m, events, "announced", 0.85)
        elif m.status == "reported" and not m.demonstrative:
            date = self._date_in_sentence(doc, s)
            same = [n for n in reported if date is None or events[n].date in (None, date)]
            if same:
                self._join(events[same[0]], m)
            else:
                self._new(doc, s, m, events, "reported", 0.9)
        elif compatible:
            self._join(events[(reported or compatible)[0]], m)
        elif m.locative and m.type in _MEETING_TYPES and (s.index in stmt_sents or s.index in participation):
            self._new(doc, s, m, events, "reported", 0.6)

    @staticmethod
    def _join(e: _Event, m: _Mention) -> None:
        e.mentions.append(m)

    def _new(self, doc: Doc, s: Sentence, m: _Mention, events: list[_Event], status: str, conf: float) -> None:
        e = _Event(s.index, m.start, m.end, m.type, m.type_en, status, conf, mentions=[m])
        e.date = self._date_in_sentence(doc, s)
        events.append(e)

    def _elliptical(self, doc: Doc, sents: list[Sentence], mains, mentions, events: list[_Event]) -> None:
        lex = self.lex
        for s in sents:
            main = mains[s.index]
            if not self._occurrence(main):
                continue
            if any(m.status for m in mentions[s.index]):
                continue
            keys = s.keys
            lo = 0
            for j in range(main.start - 1, -1, -1):
                if keys[j] in ("कि", ";", ":", "जो"):
                    lo = j + 1
                    break
            level = next((j for j in range(lo, main.start + 1) if j < len(keys) and is_level(keys[j], lex["levels"])
                          and j > 0), None)
            if level is None:
                continue
            start = level - 1 if keys[level] in lex["levels"] and keys[level - 1] not in tense.PUNCT \
                and keys[level - 1] not in tense.POSTPOSITIONS else level
            status = "announced" if main.tense == "future" else "reported"
            typ, typ_en = self._neighbour_type(s.index, status, sents, mentions)
            m = _Mention(s.index, start, level, level + 1, typ, typ_en, status=status)
            e = _Event(s.index, start, level + 1, typ, typ_en, status, 0.6, elliptical=True, mentions=[m])
            e.date = self._date_in_sentence(doc, s)
            events.append(e)

    @staticmethod
    def _neighbour_type(i: int, status: str, sents, mentions) -> tuple[str, str]:
        for j in (i + 1, i - 1):
            if 0 <= j < len(sents):
                for m in mentions[j]:
                    if m.status == status:
                        return m.type, m.type_en
        return "बैठक", "meeting"

    # ------------------------------------------------------------------ attributes
    @staticmethod
    def _dateline_sentence(doc: Doc, sents: list[Sentence], mains) -> int | None:
        d = doc._.doc_date
        pos = None
        if d and isinstance(d.get("start"), int):
            pos = d["start"]
        elif "dateline" in doc.spans and len(doc.spans["dateline"]):
            pos = min(s.start_char for s in doc.spans["dateline"])
        if pos is None:
            return None
        idx = next((s.index for s in sents if s.start_char <= pos < s.end_char), None)
        if idx is None:
            return None
        # a dateline-only sentence (वाराणसी, 12 मार्च 2024।): the news starts in the next one
        while idx + 1 < len(sents) and mains[idx] is None and len(sents[idx].keys) <= 12:
            idx += 1
        return idx

    @staticmethod
    def _date_in_sentence(doc: Doc, s: Sentence) -> str | None:
        for d in spans_in(doc, "dates", s.start_char, s.end_char):
            v = attrs(d).get("value")
            if v:
                return str(v)
        return None

    def _date(self, doc: Doc, s: Sentence, e: _Event, dl: int | None) -> str | None:
        d = doc._.doc_date
        if e.status == "reported" and dl is not None and e.sent == dl and d and d.get("value"):
            return str(d["value"])
        return None

    @staticmethod
    def _dateline_place(doc: Doc, sents: list[Sentence], dl: int | None) -> tuple[str, int, int] | None:
        """(text, start, end) of the dateline place: the dateline component's place span, else the words
        before the document date on its line (``लखनऊ 15 सितम्बर 2018``)."""
        if "dateline" in doc.spans:
            for span in doc.spans["dateline"]:
                if attrs(span).get("role") == "place":
                    return span.text, span.start_char, span.end_char
        d = doc._.doc_date
        if not d or not isinstance(d.get("start"), int):
            return None
        line_start = doc.text.rfind("\n", 0, d["start"]) + 1
        before = doc.text[line_start:d["start"]]
        stripped = before.rstrip(" ,:-–।\t")
        lead = len(stripped) - len(stripped.lstrip())
        words = stripped.split()
        if not words or len(words) > 3 or any(ch.isdigit() for ch in stripped):
            return None
        return stripped.strip(), line_start + lead, line_start + len(stripped)

    def _place(self, doc: Doc, s: Sentence, e: _Event, dl: int | None, dateline_place, venue_span) -> str | None:
        if dateline_place is not None and dl is not None and (e.sent == dl or s.start_char <= dateline_place[1] < s.end_char):
            return dateline_place[0]
        orgs = spans_in(doc, "organizations", s.start_char, s.end_char)
        for p in spans_in(doc, "places", s.start_char, s.end_char):
            if any(o.start_char <= p.start_char and p.end_char <= o.end_char for o in orgs):
                continue
            if venue_span and venue_span[0] <= p.start_char and p.end_char <= venue_span[1]:
                continue
            return p.text
        if dateline_place is not None:
            name = tense.key(dateline_place[0])
            if name and any(k == name for k in s.keys):
                return dateline_place[0]
        return None

    def _venue(self, s: Sentence, e) -> tuple[str | None, tuple[int, int] | None]:
        """The venue phrase of the sentence: a noun phrase ending in a venue noun, followed by पर/में."""
        keys = s.keys
        for m in self.lex["venues"].find(keys):
            if m.end >= len(keys) or keys[m.end] not in _LOCATIVE:
                continue
            j = m.start
            while j > 0 and m.end - j < 5 and keys[j - 1] not in tense.PUNCT and keys[j - 1] not in tense.POSTPOSITIONS \
                    and keys[j - 1] not in self.lex["trigger_words"] and not tense.is_verb_form(keys[j - 1]) \
                    and keys[j - 1] not in self.lex["occur"] and keys[j - 1] not in _DEMONSTRATIVES \
                    and not any(c.isdigit() for c in keys[j - 1]):
                j -= 1
            while j < m.start and keys[j] in _VENUE_DETERMINERS:
                j += 1
            return s.text(j, m.end), (s.char_start(j), s.char_end(m.end))
        return None, None

    @staticmethod
    def _organizer(doc: Doc, s: Sentence, e: _Event) -> str | None:
        """An organisation span ending within 4 tokens before the trigger, a genitive between (X की बैठक)."""
        trig = s.char_start(e.start)
        for o in reversed(spans_in(doc, "organizations", s.start_char, trig)):
            j = s.token_index(o.end_char - 1)
            if j is None or e.start - j > 5:
                continue
            if any(k in ("का", "की", "के") for k in s.keys[j + 1:e.start]):
                return str(attrs(o).get("name") or o.text)
        return None


@Language.factory(
    "hindi_events",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"max_modifiers": 2},
)
def make_hindi_events(nlp: Language, name: str, max_modifiers: int):
    """Events (meetings, conferences, camps ...) with status, date, place, venue, participants, statements."""
    return EventExtractor(max_modifiers=max_modifiers)

"""``hindi_events``: the events a press note reports or announces (meetings, conferences, camps ...).

One span per event in ``doc.spans["events"]``, on its first anchoring trigger (``योजना बैठक``,
``सम्मेलन``). Vocabulary and function words: ``extract/data/event_types.tsv`` (and the conjunctions,
genitives, agent markers and clause boundaries of ``statement_function_words.tsv``).

Mentions. A trigger (with the modifiers and level adjective right before it: ``योजना बैठक``,
``मंडल स्तरीय समीक्षा बैठक``) is *anchored* when

* it is in the direct case and the sentence's final verb group is an occurrence predicate
  (``... बैठक ... संपन्न हुई``, ``... सम्मेलन ... होगा``, ``शिविर आयोजित किया जाएगा``; also a light verb after an
  agent, ``अभियान आईटी द्वारा किया जाना है``), or a light verb follows it (``समीक्षा बैठक की/ली``, ``धरना देगी``,
  ``बैठक करके``), or an occurrence predicate follows it directly (``अभियान चलाया गया, जिसमें ...``, ``अभियान
  चलाकर``); status: future or obligation (``किया जाना है``) = ``announced``, past = ``reported``; a conjunctive
  participle (``चलाकर``, ``करके``) takes the tense of the sentence's final verb group; a subjunctive
  (``कैंप लगाया जाए``) counts only in a directive or decision statement (``निर्देश दिए कि ...``): announced;
* an occurrence phrase follows it (``शिविर का आयोजन किया गया``, ``संगोष्ठी का शुभारंभ ... ने किया``, ``धरने पर बैठे``,
  ``जनसभा को संबोधित करते हुए``; ``occur_phrase`` rows): the status of the phrase's verb, else of the final verb;
* an oblique infinitive follows it in a decision/directive/plan sentence (``पदयात्रा निकालने का निर्णय``): announced;
* a singular mention is preceded by an occurrence participle (``आयोजित बैठक``: reported) or an
  announcing word (``प्रस्तावित/आगामी बैठक``: announced);
* it is in the direct case in the dateline sentence (reported).

Coreference. A new event needs a new announcement or date: an anchored *announced* mention always starts
a new event (unless it has a demonstrative, ``इसी बैठक``); an anchored *reported* mention joins the first
reported event of a compatible type (same type, or ``बैठक`` for ``समीक्षा बैठक``) unless their dates differ,
their targets differ (``X के विरुद्ध अभियान``) or a sequel phrase precedes it in its sentence (``इसके पश्चात्
... के साथ बैठक करके``: a later meeting). Any other mention (``बैठक में``, ``इस बैठक में``) joins the first
compatible event with the same target (reported first) or, if there is none, is a topic and no event - except
a ``<meeting> में`` mention or a ``<X के विरुद्ध campaign> में`` mention with a statement or participants in its
sentence, which makes a reported event (confidence 0.6); so does a first locative mention of any type with
participants while no reported event exists yet (``रैली में हजारों कार्यकर्ता शामिल हुए``).

Elliptical events. A sentence without an anchored trigger whose final verb group is an occurrence predicate
and whose clause has a level adjective (``... का प्रदेश स्तरीय इसी सितम्बर माह में लखनऊ में होगा``)
announces/reports an event whose noun is left out; its span is the level phrase (``प्रदेश स्तरीय``) and its
type is the type of the anchored event of the next (else previous) sentence with the same status and the
gender of the verb (``होगा``: masculine), else the default type of that gender (``बैठक`` f, ``कार्यक्रम`` m):
parallel sentences in press notes share their noun (in the seed, the next sentence's ``सम्मेलन ... प्रदेश
स्तरीय होगा``). Confidence 0.6; ``elliptical`` is true.

Headline. An event first mentioned in the headline (a sentence before the dateline sentence) is anchored on its
first mention in the body (an anchored one first), which gives its span, date, place and organiser.

Attributes: ``type`` (Hindi lemma), ``type_en``, ``status`` (reported | announced), ``date`` (TIMEX3 value of the
date/time/set span of the anchor sentence that dates it (:meth:`EventExtractor._date_in_sentence`): not a
duration, not a deadline (``10 मई तक``, ``से पहले``), not the dateline's own date; the one of the trigger's clause
nearest to the trigger, an interval containing the clause's other dates first (``22-23 मार्च को आयोजित ...
संगोष्ठी का शनिवार को समापन`` -> the range); never one of a later clause (``बैठक में तय किया गया कि 10 मई को ...``);
a time cut to its day (``XXXX-03-15TAF`` -> ``XXXX-03-15``); else the document date for a reported event of the
dateline sentence, or of the first sentence after a dateline-only sentence), ``place`` (canonical name: a place
of the trigger's clause marked as the setting, ``X में/पर`` also through area nouns, ``बुढ़ाना तहसील परिसर में``,
``देवा ब्लॉक के ग्राम सरसौंदी में`` -> सरसौंदी; else the place of the venue, ``मोतीझील स्थित सभागार में``; else the
dateline place for an event of the dateline sentence; else the first place span of the trigger's clause (else of
the sentence) outside organisation spans, the venue and a person's address (``X निवासी``, ``residence`` rows);
else the dateline place when it occurs in the sentence, or for a reported event with a venue, ``एसएसपी कार्यालय
में आयोजित प्रेस वार्ता``), ``venue`` (``भाजपा प्रदेश मुख्यालय पर`` -> ``भाजपा प्रदेश
मुख्यालय``), ``organizer`` (canonical organisation name: an organisation span in the genitive right before the
trigger, ``X की बैठक``; an agent after it, ``अभियान आईटी द्वारा``; a generic head noun in the genitive or as the
active subject, ``विश्वविद्यालय का समारोह``, ``पार्टी ... धरना देगी``, resolved to the organiser of the first
reported event or the first organisation of that head; else the organisation of the venue, ``समाजवादी पार्टी
... के प्रदेश कार्यालय पर``), ``participants`` (person ids of sentences with a participation phrase - ``उपस्थित
रहे``, ``भाग लिया`` - that mention the event or follow a reported event), ``statements`` (indices into
``doc.spans["statements"]`` of statements whose sentence says ``<event> में`` or announces the event),
``mentions`` ([start, end] of every mention), ``elliptical``, ``confidence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text.tokenizer import ensure_normalized
from .. import tense
from ..resources import read_tsv, split_multi
from ..spans import add_span, attrs
from .statements import (Match, PhraseLexicon, Sentence, clause_start, doc_sentences, event_lexicon, function_words, is_level,
                         np_before, spans_in)

__all__ = ["EventExtractor"]

_ISO_DAY_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
_DAY_TIME = re.compile(r"^([0-9X]{4}-[0-9X]{2}-[0-9X]{2})T")  # XXXX-03-15TAF: a time cut to its day
_ORDERING_KINDS = frozenset({"directive", "decision"})
_PLANNING_KINDS = frozenset({"directive", "decision", "plan"})


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
    sequel: bool = False  # इसके पश्चात् ... earlier in the sentence
    target: str | None = None  # head of X in X के विरुद्ध <trigger>
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
    target: str | None = None


class EventExtractor:
    """Finds events, their coreferent mentions and their attributes (vocabulary compiled at construction)."""

    def __init__(self, max_modifiers: int = 2):
        self.lex = event_lexicon()
        self.fw = function_words()
        self.max_modifiers = max_modifiers
        self.org_nouns = frozenset(tense.key(v) for r in read_tsv("statement_cues.tsv") if r["kind"] == "subject"
                                   for v in split_multi(r["cue"]))
        rows = read_tsv("event_types.tsv")

        def phrases(role: str) -> PhraseLexicon:
            return PhraseLexicon(((r["form"], role) for r in rows if r["role"] == role), negations=(), particles=())

        def words(role: str) -> frozenset[str]:
            return frozenset(tense.key(v) for r in rows if r["role"] == role for v in split_multi(r["form"]))

        self.deadline = phrases("deadline")  # 31 मार्च तक / से पहले / के भीतर: a deadline, not the event's date
        self.scheduled = words("scheduled")  # जनसभा प्रस्तावित है: announced
        self.extent = tuple(sorted(words("extent")))  # दो दिवसीय: suffixes of an extent adjective
        self.situated = words("situated")  # मोतीझील स्थित सभागार: the venue's place
        self.place_heads = words("place_head")  # बुढ़ाना तहसील परिसर में: nouns between a place and its postposition
        self.complementisers = words("complementiser")  # कि
        self.date_labels = words("date_label")  # दिनांक: 27.02.2024
        self.number_words = words("number")  # दो दिवसीय
        self.chair_nouns = words("chair")  # X की अध्यक्षता में: X chairs the event
        self.chair_links = words("chair_link")  # की
        self.agent_markers = words("agent")  # ने

    # ------------------------------------------------------------------ verb groups
    def _conjunctive(self, g: tense.VerbGroup) -> bool:
        return bool(g.words) and g.tense == "unknown" and g.words[-1].endswith(self.fw.conjunctive)

    def _group_after(self, keys: Sequence[str], j: int, main: tense.VerbGroup | None) -> tense.VerbGroup:
        """The verb group at ``keys[j]``; for a conjunctive participle (चलाकर, करके) the final verb group."""
        g = tense.group_at(keys, j)
        if self._conjunctive(g) and main is not None and main.start >= g.end:
            return main
        return g

    @staticmethod
    def _status(g: tense.VerbGroup, ordered: bool = False) -> str | None:
        if g.negated or g.remote:
            return None
        if g.mood == "indicative" and g.tense in ("past", "future"):
            return "announced" if g.tense == "future" else "reported"
        if g.mood == "obligation" or (g.mood == "subjunctive" and ordered):
            return "announced"
        return None

    def _occurrence(self, keys: Sequence[str], main: tense.VerbGroup | None, ordered: bool = False) -> str | None:
        """The status if the final verb group says that something takes/took place: its predicate is an
        occurrence word (संपन्न हुई, आयोजित किया जाएगा, होगा after a postposition), an event noun (बैठक हुई), a level
        adjective (प्रदेश स्तरीय होगा) or a light verb after an agent (आईटी द्वारा किया जाना है); not ``चर्चा हुई``."""
        if main is None or main.negated:
            return None
        first = main.words[0]
        lex = self.lex
        predicate = first in lex["occur"] or first in lex["trigger_words"] or is_level(first, lex["levels"]) or (
            first in lex["light"] and main.start > 0 and keys[main.start - 1] in self.fw.agent_marker)
        return self._status(main, ordered) if predicate else None

    def _verbal(self, keys: Sequence[str], j: int) -> bool:
        """``keys[j]`` (a light verb) is a verb: की/के/का only when what follows is a verb, punctuation or a
        conjunction (else a genitive)."""
        if keys[j] not in self.fw.genitive or j + 1 >= len(keys):
            return True
        nxt = keys[j + 1]
        return nxt in tense.PUNCT or tense.is_aux(nxt) or nxt in self.fw.conjunction

    # ------------------------------------------------------------------ mentions
    def _phrase_status(self, keys: Sequence[str], j: int, main: tense.VerbGroup | None, ordered: bool) -> str | None:
        """Status of ``<trigger> का आयोजन किया गया`` / ``शिविर का उद्घाटन विधायक ने किया`` / ``धरने पर बैठे``: the
        verb group right after the phrase (ending at ``j``), else the sentence's final verb group after it."""
        for k in (j - 1, j):  # the phrase's own last word (आयोजन किया गया, बैठे), else the word after it
            if k < len(keys):
                g = self._group_after(keys, k, main)
                if g.tense != "unknown" or g.mood != "indicative":
                    return self._status(g, ordered)
        if main is not None and main.start >= j:
            return self._status(main, ordered)
        return None

    def _intended(self, keys: Sequence[str], j: int) -> bool:
        """``<trigger> (आयोजित) करने/निकालने ...`` right after a trigger: an intended event (``रैली करने की घोषणा``,
        ``शिविर लगाने के निर्देश``), announced when its sentence is a decision, directive or plan."""
        if j < len(keys) and keys[j] in self.lex["occur"]:
            j += 1
        return j < len(keys) and keys[j] not in self.fw.agent_marker and any(
            keys[j].endswith(x) and len(keys[j]) > len(x) + 1 for x in self.fw.infinitive)

    def _extent(self, k: str) -> bool:
        """An extent adjective (दिवसीय, त्रिदिवसीय) before a trigger."""
        return any(k.endswith(x) for x in self.extent)

    def _phrase_over_date(self, keys: Sequence[str], j: int, date_tokens: frozenset[int]):
        """``संगोष्ठी का शनिवार को समापन हो गया``: an occurrence phrase whose genitive and noun are separated by a
        date and its postposition; the match (with its end in ``keys``) or None."""
        k = j + 1
        while k < len(keys) and k in date_tokens:
            k += 1
        if k == j + 1 or k >= len(keys) or keys[k] not in tense.POSTPOSITIONS:
            return None
        rest = [keys[j]] + list(keys[k + 1:])
        m = self.lex["occur_phrase"].at(rest, 0)
        if m is None:
            return None
        return Match(j, m.end + k, m.payload, m.negated)

    def _mentions(self, sent: Sentence, main: tense.VerbGroup | None, dateline: bool, ordered: bool,
                  planned: bool = False, date_tokens: frozenset[int] = frozenset()) -> list[_Mention]:
        keys = sent.keys
        lex = self.lex
        occur_main = self._occurrence(keys, main, ordered)
        sequels = [m.end for m in lex["sequel"].find(keys)]
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
            span_start = None  # set at the first extent adjective: the span stops there, the walk goes on
            while start > 0 and mods < self.max_modifiers:
                prev = keys[start - 1]
                if prev in lex["modifiers"] and prev not in lex["trigger_words"]:
                    start -= 1
                elif is_level(prev, lex["levels"]):
                    start -= 1
                    if prev in lex["levels"] and start > 0 and keys[start - 1] not in tense.PUNCT \
                            and keys[start - 1] not in tense.POSTPOSITIONS:
                        start -= 1  # प्रदेश स्तरीय
                elif self._extent(prev):
                    # आयोजित दो दिवसीय राष्ट्रीय संगोष्ठी: an extent adjective and its number stand between the
                    # trigger and the word that anchors it; they are not part of the span
                    span_start = start if span_start is None else span_start
                    start -= 1
                    if start > 0 and (keys[start - 1].isdigit() or keys[start - 1] in self.number_words):
                        start -= 1
                    continue
                else:
                    break
                mods += 1
            outer, start = start, (start if span_start is None else span_start)
            nxt = keys[m.end] if m.end < len(keys) else ""
            plural = keys[m.end - 1].endswith(self.fw.oblique_plural)
            mention = _Mention(sent.index, start, i, m.end, typ, typ_en,
                               demonstrative=outer > 0 and keys[outer - 1] in lex["demonstratives"],
                               plural=plural, locative=nxt in lex["locative"],
                               sequel=any(e <= outer for e in sequels), target=self._target(keys, outer))
            light = nxt in lex["light"] and self._verbal(keys, m.end)
            direct = not plural and (nxt not in tense.POSTPOSITIONS or light)
            before = keys[outer - 1] if outer > 0 else ""
            phrase = lex["occur_phrase"].at(keys, m.end) if m.end < len(keys) else None
            if phrase is None and m.end + 2 < len(keys) and nxt in self.fw.genitive:
                phrase = self._phrase_over_date(keys, m.end, date_tokens)
            if not plural and phrase is not None:
                mention.status = self._phrase_status(keys, phrase.end, main, ordered)
                mention.locative = mention.locative and mention.status is None
            elif direct and not light and planned and self._intended(keys, m.end):
                mention.status = "announced"
            elif direct and occur_main and main.start >= m.end:
                mention.status = occur_main
            elif direct and light:
                mention.status = self._status(self._group_after(keys, m.end, main), ordered)
            elif direct and nxt in lex["occur"]:
                mention.status = self._status(self._group_after(keys, m.end, main), ordered)
            elif direct and nxt in self.scheduled and not mention.plural \
                    and not self._group_after(keys, m.end, main).negated:
                mention.status = "announced"  # 5 मई को जनसभा प्रस्तावित है
            elif not plural and before in lex["announce"]:
                mention.status = "announced"
            elif not plural and before in lex["occur"]:
                mention.status = "reported"
            elif direct and dateline:
                mention.status = "reported"
            out.append(mention)
            i = m.end
        return out

    def _target(self, keys: Sequence[str], start: int) -> str | None:
        """The head of X in ``X के विरुद्ध <trigger>`` (what a campaign is against)."""
        for n in (2, 3):
            j = start - n
            if j > 0:
                t = self.lex["target"].at(keys, j)
                if t is not None and t.end == start:
                    np = np_before(keys, j, 0)
                    return keys[np[1] - 1] if np else None
        return None

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        doc.spans["events"] = []
        sents = doc_sentences(doc)
        if not sents:
            return doc
        mains = [tense.main_group(s.keys) for s in sents]
        skip = self._dateline_ranges(doc)
        dl = self._dateline_sentence(doc, sents, mains, skip)
        stmts = list(doc.spans["statements"]) if "statements" in doc.spans else []
        stmt_sents: dict[int, list[int]] = {}
        ordered: set[int] = set()
        planned: set[int] = set()
        for idx, span in enumerate(stmts):
            for s in sents:
                if s.start_char <= span.start_char < s.end_char:
                    stmt_sents.setdefault(s.index, []).append(idx)
                    if attrs(span).get("kind") in _ORDERING_KINDS:
                        ordered.add(s.index)
                    if attrs(span).get("kind") in _PLANNING_KINDS:
                        planned.add(s.index)
        date_spans = list(doc.spans["dates"]) if "dates" in doc.spans else []
        mentions = [self._mentions(s, mains[s.index], s.index == dl, s.index in ordered, s.index in planned,
                                   self._date_tokens(s, date_spans))
                    for s in sents]
        participation = {s.index for s in sents if self.lex["participation"].find(s.keys)}

        events: list[_Event] = []
        for s in sents:
            for m in mentions[s.index]:
                self._resolve(doc, s, m, events, stmt_sents, participation, skip)
        if dl is not None:
            for e in events:
                self._reanchor_headline(doc, sents, e, dl, skip)
        self._elliptical(doc, sents, mains, mentions, events, ordered, skip)
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
        chairs = {s.index: c for s in sents for c in [self._chair(doc, s)] if c}
        # a chair in a sentence without an event mention (अध्यक्षता कर रहे एसडीएम ... ने निर्देश दिए) chairs
        # the latest reported event before it
        inherited: dict[int, str] = {}
        mentioned = {m.sent for e in events for m in e.mentions}
        for k, c in sorted(chairs.items()):
            if k not in mentioned:
                prior = [n for n, e in enumerate(events) if e.status == "reported" and e.sent < k]
                if prior and prior[-1] not in inherited:
                    inherited[prior[-1]] = c
        main_org: str | None = None
        for n, e in enumerate(events):
            s = sents[e.sent]
            venue, venue_span = self._venue(s, e)
            if venue is None:
                for m in e.mentions[1:]:
                    venue, venue_span = self._venue(sents[m.sent], m)
                    if venue:
                        break
            organizer = self._organizer(doc, s, e, mains[e.sent], venue_span, main_org)
            chair = next((c for m in e.mentions for c in [chairs.get(m.sent)] if c), None) or inherited.get(n)
            if main_org is None and e.status == "reported" and organizer:
                main_org = organizer
            add_span(
                doc, "events", s.char_start(e.start), s.char_end(e.end),
                type=e.type, type_en=e.type_en, status=e.status,
                date=e.date if e.date is not None else self._date(doc, s, e, dl),
                place=self._place(doc, s, e, dl, dateline_place, venue_span),
                venue=venue, organizer=organizer, chair=chair,
                participants=participants_of[n], statements=sorted(statements_of[n]),
                mentions=[[sents[m.sent].char_start(m.start), sents[m.sent].char_end(m.end)] for m in e.mentions],
                elliptical=e.elliptical, confidence=e.confidence,
            )
        return doc

    # ------------------------------------------------------------------ chair
    def _chair(self, doc: Doc, s: Sentence) -> str | None:
        """The person id of who chairs the event of sentence ``s``: ``X की अध्यक्षता में``, ``अध्यक्षता X ने
        की``, ``X ने ... अध्यक्षता की``; X is a person, or a role whose holder the document names
        (``जिलाधिकारी की अध्यक्षता में`` -> the person with that title)."""
        where = [j for j, k in enumerate(s.keys) if k in self.chair_nouns]
        if not where:
            return None
        people = spans_in(doc, "people", s.start_char, s.end_char)
        roles = spans_in(doc, "roles", s.start_char, s.end_char)
        for j in where:
            if j >= 2 and s.keys[j - 1] in self.chair_links:  # X की अध्यक्षता
                end = s.char_start(j - 1)
                gap = lambda span: not doc.text[span.end_char:end].strip()  # noqa: E731
                person = next((p for p in reversed(people) if p.end_char <= end and gap(p)), None)
                if person is not None:
                    return self._person_id(person)
                role = next((r for r in reversed(roles) if r.end_char <= end and gap(r)), None)
                if role is not None:
                    return self._holder(doc, role)
            # अध्यक्षता X ने की / X ने (बैठक की) अध्यक्षता की: the agent of the clause
            lo, hi = clause_start(s.keys, j), len(s.keys)
            for p in people:
                i = s.token_index(p.end_char - 1)
                if i is not None and lo <= i and i + 1 < hi and s.keys[i + 1] in self.agent_markers:
                    return self._person_id(p)
        return None

    @staticmethod
    def _person_id(span: Span) -> str:
        return str(attrs(span).get("person") or attrs(span).get("id") or span.text)

    @staticmethod
    def _holder(doc: Doc, role: Span) -> str | None:
        """The person a role-only mention stands for: the role's own link, else the only person of the
        document holding a role of that title."""
        a = attrs(role)
        if a.get("persons"):
            return str(a["persons"][0])
        title = a.get("title")
        holders = {p for r in doc.spans.get("roles", []) if attrs(r).get("title") == title
                   for p in attrs(r).get("persons") or []} if "roles" in doc.spans else set()
        return str(next(iter(holders))) if len(holders) == 1 else None

    # ------------------------------------------------------------------ coreference
    @staticmethod
    def _compatible(mtype: str, etype: str) -> bool:
        return mtype == etype or etype.endswith(" " + mtype) or mtype.endswith(" " + etype)

    @staticmethod
    def _same_target(m: _Mention, e: _Event) -> bool:
        return m.target is None or e.target is None or m.target == e.target

    def _resolve(self, doc: Doc, s: Sentence, m: _Mention, events: list[_Event],
                 stmt_sents: dict[int, list[int]], participation: set[int], skip) -> None:
        compatible = [n for n, e in enumerate(events)
                      if self._compatible(m.type, e.type) and not e.elliptical and self._same_target(m, e)]
        reported = [n for n in compatible if events[n].status == "reported"]
        if m.status == "announced" and not m.demonstrative:
            self._new(doc, s, m, events, "announced", 0.85, skip)
        elif m.status == "reported" and not m.demonstrative:
            date = self._date_in_sentence(doc, s, skip, near=(s.char_start(m.start), s.char_end(m.end)))
            same = [n for n in reported if date is None or events[n].date in (None, date)]
            if same and not m.sequel:
                self._join(events[same[0]], m)
            else:
                self._new(doc, s, m, events, "reported", 0.9, skip)
        elif compatible:
            self._join(events[(reported or compatible)[0]], m)
        elif m.locative and (m.type in self.lex["meeting_types"] or m.target) \
                and (s.index in stmt_sents or s.index in participation):
            self._new(doc, s, m, events, "reported", 0.6, skip)
        elif m.locative and not m.plural and s.index in participation \
                and not any(e.status == "reported" for e in events):
            # रैली में हजारों लोग शामिल हुए: the first happening the report gives participants of (a later one of
            # another type is more likely the same event under another noun: no new event)
            self._new(doc, s, m, events, "reported", 0.6, skip)

    def _reanchor_headline(self, doc: Doc, sents: list[Sentence], e: _Event, dl: int, skip) -> None:
        """An event first mentioned in the headline (a sentence before the dateline sentence) is anchored on its
        first mention in the body (an anchored one first): the body sentence gives its date, place and organiser
        (``बोर्ड बैठक में बजट पास`` in the headline, ``बोर्ड बैठक बुधवार को ... शुरू हुई`` in the lead)."""
        if e.sent >= dl or e.elliptical:
            return
        body = [m for m in e.mentions if m.sent >= dl]
        if not body:
            return
        m = next((x for x in body if x.status), body[0])
        s = sents[m.sent]
        e.sent, e.start, e.end = m.sent, m.start, m.end
        e.date = self._date_in_sentence(doc, s, skip, near=(s.char_start(m.start), s.char_end(m.end)))

    @staticmethod
    def _join(e: _Event, m: _Mention) -> None:
        e.mentions.append(m)
        if e.target is None:
            e.target = m.target

    def _new(self, doc: Doc, s: Sentence, m: _Mention, events: list[_Event], status: str, conf: float, skip) -> None:
        e = _Event(s.index, m.start, m.end, m.type, m.type_en, status, conf, mentions=[m], target=m.target)
        e.date = self._date_in_sentence(doc, s, skip, near=(s.char_start(m.start), s.char_end(m.end)))
        events.append(e)

    def _elliptical(self, doc: Doc, sents: list[Sentence], mains, mentions, events: list[_Event],
                    ordered: set[int], skip) -> None:
        lex = self.lex
        for s in sents:
            main = mains[s.index]
            status = self._occurrence(s.keys, main, s.index in ordered)
            if not status:
                continue
            if any(m.status for m in mentions[s.index]):
                continue
            keys = s.keys
            lo = clause_start(keys, main.start)
            level = next((j for j in range(lo, main.start + 1) if j < len(keys) and is_level(keys[j], lex["levels"])
                          and j > 0), None)
            if level is None:
                continue
            start = level - 1 if keys[level] in lex["levels"] and keys[level - 1] not in tense.PUNCT \
                and keys[level - 1] not in tense.POSTPOSITIONS else level
            typ, typ_en = self._neighbour_type(s.index, status, tense.gender(main), sents, mentions)
            m = _Mention(s.index, start, level, level + 1, typ, typ_en, status=status)
            e = _Event(s.index, start, level + 1, typ, typ_en, status, 0.6, elliptical=True, mentions=[m])
            e.date = self._date_in_sentence(doc, s, skip)
            events.append(e)

    def _neighbour_type(self, i: int, status: str, gender: str | None, sents, mentions) -> tuple[str, str]:
        for j in (i + 1, i - 1):
            if 0 <= j < len(sents):
                for m in mentions[j]:
                    if m.status == status and (gender is None or self.lex["gender"].get(m.type) in (gender, "", None)):
                        return m.type, m.type_en
        defaults = self.lex["default_type"]
        return defaults.get(gender) or defaults.get("f") or next(iter(defaults.values()))

    # ------------------------------------------------------------------ attributes
    @staticmethod
    def _date_tokens(s: Sentence, date_spans) -> frozenset[int]:
        """Token indices of ``s`` inside a date span."""
        out = set()
        for d in date_spans:
            if s.start_char <= d.start_char and d.end_char <= s.end_char:
                a, b = s.token_index(d.start_char), s.token_index(d.end_char - 1)
                if a is not None and b is not None:
                    out.update(range(a, b + 1))
        return frozenset(out)

    @staticmethod
    def _dateline_ranges(doc: Doc) -> list[tuple[int, int]]:
        """Character ranges of the dateline (its date and place): their dates are not the event's date."""
        out = []
        d = doc._.doc_date
        if d and isinstance(d.get("start"), int) and isinstance(d.get("end"), int):
            out.append((d["start"], d["end"]))
        if "dateline" in doc.spans:
            out += [(s.start_char, s.end_char) for s in doc.spans["dateline"]]
        return out

    def _dateline_sentence(self, doc: Doc, sents: list[Sentence], mains, skip) -> int | None:
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
        # a dateline-only sentence (वाराणसी, 12 मार्च 2024। / झांसी।): the news starts in the next one
        while idx + 1 < len(sents) and ((mains[idx] is None and len(sents[idx].keys) <= 12)
                                        or self._only_dateline(sents[idx], skip)):
            idx += 1
        return idx

    @staticmethod
    def _only_dateline(s: Sentence, skip) -> bool:
        words = [t for t, k in zip(s.tokens, s.keys) if k not in tense.PUNCT]
        return bool(words) and bool(skip) and all(
            any(a <= t.idx and t.idx + len(t.text) <= b for a, b in skip) for t in words)

    def _date_in_sentence(self, doc: Doc, s: Sentence, skip=(), near: tuple[int, int] | None = None) -> str | None:
        """The value of the date that dates an event of sentence ``s``.

        Candidates: the date/time/set spans of the sentence, not a duration, not the dateline's, and not a
        deadline (a point date before ``तक``, ``से पहले``, ``के भीतर``: ``१० मई तक अभियान चलाया जाएगा``; a range
        ``X से Y तक`` keeps its start X); a time is cut to its day (``XXXX-03-15TAF`` -> ``XXXX-03-15``).
        Without ``near``: the first. With ``near`` (the trigger's chars): the candidate of the trigger's clause
        nearest to the trigger (``सोमवार को हुई बैठक में तय हुआ कि 15 मार्च को धरना होगा``: बैठक Monday, धरना the
        15th) - an interval containing the clause's other dates wins (``22-23 मार्च को आयोजित संगोष्ठी का शनिवार को
        समापन``: the range, not the closing day); with none in the clause, the nearest one before the clause
        unless the trigger's clause is a ``कि`` complement; never one of a later clause (``बैठक में तय किया गया कि
        १० मई को ...``: that date is the complement's)."""
        keys = s.keys
        found = []
        for d in spans_in(doc, "dates", s.start_char, s.end_char):
            if any(a < d.end_char and d.start_char < b for a, b in skip):
                continue
            a = attrs(d)
            v = a.get("value")
            if not v or a.get("type") == "duration":
                continue
            v = str(v)
            j = s.token_index(d.end_char - 1)
            if "/" not in v and j is not None and j + 1 < len(keys) and self.deadline.at(keys, j + 1) is not None:
                continue
            m = _ISO_DAY_TIME.match(v) or _DAY_TIME.match(v)
            found.append((d, m.group(1) if m else v))
        if not found:
            return None
        if near is None:
            return found[0][1]
        ti = s.token_index(near[0])
        if ti is None:
            return found[0][1]
        lo = clause_start(keys, ti)
        boundary = self.fw.clause_boundary
        hi = next((j for j in range(ti + 1, len(keys)) if keys[j] in boundary), len(keys))
        lo_c, hi_c = s.char_start(lo), s.char_end(hi)

        def dist(x):
            return min(abs(x[0].start_char - near[0]), abs(x[0].end_char - near[0]))

        inside = [(d, v) for d, v in found if lo_c <= d.start_char and d.end_char <= hi_c]
        if inside:
            for d, v in inside:
                if "/" in v and all(w == v or self._within(w, v) for _, w in inside):
                    return v
            return min(inside, key=dist)[1]
        before = [(d, v) for d, v in found if d.end_char <= lo_c]
        if before and not (lo > 0 and keys[lo - 1] in self.complementisers):
            return min(before, key=dist)[1]
        return None

    @staticmethod
    def _within(point: str, interval: str) -> bool:
        """``2024-03-23`` lies in ``2024-03-22/2024-03-23`` (ISO strings, compared at the coarser granularity)."""
        lo, _, hi = interval.partition("/")
        n = min(len(point), len(lo), len(hi))
        return lo[:n] <= point[:n] <= hi[:n]

    def _date(self, doc: Doc, s: Sentence, e: _Event, dl: int | None) -> str | None:
        d = doc._.doc_date
        if e.status == "reported" and dl is not None and e.sent == dl and d and d.get("value"):
            return str(d["value"])
        return None

    @staticmethod
    def _place_name(span: Span) -> str:
        a = attrs(span)
        return str(a.get("name") or a.get("normalized") or span.text)

    def _dateline_place(self, doc: Doc, sents: list[Sentence], dl: int | None) -> tuple[str, str, int, int] | None:
        """(text, canonical name, start, end) of the dateline place: the dateline component's place span (its
        name from the places span at the same offset), else the words before the document date on its line
        (``लखनऊ 15 सितम्बर 2018``)."""
        found = None
        if "dateline" in doc.spans:
            for span in doc.spans["dateline"]:
                if attrs(span).get("role") == "place":
                    found = (span.text, span.start_char, span.end_char)
                    break
        if found is None:
            d = doc._.doc_date
            if not d or not isinstance(d.get("start"), int):
                return None
            line_start = doc.text.rfind("\n", 0, d["start"]) + 1
            before = doc.text[line_start:d["start"]]
            stripped = before.rstrip(" ,:-–।\t")
            lead = len(stripped) - len(stripped.lstrip())
            words = stripped.split()
            if not words or len(words) > 3 or any(ch.isdigit() for ch in stripped) \
                    or d.get("source") != "dateline" or any("a" <= ch.lower() <= "z" for ch in stripped) \
                    or tense.key(words[-1].rstrip(":")) in self.date_labels:
                return None  # Updated Wed, 28 Feb 2024 / दिनांक: 27.02.2024: a label, not a place
            found = (stripped.strip(), line_start + lead, line_start + len(stripped))
        text, start, end = found
        name = text
        for p in doc.spans["places"] if "places" in doc.spans else ():
            if p.start_char < end and start < p.end_char:
                name = self._place_name(p)
                break
        return text, name, start, end

    def _place(self, doc: Doc, s: Sentence, e: _Event, dl: int | None, dateline_place, venue_span) -> str | None:
        """Where the event is held: in the trigger's clause, a place marked as the setting (``X में/पर``, also
        through level/area nouns, ``बुढ़ाना तहसील परिसर में``, ``देवा ब्लॉक के ग्राम सरसौंदी में`` -> सरसौंदी, not
        the genitive देवा) or the place of the venue (``मोतीझील स्थित सभागार में``); else the dateline place for the
        lead event; else the first place of the clause (else of the sentence) that is not inside an organisation
        or the venue and not a person's address; else the dateline place when the sentence names it or for a
        reported event at a local venue."""
        keys = s.keys
        lo = clause_start(keys, e.start) if e.start < len(keys) else 0
        hi = next((j for j in range(e.end, len(keys)) if keys[j] in self.fw.clause_boundary), len(keys))
        lo_c, hi_c = s.char_start(lo), s.char_end(hi)
        lead = dateline_place is not None and dl is not None and (
            e.sent == dl or s.start_char <= dateline_place[2] < s.end_char)
        orgs = spans_in(doc, "organizations", s.start_char, s.end_char)
        cands = []
        for p in spans_in(doc, "places", s.start_char, s.end_char):
            if any(o.start_char <= p.start_char and p.end_char <= o.end_char for o in orgs):
                continue
            j = s.token_index(p.end_char - 1)
            if j is not None and self.lex["residence"].find(keys, j + 1, min(j + 4, len(keys))):
                continue  # बोधगया के मस्तीपुर निवासी: a person's address, not where the event is
            if lo_c <= p.start_char and p.end_char <= hi_c and j is not None and self._setting(keys, j + 1):
                return self._place_name(p)
            if venue_span and venue_span[0] <= p.start_char and p.end_char <= venue_span[1]:
                continue
            cands.append(p)
        situated = self._situated(doc, s, lo, hi)
        if situated:
            return situated
        if lead:
            return dateline_place[1]
        if cands:
            # the first place in the trigger's clause (a place of another clause belongs to something else)
            inside = [p for p in cands if lo_c <= p.start_char and p.end_char <= hi_c]
            return self._place_name((inside or cands)[0])
        if dateline_place is not None:
            name = tense.key(dateline_place[0])
            if name and any(k == name for k in keys):
                return dateline_place[1]
            if e.status == "reported" and venue_span is not None:
                return dateline_place[1]  # एसएसपी कार्यालय में आयोजित प्रेस वार्ता: a local venue of the dateline town
        return None

    def _setting(self, keys: Sequence[str], j: int) -> bool:
        """``keys[j:]`` marks the place before it as a setting: up to three level/area nouns (तहसील, ब्लॉक, परिसर,
        गांव) or venue words, then ``में``/``पर``/``स्थित``."""
        k = j
        while k < len(keys) and k - j < 3 and (keys[k] in self.place_heads or keys[k] in self.lex["venue_words"]):
            k += 1
        return k < len(keys) and (keys[k] in self.lex["locative"] or keys[k] in self.situated)

    def _situated(self, doc: Doc, s: Sentence, lo: int, hi: int) -> str | None:
        """``मोतीझील स्थित सभागार में``: the one or two words before ``स्थित`` in the clause (a place span there
        gives its canonical name), when they are no function word, number, date, venue or organisation."""
        keys = s.keys
        for j in range(max(lo, 1), min(hi, len(keys))):
            if keys[j] not in self.situated:
                continue
            for p in spans_in(doc, "places", s.start_char, s.char_start(j)):
                if s.token_index(p.end_char - 1) == j - 1:
                    return self._place_name(p)
            i = j
            while i > lo and j - i < 2:
                k = keys[i - 1]
                if k in tense.PUNCT or k in tense.POSTPOSITIONS or k in self.fw.genitive or k in self.fw.conjunction \
                        or any(c.isdigit() for c in k) or k in self.lex["venue_words"] or k in self.place_heads \
                        or k in self.lex["trigger_words"] or tense.is_verb_form(k):
                    break
                i -= 1
            if i == j:
                continue
            a, b = s.char_start(i), s.char_end(j - 1)
            if any(d.start_char < b and a < d.end_char for d in spans_in(doc, "dates", s.start_char, s.end_char)) \
                    or any(o.start_char < b and a < o.end_char for o in spans_in(doc, "organizations", s.start_char, s.end_char)):
                continue
            return s.text(i, j)
        return None

    def _venue(self, s: Sentence, e) -> tuple[str | None, tuple[int, int] | None]:
        """The venue phrase of the sentence: a noun phrase ending in a venue noun, followed by पर/में."""
        keys = s.keys
        lex = self.lex
        for m in lex["venues"].find(keys):
            if m.end >= len(keys) or keys[m.end] not in lex["locative"]:
                continue
            j = m.start
            while j > 0 and m.end - j < 5 and keys[j - 1] not in tense.PUNCT and keys[j - 1] not in tense.POSTPOSITIONS \
                    and keys[j - 1] not in lex["trigger_words"] and not tense.is_verb_form(keys[j - 1]) \
                    and keys[j - 1] not in lex["occur"] and keys[j - 1] not in lex["demonstratives"] \
                    and not any(c.isdigit() for c in keys[j - 1]):
                j -= 1
            while j < m.start and keys[j] in lex["venue_determiners"]:
                j += 1
            return s.text(j, m.end), (s.char_start(j), s.char_end(m.end))
        return None, None

    # ------------------------------------------------------------------ organiser
    @staticmethod
    def _org_name(span: Span) -> str:
        a = attrs(span)
        return str(a.get("name") or a.get("org") or span.text)

    def _generic(self, doc: Doc, noun: str, main_org: str | None) -> str | None:
        """A generic head noun (पार्टी, विश्वविद्यालय) as the organiser of the first reported event, else the
        first organisation of the document with that head."""
        if main_org and tense.key(main_org.split()[-1]) == noun:
            return main_org
        for o in doc.spans["organizations"] if "organizations" in doc.spans else ():
            name = self._org_name(o)
            if name.split() and tense.key(name.split()[-1]) == noun:
                return name
        return None

    def _organizer(self, doc: Doc, s: Sentence, e: _Event, main: tense.VerbGroup | None, venue_span,
                   main_org: str | None) -> str | None:
        keys = s.keys
        gen = self.fw.genitive
        trig = s.char_start(e.start)
        # X की/का/के <trigger>: an organisation span ending within 5 tokens before the trigger
        for o in reversed(spans_in(doc, "organizations", s.start_char, trig)):
            j = s.token_index(o.end_char - 1)
            if j is None or e.start - j > 5:
                continue
            if any(k in gen for k in keys[j + 1:e.start]):
                return self._org_name(o)
        # विश्वविद्यालय का <trigger>: a generic head noun in the genitive right before the trigger
        if e.start >= 2 and keys[e.start - 1] in gen and keys[e.start - 2] in self.org_nouns:
            found = self._generic(doc, keys[e.start - 2], main_org)
            if found:
                return found
        # <trigger> X द्वारा ...: an organisation agent after the trigger, before the final verb
        stop = main.start if main is not None and main.start > e.end else len(keys)
        for j in range(e.end, stop):
            if keys[j] in self.fw.agent_marker and j > e.end:
                for o in spans_in(doc, "organizations", s.char_start(e.end), s.char_start(j)):
                    if s.token_index(o.end_char - 1) == j - 1:
                        return self._org_name(o)
                break
        # पार्टी ... धरना देगी: the active subject at the start of the trigger's clause
        if main is not None and main.voice == "active" and main.start >= e.start and not e.elliptical:
            lo = clause_start(keys, e.start)
            if lo < e.start and not (lo + 1 < len(keys) and keys[lo + 1] in tense.POSTPOSITIONS):
                for o in spans_in(doc, "organizations", s.char_start(lo), trig):
                    if s.token_index(o.start_char) == lo:
                        return self._org_name(o)
                if keys[lo] in self.org_nouns:
                    found = self._generic(doc, keys[lo], main_org)
                    if found:
                        return found
        # the organisation of the venue: समाजवादी पार्टी उ०प्र० के प्रदेश कार्यालय पर, भाजपा प्रदेश मुख्यालय पर
        if venue_span is not None:
            vs, ve = venue_span
            inside = [o for o in spans_in(doc, "organizations", s.start_char, s.end_char)
                      if vs <= o.start_char and o.end_char <= ve]
            if inside:
                return self._org_name(inside[0])
            v = s.token_index(vs)
            if v is not None and v > 0 and keys[v - 1] in gen:
                for o in reversed(spans_in(doc, "organizations", s.start_char, vs)):
                    j = s.token_index(o.end_char - 1)
                    if j is not None and v - 1 - j <= 3:
                        return self._org_name(o)
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

"""``hindi_statements``: decisions, directives, plans and actions, and the quantities of a document.

Statements (``doc.spans["statements"]``): one span per statement sentence (the sentence without
surrounding whitespace). A sentence is a statement when it contains a cue of
``extract/data/statement_cues.tsv`` that survives the checks below; with several cues the first kind of
decision > directive > plan > action wins. Attributes (``span._.hx``):

* ``kind``, ``cue`` (cue text as written), ``cue_start``/``cue_end`` (char offsets);
* ``content_start``/``content_end``: the content clause: what follows ``कि`` after the cue
  (``निर्णय लिया गया कि ...``, ``निर्देश है कि ...``), else the clause before the cue (after the actor
  and its ने/द्वारा, without a leading ``बैठक में``, trailing postpositions trimmed); ``None`` if empty;
* ``actor``: ``X का/की/के निर्देश`` (X an organisation/body noun or span), else the subject before ``ने`` or
  ``द्वारा`` in the cue's clause, else the nearest organisation/person span before the cue (when those
  components ran; never one inside the content), else ``None`` (also for a pronoun subject: ``उन्होंने``);
* ``tense``/``voice``/``mood`` of the cue's verb group (:mod:`extract.tense`), ``reported`` (the cue stands in
  reported speech, ``X ने बताया कि ...``), ``confidence``.

Checks (``statement_blockers.tsv``): a question; a negated cue; a ``था/थी/थे`` in the cue's verb group
(pluperfect: background); a subjunctive verb group (``... किया जाए``, ``... मिलें``: wished, not done); a habitual
present (``तैनात किया जाता है``: a routine, not news); a modal (``रद्द की जा सकती है``); an infinitive (``निरस्त किए
जाने के खिलाफ``: a noun); a participle used as a modifier (``गिरफ्तार किए गए आरोपियों में``); a cue after (or
overlapping) a demand, allegation, hearsay or opinion cue, unless a response (``जिस पर``, ``reset`` rows) stands
between them; a past cue after a year-level background expression (``पिछले वर्ष``).
Cue patterns may use verb classes (``गिरफ्तार @KAR``: any form of करना; ``verb_class`` rows of
``statement_function_words.tsv``). Without a cue, a sentence-final causative perfective (``हटवाया``, ``लगवाईं``)
is an action (confidence 0.6), and a future obligation (``हाजिरी लगानी होगी``) a plan. A cue ending in a conjunctive participle
(``गिरफ्तार कर जेल भेज दिया``) takes the tense of the sentence's final verb group. Cue flags: ``infinitive``
(``जांच करने को कहा``: only after an oblique infinitive), ``subjunctive`` (``उन्होंने अधिकारियों से कहा कि ...
सुनिश्चित करें``: a directive only when the final verb group is subjunctive; confidence 0.6).
A decision/directive/action cue with a future verb group becomes a plan. A bare future verb (cue with
flag ``generic``, or the sentence's final verb group in the future tense) is a plan only when its clause has an
event noun (``event_types.tsv``), an organisation/body noun (``subject`` rows), an organisation span or a
level adjective (``प्रदेश स्तरीय ... होगा``) in the direct case; in reported speech (``उन्होंने कहा कि ...
होगा``) such a plan is kept with a low confidence (0.5). A passive future (``... चलाया जाएगा``) is a plan.

Quantities (``doc.spans["quantities"]``): a number (digits or number words of
``quantity_numbers.tsv``, with scales: ``दो लाख``, ``1 लाख 12 हजार``, ``2.5 करोड़``) with a unit of
``quantity_units.tsv`` (currency before or after, percent, counted noun, measure, duration), or a scaled number
alone (unit ``None``). Attributes ``value``, ``unit``, ``kind``, ``approx`` (``लगभग``/``से अधिक`` ...),
``statement`` (index of the statement whose sentence contains it, else ``None``), ``confidence``.
Numbers inside ``doc.spans["dates"]`` are skipped.

Function words (genitives, conjunctions, clause boundaries, particles, agent markers, pronoun agents,
approximation words ...) are data: ``statement_function_words.tsv``, read when the component is built.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..text.tokenizer import ensure_normalized
from .. import tense
from ..resources import read_tsv, split_multi
from ..spans import add_span

try:  # the text layer's notion of a blank token (whitespace or invisible format characters)
    from ..text.sentences import is_blank
except ImportError:  # pragma: no cover - older text layer
    def is_blank(token: Token) -> bool:
        return token.is_space

__all__ = [
    "Sentence", "PhraseLexicon", "Match", "doc_sentences", "event_lexicon", "StatementExtractor",
    "KIND_ORDER", "clause_start", "np_before", "spans_in",
]

KIND_ORDER = ("decision", "directive", "plan", "action")
_BASE_CONF = {"decision": 0.9, "directive": 0.9, "plan": 0.85, "action": 0.85}
_HARD_BLOCKERS = ("demand", "allegation", "hearsay", "opinion")
_DIGITS = re.compile(r"^\d+(?:,\d+)*(?:\.\d+)?$")
_CLOSERS = frozenset({'"', "'", "”", "’", ")"})  # punctuation that may follow a question mark


@dataclass(frozen=True)
class FunctionWords:
    """The closed classes of ``statement_function_words.tsv`` as sets of matching keys."""

    genitive: frozenset[str]
    conjunction: frozenset[str]
    clause_boundary: frozenset[str]
    particle: frozenset[str]
    wildcard_stop: frozenset[str]
    np_stop: frozenset[str]  # punctuation included
    agent_marker: frozenset[str]
    pronoun_agent: frozenset[str]
    complementizer: frozenset[str]
    setting_demonstrative: frozenset[str]
    setting_filler: frozenset[str]
    oblique_plural: tuple[str, ...]  # suffixes
    infinitive: tuple[str, ...]  # suffixes
    conjunctive: tuple[str, ...]  # suffixes
    approx_before: frozenset[str]
    approx_after: dict[tuple[str, ...], str]  # token sequence -> "more than" | "less than"
    verb_class: dict[str, frozenset[str]]  # class name -> keys (``@NAME`` in a cue pattern)
    causative: tuple[str, ...]  # suffixes of a causative perfective (हटवाया, लगवाईं)
    causative_not: frozenset[str]  # nouns with such an ending (कार्रवाई, सुनवाई)


@lru_cache(maxsize=1)
def function_words() -> FunctionWords:
    """``extract/data/statement_function_words.tsv``, compiled (read once, when a component is built)."""
    by_kind: dict[str, list[dict[str, str]]] = {}
    for r in read_tsv("statement_function_words.tsv"):
        by_kind.setdefault(r["kind"], []).append(r)

    def keys(kind: str) -> frozenset[str]:
        return frozenset(tense.key(r["word"]) for r in by_kind.get(kind, ()))

    def suffixes(kind: str) -> tuple[str, ...]:
        return tuple(sorted({r["word"] for r in by_kind.get(kind, ())}, key=len, reverse=True))

    return FunctionWords(
        genitive=keys("genitive"), conjunction=keys("conjunction"), clause_boundary=keys("clause_boundary"),
        particle=keys("particle"), wildcard_stop=keys("wildcard_stop"), np_stop=tense.PUNCT | keys("np_stop"),
        agent_marker=keys("agent_marker"), pronoun_agent=keys("pronoun_agent"),
        complementizer=keys("complementizer"), setting_demonstrative=keys("setting_demonstrative"),
        setting_filler=keys("setting_filler"), oblique_plural=suffixes("oblique_plural"),
        infinitive=suffixes("infinitive"), conjunctive=suffixes("conjunctive"), approx_before=keys("approx_before"),
        approx_after={tuple(tense.key(w) for w in r["word"].split()): r["value"] for r in by_kind.get("approx_after", ())},
        verb_class={r["value"]: frozenset(tense.key(w) for w in split_multi(r["word"]))
                    for r in by_kind.get("verb_class", ())},
        causative=suffixes("causative"), causative_not=keys("causative_not"),
    )


# --------------------------------------------------------------------------------------------- sentences

@dataclass
class Sentence:
    """A sentence as its non-blank tokens and their matching keys."""

    index: int
    tokens: list[Token]
    keys: list[str]
    doc_text: str  # spaCy rebuilds doc.text on every access: keep it once

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        t = self.tokens[-1]
        return t.idx + len(t.text)

    def char_start(self, i: int) -> int:
        return self.tokens[i].idx

    def char_end(self, i: int) -> int:
        t = self.tokens[i - 1]
        return t.idx + len(t.text)

    def text(self, i: int, j: int) -> str:
        return self.doc_text[self.char_start(i):self.char_end(j)]

    def token_index(self, char: int) -> int | None:
        for i, t in enumerate(self.tokens):
            if t.idx <= char < t.idx + len(t.text):
                return i
        return None

    def last_word(self) -> int:
        """Index (exclusive) of the sentence without its final punctuation."""
        k = len(self.keys)
        while k > 0 and self.keys[k - 1] in tense.PUNCT:
            k -= 1
        return k


def doc_sentences(doc: Doc) -> list[Sentence]:
    """The sentences of ``doc`` (blank tokens dropped); one sentence if the doc is not segmented."""
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    out: list[Sentence] = []
    text = doc.text
    for sent in sents:
        toks = [t for t in sent if not is_blank(t)]
        if toks:
            out.append(Sentence(len(out), toks, [tense.key(t) for t in toks], text))
    return out


def spans_in(doc: Doc, group: str, start: int, end: int) -> list[Span]:
    """Spans of another component's group that lie within chars [start, end) (empty if it did not run)."""
    if group not in doc.spans:
        return []
    return sorted((s for s in doc.spans[group] if start <= s.start_char and s.end_char <= end),
                  key=lambda s: s.start_char)


def clause_start(keys: Sequence[str], i: int, lo: int = 0) -> int:
    """Start of the clause that contains ``keys[i]`` (after the last कि/;/जो ... before it)."""
    boundary = function_words().clause_boundary
    for j in range(i - 1, lo - 1, -1):
        if keys[j] in boundary:
            return j + 1
    return lo


def np_before(keys: Sequence[str], m: int, lo: int = 0, max_len: int = 10) -> tuple[int, int] | None:
    """The noun phrase right before ``keys[m]`` (genitives kept, postpositions/punctuation stop it)."""
    fw = function_words()
    j = m - 1
    while j >= lo and keys[j] not in fw.np_stop and m - j <= max_len:
        j -= 1
    i = j + 1
    while i < m and (keys[i] in fw.genitive or keys[i] in fw.conjunction):
        i += 1
    return (i, m) if i < m else None


# --------------------------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class Match:
    start: int
    end: int
    payload: Any
    negated: bool = False


class PhraseLexicon:
    """Token-sequence lexicon over matching keys: ``|`` variants, ``*`` = 0-3 tokens of the same clause,
    ``@NAME`` = any form of the verb class NAME (``verb_class`` rows of ``statement_function_words.tsv``:
    ``गिरफ्तार @KAR`` matches गिरफ्तार किया / की / कर / कराया ...), particles (भी/ही/तो) and negations may stand
    between tokens (a negation marks the match)."""

    def __init__(self, entries: Iterable[tuple[str, Any]], negations: Iterable[str] = tense.NEGATIONS,
                 particles: Iterable[str] | None = None, stops: Iterable[str] | None = None):
        fw = function_words()
        self.negations = frozenset(negations)
        self.fillers = frozenset(fw.particle if particles is None else particles) | self.negations
        self.stops = frozenset(fw.wildcard_stop if stops is None else stops)
        self.classes = fw.verb_class
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for text, payload in entries:
            for variant in split_multi(text):
                pat = tuple(p if p == "*" or p.startswith("@") else tense.key(p) for p in variant.split())
                pat = tuple(p for p in pat if p)
                unknown = [p for p in pat if p.startswith("@") and p[1:] not in self.classes]
                if unknown:
                    raise ValueError(f"unknown verb class {unknown[0]!r} in {variant!r}")
                if not pat or pat[0] == "*" or pat[0].startswith("@"):
                    continue
                self.by_first.setdefault(pat[0], []).append((pat, payload))
        for pats in self.by_first.values():
            pats.sort(key=lambda x: -len(x[0]))

    def _match(self, keys: Sequence[str], i: int, pat: tuple[str, ...], k: int, end: int,
               neg: bool) -> tuple[int, bool] | None:
        if k == len(pat):
            return i, neg
        p = pat[k]
        if p == "*":
            for skip in range(4):
                j = i + skip
                if j > end or (skip and keys[j - 1] in self.stops):
                    break
                r = self._match(keys, j, pat, k + 1, end, neg)
                if r:
                    return r
            return None
        cls = self.classes[p[1:]] if p.startswith("@") else None
        j = i
        while j < end and not (keys[j] in cls if cls is not None else keys[j] == p) and keys[j] in self.fillers:
            neg = neg or keys[j] in self.negations
            j += 1
        if j < end and (keys[j] in cls if cls is not None else keys[j] == p):
            return self._match(keys, j + 1, pat, k + 1, end, neg)
        return None

    def at(self, keys: Sequence[str], i: int, end: int | None = None) -> Match | None:
        """The longest match starting at ``keys[i]``."""
        end = len(keys) if end is None else end
        best: Match | None = None
        for pat, payload in self.by_first.get(keys[i], ()):
            r = self._match(keys, i + 1, pat, 1, end, False)
            if r and (best is None or r[0] > best.end):
                best = Match(i, r[0], payload, r[1])
        return best

    def find(self, keys: Sequence[str], start: int = 0, end: int | None = None) -> list[Match]:
        """Matches in ``keys[start:end]`` (longest at each position; matches inside a longer one dropped)."""
        end = len(keys) if end is None else end
        found = [m for i in range(start, end) if (m := self.at(keys, i, end))]
        return [m for m in found
                if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                           for o in found)]


# --------------------------------------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def event_lexicon() -> dict[str, Any]:
    """The compiled ``event_types.tsv``: triggers, modifiers, venues, occurrence/announce/participation words,
    the function words of event mentions, and per type its gender and flags."""
    rows = read_tsv("event_types.tsv")
    by_role: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_role.setdefault(r["role"], []).append(r)

    def words(role: str) -> frozenset[str]:
        return frozenset(tense.key(v) for r in by_role.get(role, []) for v in split_multi(r["form"]))

    def phrases(role: str) -> PhraseLexicon:
        return PhraseLexicon(((r["form"], role) for r in by_role.get(role, [])), negations=(), particles=())

    events = by_role.get("event", [])
    triggers = PhraseLexicon((r["form"], (r["type"], r["type_en"])) for r in events)
    trigger_words = frozenset(pat[-1] for pats in triggers.by_first.values() for pat, _ in pats)
    gender = {r["type"]: r.get("gender", "") for r in events}
    flags = {r["type"]: set(split_multi(r.get("flags", ""))) for r in events}
    type_en = {r["type"]: r["type_en"] for r in events}
    defaults = {gender[t]: (t, type_en[t]) for t in type_en if "default" in flags[t]}
    return {
        "triggers": triggers,
        "trigger_words": trigger_words,
        "modifiers": words("modifier"),
        "levels": tuple(sorted(words("level"))),
        "venues": PhraseLexicon((r["form"], "venue") for r in by_role.get("venue", [])),
        "venue_words": words("venue"),
        "occur": words("occur"),
        "announce": words("announce"),
        "participation": PhraseLexicon((r["form"], "participation") for r in by_role.get("participation", [])),
        "light": words("light"),
        "demonstratives": words("demonstrative"),
        "locative": words("locative"),
        "venue_determiners": words("venue_determiner"),
        "sequel": phrases("sequel"),
        "occur_phrase": phrases("occur_phrase"),
        "residence": phrases("residence"),
        "target": phrases("target"),
        "gender": gender,
        "meeting_types": frozenset(t for t in type_en if "meeting" in flags[t]),
        "default_type": defaults,  # gender -> (type, type_en)
    }


def is_level(k: str, levels: Sequence[str]) -> bool:
    """A level adjective (प्रदेश स्तरीय: the token स्तरीय, or a glued जिलास्तरीय)."""
    return any(k.endswith(s) for s in levels)


@dataclass(frozen=True)
class _Cue:
    kind: str
    generic: bool
    text: str
    flags: frozenset[str] = frozenset()


@dataclass
class _Candidate:
    match: Match
    kind: str
    generic: bool
    group: tense.VerbGroup
    confidence: float
    reported: bool = False
    fallback: bool = False


# --------------------------------------------------------------------------------------------- component

class StatementExtractor:
    """Finds statements and quantities (lexicons compiled once, at construction)."""

    def __init__(self, min_confidence: float = 0.3, generic_future: bool = True):
        self.min_confidence = min_confidence
        self.generic_future = generic_future
        self.fw = function_words()
        blocker_rows = read_tsv("statement_blockers.tsv")

        def words(kind: str) -> frozenset[str]:
            return frozenset(tense.key(v) for r in blocker_rows if r["kind"] == kind for v in split_multi(r["cue"]))

        self.negations = words("negation") | tense.NEGATIONS
        self.questions = words("question")
        self.blockers = PhraseLexicon(((r["cue"], r["kind"]) for r in blocker_rows
                                       if r["kind"] not in ("negation", "question")), negations=())
        cue_rows = read_tsv("statement_cues.tsv")
        self.cues = PhraseLexicon(
            ((r["cue"], _Cue(r["kind"], "generic" in split_multi(r.get("flags", "")), r["cue"],
                              frozenset(split_multi(r.get("flags", "")))))
             for r in cue_rows if r["kind"] in KIND_ORDER), negations=self.negations)
        self.subjects = frozenset(tense.key(v) for r in cue_rows if r["kind"] == "subject" for v in split_multi(r["cue"]))
        self.events = event_lexicon()
        self.quantities = _QuantityFinder()

    # ---------------------------------------------------------------- statements
    def __call__(self, doc: Doc) -> Doc:
        doc = ensure_normalized(doc)
        doc.spans["statements"] = []
        doc.spans["quantities"] = []
        sentences = doc_sentences(doc)
        stmt_of_sentence: dict[int, int] = {}
        for sent in sentences:
            found = self.statement(doc, sent)
            if found is None:
                continue
            span = add_span(doc, "statements", sent.start_char, sent.end_char, **found)
            if span is not None:
                stmt_of_sentence[sent.index] = len(doc.spans["statements"]) - 1
        dates = [(s.start_char, s.end_char) for s in doc.spans["dates"]] if "dates" in doc.spans else []
        for sent in sentences:
            for q in self.quantities.find(sent, dates):
                add_span(doc, "quantities", q.pop("start"), q.pop("end"), statement=stmt_of_sentence.get(sent.index), **q)
        return doc

    def _is_question(self, sent: Sentence) -> bool:
        keys = sent.keys
        tail = [k for k in keys if k not in _CLOSERS]
        return bool(tail) and (tail[-1] == "?" or keys[0] in self.questions)

    def candidates(self, doc: Doc, sent: Sentence) -> list[_Candidate]:
        """Every cue of the sentence that survives the checks (kind adjusted, confidence set)."""
        keys = sent.keys
        if self._is_question(sent):
            return []
        matches = self.cues.find(keys, 0, len(keys))
        blockers = self.blockers.find(keys)
        main = tense.main_group(keys)
        resets = [b for b in blockers if b.payload == "reset"]
        raw: list[tuple[Match, str, bool, bool]] = []
        for m in matches:
            if not self._genitive_tail_ok(keys, m):
                continue
            flags = m.payload.flags
            if "infinitive" in flags and not (m.start > 0 and self._infinitive(keys[m.start - 1])):
                continue
            if "subjunctive" in flags and not (main is not None and main.start >= m.end and main.mood == "subjunctive"):
                continue
            raw.append((m, m.payload.kind, m.payload.generic, False))
        if main is not None and main.mood == "obligation" and main.tense == "future":
            # हाजिरी लगानी होगी: the generic होगी cue is an obligation, which needs no subject
            raw = [(Match(main.start, main.end, None, main.negated), "plan", False, True)
                   if g and m.start < main.end and main.start < m.end else (m, k, g, f) for m, k, g, f in raw]
        if self.generic_future and main is not None and main.tense == "future" and main.mood in ("indicative", "obligation") \
                and not any(m.start <= main.end - 1 and main.start < m.end for m, *_ in raw):
            # a bare future (a plan only with an event/organisation subject); an obligation in the future
            # (हाजिरी लगानी होगी) or a passive future needs no subject
            raw.append((Match(main.start, main.end, None, main.negated), "plan",
                        main.voice != "passive" and main.mood != "obligation", True))
        if main is not None and main.tense == "past" and self._causative(keys[main.start]) and not raw:
            # हटवाया, लगवाईं, चलवाया: someone had something done - an official action (no cue needed)
            raw.append((Match(main.start, main.end, None, main.negated), "action", False, True))
        out: list[_Candidate] = []
        for m, kind, generic, fallback in raw:
            if m.negated or (m.start > 0 and keys[m.start - 1] in self.negations):
                continue
            vstart = self._verb_start(keys, m)
            group = tense.group_at(keys, vstart)
            if group.end < m.end:
                group = tense.analyse(keys, vstart, m.end)
            if group.tense == "unknown" and group.words and group.words[-1].endswith(self.fw.conjunctive) \
                    and main is not None and main.start >= group.end:
                group = main  # गिरफ्तार कर जेल भेज दिया: the conjunctive participle takes the final verb's tense
            if group.negated or group.remote or group.mood == "subjunctive" or group.nonfinite \
                    or group.modal:
                continue  # निरस्त किए जाने के खिलाफ: an infinitive is a noun, not a predicate
            if self._attributive(keys, group):
                continue  # गिरफ्तार किए गए आरोपियों में: a participle modifying a noun
            if group.tense == "present" and group.aspect == "habitual":
                continue  # तैनात किया जाता है: a routine, not news
            if group.tense == "unknown" and fallback:
                continue
            if any(b.payload in _HARD_BLOCKERS and (b.end <= m.start or b.start < m.end and m.start < b.end)
                   and not any(b.end <= r.start and r.end <= m.start for r in resets) for b in blockers):
                continue  # after (or overlapping) a demand/allegation/opinion, unless a response (जिस पर) intervenes
            cstart = clause_start(keys, m.start)
            if group.tense != "future" and any(
                    b.payload == "background" and cstart <= b.start and b.end <= m.start for b in blockers):
                continue
            conf = _BASE_CONF[kind]
            if kind != "plan" and group.tense == "future":
                kind, conf = "plan", conf * 0.9
            if generic:
                if not self._plan_subject(doc, sent, cstart, m.start):
                    continue
                conf = 0.65 if fallback else 0.7
            elif fallback:
                conf = 0.6 if kind == "action" else 0.75
            elif m.payload is not None and "subjunctive" in m.payload.flags:
                conf = 0.6
            reported = any(b.payload == "reported" and b.end <= m.start for b in blockers)
            if reported:
                conf = 0.5 if generic else conf * 0.95
            if conf < self.min_confidence:
                continue
            out.append(_Candidate(m, kind, generic, group, round(conf, 3), reported, fallback))
        return out

    def statement(self, doc: Doc, sent: Sentence) -> dict[str, Any] | None:
        """The attributes of the statement in ``sent``, or ``None``."""
        cands = self.candidates(doc, sent)
        if not cands:
            return None
        best = min(cands, key=lambda c: (KIND_ORDER.index(c.kind), c.match.start))
        keys = sent.keys
        m = best.match
        cstart = clause_start(keys, m.start)
        actor, agent_end = self._actor(doc, sent, m, cstart)
        content = self._content(sent, m, best.group, cstart, agent_end)
        return {
            "kind": best.kind,
            "cue": sent.text(m.start, m.end),
            "cue_start": sent.char_start(m.start),
            "cue_end": sent.char_end(m.end),
            "content_start": content[0] if content else None,
            "content_end": content[1] if content else None,
            "actor": actor,
            "tense": best.group.tense,
            "voice": best.group.voice,
            "mood": best.group.mood,
            "reported": best.reported,
            "confidence": best.confidence,
        }

    # ---------------------------------------------------------------- helpers
    def _genitive_tail_ok(self, keys: Sequence[str], m: Match) -> bool:
        """A cue ending in की/के/का (घोषणा की) must be a verb: followed by a verb, punctuation, कि or a conjunction."""
        gen = self.fw.genitive
        if keys[m.end - 1] not in gen:
            return True
        if m.end >= len(keys):
            return True
        nxt = keys[m.end]
        return nxt in tense.PUNCT or nxt in self.fw.conjunction or tense.is_aux(nxt) or tense.is_verb_form(nxt) and nxt not in gen

    def _causative(self, k: str) -> bool:
        """A causative perfective (हटवाया, लगवाईं): the suffix after at least two letters, not a noun of that shape."""
        return k not in self.fw.causative_not and any(k.endswith(x) and len(k) > len(x) + 1 for x in self.fw.causative)

    def _attributive(self, keys: Sequence[str], group: tense.VerbGroup) -> bool:
        """A perfective participle used as a modifier (``गिरफ्तार किए गए आरोपियों में``, ``सील की गई दुकानों को``):
        no auxiliary, and a noun phrase closed by a postposition follows within three tokens."""
        if group.tense != "past" or group.aspect != "perfective" or group.end >= len(keys):
            return False
        fw = self.fw
        nxt = keys[group.end]
        if nxt in tense.PUNCT or nxt in fw.conjunction or nxt in fw.clause_boundary or nxt in self.negations \
                or tense.is_verb_form(nxt) or nxt in tense.POSTPOSITIONS:
            return False
        for j in range(group.end + 1, min(group.end + 4, len(keys))):
            k = keys[j]
            if k in tense.PUNCT or k in fw.conjunction or tense.is_verb_form(k) and k not in fw.genitive:
                return False
            if k in tense.POSTPOSITIONS:
                return True
        return False

    def _infinitive(self, k: str) -> bool:
        """An oblique infinitive (करने, देने): ends in the suffix, and is not the agent marker itself."""
        return k not in self.fw.agent_marker and any(k.endswith(x) and len(k) > len(x) + 1 for x in self.fw.infinitive)

    def _verb_start(self, keys: Sequence[str], m: Match) -> int:
        """First token of the cue's verb group: a verb form, or a participle followed by an auxiliary."""
        for i in range(m.start, m.end):
            k = keys[i]
            if k in self.fw.genitive and i + 1 < m.end:
                continue
            if tense.is_verb_form(k) or (tense.is_perfective_like(k) and i + 1 < len(keys) and tense.is_aux(keys[i + 1])):
                return i
        return m.end - 1

    def _direct(self, keys: Sequence[str], j: int) -> bool:
        """``keys[j]`` ends a noun phrase in the direct case (not followed by a postposition, also across a
        coordination: ``कांग्रेस और सपा का गठबंधन``)."""
        if keys[j].endswith(self.fw.oblique_plural):
            return False
        k = j + 1
        if k < len(keys) and keys[k] in self.fw.conjunction and keys[k] not in self.fw.clause_boundary:
            k += 1
            while k < len(keys) and k <= j + 5 and keys[k] not in tense.POSTPOSITIONS and keys[k] not in tense.PUNCT \
                    and not tense.is_verb_form(keys[k]):
                k += 1
        return not (k < len(keys) and keys[k] in tense.POSTPOSITIONS)

    def _plan_subject(self, doc: Doc, sent: Sentence, lo: int, hi: int) -> bool:
        """The clause ``[lo, hi)`` has an event/organisation subject for a bare future verb."""
        keys = sent.keys
        ev = self.events
        for j in range(lo, hi):
            k = keys[j]
            if is_level(k, ev["levels"]) and j > lo:
                return True
            if (k in ev["trigger_words"] or k in self.subjects) and self._direct(keys, j):
                return True
        for span in spans_in(doc, "organizations", sent.char_start(lo) if lo < len(keys) else sent.end_char,
                             sent.char_start(hi) if hi < len(keys) else sent.end_char):
            j = sent.token_index(span.end_char - 1)
            if j is not None and self._direct(keys, j):
                return True
        return False

    def _actor(self, doc: Doc, sent: Sentence, m: Match, cstart: int) -> tuple[str | None, int | None]:
        """(actor text, index after the agent marker ने/द्वारा or None)."""
        keys = sent.keys
        # X का/की/के निर्देश ...
        if m.start >= 2 and keys[m.start - 1] in self.fw.genitive:
            np = np_before(keys, m.start - 1, cstart)
            if np and (keys[np[1] - 1] in self.subjects or self._has_entity(doc, sent, *np)):
                return sent.text(*np), None
        # X ने / X द्वारा ... (the last agent marker of the cue's clause before the cue)
        for j in range(m.start - 1, cstart - 1, -1):
            k = keys[j]
            if k in self.fw.pronoun_agent:
                return None, j + 1
            if k in self.fw.agent_marker:
                np = np_before(keys, j, cstart)
                return (sent.text(*np) if np else None), j + 1
        # the nearest organisation / person span before the cue (other components; not one in the content)
        before = [s for group in ("organizations", "people")
                  for s in spans_in(doc, group, sent.start_char, sent.char_start(m.start))]
        if before:
            return max(before, key=lambda s: (s.end_char, -s.start_char)).text, None
        return None, None

    @staticmethod
    def _has_entity(doc: Doc, sent: Sentence, i: int, j: int) -> bool:
        s, e = sent.char_start(i), sent.char_end(j)
        return any(span.start_char < e and s < span.end_char
                   for g in ("organizations", "people", "roles") if g in doc.spans for span in doc.spans[g])

    def _content(self, sent: Sentence, m: Match, group: tense.VerbGroup, cstart: int,
                 agent_end: int | None) -> tuple[int, int] | None:
        keys = sent.keys
        n = sent.last_word()
        after = max(m.end, group.end)
        that = self.fw.complementizer
        if keys[m.end - 1] in that:
            lo, hi = m.end, n
        elif after < len(keys) and keys[after] in that:
            lo, hi = after + 1, n
        else:
            lo = agent_end if agent_end is not None and cstart <= agent_end <= m.start else cstart
            lo = self._skip_event_locative(keys, lo, m.start)
            hi = m.start
            while hi > lo and (keys[hi - 1] in tense.POSTPOSITIONS or keys[hi - 1] in tense.PUNCT):
                hi -= 1
        while lo < hi and (keys[lo] in tense.PUNCT or keys[lo] in self.fw.conjunction):
            lo += 1
        if lo >= hi:
            return None
        return sent.char_start(lo), sent.char_end(hi)

    def _skip_event_locative(self, keys: Sequence[str], lo: int, hi: int) -> int:
        """Skip a leading ``(इस) बैठक में (यह) (भी)``: the setting, not the content."""
        i = lo
        if i < hi and keys[i] in self.fw.setting_demonstrative:
            i += 1
        while i < hi and keys[i] in self.events["modifiers"]:
            i += 1
        m = self.events["triggers"].at(keys, i, hi) if i < hi else None
        if m is None or m.end >= hi or keys[m.end] not in self.events["locative"]:
            return lo
        i = m.end + 1
        while i < hi and keys[i] in self.fw.setting_filler:
            i += 1
        return i


# --------------------------------------------------------------------------------------------- quantities

class _QuantityFinder:
    def __init__(self) -> None:
        self.fw = function_words()
        rows = read_tsv("quantity_units.tsv")
        self.units = PhraseLexicon(((r["form"], r) for r in rows if r["kind"] not in ("scale", "adjective")),
                                   negations=(), particles=())
        self.prefix = PhraseLexicon(((r["form"], r) for r in rows if r["kind"] == "currency"), negations=(), particles=())
        self.adjectives = frozenset(tense.key(v) for r in rows if r["kind"] == "adjective" for v in split_multi(r["form"]))
        self.scales: dict[str, float] = {}
        for r in rows:
            if r["kind"] == "scale":
                for v in split_multi(r["form"]):
                    self.scales[tense.key(v)] = float(r["multiplier"])
        self.numbers: dict[str, float] = {}
        for r in read_tsv("quantity_numbers.tsv"):
            if r["kind"] == "scale":
                self.scales.setdefault(tense.key(r["word"]), float(r["value"]))
            else:
                self.numbers[tense.key(r["word"])] = float(r["value"])

    def _number(self, keys: Sequence[str], i: int) -> tuple[float, int, bool, bool] | None:
        """(value, end, scaled, from_words) of the number starting at ``keys[i]``."""
        total = 0.0
        cur: float | None = None
        scaled = words = False
        j = i
        while j < len(keys):
            k = keys[j]
            if _DIGITS.match(k) or k in self.numbers:
                if cur is not None:
                    break
                cur = float(k.replace(",", "")) if _DIGITS.match(k) else self.numbers[k]
                words = words or not _DIGITS.match(k)
            elif k in self.scales and cur is not None:
                cur *= self.scales[k]
                scaled = True
                if self.scales[k] >= 1000:
                    total += cur
                    cur = None
            else:
                break
            j += 1
        if j == i or (cur is None and not scaled):
            return None
        return total + (cur or 0.0), j, scaled, words

    def find(self, sent: Sentence, dates: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
        keys = sent.keys
        out: list[dict[str, Any]] = []
        i = 0
        while i < len(keys):
            start = i
            prefix = self.prefix.at(keys, i)
            j = prefix.end if prefix else i
            num = self._number(keys, j) if j < len(keys) else None
            if num is None:
                i += 1
                continue
            value, j, scaled, words = num
            approx = None
            if start > 0 and keys[start - 1] in self.fw.approx_before:
                approx = "about"
            for seq, label in self.fw.approx_after.items():
                if tuple(keys[j:j + len(seq)]) == seq:
                    approx = label
                    j += len(seq)
                    break
            unit_match = self.units.at(keys, j) if j < len(keys) else None
            if unit_match is None and j + 1 < len(keys) and keys[j] in self.adjectives:
                um = self.units.at(keys, j + 1)
                if um is not None and um.payload["kind"] == "counter":
                    unit_match = um
            end = j
            row = None
            if unit_match is not None:
                row = unit_match.payload
                end = unit_match.end
            elif prefix is not None:
                row = prefix.payload
            if row is None and not scaled:
                i = j
                continue
            s_char, e_char = sent.char_start(start), sent.char_end(end)
            if any(ds < e_char and s_char < de for ds, de in dates):
                i = end
                continue
            kind = row["kind"] if row else "number"
            if row is not None and row["kind"] != "currency":
                value *= float(row.get("multiplier") or 1)
            conf = {"currency": 0.9, "percent": 0.9, "counter": 0.85, "measure": 0.85, "duration": 0.7}.get(kind, 0.6)
            if words:
                conf -= 0.05
            out.append({
                "start": s_char, "end": e_char,
                "value": int(value) if float(value).is_integer() else value,
                "unit": (row["unit"] if row and row["unit"] != "-" else None),
                "kind": kind, "approx": approx, "confidence": round(conf, 3),
            })
            i = end
        return out


@Language.factory(
    "hindi_statements",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"min_confidence": 0.3, "generic_future": True},
)
def make_hindi_statements(nlp: Language, name: str, min_confidence: float, generic_future: bool):
    """Statements (decision/directive/plan/action) and quantities; see the module docstring."""
    return StatementExtractor(min_confidence=min_confidence, generic_future=generic_future)

"""From an annotated spaCy ``Doc`` to a typed :class:`~extract.schema.Document`.

Reads only the span groups and ``span._.hx`` attributes that the components
write (see :mod:`extract.spans`); merges mentions into entities. Because the
tokenizer indexes the original text, span offsets ARE original offsets.
"""
from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterable

from spacy.tokens import Doc, Span

from .schema import (
    DateExpression, DatelinePlace, DocDate, Document, Event, Evidence, Mention, Organization,
    Person, Place, Quantity, Role, Sentence, Statement,
)
from .spans import attrs
from .text.normalize import normalize_key
from .text.sentences import is_blank

__all__ = ["doc_to_record", "text_sha256", "PackedRecord", "record_json"]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Sentences:
    def __init__(self, doc: Doc):
        self.items: list[Sentence] = []
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                toks = [t for t in sent if not is_blank(t)]
                if toks:
                    self.items.append(Sentence(index=len(self.items), start=toks[0].idx,
                                               end=toks[-1].idx + len(toks[-1].text)))
        self._starts = [s.start for s in self.items]

    def index(self, start: int) -> int:
        i = bisect_right(self._starts, start) - 1
        return i if i >= 0 and start < self.items[i].end else -1


def _group(doc: Doc, name: str) -> list[Span]:
    return sorted(doc.spans[name], key=lambda s: (s.start_char, s.end_char)) if name in doc.spans else []


def _conf(a: dict[str, Any], default: float = 0.8) -> float:
    c = a.get("confidence", default)
    return float(min(1.0, max(0.0, c if c is not None else default)))


def _ev(span: Span, sents: _Sentences, a: dict[str, Any]) -> dict[str, Any]:
    return dict(text=span.text, start=span.start_char, end=span.end_char,
                sentence=sents.index(span.start_char), confidence=_conf(a))


def _char_ev(text: str, start: int, end: int, sents: _Sentences, confidence: float) -> Evidence:
    return Evidence(text=text[start:end], start=start, end=end,
                    sentence=sents.index(start), confidence=confidence)


def _post_key(title: str | None) -> str:
    """A designation compared loosely: पदाधिकारी (Bihar, Jharkhand) = अधिकारी, spaces collapsed."""
    return " ".join((title or "").replace("पदाधिकारी", "अधिकारी").split())


def _abbreviates(expansion: str | None, role: Role) -> bool:
    """Whether an abbreviation's expansion names ``role``'s post (डीपीओ = जिला कार्यक्रम अधिकारी ~ जिला
    कार्यक्रम पदाधिकारी; एक्सईएन = अधिशासी अभियन्ता)."""
    return bool(expansion) and _post_key(expansion) in (_post_key(role.base), _post_key(role.title))


_POST_JOINERS = frozenset({"एवं", "व", "तथा", "और", "/", "सह"})


def _coordinated(text: str, a: Role, b: Role) -> bool:
    """Whether two designations are written side by side, joined by एवं/व/तथा/सह (कलेक्टर एवं जिला दंडाधिकारी)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return 0 <= second.start - first.end <= 6 and text[first.end:second.start].strip() in _POST_JOINERS


def _people(doc: Doc, sents: _Sentences) -> list[Person]:
    by_id: "OrderedDict[str, list[Span]]" = OrderedDict()
    for span in _group(doc, "people"):
        by_id.setdefault(str(attrs(span).get("person") or span.text), []).append(span)
    roles_by_person: dict[str, list[Role]] = {}
    expansions: dict[int, str | None] = {}  # id(role) -> the designation it abbreviates (एक्सईएन)
    for span in _group(doc, "roles"):
        a = attrs(span)
        role = Role(**_ev(span, sents, a), title=a.get("title") or span.text, level=a.get("level"),
                    portfolio=a.get("portfolio"), base=a.get("base"), qualifier=a.get("qualifier"),
                    organization=a.get("organization"), jurisdiction=a.get("jurisdiction"),
                    former=bool(a.get("former", False)))
        short = a.get("expansion")
        for pid in a.get("persons") or []:
            held = roles_by_person.setdefault(str(pid), [])
            key = (role.title, role.organization, role.qualifier, role.jurisdiction)
            if any((r.title, r.organization, r.qualifier, r.jurisdiction) == key for r in held):
                continue
            if any((r.organization == role.organization or None in (r.organization, role.organization))
                   and r.base and role.base and not _coordinated(doc.text, r, role)
                   and (_abbreviates(short, r) or _abbreviates(expansions.get(id(r)), role)
                        or (short and _post_key(short) == _post_key(expansions.get(id(r))))) for r in held):
                continue  # एक्सईएन after अधिशासी अभियन्ता (or the reverse): the same post, kept as first written
                # (but कलेक्टर एवं जिला दंडाधिकारी: two posts written as two, both kept)
            held.append(role)
            expansions[id(role)] = short
    people = []
    for pid, spans in by_id.items():
        first = attrs(spans[0])
        canonical = next((attrs(s).get("canonical") for s in spans if attrs(s).get("canonical")), None)
        canonical = canonical or max((s.text for s in spans), key=len)
        honorific = next((attrs(s)["honorific"] for s in spans if attrs(s).get("honorific")), None)
        latin = next((attrs(s).get("name_latin") for s in spans if attrs(s).get("name_latin")), None)
        people.append(Person(
            id=pid, name=canonical, honorific=honorific, name_latin=latin,
            roles=roles_by_person.get(pid, []),
            mentions=[Mention(**_ev(s, sents, attrs(s))) for s in spans],
            confidence=max(_conf(attrs(s)) for s in spans) if spans else _conf(first),
        ))
    return people


_TOWN_KINDS = frozenset({"town", "city", "subdistrict"})


def _one_town(readings) -> bool:
    """Whether linked readings of one name are one town: a town and the sub-district named after it, in one
    state and district (सैदपुर town and सैदपुर tehsil of Ghazipur)."""
    rs = list(readings)
    states = {r.get("state_code") or r.get("state") for r in rs}
    districts = {r.get("district") for r in rs} - {None}
    return all(r.get("kind") in _TOWN_KINDS for r in rs) and len(states) == 1 and len(districts) <= 1


def _places(doc: Doc, sents: _Sentences) -> list[Place]:
    groups: "OrderedDict[tuple, list[Span]]" = OrderedDict()
    for span in _group(doc, "places"):
        a = attrs(span)
        key = (a.get("code") or normalize_key(a.get("name") or span.text), a.get("kind"))
        groups.setdefault(key, []).append(span)
    # one place per name: a mention the gazetteer did not link (a cue word's reading, kind other/town ...) joins
    # the one linked place of that name, or the first reading of it (दाउदनगर निवासी ... दाउदनगर प्रखंड)
    by_name: dict[str, list[tuple]] = {}
    for key, spans in groups.items():
        by_name.setdefault(normalize_key(attrs(spans[0]).get("name") or spans[0].text), []).append(key)
    for keys in by_name.values():
        linked = [k for k in keys if attrs(groups[k][0]).get("code") is not None]
        if len(keys) < 2 or len(linked) > 1 and not _one_town(attrs(groups[k][0]) for k in linked):
            continue  # two linked places of one name (homonyms) stay apart
        target = min(linked or keys, key=lambda k: groups[k][0].start_char)
        for k in keys:
            if k != target:
                groups[target].extend(groups.pop(k))
        groups[target].sort(key=lambda s: s.start_char)
    places = []
    for i, spans in enumerate(groups.values(), 1):
        head = next((s for s in spans if attrs(s).get("code") is not None), spans[0])  # the linked reading
        a = attrs(head)
        places.append(Place(
            id=f"L{i}", name=head.text, normalized=a.get("name") or head.text,
            name_en=a.get("name_en"), kind=a.get("kind") or "other", state=a.get("state"),
            district=a.get("district"), code=None if a.get("code") is None else str(a.get("code")),
            mentions=[Mention(**_ev(s, sents, attrs(s))) for s in spans],
            confidence=max(_conf(attrs(s)) for s in spans),
        ))
    return places


def _organizations(doc: Doc, sents: _Sentences) -> list[Organization]:
    groups: "OrderedDict[str, list[Span]]" = OrderedDict()
    for span in _group(doc, "organizations"):
        a = attrs(span)
        groups.setdefault(str(a.get("org") or normalize_key(a.get("name") or span.text)), []).append(span)
    orgs = []
    for i, spans in enumerate(groups.values(), 1):
        a = attrs(spans[0])
        name = a.get("name") or max((s.text for s in spans), key=len)
        seen = {normalize_key(name)}
        aliases = []
        for s in spans:
            for text in (s.text, attrs(s).get("short")):  # the short form written inside a seated name
                k = normalize_key(text) if text else None
                if k and k not in seen:
                    seen.add(k)
                    aliases.append(text)
        orgs.append(Organization(
            id=f"O{i}", name=name, aliases=aliases, kind=a.get("kind"),
            mentions=[Mention(**_ev(s, sents, attrs(s))) for s in spans],
            confidence=max(_conf(attrs(s)) for s in spans),
        ))
    return orgs


def _dates(doc: Doc, sents: _Sentences) -> list[DateExpression]:
    out = []
    for span in _group(doc, "dates"):
        a = attrs(span)
        out.append(DateExpression(**_ev(span, sents, a), value=a.get("value"), type=a.get("type") or "date",
                                  granularity=a.get("granularity"), resolved=bool(a.get("resolved", True)),
                                  mod=a.get("mod")))
    return out


def _quantities(doc: Doc, sents: _Sentences) -> list[Quantity]:
    out = []
    for span in _group(doc, "quantities"):
        a = attrs(span)
        if a.get("value") is None:
            continue
        out.append(Quantity(**_ev(span, sents, a), value=float(a["value"]), unit=a.get("unit")))
    return out


def _within(spans: Iterable[Any], start: int, end: int) -> list[int]:
    return [i for i, s in enumerate(spans) if start <= s.start and s.end <= end]


def _statements(doc: Doc, sents: _Sentences, dates, places, quantities) -> list[Statement]:
    out = []
    text = doc.text
    for i, span in enumerate(_group(doc, "statements"), 1):
        a = attrs(span)
        content = None
        cs, ce = a.get("content_start"), a.get("content_end")
        if isinstance(cs, int) and isinstance(ce, int) and 0 <= cs < ce <= len(text):
            content = _char_ev(text, cs, ce, sents, _conf(a))
        s, e = span.start_char, span.end_char
        place_ids = [p.id for p in places if any(s <= m.start and m.end <= e for m in p.mentions)]
        out.append(Statement(**_ev(span, sents, a), id=f"S{i}", kind=a.get("kind", "plan"), cue=a.get("cue"),
                             content=content, actor=a.get("actor"), dates=_within(dates, s, e),
                             places=place_ids, quantities=_within(quantities, s, e)))
    return out


def _events(doc: Doc, sents: _Sentences, statements: list[Statement]) -> list[Event]:
    out = []
    for i, span in enumerate(_group(doc, "events"), 1):
        a = attrs(span)
        stmt_ids = []
        for ref in a.get("statements") or []:
            if isinstance(ref, int) and 0 <= ref < len(statements):
                stmt_ids.append(statements[ref].id)
            elif isinstance(ref, str):
                stmt_ids.append(ref)
        out.append(Event(**_ev(span, sents, a), id=f"E{i}", type=a.get("type") or span.text,
                         type_en=a.get("type_en"), status=a.get("status") or "reported", date=a.get("date"),
                         place=a.get("place"), venue=a.get("venue"), organizer=a.get("organizer"), chair=a.get("chair"),
                         participants=[str(p) for p in a.get("participants") or []], decisions=stmt_ids))
    return out


def _dateline(doc: Doc, sents: _Sentences) -> tuple[DocDate | None, DatelinePlace | None]:
    d = doc._.doc_date
    doc_date = None
    if d and d.get("value"):
        doc_date = DocDate(value=d["value"], source=d.get("source", "dateline"), text=d.get("text"),
                           start=d.get("start"), end=d.get("end"), confidence=_conf(d, 1.0))
    place = None
    for span in _group(doc, "dateline"):
        a = attrs(span)
        if a.get("role") == "place":
            place = DatelinePlace(**_ev(span, sents, a), name=span.text, normalized=a.get("name"))
            break
    return doc_date, place


def doc_to_record(doc: Doc, doc_id: str, source: str | None = None) -> Document:
    """Build the typed record of an annotated document."""
    sents = _Sentences(doc)
    text = doc.text
    doc_date, dateline_place = _dateline(doc, sents)
    places = _places(doc, sents)
    if dateline_place is not None and dateline_place.normalized is None:
        for p in places:
            if any(m.start == dateline_place.start for m in p.mentions):
                dateline_place.normalized = p.normalized
    dates = _dates(doc, sents)
    quantities = _quantities(doc, sents)
    statements = _statements(doc, sents, dates, places, quantities)
    return Document(
        doc_id=doc_id, source=source, text_sha256=text_sha256(text), length=len(text),
        doc_date=doc_date, dateline_place=dateline_place, sentences=sents.items,
        people=_people(doc, sents), places=places, organizations=_organizations(doc, sents),
        dates=dates, quantities=quantities, decisions=statements,
        events=_events(doc, sents, statements), warnings=list(doc._.warnings or []),
    )


def record_json(record: "Document | PackedRecord", indent: int | None = None) -> str:
    """The record as JSON text (non-ASCII kept as is); one line unless ``indent``."""
    if isinstance(record, PackedRecord):
        return record.json if indent is None else json.dumps(json.loads(record.json), ensure_ascii=False,
                                                             indent=indent)
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


@dataclass(frozen=True, slots=True)
class PackedRecord:
    """A record already serialised (:func:`record_json`, one line), as a batch worker sends it back:
    the main process then only writes text, where unpickling a pydantic ``Document`` would cost it
    more than the writing. :meth:`unpack` gives the ``Document``."""

    json: str
    doc_id: str
    source: str | None
    text_sha256: str

    @classmethod
    def of(cls, record: Document) -> "PackedRecord":
        return cls(record_json(record), record.doc_id, record.source, record.text_sha256)

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.text_sha256)

    def unpack(self) -> Document:
        return Document.model_validate_json(self.json)

    def __repr__(self) -> str:
        return f"PackedRecord(doc_id={self.doc_id!r}, {len(self.json):,} characters)"

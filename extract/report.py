"""HTML review page: each document's text with every extracted span highlighted, and the records
as tables linked to their spans.

One self-contained page (inline CSS and JavaScript, no network, no web fonts): the font stack
names fonts that shape Devanagari where they are installed (Noto Sans Devanagari, Mangal, Lohit
Devanagari). All document text is HTML-escaped.

Layers: entities (person, role, place, organization, date, quantity, event) are inline marks
(``<mark class="hx hx-person">``) with a background colour; decisions (decision, directive,
plan, action: usually whole sentences) are an underline layer (``<span class="hx-dec">``).
Spans may overlap (a date inside a decision, a place inside a role); the text is cut at every
span boundary and elements are nested, a span crossing another's end being split into pieces
that share ``data-k`` (only its first piece carries the ``id`` anchor). Hovering a span shows
its normalised value and confidence (``title``); clicking it opens a details panel.

>>> from extract.report import render_report, document_fragment
>>> html = render_report([(record, text)])          # the whole page
>>> frag = document_fragment(record, text)          # one document, with its style (for notebooks)
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .records import text_sha256
from .schema import Document

__all__ = ["SPAN_TYPES", "ENTITY_TYPES", "ReportSpan", "report_spans", "render_text", "document_section",
           "document_fragment", "render_report", "write_report", "HTMLReport", "CSS", "SCRIPT", "FONT_STACK"]

#: entity layer (inline marks), in legend order
ENTITY_TYPES = ("person", "role", "place", "organization", "date", "quantity", "event")
#: every highlighted type; ``decision`` is the underline layer (kinds: decision, directive, plan, action)
SPAN_TYPES = ENTITY_TYPES + ("decision",)

FONT_STACK = '"Noto Sans Devanagari", "Mangal", "Lohit Devanagari", "Nirmala UI", sans-serif'

COLORS = {
    "person": "#ffd3a8", "role": "#fff1a8", "place": "#c5f0c0", "organization": "#b8ecf5",
    "date": "#c6d8ff", "quantity": "#e0d4ff", "event": "#ffc9ec", "decision": "#c62828",
}
LABELS = {
    "person": "person", "role": "role", "place": "place", "organization": "organisation", "date": "date / time",
    "quantity": "quantity", "event": "event", "decision": "decision / directive / plan / action",
}
# nesting preference when two spans start together and end together: outer first
_RANK = {t: i for i, t in enumerate(("decision", "event", "role", "organization", "place", "person", "date",
                                     "quantity"))}


@dataclass
class ReportSpan:
    """One highlighted span: ``text[start:end]`` of type ``type``; ``key`` is its anchor id."""

    type: str
    start: int
    end: int
    key: str
    title: str
    details: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None  # decisions: decision, directive, plan, action

    @property
    def layer(self) -> str:
        return "decision" if self.type == "decision" else "entity"


def _safe(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", s)


def _conf(c: float | None) -> str:
    return "" if c is None else f"{c:.2f}"


def _title(kind: str, value: Any, conf: float | None, *extra: str) -> str:
    parts = [f"{LABELS.get(kind, kind)}: {value}"]
    parts += [e for e in extra if e]
    if conf is not None:
        parts.append(f"confidence {_conf(conf)}")
    return "\n".join(parts)


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], False)}


def report_spans(record: Document, prefix: str = "d0") -> list[ReportSpan]:
    """Every span of ``record`` to highlight, with anchor keys ``<prefix>-...`` (in text order).

    A role's span shared by several people (a role introducing a list of names) is one span.
    """
    out: list[ReportSpan] = []
    people_by_id = {p.id: p for p in record.people}
    for p in record.people:
        roles = ", ".join(r.title for r in p.roles)
        for j, m in enumerate(p.mentions):
            out.append(ReportSpan(
                "person", m.start, m.end, f"{prefix}-{_safe(p.id)}-m{j}",
                _title("person", p.name, m.confidence, f"id {p.id}", p.name_latin or "",
                       f"roles: {roles}" if roles else ""),
                _clean({"type": "person", "text": m.text, "value": p.name, "id": p.id, "honorific": p.honorific,
                        "name_latin": p.name_latin, "roles": roles, "confidence": m.confidence,
                        "row": f"{prefix}-row-{_safe(p.id)}"})))
    roles: dict[tuple[int, int], list] = defaultdict(list)
    for p in record.people:
        for r in p.roles:
            roles[(r.start, r.end)].append((p, r))
    for (s, e), holders in roles.items():
        r = holders[0][1]
        names = ", ".join(dict.fromkeys(p.name for p, _ in holders))
        org = ", ".join(x for x in (r.organization, r.jurisdiction) if x)
        out.append(ReportSpan(
            "role", s, e, f"{prefix}-role-{s}-{e}",
            _title("role", r.title, r.confidence, f"held by {names}", org, "former" if r.former else ""),
            _clean({"type": "role", "text": r.text, "value": r.title, "base": r.base, "level": r.level,
                    "portfolio": r.portfolio, "qualifier": r.qualifier, "organization": r.organization,
                    "jurisdiction": r.jurisdiction, "former": r.former, "held by": names,
                    "confidence": r.confidence, "row": f"{prefix}-row-{_safe(holders[0][0].id)}"})))
    for pl in record.places:
        where = ", ".join(x for x in (pl.district, pl.state) if x and x != pl.normalized)
        for j, m in enumerate(pl.mentions):
            out.append(ReportSpan(
                "place", m.start, m.end, f"{prefix}-{_safe(pl.id)}-m{j}",
                _title("place", pl.normalized, m.confidence, f"{pl.kind}" + (f" in {where}" if where else ""),
                       pl.name_en or ""),
                _clean({"type": "place", "text": m.text, "value": pl.normalized, "id": pl.id, "name_en": pl.name_en,
                        "kind": pl.kind, "district": pl.district, "state": pl.state, "code": pl.code,
                        "confidence": m.confidence, "row": f"{prefix}-row-{_safe(pl.id)}"})))
    for o in record.organizations:
        for j, m in enumerate(o.mentions):
            out.append(ReportSpan(
                "organization", m.start, m.end, f"{prefix}-{_safe(o.id)}-m{j}",
                _title("organization", o.name, m.confidence, o.kind or ""),
                _clean({"type": "organization", "text": m.text, "value": o.name, "id": o.id,
                        "aliases": ", ".join(o.aliases), "kind": o.kind, "confidence": m.confidence,
                        "row": f"{prefix}-row-{_safe(o.id)}"})))
    for i, d in enumerate(record.dates):
        out.append(ReportSpan(
            "date", d.start, d.end, f"{prefix}-date-{i}",
            _title("date", d.value, d.confidence, d.type, "" if d.resolved else "unresolved"),
            _clean({"type": "date", "text": d.text, "value": d.value, "timex type": d.type,
                    "granularity": d.granularity, "resolved": d.resolved, "mod": d.mod,
                    "confidence": d.confidence, "row": f"{prefix}-row-date-{i}"}) | {"resolved": d.resolved}))
    for i, q in enumerate(record.quantities):
        value = f"{q.value:g}" + (f" {q.unit}" if q.unit else "")
        out.append(ReportSpan(
            "quantity", q.start, q.end, f"{prefix}-qty-{i}", _title("quantity", value, q.confidence),
            _clean({"type": "quantity", "text": q.text, "value": f"{q.value:g}", "unit": q.unit,
                    "confidence": q.confidence, "row": f"{prefix}-row-qty-{i}"})))
    for ev in record.events:
        who = ", ".join(people_by_id[p].name for p in ev.participants if p in people_by_id)
        out.append(ReportSpan(
            "event", ev.start, ev.end, f"{prefix}-{_safe(ev.id)}",
            _title("event", ev.type, ev.confidence, ev.status, f"date {ev.date}" if ev.date else "",
                   f"place {ev.place}" if ev.place else ""),
            _clean({"type": "event", "text": ev.text, "value": ev.type, "id": ev.id, "type_en": ev.type_en,
                    "status": ev.status, "date": ev.date, "place": ev.place, "venue": ev.venue,
                    "organizer": ev.organizer, "participants": who, "decisions": ", ".join(ev.decisions),
                    "confidence": ev.confidence, "row": f"{prefix}-row-{_safe(ev.id)}"})))
    for st in record.decisions:
        out.append(ReportSpan(
            "decision", st.start, st.end, f"{prefix}-{_safe(st.id)}",
            _title(st.kind, st.cue or "", st.confidence, f"{st.id}",
                   f"content: {st.content.text}" if st.content else ""),
            _clean({"type": st.kind, "text": st.text, "value": st.content.text if st.content else None,
                    "id": st.id, "cue": st.cue, "actor": st.actor,
                    "dates": ", ".join(str(record.dates[i].value) for i in st.dates if i < len(record.dates)),
                    "places": ", ".join(st.places), "confidence": st.confidence,
                    "row": f"{prefix}-row-{_safe(st.id)}"}),
            kind=st.kind))
    out.sort(key=lambda s: (s.start, -s.end, _RANK.get(s.type, 99)))
    return out


# -- nesting -------------------------------------------------------------------------------------

def _open_tag(s: ReportSpan, part: int) -> str:
    cls = f"hx-dec hx-{s.kind or 'decision'}" if s.type == "decision" else f"hx hx-{s.type}"
    attrs = [f'class="{cls}{" hx-cont" if part else ""}"', f'data-k="{s.key}"', f'data-t="{s.type}"',
             f'data-part="{part}"', f'title="{html.escape(s.title, quote=True)}"']
    if part == 0:
        attrs.insert(0, f'id="{s.key}"')
        attrs.append('tabindex="0"')
    tag = "span" if s.type == "decision" else "mark"
    return f"<{tag} {' '.join(attrs)}>"


def _close_tag(s: ReportSpan) -> str:
    return "</span>" if s.type == "decision" else "</mark>"


def render_text(text: str, spans: Iterable[ReportSpan]) -> str:
    """``text`` escaped, with ``spans`` as well-nested elements.

    The text is cut at every span boundary; at each cut the spans that end there are closed,
    closing (and afterwards reopening, as a continuation piece) any opened inside them that go on.
    Spans opening together are nested longest outermost, so a span is split only when it really
    crosses another's boundary. Empty or out-of-range spans are skipped.
    """
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    starts: dict[int, list[ReportSpan]] = defaultdict(list)
    for s in spans:
        starts[s.start].append(s)
    cuts = sorted({0, n} | {s.start for s in spans} | {s.end for s in spans})
    parts: dict[str, int] = defaultdict(int)
    stack: list[ReportSpan] = []
    out: list[str] = []
    order = lambda s: (-s.end, _RANK.get(s.type, 99), s.key)  # noqa: E731
    for a, b in zip(cuts, cuts[1:] + [None]):
        # close what ends at ``a`` (and everything opened inside it)
        ended = [i for i, s in enumerate(stack) if s.end <= a]
        reopen: list[ReportSpan] = []
        if ended:
            lowest = ended[0]
            for s in reversed(stack[lowest:]):
                out.append(_close_tag(s))
            reopen = [s for s in stack[lowest:] if s.end > a]
            del stack[lowest:]
        for s in sorted(reopen + starts.get(a, []), key=order):
            out.append(_open_tag(s, parts[s.key]))
            parts[s.key] += 1
            stack.append(s)
        if b is not None:
            out.append(html.escape(text[a:b], quote=False))
    for s in reversed(stack):  # pragma: no cover - every span ends at a cut <= n
        out.append(_close_tag(s))
    return "".join(out)


# -- tables --------------------------------------------------------------------------------------

def _e(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else ""
    if isinstance(v, float):
        return f"{v:.2f}"
    return html.escape(str(v), quote=True)


def _link(key: str, label: str) -> str:
    return f'<a class="hx-ref" href="#{key}" data-k="{key}">{html.escape(label, quote=False)}</a>'


def _table(caption: str, head: list[str], rows: list[tuple[str | None, list[str]]]) -> str:
    if not rows:
        return ""
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        (f'<tr id="{rid}">' if rid else "<tr>") + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        for rid, cells in rows)
    return (f'<table class="hx-records"><caption>{html.escape(caption)} ({len(rows)})</caption>'
            f"<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>")


def _tables(record: Document, prefix: str) -> str:
    people = {p.id: p for p in record.people}
    out = []
    out.append(_table("People", ["id", "name", "honorific", "latin", "roles", "mentions", "conf."], [
        (f"{prefix}-row-{_safe(p.id)}",
         [_e(p.id), _e(p.name), _e(p.honorific), _e(p.name_latin),
          "<br>".join(_link(f"{prefix}-role-{r.start}-{r.end}", r.title)
                      + (f" <small>({_e(', '.join(x for x in (r.organization, r.jurisdiction, r.qualifier) if x))})"
                         f"</small>" if (r.organization or r.jurisdiction or r.qualifier) else "")
                      + (" <small>(former)</small>" if r.former else "") for r in p.roles),
          " ".join(_link(f"{prefix}-{_safe(p.id)}-m{j}", m.text) for j, m in enumerate(p.mentions)),
          _e(p.confidence)]) for p in record.people]))
    out.append(_table("Places", ["id", "name", "normalised", "English", "kind", "district", "state", "mentions"], [
        (f"{prefix}-row-{_safe(pl.id)}",
         [_e(pl.id), _e(pl.name), _e(pl.normalized), _e(pl.name_en), _e(pl.kind), _e(pl.district), _e(pl.state),
          " ".join(_link(f"{prefix}-{_safe(pl.id)}-m{j}", m.text) for j, m in enumerate(pl.mentions))])
        for pl in record.places]))
    out.append(_table("Organisations", ["id", "name", "aliases", "kind", "mentions"], [
        (f"{prefix}-row-{_safe(o.id)}",
         [_e(o.id), _e(o.name), _e(", ".join(o.aliases)), _e(o.kind),
          " ".join(_link(f"{prefix}-{_safe(o.id)}-m{j}", m.text) for j, m in enumerate(o.mentions))])
        for o in record.organizations]))
    out.append(_table("Dates and times", ["#", "text", "value", "type", "granularity", "resolved", "conf."], [
        (f"{prefix}-row-date-{i}",
         [str(i), _link(f"{prefix}-date-{i}", d.text), _e(d.value), _e(d.type), _e(d.granularity),
          "yes" if d.resolved else "no", _e(d.confidence)]) for i, d in enumerate(record.dates)]))
    out.append(_table("Quantities", ["#", "text", "value", "unit"], [
        (f"{prefix}-row-qty-{i}", [str(i), _link(f"{prefix}-qty-{i}", q.text), _e(f"{q.value:g}"), _e(q.unit)])
        for i, q in enumerate(record.quantities)]))
    out.append(_table("Decisions, directives, plans, actions", ["id", "kind", "cue", "content", "actor", "dates",
                                                                  "conf."], [
        (f"{prefix}-row-{_safe(s.id)}",
         [_link(f"{prefix}-{_safe(s.id)}", s.id), _e(s.kind), _e(s.cue), _e(s.content.text if s.content else None),
          _e(s.actor), " ".join(_link(f"{prefix}-date-{i}", str(record.dates[i].value))
                                for i in s.dates if i < len(record.dates)), _e(s.confidence)])
        for s in record.decisions]))
    out.append(_table("Events", ["id", "type", "status", "date", "place", "venue", "participants", "decisions"], [
        (f"{prefix}-row-{_safe(ev.id)}",
         [_link(f"{prefix}-{_safe(ev.id)}", ev.id), _e(ev.type), _e(ev.status), _e(ev.date), _e(ev.place),
          _e(ev.venue),
          ", ".join(_link(f"{prefix}-row-{_safe(p)}", people[p].name) for p in ev.participants if p in people),
          " ".join(_link(f"{prefix}-{_safe(s)}", s) for s in ev.decisions)])
        for ev in record.events]))
    return "".join(out)


def _json_script(data: Any, cls: str) -> str:
    # safe inside <script>: no "<", ">" or "&" survives as such
    js = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" class="{cls}">{js}</script>'


def document_section(record: Document, text: str | None, index: int = 0) -> str:
    """One document's ``<section>``: header, highlighted text, details panel data and record tables.

    If ``text`` is None or is not the text the record was extracted from (checked with
    ``text_sha256``), the tables are shown without the text.
    """
    prefix = f"d{index}"
    spans = report_spans(record, prefix)
    dd = record.doc_date
    meta = [f"<b>doc_id</b> {_e(record.doc_id)}"]
    if record.source:
        meta.append(f"<b>source</b> {_e(record.source)}")
    if dd:
        meta.append(f"<b>date</b> {_e(dd.value)} <small>({_e(dd.source)})</small>")
    if record.dateline_place:
        meta.append(f"<b>dateline</b> {_e(record.dateline_place.normalized or record.dateline_place.name)}")
    counts = ", ".join(f"{len(v)} {k}" for k, v in (
        ("people", record.people), ("places", record.places), ("organisations", record.organizations),
        ("dates", record.dates), ("decisions", record.decisions), ("events", record.events)))
    meta.append(counts)
    warn = "".join(f'<p class="hx-warning">⚠ {_e(w)}</p>' for w in record.warnings)
    if text is not None and text_sha256(text) == record.text_sha256:
        body = f'<div class="hx-text" lang="hi">{render_text(text, spans)}</div>'
    else:
        body = ('<p class="hx-warning">The text is not available (or has changed since extraction); '
                'only the records are shown.</p>')
    details = {s.key: s.details for s in spans}
    return (f'<section class="hx-doc" id="{prefix}" data-doc="{_e(record.doc_id)}">'
            f'<h2>{_e(record.doc_id)}</h2><p class="hx-meta">{" · ".join(meta)}</p>{warn}'
            f"{body}{_json_script(details, 'hx-data')}"
            f'<div class="hx-tables">{_tables(record, prefix)}</div></section>')


# -- page ----------------------------------------------------------------------------------------

def _legend() -> str:
    items = []
    for t in SPAN_TYPES:
        sample = (f'<span class="hx-dec hx-decision">{LABELS[t]}</span>' if t == "decision"
                  else f'<mark class="hx hx-{t}">{LABELS[t]}</mark>')
        items.append(f'<label><input type="checkbox" checked data-toggle="{t}"> {sample}</label>')
    kinds = ('<small>underline: <span class="hx-dec hx-decision">decision</span> '
             '<span class="hx-dec hx-directive">directive</span> <span class="hx-dec hx-plan">plan</span> '
             '<span class="hx-dec hx-action">action</span></small>')
    return f'<div class="hx-legend" role="group" aria-label="legend">{"".join(items)} {kinds}</div>'


CSS = """
.hx-root{font-family:__FONTS__;line-height:1.9;color:#1a1a1a}
.hx-root h1,.hx-root h2{font-family:"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,__FONTS__}
.hx-root h1{font-size:1.4em;margin:.2em 0}.hx-root h2{font-size:1.2em;margin:1.2em 0 .2em;border-top:2px solid #ddd;padding-top:.6em}
.hx-meta{color:#555;font-size:.9em;margin:.2em 0}.hx-warning{color:#8a4b00;background:#fff4e0;padding:.2em .5em}
.hx-legend{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ddd;padding:.3em .5em;font-size:.9em}
.hx-legend label{margin-right:.7em;white-space:nowrap;cursor:pointer}
.hx-text{white-space:pre-wrap;font-size:1.08em;max-width:60em;background:#fff;border:1px solid #e4e4e4;padding:.8em 1em;border-radius:4px}
mark.hx{border-radius:3px;padding:.05em .1em;cursor:pointer;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.hx.hx-cont{border-top-left-radius:0;border-bottom-left-radius:0}
__COLORS__
.hx-dec{text-decoration-line:underline;text-decoration-color:#c62828;text-decoration-thickness:2px;text-underline-offset:.38em;cursor:pointer}
.hx-dec.hx-directive{text-decoration-style:double;text-decoration-color:#6a1b9a}
.hx-dec.hx-plan{text-decoration-style:dashed;text-decoration-color:#1565c0}
.hx-dec.hx-action{text-decoration-style:dotted;text-decoration-color:#2e7d32}
.hx-active{outline:2px solid #d32f2f;outline-offset:1px}
.hx-root [id]{scroll-margin-top:4em}
.hx-root.hx-off-person mark.hx-person,.hx-root.hx-off-role mark.hx-role,.hx-root.hx-off-place mark.hx-place,
.hx-root.hx-off-organization mark.hx-organization,.hx-root.hx-off-date mark.hx-date,
.hx-root.hx-off-quantity mark.hx-quantity,.hx-root.hx-off-event mark.hx-event{background:none;padding:0}
.hx-root.hx-off-decision .hx-dec{text-decoration:none}
table.hx-records{border-collapse:collapse;margin:.6em 0;font-size:.9em;line-height:1.5}
table.hx-records caption{text-align:left;font-weight:bold;padding:.2em 0}
table.hx-records th,table.hx-records td{border:1px solid #ddd;padding:.15em .45em;vertical-align:top;text-align:left}
table.hx-records th{background:#f3f3f3}table.hx-records tr:target,table.hx-records tr.hx-active{background:#fff6c2}
a.hx-ref{color:#0b57d0;text-decoration:none;border-bottom:1px dotted #0b57d0}
.hx-panel{position:fixed;right:1em;bottom:1em;width:22em;max-height:60vh;overflow:auto;background:#fff;border:1px solid #bbb;
 box-shadow:0 2px 10px rgba(0,0,0,.2);border-radius:6px;padding:.5em .8em;font-size:.9em;line-height:1.5;display:none;z-index:3}
.hx-panel.hx-open{display:block}.hx-panel table{border-collapse:collapse}.hx-panel th{text-align:left;padding-right:.6em;color:#555;vertical-align:top}
.hx-panel button{float:right;border:none;background:none;font-size:1.2em;cursor:pointer}
.hx-toc{font-size:.9em}.hx-toc a{margin-right:.8em}
.hx-failures li{color:#8a4b00}
"""


def _css() -> str:
    colors = "\n".join(f"mark.hx-{t}{{background:{c}}}" for t, c in COLORS.items() if t != "decision")
    return CSS.replace("__FONTS__", FONT_STACK).replace("__COLORS__", colors)


SCRIPT = r"""
(function(){
  var cs=document.currentScript, root=cs&&cs.previousElementSibling;
  if(!root||!root.classList.contains('hx-root')) root=document.querySelector('.hx-root');
  if(!root) return;
  var panel=root.querySelector('.hx-panel');
  function data(el){var sec=el.closest('.hx-doc'); if(!sec) return null;
    if(!sec._hx){var s=sec.querySelector('script.hx-data'); sec._hx=s?JSON.parse(s.textContent):{};} return sec._hx;}
  function clear(){root.querySelectorAll('.hx-active').forEach(function(e){e.classList.remove('hx-active');});}
  function esc(s){var d=document.createElement('div'); d.textContent=String(s); return d.innerHTML;}
  function show(key, el){
    var d=(data(el)||{})[key]; if(!d) return; clear();
    root.querySelectorAll('[data-k="'+key+'"]').forEach(function(e){ if(!e.classList.contains('hx-ref')) e.classList.add('hx-active');});
    var rows=''; Object.keys(d).forEach(function(k){ if(k==='row') return;
      rows+='<tr><th>'+esc(k)+'</th><td>'+esc(d[k])+'</td></tr>';});
    var link=d.row?'<p><a class="hx-ref" href="#'+esc(d.row)+'">show in the records table</a></p>':'';
    panel.innerHTML='<button type="button" aria-label="close">\u00d7</button><b>'+esc(d.type)+'</b><table>'+rows+'</table>'+link;
    panel.classList.add('hx-open');
  }
  root.addEventListener('click', function(ev){
    if(ev.target.closest('.hx-panel button')){panel.classList.remove('hx-open'); clear(); return;}
    var el=ev.target.closest('mark.hx, .hx-dec'); if(!el || el.closest('.hx-legend')) return;
    // innermost mark wins over the decision underline around it
    show(el.getAttribute('data-k'), el); ev.stopPropagation();
  });
  root.addEventListener('keydown', function(ev){ if(ev.key==='Enter'){var el=ev.target.closest('mark.hx, .hx-dec');
    if(el) show(el.getAttribute('data-k'), el);} });
  root.addEventListener('click', function(ev){ var a=ev.target.closest('a.hx-ref[data-k]'); if(!a) return;
    var t=document.getElementById(a.getAttribute('data-k')); if(t) show(a.getAttribute('data-k'), t); });
  root.querySelectorAll('[data-toggle]').forEach(function(cb){ cb.addEventListener('change', function(){
    root.classList.toggle('hx-off-'+cb.getAttribute('data-toggle'), !cb.checked);});});
  var toc=root.querySelector('.hx-toc');
  if(toc){ root.querySelectorAll('section.hx-doc').forEach(function(sec){
    var a=document.createElement('a'); a.href='#'+sec.id; a.textContent=sec.getAttribute('data-doc'); toc.appendChild(a);});}
  function fromHash(){ var id=decodeURIComponent(location.hash.slice(1)); if(!id) return;
    var t=document.getElementById(id); if(t && root.contains(t) && t.matches('mark.hx, .hx-dec')) show(id, t); }
  window.addEventListener('hashchange', fromHash); fromHash();
  root.setAttribute('data-ready','1');
})();
"""


_HEAD = """<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{title}</title><style>{css}
body{{margin:0 1.2em 4em}}</style></head>
<body><div class="hx-root"><h1>{title}</h1>
<p class="hx-meta">hindi-extract {version} · click a highlighted span for its details · <span class="hx-toc" id="hx-toc"></span></p>
{legend}
"""


def _head(title: str) -> str:
    from . import __version__

    return _HEAD.format(title=html.escape(title), css=_css(), version=__version__, legend=_legend())


def _foot(failures: list[tuple[str, str]]) -> str:
    fail = ""
    if failures:
        items = "".join(f"<li>{_e(src)}: {_e(reason)}</li>" for src, reason in failures)
        fail = f'<section class="hx-failures" id="failures"><h2>Not extracted ({len(failures)})</h2><ul>{items}</ul></section>'
    return f'{fail}<aside class="hx-panel" id="hx-panel" aria-live="polite"></aside></div><script>{SCRIPT}</script></body></html>\n'


def render_report(items: Iterable[tuple[Document, str | None]], title: str = "hindi-extract review",
                  failures: Iterable[tuple[str, str]] = ()) -> str:
    """The whole self-contained page for ``(record, text)`` pairs."""
    body = "".join(document_section(r, t, i) for i, (r, t) in enumerate(items))
    return _head(title) + body + _foot(list(failures))


def document_fragment(record: Document, text: str | None, index: int = 0) -> str:
    """One document with the style, legend and script, for embedding (``IPython.display.HTML``)."""
    return (f"<style>{_css()}</style><div class=\"hx-root\">{_legend()}"
            f"{document_section(record, text, index)}<aside class=\"hx-panel\" aria-live=\"polite\"></aside></div>"
            f"<script>{SCRIPT}</script>")


class HTMLReport:
    """Streaming review page: ``add(record, text)`` per document, then ``close()`` (atomic, like the
    other outputs: the page appears complete or not at all)."""

    def __init__(self, path: str | Path, title: str | None = None):
        from .writers import AtomicFile

        self.out = AtomicFile(Path(path))
        self.n = 0
        self.failures: list[tuple[str, str]] = []
        self.out.fh.write(_head(title or "hindi-extract review"))

    def add(self, record: Document, text: str | None) -> None:
        self.out.fh.write(document_section(record, text, self.n))
        self.n += 1

    def add_failure(self, source: str, reason: str) -> None:
        self.failures.append((source, reason))

    def close(self) -> None:
        self.out.fh.write(_foot(self.failures))
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


def write_report(path: str | Path, items: Iterable[tuple[Document, str | None]], title: str | None = None) -> Path:
    """Write the page for ``(record, text)`` pairs to ``path``."""
    rep = HTMLReport(path, title)
    try:
        for record, text in items:
            rep.add(record, text)
    except BaseException:
        rep.abort()
        raise
    rep.close()
    return Path(path)

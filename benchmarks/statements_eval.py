"""Statements and events benchmark: statement sentences and their kinds, events with status, date, place
and organiser (and quantities where a golden record lists them) against golden records.

Run from the repository root::

    python3 benchmarks/statements_eval.py [--set samples|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|all] [--errors] [--json OUT]

Sets (golden format: ``samples/README.md``; a missing ``statements``/``events``/``quantities`` key means
"not annotated": that document is left out of that metric, it does not count as an empty list):

* ``samples`` - ``samples/*.txt`` with ``samples/expected/*.json``: press notes, **used during development**;
* ``heldout`` - ``benchmarks/heldout/``: eight newspaper reports written **blind** (statements, maybe no events);
* ``heldout2`` - ``benchmarks/heldout2/`` (same layout), written blind by other annotators, with events;
  skipped with a notice while it does not exist.

``--errors`` lists the missed/spurious items per document **for the samples only**: the held-out sets are
blind test sets, so for them only aggregate numbers are printed (golden-string warnings are counted, not shown,
and the events-by-type table, which would name golden event types, is left out).

Metrics, per document, summed over documents (micro average):

1. **statements** - a predicted statement matches a golden one when their sentence texts are equal after
   whitespace normalisation (``" ".join(s.split())``), as multisets; P/R/F1. A second row also counts a
   missed golden sentence that contains, or is contained in, a spurious predicted one (a sentence-boundary
   difference, e.g. a byline glued to the first sentence) as found, one to one.
2. **kind accuracy** - over the matched statements: predicted ``kind`` equals the golden one (within a group
   of equal sentences, equal kinds are paired first). A confusion table over kinds is printed.
3. **events** - greedy one-to-one matching in document order: each golden event takes the first still
   unmatched predicted event with the same ``type`` and ``status`` (*strict*), or the same ``status`` alone
   (*relaxed*, a separate matching); P/R/F1 of each.
4. **event fields** - over the strictly matched pairs: ``date`` (TIMEX3 value, equal strings, ``null`` ==
   ``null``), ``place`` (canonical name, compared through ``normalize_key``) and, where the golden event has
   the key, ``organizer`` (canonical organisation name) and ``chair`` (canonical name of the person who
   chairs it).
5. **quantities** - only for documents whose golden record has ``quantities``: multiset of
   (``value``, ``unit``) pairs (values rounded to 6 decimals); P/R/F1.

Strings (types, places, organisers) are compared through ``extract.text.normalize_key``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from golden_sets import DEV_SETS, SETS, Counts, load_set, prf, set_folder, use_code_from_argv  # noqa: E402,F401  (prf: part of this module's API)

use_code_from_argv(sys.argv)
from extract.text import normalize_key  # noqa: E402

KINDS = ("decision", "directive", "plan", "action")
#: targets from the issue
TARGETS = {"statements": 0.85, "kind accuracy": 0.85}
EVENT_FIELDS = ("date", "place", "organizer", "chair")


# ------------------------------------------------------------------------------------------------
# counting
# ------------------------------------------------------------------------------------------------


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __iadd__(self, other: "Accuracy") -> "Accuracy":
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


def norm_ws(s: str) -> str:
    """Whitespace normalisation of a sentence: runs of whitespace -> one space, ends stripped."""
    return " ".join(s.split())


def _key(s) -> str | None:
    return None if s is None else normalize_key(str(s))


# ------------------------------------------------------------------------------------------------
# statements
# ------------------------------------------------------------------------------------------------
@dataclass
class StatementScore:
    counts: Counts = field(default_factory=Counts)
    kind: Accuracy = field(default_factory=Accuracy)
    confusion: Counter = field(default_factory=Counter)  # (gold kind, predicted kind) over matched statements
    by_kind: dict = field(default_factory=dict)  # kind -> Counts: TP = sentence matched (golden kind for FN, predicted for FP)
    missed: list = field(default_factory=list)  # (kind, sentence)
    spurious: list = field(default_factory=list)
    contained: int = 0  # missed golden sentences that contain or are contained in a spurious predicted one
    wrong_kind: list = field(default_factory=list)  # (gold kind, predicted kind, sentence)


def score_statements(gold: Sequence[dict], pred: Sequence[dict]) -> StatementScore:
    """Match statements by whitespace-normalised sentence (multisets); kinds over the matched ones."""
    g_by: dict[str, list[str]] = {}
    p_by: dict[str, list[str]] = {}
    for s in gold:
        g_by.setdefault(norm_ws(s["sentence"]), []).append(s["kind"])
    for s in pred:
        p_by.setdefault(norm_ws(s["sentence"]), []).append(s["kind"])
    res = StatementScore()
    for sent in list(g_by) + [s for s in p_by if s not in g_by]:
        gk, pk = list(g_by.get(sent, ())), list(p_by.get(sent, ()))
        pairs = []
        for k in list(gk):  # equal kinds first
            if k in pk:
                gk.remove(k)
                pk.remove(k)
                pairs.append((k, k))
        while gk and pk:
            pairs.append((gk.pop(0), pk.pop(0)))
        res.counts += Counts(len(pairs), len(pk), len(gk))
        for k in gk:
            res.by_kind.setdefault(k, Counts()).fn += 1
        for k in pk:
            res.by_kind.setdefault(k, Counts()).fp += 1
        for g, _ in pairs:
            res.by_kind.setdefault(g, Counts()).tp += 1
        res.missed += [(k, sent) for k in gk]
        res.spurious += [(k, sent) for k in pk]
        for g, p in pairs:
            res.kind += Accuracy(int(g == p), 1)
            res.confusion[(g, p)] += 1
            if g != p:
                res.wrong_kind.append((g, p, sent))
    spurious = [x for _, x in res.spurious]
    for _, g in res.missed:
        hit = next((i for i, x in enumerate(spurious) if g in x or x in g), None)
        if hit is not None:
            res.contained += 1
            spurious.pop(hit)
    return res


# ------------------------------------------------------------------------------------------------
# events
# ------------------------------------------------------------------------------------------------
def match_greedy(gold: Sequence[dict], pred: Sequence[dict],
                 same: Callable[[dict, dict], bool]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Each golden item in order takes the first unmatched predicted item with ``same(g, p)``.
    Returns (pairs of indices, unmatched golden indices, unmatched predicted indices)."""
    used: set[int] = set()
    pairs, g_left = [], []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
        else:
            g_left.append(gi)
    return pairs, g_left, [pi for pi in range(len(pred)) if pi not in used]


def same_type_status(g: dict, p: dict) -> bool:
    return _key(g.get("type")) == _key(p.get("type")) and g.get("status") == p.get("status")


def same_status(g: dict, p: dict) -> bool:
    return g.get("status") == p.get("status")


def field_equal(name: str, g, p) -> bool:
    if name == "date":
        return g == p
    return _key(g) == _key(p)


FIELD_CASES = ("equal", "both null", "gold null, predicted", "gold set, null predicted", "both set, different")


def field_case(g, p, ok: bool) -> str:
    """Which kind of agreement a field value of a matched event pair shows (aggregate diagnostics)."""
    if g is None and p is None:
        return "both null"
    if ok:
        return "equal"
    if g is None:
        return "gold null, predicted"
    if p is None:
        return "gold set, null predicted"
    return "both set, different"


@dataclass
class EventScore:
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    fields: dict = field(default_factory=lambda: {f: Accuracy() for f in EVENT_FIELDS})
    by_type: dict = field(default_factory=dict)  # type -> Counts (strict)
    missed: list = field(default_factory=list)  # golden events
    spurious: list = field(default_factory=list)  # predicted events
    field_errors: list = field(default_factory=list)  # (field, gold event, predicted value)
    field_cases: Counter = field(default_factory=Counter)  # (field, case): see field_case()


def _short(e: dict) -> str:
    return f"{e.get('type')}/{e.get('status')}/{e.get('date')}/{e.get('place')}"


def score_events(gold: Sequence[dict], pred: Sequence[dict]) -> EventScore:
    res = EventScore()
    pairs, g_left, p_left = match_greedy(gold, pred, same_type_status)
    res.strict = Counts(len(pairs), len(p_left), len(g_left))
    rpairs, rg, rp = match_greedy(gold, pred, same_status)
    res.relaxed = Counts(len(rpairs), len(rp), len(rg))
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        for f in EVENT_FIELDS:
            if f not in g:
                continue
            ok = field_equal(f, g[f], p.get(f))
            res.fields[f] += Accuracy(int(ok), 1)
            res.field_cases[(f, field_case(g[f], p.get(f), ok))] += 1
            if not ok:
                res.field_errors.append((f, _short(g), p.get(f)))
    for gi, pi in pairs:
        res.by_type.setdefault(_key(gold[gi]["type"]), Counts()).tp += 1
    for gi in g_left:
        res.by_type.setdefault(_key(gold[gi]["type"]), Counts()).fn += 1
    for pi in p_left:
        res.by_type.setdefault(_key(pred[pi].get("type")), Counts()).fp += 1
    res.missed = [_short(gold[i]) for i in g_left]
    res.spurious = [_short(pred[i]) for i in p_left]
    return res


# ------------------------------------------------------------------------------------------------
# quantities
# ------------------------------------------------------------------------------------------------
def _qkey(q: dict) -> tuple[float | None, str | None]:
    v = q.get("value")
    return (None if v is None else round(float(v), 6), q.get("unit"))


def score_quantities(gold: Sequence[dict], pred: Sequence[dict]) -> tuple[Counts, list, list]:
    g, p = Counter(_qkey(q) for q in gold), Counter(_qkey(q) for q in pred)
    common = g & p
    return (Counts(sum(common.values()), sum((p - common).values()), sum((g - common).values())),
            sorted((g - common).elements(), key=str), sorted((p - common).elements(), key=str))


# ------------------------------------------------------------------------------------------------
# documents and sets
# ------------------------------------------------------------------------------------------------
def record_to_golden(rec) -> dict:
    """The statement/event/quantity fields of an ``extract.schema.Document`` in the golden format."""
    return {
        "statements": [{"kind": s.kind, "sentence": s.text} for s in rec.decisions],
        "events": [{"type": e.type, "status": e.status, "date": e.date, "place": e.place, "organizer": e.organizer,
                    "chair": next((p.name for p in rec.people if p.id == e.chair), None)}
                   for e in rec.events],
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit} for q in rec.quantities],
    }


def score_document(gold: dict, pred: dict) -> dict:
    """{metric: score} for the metrics the golden record annotates (absent keys are left out)."""
    out: dict = {}
    if "statements" in gold:
        out["statements"] = score_statements(gold["statements"] or [], pred.get("statements") or [])
    if "events" in gold:
        out["events"] = score_events(gold["events"] or [], pred.get("events") or [])
    if "quantities" in gold:
        out["quantities"] = score_quantities(gold["quantities"] or [], pred.get("quantities") or [])
    return out


@dataclass
class Totals:
    docs: Counter = field(default_factory=Counter)
    statements: Counts = field(default_factory=Counts)
    kind: Accuracy = field(default_factory=Accuracy)
    confusion: Counter = field(default_factory=Counter)
    stmt_by_kind: dict = field(default_factory=dict)
    contained: int = 0
    events: Counts = field(default_factory=Counts)
    events_relaxed: Counts = field(default_factory=Counts)
    fields: dict = field(default_factory=lambda: {f: Accuracy() for f in EVENT_FIELDS})
    field_cases: Counter = field(default_factory=Counter)
    by_type: dict = field(default_factory=dict)
    quantities: Counts = field(default_factory=Counts)


def aggregate(per_doc: Iterable[dict]) -> Totals:
    """Micro average: counts summed over the documents that annotate each metric."""
    t = Totals()
    for d in per_doc:
        if "statements" in d:
            s = d["statements"]
            t.docs["statements"] += 1
            t.statements += s.counts
            t.kind += s.kind
            t.contained += s.contained
            t.confusion.update(s.confusion)
            for k, c in s.by_kind.items():
                t.stmt_by_kind.setdefault(k, Counts())
                t.stmt_by_kind[k] += c
        if "events" in d:
            e = d["events"]
            t.docs["events"] += 1
            t.events += e.strict
            t.events_relaxed += e.relaxed
            for f in EVENT_FIELDS:
                t.fields[f] += e.fields[f]
            t.field_cases.update(e.field_cases)
            for typ, c in e.by_type.items():
                t.by_type.setdefault(typ, Counts())
                t.by_type[typ] += c
        if "quantities" in d:
            t.docs["quantities"] += 1
            t.quantities += d["quantities"][0]
    return t


def check_golden(text: str, gold: dict) -> list[str]:
    """Golden statement sentences that do not occur in the text (after whitespace normalisation), and golden
    event places that are not the canonical name of one of the golden ``places`` (when it lists places)."""
    flat = norm_ws(text)
    bad = [s["sentence"] for s in gold.get("statements") or [] if norm_ws(s["sentence"]) not in flat]
    places = {_key(p.get("name")) for p in gold.get("places") or []}
    if places:
        bad += [f"event place not in places[]: {e['place']}" for e in gold.get("events") or []
                if e.get("place") is not None and _key(e["place"]) not in places]
    return bad


def run_set(extractor, folder: Path) -> tuple[Totals, list[tuple[str, dict]]]:
    rows = []
    for doc_id, text, gold in load_set(folder):
        pred = record_to_golden(extractor(text, doc_id=doc_id))
        rows.append((doc_id, score_document(gold, pred)))
    return aggregate(r[1] for r in rows), rows


# ------------------------------------------------------------------------------------------------
# output
# ------------------------------------------------------------------------------------------------
def _row(name: str, docs: int, c: Counts, target: float | None) -> str:
    p, r, f = c.prf()
    met = "" if target is None else ("yes" if f >= target else "**no**")
    return (f"| {name} | {docs} | {c.gold} | {c.pred} | {c.tp} | {p:.3f} | {r:.3f} | {f:.3f} | "
            f"{'' if target is None else f'{target:.2f}'} | {met} |")


def format_tables(name: str, t: Totals, n_docs: int, blind: bool = False) -> str:
    """The tables of one set; a blind set gets no table that names golden strings (events by type)."""
    lines = [f"### {name} ({n_docs} documents)", "",
             "| metric | docs | gold | pred | TP | P | R | F1 | target F1 | met |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"]
    if t.docs["statements"]:
        lines.append(_row("statements (sentence)", t.docs["statements"], t.statements, TARGETS["statements"]))
        c = t.statements
        lines.append(_row("statements (sentence or containing/contained)", t.docs["statements"],
                          Counts(c.tp + t.contained, c.fp - t.contained, c.fn - t.contained), None))
    if t.docs["events"]:
        lines.append(_row("events (type + status)", t.docs["events"], t.events, None))
        lines.append(_row("events (status only)", t.docs["events"], t.events_relaxed, None))
    if t.docs["quantities"]:
        lines.append(_row("quantities (value + unit)", t.docs["quantities"], t.quantities, None))
    if not any(t.docs.values()):
        lines.append("| (nothing annotated) | 0 | | | | | | | | |")
    lines += ["", "| accuracy over matched items | matched | correct | accuracy | target | met |",
              "|---|---:|---:|---:|---:|:---:|"]
    if t.docs["statements"]:
        k = t.kind
        tgt = TARGETS["kind accuracy"]
        lines.append(f"| statement kind | {k.total} | {k.correct} | {k.value:.3f} | {tgt:.2f} | "
                     f"{'yes' if k.value >= tgt else '**no**'} |")
    if t.docs["events"]:
        for f in EVENT_FIELDS:
            a = t.fields[f]
            if a.total:
                lines.append(f"| event {f} | {a.total} | {a.correct} | {a.value:.3f} | | |")
    if t.docs["statements"] and t.confusion:
        lines += ["", "Statement kinds of the matched statements (rows: golden, columns: predicted):", "",
                  "| golden \\ predicted | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
        for g in KINDS:
            lines.append(f"| {g} | " + " | ".join(str(t.confusion.get((g, p), 0)) for p in KINDS) + " |")
        lines += ["", "Statement sentences by kind (gold/recall: golden kind; pred/precision: predicted kind of the "
                  "unmatched, golden kind of the matched):", "",
                  "| kind | gold | found | recall | spurious |", "|---|---:|---:|---:|---:|"]
        for k in KINDS:
            c = t.stmt_by_kind.get(k, Counts())
            lines.append(f"| {k} | {c.gold} | {c.tp} | {(c.tp / c.gold if c.gold else 1.0):.3f} | {c.fp} |")
    if t.docs["events"] and any(t.fields[f].total for f in EVENT_FIELDS):
        lines += ["", "Event fields of the matched events, by case:", "",
                  "| field | " + " | ".join(FIELD_CASES) + " |", "|---|" + "---:|" * len(FIELD_CASES)]
        for f in EVENT_FIELDS:
            if t.fields[f].total:
                lines.append(f"| {f} | " + " | ".join(str(t.field_cases.get((f, c), 0)) for c in FIELD_CASES) + " |")
    if t.docs["events"] and t.by_type and not blind:
        lines += ["", "Events by type (strict matching):", "",
                  "| type | gold | pred | TP | F1 |", "|---|---:|---:|---:|---:|"]
        for typ, c in sorted(t.by_type.items(), key=lambda x: (-x[1].gold, str(x[0]))):
            lines.append(f"| {typ} | {c.gold} | {c.pred} | {c.tp} | {c.prf()[2]:.3f} |")
    return "\n".join(lines)


def format_errors(rows) -> str:
    out = []
    for doc_id, res in rows:
        parts = []
        s = res.get("statements")
        if s:
            parts += [f"  statement missed ({k}): {x}" for k, x in s.missed]
            parts += [f"  statement spurious ({k}): {x}" for k, x in s.spurious]
            parts += [f"  statement kind: gold {g}, got {p}: {x}" for g, p, x in s.wrong_kind]
        e = res.get("events")
        if e:
            parts += [f"  event missed: {x}" for x in e.missed]
            parts += [f"  event spurious: {x}" for x in e.spurious]
            parts += [f"  event {f}: gold {g}, got {p!r}" for f, g, p in e.field_errors]
        q = res.get("quantities")
        if q:
            parts += [f"  quantity missed: {x}" for x in q[1]] + [f"  quantity spurious: {x}" for x in q[2]]
        if parts:
            out.append(f"- {doc_id}\n" + "\n".join(parts))
    return "\n".join(out) if out else "(no errors)"


def totals_json(t: Totals) -> dict:
    def c(x: Counts) -> dict:
        return {"tp": x.tp, "fp": x.fp, "fn": x.fn, **dict(zip("prf", x.prf()))}

    return {
        "docs": dict(t.docs), "statements": c(t.statements), "statements_boundary_differences": t.contained,
        "kind_accuracy": {"correct": t.kind.correct, "matched": t.kind.total, "accuracy": t.kind.value},
        "events": c(t.events), "events_relaxed": c(t.events_relaxed),
        "event_fields": {f: {"correct": a.correct, "matched": a.total, "accuracy": a.value} for f, a in t.fields.items()},
        "quantities": c(t.quantities),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="all", metavar="NAME|all|FOLDER",
                    help="a golden set ({}), 'all' (the development sets), or a folder with expected/"
                         .format(", ".join(SETS)))
    ap.add_argument("--code", default=None, metavar="CHECKOUT",
                    help="score the extract package of another checkout (e.g. a git worktree of an older commit)")
    ap.add_argument("--errors", action="store_true", help="list every error per document (samples only)")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="write the numbers as JSON")
    args = ap.parse_args(argv)

    from extract import Extractor

    ex = Extractor()
    report: dict = {}
    names = list(DEV_SETS) if args.set == "all" else [args.set]
    for name in names:
        folder = set_folder(name)
        if not (folder / "expected").is_dir():
            print(f"### {name}\n\nnot found ({folder.relative_to(ROOT)}/expected): skipped\n")
            continue
        bad = [(doc_id, b) for doc_id, text, gold in load_set(folder) if (b := check_golden(text, gold))]
        if bad and name != "samples":
            n_places = sum(1 for _, b in bad for x in b if x.startswith("event place not in places[]"))
            n_sents = sum(len(b) for _, b in bad) - n_places
            print(f"warning: {name}: {n_sents} golden statement sentence(s) not in the text, {n_places} golden event "
                  f"place(s) not among the golden places", file=sys.stderr)
        for doc_id, b in bad if name == "samples" else ():
            print(f"warning: {name}/{doc_id}: golden strings not in the text / places: {b}", file=sys.stderr)
        tot, rows = run_set(ex, folder)
        print(format_tables(name + (" (blind)" if name != "samples" else ""), tot, len(rows), blind=name != "samples"))
        print()
        if args.errors:
            if name != "samples":
                print(f"(per-document errors are not shown for the blind set {name})\n")
            else:
                print(f"#### errors: {name}\n")
                print(format_errors(rows))
                print()
        report[name] = totals_json(tot)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

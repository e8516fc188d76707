"""End-to-end throughput, memory and time to first record of the batch command line.

Run from the repository root::

    python3 benchmarks/throughput.py                          # 10,000 documents, prints the table
    python3 benchmarks/throughput.py --write benchmarks/RESULTS.md
    python3 benchmarks/throughput.py --quick                  # 300 documents, fewer repeats (a smoke run)
    python3 benchmarks/throughput.py --docs 2000 --models blank --jobs 1

What it does, all in one run:

1. **Corpus.** Builds ``--docs`` documents (default 10,000) from ``samples/*.txt`` into a temporary folder
   (100 sub-folders): each document is a sample with its sentences after the dateline shuffled, the names,
   places and date expressions of the golden records (``samples/expected``) swapped for others of the same
   kind from any sample, and some numbers' digits changed (Devanagari digits stay Devanagari). Seeded:
   the same ``--seed`` gives the same corpus.
2. **End to end.** For each model (``trained`` = ``--model PATH``, the trained spaCy backbone built by the
   recipe in ``models/`` (``--trained-model``; reported n/a when there is none); ``blank`` = ``--model blank``,
   rules only) and each ``--jobs`` value, runs the real command line in a subprocess,
   ``python -m extract CORPUS -o OUT.jsonl -q --jobs N --model PATH|blank`` (``run_batch`` and the JSON Lines
   writer) and reports words/s (whitespace words of the inputs / wall-clock seconds of the whole process,
   start-up and model loading included), docs/s, the speed-up over ``--jobs 1``, and peak memory: the
   largest sum of RSS over the process tree (main process and workers; pages shared by forked workers
   count once per process), sampled every 0.1 s, and the largest sum of PSS (shared pages split between
   the processes sharing them), sampled every second, with psutil when it is installed; else
   ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a wrapper process (the largest single process).
3. **Time to first record.** The same command with ``-o -`` (unbuffered stdout into a pipe): seconds from
   starting the process to the first complete record line read; the median of ``--ttfr-repeat`` runs
   (each stopped after its first record).
4. **Pipeline only.** ``Extractor.pipe`` in this process on the first ``--inproc-docs`` documents (no
   process start-up, no reading or writing): where the end-to-end time goes.
5. **Peers, in the same run, on the same texts.** stanza backend: ``Extractor(backend="stanza").pipe`` in
   this process on the first ``--stanza-docs`` documents (``n/a`` with the reason when stanza or its models
   are missing); the date step: ``dateparser.search.
   search_dates(s, languages=["hi"])`` vs our ``hindi_dates`` component (``make_nlp(["hindi_dates"])``,
   tokenizer and sentence rules included) on the sentences of the first ``--peer-docs`` documents; sentence
   splitting: indic-nlp-library's ``sentence_split(text, lang="hi")`` vs our ``split_sentences`` on the
   first ``--peer-docs`` documents. Ratios are ours / peer (> 1: ours faster).

No target is asserted: the numbers are reported against the issue's targets (>= 10,000 words/s per core end
to end with the spaCy backend, peak memory <= 500 MB for 10,000 documents, first record <= 2 s, linear
speed-up with --jobs up to the number of cores). The machine is shared: the load average before and after
is printed; compare ratios within a run rather than absolute numbers across runs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLES = ROOT / "samples"
#: --model value of each benchmarked model; "trained" is set from --trained-model in main()
MODELS: dict[str, str | None] = {"trained": None, "blank": "blank"}

# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------

DEVANAGARI_DIGITS = "०१२३४५६७८९"
_DIGIT_RUN = re.compile(r"[0-9]+|[०-९]+")


@dataclass
class Pools:
    texts: list[tuple[str, str]]  # (stem, text)
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: dict[str, list[str]] = field(default_factory=dict)  # type -> date texts


def load_pools(samples: Path = SAMPLES) -> Pools:
    """The samples' texts, and the names, places and date expressions of their golden records that occur
    verbatim in their text (the material swapped between documents)."""
    pools = Pools(texts=[])
    names, places, dates = set(), set(), {}
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pools.texts.append((path.stem, text))
        gold_path = samples / "expected" / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        names |= {p["name"] for p in gold.get("people", []) if len(p["name"]) > 2 and p["name"] in text}
        places |= {p["name"] for p in gold.get("places", []) if len(p["name"]) > 2 and p["name"] in text}
        for d in gold.get("dates", []):
            if len(d["text"]) > 2 and d["text"] in text:
                dates.setdefault(d.get("type") or "date", set()).add(d["text"])
    pools.names, pools.places = sorted(names), sorted(places)
    pools.dates = {k: sorted(v) for k, v in dates.items()}
    return pools


def _swap_pattern(pools: Pools) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    kind: dict[str, list[str]] = {}
    for n in pools.names:
        kind[n] = pools.names
    for p in pools.places:
        kind.setdefault(p, pools.places)
    for forms in pools.dates.values():
        for d in forms:
            kind.setdefault(d, forms)
    alternation = "|".join(re.escape(k) for k in sorted(kind, key=len, reverse=True))
    return re.compile(alternation), kind


def variant(rng: random.Random, text: str, pattern: re.Pattern[str], kind: dict[str, list[str]]) -> str:
    """One varied copy of a sample: sentences after the first shuffled, names/places/dates swapped,
    some digits changed."""
    from extract.text import split_sentences

    spans = split_sentences(text)
    if len(spans) > 2:
        head = text[: spans[0][1]]
        rest = [text[s:e] for s, e in spans[1:]]
        rng.shuffle(rest)
        text = head + "".join(("\n" if rng.random() < 0.25 else " ") + s for s in rest) + "\n"
    text = pattern.sub(lambda m: rng.choice(kind[m.group()]) if rng.random() < 0.7 else m.group(), text)

    def digits(m: re.Match[str]) -> str:
        if rng.random() >= 0.3:
            return m.group()
        alphabet = DEVANAGARI_DIGITS if m.group()[0] in DEVANAGARI_DIGITS else "0123456789"
        return "".join(rng.choice(alphabet) for _ in m.group())

    return _DIGIT_RUN.sub(digits, text)


def make_corpus(folder: Path, n: int, seed: int = 13, samples: Path = SAMPLES) -> dict[str, int]:
    """Write ``n`` varied documents under ``folder`` (100 sub-folders); returns docs/words/chars/bytes."""
    pools = load_pools(samples)
    pattern, kind = _swap_pattern(pools)
    rng = random.Random(seed)
    stats = {"docs": 0, "words": 0, "chars": 0, "bytes": 0}
    for i in range(n):
        stem, base = pools.texts[i % len(pools.texts)]
        text = variant(rng, base, pattern, kind)
        sub = folder / f"{i % 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"{i:05d}_{stem[:12]}.txt").write_bytes(data)
        stats["docs"] += 1
        stats["words"] += len(text.split())
        stats["chars"] += len(text)
        stats["bytes"] += len(data)
    return stats


def corpus_texts(folder: Path, limit: int) -> list[str]:
    paths = sorted(folder.rglob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


# ---------------------------------------------------------------------------------------------
# Measuring the command line
# ---------------------------------------------------------------------------------------------

def _cli(corpus: Path, model: str, jobs: int, out: str) -> list[str]:
    return [sys.executable, "-m", "extract", str(corpus), "-o", out, "-q", "--jobs", str(jobs),
            "--model", str(MODELS[model])]


def _rel(path: str | None) -> str:
    try:
        return str(Path(str(path)).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def trained_model(arg: str | None) -> str | None:
    """The trained backbone to benchmark: --trained-model, else $HINDI_EXTRACT_MODEL, else the
    recipe's output models/hi_core_news when it is there (it is not shipped in git)."""
    for cand in (arg, os.environ.get("HINDI_EXTRACT_MODEL"), str(ROOT / "models" / "hi_core_news")):
        if cand and (Path(cand) / "config.cfg").is_file():
            return cand
    return None


class TreeMemory:
    """Peak memory of a process and its descendants (psutil, sampled): the sum of RSS every 0.1 s and
    the sum of PSS (proportional set size: pages shared between forked workers counted once, split
    between them) every second; unavailable without psutil."""

    def __init__(self, pid: int, interval: float = 0.1, pss_every: int = 10):
        try:
            import psutil
        except ImportError:
            self.available = False
            return
        self.available = True
        self.psutil = psutil
        self.proc = psutil.Process(pid)
        self.peak_sum = self.peak_max = self.peak_pss = 0
        self.interval, self.pss_every = interval, pss_every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        ps = self.psutil
        tick = 0
        while not self.stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
            except ps.Error:
                return
            total = pss = 0
            for p in procs:
                try:
                    if tick % self.pss_every == 0:
                        info = p.memory_full_info()
                        pss += getattr(info, "pss", 0)
                    else:
                        info = p.memory_info()
                except ps.Error:
                    continue
                total += info.rss
                self.peak_max = max(self.peak_max, info.rss)
            self.peak_sum = max(self.peak_sum, total)
            self.peak_pss = max(self.peak_pss, pss)
            tick += 1
            self.stop.wait(self.interval)

    def finish(self) -> None:
        if self.available:
            self.stop.set()
            self.thread.join()


_RUSAGE_WRAPPER = (
    "import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
    "sys.stderr.write('\\nMAXRSS_KB=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
    "sys.exit(rc)"
)


@dataclass
class RunResult:
    model: str
    jobs: int
    seconds: float
    records: int
    failures: int
    peak_mb: float | None  # sum of RSS over the process tree
    peak_max_mb: float | None  # largest single process
    peak_pss_mb: float | None  # sum of PSS over the process tree
    memory_method: str
    ttfr: float | None = None


def run_end_to_end(corpus: Path, model: str, jobs: int, workdir: Path) -> RunResult:
    out = workdir / f"out_{model}_{jobs}.jsonl"
    cmd = _cli(corpus, model, jobs, str(out))
    try:
        import psutil  # noqa: F401

        use_psutil = True
    except ImportError:
        use_psutil = False
        cmd = [sys.executable, "-c", _RUSAGE_WRAPPER] + cmd
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid) if use_psutil else None
    _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    if mem is not None:
        mem.finish()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err[-2000:]}")
    with out.open("rb") as fh:
        records = sum(1 for _ in fh)
    errors = workdir / f"{out.name}.errors.jsonl"
    failures = sum(1 for _ in errors.open("rb")) if errors.exists() else 0
    pss = None
    if mem is not None:
        peak, peak_max, method = mem.peak_sum / 2**20, mem.peak_max / 2**20, "psutil: sum of RSS over the tree"
        pss = mem.peak_pss / 2**20 or None
    else:
        m = re.search(r"MAXRSS_KB=(\d+)", err)
        peak, peak_max = None, (int(m.group(1)) / 1024 if m else None)
        method = "getrusage(RUSAGE_CHILDREN).ru_maxrss (largest single process)"
    out.unlink(missing_ok=True)
    return RunResult(model, jobs, seconds, records, failures, peak, peak_max, pss, method)


def time_to_first_record(corpus: Path, model: str, jobs: int, repeat: int) -> float:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.Popen(_cli(corpus, model, jobs, "-"), cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - t0
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the command line and its workers
        except ProcessLookupError:  # pragma: no cover - already gone
            pass
        proc.communicate()
        if not line.endswith(b"\n"):
            raise RuntimeError("the command line wrote no record")
        times.append(elapsed)
    return statistics.median(times)


# ---------------------------------------------------------------------------------------------
# In-process measurements and peers
# ---------------------------------------------------------------------------------------------

def pipeline_only(texts: Sequence[str], model: str, batch: bool = False) -> float:
    """words/s of ``Extractor.pipe`` in this process (after loading and a warm-up document); ``batch``:
    the extractor as the batch loads it (components no record reads switched off)."""
    from extract import Extractor
    from extract.batch import unused_components

    ex = Extractor(model=MODELS[model])
    if batch:
        for name in unused_components(ex.nlp):
            ex.nlp.disable_pipe(name)
    ex(texts[0])
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in ex.pipe(texts, batch_size=32):
        pass
    return words / (time.perf_counter() - t0)


def stanza_row(texts: list[str]) -> str:
    """words/s of ``Extractor(backend="stanza").pipe`` over ``texts`` in this process (one thread, after a
    warm-up document), like the pipeline-only rates; ``n/a`` with the reason when it cannot load."""
    from extract import BackendError, Extractor

    if not texts:
        return "n/a: not measured (--stanza-docs 0)"
    try:
        import torch

        torch.set_num_threads(1)
        ex = Extractor(backend="stanza")
    except BackendError as exc:
        return f"n/a: stanza backend not available ({exc})"
    except Exception as exc:  # pragma: no cover - e.g. a broken install
        return f"n/a: stanza backend could not load ({type(exc).__name__}: {exc})"
    ex(texts[0])
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in ex.pipe(texts, batch_size=32):
        pass
    return f"{words / (time.perf_counter() - t0):,.0f} words/s ({len(texts)} docs, Extractor.pipe in process)"


def _timed(fn, items) -> tuple[float, int]:
    t0 = time.perf_counter()
    found = 0
    for x in items:
        found += fn(x)
    return time.perf_counter() - t0, found


def dates_peer(sentences: Sequence[str]) -> dict[str, Any]:
    from extract.pipeline import make_nlp

    nlp = make_nlp(["hindi_dates"])

    def ours(s: str) -> int:
        return len(nlp(s).spans["dates"])

    words = sum(len(s.split()) for s in sentences)
    ours(sentences[0])
    t_ours, n_ours = _timed(ours, sentences)
    row: dict[str, Any] = {"sentences": len(sentences), "words": words, "ours_s": t_ours, "ours_found": n_ours}
    try:
        from dateparser.search import search_dates
    except ImportError:
        row["peer"] = "n/a: dateparser not installed (pip install dateparser)"
        return row

    def peer(s: str) -> int:
        return len(search_dates(s, languages=["hi"]) or [])

    peer(sentences[0])
    t_peer, n_peer = _timed(peer, sentences)
    row.update(peer_s=t_peer, peer_found=n_peer)
    return row


def sentences_peer(texts: Sequence[str]) -> dict[str, Any]:
    from extract.text import split_sentences

    words = sum(len(t.split()) for t in texts)
    split_sentences(texts[0])
    t_ours, n_ours = _timed(lambda t: len(split_sentences(t)), texts)
    row: dict[str, Any] = {"docs": len(texts), "words": words, "ours_s": t_ours, "ours_found": n_ours}
    try:
        from indicnlp.tokenize.sentence_tokenize import sentence_split
    except ImportError:
        row["peer"] = "n/a: indic-nlp-library not installed"
        return row
    sentence_split(texts[0], lang="hi")
    t_peer, n_peer = _timed(lambda t: len(sentence_split(t, lang="hi")), texts)
    row.update(peer_s=t_peer, peer_found=n_peer)
    return row


def long_documents(lengths: Sequence[int], line_lengths: Sequence[int]) -> list[tuple[str, int, float]]:
    """Seconds to extract one long document with ``--model blank`` (in this process): the samples
    joined and repeated to each length (sentences of normal length), and one sentence without an end
    mark (the seed with its dandas turned into commas, on one line) of each ``line_lengths``."""
    from extract.batch import load_extractor

    ex = load_extractor("blank", 0)
    base = "\n".join(t for _, t in load_pools().texts)
    seed = load_pools().texts[0][1].replace("\n", " ").replace("।", ",")
    rows = []
    for kind, source, sizes in (("sentences", base, lengths), ("one sentence", seed, line_lengths)):
        for n in sizes:
            text = (source * (n // len(source) + 1))[:n]
            t0 = time.perf_counter()
            ex(text, doc_id="long")
            rows.append((kind, n, time.perf_counter() - t0))
    return rows


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def environment() -> str:
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        mem = f"psutil {psutil.__version__}"
    except ImportError:
        mem = "no psutil"
    return (f"Python {platform.python_version()}, spaCy {spacy.__version__}, {cpu}, {os.cpu_count()} CPUs "
            f"visible, {platform.system()} {platform.release()}, {mem}")


def _ratio(r: float) -> str:
    return f"{r:.2f}x" if r >= 0.1 else f"{r:.4f}x (peer {1 / r:,.0f}x faster)"


def _fmt(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{digits}f}"


def render(args, stats: dict[str, int], runs: list[RunResult], inproc: dict[str, float], stanza: str,
           dates: dict[str, Any], sents: dict[str, Any], load: tuple[str, str], build_s: float,
           command: str, long_rows: list[tuple[str, int, float]] | None = None) -> str:
    words, docs = stats["words"], stats["docs"]
    lines = [
        "| model | --jobs | docs | words | seconds | words/s | docs/s | speed-up | first record (s) "
        "| peak RSS, tree (MB) | peak PSS, tree (MB) | largest process (MB) | failed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base = {r.model: r.seconds for r in runs if r.jobs == 1}
    for r in runs:
        speed = base[r.model] / r.seconds if r.model in base else None
        lines.append(f"| {r.model} | {r.jobs} | {r.records:,} | {words:,} | {r.seconds:,.1f} | "
                     f"{words / r.seconds:,.0f} | {docs / r.seconds:,.1f} | "
                     f"{_fmt(speed, 2) + 'x' if speed else 'n/a'} | {_fmt(r.ttfr, 2)} | {_fmt(r.peak_mb)} | "
                     f"{_fmt(r.peak_pss_mb)} | {_fmt(r.peak_max_mb)} | {r.failures} |")
    table = "\n".join(lines)
    inproc_lines = "\n".join(f"| {m} | {v:,.0f} |" for m, v in inproc.items())
    peers = ["| step | ours | peer | ours (s) | peer (s) | ours words/s | peer words/s | ratio (ours/peer speed) "
             "| found: ours / peer |", "|---|---|---|---:|---:|---:|---:|---:|---|"]
    for name, row, ours_name, peer_name in (
            ("dates", dates, "hindi_dates", "dateparser.search.search_dates(languages=['hi'])"),
            ("sentences", sents, "split_sentences", "indicnlp sentence_split(lang='hi')")):
        if "peer_s" in row:
            peers.append(f"| {name} ({row.get('sentences', row.get('docs'))} "
                         f"{'sentences' if 'sentences' in row else 'documents'}, {row['words']:,} words) | "
                         f"{ours_name} | {peer_name} | {row['ours_s']:.2f} | {row['peer_s']:.2f} | "
                         f"{row['words'] / row['ours_s']:,.0f} | {row['words'] / row['peer_s']:,.0f} | "
                         f"{_ratio(row['peer_s'] / row['ours_s'])} | {row['ours_found']:,} / {row['peer_found']:,} |")
        else:
            peers.append(f"| {name} | {ours_name} | {row['peer']} | {row['ours_s']:.2f} | | "
                         f"{row['words'] / row['ours_s']:,.0f} | | | |")
    peers.append(f"| whole pipeline | Extractor(backend='spacy') | stanza backend | | | | | {stanza} | |")
    long_part: list[str] = []
    if long_rows:
        long_part = ["", "### One long document (--model blank, in process)", "",
                     "| text | characters | seconds | characters/s |", "|---|---:|---:|---:|"]
        long_part += [f"| {k} | {n:,} | {t:,.2f} | {n / t:,.0f} |" for k, n, t in long_rows]
    return "\n".join([
        f"Command: `{command}`",
        "",
        f"Environment: {environment()}. Load average (1 min) before / after: {load[0]} / {load[1]}.",
        "",
        f"Corpus: {docs:,} documents, {words:,} words (whitespace), {stats['chars']:,} characters, "
        f"{stats['bytes'] / 2**20:,.1f} MB, built from samples/ in {build_s:.1f} s (seed {args.seed}).",
        "",
        "### End to end (command line, JSON Lines output)",
        "",
        table,
        "",
        "### Pipeline only (Extractor.pipe in one process, first "
        f"{min(args.inproc_docs, docs):,} documents, no start-up or I/O)",
        "",
        "| model | words/s |",
        "|---|---:|",
        inproc_lines,
        "",
        "### Peers (same run, same texts)",
        "",
        "\n".join(peers),
    ] + long_part)


def targets(runs: list[RunResult], stats: dict[str, int]) -> list[str]:
    out = []
    words = stats["words"]
    cores = os.cpu_count() or 1
    for r in runs:
        if r.model == "trained" and r.jobs == 1:
            wps = words / r.seconds
            out.append(f"- >= 10,000 words/s per core end to end (spaCy backend): {wps:,.0f} words/s with --jobs 1 "
                       f"-> {'met' if wps >= 10_000 else 'NOT met'}")
    for r in runs:
        if r.peak_mb is not None or r.peak_max_mb is not None:
            mb = r.peak_mb if r.peak_mb is not None else r.peak_max_mb
            line = (f"- peak memory <= 500 MB for {stats['docs']:,} documents ({r.model}, --jobs {r.jobs}): "
                    f"{mb:,.0f} MB RSS summed over the processes -> {'met' if mb <= 500 else 'NOT met'}")
            if r.peak_pss_mb is not None:
                line += (f"; {r.peak_pss_mb:,.0f} MB PSS (shared pages counted once) -> "
                         f"{'met' if r.peak_pss_mb <= 500 else 'NOT met'}")
            out.append(line)
    for r in runs:
        if r.ttfr is not None:
            out.append(f"- first record <= 2 s ({r.model}, --jobs {r.jobs}): {r.ttfr:.2f} s -> "
                       f"{'met' if r.ttfr <= 2 else 'NOT met'}")
    base = {r.model: r.seconds for r in runs if r.jobs == 1}
    for r in runs:
        if r.jobs > 1 and r.model in base:
            s = base[r.model] / r.seconds
            ideal = min(r.jobs, cores)
            out.append(f"- linear speed-up up to the cores ({r.model}, --jobs {r.jobs}, {cores} cores): {s:.2f}x of "
                       f"{ideal}x -> {'met' if s >= 0.85 * ideal else 'NOT met'} (>= 85% of linear counted as met)")
    return out


BEGIN, END = "<!-- throughput:begin (written by benchmarks/throughput.py) -->", "<!-- throughput:end -->"


def write_between_markers(path: Path, text: str) -> None:
    """Replace the measured part of ``path`` (between the markers), keeping the rest of the file."""
    block = f"{BEGIN}\n{text.rstrip()}\n{END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    else:
        new = (old.rstrip() + "\n\n" if old.strip() else "# Throughput, memory and time to first record\n\n") \
              + block + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=None, help="documents in the corpus (default 10000; --quick: 300)")
    ap.add_argument("--quick", action="store_true", help="300 documents, one time-to-first-record run, "
                                                         "smaller peer samples")
    ap.add_argument("--models", default="trained,blank", help="comma-separated: trained, blank")
    ap.add_argument("--trained-model", default=None, metavar="PATH",
                    help="trained spaCy backbone for 'trained' [default: $HINDI_EXTRACT_MODEL, else "
                         "models/hi_core_news if built]; without one, 'trained' is reported n/a")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--ttfr-repeat", type=int, default=None, help="time-to-first-record runs (median; default 3)")
    ap.add_argument("--inproc-docs", type=int, default=None, help="documents for the pipeline-only rate "
                                                                  "(default 500; --quick 100)")
    ap.add_argument("--peer-docs", type=int, default=None, help="documents for the peer comparisons "
                                                                "(default 300; --quick 40)")
    ap.add_argument("--stanza-docs", type=int, default=None, help="documents for the stanza backend's rate "
                                                                  "(default 300; --quick 50; 0: not measured)")
    ap.add_argument("--corpus", type=Path, default=None, help="build the corpus here and keep it "
                                                              "(default: a temporary folder, removed)")
    ap.add_argument("--long", action=argparse.BooleanOptionalAction, default=None,
                    help="also time single long documents (default: on, off with --quick)")
    ap.add_argument("--write", type=Path, default=None, help="also write the report (markdown) to this file")
    args = ap.parse_args(argv)
    args.docs = args.docs or (300 if args.quick else 10_000)
    args.ttfr_repeat = args.ttfr_repeat or (1 if args.quick else 3)
    args.inproc_docs = args.inproc_docs or (100 if args.quick else 500)
    args.peer_docs = args.peer_docs or (40 if args.quick else 300)
    if args.stanza_docs is None:
        args.stanza_docs = 50 if args.quick else 300
    if args.long is None:
        args.long = not args.quick
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    unknown = set(models) - set(MODELS)
    if unknown:
        ap.error(f"unknown model(s) {sorted(unknown)}; choose from {sorted(MODELS)}")
    jobs_list = [int(j) for j in args.jobs.split(",")]
    skipped_models: list[str] = []
    if "trained" in models:
        MODELS["trained"] = trained_model(args.trained_model)
        if MODELS["trained"] is None:
            models.remove("trained")
            skipped_models.append("trained: n/a (no trained backbone: build models/hi_core_news with the recipe in "
                                  "models/, or pass --trained-model PATH / set HINDI_EXTRACT_MODEL)")
    given = list(argv if argv is not None else sys.argv[1:])
    if "--write" in given:  # where the report goes does not change what is measured
        i = given.index("--write")
        del given[i:i + 2]
    given = [a for a in given if not a.startswith("--write=")]
    command = " ".join(["python3 benchmarks/throughput.py"] + given)
    load_before = "%.2f" % os.getloadavg()[0]

    work = Path(tempfile.mkdtemp(prefix="hx-throughput-"))
    corpus = args.corpus or work / "corpus"
    try:
        t0 = time.perf_counter()
        stats = make_corpus(corpus, args.docs, seed=args.seed)
        build_s = time.perf_counter() - t0
        print(f"corpus: {stats['docs']:,} documents, {stats['words']:,} words in {corpus} ({build_s:.1f} s)",
              file=sys.stderr)
        runs = []
        for model in models:
            for jobs in jobs_list:
                r = run_end_to_end(corpus, model, jobs, work)
                r.ttfr = time_to_first_record(corpus, model, jobs, args.ttfr_repeat)
                print(f"{model} --jobs {jobs}: {stats['words'] / r.seconds:,.0f} words/s, {r.seconds:.1f} s, "
                      f"first record {r.ttfr:.2f} s, peak {_fmt(r.peak_mb)} MB (tree) / "
                      f"{_fmt(r.peak_max_mb)} MB (largest)", file=sys.stderr)
                runs.append(r)
        texts = corpus_texts(corpus, max(args.inproc_docs, args.peer_docs, args.stanza_docs))
        inproc = {m: pipeline_only(texts[: args.inproc_docs], m) for m in models}
        if "trained" in models:
            inproc["trained, as the batch loads it (backbone components no extraction reads switched off)"] = pipeline_only(texts[: args.inproc_docs], "trained", batch=True)
        from extract.text import split_sentences

        peer_texts = texts[: args.peer_docs]
        sentences = [t[s:e] for t in peer_texts for s, e in split_sentences(t)]
        dates = dates_peer(sentences)
        sents = sentences_peer(peer_texts)
        stanza = stanza_row(texts[: args.stanza_docs])
        long_rows = long_documents([25_000, 50_000, 100_000, 200_000], [5_000, 10_000, 20_000]) if args.long else None
        load_after = "%.2f" % os.getloadavg()[0]
        report = render(args, stats, runs, inproc, stanza, dates, sents, (load_before, load_after), build_s,
                        command, long_rows)
        goals = targets(runs, stats)
        models_line = "Models: " + "; ".join([f"{m} = `--model {_rel(MODELS[m])}`" for m in models] + skipped_models)
        text = models_line + "\n\n" + report + "\n\n### Targets\n\n" + "\n".join(goals) + "\n"
        print(text)
        if args.write:
            write_between_markers(args.write, text)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the outputs (and the corpus unless --corpus was given)
    return 0


if __name__ == "__main__":
    sys.exit(main())

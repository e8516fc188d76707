"""Extraction speed of two checkouts of this repository, measured alternately on one machine.

    python3 benchmarks/compare_checkouts.py --a ../base --b . [--rounds 3] [--copies 6]

Each round runs one fresh process per checkout (``PYTHONPATH`` set to it): load ``Extractor()`` with the
shipped model, switch off the backbone components no extraction component reads (as the batch does),
warm up on five documents, then time ``Extractor.pipe`` over the sample and dev-set texts (``samples/``,
``benchmarks/heldout``, ``benchmarks/heldout2``, repeated ``--copies`` times). It prints words/s per round
and start-up time (import + ``Extractor()``) per round, the medians per checkout, and the ratio b/a: the runs alternate, so machine noise hits both alike.
Use it to check that a change does not slow extraction (``git worktree add ../base <commit>``).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import glob, sys, time
t0 = time.perf_counter()
from extract import Extractor
from extract.pipeline import unused_backbone
root, copies = sys.argv[1], int(sys.argv[2])
texts = []
for pattern in ("samples/*.txt", "benchmarks/heldout/*.txt", "benchmarks/heldout2/*.txt"):
    texts += [open(f, encoding="utf-8").read() for f in sorted(glob.glob(root + "/" + pattern))]
texts = texts * copies
words = sum(len(t.split()) for t in texts)
e = Extractor()
load = time.perf_counter() - t0
with e.nlp.select_pipes(disable=unused_backbone(e.nlp)):
    list(e.pipe(texts[:5]))
    t = time.perf_counter()
    n = sum(1 for _ in e.pipe(texts))
    dt = time.perf_counter() - t
print(f"{words / dt:.1f} {load:.3f} {n} {words}")
"""


def run(checkout: Path, texts_root: Path, copies: int) -> tuple[float, float]:
    """(words/s, start-up seconds: import + ``Extractor()``) of one fresh process on ``checkout``."""
    env = {"PYTHONPATH": str(checkout), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(texts_root), str(copies)], env=env, cwd=checkout,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", type=Path, required=True, help="first checkout (the baseline)")
    ap.add_argument("--b", type=Path, default=ROOT, help="second checkout (default: this one)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--copies", type=int, default=6)
    args = ap.parse_args()
    a, b = args.a.resolve(), args.b.resolve()
    rates: dict[str, list[float]] = {"a": [], "b": []}
    loads: dict[str, list[float]] = {"a": [], "b": []}
    for r in range(1, args.rounds + 1):
        for name, path in (("a", a), ("b", b)):
            rate, load = run(path, b, args.copies)
            rates[name].append(rate)
            loads[name].append(load)
            print(f"round {r} {name} ({path}): {rate:,.0f} words/s, start-up {load:.2f} s", flush=True)
    ma, mb = statistics.median(rates["a"]), statistics.median(rates["b"])
    la, lb = statistics.median(loads["a"]), statistics.median(loads["b"])
    print(f"\nmedian a: {ma:,.0f} words/s, start-up {la:.2f} s   median b: {mb:,.0f} words/s, start-up {lb:.2f} s"
          f"   ratio b/a: {mb / ma:.2f}")


if __name__ == "__main__":
    main()

"""What the golden-record benchmarks share: the golden sets, reading them, and P/R/F1 counting
(used by ``entities_eval.py`` and ``statements_eval.py``)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: name -> folder of ``<doc_id>.txt`` texts with ``expected/<doc_id>.json`` golden records
SETS = {
    "samples": ROOT / "samples",
    "heldout": ROOT / "benchmarks" / "heldout",
    "heldout2": ROOT / "benchmarks" / "heldout2",
    "heldout3": ROOT / "benchmarks" / "heldout3",
    "heldout4": ROOT / "benchmarks" / "heldout4",
    "heldout5": ROOT / "benchmarks" / "heldout5",
    "heldout6": ROOT / "benchmarks" / "heldout6",
    "heldout7": ROOT / "benchmarks" / "heldout7",
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1. An empty side scores 1.0 when both are empty (nothing to find, nothing
    claimed), else 0.0."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_set(folder: Path) -> list[tuple[str, str, dict]]:
    """[(doc_id, text, golden)] for every ``expected/<doc_id>.json`` with its ``<doc_id>.txt``."""
    out = []
    for gp in sorted((folder / "expected").glob("*.json")):
        text = (folder / f"{gp.stem}.txt").read_text(encoding="utf-8")
        out.append((gp.stem, text, json.loads(gp.read_text(encoding="utf-8"))))
    return out

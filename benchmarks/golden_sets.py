"""What the golden-record benchmarks share: the golden sets, reading them, and P/R/F1 counting
(used by ``entities_eval.py`` and ``statements_eval.py``)."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: name -> folder of ``<doc_id>.txt`` texts with ``expected/<doc_id>.json`` golden records: the samples, the
#: first held-out set and every ``benchmarks/heldoutN`` folder found (in order of N)
SETS = {"samples": ROOT / "samples", "heldout": ROOT / "benchmarks" / "heldout"}
SETS.update((p.name, p) for p in sorted((ROOT / "benchmarks").glob("heldout[0-9]*"), key=lambda p: int(p.name[7:]))
            if (p / "expected").is_dir())
#: the development sets that ``--set all`` scores. A new blind set joins this list only after it has been
#: scored once on arrival (``--set heldoutN``), so that no aggregate run peeks at it first.
DEV_SETS = ("samples", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
            "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout17", "heldout18",
            "heldout19", "heldout20", "heldout15", "heldout16", "heldout21", "heldout22", "heldout27", "heldout28", "heldout29", "heldout30", "heldout23", "heldout24", "heldout25", "heldout26", "heldout35", "heldout36", "heldout31", "heldout32", "heldout33", "heldout34",
            "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45",
            "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53",
            "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59",
            "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
            "heldout66", "heldout67", "heldout68")


def set_folder(name: str) -> Path:
    """The folder of a golden set given by its name in :data:`SETS` or by a path."""
    if name in SETS:
        return SETS[name]
    path = Path(name)
    if (path / "expected").is_dir():
        return path
    raise SystemExit(f"unknown golden set {name!r}: give one of {', '.join(SETS)}, 'all', or a folder with expected/")


def use_code_from_argv(argv: list[str]) -> None:
    """``--code CHECKOUT`` on the command line: import the ``extract`` package of another checkout (for example a
    ``git worktree`` of an older commit), so that a new golden set can be scored with old code."""
    if "--code" in argv:
        i = argv.index("--code")
        if i + 1 >= len(argv):
            raise SystemExit("--code needs a checkout folder")
        sys.path.insert(0, str(Path(argv[i + 1]).resolve()))


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

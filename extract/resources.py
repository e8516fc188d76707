"""Language data: every piece of Hindi knowledge lives in ``extract/data/`` as TSV.

Each TSV file has a header row; ``#`` starts a comment line; cells are NFC,
without surrounding whitespace; multi-valued cells use ``|``. Code reads the
files through :func:`read_tsv`, and ``tests/test_data_integrity.py`` checks them.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["DATA_DIR", "ResourceMissingError", "read_tsv", "data_path"]

DATA_DIR = Path(str(resources.files("extract") / "data"))


class ResourceMissingError(FileNotFoundError):
    """A data file or model that the pipeline needs is not there."""


def data_path(name: str) -> Path:
    path = DATA_DIR / name
    if not path.exists():
        raise ResourceMissingError(
            f"language data file {name!r} is missing from {DATA_DIR}. It ships with the "
            "package: reinstall hindi-extract (pip install -e .) or restore the file from git."
        )
    return path


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``extract/data/<name>`` as dicts keyed by the header (cached, read-only)."""
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "") for k, v in row.items()} for row in reader)


def split_multi(cell: str) -> list[str]:
    """Values of a multi-valued ``a|b|c`` cell."""
    return [v for v in cell.split("|") if v]

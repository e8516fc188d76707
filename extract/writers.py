"""Output writers: records are written as they come, and a file appears only when
complete (written to a temporary ``.part`` file beside it, then renamed).

Formats: ``json`` (one array), ``jsonl`` (one document per line), ``csv``
(``facts`` layout: one flat table of facts; ``tables`` layout: a folder with one
CSV per record type, see :mod:`extract.tables`).
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from .schema import Document
from .tables import FACT_COLUMNS, facts_rows, record_tables, table_columns

__all__ = ["FORMATS", "AtomicFile", "open_writer", "record_json", "STDOUT"]

FORMATS = ("json", "jsonl", "csv")
STDOUT = "-"


def record_json(record: Document, indent: int | None = None) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


class AtomicFile:
    """A text file written to ``<dir>/.<name>.<random>.part`` and renamed into place on commit."""

    def __init__(self, path: Path, newline: str | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        self.tmp = Path(tmp)
        self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


class _Stdout:
    def __init__(self) -> None:
        self.fh = sys.stdout

    def commit(self) -> None:
        self.fh.flush()

    def abort(self) -> None:
        self.fh.flush()


def _target(path: str | Path, newline: str | None = None):
    return _Stdout() if str(path) == STDOUT else AtomicFile(Path(path), newline=newline)


class Writer:
    """Streaming writer: ``write(record)`` for each record, then ``close()`` (or ``abort()``)."""

    def write(self, record: Document) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def abort(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, exc_type, *_: Any) -> None:
        self.abort() if exc_type else self.close()


class JSONWriter(Writer):
    def __init__(self, path: str | Path):
        self.out = _target(path)
        self.n = 0
        self.out.fh.write("[")

    def write(self, record: Document) -> None:
        self.out.fh.write(("," if self.n else "") + "\n" + record_json(record, indent=2))
        self.n += 1

    def close(self) -> None:
        self.out.fh.write("\n]\n" if self.n else "]\n")
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class JSONLWriter(Writer):
    def __init__(self, path: str | Path):
        self.out = _target(path)

    def write(self, record: Document) -> None:
        self.out.fh.write(record_json(record) + "\n")

    def close(self) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class CSVFactsWriter(Writer):
    def __init__(self, path: str | Path):
        self.out = _target(path, newline="")
        self.csv = csv.DictWriter(self.out.fh, fieldnames=FACT_COLUMNS)
        self.csv.writeheader()

    def write(self, record: Document) -> None:
        self.csv.writerows(facts_rows([record]))

    def close(self) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class CSVTablesWriter(Writer):
    """A folder with ``<table>.csv`` for every record type."""

    def __init__(self, folder: str | Path):
        if str(folder) == STDOUT:
            raise ValueError("the 'tables' CSV layout writes a folder; give -o FOLDER, not -o -")
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise ValueError(f"{folder} exists and is not a folder")
        cols = table_columns()
        self.files = {name: AtomicFile(folder / f"{name}.csv", newline="") for name in cols}
        self.csv = {name: csv.DictWriter(f.fh, fieldnames=cols[name]) for name, f in self.files.items()}
        for w in self.csv.values():
            w.writeheader()

    def write(self, record: Document) -> None:
        for name, rows in record_tables([record]).items():
            self.csv[name].writerows(rows)

    def close(self) -> None:
        for f in self.files.values():
            f.commit()

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()


def open_writer(fmt: str, path: str | Path, csv_layout: str = "facts") -> Writer:
    """A streaming writer for ``fmt`` to ``path`` (``-`` for stdout)."""
    if fmt == "json":
        return JSONWriter(path)
    if fmt == "jsonl":
        return JSONLWriter(path)
    if fmt == "csv":
        return CSVTablesWriter(path) if csv_layout == "tables" else CSVFactsWriter(path)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

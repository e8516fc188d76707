"""Output writers: records are written as they come, and a file appears only when
complete (written to a temporary ``.part`` file beside it, then renamed).

Formats:

* ``json`` (one array), ``jsonl`` (one document per line);
* ``csv``: ``facts`` layout (one flat table of facts) or ``tables`` layout (a folder with one
  CSV per record type, see :mod:`extract.tables`);
* ``parquet``: the same two layouts, ``tables`` (a folder with ``<table>.parquet`` for every
  record type, typed columns) or ``facts`` (a single ``.parquet`` file of the flat facts table);
* ``sqlite``: one database file, one table per record type keyed by ``doc_id``. Appending to an
  existing database is safe: a document already present is replaced (its rows deleted and written
  again in the same transaction), documents are committed in batches, each batch one transaction
  (WAL journal), so a crash leaves every document either complete or absent.

Resume (``open_writer(..., resume=True)``, the CLI's ``--resume``): only for outputs written as they
go. ``jsonl`` to a file: records are appended straight to the file (flushed per record, fsync'ed every
``fsync_every`` records and at the end) instead of the atomic temporary file; a partial last line left
by a crash is cut off on reopening. ``sqlite``: the database as usual (committed batches). The writer's
:meth:`Writer.resume_keys` are the ``(doc_id, text_sha256)`` pairs already there, which the batch skips.
``json``, ``csv`` and ``parquet`` are whole-file formats renamed into place at the end, so an interrupted
run leaves nothing to resume from: they refuse ``resume`` with an :class:`OutputError`.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from .records import PackedRecord, record_json  # noqa: F401  (record_json is part of this module's API)
from .schema import Document
from .tables import FACT_COLUMNS, TABLES, facts_rows, record_tables, table_columns

__all__ = ["FORMATS", "LAYOUTS", "RESUMABLE", "AtomicFile", "OutputError", "open_writer", "record_json",
           "column_types", "default_layout", "STDOUT", "JSONLResumeWriter"]

FORMATS = ("json", "jsonl", "csv", "parquet", "sqlite")
LAYOUTS = ("facts", "tables")
STDOUT = "-"
#: Formats that can be resumed (written as they go).
RESUMABLE = ("jsonl", "sqlite")


class OutputError(ValueError):
    """The output cannot be written as asked; the message says what to do instead."""




def _umask_mode(path: Path) -> None:
    """Give a temporary file (0600 from mkstemp) the mode a plainly created file would get."""
    mask = os.umask(0)
    os.umask(mask)
    try:
        os.chmod(path, 0o666 & ~mask)
    except OSError:  # pragma: no cover - e.g. a filesystem without modes
        pass


class AtomicFile:
    """A text file written to ``<dir>/.<name>.<random>.part`` and renamed into place on commit."""

    def __init__(self, path: Path, newline: str | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        self.tmp = Path(tmp)
        _umask_mode(self.tmp)
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
    if str(path) == STDOUT:
        return _Stdout()
    if str(path).endswith(("/", os.sep)) or Path(path).is_dir():
        raise OutputError(f"{path} is a folder; this format writes one file: give a file path such as "
                          f"{Path(path) / 'records.jsonl'} (or --format csv/parquet --layout tables for a folder)")
    return AtomicFile(Path(path), newline=newline)


def unpacked(record: Document | PackedRecord) -> Document:
    """The ``Document`` of a record (a :class:`~extract.records.PackedRecord` is parsed)."""
    return record.unpack() if isinstance(record, PackedRecord) else record


class Writer:
    """Streaming writer: ``write(record)`` for each record (a ``Document``, or a ``PackedRecord``
    from a batch worker), then ``close()`` (or ``abort()``)."""

    def write(self, record: Document | PackedRecord) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def abort(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def resume_keys(self) -> set[tuple[str, str]]:
        """``(doc_id, text_sha256)`` of the documents already in the output (resumable writers)."""
        return set()

    def keep(self, key: tuple[str, str]) -> None:
        """A document already in the output was skipped (``--resume``): keep its record."""

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, exc_type, *_: Any) -> None:
        self.abort() if exc_type else self.close()


class JSONWriter(Writer):
    def __init__(self, path: str | Path):
        self.out = _target(path)
        self.n = 0
        self.out.fh.write("[")

    def write(self, record: Document | PackedRecord) -> None:
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

    def write(self, record: Document | PackedRecord) -> None:
        self.out.fh.write(record_json(record) + "\n")

    def close(self) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class JSONLResumeWriter(Writer):
    """JSON Lines appended straight to ``path`` (``--resume``); crash-safe at the record level.

    On opening, the complete lines already in the file are read for their ``(doc_id, text_sha256)``
    (:meth:`resume_keys`) and a partial last line (a crash mid-write) is cut off. Records are appended,
    flushed one by one (a killed process loses nothing written) and fsync'ed every ``fsync_every``
    records and on closing. On :meth:`close`, the previous lines that were not :meth:`keep`-t (documents
    no longer among the inputs, changed or failed ones, duplicates) are dropped by rewriting the file
    atomically; so the finished output holds exactly the records of an uninterrupted run, in the same
    order when the previous run processed the same inputs in the same order. :meth:`abort` keeps every
    record written so far, for the next ``--resume``.
    """

    def __init__(self, path: str | Path, fsync_every: int = 32):
        if str(path) == STDOUT:
            raise OutputError("--resume needs an output file to continue from, not stdout: give -o FILE.jsonl")
        self.path = Path(path)
        if str(path).endswith(("/", os.sep)) or self.path.is_dir():
            raise OutputError(f"{path} is a folder; JSON Lines writes one file: give a file path such as "
                              f"{self.path / 'records.jsonl'}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fsync_every = fsync_every
        self.old_keys: list[tuple[str, str] | None] = []  # per previous line (None: not a record)
        self.truncated = 0  # bytes of a partial last line cut off
        self.fh = open(self.path, "a+b")
        try:
            self._scan()
        except BaseException:
            self.fh.close()
            raise
        self.kept: set[tuple[str, str]] = set()
        self.pending = 0
        self.written = 0

    def _scan(self) -> None:
        fh = self.fh
        fh.seek(0)
        good_end = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break  # the partial last line of an interrupted write
            good_end += len(line)
            key = None
            if line.strip():
                try:
                    obj = json.loads(line)
                except ValueError:
                    obj = None
                if not (isinstance(obj, dict) and isinstance(obj.get("doc_id"), str)
                        and isinstance(obj.get("text_sha256"), str)):
                    raise OutputError(f"{self.path} line {len(self.old_keys) + 1} is not a hindi-extract record; "
                                      "--resume continues an output written by hindi-extract: choose another "
                                      "output file")
                key = (obj["doc_id"], obj["text_sha256"])
            self.old_keys.append(key)
        size = fh.seek(0, os.SEEK_END)
        if size > good_end:
            self.truncated = size - good_end
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())

    def resume_keys(self) -> set[tuple[str, str]]:
        return {k for k in self.old_keys if k is not None}

    def keep(self, key: tuple[str, str]) -> None:
        self.kept.add(tuple(key))  # type: ignore[arg-type]

    def write(self, record: Document | PackedRecord) -> None:
        self.fh.write((record_json(record) + "\n").encode("utf-8"))
        self.fh.flush()
        self.written += 1
        self.pending += 1
        if self.pending >= self.fsync_every:
            os.fsync(self.fh.fileno())
            self.pending = 0

    def _sync_close(self) -> None:
        if not self.fh.closed:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()

    def close(self) -> None:
        self._sync_close()
        seen: set[tuple[str, str]] = set()
        drop: set[int] = set()
        for i, key in enumerate(self.old_keys):
            if key is None or key not in self.kept or key in seen:
                drop.add(i)
            else:
                seen.add(key)
        if drop:
            self._rewrite(drop)

    def _rewrite(self, drop: set[int]) -> None:
        out = _AtomicPath(self.path)
        try:
            with open(self.path, "rb") as src, open(out.tmp, "wb") as dst:
                for i, line in enumerate(src):
                    if i not in drop:
                        dst.write(line)
                dst.flush()
                os.fsync(dst.fileno())
            out.commit()
        except BaseException:
            out.abort()
            raise

    def abort(self) -> None:
        self._sync_close()


class CSVFactsWriter(Writer):
    def __init__(self, path: str | Path):
        self.out = _target(path, newline="")
        self.csv = csv.DictWriter(self.out.fh, fieldnames=FACT_COLUMNS)
        self.csv.writeheader()

    def write(self, record: Document | PackedRecord) -> None:
        record = unpacked(record)
        self.csv.writerows(facts_rows([record]))

    def close(self) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class CSVTablesWriter(Writer):
    """A folder with ``<table>.csv`` for every record type."""

    def __init__(self, folder: str | Path):
        if str(folder) == STDOUT:
            raise OutputError("the 'tables' CSV layout writes a folder; give -o FOLDER/, not -o -")
        folder = _folder(folder)
        cols = table_columns()
        self.files = {name: AtomicFile(folder / f"{name}.csv", newline="") for name in cols}
        self.csv = {name: csv.DictWriter(f.fh, fieldnames=cols[name]) for name, f in self.files.items()}
        for w in self.csv.values():
            w.writeheader()

    def write(self, record: Document | PackedRecord) -> None:
        record = unpacked(record)
        for name, rows in record_tables([record]).items():
            self.csv[name].writerows(rows)

    def close(self) -> None:
        for f in self.files.values():
            f.commit()

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()


def _folder(path: str | Path) -> Path:
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} exists and is not a folder; the 'tables' layout writes one file per record "
                          f"type into a folder: give a folder path (ending with /), or --layout facts for one file")
    return folder


# -- typed columns (Parquet, SQLite) ------------------------------------------------------------

@lru_cache(maxsize=1)
def column_types() -> dict[str, dict[str, str]]:
    """Type (``str``, ``int``, ``float``, ``bool``) of every column of every table.

    Derived from a prototype record with every field filled, so it follows :mod:`extract.tables`;
    a column the prototype leaves empty is ``str``.
    """
    from .schema import (DateExpression, DatelinePlace, DocDate, Evidence, Event, Mention, Organization,
                         Person, Place, Quantity, Role, Statement)

    ev = dict(text="x", start=0, end=1, sentence=0, confidence=0.5)
    m = [Mention(**ev)]
    proto = Document(
        doc_id="d", source="s", text_sha256="h", length=1,
        doc_date=DocDate(value="2000-01-01", source="caller", text="x", start=0, end=1),
        dateline_place=DatelinePlace(**ev, name="x", normalized="x"),
        people=[Person(id="P1", name="x", honorific="x", name_latin="x", mentions=m, confidence=0.5, roles=[
            Role(**ev, title="x", level="x", portfolio="x", base="x", qualifier="x", organization="x",
                 jurisdiction="x", former=False)])],
        places=[Place(id="L1", name="x", normalized="x", name_en="x", kind="x", state="x", district="x", code="x",
                      mentions=m, confidence=0.5)],
        organizations=[Organization(id="O1", name="x", aliases=["x"], kind="x", mentions=m, confidence=0.5)],
        dates=[DateExpression(**ev, value="x", type="date", granularity="x", resolved=True, mod="x")],
        quantities=[Quantity(**ev, value=1.5, unit="x")],
        decisions=[Statement(**ev, id="S1", kind="plan", cue="x", content=Evidence(**ev), actor="x", dates=[0],
                             places=["L1"], quantities=[0])],
        events=[Event(**ev, id="E1", type="x", type_en="x", date="x", place="x", venue="x", organizer="x",
                      participants=["P1"], decisions=["S1"])],
        warnings=["x"],
    )
    rows = record_tables([proto])
    out: dict[str, dict[str, str]] = {}
    for name, cols in table_columns().items():
        row = rows[name][0] if rows[name] else {}
        out[name] = {c: _pytype(row.get(c)) for c in cols}
    return out


def _pytype(v: Any) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    return "str"


FACT_TYPES = {c: "str" for c in FACT_COLUMNS} | {"start": "int", "end": "int", "sentence": "int",
                                                  "confidence": "float"}


def _fact_row(row: dict[str, Any]) -> dict[str, Any]:
    # the facts table's ``value`` mixes names, ISO dates and numbers: text, as in the CSV
    v = row.get("value")
    return {**row, "value": None if v is None else str(v)}


# -- Parquet ---------------------------------------------------------------------------------

def _import_pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise OutputError("writing Parquet needs pyarrow, which is not installed: `pip install 'pyarrow>=14'` "
                          "(or choose --format csv or sqlite)") from exc
    return pa, pq


class _AtomicPath:
    """A temporary path beside ``path`` for a binary writer; renamed into place on commit."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        self.tmp = Path(tmp)
        _umask_mode(self.tmp)

    def commit(self) -> None:
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.tmp.unlink(missing_ok=True)


class ParquetWriter(Writer):
    """``tables`` layout: a folder with ``<table>.parquet`` per record type; ``facts``: one file.

    Rows are buffered and written as a row group every ``batch_size`` documents.
    """

    def __init__(self, path: str | Path, layout: str = "tables", batch_size: int = 500):
        if str(path) == STDOUT:
            raise OutputError("Parquet is written to files, not stdout: give -o FOLDER/ (one file per record "
                              "type) or -o FILE.parquet (--layout facts)")
        pa, pq = _import_pyarrow()
        self.pa = pa
        self.layout = layout
        self.batch_size = batch_size
        arrow = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        if layout == "facts":
            target = Path(path)
            if target.is_dir() or str(path).endswith(("/", os.sep)):
                raise OutputError(f"{target} is a folder; the facts layout writes one file: give a file path "
                                  f"such as {target / 'facts.parquet'}, or --layout tables")
            targets = {"facts": target}
            types = {"facts": FACT_TYPES}
        else:
            folder = _folder(path)
            targets = {name: folder / f"{name}.parquet" for name in TABLES}
            types = column_types()
        self.schemas = {name: pa.schema([(c, arrow[t]) for c, t in types[name].items()]) for name in targets}
        self.files: dict[str, _AtomicPath] = {}
        self.writers: dict[str, Any] = {}
        try:
            for name, target in targets.items():
                self.files[name] = _AtomicPath(target)
                self.writers[name] = pq.ParquetWriter(str(self.files[name].tmp), self.schemas[name],
                                                      compression="zstd")
        except BaseException:
            self.abort()
            raise
        self.buffer: dict[str, list[dict[str, Any]]] = {name: [] for name in targets}
        self.pending = 0

    def write(self, record: Document | PackedRecord) -> None:
        record = unpacked(record)
        if self.layout == "facts":
            self.buffer["facts"].extend(_fact_row(r) for r in facts_rows([record]))
        else:
            for name, rows in record_tables([record]).items():
                self.buffer[name].extend(rows)
        self.pending += 1
        if self.pending >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        for name, rows in self.buffer.items():
            if rows:
                self.writers[name].write_table(self.pa.Table.from_pylist(rows, schema=self.schemas[name]))
                rows.clear()
        self.pending = 0

    def close(self) -> None:
        try:
            self._flush()
            for w in self.writers.values():
                w.close()
        except BaseException:
            self.abort()
            raise
        for f in self.files.values():
            f.commit()

    def abort(self) -> None:
        for w in self.writers.values():
            try:
                w.close()
            except Exception:  # pragma: no cover - best effort
                pass
        for f in self.files.values():
            f.abort()


# -- SQLite ----------------------------------------------------------------------------------

_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_schema() -> list[str]:
    """``CREATE TABLE`` / ``CREATE INDEX`` statements of the SQLite output (idempotent)."""
    out = []
    for name, cols in column_types().items():
        defs = []
        for c, t in cols.items():
            d = f"{_q(c)} {_SQL_TYPES[t]}"
            if c == "doc_id":
                d += " NOT NULL" + (" PRIMARY KEY" if name == "documents" else "")
            defs.append(d)
        out.append(f"CREATE TABLE IF NOT EXISTS {_q(name)} ({', '.join(defs)})")
        if name != "documents":
            out.append(f"CREATE INDEX IF NOT EXISTS {_q(name + '_doc_id')} ON {_q(name)} ({_q('doc_id')})")
    return out


class SQLiteWriter(Writer):
    """One table per record type (``documents, people, roles, ...``), every row keyed by ``doc_id``.

    Appends to an existing database of the same layout. Each batch of ``batch_size`` documents is
    one transaction; a ``doc_id`` already present has its rows replaced within that transaction.
    """

    def __init__(self, path: str | Path, batch_size: int = 200, timeout: float = 60.0):
        if str(path) == STDOUT:
            raise OutputError("SQLite writes a database file, not stdout: give -o FILE.sqlite")
        self.path = Path(path)
        if self.path.is_dir():
            raise OutputError(f"{self.path} is a folder; SQLite needs a database file path, "
                              f"e.g. -o {self.path / 'records.sqlite'}")
        self.batch_size = batch_size
        self.buffer: list[Document] = []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        try:
            self.con.execute("PRAGMA journal_mode=WAL")
            self._ensure_schema()
        except sqlite3.DatabaseError as exc:
            self.con.close()
            raise OutputError(f"{self.path} exists and is not a SQLite database ({exc}); "
                              "choose another output path") from exc
        except BaseException:
            self.con.close()
            raise
        self.cols = table_columns()
        self.inserts = {name: f"INSERT INTO {_q(name)} ({', '.join(map(_q, cols))}) "
                              f"VALUES ({', '.join('?' * len(cols))})" for name, cols in self.cols.items()}

    def resume_keys(self) -> set[tuple[str, str]]:
        return {(d, h) for d, h in self.con.execute('SELECT doc_id, text_sha256 FROM "documents"')
                if d is not None and h is not None}

    def _ensure_schema(self) -> None:
        cur = self.con.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for name, cols in table_columns().items():
                have = [r[1] for r in cur.execute(f"PRAGMA table_info({_q(name)})")]
                if have and set(have) != set(cols):
                    raise OutputError(
                        f"{self.path} already has a table {name!r} with other columns than this version writes "
                        f"(missing: {sorted(set(cols) - set(have))}, unexpected: {sorted(set(have) - set(cols))}); "
                        "write to a new database file")
            for stmt in sqlite_schema():
                cur.execute(stmt)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def write(self, record: Document | PackedRecord) -> None:
        record = unpacked(record)
        self.buffer.append(record)
        if len(self.buffer) >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        cur = self.con.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for record in self.buffer:
                for name in self.cols:
                    cur.execute(f"DELETE FROM {_q(name)} WHERE doc_id = ?", (record.doc_id,))
                for name, rows in record_tables([record]).items():
                    cols = self.cols[name]
                    cur.executemany(self.inserts[name], [tuple(r.get(c) for c in cols) for r in rows])
            cur.execute("COMMIT")
        except BaseException:
            if self.con.in_transaction:
                cur.execute("ROLLBACK")
            raise
        self.buffer.clear()

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self.con.close()

    def abort(self) -> None:
        """Drop the documents not yet committed; committed batches stay (a rerun replaces them)."""
        self.buffer.clear()
        try:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
        finally:
            self.con.close()


def default_layout(fmt: str, path: str | Path) -> str:
    """The layout used when none is asked for: ``tables`` for a folder (or a path ending with ``/``),
    and for Parquet also any path not ending in ``.parquet``/``.pq``; else ``facts``."""
    p = str(path)
    if p.endswith(("/", os.sep)) or (p != STDOUT and Path(p).is_dir()):
        return "tables"
    if fmt == "parquet" and Path(p).suffix.lower() not in (".parquet", ".pq"):
        return "tables"
    return "facts"


def open_writer(fmt: str, path: str | Path, layout: str | None = None, *, csv_layout: str | None = None,
                resume: bool = False) -> Writer:
    """A streaming writer for ``fmt`` to ``path`` (``-`` for stdout).

    ``layout`` (``facts`` or ``tables``) applies to csv and parquet; default: :func:`default_layout`.
    ``resume``: continue an output (jsonl or sqlite, see the module's doc); other formats refuse it.
    Raises :class:`OutputError` (a ``ValueError``) with a message saying what to do when the output
    cannot be written as asked.
    """
    layout = layout or csv_layout or default_layout(fmt, path)
    if layout not in LAYOUTS:
        raise OutputError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if resume:
        if fmt not in RESUMABLE:
            raise OutputError(f"--resume needs an output written as it goes, JSON Lines (-o FILE.jsonl) or SQLite "
                              f"(-o FILE.sqlite); {fmt} is written whole at the end, so an interrupted run leaves "
                              "nothing to resume from (convert the JSON Lines afterwards if you need " + fmt + ")")
        if fmt == "jsonl":
            return JSONLResumeWriter(path)
    if fmt == "json":
        return JSONWriter(path)
    if fmt == "jsonl":
        return JSONLWriter(path)
    if fmt == "csv":
        return CSVTablesWriter(path) if layout == "tables" else CSVFactsWriter(path)
    if fmt == "parquet":
        return ParquetWriter(path, layout)
    if fmt == "sqlite":
        return SQLiteWriter(path)
    raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

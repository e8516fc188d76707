"""Parquet and SQLite outputs, read back with pandas; CLI options, exit codes and error messages."""
import errno
import json
import math
import os
import sqlite3
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from extract import to_frames
from extract.cli import cli
from extract.tables import FACT_COLUMNS, TABLES, table_columns
from extract.writers import OutputError, SQLiteWriter, column_types, open_writer

from conftest import ROOT, SAMPLES, SEED

SEED_ID = SEED.stem


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def _plain(v):
    """pandas missing values -> None, numpy scalars -> Python, for comparing rows."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return None
    return v.item() if hasattr(v, "item") else v


def rows(df):
    return [{k: _plain(v) for k, v in r.items()} for r in df.to_dict("records")]


@pytest.fixture(scope="module")
def sample_records(extractor):
    return [extractor(p.read_text(encoding="utf-8"), doc_id=p.stem, source=str(p))
            for p in sorted(SAMPLES.glob("*.txt"))]


# -- Parquet ------------------------------------------------------------------------------------

def test_parquet_tables_folder(tmp_path):
    out = tmp_path / "pq"
    res = run([str(SEED), "-o", str(out) + "/", "--format", "parquet", "-q"])
    assert res.exit_code == 0, res.output
    assert {f.name for f in out.iterdir()} == {f"{t}.parquet" for t in TABLES}
    people = pd.read_parquet(out / "people.parquet")
    assert list(people.columns) == table_columns()["people"]
    assert {"संजय राय", "सुनील बंसल", "भूपेन्द्र यादव"} <= set(people["name"])
    assert (people["doc_id"] == SEED_ID).all()
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.loc[0, "doc_date"] == "2018-09-15" and docs.loc[0, "n_people"] == len(people)
    roles = pd.read_parquet(out / "roles.parquet")
    assert str(roles["start"].dtype) == "int64" and str(roles["former"].dtype) == "bool"
    bansal = roles[roles["person"] == "सुनील बंसल"].iloc[0]
    assert bansal["title"] == "प्रदेश महामंत्री" and bansal["qualifier"] == "संगठन"
    text = SEED.read_text(encoding="utf-8")
    dates = pd.read_parquet(out / "dates.parquet")
    for r in dates.itertuples():
        assert text[r.start:r.end] == r.text
    assert "2018-09-15" in set(dates["value"])
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


def test_parquet_single_facts_file(tmp_path):
    out = tmp_path / "facts.parquet"
    assert run([str(SEED), "-o", str(out), "-q"]).exit_code == 0  # format and layout from the extension
    facts = pd.read_parquet(out)
    assert list(facts.columns) == FACT_COLUMNS
    assert facts.loc[facts["type"] == "doc_date", "value"].tolist() == ["2018-09-15"]
    assert "सुनील बंसल" in set(facts.loc[facts["type"] == "person", "value"])
    text = SEED.read_text(encoding="utf-8")
    for r in facts.dropna(subset=["start"]).itertuples():
        assert text[int(r.start):int(r.end)] == r.text
    q = facts[facts["type"] == "quantity"]
    assert "1471.0" in set(q["value"])  # value is text in the facts table (mixed kinds)


def test_parquet_round_trips_every_sample_table(sample_records, tmp_path):
    w = open_writer("parquet", tmp_path / "t", "tables")
    for r in sample_records:
        w.write(r)
    w.close()
    frames = to_frames(sample_records)
    for name in TABLES:
        back = pd.read_parquet(tmp_path / "t" / f"{name}.parquet")
        assert rows(back) == rows(frames[name]), name


def test_column_types_cover_every_table():
    types = column_types()
    assert set(types) == set(TABLES)
    for name, cols in table_columns().items():
        assert list(types[name]) == cols
    assert types["quantities"]["value"] == "float" and types["dates"]["value"] == "str"
    assert types["roles"]["former"] == "bool" and types["documents"]["length"] == "int"


def test_parquet_without_pyarrow_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(OutputError, match=r"pip install 'pyarrow"):
        open_writer("parquet", tmp_path / "x.parquet")
    res = CliRunner().invoke(cli, [str(SEED), "-o", str(tmp_path / "x.parquet"), "-q"])
    assert res.exit_code == 2 and "pyarrow" in res.output
    assert not (tmp_path / "x.parquet").exists()


def test_parquet_and_sqlite_refuse_stdout():
    for fmt in ("parquet", "sqlite"):
        res = CliRunner().invoke(cli, [str(SEED), "-o", "-", "--format", fmt, "-q"])
        assert res.exit_code == 2
        assert "not stdout" in res.output


# -- SQLite -------------------------------------------------------------------------------------

def _count(db, table, doc_id=None):
    with sqlite3.connect(db) as con:
        q = f'SELECT COUNT(*) FROM "{table}"' + (" WHERE doc_id = ?" if doc_id else "")
        return con.execute(q, (doc_id,) if doc_id else ()).fetchone()[0]


def test_sqlite_tables_read_back_with_pandas(tmp_path):
    db = tmp_path / "records.sqlite"
    assert run([str(SEED), "-o", str(db), "-q"]).exit_code == 0
    with sqlite3.connect(db) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == set(TABLES)
        docs = pd.read_sql("SELECT * FROM documents", con)
        people = pd.read_sql("SELECT * FROM people WHERE doc_id = ?", con, params=(SEED_ID,))
        roles = pd.read_sql("SELECT person, title, qualifier, former FROM roles", con)
        dates = pd.read_sql('SELECT value, "start", "end", text FROM dates ORDER BY "start"', con)
        pragma = con.execute("PRAGMA journal_mode").fetchone()[0]
    assert docs.loc[0, "doc_id"] == SEED_ID and docs.loc[0, "doc_date"] == "2018-09-15"
    assert list(people.columns) == table_columns()["people"]
    assert {"संजय राय", "सुनील बंसल", "महेन्द्रनाथ पाण्डेय"} <= set(people["name"])
    assert ("सुनील बंसल", "प्रदेश महामंत्री", "संगठन", 0) in set(map(tuple, roles.values.tolist()))
    assert dates.loc[0, "value"] == "2018-09-15" and dates.loc[0, "text"] == "15 सितम्बर 2018"
    assert pragma == "wal"
    assert not (tmp_path / "records.sqlite.errors.jsonl").exists()


def test_sqlite_append_is_idempotent_and_replaces_a_doc(tmp_path, sample_records):
    db = tmp_path / "r.db"
    assert run([str(SEED), "-o", str(db), "-q"]).exit_code == 0
    before = {t: _count(db, t) for t in TABLES}
    assert run([str(SEED), "-o", str(db), "-q"]).exit_code == 0  # same doc again: replaced, not doubled
    assert {t: _count(db, t) for t in TABLES} == before
    # append other documents
    assert run([str(SAMPLES), "-o", str(db), "-q"]).exit_code == 0
    n_docs = len(list(SAMPLES.glob("*.txt")))
    assert _count(db, "documents") == n_docs
    frames = to_frames(sample_records)
    for t in TABLES:
        assert _count(db, t) == len(frames[t]), t
    # a document whose text changed replaces its rows, others are untouched
    note = tmp_path / f"{SEED_ID}.txt"
    note.write_text("पटना, 14 जनवरी 2023। जिलाधिकारी श्री अमित कुमार ने बैठक की।", encoding="utf-8")
    assert run([str(note), "-o", str(db), "-q"]).exit_code == 0
    with sqlite3.connect(db) as con:
        doc_date = con.execute("SELECT doc_date FROM documents WHERE doc_id = ?", (SEED_ID,)).fetchone()[0]
        people = [r[0] for r in con.execute("SELECT name FROM people WHERE doc_id = ?", (SEED_ID,))]
    assert doc_date == "2023-01-14"
    assert "सुनील बंसल" not in people
    assert _count(db, "documents") == n_docs
    assert _count(db, "people", "002_congress_delhi") == len(frames["people"][frames["people"].doc_id == "002_congress_delhi"])


def test_sqlite_batch_is_one_transaction(tmp_path, sample_records, monkeypatch):
    db = tmp_path / "r.sqlite"
    w = SQLiteWriter(db, batch_size=100)
    w.write(sample_records[0])
    w.close()
    import extract.writers as writers

    real = writers.record_tables
    calls = {"n": 0}

    def failing(records):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(records)

    monkeypatch.setattr(writers, "record_tables", failing)
    w = SQLiteWriter(db, batch_size=100)
    for r in sample_records[:4]:  # the first one again (replace) and three new ones
        w.write(r)
    with pytest.raises(OSError):
        w.close()
    # nothing of the failed batch is visible: the first document is intact, the others absent
    assert _count(db, "documents") == 1
    assert _count(db, "people", sample_records[0].doc_id) == len(sample_records[0].people)


def test_sqlite_refuses_other_columns_folders_and_non_databases(tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE people (doc_id TEXT, name TEXT)")
    res = run([str(SEED), "-o", str(db), "-q"])
    assert res.exit_code == 2
    assert "other columns" in res.output and "new database" in res.output
    folder = tmp_path / "db.sqlite"
    folder.mkdir()
    res = run([str(SEED), "-o", str(folder), "-q"])
    assert res.exit_code == 2 and "is a folder" in res.output and "records.sqlite" in res.output
    notdb = tmp_path / "notes.db"
    notdb.write_text("not a database, just text " * 20, encoding="utf-8")
    res = run([str(SEED), "-o", str(notdb), "-q"])
    assert res.exit_code == 2 and "not a SQLite database" in res.output
    assert notdb.read_text(encoding="utf-8").startswith("not a database")


# -- CLI --------------------------------------------------------------------------------------

def test_help_lists_new_formats_and_exit_codes():
    out = run(["--help"]).output
    for word in ("parquet", "sqlite", "--html", "--layout", "130", "4 an output failed"):
        assert word in out, word


def test_stdin_is_the_default_input_when_piped():
    res = run(["-q"], input=SEED.read_text(encoding="utf-8"))
    assert res.exit_code == 0
    (rec,) = [json.loads(line) for line in res.output.splitlines()]
    assert rec["doc_id"] == "stdin" and rec["doc_date"]["value"] == "2018-09-15"


def test_a_folder_for_a_one_file_format_is_a_usage_error(tmp_path):
    res = run([str(SEED), "-o", str(tmp_path) + "/", "-q"])
    assert res.exit_code == 2 and "is a folder" in res.output
    res = run([str(SEED), "-o", str(tmp_path / "x.json"), "--html", str(tmp_path), "-q"])
    assert res.exit_code == 2 and "--html" in res.output


def test_csv_layout_alias_still_works(tmp_path):
    out = tmp_path / "t"
    assert run([str(SEED), "-o", str(out), "--format", "csv", "--csv-layout", "tables", "-q"]).exit_code == 0
    assert (out / "people.csv").exists()


def test_write_failure_exits_4_and_leaves_no_output(tmp_path, monkeypatch):
    import extract.cli as cli_mod

    real = cli_mod.open_writer

    def full_disk(fmt, path, layout=None):
        w = real(fmt, path, layout)

        def write(record):
            raise OSError(errno.ENOSPC, "No space left on device")

        w.write = write
        return w

    monkeypatch.setattr(cli_mod, "open_writer", full_disk)
    out = tmp_path / "r.json"
    res = CliRunner().invoke(cli, [str(SEED), "-o", str(out), "-q"])
    assert res.exit_code == 4
    assert "No space left" in res.output
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


def test_interrupt_exits_130_and_leaves_no_output(tmp_path, monkeypatch):
    import extract.cli as cli_mod

    def interrupted(*a, **k):
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(cli_mod, "run_batch", interrupted)
    out = tmp_path / "r.jsonl"
    res = CliRunner().invoke(cli, [str(SEED), "-o", str(out), "--html", str(tmp_path / "r.html"), "-q"])
    assert res.exit_code == 130 and "interrupted" in res.output
    assert not out.exists() and not (tmp_path / "r.html").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_broken_pipe_is_quiet():
    p = subprocess.Popen([sys.executable, "-m", "extract", str(SAMPLES), "-o", "-", "-q"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # the reader goes away before anything is written (like `| head` finishing early)
    err = p.stderr.read().decode("utf-8", "replace")
    assert p.wait(timeout=300) == 4
    assert "Traceback" not in err


def test_outputs_get_normal_file_modes(tmp_path):
    out = tmp_path / "r.json"
    assert run([str(SEED), "-o", str(out), "-q"]).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask

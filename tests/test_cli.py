"""The batch command line, end to end on real inputs."""
import csv
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from extract import __version__
from extract.cli import cli
from extract.writers import AtomicFile

from conftest import ROOT, SAMPLES, SEED


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch")
    (d / "sub").mkdir()
    (d / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "sub" / "note.txt").write_text("पटना, 14 जनवरी 2023। जिलाधिकारी ने बैठक की।", encoding="utf-8")
    (d / "bad.txt").write_bytes("लखनऊ café".encode("utf-8")[:5] + "café".encode("latin-1"))
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


def test_version_and_help():
    assert run(["--version"]).output.strip() == f"hindi-extract, version {__version__}"
    out = run(["--help"]).output
    assert "Examples:" in out and "Exit codes" in out and "--jobs" in out


def test_json_output_and_errors_file(batch_dir, tmp_path):
    out = tmp_path / "out" / "records.json"
    res = run([str(batch_dir), "-o", str(out), "-q"])
    assert res.exit_code == 1  # one input failed
    records = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["doc_id"] for r in records) == ["empty", "good", "note"]
    good = next(r for r in records if r["doc_id"] == "good")
    assert good["doc_date"]["value"] == "2018-09-15"
    assert good["source"].endswith("good.txt")
    errors = [json.loads(line) for line in (tmp_path / "out" / "records.json.errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and errors[0]["source"].endswith("bad.txt")
    assert "not valid UTF-8" in errors[0]["reason"]
    assert not list((tmp_path / "out").glob("*.part"))


def test_clean_run_exit_zero_and_stale_errors_removed(tmp_path):
    out = tmp_path / "r.jsonl"
    (tmp_path / "r.jsonl.errors.jsonl").write_text("stale\n")
    res = run([str(SEED), "-o", str(out), "-q"])
    assert res.exit_code == 0
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["doc_id"] == SEED.stem
    assert not (tmp_path / "r.jsonl.errors.jsonl").exists()


def test_stdin_to_stdout():
    res = run(["-", "-o", "-", "-q"], input=SEED.read_text(encoding="utf-8"))
    assert res.exit_code == 0
    (rec,) = [json.loads(line) for line in res.output.splitlines()]
    assert rec["doc_id"] == "stdin" and rec["doc_date"]["value"] == "2018-09-15"


def test_csv_facts_and_tables(tmp_path):
    facts = tmp_path / "facts.csv"
    assert run([str(SEED), "-o", str(facts), "-q"]).exit_code == 0
    rows = list(csv.DictReader(facts.open(encoding="utf-8")))
    text = SEED.read_text(encoding="utf-8")
    assert {"person", "place", "organization", "date", "decision"} <= {r["type"] for r in rows}
    for r in rows:
        if r["start"]:
            assert text[int(r["start"]):int(r["end"])] == r["text"]
    folder = tmp_path / "tables"
    assert run([str(SEED), "-o", str(folder) + "/", "--format", "csv", "-q"]).exit_code == 0
    people = list(csv.DictReader((folder / "people.csv").open(encoding="utf-8")))
    assert "सुनील बंसल" in {p["name"] for p in people}
    assert {f.name for f in folder.iterdir()} >= {"documents.csv", "people.csv", "roles.csv", "dates.csv"}


def test_jobs_give_the_same_records(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run([str(SAMPLES), "-o", str(one), "-q"]).exit_code == 0
    assert run([str(SAMPLES), "-o", str(two), "-q", "--jobs", "2"]).exit_code == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert len(one.read_text(encoding="utf-8").splitlines()) == len(list(SAMPLES.glob("*.txt")))


def test_no_inputs_and_bad_options(tmp_path):
    assert run([str(tmp_path), "-o", "-", "-q"]).exit_code == 3
    assert run([str(SEED), "--doc-date", "15/09/2018"]).exit_code == 2
    assert run([str(SEED), "--format", "xml"]).exit_code == 2


def test_atomic_file_abort_keeps_previous_output(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    f = AtomicFile(target)
    f.fh.write("half-written")
    f.abort()
    assert target.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.glob("*.part"))


def test_python_dash_m_entry_point():
    res = subprocess.run([sys.executable, "-m", "extract", str(SEED), "-o", "-", "-q"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["doc_id"] == SEED.stem

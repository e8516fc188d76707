"""--resume: a batch killed half way and restarted gives exactly the output of an uninterrupted run."""
from __future__ import annotations

import importlib.util
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.batch import Skipped, run_batch
from extract.cli import cli
from extract.io import iter_inputs
from extract.writers import JSONLResumeWriter, OutputError, open_writer

from conftest import ROOT, SAMPLES, SEED

_spec = importlib.util.spec_from_file_location("throughput", ROOT / "benchmarks" / "throughput.py")
T = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("throughput", T)
_spec.loader.exec_module(T)


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """40 documents, each six varied samples long (slow enough to be killed half way)."""
    folder = tmp_path_factory.mktemp("corpus")
    pools = T.load_pools(SAMPLES)
    pattern, kind = T._swap_pattern(pools)
    rng = random.Random(7)
    for i in range(40):
        parts = [T.variant(rng, pools.texts[(i + k) % len(pools.texts)][1], pattern, kind) for k in range(6)]
        (folder / f"doc{i:02d}.txt").write_text("\n".join(parts), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    res = subprocess.run([sys.executable, "-m", "extract", str(corpus), "-o", str(out), "-q", "--model", "blank"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert len(lines(out)) == 40
    return out


def kill_when(cmd: list[str], ready, timeout: float = 300):
    """Start ``cmd``, SIGKILL it as soon as ``ready(proc)`` is true (or it has run ``timeout`` s), reap it."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None and not ready(proc):
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    return proc


def test_killed_run_resumed_equals_uninterrupted_run(corpus, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extract", str(corpus), "-o", str(out), "-q", "--model", "blank", "--jobs", "1",
           "--resume"]
    proc = kill_when(cmd, lambda proc: out.exists() and out.read_bytes().count(b"\n") >= 4)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    written = out.read_bytes()
    n_before = written.count(b"\n")
    assert 4 <= n_before < 40
    # a torn last write, as a crash in the middle of a record leaves it
    with out.open("ab") as fh:
        fh.write(b'{"schema_version": "1", "doc_id": "doc9')

    res = subprocess.run(cmd[:-1] + ["--resume"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == reference.read_bytes()  # same records, same order
    assert set(lines(out)) == set(lines(reference))
    assert out.read_bytes().startswith(written[: written.rfind(b"\n") + 1])  # appended, not redone

    again = run([str(corpus), "-o", str(out), "--model", "blank", "--resume"])
    assert again.exit_code == 0
    assert "0 document(s) extracted" in again.output and "40 already there" in again.output
    assert out.read_bytes() == reference.read_bytes()


def test_resume_with_jobs_2_gives_the_same_output(corpus, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    ref = lines(reference)
    out.write_text("\n".join(ref[:7]) + "\n", encoding="utf-8")  # an earlier run stopped after 7 records
    res = run([str(corpus), "-o", str(out), "--model", "blank", "--resume", "--jobs", "2"])
    assert res.exit_code == 0
    assert "33 document(s) extracted" in res.output and "7 already there" in res.output
    assert lines(out) == ref


def test_changed_removed_and_failed_documents(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    names = sorted(SAMPLES.glob("*.txt"))[:4]
    for p in names:
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "r.jsonl"
    assert run([str(src), "-o", str(out), "-q", "--model", "blank", "--resume"]).exit_code == 0
    before = {json.loads(x)["doc_id"]: json.loads(x) for x in lines(out)}
    assert len(before) == 4
    changed, removed, broken = (src / names[1].name), (src / names[2].name), (src / names[3].name)
    changed.write_text(changed.read_text(encoding="utf-8") + "\nबैठक में निर्णय लिया गया।", encoding="utf-8")
    removed.unlink()
    broken.write_bytes(b"\xff\xfe\x00binary")
    res = run([str(src), "-o", str(out), "--model", "blank", "--resume"])
    assert res.exit_code == 1  # the broken file is listed in the errors file
    assert "1 document(s) extracted" in res.output and "1 already there" in res.output
    after = {json.loads(x)["doc_id"]: json.loads(x) for x in lines(out)}
    fresh = tmp_path / "fresh.jsonl"
    assert run([str(src), "-o", str(fresh), "-q", "--model", "blank"]).exit_code == 1
    assert sorted(lines(out)) == sorted(lines(fresh))  # exactly what a run on the current inputs gives
    assert set(after) == {names[0].stem, names[1].stem}
    assert after[names[0].stem] == before[names[0].stem]
    assert after[names[1].stem]["text_sha256"] != before[names[1].stem]["text_sha256"]


def test_partial_last_line_is_cut_and_keys_read(tmp_path, extractor):
    out = tmp_path / "r.jsonl"
    rec = extractor(SEED.read_text(encoding="utf-8"), doc_id="seed")
    out.write_text(rec.model_dump_json() + "\n" + '{"doc_id": "half', encoding="utf-8")
    w = JSONLResumeWriter(out)
    assert w.truncated == len('{"doc_id": "half')
    assert w.resume_keys() == {("seed", rec.text_sha256)}
    w.keep(("seed", rec.text_sha256))
    w.close()
    assert lines(out) == [rec.model_dump_json()]


def test_resume_refuses_whole_file_formats_stdout_and_foreign_files(tmp_path):
    for name in ("r.json", "r.csv", "r.parquet"):
        res = run([str(SEED), "-o", str(tmp_path / name), "--resume", "--model", "blank"])
        assert res.exit_code == 2 and "--resume needs an output written as it goes" in res.output
        assert not (tmp_path / name).exists()
    res = run([str(SEED), "-o", "-", "--resume", "--model", "blank"])
    assert res.exit_code == 2 and "not stdout" in res.output
    foreign = tmp_path / "notes.jsonl"
    foreign.write_text('{"a": 1}\n', encoding="utf-8")
    res = run([str(SEED), "-o", str(foreign), "--resume", "--model", "blank"])
    assert res.exit_code == 2 and "is not a hindi-extract record" in res.output
    assert foreign.read_text(encoding="utf-8") == '{"a": 1}\n'
    with pytest.raises(OutputError):
        open_writer("json", tmp_path / "x.json", resume=True)


def test_sqlite_resume_skips_committed_documents(tmp_path):
    db = tmp_path / "r.sqlite"
    assert run([str(SAMPLES), "-o", str(db), "-q", "--model", "blank"]).exit_code == 0
    con = sqlite3.connect(db)
    con.execute("DELETE FROM documents WHERE doc_id = ?", (SEED.stem,))  # as if its batch was never committed
    con.commit()
    con.close()
    res = run([str(SAMPLES), "-o", str(db), "--model", "blank", "--resume"])
    assert res.exit_code == 0
    n = len(list(SAMPLES.glob("*.txt")))
    assert "1 document(s) extracted" in res.output and f"{n - 1} already there" in res.output
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == n
    con.close()


def test_run_batch_yields_skipped_for_known_documents():
    from extract.records import text_sha256

    items = list(iter_inputs([str(SAMPLES)]))
    seed_key = (SEED.stem, text_sha256(SEED.read_text(encoding="utf-8")))
    stale_key = (items[1].doc_id, "0" * 64)  # same doc_id, other text: extracted again
    results = list(run_batch(items, model="blank", skip={seed_key, stale_key}))
    assert [type(r).__name__ for r in results].count("Skipped") == 1
    skipped = next(r for r in results if isinstance(r, Skipped))
    assert skipped.key == seed_key and skipped.source.endswith(SEED.name)
    assert [getattr(r, "doc_id") for r in results] == [i.doc_id for i in items]


def test_kill_leaves_no_temporary_files(corpus, tmp_path):
    """--resume writes straight to the output: nothing else is left beside it."""
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "extract", str(corpus), "-o", str(out), "-q", "--model", "blank",
                             "--resume"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None and not (out.exists() and out.stat().st_size):
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.jsonl"]


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_killed_run_with_workers_leaves_no_orphans_and_resumes(corpus, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extract", str(corpus), "-o", str(out), "-q", "--model", "blank", "--jobs", "2",
           "--resume"]
    workers: list[int] = []

    def ready(proc) -> bool:
        workers[:] = sorted(set(workers) | set(_children(proc.pid)))
        return len(workers) >= 2 and out.exists() and out.read_bytes().count(b"\n") >= 2

    proc = kill_when(cmd, ready)
    assert proc.returncode == -signal.SIGKILL and len(workers) >= 2, (proc.returncode, workers)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "workers outlived the killed command line"
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == reference.read_bytes()

"""Scale-out and streaming: Dask bag on a local cluster, lazy bounded batches, the throughput benchmark's
corpus and a smoke run of it (no timing is asserted anywhere)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from extract.batch import Failure, iter_chunk, run_batch
from extract.io import InputDoc, iter_inputs

from conftest import ROOT, SAMPLES

SAMPLE_PATHS = sorted(str(p.relative_to(ROOT)) for p in SAMPLES.glob("*.txt"))


def _dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def cluster_client():
    distributed = pytest.importorskip("distributed", reason="needs dask[distributed] (pip install -e '.[scale]')")
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_bag_on_a_local_cluster_equals_single_process(cluster_client, extractor, monkeypatch):
    from extract.scale import extract_bag

    monkeypatch.chdir(ROOT)  # relative paths, as a user would give them; the workers share the filesystem
    bag = extract_bag(SAMPLE_PATHS, client=cluster_client)  # model=None: the trained backbone
    assert bag.npartitions >= 2
    got = bag.compute()
    expected = [extractor(Path(p).read_text(encoding="utf-8"), doc_id=Path(p).stem, source=p).model_dump(mode="json")
                for p in SAMPLE_PATHS]
    assert [_dump(r) for r in got] == [_dump(r) for r in expected]
    # the work really ran on both worker processes, each with its extractor loaded once
    where = cluster_client.run(lambda: sorted(str(k) for k in __import__("extract.batch").batch._EXTRACTORS))
    assert len(where) == 2 and all(v == ["None"] for v in where.values())


def test_dask_bag_folders_errors_and_blank_model(cluster_client, tmp_path):
    from extract.scale import extract_bag

    (tmp_path / "sub").mkdir()
    good = tmp_path / "sub" / "good.txt"
    good.write_text("पटना, 14 जनवरी 2023। जिलाधिकारी ने बैठक की।", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("café".encode("latin-1"))
    kept = extract_bag([tmp_path, tmp_path / "missing.txt"], client=cluster_client, model="blank",
                       errors="keep").compute()
    errors = sorted(r["source"].rsplit("/", 1)[-1] for r in kept if "error" in r)
    assert errors == ["bad.txt", "missing.txt"]
    (record,) = [r for r in kept if "error" not in r]
    assert record["doc_id"] == "good" and record["doc_date"]["value"] == "2023-01-14"
    dropped = extract_bag([tmp_path], client=cluster_client, model="blank").compute()
    assert [r["doc_id"] for r in dropped] == ["good"]
    with pytest.raises(Exception, match="bad.txt"):
        extract_bag([tmp_path], client=cluster_client, model="blank", errors="raise").compute()


def test_dask_bag_without_a_client_uses_the_local_scheduler():
    pytest.importorskip("dask")
    from extract.scale import extract_bag

    recs = extract_bag([str(SAMPLES)], model="blank").compute(scheduler="sync")
    assert [r["doc_id"] for r in recs] == [Path(p).stem for p in SAMPLE_PATHS]


# -- streaming batches ----------------------------------------------------------------------------

def test_inputs_are_consumed_lazily_and_in_bounded_chunks():
    consumed = []
    docs = [i for i in iter_inputs([str(SAMPLES)])]

    def source():
        for k in range(300):  # 300 inputs; the batch must not read them all before the first record
            consumed.append(k)
            d = docs[k % len(docs)]
            yield InputDoc(f"{d.doc_id}-{k}", d.source, d.path)

    stream = run_batch(source(), jobs=1, model="blank")
    first = next(stream)
    assert first.doc_id.endswith("-0")
    assert len(consumed) <= 2  # the first chunk is a single document
    for _ in range(20):
        next(stream)
    assert len(consumed) <= 64
    stream.close()

    consumed.clear()
    stream = run_batch(source(), jobs=2, model="blank", batch_size=8)
    next(stream)
    assert len(consumed) <= 2 * 2 * 8 + 1  # at most 2 chunks per worker in flight
    stream.close()
    # the workers stopped mid-work are gone, and no executor thread is left waiting (it would block the exit)
    import concurrent.futures.process as cfp
    import time

    deadline = time.monotonic() + 20
    while any(t.is_alive() for t in list(cfp._threads_wakeups)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(t.is_alive() for t in list(cfp._threads_wakeups))


class _Flaky:
    """A stand-in extractor: batches fail when they contain 'bad'; 'bad' fails alone too."""

    def __init__(self):
        self.batches = []

    def pipe(self, items, batch_size=32):
        items = list(items)
        self.batches.append([m["doc_id"] for _, m in items])
        if any(t == "bad" for t, _ in items):
            raise RuntimeError("a batch failed")
        for t, m in items:
            yield ("rec", m["doc_id"])

    def __call__(self, text, doc_id=None, doc_date=None, source=None):
        if text == "bad":
            raise ValueError("this document is bad")
        return ("rec", doc_id)


def test_batches_go_through_pipe_and_a_failing_batch_is_retried_one_by_one(tmp_path):
    paths = []
    for i, text in enumerate(["a", "b", "bad", "c"]):
        p = tmp_path / f"d{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(InputDoc(p.stem, str(p), p))
    ex = _Flaky()
    out = list(iter_chunk(paths + [Failure("x", None, "InputError", "gone")], ex))
    assert ex.batches == [["d0", "d1", "d2", "d3"]]  # one nlp.pipe batch
    assert out[:2] == [("rec", "d0"), ("rec", "d1")] and out[3] == ("rec", "d3")
    assert isinstance(out[2], Failure) and out[2].error == "ValueError" and "bad" in out[2].reason
    assert isinstance(out[4], Failure) and out[4].reason == "gone"


def test_a_worker_that_dies_costs_only_its_document(tmp_path, monkeypatch):
    """A worker killed mid-chunk (out of memory, a crash in native code) is replaced; the chunk is redone
    one document per task, and only the document that kills a worker becomes a Failure."""
    import os

    import extract.batch as B

    parent = os.getpid()
    real = B._extract

    def deadly(ex, todo, *rest):
        if os.getpid() != parent and any("KILLME" in text for _, text, _ in todo):
            os._exit(3)  # as the kernel's OOM killer would end it
        yield from real(ex, todo, *rest)

    monkeypatch.setattr(B, "_extract", deadly)  # forked workers inherit it
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    items = []
    for i in range(12):
        path = tmp_path / f"d{i:02d}.txt"
        path.write_text(texts[i % len(texts)] + ("\nKILLME" if i == 6 else ""), encoding="utf-8")
        items.append(InputDoc(path.stem, str(path), path))
    results = list(run_batch(items, jobs=2, model="blank", batch_size=4))
    assert [r.doc_id for r in results] == [i.doc_id for i in items]
    failed = [r for r in results if isinstance(r, Failure)]
    assert [(f.doc_id, f.error) for f in failed] == [("d06", "WorkerDied")]
    assert "worker process died" in failed[0].reason


def test_jobs_2_gives_records_in_input_order():
    items = list(iter_inputs([str(SAMPLES)]))
    one = [r.model_dump_json() for r in run_batch(items, jobs=1, model="blank")]
    two = [r.model_dump_json() for r in run_batch(items, jobs=2, model="blank")]
    assert one == two and len(one) == len(items)


def test_batch_records_equal_extractor_records(extractor):
    """The batch path (pipe batches, unused backbone components off) gives Extractor()'s records."""
    items = list(iter_inputs([str(SAMPLES)]))
    got = [r.model_dump_json() for r in run_batch(items)]
    expected = [extractor(i.read(), doc_id=i.doc_id, source=i.source).model_dump_json() for i in items]
    assert got == expected


from extract.pipeline import COMPONENTS  # noqa: E402

TRAINED = ROOT / "models" / "hi_core_news"


@pytest.mark.skipif(not (TRAINED / "config.cfg").is_file(), reason="no trained backbone built in models/hi_core_news")
def test_batch_with_the_trained_backbone_switches_off_only_what_no_record_reads():
    from extract import Extractor
    from extract.batch import load_extractor

    ex = Extractor(model=str(TRAINED))
    items = list(iter_inputs([str(SAMPLES)]))
    got = [r.model_dump_json() for r in run_batch(items, model=str(TRAINED))]
    assert got == [ex(i.read(), doc_id=i.doc_id, source=i.source).model_dump_json() for i in items]
    batch_nlp = load_extractor(str(TRAINED)).nlp
    from extract.pipeline import unused_backbone

    assert batch_nlp.disabled == unused_backbone(ex.nlp)
    assert not set(batch_nlp.disabled) & {"hindi_sentences", *COMPONENTS}  # the extraction itself always runs


# -- the throughput benchmark --------------------------------------------------------------------

def _throughput():
    spec = importlib.util.spec_from_file_location("throughput", ROOT / "benchmarks" / "throughput.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("throughput", mod)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_corpus_is_varied_and_seeded(tmp_path):
    T = _throughput()
    stats = T.make_corpus(tmp_path / "a", 30, seed=3)
    assert stats["docs"] == 30 and stats["words"] > 30 * 50
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "a").rglob("*.txt"))]
    originals = {p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    assert len(set(texts)) == 30 and not set(texts) & originals
    T.make_corpus(tmp_path / "b", 30, seed=3)
    assert texts == [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "b").rglob("*.txt"))]


def test_benchmark_smoke_run(tmp_path, capsys):
    T = _throughput()
    out = tmp_path / "RESULTS.md"
    assert T.main(["--docs", "12", "--quick", "--models", "blank", "--jobs", "1,2", "--inproc-docs", "4",
                   "--peer-docs", "3", "--stanza-docs", "0", "--write", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "n/a: not measured (--stanza-docs 0)" in text
    assert "| blank | 2 | 12 |" in text and "dateparser" in text and "indicnlp" in text
    assert "### Targets" in text


def test_packed_records_from_workers_equal_the_documents():
    """--format jsonl: workers send JSON text (PackedRecord); it is exactly the record's JSON line."""
    from extract.records import PackedRecord, record_json

    items = list(iter_inputs([str(SAMPLES)]))
    plain = [r for r in run_batch(items, jobs=1, model="blank")]
    packed = list(run_batch(items, jobs=2, model="blank", packed=True))
    assert all(isinstance(p, PackedRecord) for p in packed)
    assert [p.json for p in packed] == [record_json(d) for d in plain]
    assert [p.key for p in packed] == [(d.doc_id, d.text_sha256) for d in plain]
    assert packed[0].unpack() == plain[0]
    assert record_json(packed[0], indent=2) == record_json(plain[0], indent=2)

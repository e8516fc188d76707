"""The stanza backend (``Extractor(backend="stanza")``) on the shipped models ``models/hi_stanza``
(trained by ``models/train_stanza.sh``): offline loading, real annotations, the seed sample's record,
clear errors, the command line. The errors for a missing package or model need no stanza."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES, SEED

from extract import BackendError, Extractor
from extract.backends import stanza_backbone as sb

GOLDEN = json.loads((SAMPLES / "expected" / f"{SEED.stem}.json").read_text(encoding="utf-8"))


# -- errors: no stanza needed ---------------------------------------------------------------------

def test_importing_extract_does_not_import_stanza():
    code = "import sys, extract; from extract import Extractor; print('stanza' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_package_says_how_to_install(monkeypatch):
    real = sb.importlib.util.find_spec
    monkeypatch.setattr(sb.importlib.util, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    with pytest.raises(BackendError, match=r"stanza.*not installed.*pip install -e \"\.\[stanza\]\""):
        Extractor(backend="stanza")


def test_missing_model_folder_and_files(tmp_path, monkeypatch):
    pytest.importorskip("stanza")
    with pytest.raises(BackendError, match=r"stanza model folder not found: .*nowhere.*make -C models stanza"):
        Extractor(backend="stanza", model=tmp_path / "nowhere")
    (tmp_path / "pos.pt").write_bytes(b"")
    with pytest.raises(BackendError) as err:
        Extractor(backend="stanza", model=tmp_path)
    msg = str(err.value)
    assert "lemma.pt" in msg and "depparse.pt" in msg and "ner.pt" in msg and "pos.pt" not in msg.split("missing")[1]
    assert "make -C models stanza" in msg
    monkeypatch.setenv(sb.STANZA_MODEL_ENV, str(tmp_path / "from-env"))
    with pytest.raises(BackendError, match="from-env"):
        Extractor(backend="stanza")
    with pytest.raises(BackendError, match="rules only"):
        Extractor(backend="stanza", model="blank")


def test_a_corrupt_model_file_is_a_backend_error(tmp_path):
    pytest.importorskip("stanza")
    for f in sb.MODEL_FILES.values():
        (tmp_path / f).write_bytes(b"not a model")
    with pytest.raises(BackendError, match=r"(?s)stanza could not load the models in .*make -C models stanza"):
        Extractor(backend="stanza", model=tmp_path)


# -- the shipped models ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def stanza_ex() -> Extractor:
    pytest.importorskip("stanza")
    return Extractor(backend="stanza")


def test_pipeline_layout(stanza_ex):
    names = stanza_ex.pipe_names
    assert names[:2] == ["hindi_sentences", sb.FACTORY]
    assert names[2:] == [n for n in Extractor(model="blank").pipe_names if n != "hindi_sentences"]
    meta = stanza_ex.nlp.get_pipe_meta(sb.FACTORY)
    assert {"token.pos", "token.tag", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents"} \
        <= set(meta.assigns)


def test_real_annotations_on_a_small_sentence(stanza_ex):
    """A sentence the shipped models get entirely right (HDTB conventions: घोषणा की is a compound)."""
    doc = stanza_ex.annotate("सरकार ने नई योजना की घोषणा की। राम ने किताब पढ़ी।")
    toks = [t for t in doc if not t.is_space][:8]
    assert [t.text for t in toks] == ["सरकार", "ने", "नई", "योजना", "की", "घोषणा", "की", "।"]
    assert [t.pos_ for t in toks] == ["NOUN", "ADP", "ADJ", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"]
    assert [t.tag_ for t in toks] == ["NN", "PSP", "JJ", "NN", "PSP", "NN", "VM", "SYM"]
    assert [t.head.i for t in toks] == [6, 0, 3, 5, 3, 6, 6, 6]
    assert [t.dep_ for t in toks] == ["nsubj", "case", "amod", "nmod", "case", "compound", "root", "punct"]
    assert [t.lemma_ for t in toks] == ["सरकार", "ने", "नया", "योजना", "का", "घोषणा", "कर", "।"]
    assert toks[0].morph.get("Number") == ["Sing"] and toks[1].morph.get("AdpType") == ["Post"]
    # the project's sentences are kept, each one tree; offsets point into the original text
    assert [s.text.strip() for s in doc.sents] == ["सरकार ने नई योजना की घोषणा की।", "राम ने किताब पढ़ी।"]
    for s in doc.sents:
        assert sum(1 for t in s if t.dep_ == "root") == 1 and all(t.head in s for t in s)
    assert all(doc.text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_entities_from_stanza_ner(stanza_ex):
    doc = stanza_ex.annotate("प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में भारतीय जनता पार्टी की बैठक ली।")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("नरेंद्र मोदी", "PERSON") in ents
    assert {e.label_ for e in doc.ents} <= {"PERSON", "LOCATION", "ORGANIZATION"}


def test_seed_sample_matches_the_golden_record(stanza_ex, seed_text):
    rec = stanza_ex(seed_text, doc_id="seed")
    assert rec.doc_date.value == GOLDEN["doc_date"]
    assert sorted(p.name for p in rec.people) == sorted(p["name"] for p in GOLDEN["people"])
    assert sorted((p.normalized, p.kind, p.state) for p in rec.places) == \
        sorted((p["name"], p["kind"], p["state"]) for p in GOLDEN["places"])
    assert [(d.text, d.value, d.type) for d in rec.dates] == [(d["text"], d["value"], d["type"]) for d in GOLDEN["dates"]]
    for ev in rec.model_dump(mode="json")["people"]:
        for m in ev["mentions"]:
            assert seed_text[m["start"]:m["end"]] == m["text"]


def test_pipe_gives_the_same_records(stanza_ex, seed_text):
    texts = [seed_text, (SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[1]).read_text(encoding="utf-8")]
    piped = list(stanza_ex.pipe(texts))
    assert len(piped) == 2
    one = stanza_ex(texts[0], doc_id="doc1")
    assert piped[0].model_dump(mode="json") == one.model_dump(mode="json")


def test_cli_backend_stanza(tmp_path):
    pytest.importorskip("stanza")
    from extract.cli import cli

    out = tmp_path / "seed.json"
    res = CliRunner().invoke(cli, [str(SEED), "-o", str(out), "-q", "--backend", "stanza"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rec = json.loads(out.read_text(encoding="utf-8"))[0]
    assert rec["doc_date"]["value"] == GOLDEN["doc_date"]
    assert sorted(p["name"] for p in rec["people"]) == sorted(p["name"] for p in GOLDEN["people"])
    res = CliRunner().invoke(cli, [str(SEED), "-o", str(tmp_path / "x.json"), "-q", "--backend", "stanza",
                                   "--model", str(tmp_path / "no-models")])
    assert res.exit_code == 2 and "make -C models stanza" in res.output


GUARDED = textwrap.dedent('''
    import json, sys
    from extract import Extractor
    ex = Extractor(backend="stanza")
    doc = ex.annotate("सरकार ने नई योजना की घोषणा की।")
    print(json.dumps({"pos": [t.pos_ for t in doc], "attempts": ATTEMPTS}))
''')


def test_loads_offline_with_sockets_blocked():
    pytest.importorskip("stanza")
    from test_no_network import GUARD

    res = subprocess.run([sys.executable, "-c", GUARD + GUARDED], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    report = json.loads(res.stdout.strip().splitlines()[-1])
    assert report["pos"] == ["NOUN", "ADP", "ADJ", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"]
    assert set(report["attempts"]) <= {"socket(AF_INET6) from urllib3.util.connection._has_ipv6"}, report["attempts"]


def test_stanza_tokenizer_option():
    """``stanza_tokenize=True``: the trained stanza tokenizer splits each of our sentences; its words are
    aligned back to our tokens, so offsets still point into the original text."""
    pytest.importorskip("stanza")
    from extract.pipeline import make_nlp

    nlp = make_nlp()
    nlp.add_pipe(sb.FACTORY, config={"stanza_tokenize": True})
    doc = nlp("सरकार ने नई योजना की घोषणा की। प्रधानमंत्री नरेंद्र मोदी ने बैठक ली।")
    assert [t.pos_ for t in doc][:8] == ["NOUN", "ADP", "ADJ", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"]
    assert [s.text.strip() for s in doc.sents] == ["सरकार ने नई योजना की घोषणा की।", "प्रधानमंत्री नरेंद्र मोदी ने बैठक ली।"]
    assert ("नरेंद्र मोदी", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_cli_jobs_2_with_stanza_equals_jobs_1(tmp_path):
    """Forked workers inherit the loaded stanza models (one torch thread each: no fork deadlock)."""
    pytest.importorskip("stanza")
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(SAMPLES.glob("*.txt"))[:3]:
        (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        subprocess.run([sys.executable, "-m", "extract", str(src), "-o", str(out), "-q", "--backend", "stanza",
                        "--jobs", jobs], cwd=ROOT, check=True, timeout=300)
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 3

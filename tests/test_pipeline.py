"""The pipeline is one inspectable spaCy Language; a missing model is a clear error."""
from pathlib import Path

import pytest

from extract import Extractor
from extract.pipeline import COMPONENTS, PROJECT_COMPONENTS, build_pipeline
from extract.resources import ResourceMissingError


def test_pipe_names_in_order():
    nlp = build_pipeline("blank")
    assert nlp.pipe_names == ["hindi_sentences", *COMPONENTS]
    assert type(nlp.tokenizer).__name__ == "HindiTokenizer"


def test_missing_model_says_what_and_how(tmp_path):
    missing = tmp_path / "no_such_model"
    with pytest.raises(ResourceMissingError) as err:
        Extractor(model=missing)
    msg = str(err.value)
    assert str(missing) in msg and "make -C models all" in msg and "model='blank'" in msg


def test_model_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("HINDI_EXTRACT_MODEL", str(tmp_path / "elsewhere"))
    with pytest.raises(ResourceMissingError, match="elsewhere"):
        build_pipeline()


def test_unknown_and_unavailable_backends(tmp_path):
    from extract import BackendError

    with pytest.raises(BackendError, match="unknown backend"):
        Extractor(backend="udpipe")
    with pytest.raises(BackendError, match="stanza"):  # not installed, or no models there
        Extractor(backend="stanza", model=tmp_path / "no-stanza-models")


# -- what the batch may switch off -------------------------------------------------------------

TRAINED_MODEL = Path(__file__).resolve().parents[1] / "models" / "hi_core_news"
needs_trained = pytest.mark.skipif(not (TRAINED_MODEL / "config.cfg").is_file(), reason="no trained backbone")


@needs_trained
def test_backbone_components_follow_what_the_extraction_reads():
    from extract.pipeline import backbone_requirements, build_pipeline, unused_backbone

    nlp = build_pipeline(str(TRAINED_MODEL))
    backbone = [n for n in nlp.pipe_names if n not in PROJECT_COMPONENTS]
    assert backbone == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    base = backbone_requirements(nlp)
    unused = unused_backbone(nlp)
    assert "token.is_sent_start" not in base  # hindi_sentences provides it: the parser is not needed for it
    # merging the NER's entities needs "ner" (it has its own tok2vec) and nothing else
    nlp.get_pipe("hindi_people").use_ner = True
    assert "doc.ents" in backbone_requirements(nlp)
    assert "ner" not in unused_backbone(nlp)
    assert set(unused_backbone(nlp)) == set(unused) - {"ner"}
    # a component that reads POS needs the morphologizer and, through its listener, the shared tok2vec
    nlp.get_pipe("hindi_statements").reads = {"token.pos"}
    now = unused_backbone(nlp)
    assert "morphologizer" not in now and "tok2vec" not in now
    assert "parser" in now and "trainable_lemmatizer" in now

"""The pipeline is one inspectable spaCy Language; a missing model is a clear error."""
import pytest

from extract import Extractor
from extract.pipeline import COMPONENTS, build_pipeline
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


def test_unknown_and_unavailable_backends():
    from extract import BackendError

    with pytest.raises(BackendError, match="unknown backend"):
        Extractor(backend="udpipe")
    with pytest.raises(BackendError, match="stanza"):
        Extractor(backend="stanza")

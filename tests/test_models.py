"""The shipped spaCy backbone models/hi_core_news: loads offline, has the expected pipes, and gives
sane tags, parses and entities. (The loader with a friendly error lives in extract/ once wired in;
here the pipeline is loaded with spacy.load directly.)"""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import extract.pipeline  # noqa: F401  (registers hindi_extract.tokenizer.v1 and hindi_sentences)

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "hi_core_news"
PIPES = ["hindi_sentences", "tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
TEXT = "प्रदेश अध्यक्ष डॉ० महेन्द्रनाथ पाण्डेय ने लखनऊ में बैठक की।"


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "config.cfg").exists():
        pytest.fail(f"no shipped model at {MODEL}; train it with: make -C models all")
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_pipe_names_and_tokenizer(nlp, doc):
    assert nlp.pipe_names == PIPES
    assert type(nlp.tokenizer).__name__ == "HindiTokenizer"
    assert doc.text == TEXT
    assert "डॉ०" in [t.text for t in doc]
    assert sorted(nlp.get_pipe("ner").labels) == ["LOCATION", "ORGANIZATION", "PERSON"]


def test_model_is_small(nlp):
    size = sum(f.stat().st_size for f in MODEL.rglob("*") if f.is_file())
    assert size < 20 * 2**20
    assert not list(MODEL.rglob("model-last")) and not list(MODEL.rglob("model-best"))


def test_tags(doc):
    by_text = {t.text: t for t in doc}
    for name in ("महेन्द्रनाथ", "पाण्डेय"):
        assert by_text[name].pos_ == "PROPN", (name, by_text[name].pos_)
        assert by_text[name].tag_ in ("NNP", "NNPC")
    assert by_text["ने"].pos_ == "ADP" and by_text["में"].pos_ == "ADP"
    assert by_text["।"].pos_ == "PUNCT"
    assert by_text["की"].lemma_ == "कर"
    assert "Case=Acc" in str(by_text["लखनऊ"].morph)


def test_parse(doc):
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == 1
    assert roots[0].pos_ in ("VERB", "AUX")
    by_text = {t.text: t for t in doc}
    assert by_text["ने"].dep_ == "case" and by_text["ने"].head.text == "पाण्डेय"
    assert by_text["पाण्डेय"].dep_ == "nsubj"


def test_person_entity(doc):
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    assert any("पाण्डेय" in e.text and "महेन्द्रनाथ" in e.text for e in persons), [(e.text, e.label_) for e in doc.ents]
    assert any(e.text == "लखनऊ" and e.label_ == "LOCATION" for e in doc.ents)


def test_rule_based_sentences_are_kept(nlp):
    from extract.text.sentences import set_sentence_starts

    text = "उ० प्र० के मुख्यमंत्री ने कहा कि बैठक 15 अगस्त को होगी। डॉ. शर्मा भी आए।"
    doc = nlp(text)
    rule = set_sentence_starts(nlp.make_doc(text))
    assert [s.text for s in doc.sents] == [s.text for s in rule.sents]
    assert len(list(doc.sents)) == 2
    for sent in doc.sents:  # the parser stays inside the rule-based sentences
        assert all(sent.start <= t.head.i < sent.end for t in sent)
        assert sum(t.dep_ == "ROOT" for t in sent) == 1


def test_missing_model_dir_raises(tmp_path):
    with pytest.raises(OSError):
        spacy.load(tmp_path / "no_such_model")

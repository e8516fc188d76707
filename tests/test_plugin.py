"""spaCy plug-in: the components and the tokenizer load through entry points in a clean interpreter,
without importing ``extract`` first (needs the package installed: ``pip install -e .``)."""
import json
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points

import pytest

from conftest import SEED

FACTORIES = ("hindi_sentences", "hindi_dateline", "hindi_dates", "hindi_people", "hindi_organizations",
             "hindi_places", "hindi_statements", "hindi_events")

installed = {ep.name for ep in entry_points(group="spacy_factories")}
pytestmark = pytest.mark.skipif(
    not set(FACTORIES) <= installed,
    reason="the spaCy entry points are not installed: run `pip install -e .` in the repository")


def clean_python(code: str, tmp_path) -> dict:
    """Run ``code`` in a fresh interpreter outside the repository; it prints one JSON object."""
    prelude = "import json, sys\nassert 'extract' not in sys.modules\n"
    res = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_entry_points_are_declared():
    assert set(FACTORIES) <= installed
    assert "hindi_extract.tokenizer.v1" in {ep.name for ep in entry_points(group="spacy_tokenizers")}


def test_blank_hi_add_pipe_hindi_dates(tmp_path):
    out = clean_python("""
        import spacy
        nlp = spacy.blank("hi")
        nlp.add_pipe("hindi_dates")
        doc = nlp("बैठक 15 सितंबर 2018 को लखनऊ में हुई और 2018-10-02 को फिर होगी।")
        print(json.dumps({"dates": [[s.text, s._.hx["value"], s._.hx["type"]] for s in doc.spans["dates"]],
                          "pipe": nlp.pipe_names}, ensure_ascii=False))
    """, tmp_path)
    assert out["pipe"] == ["hindi_dates"]
    assert out["dates"] == [["15 सितंबर 2018", "2018-09-15", "date"], ["2018-10-02", "2018-10-02", "date"]]


def test_blank_hi_default_tokenizer_with_half_nasal_spelling(tmp_path):
    out = clean_python("""
        import spacy
        nlp = spacy.blank("hi")
        nlp.add_pipe("hindi_dateline")
        nlp.add_pipe("hindi_dates")
        doc = nlp("लखनऊ, 15 सितम्बर 2018। बैठक अगले सप्ताह होगी। कल बैठक हुई थी।")
        print(json.dumps([[s.text, s._.hx["value"]] for s in doc.spans["dates"]], ensure_ascii=False))
    """, tmp_path)
    # spaCy's own tokenizer: the components normalise the tokens themselves (ensure_normalized)
    assert out == [["15 सितम्बर 2018", "2018-09-15"], ["अगले सप्ताह", "2018-W38"], ["कल", "2018-09-14"]]


def test_recommended_config_with_project_tokenizer(tmp_path):
    out = clean_python(f"""
        import spacy
        nlp = spacy.blank("hi", config={{"nlp": {{"tokenizer": {{"@tokenizers": "hindi_extract.tokenizer.v1"}}}}}})
        for name in {list(FACTORIES)!r}:
            nlp.add_pipe(name)
        text = open({str(SEED)!r}, encoding="utf-8").read()
        doc = nlp(text)
        print(json.dumps({{
            "doc_date": doc._.doc_date["value"],
            "dates": [[s.text, s._.hx["value"]] for s in doc.spans["dates"]],
            "people": [s.text for s in doc.spans["people"]],
            "norm": [t.norm_ for t in doc[:4]],
            "offsets_ok": all(doc.text[s.start_char:s.end_char] == s.text for g in doc.spans for s in doc.spans[g]),
        }}, ensure_ascii=False))
    """, tmp_path)
    assert out["doc_date"] == "2018-09-15"
    assert ["15 सितम्बर 2018", "2018-09-15"] in out["dates"]
    assert ["अक्टूबर", "2018-10"] in out["dates"]
    assert {"संजय राय", "सुनील बंसल", "भूपेन्द्र यादव"} <= set(out["people"])
    assert out["norm"][2] == "सितंबर"  # the project tokenizer's normalised form
    assert out["offsets_ok"]


def test_relative_dates_resolve_against_the_dateline(tmp_path):
    out = clean_python("""
        import spacy
        nlp = spacy.blank("hi", config={"nlp": {"tokenizer": {"@tokenizers": "hindi_extract.tokenizer.v1"}}})
        nlp.add_pipe("hindi_dateline")
        nlp.add_pipe("hindi_dates")
        doc = nlp("लखनऊ, 15 सितंबर 2018। अगले सप्ताह बैठक होगी। कल बैठक हुई।")
        print(json.dumps({s.text: s._.hx["value"] for s in doc.spans["dates"]}, ensure_ascii=False))
    """, tmp_path)
    assert out == {"15 सितंबर 2018": "2018-09-15", "अगले सप्ताह": "2018-W38", "कल": "2018-09-14"}

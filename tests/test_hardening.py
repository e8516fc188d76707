"""Bad and strange input: arbitrary Unicode, control characters, very long lines, empty, binary and
wrongly encoded files, a 10 MB document. Never a crash; a clear per-file error where the input is bad;
every evidence offset valid (``text[start:end] == evidence text``, walking the whole record)."""
from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from extract.batch import BatchOptions, Failure, iter_chunk, load_extractor
from extract.cli import cli
from extract.io import InputDoc, InputError, decode
from extract.schema import Document

from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
HYPO = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.fixture(scope="module")
def blank():
    return load_extractor("blank")


def evidence_errors(record: Document | dict, text: str) -> list[str]:
    """Every dict in the record with integer start/end and a text must be ``text[start:end]``;
    sentences must lie in the text."""
    data = record if isinstance(record, dict) else record.model_dump(mode="json")
    bad: list[str] = []

    def walk(o, path):
        if isinstance(o, dict):
            s, e = o.get("start"), o.get("end")
            if isinstance(s, int) and isinstance(e, int):
                if not 0 <= s <= e <= len(text):
                    bad.append(f"{path}: [{s}:{e}] outside the text ({len(text)})")
                elif isinstance(o.get("text"), str) and text[s:e] != o["text"]:
                    bad.append(f"{path}: text[{s}:{e}] = {text[s:e]!r} != {o['text']!r}")
            for k, v in o.items():
                walk(v, f"{path}.{k}")
        elif isinstance(o, list):
            for i, v in enumerate(o):
                walk(v, f"{path}[{i}]")

    walk(data, "record")
    assert data["length"] == len(text)
    return bad


def check(ex, text: str) -> Document:
    record = ex(text, doc_id="t")
    assert evidence_errors(record, text) == []
    return record


# -- property tests over text --------------------------------------------------------------------

NO_NUL = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
PIECES = st.sampled_from([
    "लखनऊ", "15", "सितम्बर", "2018", "१५", "भाजपा", "प्रदेश अध्यक्ष", "डॉ०", "श्री", "उ०प्र०", "उ० प्र०", "ने", "को",
    "बैठक", "की", "निर्णय लिया गया", "कल", "जिलाधिकारी", "राम", "सिंह", "¨सह", "ए.", "के.", "सह-संयोजक",
    "।", "॥", ".", ",", ":", "-", "(", ")", " ", "\n", "\t", "\r\n", "\u00a0", "\ufeff",
    "\u093c", "\u094d", "\u0901", "\u0902", "\u200d", "\u200c", "\u0300", "\u20dd",  # nukta, virama, marks, ZWJ
    "\x01", "\x07", "\x1b", "\x7f", "\u202e", "\u2028",  # control, bidi override, line separator
    "abc", "Dr.", "Ω", "٣", "ক", "ਸ", "中文", "😀", "\U000e0041",
])
MIXED = st.lists(st.one_of(PIECES, st.text(alphabet=NO_NUL, max_size=3)), max_size=80).map("".join)


@st.composite
def mutated_seed(draw):
    a = draw(st.integers(0, len(SEED_TEXT)))
    b = draw(st.integers(a, min(len(SEED_TEXT), a + 800)))
    chars = list(SEED_TEXT[a:b])
    for _ in range(draw(st.integers(0, 12))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.one_of(PIECES, NO_NUL)))
    return "".join(chars)


@HYPO
@given(st.text(alphabet=NO_NUL, max_size=300))
def test_arbitrary_unicode(blank, text):
    check(blank, text)


@HYPO
@given(MIXED)
def test_mixed_scripts_marks_and_controls(blank, text):
    check(blank, text)


@HYPO
@given(mutated_seed())
def test_seed_fragments_with_insertions(blank, text):
    check(blank, text)


def test_nul_characters_are_refused_at_decoding():
    """No text file has a NUL character: decoding refuses one as binary data, anywhere in the file."""
    with pytest.raises(InputError, match="NUL"):
        decode(("क" * 5000 + "\x00").encode("utf-8"), "late-nul.txt")
    with pytest.raises(InputError, match="NUL"):
        decode(codecs.BOM_UTF16_LE + "क\x00ख".encode("utf-16-le"), "u16.txt")


def test_nul_in_text_through_the_api(blank):
    """The API accepts what decoding refuses: a NUL token must not collide with the tries' end-of-entry slot."""
    check(blank, "बैठक में प्रदेश अध्यक्ष\x00 श्री राम")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_decode_or_refuse(data):
    try:
        text = decode(data, "x.txt")
    except InputError as exc:
        assert exc.reason and exc.source == "x.txt"
    else:
        assert isinstance(text, str) and "\x00" not in text


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.one_of(st.binary(max_size=300), MIXED.map(lambda t: t.encode("utf-8")),
                 mutated_seed().map(lambda t: t.encode(random.Random(len(t)).choice(["utf-8", "utf-16", "latin-1",
                                                                                   "utf-16-le"]),
                                                   errors="replace"))))
def test_files_of_any_bytes_give_a_record_or_a_clear_error(blank, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "doc.txt"
    path.write_bytes(data)
    (result,) = list(iter_chunk([InputDoc("doc", str(path), path)], blank, BatchOptions(model="blank")))
    if isinstance(result, Failure):
        assert result.error == "InputError" and result.reason
    else:
        assert evidence_errors(result, decode(data)) == []


# -- files ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hardening")
    line = SEED_TEXT.replace("\n", " ")
    (d / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text(" \n\t\n  ", encoding="utf-8")
    (d / "bom_only.txt").write_bytes(codecs.BOM_UTF8)
    (d / "one_line.txt").write_text((line * 50)[:100_000], encoding="utf-8")  # a 100,000-character line
    (d / "long_sentence.txt").write_text((line.replace("।", ",") * 3)[:5_000], encoding="utf-8")  # no end mark
    (d / "controls.txt").write_text("लखनऊ\x0b15 सितम्बर\x0c2018,\x1b भाजपा\u202e की बैठक\x7f हुई।", encoding="utf-8")
    (d / "utf16_bom.txt").write_bytes(codecs.BOM_UTF16_LE + SEED_TEXT[:300].encode("utf-16-le"))
    (d / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "random.txt").write_bytes(random.Random(0).randbytes(5000))
    (d / "latin1.txt").write_bytes("Café résumé naïve — “quotes”".encode("latin-1", errors="replace"))
    (d / "utf16le_nobom.txt").write_bytes(SEED_TEXT[:300].encode("utf-16-le"))
    (d / "utf16be_nobom.txt").write_bytes(SEED_TEXT[:300].encode("utf-16-be"))
    (d / "utf16_devanagari_only.txt").write_bytes(("कखगघ" * 200).encode("utf-16-le"))
    (d / "late_nul.txt").write_bytes(SEED_TEXT.encode("utf-8") * 3 + b"\x00tail")
    (d / "huge.txt").write_bytes(_ten_megabytes())
    return d


def _ten_megabytes() -> bytes:
    data = ("\n".join([SEED_TEXT] * 2000)).encode("utf-8")
    assert len(data) > 10 * 2**20
    return data


BAD = {
    "png": "binary", "random": "binary|not valid UTF-8", "latin1": "not valid UTF-8.*iconv",
    "utf16le_nobom": "UTF-16 without a BOM.*little-endian", "utf16be_nobom": "UTF-16 without a BOM.*big-endian",
    "utf16_devanagari_only": "binary data or UTF-16 without a BOM", "late_nul": "NUL",
    "huge": "bytes \\(at least .* characters\\), more than the limit of 1,000,000 characters \\(--max-chars\\)",
}


def test_cli_on_bad_inputs(bad_folder, tmp_path):
    import re

    out = tmp_path / "r.jsonl"
    res = CliRunner().invoke(cli, [str(bad_folder), "-o", str(out), "-q", "--model", "blank"],
                             catch_exceptions=False)
    assert res.exit_code == 1, res.output
    errors = {Path(e["source"]).stem: e for e in map(json.loads, (tmp_path / "r.jsonl.errors.jsonl").open())}
    assert set(errors) == set(BAD)
    assert errors["huge"]["error"] == "DocumentTooLong"
    assert {e["error"] for k, e in errors.items() if k != "huge"} == {"InputError"}
    for stem, pattern in BAD.items():
        assert re.search(pattern, errors[stem]["reason"]), (stem, errors[stem]["reason"])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} == {"good", "empty", "blank", "bom_only", "one_line", "long_sentence",
                                              "controls", "utf16_bom"}
    for r in records:
        text = decode((bad_folder / f"{r['doc_id']}.txt").read_bytes())
        assert evidence_errors(r, text) == [], r["doc_id"]
    good = next(r for r in records if r["doc_id"] == "good")
    assert good["doc_date"]["value"] == "2018-09-15"
    empty = next(r for r in records if r["doc_id"] == "empty")
    assert empty["length"] == 0 and empty["people"] == [] and empty["sentences"] == []


def test_max_chars_refuses_long_documents_per_file(tmp_path):
    (tmp_path / "short.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "long.txt").write_text(SEED_TEXT * 3, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    res = CliRunner().invoke(cli, [str(tmp_path), "-o", str(out), "-q", "--model", "blank",
                                   "--max-chars", str(3 * len(SEED_TEXT) - 1)], catch_exceptions=False)
    assert res.exit_code == 1
    (err,) = [json.loads(x) for x in (tmp_path / "r.jsonl.errors.jsonl").open()]
    assert err["error"] == "DocumentTooLong" and err["doc_id"] == "long"
    assert f"{3 * len(SEED_TEXT):,} characters" in err["reason"] and "--max-chars" in err["reason"]
    assert [json.loads(x)["doc_id"] for x in out.open()] == ["short"]
    # 0 lifts the limit
    res = CliRunner().invoke(cli, [str(tmp_path / "long.txt"), "-o", "-", "-q", "--model", "blank", "--max-chars", "0"],
                             catch_exceptions=False)
    assert res.exit_code == 0 and json.loads(res.output)["length"] == 3 * len(SEED_TEXT)


def test_unreadable_inputs(tmp_path):
    folder = tmp_path / "dir.txt"  # a folder whose name matches the glob is not a document
    folder.mkdir()
    (folder / "inner.txt").write_text("पटना, 14 जनवरी 2023। बैठक हुई।", encoding="utf-8")
    res = CliRunner().invoke(cli, [str(folder), str(tmp_path / "missing.txt"), "-o", "-", "-q", "--model", "blank"],
                             catch_exceptions=False)
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.output.splitlines() if x.startswith("{")]
    assert [r["doc_id"] for r in lines if "people" in r] == ["inner"]

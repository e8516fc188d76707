"""Decoding and input expansion."""
import codecs

import pytest

from extract.io import InputDoc, InputError, decode, iter_inputs

TEXT = "लखनऊ 15 सितम्बर 2018, बैठक हुई।"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_decode_accepts_utf8_and_bom_utf16(data):
    assert decode(data) == TEXT


def test_decode_rejects_other_encodings_clearly():
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xe9 at offset 3\).*iconv"):
        decode("café".encode("latin-1"), "x.txt")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "img.txt")
    with pytest.raises(InputError, match="binary|UTF-16 without a BOM"):
        decode(TEXT.encode("utf-16-le"), "u16.txt")


def test_iter_inputs_expands_folders_recursively(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.md").write_text(TEXT, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path), str(tmp_path / "b.txt"), str(tmp_path / "missing.txt")]))
    docs = [i for i in items if isinstance(i, InputDoc)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in docs] == ["x", "b"]  # b.txt given twice is read once
    assert len(errors) == 1 and "no such file" in errors[0].reason
    assert [d.doc_id for d in iter_inputs([str(tmp_path)], glob="*.md")] == ["c"]


def test_stdin_input():
    import io

    (doc,) = list(iter_inputs(["-"], stdin=io.BytesIO(TEXT.encode())))
    assert doc.doc_id == "stdin" and doc.read() == TEXT

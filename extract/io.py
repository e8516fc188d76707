"""Reading inputs: files, folders and stdin, decoded strictly, with a ``doc_id`` each.

Decoding: UTF-8 with or without BOM, UTF-16 with BOM. Anything else raises
:class:`InputError` with a message saying what to do; a batch records it and
goes on. Text containing NUL characters is refused as binary data. The message tells apart a binary file, UTF-16 written without a BOM
(little- or big-endian) and text in another 8-bit encoding (Latin-1, ISCII, a
legacy Hindi font encoding...).
"""
from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["InputError", "InputDoc", "decode", "read_path", "iter_inputs", "STDIN"]

STDIN = "-"


class InputError(Exception):
    """An input that cannot be read as Hindi text (the batch records it and continues)."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class InputDoc:
    """One input document: where it came from and how to read it."""

    doc_id: str
    source: str
    path: Path | None = None  # None for stdin (text given)
    text: str | None = None

    def read(self) -> str:
        if self.text is not None:
            return self.text
        assert self.path is not None
        try:
            if not self.path.is_file():
                raise InputError(self.source, "not a regular file" if self.path.exists()
                                 else "no such file (removed while the batch ran?)")
            data = self.path.read_bytes()
        except OSError as exc:
            raise InputError(self.source, f"cannot read file: {exc.strerror or exc}") from exc
        return decode(data, self.source)

    def size(self) -> int | None:
        """Bytes of the file (characters of a given text), None if it cannot be told."""
        if self.text is not None:
            return len(self.text)
        try:
            return self.path.stat().st_size if self.path is not None else None
        except OSError:
            return None


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode UTF-8 (BOM optional) or BOM-marked UTF-16; refuse anything else clearly."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:4096]:
            endian = _utf16_without_bom(data[:4096])
            if endian:
                raise InputError(source, f"looks like UTF-16 without a BOM ({endian}); convert it to UTF-8, "
                                         f"e.g. `iconv -f UTF-16{endian[0].upper()}E -t UTF-8 FILE`")
            raise InputError(source, "looks like a binary file (NUL bytes), not text; give UTF-8 text files "
                                     "(or UTF-16 with a BOM)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not valid {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. `iconv -f <encoding> -t UTF-8 FILE`",
        ) from exc
    if "\x00" in text:  # never in text; a NUL past the first 4 KB still means binary data
        raise InputError(source, f"contains NUL characters (first at character {text.index(chr(0)):,}): "
                                 "binary data, not text; give UTF-8 text files")
    if _mostly_controls(text[:4096]):
        raise InputError(source, "looks like binary data or UTF-16 without a BOM (mostly control characters), "
                                 "not text; convert it to UTF-8, e.g. `iconv -f UTF-16LE -t UTF-8 FILE`")
    return text


_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c")


def _utf16_without_bom(head: bytes) -> str | None:
    """'little-endian' / 'big-endian' when the bytes look like UTF-16 text (NULs on one side of
    most code units, as for ASCII and Latin text; Devanagari as 0x09 high bytes), else None."""
    n = len(head) // 2
    if n < 2:
        return None
    lo, hi = head[0:2 * n:2], head[1:2 * n:2]
    text_high = lambda b: b in (0x00, 0x09, 0x20)  # noqa: E731  (ASCII/Latin-1, Devanagari, punctuation)
    if sum(map(text_high, hi)) >= 0.9 * n and hi.count(0) > lo.count(0):
        return "little-endian"
    if sum(map(text_high, lo)) >= 0.9 * n and lo.count(0) > hi.count(0):
        return "big-endian"
    return None


def _mostly_controls(head: str) -> bool:
    """More than a third of the characters are C0 controls other than whitespace: not text."""
    if len(head) < 16:
        return False
    controls = sum(1 for c in head if c < " " and c not in _TEXT_CONTROLS)
    return controls * 3 > len(head)


def read_path(path: str | Path) -> str:
    """Read and decode one file."""
    p = Path(path)
    return InputDoc(p.stem, str(p), p).read()


def iter_inputs(inputs: Iterable[str], glob: str = "*.txt", stdin=None) -> Iterator[InputDoc | InputError]:
    """Expand INPUT arguments (files, folders searched recursively, ``-`` for stdin) in a stable order.

    Missing paths are yielded as :class:`InputError` so the batch can report them.
    """
    seen: set[str] = set()
    for arg in inputs:
        if arg == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8")
            try:
                yield InputDoc("stdin", "<stdin>", text=decode(data, "<stdin>"))
            except InputError as exc:
                yield exc
            continue
        p = Path(arg)
        if p.is_dir():
            files = sorted(f for f in p.rglob(glob) if f.is_file())
        elif p.exists():
            files = [p]
        else:
            yield InputError(arg, "no such file or directory")
            continue
        for f in files:
            key = str(f.resolve())
            if key in seen:
                continue
            seen.add(key)
            yield InputDoc(f.stem, str(f), f)

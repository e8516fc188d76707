"""Reading inputs: files, folders and stdin, decoded strictly, with a ``doc_id`` each.

Decoding: UTF-8 with or without BOM, UTF-16 with BOM. Anything else raises
:class:`InputError` with a message saying what to do; a batch records it and
goes on.
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
            data = self.path.read_bytes()
        except OSError as exc:
            raise InputError(self.source, f"cannot read file: {exc.strerror or exc}") from exc
        return decode(data, self.source)


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode UTF-8 (BOM optional) or BOM-marked UTF-16; refuse anything else clearly."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:4096]:
            raise InputError(source, "looks like a binary file (NUL bytes) or UTF-16 without a BOM; "
                                     "save it as UTF-8 text")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not valid {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. `iconv -f <encoding> -t UTF-8 FILE`",
        ) from exc


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

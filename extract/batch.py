"""Batch runner: inputs -> extractor (in N worker processes) -> a writer, never stopping
at a bad file. Failures are collected as :class:`Failure` rows for the errors file."""
from __future__ import annotations

import multiprocessing as mp
import traceback
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable, Iterator

from .io import InputDoc, InputError
from .schema import Document

__all__ = ["Failure", "run_batch"]


@dataclass
class Failure:
    source: str
    doc_id: str | None
    error: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_EXTRACTOR = None
_DOC_DATE = None


def _init_worker(doc_date: str | None) -> None:
    global _EXTRACTOR, _DOC_DATE
    from .extractor import Extractor

    _EXTRACTOR = Extractor()
    _DOC_DATE = doc_date


def _process(item: InputDoc) -> Document | Failure:
    try:
        text = item.read()
    except InputError as exc:
        return Failure(item.source, item.doc_id, "InputError", exc.reason)
    try:
        assert _EXTRACTOR is not None
        return _EXTRACTOR(text, doc_id=item.doc_id, doc_date=_DOC_DATE, source=item.source)
    except Exception as exc:  # one failing document never stops the batch
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {tb[-1].filename}:{tb[-1].lineno}" if tb else ""
        return Failure(item.source, item.doc_id, type(exc).__name__, f"{exc}{where}")


def run_batch(items: Iterable[InputDoc | InputError], jobs: int = 1, doc_date: str | None = None,
              on_result: Callable[[Document | Failure], None] | None = None) -> Iterator[Document | Failure]:
    """Process inputs in order; yields a record or a :class:`Failure` for each input."""
    items = list(items)
    work = [i for i in items if isinstance(i, InputDoc)]
    for bad in items:
        if isinstance(bad, InputError):
            yield Failure(bad.source, None, "InputError", bad.reason)
    if jobs <= 1 or len(work) <= 1:
        _init_worker(doc_date)
        for item in work:
            yield _process(item)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(processes=jobs, initializer=_init_worker, initargs=(doc_date,)) as pool:
        yield from pool.imap(_process, work, chunksize=max(1, min(16, len(work) // (jobs * 4) or 1)))

"""Batch runner: inputs -> extractor (in N worker processes) -> a writer, never stopping
at a bad file. Failures are collected as :class:`Failure` rows for the errors file.

Streaming and memory
    Inputs are consumed lazily and cut into chunks of ``batch_size`` documents (the first chunks
    smaller: 1, 2, 4, ... so the first record comes fast); a document's text is read only inside
    the process that extracts it, and at most ``2 * jobs`` chunks are in flight at once, so memory
    stays flat however many documents there are. Results come back in input order, each as soon
    as it and those before it are ready (the output of ``--jobs N`` is the output of ``--jobs 1``).
Batching
    Each chunk goes through :meth:`Extractor.pipe` (spaCy's ``nlp.pipe``, minibatches of
    ``pipe_batch`` documents, calls capped at ``batch_chars`` characters). Errors stay per document:
    if a batch fails, its documents are retried one by one and only the one that fails becomes a
    :class:`Failure`.
Workers
    The extractor is loaded once per process: once in the main process (which also checks the
    model before anything is written); ``fork``ed workers inherit it, others load it in their
    initializer. Backbone components whose annotations no extraction component reads are switched
    off there (:func:`unused_components`: the components declare what they read, e.g. the
    statistical NER only while a component merges its entities); the records are the same. A worker that dies
    (killed for memory, a crash in native code) is replaced and costs only the document it was
    on (``WorkerDied``); workers exit when the main process dies, instead of waiting forever.
Resume
    ``skip`` is a set of ``(doc_id, text_sha256)`` pairs already in the output: such a document
    is read and hashed (in the worker) but not extracted, and a :class:`Skipped` is yielded.
Huge inputs
    A document longer than ``max_chars`` characters (default :data:`DEFAULT_MAX_CHARS`, spaCy's
    own ``nlp.max_length``) is refused with a clear per-file error (``DocumentTooLong``) instead
    of being extracted; a file larger than ``4 * max_chars`` bytes is refused without being read.
    ``max_chars=0`` lifts the limit (time grows faster than the length: see benchmarks/RESULTS.md).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from .io import InputDoc, InputError
from .records import PackedRecord
from .schema import Document

__all__ = ["Failure", "Skipped", "BatchOptions", "DEFAULT_MAX_CHARS", "DEFAULT_BATCH_SIZE", "load_extractor", "unused_components",
           "iter_chunk", "process_chunk", "run_batch"]

#: Longest document extracted by default (characters): spaCy's default ``nlp.max_length``.
DEFAULT_MAX_CHARS = 1_000_000
#: Documents per chunk handed to a worker (and per ``nlp.pipe`` call).
DEFAULT_BATCH_SIZE = 32
#: At most this many characters go through one ``nlp.pipe`` call.
DEFAULT_BATCH_CHARS = 200_000
#: Documents per ``nlp.pipe`` minibatch: the trained backbone holds about 5 MB per document of a
#: minibatch, so 8 instead of spaCy's usual 32-128 keeps a worker near 210 MB instead of 350 MB, for
#: about 2% of its speed (benchmarks/RESULTS.md); rules alone do not care.
DEFAULT_PIPE_BATCH = 8


@dataclass
class Failure:
    source: str
    doc_id: str | None
    error: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Skipped:
    """A document already in the output with the same text (``--resume``): not extracted again."""

    source: str
    doc_id: str
    text_sha256: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.text_sha256)


@dataclass(frozen=True)
class BatchOptions:
    """Settings every worker needs (picklable)."""

    model: str | None = None
    backend: str = "spacy"
    doc_date: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    skip: frozenset = field(default_factory=frozenset)
    batch_chars: int = DEFAULT_BATCH_CHARS
    pipe_batch: int = DEFAULT_PIPE_BATCH
    pack: bool = False  # records as PackedRecord (serialised where they are made)


Result = Document | PackedRecord | Failure | Skipped

# -- per-process state -------------------------------------------------------------------------

_EXTRACTORS: dict[Any, Any] = {}  # model (spaCy) or ("stanza", model) -> Extractor, loaded once per process
_OPTIONS = BatchOptions()
_LOAD_ERROR: str | None = None


def unused_components(nlp) -> list[str]:
    """Backbone components whose annotations no extraction component reads
    (:func:`extract.pipeline.unused_backbone`): the records are the same without them."""
    from .pipeline import unused_backbone

    return unused_backbone(nlp)


def load_extractor(model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS, backend: str = "spacy"):
    """The process's :class:`~extract.extractor.Extractor` for ``model``, loaded once and cached,
    for producing records: components whose output no record reads (:func:`unused_components`) are
    disabled. Raises what :class:`Extractor` raises (e.g. ``ResourceMissingError`` for a missing model).
    """
    path = None if model is None else str(model)
    key = path if backend == "spacy" else (backend, path)  # spaCy keys as before: the model alone
    ex = _EXTRACTORS.get(key)
    if ex is None:
        from .extractor import Extractor

        ex = Extractor(backend=backend, model=path)
        for name in unused_components(ex.nlp):
            ex.nlp.disable_pipe(name)
        _EXTRACTORS[key] = ex
    # spaCy refuses texts over nlp.max_length; our own max_chars check (a clearer message) comes first
    ex.nlp.max_length = max(ex.nlp.max_length, max_chars if max_chars > 0 else 2**62)
    return ex


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    """A worker whose parent died (killed, crashed) exits instead of waiting forever for work."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="hindi-extract-parent-watch", daemon=True).start()


def _init_worker(opts: BatchOptions, parent: int | None = None) -> None:
    global _OPTIONS, _LOAD_ERROR
    _OPTIONS = opts
    if parent is not None:
        _exit_with_parent(parent)
    try:
        load_extractor(opts.model, opts.max_chars, opts.backend)  # a forked worker finds it already loaded
    except Exception as exc:  # reported per document, never a crash loop of the pool
        _LOAD_ERROR = f"{type(exc).__name__}: {exc}"


def _failure(item: InputDoc, exc: BaseException) -> Failure:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {tb[-1].filename}:{tb[-1].lineno}" if tb else ""
    return Failure(item.source, item.doc_id, type(exc).__name__, f"{exc}{where}")


def _too_long(item: InputDoc, what: str, limit: int) -> Failure:
    return Failure(item.source, item.doc_id, "DocumentTooLong",
                   f"{what}, more than the limit of {limit:,} characters (--max-chars); split the document, "
                   "or raise the limit (--max-chars 0: none; time and memory grow faster than the length)")


def _read(item: InputDoc, opts: BatchOptions) -> str | Failure:
    if opts.max_chars > 0 and item.text is None:
        size = item.size()  # a file of more than 4 bytes per allowed character is too long: not even read
        if size is not None and size > 4 * opts.max_chars + 4:
            return _too_long(item, f"{size:,} bytes (at least {size // 4:,} characters)", opts.max_chars)
    try:
        text = item.read()
    except InputError as exc:
        return Failure(item.source, item.doc_id, "InputError", exc.reason)
    if opts.max_chars > 0 and len(text) > opts.max_chars:
        return _too_long(item, f"{len(text):,} characters", opts.max_chars)
    return text


def _sub_batches(todo: list, limit: int) -> Iterator[list]:
    batch: list = []
    size = 0
    for entry in todo:
        n = len(entry[1])
        if batch and size + n > limit:
            yield batch
            batch, size = [], 0
        batch.append(entry)
        size += n
    if batch:
        yield batch


def _extract(ex, todo: list, doc_date: str | None, batch_chars: int,
             pipe_batch: int = DEFAULT_PIPE_BATCH) -> Iterator[tuple[int, Result]]:
    """``todo``: (index, text, item). Batched through ``Extractor.pipe``; a failing batch is
    retried one document at a time, so one bad document costs only itself."""
    for batch in _sub_batches(todo, batch_chars):
        done = 0
        try:
            metas = ((text, {"doc_id": item.doc_id, "doc_date": doc_date, "source": item.source})
                     for _, text, item in batch)
            for record in ex.pipe(metas, batch_size=max(1, min(len(batch), pipe_batch))):
                yield batch[done][0], record
                done += 1
        except Exception:
            for i, text, item in batch[done:]:
                try:
                    yield i, ex(text, doc_id=item.doc_id, doc_date=doc_date, source=item.source)
                except Exception as exc:  # one failing document never stops the batch
                    yield i, _failure(item, exc)


def iter_chunk(chunk: Sequence[InputDoc | Failure], ex=None, opts: BatchOptions | None = None) -> Iterator[Result]:
    """Read, (maybe) skip and extract a chunk of inputs: one result per input, in input order,
    each yielded as soon as it and every one before it are ready."""
    opts = opts or _OPTIONS
    if ex is None:
        if _LOAD_ERROR is not None:
            for c in chunk:
                yield c if isinstance(c, Failure) else Failure(c.source, c.doc_id, "ModelError", _LOAD_ERROR)
            return
        ex = load_extractor(opts.model, opts.max_chars, opts.backend)
    out: list[Result | None] = [None] * len(chunk)
    todo = []
    for i, item in enumerate(chunk):
        if isinstance(item, Failure):
            out[i] = item
            continue
        text = _read(item, opts)
        if isinstance(text, Failure):
            out[i] = text
            continue
        if opts.skip:
            from .records import text_sha256

            sha = text_sha256(text)
            if (item.doc_id, sha) in opts.skip:
                out[i] = Skipped(item.source, item.doc_id, sha)
                continue
        todo.append((i, text, item))
    nxt = 0
    for i, result in _extract(ex, todo, opts.doc_date, opts.batch_chars, opts.pipe_batch):
        out[i] = PackedRecord.of(result) if opts.pack and not isinstance(result, Failure) else result
        while nxt < len(out) and out[nxt] is not None:
            yield out[nxt]  # type: ignore[misc]
            out[nxt] = None
            nxt += 1
    while nxt < len(out):
        yield out[nxt]  # type: ignore[misc]
        nxt += 1


def process_chunk(chunk: Sequence[InputDoc | Failure], ex=None, opts: BatchOptions | None = None) -> list[Result]:
    """:func:`iter_chunk` as a list (what a worker sends back)."""
    return list(iter_chunk(chunk, ex, opts))


def _chunks(items: Iterable[InputDoc | InputError | Failure], size: int) -> Iterator[list[InputDoc | Failure]]:
    """Chunks of ``size`` inputs; the first ones smaller (1, 2, 4, ...) so the first record comes fast."""
    chunk: list[InputDoc | Failure] = []
    limit = 1
    for item in items:
        if isinstance(item, InputError):  # not picklable as such: becomes its Failure row here
            item = Failure(item.source, None, "InputError", item.reason)
        chunk.append(item)
        if len(chunk) >= limit:
            yield chunk
            chunk = []
            limit = min(size, limit * 2)
    if chunk:
        yield chunk


def run_batch(items: Iterable[InputDoc | InputError], jobs: int = 1, doc_date: str | None = None,
              on_result: Callable[[Result], None] | None = None, *, model: str | None = None,
              batch_size: int = DEFAULT_BATCH_SIZE, max_chars: int = DEFAULT_MAX_CHARS,
              skip: Iterable[tuple[str, str]] = (), batch_chars: int = DEFAULT_BATCH_CHARS,
              pipe_batch: int = DEFAULT_PIPE_BATCH, packed: bool = False, backend: str = "spacy") -> Iterator[Result]:
    """Process inputs in order; yields a record, a :class:`Failure` (or, for inputs in ``skip``,
    a :class:`Skipped`) for each input, in input order, as soon as it is ready.

    ``packed``: records come as :class:`~extract.records.PackedRecord` (JSON text made by the worker;
    ``.unpack()`` gives the ``Document``), which is all a JSON Lines writer needs: the main process
    then does not rebuild every ``Document`` it receives from the workers.

    ``items`` may be a lazy iterable; it is consumed as work is handed out. ``model`` is passed to
    :class:`~extract.extractor.Extractor` (None: the default backbone; ``"blank"``: rules only), and so is
    ``backend`` (``"spacy"`` or ``"stanza"``).
    """
    opts = BatchOptions(model=model, backend=backend, doc_date=doc_date, max_chars=max_chars, skip=frozenset(skip),
                        batch_chars=batch_chars, pipe_batch=pipe_batch, pack=packed)
    n = len(items) if isinstance(items, (list, tuple)) else None
    if n is not None and jobs > 1:  # small inputs: enough chunks to keep every worker busy
        batch_size = max(1, min(batch_size, -(-n // (jobs * 4))))
    ex = load_extractor(model, max_chars, backend)  # here, so a bad model fails before any work is done
    chunks = _chunks(items, max(1, batch_size))
    if jobs <= 1 or (n is not None and n <= 1):
        for chunk in chunks:
            yield from _emit(iter_chunk(chunk, ex, opts), on_result)
        return
    yield from _run_pool(chunks, jobs, opts, on_result)


_ISOLATE, _DEFER = "isolate", "defer"


class _Pool:
    """Worker processes (``concurrent.futures``, forked where possible), at most ``window`` chunks in
    flight. A worker that dies (killed for memory, a crash in native code) breaks the pool: it is
    replaced, and every chunk that was in flight is redone one document at a time (one task in flight,
    so the document that kills a worker is known); only that document is lost, as a Failure."""

    def __init__(self, jobs: int, opts: BatchOptions):
        self.jobs, self.opts = jobs, opts
        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        self.pending: deque = deque()  # (chunk, future | _ISOLATE | _DEFER), in input order
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=(self.opts, os.getpid()))

    def submit(self, chunk: list) -> None:
        if any(f is _ISOLATE for _, f in self.pending):  # nothing runs beside the documents redone alone
            self.pending.append((chunk, _DEFER))
        else:
            self.pending.append((chunk, self.executor.submit(process_chunk, chunk)))

    def next_results(self) -> list[Result]:
        chunk, future = self.pending.popleft()
        if future is _DEFER:  # the redone chunks before it are done: start the deferred ones
            future = self.executor.submit(process_chunk, chunk)
            self.pending = deque((c, self.executor.submit(process_chunk, c) if f is _DEFER else f)
                                 for c, f in self.pending)
        if future is not _ISOLATE:
            try:
                return future.result()
            except BrokenProcessPool:
                self.pending = deque((c, f if _finished(f) else _ISOLATE) for c, f in self.pending)
                self._restart()
        return self._isolate(chunk)

    def _isolate(self, chunk: list) -> list[Result]:
        out: list[Result] = []
        for item in chunk:
            if isinstance(item, Failure):
                out.append(item)
                continue
            try:
                out.extend(self.executor.submit(process_chunk, [item]).result())
            except BrokenProcessPool:
                out.append(Failure(item.source, item.doc_id, "WorkerDied",
                                   "the worker process died while extracting this document (killed for using "
                                   "too much memory? a crash in native code?); the batch went on without it"))
                self._restart()
        return out

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self, cancel: bool = False) -> None:
        self.executor.shutdown(wait=not cancel, cancel_futures=True)


def _finished(future: Any) -> bool:
    return not isinstance(future, str) and future.done() and not future.cancelled() and future.exception() is None


def _run_pool(chunks: Iterator[list], jobs: int, opts: BatchOptions,
              on_result: Callable[[Result], None] | None) -> Iterator[Result]:
    pool = _Pool(jobs, opts)
    window = 2 * jobs  # chunks in flight: bounded, so neither inputs nor results pile up
    finished = False
    try:
        for chunk in chunks:
            pool.submit(chunk)
            while len(pool.pending) >= window:
                yield from _emit(pool.next_results(), on_result)
        while pool.pending:
            yield from _emit(pool.next_results(), on_result)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the consumer stopped early: do not wait for work nobody will read
            _terminate(pool.executor)
            pool.close(cancel=True)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now. A worker killed while it sends a result leaves half a message in the result pipe,
    and the executor's manager thread would wait for the rest for ever (blocking interpreter exit): once the
    workers are gone, the parent's write end of that pipe is closed, so that the read ends (EOF, a broken pool)."""
    procs = list((getattr(executor, "_processes", None) or {}).values())
    for proc in procs:
        try:
            proc.terminate()
        except Exception:  # pragma: no cover - already gone
            pass
    for proc in procs:
        try:
            proc.join(timeout=10)
        except Exception:  # pragma: no cover - already reaped
            pass
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    try:
        if writer is not None:
            writer.close()
    except Exception:  # pragma: no cover - already closed
        pass


def _emit(results: Iterable[Result], on_result: Callable[[Result], None] | None) -> Iterator[Result]:
    for result in results:
        if on_result is not None:
            on_result(result)
        yield result

"""Scale-out: extraction over a Dask bag of files, on a ``dask.distributed`` cluster.

Needs the optional extra ``pip install "hindi-extract[scale]"`` (``dask[distributed]``).

>>> from dask.distributed import Client, LocalCluster
>>> from extract.scale import extract_bag
>>> client = Client(LocalCluster(n_workers=4, threads_per_worker=1))
>>> bag = extract_bag(["notes/"], client=client, model=None)     # files or folders
>>> records = bag.compute()                    # record dicts (Document.model_dump(mode="json")), input order
>>> bag.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles("out/records-*.jsonl")  # from the workers

* Each worker process loads the extractor once (a worker plugin when ``client`` is given, else on
  first use) and keeps it: every partition after the first costs only the extraction.
* A partition is a list of paths; the worker reads the files (so they must be on a filesystem every
  worker sees) and sends them through ``nlp.pipe`` in batches, with the same per-document error
  isolation as the command line (:mod:`extract.batch`).
* The records equal the single-process ones (``Extractor()(text, doc_id=stem, source=path)``).
* Bad inputs: ``errors="drop"`` (default) leaves them out and logs a warning on the worker;
  ``errors="keep"`` puts a failure dict ``{"error", "source", "doc_id", "reason"}`` in their place
  (filter on ``"error" in r``); ``errors="raise"`` fails the computation.
* Use ``threads_per_worker=1``: extraction is pure Python, so threads in one worker only queue on the GIL
  (the extractor is shared by a worker's threads behind a lock).
"""
from __future__ import annotations

import logging
import threading
from functools import partial
from pathlib import Path
from typing import Any, Iterable

from .batch import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS, BatchOptions, Failure, iter_chunk, load_extractor
from .io import InputDoc, InputError, iter_inputs

__all__ = ["extract_bag", "ExtractorPlugin", "expand_paths", "ERRORS"]

ERRORS = ("drop", "keep", "raise")
log = logging.getLogger(__name__)
_LOCK = threading.Lock()

try:  # the plugin base class, when distributed is installed (the bag itself only needs dask)
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - without the [scale] extra
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class ExtractorPlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the extractor in every worker process when it starts (and in workers that join later)."""

    def __init__(self, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS):
        self.model = None if model is None else str(model)
        self.max_chars = max_chars

    def setup(self, worker: Any = None) -> None:
        with _LOCK:
            load_extractor(self.model, self.max_chars)


class ExtractionFailed(RuntimeError):
    """``errors="raise"``: an input could not be extracted."""


def expand_paths(paths: Iterable[str | Path], glob: str = "*.txt") -> tuple[list[str], list[InputError]]:
    """Files and folders (searched recursively for ``glob``) -> file paths in a stable order, and the
    inputs that do not exist. Only paths are listed: no file is read here."""
    files: list[str] = []
    missing: list[InputError] = []
    for item in iter_inputs([str(p) for p in paths], glob=glob):
        if isinstance(item, InputError):
            missing.append(item)
        elif item.path is not None:
            files.append(str(item.path))
    return files, missing


def _failure_dict(f: Failure) -> dict[str, Any]:
    return {"error": f.error, "source": f.source, "doc_id": f.doc_id, "reason": f.reason}


def _extract_partition(paths: list[str], opts: BatchOptions, batch_size: int, errors: str) -> list[dict[str, Any]]:
    items = [InputDoc(Path(p).stem, p, Path(p)) for p in paths]
    out: list[dict[str, Any]] = []
    with _LOCK:
        ex = load_extractor(opts.model, opts.max_chars, opts.backend)
        for start in range(0, len(items), batch_size):
            for result in iter_chunk(items[start:start + batch_size], ex, opts):
                if isinstance(result, Failure):
                    if errors == "raise":
                        raise ExtractionFailed(f"{result.source}: {result.error}: {result.reason}")
                    if errors == "keep":
                        out.append(_failure_dict(result))
                    else:
                        log.warning("hindi-extract: skipped %s: %s", result.source, result.reason)
                else:
                    out.append(result.model_dump(mode="json"))  # type: ignore[union-attr]
    return out


def extract_bag(paths: Iterable[str | Path], client: Any = None, model: str | Path | None = None, *,
                doc_date: str | None = None, glob: str = "*.txt", npartitions: int | None = None,
                partition_size: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                max_chars: int = DEFAULT_MAX_CHARS, errors: str = "drop"):
    """A ``dask.bag.Bag`` of record dicts (``Document.model_dump(mode="json")``), one per input file,
    in input order.

    ``paths``: files and folders (searched recursively for ``glob``), read by the workers.
    ``client``: a ``dask.distributed.Client``; the extractor is then loaded in every worker up front
    by :class:`ExtractorPlugin` (else once per process on first use). The bag computes on the default
    scheduler: the distributed client when there is one. ``model``: as for
    :class:`~extract.extractor.Extractor` (None: the shipped backbone; ``"blank"``: rules only).
    ``npartitions`` / ``partition_size``: how the paths are cut (default: about 4 partitions per
    worker of ``client``, at most 256 paths each). ``errors``: ``drop``, ``keep`` or ``raise`` (see the
    module's doc); a missing input path is such an error too.
    """
    import dask.bag as db

    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {', '.join(ERRORS)}, got {errors!r}")
    model = None if model is None else str(model)
    files, missing = expand_paths(paths, glob)
    if missing and errors == "raise":
        raise ExtractionFailed("; ".join(f"{m.source}: {m.reason}" for m in missing))
    for m in missing:
        log.warning("hindi-extract: skipped %s: %s", m.source, m.reason)
    if client is not None:
        client.register_plugin(ExtractorPlugin(model, max_chars), name=f"hindi-extract-{model or 'default'}")
    if npartitions is None and partition_size is None:
        workers = max(1, len(client.scheduler_info().get("workers", {}))) if client is not None else 1
        npartitions = max(1, min(len(files), 4 * workers))
        if files and -(-len(files) // npartitions) > 256:
            npartitions, partition_size = None, 256
    opts = BatchOptions(model=model, doc_date=doc_date, max_chars=max_chars)
    bag = db.from_sequence(files, npartitions=npartitions, partition_size=partition_size)
    bag = bag.map_partitions(partial(_extract_partition, opts=opts, batch_size=batch_size, errors=errors))
    if missing and errors == "keep":
        bag = db.concat([bag, db.from_sequence([{"error": "InputError", "source": m.source, "doc_id": None,
                                                 "reason": m.reason} for m in missing], npartitions=1)])
    return bag

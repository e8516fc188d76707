"""The Python API: ``Extractor`` loads the pipeline once and turns texts into records."""
from __future__ import annotations

import datetime as _dt
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .backends import BackendError
from .records import doc_to_record
from .schema import Document

__all__ = ["Extractor", "BackendError"]

BACKENDS = ("spacy", "stanza")


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise ValueError(f"doc_date must be an ISO date (YYYY-MM-DD), got {value!r}") from exc


class Extractor:
    """Extract records from Hindi press notes.

    >>> ex = Extractor()                       # loads the pipeline once
    >>> rec = ex("लखनऊ 15 सितम्बर 2018, ...", doc_id="note1")
    >>> rec.doc_date.value
    '2018-09-15'
    """

    def __init__(self, backend: str = "spacy", model: str | Path | None = None, nlp: Language | None = None):
        """``backend="spacy"``: ``model`` is a trained spaCy pipeline directory (default: ``$HINDI_EXTRACT_MODEL``,
        else the shipped ``models/hi_core_news``), or ``"blank"`` for rules only.
        ``backend="stanza"`` (``pip install -e ".[stanza]"``): ``model`` is a folder of stanza models (default:
        ``$HINDI_EXTRACT_STANZA_MODEL``, else the shipped ``models/hi_stanza``); a missing package or model file
        raises :class:`BackendError` saying how to get it. ``nlp``: a ready pipeline."""
        if backend not in BACKENDS:
            raise BackendError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        self.backend = backend
        if nlp is None:
            if backend == "stanza":
                if model is not None and str(model) == "blank":
                    raise BackendError("model='blank' means rules only, without a backbone: use backend='spacy' "
                                       "with model='blank'")
                from .backends.stanza_backbone import build_stanza_pipeline

                nlp = build_stanza_pipeline(model)
            else:
                from .pipeline import build_pipeline

                nlp = build_pipeline(model)
        self.nlp = nlp

    @property
    def pipe_names(self) -> list[str]:
        return list(self.nlp.pipe_names)

    def make_doc(self, text: str, doc_id: str | None = None, doc_date: Any = None) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        doc = self.nlp.make_doc(text)
        doc._.doc_id = doc_id
        doc._.doc_date_hint = _iso_date(doc_date)
        return doc

    def annotate(self, text: str, doc_id: str | None = None, doc_date: Any = None) -> Doc:
        """The annotated spaCy ``Doc`` (spans in ``doc.spans``), for those who want spaCy objects."""
        doc = self.make_doc(text, doc_id, doc_date)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def __call__(self, text: str, doc_id: str | None = None, doc_date: Any = None,
                 source: str | None = None) -> Document:
        """Extract one document's record."""
        doc = self.annotate(text, doc_id, doc_date)
        return doc_to_record(doc, doc_id or "doc", source)

    def pipe(self, texts: Iterable[str | tuple[str, dict[str, Any]]], batch_size: int = 32) -> Iterator[Document]:
        """Stream records. Items are texts or ``(text, {"doc_id":..., "doc_date":..., "source":...})``."""
        metas: deque[dict[str, Any]] = deque()

        def docs() -> Iterator[Doc]:
            for i, item in enumerate(texts):
                text, meta = (item, {}) if isinstance(item, str) else item
                meta = dict(meta)
                meta.setdefault("doc_id", f"doc{i + 1}")
                metas.append(meta)
                yield self.make_doc(text, meta["doc_id"], meta.get("doc_date"))

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            meta = metas.popleft()
            yield doc_to_record(doc, meta["doc_id"], meta.get("source"))

"""hindi-extract: structured, verifiable records from Hindi press notes.

>>> from extract import Extractor, to_frames
>>> ex = Extractor()
>>> record = ex(text, doc_id="note1")          # a typed Document (see extract.schema)
>>> frames = to_frames([record])               # pandas DataFrames, one per record type
"""
from __future__ import annotations

__version__ = "0.1.0"

from ._imports import import_spacy_without_torch  # noqa: E402

import_spacy_without_torch()

from .extractor import BackendError, Extractor  # noqa: E402
from .io import InputError, read_path  # noqa: E402
from .schema import Document  # noqa: E402
from .tables import to_frames  # noqa: E402

__all__ = ["Extractor", "BackendError", "Document", "InputError", "read_path", "to_frames", "__version__"]

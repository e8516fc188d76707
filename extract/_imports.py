"""Keep torch out of processes that do not need it.

thinc (spaCy's machine-learning library) imports torch at import time whenever torch is installed,
which costs about 1.3 s and 180 MB of memory in every process (and every batch worker), although no
spaCy model of this project uses torch. Installing the ``[stanza]`` extra installs torch, so without
this every spaCy-only run would pay for the stanza backend. :func:`import_spacy_without_torch` hides
torch from thinc while thinc and spaCy are first imported; torch stays importable afterwards (the
stanza backend imports it when it is used). ``HINDI_EXTRACT_THINC_TORCH=1`` turns this off (for
spaCy pipelines that need thinc's torch support, e.g. spacy-transformers).
"""
from __future__ import annotations

import importlib.abc
import os
import sys

__all__ = ["import_spacy_without_torch"]


class _HideTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: D102
        if name == "torch" or name.startswith("torch."):
            raise ImportError(f"{name} is hidden from thinc by hindi-extract (HINDI_EXTRACT_THINC_TORCH=1 shows it)")
        return None


def import_spacy_without_torch() -> None:
    """Import thinc and spaCy with torch hidden, unless either is already imported (nothing to change
    then), torch is already imported, or ``HINDI_EXTRACT_THINC_TORCH=1``."""
    if os.environ.get("HINDI_EXTRACT_THINC_TORCH") == "1" or any(m in sys.modules for m in ("thinc", "spacy", "torch")):
        return
    hider = _HideTorch()
    sys.meta_path.insert(0, hider)
    try:
        import thinc.api  # noqa: F401
        import spacy  # noqa: F401
    finally:
        sys.meta_path.remove(hider)

"""Linguistic backbones other than the built-in spaCy one. Nothing here imports an optional package
at import time: ``import extract`` never imports stanza or torch."""
from __future__ import annotations

__all__ = ["BackendError"]


class BackendError(RuntimeError):
    """The requested linguistic backend cannot be loaded; the message says how to get it."""

"""The whole extractor is one spaCy ``Language``: Hindi tokenizer, backbone, and the
project's components in a fixed order (see :data:`COMPONENTS`)."""
from __future__ import annotations

import importlib
from typing import Iterable

import spacy
from spacy.language import Language

from . import spans as _spans  # noqa: F401  (registers extensions)
from .text.sentences import hindi_sentences  # noqa: F401  (registers the component)
from .text.tokenizer import HindiTokenizer

__all__ = ["COMPONENTS", "make_nlp", "build_pipeline"]

#: The project's components in pipeline order: factory name -> module that registers it.
COMPONENTS: dict[str, str] = {
    "hindi_dateline": "extract.components.dateline",
    "hindi_dates": "extract.components.dates",
    "hindi_people": "extract.components.people",
    "hindi_organizations": "extract.components.organizations",
    "hindi_places": "extract.components.places",
    "hindi_statements": "extract.components.statements",
    "hindi_events": "extract.components.events",
}


@spacy.registry.tokenizers("hindi_extract.tokenizer.v1")
def create_tokenizer():
    """spaCy config hook: ``[nlp.tokenizer] @tokenizers = "hindi_extract.tokenizer.v1"``."""

    def make(nlp: Language) -> HindiTokenizer:
        return HindiTokenizer(nlp.vocab)

    return make


def make_nlp(components: Iterable[str] = ()) -> Language:
    """A blank Hindi pipeline with the project tokenizer, sentence rules and ``components``."""
    nlp = spacy.blank("hi", config={"nlp": {"tokenizer": {"@tokenizers": "hindi_extract.tokenizer.v1"}}})
    nlp.add_pipe("hindi_sentences")
    for name in components:
        importlib.import_module(COMPONENTS[name])
        nlp.add_pipe(name)
    return nlp


def build_pipeline() -> Language:
    """The full extraction pipeline."""
    return make_nlp(COMPONENTS)

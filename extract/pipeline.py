"""The whole extractor is one spaCy ``Language``: Hindi tokenizer, backbone, and the
project's components in a fixed order (see :data:`COMPONENTS`)."""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from . import spans as _spans  # noqa: F401  (registers extensions)
from .text.sentences import hindi_sentences  # noqa: F401  (registers the component)
from .resources import ResourceMissingError
from .text.tokenizer import HindiTokenizer

__all__ = ["COMPONENTS", "DEFAULT_MODEL", "MODEL_ENV", "make_nlp", "load_backbone", "build_pipeline"]

#: The shipped spaCy backbone (tagger, morphologizer, lemmatizer, parser, NER), built by the recipe in models/.
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "hi_core_news"
#: Environment variable naming another backbone directory.
MODEL_ENV = "HINDI_EXTRACT_MODEL"
#: ``model=BLANK``: no trained backbone, rules and lexicons only.
BLANK = "blank"

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


#: Component settings used on top of the trained backbone. The statistical NER's entities are merged
#: into people, organisations and places with calibrated filters (a person entity needs a word of the
#: name lexicon or an honorific; an organisation the lexicon lacks needs an organisation head; a place
#: the gazetteer lacks needs Devanagari and a case marker, list word, place noun or punctuation after
#: it): measured on IL-NER dev and test, the samples and the held-out set (benchmarks/RESULTS_entities.md).
#: The unfiltered merge cost more precision than it gained recall. ``model="blank"`` has no entities.
BACKBONE_CONFIG: dict[str, dict] = {
    "hindi_people": {"use_ner": True},
    "hindi_organizations": {"use_ner": True},
    "hindi_places": {"use_ner": True},
}


def make_nlp(components: Iterable[str] = ()) -> Language:
    """A blank Hindi pipeline with the project tokenizer, sentence rules and ``components``."""
    nlp = spacy.blank("hi", config={"nlp": {"tokenizer": {"@tokenizers": "hindi_extract.tokenizer.v1"}}})
    nlp.add_pipe("hindi_sentences")
    for name in components:
        importlib.import_module(COMPONENTS[name])
        nlp.add_pipe(name)
    return nlp


def load_backbone(model: str | Path | None = None) -> Language:
    """Load a trained spaCy backbone (offline) from ``model`` (default: ``models/hi_core_news``).
    A missing model raises a clear :class:`ResourceMissingError`."""
    path = Path(model or DEFAULT_MODEL)
    if not (path / "config.cfg").is_file():
        raise ResourceMissingError(
            f"spaCy model not found at {path} (no config.cfg there). The shipped model lives in "
            f"models/hi_core_news of the source tree: install from a git checkout with `pip install -e .`, "
            f"or train it with `make -C models all` (see models/README.md), or point {MODEL_ENV} / "
            f"Extractor(model=...) at a trained pipeline, or use Extractor(model='{BLANK}') for rules only."
        )
    nlp = spacy.load(path)
    if "hindi_sentences" not in nlp.pipe_names:
        nlp.add_pipe("hindi_sentences", first=True)
    return nlp


def build_pipeline(model: str | Path | None = None) -> Language:
    """The full extraction pipeline: a backbone plus the project's components.

    ``model``: a trained spaCy pipeline directory, or ``"blank"`` for rules and lexicons only. ``None``
    means ``$HINDI_EXTRACT_MODEL`` if set, else the shipped ``models/hi_core_news``.
    """
    model = model if model is not None else os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    if str(model) == BLANK:
        return make_nlp(COMPONENTS)
    nlp = load_backbone(model)
    for name in COMPONENTS:
        importlib.import_module(COMPONENTS[name])
        nlp.add_pipe(name, config=BACKBONE_CONFIG.get(name, {}))
    return nlp


# -- what the extraction reads from the backbone -------------------------------------------------

#: the project's own (rule) components: everything else in a pipeline is the backbone
PROJECT_COMPONENTS = frozenset(COMPONENTS) | {"hindi_sentences"}


def component_reads(nlp: Language, name: str) -> set[str]:
    """The annotations component ``name`` reads: its declared ``requires`` plus what it reads as
    configured (a ``reads`` attribute; ``use_ner=True`` reads ``doc.ents``)."""
    reads = set(nlp.get_pipe_meta(name).requires)
    proc = nlp.get_pipe(name)
    reads.update(getattr(proc, "reads", ()) or ())
    if getattr(proc, "use_ner", False):
        reads.add("doc.ents")
    return reads


def backbone_requirements(nlp: Language) -> set[str]:
    """Annotations the extraction components read that no project component assigns itself:
    what they need from the backbone (``token.pos``, ``doc.ents`` ...)."""
    project = [n for n in nlp.pipe_names if n in PROJECT_COMPONENTS]
    reads = set().union(*(component_reads(nlp, n) for n in project)) if project else set()
    assigned = set().union(*(nlp.get_pipe_meta(n).assigns for n in project)) if project else set()
    return reads - assigned


def unused_backbone(nlp: Language) -> list[str]:
    """Backbone components (enabled, not the project's) whose annotations no extraction component
    reads, in pipeline order: the records are the same without them, so a batch switches them off.
    A shared ``tok2vec`` is unused when every component listening to it is."""
    needed = backbone_requirements(nlp)
    backbone = [n for n in nlp.pipe_names if n not in PROJECT_COMPONENTS]
    used = {n for n in backbone if set(nlp.get_pipe_meta(n).assigns) & needed}
    for n in backbone:
        listeners = getattr(nlp.get_pipe(n), "listening_components", None)
        if listeners and any(listener in used for listener in listeners):
            used.add(n)
    return [n for n in backbone if n not in used]


"""``--code`` module for ``spacy train`` / ``spacy assemble`` / ``spacy pretrain``.

* imports :mod:`extract.pipeline`, which registers the project tokenizer
  (``hindi_extract.tokenizer.v1``) and the ``hindi_sentences`` component;
* registers the reader ``hindi_extract.GoldTokens.v1``: examples whose predicted side keeps the
  corpus tokens and their NORM (spaCy's own ``spacy.Corpus.v1`` either re-tokenises the text with
  the pipeline tokenizer or, with ``gold_preproc``, rebuilds docs without our NORM values).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional, Union

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

import extract.pipeline  # noqa: E402,F401  (registers the tokenizer and hindi_sentences)


def _paths(path: Optional[Union[str, List[str]]]) -> list[str]:
    if path is None:
        return []
    if isinstance(path, (list, tuple)):
        return [str(p) for p in path]
    return [p for p in str(path).split(",") if p]


def gold_token_doc(vocab, ref: Doc) -> Doc:
    """A fresh unannotated doc with the reference's words, spaces and NORM."""
    x = Doc(vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
    for a, b in zip(x, ref):
        a.norm_ = b.norm_
    return x


@spacy.registry.readers("hindi_extract.GoldTokens.v1")
def gold_tokens_corpus(path: Union[str, List[str]], limit: int = 0, shuffle: bool = False,
                       seed: int = 0) -> Callable[[Language], Iterator[Example]]:
    """Examples from DocBins (``path``: one path, a comma-separated string or a list)."""

    def reader(nlp: Language) -> Iterator[Example]:
        refs: list[Doc] = []
        for p in _paths(path):
            refs.extend(DocBin().from_disk(p).get_docs(nlp.vocab))
        if shuffle:
            random.Random(seed).shuffle(refs)
        if limit:
            refs = refs[:limit]
        for ref in refs:
            if len(ref):
                yield Example(gold_token_doc(nlp.vocab, ref), ref)

    return reader


@spacy.registry.readers("hindi_extract.RawText.v1")
def raw_text_corpus(path: Optional[Union[str, List[str]]], min_length: int = 0, max_length: int = 0
                    ) -> Callable[[Language], Iterable[Example]]:
    """Raw sentences for ``spacy pretrain`` from DocBins: tokens and NORM as in the corpus."""

    def reader(nlp: Language) -> Iterator[Example]:
        for p in _paths(path):
            for ref in DocBin().from_disk(p).get_docs(nlp.vocab):
                if min_length and len(ref) < min_length:
                    continue
                if max_length and len(ref) > max_length:
                    continue
                x = gold_token_doc(nlp.vocab, ref)
                yield Example(x, x.copy())

    return reader

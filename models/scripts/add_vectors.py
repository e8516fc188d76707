"""Put the static vectors a sourced component was trained with into an assembled pipeline:

    python3 models/scripts/add_vectors.py models/hi_core_news.tmp models/training/vectors/model

``spacy assemble`` copies the NER (trained with ``include_static_vectors``) but not the vectors table its
embedding layer reads; without it the NER would see zero vectors. Loads the pipeline, sets its vocab's vectors
from the vectors model (``train_vectors.py``), and saves it in place.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402

import hx_spacy  # noqa: E402,F401  (registers the tokenizer)


def main(pipeline: str, vectors: str) -> int:
    nlp = spacy.load(pipeline)
    nlp.vocab.vectors = spacy.load(vectors).vocab.vectors
    nlp.to_disk(pipeline)
    print(f"{pipeline}: {nlp.vocab.vectors.shape[0]:,} vectors of {nlp.vocab.vectors.shape[1]} dimensions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

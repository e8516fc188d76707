"""Train static word vectors here (word2vec skip-gram, gensim) on the raw text of the training corpora
and turn them into a spaCy vectors model, for the "vectors trained here" experiment of the recipe:

    python3 models/scripts/train_vectors.py models/corpus/ner-raw.spacy,models/corpus/ud-train.spacy \
        models/training/vectors [--dim 64] [--min-count 3] [--epochs 10]

Input: DocBins (``make_corpora.py`` output; tokens as in the corpora, ``NORM`` set as the project
tokenizer sets it). The vectors are keyed by the token's NORM (the normalised form), which is what
``MultiHashEmbed(include_static_vectors=true)`` looks up. Only training corpora are used: never the
HDTB-test or IL-NER test files. Needs ``pip install gensim`` (training only; not a run-time dependency).
Writes ``OUT/vectors.txt`` (word2vec text format) and the spaCy model ``OUT/model`` (``spacy init vectors``).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

import hx_spacy  # noqa: E402,F401  (registers the tokenizer)


def sentences(paths: list[Path]):
    vocab = spacy.blank("hi").vocab
    for path in paths:
        for doc in DocBin().from_disk(path).get_docs(vocab):
            words = [t.norm_ or t.text for t in doc if not t.is_space]
            if len(words) >= 3:
                yield words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", help="comma-separated DocBin files (training corpora only)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    from gensim.models import Word2Vec

    sents = list(sentences([Path(p) for p in args.corpora.split(",")]))
    n_words = sum(map(len, sents))
    print(f"{len(sents):,} sentences, {n_words:,} words", file=sys.stderr)
    model = Word2Vec(sents, vector_size=args.dim, window=5, min_count=args.min_count, sg=1, negative=10,
                     epochs=args.epochs, workers=1, seed=args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    txt = args.out / "vectors.txt"
    model.wv.save_word2vec_format(str(txt), binary=False)
    print(f"{len(model.wv):,} vectors of {args.dim} dimensions -> {txt}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "hi", str(txt), str(args.out / "model")],
                   check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

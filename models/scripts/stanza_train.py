"""Run one stanza trainer (``tokenizer``, ``tagger``, ``lemmatizer``, ``parser``, ``ner_tagger``) on one CPU
thread, with stanza's own command-line arguments::

    python3 models/scripts/stanza_train.py tagger --train_file ... --no_pretrain ...

One change to stanza, for training only: ``BiaffineScorer.forward`` (the UPOS/XPOS/feats and
relation-label scorers) computes the same bilinear form with ``einsum`` instead of ``nn.Bilinear``.
Torch's CPU backward of ``nn.Bilinear`` materialises an N x out x in1 x in2 tensor (seconds and GBs
per batch here); the einsum form gives the same values and gradients, about 20x faster. The weights
keep their names and shapes, so the saved models load in an unmodified stanza.
"""
from __future__ import annotations

import importlib
import os
import sys

for _v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import torch  # noqa: E402

TRAINERS = {"tokenizer": "stanza.models.tokenizer", "tagger": "stanza.models.tagger",
            "lemmatizer": "stanza.models.lemmatizer", "parser": "stanza.models.parser",
            "ner_tagger": "stanza.models.ner_tagger"}


def _fast_biaffine_forward(self, input1: torch.Tensor, input2: torch.Tensor) -> torch.Tensor:
    """``nn.Bilinear(x1 ++ 1, x2 ++ 1)`` as two einsums (same result, cheap backward on CPU)."""
    input1 = torch.cat([input1, input1.new_ones(*input1.size()[:-1], 1)], -1)
    input2 = torch.cat([input2, input2.new_ones(*input2.size()[:-1], 1)], -1)
    tmp = torch.einsum("...i,oij->...oj", input1, self.W_bilin.weight)
    return torch.einsum("...oj,...j->...o", tmp, input2) + self.W_bilin.bias


def patch_stanza() -> None:
    from stanza.models.common import biaffine

    biaffine.BiaffineScorer.forward = _fast_biaffine_forward


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in TRAINERS:
        print(f"usage: stanza_train.py {{{','.join(TRAINERS)}}} STANZA_ARGS...", file=sys.stderr)
        return 2
    torch.set_num_threads(1)
    patch_stanza()
    mod = importlib.import_module(TRAINERS[argv[0]])
    try:
        mod.main(argv[1:])
    except UnboundLocalError as exc:  # stanza's tagger.train() returns a variable unset when it never evaluated
        if "'_'" not in str(exc):
            raise
    return 0


if __name__ == "__main__":
    sys.exit(main())

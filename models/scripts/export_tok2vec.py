"""Write the weights of a trained pipeline's tok2vec in the format ``[initialize] init_tok2vec``
reads (the same bytes ``spacy pretrain`` writes), to initialise another pipeline with it:

    python3 models/scripts/export_tok2vec.py models/training/ner/model-best models/training/ner-tok2vec.bin

Used to transfer the NER pipeline's tok2vec (trained on ~460k words of IL-NER + HiNER, where it
learnt what a name looks like) into the UD training (~31k words), whose main error is PROPN/NOUN.
Both configs use the same tok2vec architecture.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402

import hx_spacy  # noqa: E402,F401  (registers the tokenizer)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    src, dst = argv[0], argv[1]
    component = argv[2] if len(argv) == 3 else "tok2vec"
    nlp = spacy.load(src)
    Path(dst).write_bytes(nlp.get_pipe(component).model.to_bytes())
    print(f"wrote {dst} ({component} of {src})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Training files for the stanza models (``models/train_stanza.sh``), from the SAME data and splits
as the spaCy backbone (``make_corpora.py``); they go to a git-ignored folder.

Subcommands::

    ud   HDTB_DEV_V2.conllu --out-dir DIR [--tune-every 10]
         -> DIR/ud-train.conllu, DIR/ud-tune.conllu (every 10th dev sentence, as for spaCy),
            DIR/tok-{train,tune}.txt + .toklabels (stanza tokenizer format, text rebuilt by detokenize())
    ner  --ilner FILE --hiner FILE --out X.json [--ilner-slice A:B] [--hiner-slice A:B]
         [--strip-honorifics] [--augment honorifics,digits]
         -> stanza NER json (a list of sentences of {"text", "ner"}), tags mapped with make_corpora's
            ILNER_MAP / HINER_MAP, only PERSON / LOCATION / ORGANIZATION kept.
    text CONLLU --out-txt T --out-labels L   (stanza tokenizer files for any CoNLL-U, e.g. HDTB-test)

HDTB has no running text, so :func:`detokenize` rebuilds one: one space between tokens, except none
before closing punctuation (। , ? ! ) ...) and none after an opening bracket, as Hindi news text writes it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpora import MAIN_TYPES, ner_training_sentences  # noqa: E402

NO_SPACE_BEFORE = frozenset("।॥,.?!):;]}%")
NO_SPACE_AFTER = frozenset("([{")
PARAGRAPH = 5  # sentences per paragraph of the tokenizer's training text


def read_blocks(path: str | Path) -> Iterator[list[str]]:
    """CoNLL-U sentences as lists of token lines (comments dropped)."""
    block: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if block:
                yield block
            block = []
        elif not line.startswith("#"):
            block.append(line)
    if block:
        yield block


def words_of(block: list[str]) -> list[str]:
    return [ln.split("\t")[1] for ln in block if ln.split("\t")[0].isdigit()]


def detokenize_spans(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A plausible running text for a token list (see the module docstring) and each token's span in it."""
    out, spans = "", []
    for i, w in enumerate(words):
        if i and not (w in NO_SPACE_BEFORE or words[i - 1] in NO_SPACE_AFTER):
            out += " "
        spans.append((len(out), len(out) + len(w)))
        out += w
    return out, spans


def detokenize(words: list[str]) -> str:
    """A plausible running text for a token list (see the module docstring)."""
    return detokenize_spans(words)[0]


def write_conllu(blocks: list[list[str]], path: Path, prefix: str) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, b in enumerate(blocks, 1):
            f.write(f"# sent_id = {prefix}-{i}\n# text = {detokenize(words_of(b))}\n")
            f.write("\n".join(b) + "\n\n")


def tokenizer_files(conllu: Path, txt: Path, labels: Path) -> None:
    """Raw text (paragraphs of PARAGRAPH sentences) and stanza's character labels for ``conllu``."""
    from stanza.utils.datasets import prepare_tokenizer_data

    sents = [detokenize(words_of(b)) for b in read_blocks(conllu)]
    paras = [" ".join(sents[i:i + PARAGRAPH]) for i in range(0, len(sents), PARAGRAPH)]
    txt.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    mwt = txt.with_suffix(".mwt.json")  # Hindi has no multi-word tokens: an empty list, which the trainer wants
    prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])


def cmd_ud(args: argparse.Namespace) -> None:
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train, tune = [], []
    for i, b in enumerate(read_blocks(args.conllu)):  # the same split as make_corpora.py ud --tune-every
        (tune if i % args.tune_every == args.tune_every - 1 else train).append(b)
    for name, blocks in (("train", train), ("tune", tune)):
        write_conllu(blocks, out / f"ud-{name}.conllu", f"hdtb-dev-{name}")
        tokenizer_files(out / f"ud-{name}.conllu", out / f"tok-{name}.txt", out / f"tok-{name}.toklabels")
    print(f"{out}: ud-train {len(train)} sentences, ud-tune {len(tune)}", file=sys.stderr)


def cmd_ner(args: argparse.Namespace) -> None:
    sents, extra = ner_training_sentences(args, set(MAIN_TYPES))
    data = [[{"text": w, "ner": t} for w, t in zip(words, tags)] for words, tags in sents + extra if words]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"{args.out}: {len(sents)} sentences + {len(extra)} augmented", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("ud")
    u.add_argument("conllu")
    u.add_argument("--out-dir", required=True)
    u.add_argument("--tune-every", type=int, default=10)
    n = sub.add_parser("ner")
    n.add_argument("--ilner", action="append", default=[])
    n.add_argument("--hiner", action="append", default=[])
    n.add_argument("--out", required=True)
    n.add_argument("--ilner-slice", default=None)
    n.add_argument("--hiner-slice", default=None)
    n.add_argument("--augment", default="")
    n.add_argument("--strip-honorifics", action="store_true")
    n.add_argument("--seed", type=int, default=0)
    t = sub.add_parser("text")
    t.add_argument("conllu")
    t.add_argument("--out-txt", required=True)
    t.add_argument("--out-labels", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "ud":
        cmd_ud(args)
    elif args.cmd == "ner":
        cmd_ner(args)
    else:
        tokenizer_files(Path(args.conllu), Path(args.out_txt), Path(args.out_labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())

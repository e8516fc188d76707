"""Build spaCy DocBins from the shared corpora (the corpora stay where they are; DocBins go to
``models/corpus/``, which git ignores).

Every doc is built from the corpus tokens, ``Doc(vocab, words=..., spaces=...)`` with one space
between tokens (HDTB has no text), and every token gets ``norm_ = extract.text.normalize(word)``,
the same NORM our tokenizer gives at run time (tok2vec embeds NORM, PREFIX, SUFFIX, SHAPE).

Subcommands::

    ud   CONLLU... --out X.spacy [--tune-out T.spacy --tune-every 10] [--no-xpos] [--pud]
    ner  --ilner FILE | --hiner FILE ... --out X.spacy [--keep PERSON,LOCATION,ORGANIZATION]
         [--ilner-slice A:B] [--hiner-slice A:B] [--augment honorifics,digits] [--strip-honorifics]

``--pud`` marks the input as UD Hindi-PUD: its XPOS (a Google/PTB-like tag set, not BIS) is
left unset (missing, no loss for the tagger), relation subtypes are reduced to the HDTB-v2
inventory and its features are filtered to those the converted HDTB uses.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import iob_to_biluo, biluo_tags_to_spans  # noqa: E402

from extract.text import normalize  # noqa: E402
from ud_convert_v1_to_v2 import read_conllu  # noqa: E402

ILNER_MAP = {"NEP": "PERSON", "NEL": "LOCATION", "NEO": "ORGANIZATION", "NETI": "DATE", "NEN": "NUMBER",
             "NEAR": "ARTEFACT", "NEU": "UNIT", "NED": "DESIGNATION"}
HINER_MAP = {"PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "TIMEX": "DATE",
             "NUMEX": "NUMBER"}  # the rest (MISC, LANGUAGE, GAME, ...) -> O
MAIN_TYPES = ("PERSON", "LOCATION", "ORGANIZATION")


def norm_of(word: str) -> str:
    n = normalize(word).text.strip()
    return n or word


def make_doc(vocab, words: list[str]) -> Doc:
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    for t in doc:
        t.norm_ = norm_of(t.text)
    return doc


# ---------------------------------------------------------------- UD
PUD_DEPREL = {"acl:relcl": "acl", "nmod:poss": "nmod", "compound:lvc": "compound", "compound:redup": "compound",
              "obl:tmod": "obl", "obl:agent": "obl", "flat:name": "compound", "flat": "compound",
              "appos": "nmod", "parataxis": "conj", "discourse": "dep", "list": "dep", "fixed": "case"}
HDTB_DEPRELS = {"acl", "advcl", "advmod", "amod", "aux", "aux:pass", "case", "cc", "ccomp", "compound", "conj",
                "cop", "csubj", "dep", "det", "dislocated", "iobj", "mark", "nmod", "nsubj", "nsubj:pass",
                "nummod", "obj", "obl", "punct", "root", "vocative", "xcomp"}
# feature keys/values the converted HDTB uses
HDTB_FEATS = {"AdpType", "Aspect", "Case", "Gender", "Mood", "NumType", "Number", "Person", "Polarity",
              "Polite", "Poss", "PronType", "Tense", "VerbForm", "Voice"}


def _pud_feats(upos: str, feats: str) -> str:
    if feats == "_":
        d = {}
    else:
        d = dict(p.split("=", 1) for p in feats.split("|"))
    d = {k: v for k, v in d.items() if k in HDTB_FEATS}
    if upos in ("NOUN", "PROPN"):
        d.setdefault("Person", "3")
    if upos == "ADP":
        d = {k: v for k, v in d.items() if k in ("Gender", "Number")}
        d["AdpType"] = "Post"
    if d.get("Case") not in (None, "Nom", "Acc"):
        d.pop("Case")
    return "|".join(f"{k}={d[k]}" for k in sorted(d, key=str.lower)) or ""


def ud_docs(vocab, path: str, pud: bool = False, xpos: bool = True) -> Iterator[Doc]:
    for _, rows in read_conllu(path):
        rows = [list(r) for r in rows if r[0].isdigit()]  # (no ranges/empty nodes in HDTB v1.2 or PUD)
        if pud:  # PUD: के लिए = के(case) <-fixed- लिए; HDTB attaches both words to the noun
            for r in rows:
                if r[7] == "fixed" and r[6] != "0":
                    h = rows[int(r[6]) - 1]
                    r[6], r[7] = h[6], h[7]
        words = [r[1] for r in rows]
        heads = [int(r[6]) - 1 if r[6] != "0" else i for i, r in enumerate(rows)]
        deps = []
        for r in rows:
            rel = r[7]
            if pud:
                rel = PUD_DEPREL.get(rel, rel)
                if rel not in HDTB_DEPRELS:
                    rel = rel.split(":")[0] if rel.split(":")[0] in HDTB_DEPRELS else "dep"
            deps.append(rel)
        doc = Doc(
            vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
            tags=None if (pud or not xpos) else [r[4] for r in rows],
            pos=[r[3] for r in rows],
            morphs=[_pud_feats(r[3], r[5]) if pud else ("" if r[5] == "_" else r[5]) for r in rows],
            lemmas=[r[2] for r in rows],
            heads=heads, deps=deps,
        )
        for t in doc:
            t.norm_ = norm_of(t.text)
        yield doc


# ---------------------------------------------------------------- NER
def read_iob(path: str) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            if len(parts) < 2:
                continue
            word, tag = parts[0].strip(), parts[-1].strip()
            if not word:
                continue
            sent.append((word, tag))
    if sent:
        yield sent


def _map_tags(tags: list[str], mapping: dict[str, str], keep: set[str]) -> list[str]:
    out = []
    prev = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        bio, _, label = tag.partition("-")
        label = mapping.get(label)
        if label is None or label not in keep:
            out.append("O")
            prev = "O"
            continue
        if bio not in ("B", "I"):  # malformed prefix in the source (HiNER has a few "-PERSON")
            bio = "I" if prev in (f"B-{label}", f"I-{label}") else "B"
        if bio == "I" and prev not in (f"B-{label}", f"I-{label}"):
            bio = "B"  # repair an I- that starts an entity
        t = f"{bio}-{label}"
        out.append(t)
        prev = t
    return out


def ner_sentences(path: str, mapping: dict[str, str], keep: set[str]) -> list[tuple[list[str], list[str]]]:
    out = []
    for sent in read_iob(path):
        words = [w for w, _ in sent]
        out.append((words, _map_tags([t for _, t in sent], mapping, keep)))
    return out


def ner_doc(vocab, words: list[str], tags: list[str]) -> Doc:
    doc = make_doc(vocab, words)
    spans = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    doc.ents = spans  # every other token is O (annotated), so the whole doc is gold
    return doc


# ---------------------------------------------------------------- honorifics / augmentation
_DEV_DIGITS = "०१२३४५६७८९"


def _lexicon(name: str) -> list[dict]:
    if not (ROOT / "extract" / "data" / name).exists():
        return []
    from extract.resources import read_tsv

    return list(read_tsv(name))


def honorifics() -> list[dict]:
    """Pre-name honorifics (extract/data/honorifics.tsv: form, abbrev=y if only with a mark)."""
    rows = [r for r in _lexicon("honorifics.tsv") if r.get("position", "pre") == "pre"]
    if not rows:  # older checkouts: abbreviations.tsv kind=honorific
        rows = [{"form": r["form"], "abbrev": "y"} for r in _lexicon("abbreviations.tsv") if r.get("kind") == "honorific"]
    return rows


def role_titles() -> list[str]:
    """Designation titles (extract/data/designation_titles.tsv) usable on their own before a name."""
    return sorted({r["form"] for r in _lexicon("designation_titles.tsv") if r.get("bare", "") != "n" and r.get("form")})


def _honorific_keys() -> set[str]:
    from extract.text import normalize_key

    return {normalize_key(r["form"]) for r in honorifics()}


def strip_honorifics(words: list[str], tags: list[str], keys: set[str] | None = None) -> list[str]:
    """Project convention: honorifics (श्री, डॉ०, ...) stay OUTSIDE person spans. Leading honorific
    tokens of a PERSON span (and a following lone dot) become O; the span restarts after them."""
    from extract.text import normalize_key

    keys = _honorific_keys() if keys is None else keys
    tags = list(tags)
    i = 0
    while i < len(tags):
        if tags[i] == "B-PERSON":
            j = i
            while j < len(tags) and tags[j] in ("B-PERSON", "I-PERSON") and (j == i or tags[j] == "I-PERSON") \
                    and (normalize_key(words[j]) in keys or words[j] in (".", "०")):
                j += 1
            if j > i:
                for k in range(i, j):
                    tags[k] = "O"
                if j < len(tags) and tags[j] == "I-PERSON":
                    tags[j] = "B-PERSON"
            i = max(j, i + 1)
        else:
            i += 1
    return tags


def augment(sents: list[tuple[list[str], list[str]]], kinds: set[str], rng: random.Random,
            rate: float = 0.5) -> list[tuple[list[str], list[str]]]:
    """Extra copies of some sentences (the originals are kept):

    * ``honorifics``: an honorific (O) before each PERSON span that has none, from
      extract/data/honorifics.tsv, written with ``०`` or ``.`` where it is an abbreviation
      (डॉ०, मा०, पं.), half the time after a designation title (प्रदेश अध्यक्ष डॉ० ...);
    * ``digits``: the sentence with Devanagari digits (१५ अगस्त).
    """
    hon = honorifics()
    titles = role_titles()
    keys = _honorific_keys() if hon else set()
    from extract.text import normalize_key

    out = []
    for words, tags in sents:
        if "honorifics" in kinds and hon and "B-PERSON" in tags and rng.random() < rate:
            w2: list[str] = []
            t2: list[str] = []
            for w, t in zip(words, tags):
                if t == "B-PERSON" and not (w2 and normalize_key(w2[-1]) in keys):
                    if titles and rng.random() < 0.5:
                        title = rng.choice(titles).split()
                        w2.extend(title)
                        t2.extend(["O"] * len(title))
                    h = rng.choice(hon)
                    mark = rng.choice(["०", "."]) if h.get("abbrev") == "y" else rng.choice(["", "", "०", "."]) \
                        if len(h["form"]) <= 3 else ""
                    w2.append(h["form"] + mark)
                    t2.append("O")
                w2.append(w)
                t2.append(t)
            out.append((w2, t2))
        if "digits" in kinds and any(re.search(r"[0-9]", w) for w in words) and rng.random() < rate:
            out.append(([re.sub(r"[0-9]", lambda m: _DEV_DIGITS[int(m.group())], w) for w in words], list(tags)))
    return out


def parse_slice(s: str | None) -> slice:
    if not s:
        return slice(None)
    return slice(*(int(x) if x else None for x in s.split(":")))



def ner_training_sentences(args, keep: set[str]) -> tuple[list, list]:
    """(sentences, augmented copies), each a list of (words, tags): the NER corpora named in ``args``
    (``ilner``, ``hiner`` and their slices) mapped to ``keep``, honorifics moved out of PERSON spans with
    ``strip_honorifics``; the copies made by ``augment``."""
    sents = []
    for path in args.ilner:
        sents += ner_sentences(path, ILNER_MAP, keep)[parse_slice(args.ilner_slice)]
    for path in args.hiner:
        sents += ner_sentences(path, HINER_MAP, keep)[parse_slice(args.hiner_slice)]
    if args.strip_honorifics:
        keys = _honorific_keys()
        sents = [(w, strip_honorifics(w, t, keys)) for w, t in sents]
    kinds = set(filter(None, args.augment.split(",")))
    return sents, (augment(sents, kinds, random.Random(args.seed)) if kinds else [])

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("ud")
    u.add_argument("conllu", nargs="+")
    u.add_argument("--out", required=True)
    u.add_argument("--tune-out", help="write every --tune-every'th sentence here instead (held-out tuning slice)")
    u.add_argument("--tune-every", type=int, default=10)
    u.add_argument("--pud", action="store_true", help="the input is UD Hindi-PUD (XPOS dropped, labels mapped)")
    u.add_argument("--no-xpos", action="store_true")
    n = sub.add_parser("ner")
    n.add_argument("--ilner", action="append", default=[])
    n.add_argument("--hiner", action="append", default=[])
    n.add_argument("--out", required=True)
    n.add_argument("--keep", default=",".join(MAIN_TYPES))
    n.add_argument("--ilner-slice", default=None, help="START:END sentence slice of the IL-NER inputs")
    n.add_argument("--hiner-slice", default=None, help="START:END sentence slice of the HiNER inputs")
    n.add_argument("--augment", default="", help="comma list: honorifics,digits")
    n.add_argument("--strip-honorifics", action="store_true",
                   help="honorifics leading a PERSON span become O (the project convention)")
    n.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    nlp = spacy.blank("hi")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    if args.cmd == "ud":
        train, tune = DocBin(store_user_data=False), DocBin(store_user_data=False)
        i = 0
        for path in args.conllu:
            for doc in ud_docs(nlp.vocab, path, pud=args.pud, xpos=not args.no_xpos):
                if args.tune_out and i % args.tune_every == args.tune_every - 1:
                    tune.add(doc)
                else:
                    train.add(doc)
                i += 1
        train.to_disk(args.out)
        msg = f"{args.out}: {len(train)} docs"
        if args.tune_out:
            tune.to_disk(args.tune_out)
            msg += f"; {args.tune_out}: {len(tune)} docs"
        print(msg, file=sys.stderr)
        return 0

    sents, extra = ner_training_sentences(args, set(filter(None, args.keep.split(","))))
    db = DocBin(store_user_data=False)
    for words, tags in sents + extra:
        db.add(ner_doc(nlp.vocab, words, tags))
    db.to_disk(args.out)
    print(f"{args.out}: {len(sents)} sentences + {len(extra)} augmented", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

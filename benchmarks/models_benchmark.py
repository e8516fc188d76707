"""Benchmark of the backbone models: the shipped spaCy pipeline ``models/hi_core_news`` (and, later,
a stanza backend - its column is reserved and printed as "n/a" until it exists).

Run from the repository root (one CPU thread; nothing is trained or tuned here)::

    python3 benchmarks/models_benchmark.py [--model models/hi_core_news] [--data ../shared/data]
           [--raw] [--json out.json]

Test sets (read from --data; the HDTB file is converted to UD v2 on the fly with
``models/scripts/ud_convert_v1_to_v2.py``, the NER files mapped with ``models/scripts/make_corpora.py``):

* ``hdtb``  - UD Hindi-HDTB v1.2 **test** (1,684 sentences; never used for training or tuning);
* ``ilner`` - IL-NER Hindi **test** (1,388 sentences), NEP/NEL/NEO -> PERSON/LOCATION/ORGANIZATION;
* ``ilner_unseen`` - the IL-NER test sentences that do not occur verbatim in IL-NER train (1,153;
  235 test sentences are duplicates of training sentences);
* ``hiner`` - the HiNER validation **held-out slice** (sentences 9851: of ``validation.conll``; the
  model trains on :9351 and tunes on 9351:9851).

Scores use the gold tokens (each corpus word is a token, NORM set as our tokenizer would), like
the CoNLL 2018 "gold tokenisation" setting: UPOS, XPOS, UFeats (whole FEATS string), Lemma, UAS,
LAS (punctuation included, full labels, as in the CoNLL 2018 script) and LAS without punctuation.
``--raw`` also runs the whole pipeline from text (our tokenizer), scored with spaCy's aligned scorer.
NER: exact-span P/R/F per type and micro over PERSON/LOCATION/ORGANIZATION; ``*_conv`` rows score
against the same gold with leading honorifics (श्री, डॉ०, ... from extract/data/honorifics.tsv) moved
out of PERSON spans, the project's convention (IL-NER mostly annotates them outside, HiNER inside).

Speed: words/second of the full pipeline (tokenizer, hindi_sentences, tok2vec, tagger,
morphologizer, lemmatizer, parser, ner) over the HDTB test text, one process, one thread,
after a warm-up; peak memory = ``resource.getrusage`` max RSS of this process.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
           "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "models" / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.training import Example  # noqa: E402

import hx_spacy  # noqa: E402  (registers the tokenizer, hindi_sentences and the readers)
import make_corpora  # noqa: E402
import ud_convert_v1_to_v2  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
HINER_HELDOUT = slice(9851, None)
TYPES = ("PERSON", "LOCATION", "ORGANIZATION")
STANZA_PUBLISHED = {"UPOS": 97.59, "Lemma": 96.66, "LAS": 91.74}  # stanza hi_hdtb, full 13k-sentence train set


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def hdtb_test_docs(vocab, data: Path):
    src = data / "ud_hindi_hdtb_v1.2_devtest" / "hi-ud-test.conllu"
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "test.v2.conllu"
        ud_convert_v1_to_v2.convert_file(src, dst)
        return list(make_corpora.ud_docs(vocab, str(dst)))


def ner_docs(vocab, path: Path, mapping, sl=slice(None), strip: bool = False):
    sents = make_corpora.ner_sentences(str(path), mapping, set(TYPES))[sl]
    if strip:  # project convention: honorifics outside PERSON spans
        keys = make_corpora._honorific_keys()
        sents = [(w, make_corpora.strip_honorifics(w, t, keys)) for w, t in sents]
    return [make_corpora.ner_doc(vocab, w, t) for w, t in sents]


def run_gold_tokens(nlp, refs, disable=()):
    xs = [hx_spacy.gold_token_doc(nlp.vocab, r) for r in refs]
    with nlp.select_pipes(disable=[d for d in disable if d in nlp.pipe_names]):
        preds = list(nlp.pipe(xs, batch_size=256))
    return [Example(p, r) for p, r in zip(preds, refs)]


def ud_scores(examples) -> dict[str, float]:
    c: Counter = Counter()
    for eg in examples:
        for p, g in zip(eg.predicted, eg.reference):
            c["n"] += 1
            c["UPOS"] += p.pos_ == g.pos_
            c["XPOS"] += p.tag_ == g.tag_
            c["UFeats"] += str(p.morph) == str(g.morph)
            c["Lemma"] += p.lemma_ == g.lemma_
            c["AllTags"] += p.pos_ == g.pos_ and p.tag_ == g.tag_ and str(p.morph) == str(g.morph)
            uas = p.head.i == g.head.i
            las = uas and p.dep_.lower() == g.dep_.lower()
            c["UAS"] += uas
            c["LAS"] += las
            if g.pos_ != "PUNCT":
                c["n_nopunct"] += 1
                c["LAS (no punct)"] += las
    out = {k: 100 * c[k] / c["n"] for k in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemma", "UAS", "LAS")}
    out["LAS (no punct)"] = 100 * c["LAS (no punct)"] / max(1, c["n_nopunct"])
    out["tokens"] = c["n"]
    return out


def ner_scores(examples) -> dict[str, float]:
    for eg in examples:  # only the three types count (a model may also predict DATE/NUMBER)
        eg.predicted.ents = [e for e in eg.predicted.ents if e.label_ in TYPES]
    prf = Scorer.score_spans(examples, "ents")
    out = {}
    for t in TYPES:
        d = (prf.get("ents_per_type") or {}).get(t, {"p": 0, "r": 0, "f": 0})
        out.update({f"{t} P": 100 * d["p"], f"{t} R": 100 * d["r"], f"{t} F": 100 * d["f"]})
    out.update({"micro P": 100 * prf["ents_p"], "micro R": 100 * prf["ents_r"], "micro F": 100 * prf["ents_f"]})
    return out


def raw_scores(nlp, refs) -> dict[str, float]:
    texts = [r.text for r in refs]
    examples = [Example(p, r) for p, r in zip(nlp.pipe(texts, batch_size=256), refs)]
    s = Scorer(nlp).score(examples)
    s.update(Scorer.score_tokenization(examples))
    return {"UPOS": 100 * s["pos_acc"], "XPOS": 100 * s["tag_acc"], "UFeats": 100 * s["morph_acc"],
            "Lemma": 100 * s["lemma_acc"], "UAS (no punct)": 100 * s["dep_uas"], "LAS (no punct)": 100 * s["dep_las"],
            "token_acc": 100 * s["token_acc"]}


def speed(nlp, texts, repeats: int = 1) -> float:
    list(nlp.pipe(texts[:200], batch_size=256))  # warm-up
    n = 0
    t0 = time.perf_counter()
    for _ in range(repeats):
        for doc in nlp.pipe(texts, batch_size=256):
            n += len(doc)
    return n / (time.perf_counter() - t0)


def evaluate_spacy(model: Path, data: Path, raw: bool = False) -> dict:
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    res: dict = {"load_s": time.perf_counter() - t0, "pipeline": nlp.pipe_names}
    vocab = nlp.vocab
    hdtb = hdtb_test_docs(vocab, data)
    res["hdtb"] = ud_scores(run_gold_tokens(nlp, hdtb, disable=("ner",)))
    if raw:
        res["hdtb_raw"] = raw_scores(nlp, hdtb)
    if "ner" in nlp.pipe_names:
        ud_pipes = ["tagger", "morphologizer", "trainable_lemmatizer", "parser"]
        il = ner_docs(vocab, data / "il_ner_hindi" / "Hindi-test.txt", make_corpora.ILNER_MAP)
        res["ilner"] = ner_scores(run_gold_tokens(nlp, il, disable=ud_pipes))
        # 235 of the 1,388 IL-NER test sentences also occur verbatim in IL-NER train: score the rest too
        seen = {" ".join(w for w, _ in s) for s in make_corpora.read_iob(str(data / "il_ner_hindi" / "Hindi-train.txt"))}
        unseen = [d for d in il if d.text not in seen]
        res["ilner_unseen"] = ner_scores(run_gold_tokens(nlp, unseen, disable=ud_pipes))
        res["ilner_unseen"]["sentences"] = len(unseen)
        hi = ner_docs(vocab, data / "hiner" / "validation.conll", make_corpora.HINER_MAP, HINER_HELDOUT)
        res["hiner"] = ner_scores(run_gold_tokens(nlp, hi, disable=ud_pipes))
        # the same gold with leading honorifics moved out of PERSON spans (the project's convention)
        il_c = ner_docs(vocab, data / "il_ner_hindi" / "Hindi-test.txt", make_corpora.ILNER_MAP, strip=True)
        res["ilner_conv"] = ner_scores(run_gold_tokens(nlp, il_c, disable=ud_pipes))
        hi_c = ner_docs(vocab, data / "hiner" / "validation.conll", make_corpora.HINER_MAP, HINER_HELDOUT, strip=True)
        res["hiner_conv"] = ner_scores(run_gold_tokens(nlp, hi_c, disable=ud_pipes))
    texts = [r.text for r in hdtb]
    res["words_per_s"] = speed(nlp, texts)
    res["peak_rss_mb"] = peak_mb()
    res["size_mb"] = sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file()) / 2**20
    return res


def print_table(results: dict[str, dict | None]) -> None:
    backends = list(results)
    w = 16

    def row(label, getter, fmt="{:.2f}"):
        cells = []
        for b in backends:
            r = results[b]
            try:
                v = getter(r) if r else None
            except (KeyError, TypeError):
                v = None
            cells.append(("n/a" if v is None else fmt.format(v)).rjust(w))
        print(f"| {label:<28}|" + "|".join(cells) + "|")

    print(f"| {'metric':<28}|" + "|".join(b.rjust(w) for b in backends) + "|")
    print("|" + "-" * 29 + "|" + "|".join("-" * w for _ in backends) + "|")
    for k in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemma", "UAS", "LAS", "LAS (no punct)"):
        row(f"HDTB-test {k}", lambda r, k=k: r["hdtb"][k])
    for k in ("UPOS", "XPOS", "UFeats", "Lemma", "UAS (no punct)", "LAS (no punct)", "token_acc"):
        row(f"HDTB-test raw {k}", lambda r, k=k: r["hdtb_raw"][k])
    for corpus in ("ilner", "hiner"):
        for t in TYPES + ("micro",):
            for m in ("P", "R", "F"):
                row(f"{corpus} {t} {m}", lambda r, c=corpus, t=t, m=m: r[c][f"{t} {m}"])
    for corpus in ("ilner_unseen", "ilner_conv", "hiner_conv"):
        for t in ("PERSON", "micro"):
            row(f"{corpus} {t} F", lambda r, c=corpus, t=t: r[c][f"{t} F"])
    row("words/s (1 thread)", lambda r: r["words_per_s"], "{:,.0f}")
    row("peak RSS (MB)", lambda r: r["peak_rss_mb"], "{:.0f}")
    row("size on disk (MB)", lambda r: r["size_mb"], "{:.1f}")
    print(f"\nstanza published (hi_hdtb, full train set, predicted tokens): {STANZA_PUBLISHED}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "hi_core_news"))
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--raw", action="store_true", help="also score the pipeline from raw text (our tokenizer)")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    model = Path(args.model)
    if not (model / "config.cfg").exists():
        print(f"no spaCy pipeline at {model}; train it with: make -C models all", file=sys.stderr)
        return 2
    results = {"spacy": evaluate_spacy(model, Path(args.data), raw=args.raw),
               "stanza": None}  # backend slot: filled in when the stanza backend is added
    print_table(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

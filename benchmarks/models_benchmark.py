"""Benchmark of the two backbones side by side, in one run: the shipped spaCy pipeline
``models/hi_core_news`` and the stanza models ``models/hi_stanza`` (``Extractor(backend="stanza")``).

Run from the repository root (one CPU thread; nothing is trained or tuned here)::

    python3 benchmarks/models_benchmark.py [--model models/hi_core_news] [--stanza-model models/hi_stanza]
           [--backends spacy,stanza] [--data ../shared/data] [--raw] [--json out.json]

Each backend is measured in its own subprocess (``--only BACKEND``), so "peak RSS" is that backend's
own peak; a backend that cannot load (stanza not installed, models missing) is printed "n/a".

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

Both backends are scored by the same code on the same spaCy docs: the stanza column runs the
backend's spaCy component (``hindi_stanza_backbone``: our tokens and sentences, fed to stanza
pretokenized, annotations written back), exactly what ``Extractor(backend="stanza")`` runs.

Speed: words/second of the full backbone (spaCy: tokenizer, hindi_sentences, tok2vec, tagger,
morphologizer, lemmatizer, parser, ner; stanza: tokenizer, hindi_sentences, stanza pos, lemma,
depparse, ner) over the HDTB test text, one process, one thread, after a warm-up; peak memory =
``resource.getrusage`` max RSS of the backend's process.

Tokenisation from raw text (``tokenizer``/``sentences`` rows): HDTB-test has no running text, so one
is rebuilt (``models/scripts/stanza_corpora.py:detokenize``: no space before । , ? ! ) and after
opening brackets; paragraphs of 5 sentences); token and sentence F1 are exact character-span matches.
The spaCy column is the project tokenizer + ``hindi_sentences`` (what both backends use by default),
the stanza column the trained stanza tokenizer (``tokenize.pt``; ``stanza_tokenize=True``).
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
           "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
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
import stanza_corpora  # noqa: E402
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


def hdtb_raw_text(refs) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """HDTB-test as running text (paragraphs of 5 sentences) with gold token and sentence spans."""
    paras, toks, sents, offset = [], [], [], 0
    for k in range(0, len(refs), stanza_corpora.PARAGRAPH):
        parts = []
        for r in refs[k:k + stanza_corpora.PARAGRAPH]:
            text, spans = stanza_corpora.detokenize_spans([t.text for t in r])
            base = offset + sum(len(p) + 1 for p in parts)
            toks += [(base + a, base + b) for a, b in spans]
            sents.append((base + spans[0][0], base + spans[-1][1]))
            parts.append(text)
        para = " ".join(parts)
        paras.append(para)
        offset += len(para) + 2  # "\n\n"
    return "\n\n".join(paras), toks, sents


def span_f1(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> float:
    g, p = set(gold), set(pred)
    tp = len(g & p)
    return 100 * 2 * tp / max(1, len(g) + len(p))


def tokenization_scores(refs, stanza_dir: Path | None = None) -> dict[str, float]:
    """Token / sentence F1 on the rebuilt HDTB-test text: ours (project tokenizer + hindi_sentences),
    or the stanza tokenizer in ``stanza_dir``."""
    text, gold_toks, gold_sents = hdtb_raw_text(refs)
    if stanza_dir is None:
        nlp = spacy.blank("hi", config={"nlp": {"tokenizer": {"@tokenizers": "hindi_extract.tokenizer.v1"}}})
        nlp.add_pipe("hindi_sentences")
        nlp.max_length = len(text) + 1
        doc = nlp(text)
        toks = [(t.idx, t.idx + len(t)) for t in doc if not t.is_space]
        sents = []
        for s in doc.sents:
            words = [t for t in s if not t.is_space]
            if words:
                sents.append((words[0].idx, words[-1].idx + len(words[-1])))
    else:
        import stanza
        from extract.backends.stanza_backbone import RESOURCES_JSON

        tok = stanza.Pipeline(lang="hi", processors="tokenize", download_method=None, dir=str(stanza_dir),
                              resources_filepath=str(RESOURCES_JSON), allow_unknown_language=True,
                              tokenize_model_path=str(stanza_dir / "tokenize.pt"), logging_level="ERROR")
        sdoc = tok(text)
        toks = [(t.start_char, t.end_char) for s in sdoc.sentences for t in s.tokens]
        sents = [(s.tokens[0].start_char, s.tokens[-1].end_char) for s in sdoc.sentences]
    return {"token F1": span_f1(gold_toks, toks), "sentence F1": span_f1(gold_sents, sents)}


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
    res["tokenization"] = tokenization_scores(hdtb)
    res["peak_rss_mb"] = peak_mb()
    res["size_mb"] = sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file()) / 2**20
    return res


def evaluate_stanza(model: Path, data: Path, raw: bool = False) -> dict:
    """The same measurements through the stanza backbone component (see the module docstring)."""
    import torch

    from extract.backends.stanza_backbone import FACTORY, MODEL_FILES
    from extract.pipeline import make_nlp

    torch.set_num_threads(1)
    t0 = time.perf_counter()
    nlp = make_nlp()
    nlp.add_pipe(FACTORY, config={"model": str(model)})
    res: dict = {"load_s": time.perf_counter() - t0, "pipeline": nlp.pipe_names}
    vocab = nlp.vocab
    hdtb = hdtb_test_docs(vocab, data)
    res["hdtb"] = ud_scores(run_gold_tokens(nlp, hdtb))
    if raw:
        res["hdtb_raw"] = raw_scores(nlp, hdtb)
    il = ner_docs(vocab, data / "il_ner_hindi" / "Hindi-test.txt", make_corpora.ILNER_MAP)
    res["ilner"] = ner_scores(run_gold_tokens(nlp, il))
    seen = {" ".join(w for w, _ in s) for s in make_corpora.read_iob(str(data / "il_ner_hindi" / "Hindi-train.txt"))}
    unseen = [d for d in il if d.text not in seen]
    res["ilner_unseen"] = ner_scores(run_gold_tokens(nlp, unseen))
    res["ilner_unseen"]["sentences"] = len(unseen)
    hi = ner_docs(vocab, data / "hiner" / "validation.conll", make_corpora.HINER_MAP, HINER_HELDOUT)
    res["hiner"] = ner_scores(run_gold_tokens(nlp, hi))
    il_c = ner_docs(vocab, data / "il_ner_hindi" / "Hindi-test.txt", make_corpora.ILNER_MAP, strip=True)
    res["ilner_conv"] = ner_scores(run_gold_tokens(nlp, il_c))
    hi_c = ner_docs(vocab, data / "hiner" / "validation.conll", make_corpora.HINER_MAP, HINER_HELDOUT, strip=True)
    res["hiner_conv"] = ner_scores(run_gold_tokens(nlp, hi_c))
    texts = [r.text for r in hdtb]
    res["words_per_s"] = speed(nlp, texts)
    res["tokenization"] = tokenization_scores(hdtb, stanza_dir=model)
    res["peak_rss_mb"] = peak_mb()
    files = {k: (model / f).stat().st_size / 2**20 for k, f in MODEL_FILES.items()}
    res["size_mb"] = sum(files.values())
    res["file_mb"] = files
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
    if any(r and "hdtb_raw" in r for r in results.values()):  # --raw
        for k in ("UPOS", "XPOS", "UFeats", "Lemma", "UAS (no punct)", "LAS (no punct)", "token_acc"):
            row(f"HDTB-test raw {k}", lambda r, k=k: r["hdtb_raw"][k])
    for corpus in ("ilner", "hiner"):
        for t in TYPES + ("micro",):
            for m in ("P", "R", "F"):
                row(f"{corpus} {t} {m}", lambda r, c=corpus, t=t, m=m: r[c][f"{t} {m}"])
    for corpus in ("ilner_unseen", "ilner_conv", "hiner_conv"):
        for t in ("PERSON", "micro"):
            row(f"{corpus} {t} F", lambda r, c=corpus, t=t: r[c][f"{t} F"])
    row("tokenizer: token F1 (raw)", lambda r: r["tokenization"]["token F1"])
    row("tokenizer: sentence F1 (raw)", lambda r: r["tokenization"]["sentence F1"])
    row("words/s (1 thread)", lambda r: r["words_per_s"], "{:,.0f}")
    row("peak RSS (MB)", lambda r: r["peak_rss_mb"], "{:.0f}")
    row("size on disk (MB)", lambda r: r["size_mb"], "{:.1f}")
    print(f"\nstanza published (hi_hdtb, full train set, predicted tokens): {STANZA_PUBLISHED}")


def run_backend(backend: str, args) -> dict | None:
    """Measure one backend in a subprocess (its own peak memory); None (printed n/a) if it fails."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--only", backend, "--json", str(out),
               "--model", args.model, "--stanza-model", args.stanza_model, "--data", args.data]
        if args.raw:
            cmd.append("--raw")
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        print(f"{backend}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        if proc.returncode != 0 or not out.exists():
            print(f"{backend}: n/a ({proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode})",
                  file=sys.stderr)
            return None
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "hi_core_news"), help="the spaCy pipeline")
    ap.add_argument("--stanza-model", default=str(ROOT / "models" / "hi_stanza"), help="the stanza model folder")
    ap.add_argument("--backends", default="spacy,stanza", help="comma list of backends to measure")
    ap.add_argument("--only", choices=["spacy", "stanza"], help=argparse.SUPPRESS)  # one backend, this process
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--raw", action="store_true", help="also score the pipeline from raw text (our tokenizer)")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    if args.only:  # worker: one backend in this process
        if args.only == "spacy":
            model = Path(args.model)
            if not (model / "config.cfg").exists():
                print(f"no spaCy pipeline at {model}; train it with: make -C models all", file=sys.stderr)
                return 2
            res = evaluate_spacy(model, Path(args.data), raw=args.raw)
        else:
            from extract.backends.stanza_backbone import check_installed, model_paths

            check_installed()
            model_paths(Path(args.stanza_model), ["tokenize", "pos", "lemma", "depparse", "ner"])
            res = evaluate_stanza(Path(args.stanza_model), Path(args.data), raw=args.raw)
        Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")
        return 0
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    results = {b: (run_backend(b, args) if b in backends else None) for b in ("spacy", "stanza")}
    print_table(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

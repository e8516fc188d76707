"""Write the shipped pipeline's meta.json (name, licence, sources; scores if a benchmark JSON is given).

    python3 models/scripts/finalize.py models/hi_core_news [--bench models/training/bench.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SOURCES = [
    {"name": "UD Hindi-HDTB v1.2 (dev section; converted to UD v2)", "url": "https://github.com/UniversalDependencies/UD_Hindi-HDTB",
     "license": "CC BY-NC-SA 4.0", "author": "Bhat, Bhatt, Farudi, Klassen, Narasimhan, Palmer, Rambow, Sharma, Vaidya, Vishnu, Xia"},
    {"name": "IL-NER Hindi (train)", "url": "https://github.com/ltrc/IL-NER", "license": "CC BY 4.0",
     "author": "Bahad, Mishra, Krishnamurthy, Sharma (NAACL-SRW 2024)"},
    {"name": "HiNER (original tag set, validation split minus held-out slices)", "url": "https://github.com/cfiltnlp/HiNER",
     "license": "CC BY-SA 4.0", "author": "Murthy et al. (LREC 2022)"},
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--bench")
    ap.add_argument("--pud", action="store_true", help="UD Hindi-PUD was part of the UD training data")
    args = ap.parse_args(argv)
    path = Path(args.model) / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    sources = list(SOURCES)
    sources.insert(1, {"name": "UD Hindi-PUD" + ("" if args.pud else " (raw text for tok2vec pretraining only)"),
                       "url": "https://github.com/UniversalDependencies/UD_Hindi-PUD",
                       "license": "CC BY-SA 3.0", "author": "Zeman et al. (CoNLL 2017)"})
    meta.update({
        "name": "core_news",
        "version": "0.1.0",
        "description": "Small Hindi pipeline for hindi-extract: project tokenizer, rule-based sentences, CNN tok2vec, "
                       "tagger (BIS XPOS), morphologizer (UPOS+FEATS, UD v2), trainable lemmatizer, parser (UD v2), "
                       "NER (PERSON, LOCATION, ORGANIZATION). Needs `import extract.pipeline` before spacy.load.",
        "author": "hindi-extract",
        "license": "CC BY-NC-SA 4.0 (non-commercial, share-alike: trained on UD Hindi-HDTB)",
        "sources": sources,
    })
    if args.bench:
        bench = json.loads(Path(args.bench).read_text(encoding="utf-8"))["spacy"]
        meta["performance"] = {k: bench[k] for k in ("hdtb", "ilner", "hiner", "words_per_s") if k in bench}
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

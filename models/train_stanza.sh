#!/usr/bin/env bash
# Training recipe for models/hi_stanza (stanza Hindi: tokenize, pos, lemma, depparse, ner). Run from anywhere:
#
#   bash models/train_stanza.sh --ud-dir ../shared/data/ud_hindi_hdtb_v1.2_devtest \
#        --ilner ../shared/data/il_ner_hindi --hiner ../shared/data/hiner/validation.conll
#
# Stages (--stage, default all): corpus -> tokenize -> pos -> lemma -> depparse -> ner -> assemble -> bench.
# Same data and splits as the spaCy backbone (train.sh): UD train = HDTB-dev (UD v2) minus every 10th
# sentence, tune = every 10th; NER train = IL-NER train + HiNER validation :9351 (honorifics moved out of
# PERSON spans, augmented), tune = IL-NER dev + HiNER 9351:9851. HDTB-test, IL-NER test and HiNER 9851:
# are never trained or tuned on. No pretrained word vectors (--no_pretrain), no charlm, no transformer.
# One CPU thread; steps capped (STEPS_* below): the shipped run took 27.5 min on one (shared) core.
# Each trainer runs through scripts/stanza_train.py (one thread, a training-only fast biaffine scorer).
# Intermediate files: models/training_stanza/ (git-ignored). Only the final .pt files go to --out.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DATA="$(cd "$ROOT/.." && pwd)/shared/data"
UD_DIR="$DATA/ud_hindi_hdtb_v1.2_devtest"
ILNER="$DATA/il_ner_hindi"
HINER="$DATA/hiner/validation.conll"
OUT="$HERE/hi_stanza"
WORK="$HERE/training_stanza"
STAGE="all"
# step caps (one thread); override from the environment for a quicker or a longer run
STEPS_TOKENIZE="${STEPS_TOKENIZE:-1500}"
STEPS_POS="${STEPS_POS:-2000}"
EPOCHS_LEMMA="${EPOCHS_LEMMA:-5}"
STEPS_DEPPARSE="${STEPS_DEPPARSE:-800}"
STEPS_NER="${STEPS_NER:-2500}"

usage() { sed -n '2,14p' "$0"; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --ud-dir) UD_DIR="$2"; shift 2;;
    --ilner) ILNER="$2"; shift 2;;
    --hiner) HINER="$2"; shift 2;;
    --out) OUT="$2"; shift 2;;
    --work) WORK="$2"; shift 2;;
    --stage) STAGE="$2"; shift 2;;
    -h|--help) usage 0;;
    *) echo "unknown argument: $1" >&2; usage 2;;
  esac
done
[ -d "$HINER" ] && HINER="$HINER/validation.conll"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
PY="${PYTHON:-python3}"
TRAIN="$PY $HERE/scripts/stanza_train.py"
C="$WORK/corpus"
M="$WORK/models"
cd "$ROOT"
mkdir -p "$C" "$M"
want() { [ "$STAGE" = all ] || [ "$STAGE" = "$1" ]; }
stamp() { echo "== $1 ($(date +%T))" >&2; }

if want corpus; then
  stamp "corpus: HDTB v1.2 dev -> UD v2 -> stanza train/tune; NER json"
  "$PY" "$HERE/scripts/ud_convert_v1_to_v2.py" "$UD_DIR/hi-ud-dev.conllu" "$C/hdtb-dev.v2.conllu"
  "$PY" "$HERE/scripts/stanza_corpora.py" ud "$C/hdtb-dev.v2.conllu" --out-dir "$C" --tune-every 10
  "$PY" "$HERE/scripts/stanza_corpora.py" ner --ilner "$ILNER/Hindi-train.txt" --hiner "$HINER" \
      --hiner-slice :9351 --strip-honorifics --augment honorifics,digits --out "$C/ner-train.json"
  "$PY" "$HERE/scripts/stanza_corpora.py" ner --ilner "$ILNER/Hindi-dev.txt" --hiner "$HINER" \
      --hiner-slice 9351:9851 --strip-honorifics --out "$C/ner-tune.json"
fi

if want tokenize; then
  stamp "tokenize"
  $TRAIN tokenizer --mode train --lang hi --shorthand hi_hdtb \
      --txt_file "$C/tok-train.txt" --label_file "$C/tok-train.toklabels" \
      --dev_txt_file "$C/tok-tune.txt" --dev_label_file "$C/tok-tune.toklabels" --dev_conll_gold "$C/ud-tune.conllu" \
      --mwt_json_file "$C/tok-train.mwt.json" \
      --conll_file "$M/tok-tune.pred.conllu" --save_dir "$M" --save_name tokenize.pt \
      --steps "$STEPS_TOKENIZE" --eval_steps 100 --max_steps_before_stop 600 --cpu
fi

if want pos; then
  stamp "pos: UPOS + XPOS (BIS) + UFeats"
  $TRAIN tagger --lang hi --shorthand hi_hdtb --no_pretrain --cpu \
      --train_file "$C/ud-train.conllu" --eval_file "$C/ud-tune.conllu" --output_file "$M/pos-tune.pred.conllu" \
      --save_dir "$M" --save_name pos.pt --max_steps "$STEPS_POS" --eval_interval 100 --max_steps_before_stop 600 \
      --hidden_dim 128 --char_hidden_dim 64 --deep_biaff_hidden_dim 128 --composite_deep_biaff_hidden_dim 64 \
      --word_emb_dim 75 --word_cutoff 2 --batch_size 32
  # stanza trains the parser on predicted tags: retag train and tune with the tagger just trained
  for s in train tune; do
    $TRAIN tagger --mode predict --lang hi --shorthand hi_hdtb --no_pretrain --cpu \
        --eval_file "$C/ud-$s.conllu" --output_file "$C/ud-$s.retag.conllu" --save_dir "$M" --save_name pos.pt
  done
fi

if want lemma; then
  stamp "lemma"
  $TRAIN lemmatizer --mode train --shorthand hi_hdtb --cpu \
      --train_file "$C/ud-train.conllu" --eval_file "$C/ud-tune.conllu" --output_file "$M/lemma-tune.pred.conllu" \
      --save_dir "$M" --save_name lemma.pt --num_epoch "$EPOCHS_LEMMA" --decay_epoch 3 --hidden_dim 100
fi

if want depparse; then
  stamp "depparse"
  $TRAIN parser --lang hi --shorthand hi_hdtb --no_pretrain --cpu \
      --train_file "$C/ud-train.retag.conllu" --eval_file "$C/ud-tune.retag.conllu" --output_file "$M/depparse-tune.pred.conllu" \
      --save_dir "$M" --save_name depparse.pt --max_steps "$STEPS_DEPPARSE" --eval_interval 100 --max_steps_before_stop 600 \
      --hidden_dim 150 --char_hidden_dim 64 --deep_biaff_hidden_dim 100 --num_layers 2 --word_emb_dim 75 --word_cutoff 2 \
      --batch_size 1000
fi

if want ner; then
  stamp "ner: PERSON, LOCATION, ORGANIZATION"
  $TRAIN ner_tagger --shorthand hi_ner --no_pretrain --cpu \
      --train_file "$C/ner-train.json" --eval_file "$C/ner-tune.json" \
      --save_dir "$M" --save_name ner.pt --max_steps "$STEPS_NER" --eval_interval 250 --max_steps_no_improve 1000 \
      --hidden_dim 128 --char_hidden_dim 64 --word_emb_dim 50 --char_emb_dim 50
fi

if want assemble; then
  stamp "assemble -> $OUT"
  mkdir -p "$OUT"
  for f in tokenize pos lemma depparse ner; do cp "$M/$f.pt" "$OUT/$f.pt"; done
  du -h "$OUT"/*.pt >&2
fi

if want bench; then
  stamp "bench"
  "$PY" "$ROOT/benchmarks/models_benchmark.py" --stanza-model "$OUT" --data "$(dirname "$UD_DIR")" --json "$WORK/bench.json"
fi

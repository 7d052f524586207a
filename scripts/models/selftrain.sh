#!/usr/bin/env bash
# Self-training stage 2 (session 5, docs/models.md "Self-training on news text"): continue the
# Europeana stage-1 model E3 on the GermEval train part x GER plus silver 10kGNAD sentences
# labelled by the shipped pipeline (scripts/models/silver_news.py). Single-threaded.
# Usage: RUN=N1 GER=2 SILVER=1 STEPS=1000 bash scripts/models/selftrain.sh
set -euo pipefail
PY=${PY:-.venv/bin/python}
B=build/models
C=$B/corpus
RUN=${RUN:-N1}; GER=${GER:-2}; SILVER=${SILVER:-1}; STEPS=${STEPS:-1000}; LR=${LR:-0.0002}
STAGE1=${STAGE1:-$B/runs/E3/model-best}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1
[ -f $C/ner/silver_news.spacy ] || $PY scripts/models/silver_news.py --out $C/ner/silver_news.spacy
d=$C/mix_$RUN; rm -rf "$d"; mkdir -p "$d"
for i in $(seq 1 "$GER"); do ln -s ../ner/ger_train.spacy "$d/ger_$i.spacy"; done
for i in $(seq 1 "$SILVER"); do ln -s ../ner/silver_news.spacy "$d/silver_$i.spacy"; done
$PY -m spacy train configs/ner_finetune.cfg -o $B/runs/$RUN \
  --paths.train "$d" --paths.dev $C/ner/ger_dev.spacy --paths.vectors "$STAGE1" \
  --paths.ner_source "$STAGE1" --training.max_steps "$STEPS" --training.eval_frequency 100 \
  --training.optimizer.learn_rate "$LR"

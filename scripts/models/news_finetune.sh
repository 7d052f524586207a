#!/usr/bin/env bash
# news_finetune.sh TAG GER_COPIES NEWS_O_COPIES NEWS_M_COPIES [LR] [STEPS]
# Session 11: fine-tune the shipped NER (S2b = build/models/runs/S2b/model-best) on the GermEval
# train part + the news gold files (scripts/models/convert_gold_news.py; _o = other tokens O,
# _m = unknown capitalised tokens missing), model-best on GermEval dev + the news dev part, then
# assemble a candidate MODELS_DIR build/models/runs/s11/cand_TAG (never src/newsgraph/models).
# SEED=N env: training seed (default 0). SRC / SYNTAX env: the NER to continue and the syntax
# model to assemble with (defaults: the session-3 S2b run and the shipped syntax model; make
# model passes its own stage-2 NER and syntax). OUT env: where the candidate MODELS_DIR goes.
# NEWS_SPLIT env: the committed file split of the news gold files (default
# scripts/models/news_split = session 11; scripts/models/news_split_s12 = session 12: more train
# files, same dev part, check set 13 held out); its conversion goes to build/models/corpus/news
# (session 11) or build/models/corpus/news_<split dir name> (any other split). RUNS env: where
# the runs go (default build/models/runs/s11).
# One process, one thread. Example (candidate N1O): bash scripts/models/news_finetune.sh N1O 3 1 0
set -euo pipefail
PY=${PY:-.venv/bin/python}
TAG=$1; G=$2; NO=$3; NM=$4; LR=${5:-0.0002}; STEPS=${6:-600}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1
C=build/models/corpus; S=${RUNS:-build/models/runs/s11}
SRC=${SRC:-build/models/runs/S2b/model-best}
SYNTAX=${SYNTAX:-build/models/syntax_shipped}
SPLIT=${NEWS_SPLIT:-scripts/models/news_split}
N=news; DEV=devNews
if [ "$(basename "$SPLIT")" != news_split ]; then N=news_$(basename "$SPLIT"); DEV=devNews_$N; fi
[ -f $C/$N/news_train_o.spacy ] || $PY scripts/models/convert_gold_news.py --split "$SPLIT" --out $C/$N
MIX=$C/mix_news_$TAG; rm -rf $MIX; mkdir -p $MIX $C/$DEV $S
for i in $(seq 1 $G); do ln -sf ../ner/ger_train.spacy $MIX/ger$i.spacy; done
for i in $(seq 1 $NO); do ln -sf ../$N/news_train_o.spacy $MIX/news_o$i.spacy; done
for i in $(seq 1 $NM); do ln -sf ../$N/news_train_m.spacy $MIX/news_m$i.spacy; done
ln -sf ../ner/ger_dev.spacy $C/$DEV/ger_dev.spacy
ln -sf ../$N/news_dev_o.spacy $C/$DEV/news_dev.spacy
$PY -m spacy train configs/ner_finetune.cfg -o $S/$TAG \
  --paths.train $MIX --paths.dev $C/$DEV --paths.vectors $SRC --paths.ner_source $SRC \
  --training.max_steps "$STEPS" --training.eval_frequency 100 --training.optimizer.learn_rate "$LR" \
  --system.seed "${SEED:-0}"
M=${OUT:-$S/cand_$TAG}; mkdir -p $M
cp src/newsgraph/models/de_lemmas.tsv.gz src/newsgraph/models/de_person_names.txt.gz \
  src/newsgraph/models/de_name_ngrams.tsv.gz $M/
$PY scripts/models/assemble.py $SYNTAX $S/$TAG/model-best --out $M/de_newsgraph

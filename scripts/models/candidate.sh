#!/usr/bin/env bash
# candidate.sh TAG NER_MODEL: assemble NER_MODEL with the shipped syntax model into
# build/models/cand${TAG}_models (a MODELS_DIR: de_newsgraph + the shipped lemma table and
# surname list), then score it: report.py (held-out/dev/SmartData/UNER PUD, speed) and
# build/models/downstream.sh (quotes/events/entities on tests/fixtures/gold).
set -euo pipefail
PY=${PY:-.venv/bin/python}
TAG=$1; NER=$2; B=build/models; M=$B/cand${TAG}_models
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p $M
cp src/newsgraph/models/de_lemmas.tsv.gz src/newsgraph/models/de_person_names.txt.gz $M/
$PY scripts/models/assemble.py $B/syntax_shipped $NER --out $M/de_newsgraph
$PY scripts/models/report.py --model $M/de_newsgraph \
  --gold-plo $B/corpus/uner_de_pud.conll > $B/report_$TAG.json
bash $B/downstream.sh $TAG $M

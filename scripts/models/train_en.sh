#!/usr/bin/env bash
# Reproduce the shipped English syntax pipeline en_newsgraph (docs/models.md, "Session 14:
# English syntax model"). One thread, niced; about 35 min on a free core. CI never runs this.
#
# Input: the UD English EWT train and dev files (CC BY-SA 4.0), commit
# 15d613d8447b3478787d4c278730a1e48a945efb of https://github.com/UniversalDependencies/UD_English-EWT
# (release files en_ewt-ud-{train,dev}.conllu, or rebuilt from not-to-release/sources with the
# repository's not-to-release/tools/build.py; git blob ids train 34731d23, dev a994b699).
# Only train is trained on; dev selects model-best and is reported. The test file is never used.
# Output: build/models/en/ (ignored) and src/newsgraph/models/en_newsgraph (shipped).
set -euo pipefail
PY=${PY:-.venv/bin/python}
DATA=${DATA:-../shared/data}
EWT=${EWT:-$DATA/ud-en/ewt}
B=build/models/en
# step cap (the shipped model: model-best of this run, dev scored every 500 steps)
EN_STEPS=${EN_STEPS:-3500}
# optional wall-clock cap (GNU timeout duration, 0 = none): model-best survives a stop
EN_CAP=${EN_CAP:-0}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1

# 1. CoNLL-U -> DocBin, 10 sentences a doc (so the parser learns sentence boundaries);
#    multiword tokens (don't = do + n't) stay split, as spaCy's English tokenizer splits them
mkdir -p $B/corpus
for part in train dev; do
  $PY -m spacy convert "$EWT/en_ewt-ud-$part.conllu" $B/corpus --converter conllu \
    --n-sents 10 >/dev/null
done

# 2. train (seed 0 in the config)
timeout --signal=INT "$EN_CAP" nice -n 10 $PY -m spacy train configs/syntax_en.cfg -o $B/syntax \
  --paths.train $B/corpus/en_ewt-ud-train.spacy --paths.dev $B/corpus/en_ewt-ud-dev.spacy \
  --training.max_steps "$EN_STEPS" || [ $? -eq 124 ]

# 3. ship model-best with its credits; score it on the dev file
$PY scripts/models/assemble_en.py $B/syntax/model-best src/newsgraph/models/en_newsgraph
$PY -m spacy evaluate src/newsgraph/models/en_newsgraph $B/corpus/en_ewt-ud-dev.spacy

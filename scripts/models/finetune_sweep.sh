#!/usr/bin/env bash
# Parallel sweep of NER stage-2 runs (configs/ner_finetune.cfg) from one stage-1 model; each
# single-threaded and time-boxed, then scored on the GermEval dev/held-out parts and SmartData test.
# Usage: scripts/models/finetune_sweep.sh CORPUS_DIR STAGE1_MODEL RUNS_DIR SECONDS [EXP ...]
set -u
CORPUS=$1; SRC=$2; RUNS=$3; SECS=$4; shift 4
PY=${PY:-python3}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$RUNS"
mix() {  # mix NAME ger smart ler
  local d=$CORPUS/$1; rm -rf "$d"; mkdir -p "$d"
  for i in $(seq 1 "$2"); do cp "$CORPUS/ner/ger_train.spacy" "$d/ger_$i.spacy"; done
  for i in $(seq 1 "$3"); do cp "$CORPUS/ner/smartdata.spacy" "$d/smart_$i.spacy"; done
  for i in $(seq 1 "$4"); do cp "$CORPUS/ner/ler.spacy" "$d/ler_$i.spacy"; done
}
mix gold 2 1 0
mix geronly 1 0 0
mix goldler 2 1 1
mix ger3smart1 3 1 0

declare -A EXP=(
  [ft_gold_lr5]="gold --training.optimizer.learn_rate 0.0005"
  [ft_gold_lr2]="gold --training.optimizer.learn_rate 0.0002"
  [ft_gold_lr10]="gold --training.optimizer.learn_rate 0.001"
  [ft_ger_lr5]="geronly --training.optimizer.learn_rate 0.0005"
  [ft_ger_lr2]="geronly --training.optimizer.learn_rate 0.0002"
  [ft_gold_drop3]="gold --training.optimizer.learn_rate 0.0005 --training.dropout 0.3"
  [ft_goldler_lr5]="goldler --training.optimizer.learn_rate 0.0005"
  [ft_g3s1_lr5]="ger3smart1 --training.optimizer.learn_rate 0.0005"
  [ft_gold_lr5_s1]="gold --training.optimizer.learn_rate 0.0005 --system.seed 1"
  [ft_gold_lr5_noavg]="gold --training.optimizer.learn_rate 0.0005 --training.optimizer.use_averages false"
)
NAMES=("$@"); [ ${#NAMES[@]} -eq 0 ] && NAMES=("${!EXP[@]}")
for name in "${NAMES[@]}"; do
  set -- ${EXP[$name]}; data=$1; shift
  echo "$name: configs/ner_finetune.cfg --paths.train $CORPUS/$data $*" >> "$RUNS/commands.txt"
  timeout "$SECS" $PY -m spacy train configs/ner_finetune.cfg -o "$RUNS/$name" \
    --paths.train "$CORPUS/$data" --paths.dev "$CORPUS/ner/ger_dev.spacy" \
    --paths.vectors "$SRC" --paths.ner_source "$SRC" --training.max_steps 100000 \
    --training.eval_frequency 100 "$@" > "$RUNS/$name.log" 2>&1 &
done
wait
for name in "${NAMES[@]}"; do
  m=$RUNS/$name/model-best
  [ -d "$m" ] || continue
  $PY scripts/models/evaluate.py ner "$m" "$CORPUS/ner/ger_dev.spacy" "$CORPUS/ner/ger_heldout.spacy" \
    "$CORPUS/ner/smartdata_test.spacy" >> "$RUNS/results.jsonl" 2>> "$RUNS/eval.err" &
done
wait
if [ -n "${PACK:-}" ]; then
  mkdir -p "$PACK"
  cp "$RUNS/results.jsonl" "$RUNS/commands.txt" "$PACK/" 2>/dev/null
  tar czf "$PACK/logs.tgz" -C "$RUNS" $(cd "$RUNS" && ls *.log eval.err 2>/dev/null)
  best=$($PY -c "
import json,sys
rs=[json.loads(l) for l in open('$RUNS/results.jsonl')]
rs=[r for r in rs if r['gold']=='ger_dev.spacy']
print(max(rs,key=lambda r:r['overall']['f1'])['model'])")
  name=$(basename "$(dirname "$best")")
  # ship only the ner weights back (the vocab and vectors are those of the stage-1 model)
  tar czf "$PACK/$name.tgz" -C "$(dirname "$best")" model-best/ner model-best/config.cfg model-best/meta.json
  ls -la "$PACK"
fi

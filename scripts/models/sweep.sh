#!/usr/bin/env bash
# Parallel experiment sweep: one single-threaded `spacy train` per experiment, all time-boxed,
# then every model-best is scored on the held-out corpora. Used once on a 16-core machine;
# each experiment is also reproducible alone with the same command line on 1 core.
#
# Usage: scripts/models/sweep.sh CORPUS_DIR RUNS_DIR TRAIN_SECONDS [EXPERIMENT ...]
set -u
CORPUS=$1; RUNS=$2; SECS=$3; shift 3
PY=${PY:-python3}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$RUNS"

# data mixes: duplicated files weight gold data over silver
mix() {  # mix NAME ger smart wiki ler
  local d=$CORPUS/$1; rm -rf "$d"; mkdir -p "$d"
  for i in $(seq 1 "$2"); do cp "$CORPUS/ner/ger_train.spacy" "$d/ger_$i.spacy"; done
  for i in $(seq 1 "$3"); do cp "$CORPUS/ner/smartdata.spacy" "$d/smart_$i.spacy"; done
  for i in $(seq 1 "$4"); do cp "$CORPUS/ner/wikiann.spacy" "$d/wiki_$i.spacy"; done
  for i in $(seq 1 "$5"); do cp "$CORPUS/ner/ler.spacy" "$d/ler_$i.spacy"; done
}
mix mixA 3 1 1 1
mix mixB 3 2 1 0
mix mixC 3 1 0 1
mix mixD 6 2 1 1

W128="--components.ner.model.tok2vec.embed.width 128 --components.ner.model.tok2vec.encode.width 128"
declare -A EXP=(
  [a_w96]="ner mixA"
  [b_w96]="ner mixB"
  [c_w96]="ner mixC"
  [d_w96]="ner mixD"
  [a_w128]="ner mixA $W128"
  [d_w128]="ner mixD $W128"
  [d_w128_s1]="ner mixD $W128 --system.seed 1"
  [d_w128_dep6]="ner mixD $W128 --components.ner.model.tok2vec.encode.depth 6"
  [d_w96_drop25]="ner mixD --training.dropout 0.25"
  [d_w128_rows10]="ner mixD $W128 --components.ner.model.tok2vec.embed.rows [10000,2500,5000,2500]"
  [c_w128]="ner mixC $W128"
  [d_w96_h128]="ner mixD --components.ner.model.hidden_width 128"
  [d_w128_lr2]="ner mixD $W128 --training.optimizer.learn_rate 0.002"
  [syn_w96]="syntax ud"
  [syn_w128]="syntax ud --components.tok2vec.model.encode.width 128"
)
NAMES=("$@"); [ ${#NAMES[@]} -eq 0 ] && NAMES=("${!EXP[@]}")

for name in "${NAMES[@]}"; do
  set -- ${EXP[$name]}; kind=$1; data=$2; shift 2
  if [ "$kind" = ner ]; then
    args=(configs/ner.cfg --paths.train "$CORPUS/$data" --paths.dev "$CORPUS/ner/ger_dev.spacy" --training.max_steps 100000)
  else
    args=(configs/syntax.cfg --paths.train "$CORPUS/ud/train.spacy" --paths.dev "$CORPUS/ud/select.spacy" --training.max_steps 100000)
  fi
  echo "$name: $kind ${args[*]} $*" >> "$RUNS/commands.txt"
  timeout "$SECS" $PY -m spacy train "${args[@]}" "$@" -o "$RUNS/$name" > "$RUNS/$name.log" 2>&1 &
done
wait

for name in "${NAMES[@]}"; do
  set -- ${EXP[$name]}
  m=$RUNS/$name/model-best
  [ -d "$m" ] || continue
  if [ "$1" = ner ]; then
    $PY scripts/models/evaluate.py ner "$m" "$CORPUS/ner/ger_dev.spacy" "$CORPUS/ner/ger_heldout.spacy" "$CORPUS/ner/smartdata_test.spacy" >> "$RUNS/results.jsonl" 2>> "$RUNS/eval.err" &
  else
    $PY scripts/models/evaluate.py syntax "$m" "$CORPUS/ud/dev.spacy" >> "$RUNS/results.jsonl" 2>> "$RUNS/eval.err" &
  fi
done
wait

# optional: pack results and the best models (NER by GermEval dev F1, syntax by the checkpoint
# selection score) into $PACK for copying back
if [ -n "${PACK:-}" ]; then
  mkdir -p "$PACK"
  cp "$RUNS/results.jsonl" "$RUNS/commands.txt" "$PACK/" 2>/dev/null
  tar czf "$PACK/logs.tgz" -C "$RUNS" $(cd "$RUNS" && ls *.log eval.err 2>/dev/null)
  $PY - "$RUNS" "$PACK" <<'PYEOF'
import json, subprocess, sys
from pathlib import Path
runs, pack = Path(sys.argv[1]), Path(sys.argv[2])
ner, syn = [], []
for line in (runs / "results.jsonl").read_text().splitlines():
    r = json.loads(line)
    if r.get("gold") == "ger_dev.spacy":
        ner.append((r["overall"]["f1"], r["model"]))
for meta in runs.glob("syn_*/model-best/meta.json"):
    syn.append((json.loads(meta.read_text())["performance"].get("dep_las", 0), str(meta.parent)))
best = [m for _, m in sorted(ner, reverse=True)[:1]] + [m for _, m in sorted(syn, reverse=True)[:1]]
for m in best:
    name = Path(m).parent.name
    tgz = pack / f"{name}.tgz"
    subprocess.run(["tar", "czf", str(tgz), "-C", str(Path(m).parent), "model-best"], check=True)
    if tgz.stat().st_size > 15_500_000:
        subprocess.run(["split", "-b", "15M", str(tgz), str(tgz) + ".part-"], check=True)
        tgz.unlink()
print("packed", best)
PYEOF
  ls -la "$PACK"
fi

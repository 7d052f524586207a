#!/bin/bash
# Score one gold folder with one checkout's code, the way the sessions' tables are made:
#   scripts/eval/score_gold.sh CHECKOUT OUT_DIR GOLD_DIR
# writes OUT_DIR/{quotes,events,structure}.json (with misses) and OUT_DIR/entities.txt (its last
# line, TOTAL, holds the person/role/organisation scores). Uses the python of $PY (default: the
# .venv of the checkout running this script) with PYTHONPATH=CHECKOUT/src, so a frozen worktree of
# an older commit can be scored beside the current one. Set NEWSGRAPH_DOC_CACHE=DIR to reuse the
# spaCy parses between runs (docs/evaluation.md). Quotes+structure and events+entities run side
# by side (two processes).
set -eu
WT=$(readlink -f "$1"); OUT=$(readlink -m "$2"); GOLD=$(readlink -f "$3")
HERE=$(cd "$(dirname "$0")/../.." && pwd)
PY=${PY:-$HERE/.venv/bin/python}
mkdir -p "$OUT"
export PYTHONPATH="$WT/src"
cd "$WT"
( "$PY" -m newsgraph eval quotes "$GOLD" --json --misses > "$OUT/quotes.json"
  "$PY" -m newsgraph eval structure "$GOLD" --json > "$OUT/structure.json" ) &
( "$PY" -m newsgraph eval events "$GOLD" --json --misses > "$OUT/events.json"
  "$PY" -m newsgraph.entities.evaluate "$GOLD"/*.gold.json > "$OUT/entities.txt" ) &
wait
echo "scored $GOLD with $WT -> $OUT"

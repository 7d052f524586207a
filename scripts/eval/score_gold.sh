#!/bin/bash
# Score one gold folder with one checkout's code, the way the sessions' tables are made:
#   scripts/eval/score_gold.sh CHECKOUT OUT_DIR GOLD_DIR
# writes OUT_DIR/{quotes,events,structure}.json (with misses) and OUT_DIR/entities.txt (its last
# line, TOTAL, holds the person/role/organisation scores). Uses the python of $PY (default: the
# .venv of the checkout running this script) with PYTHONPATH=CHECKOUT/src, so a frozen worktree of
# an older commit can be scored beside the current one. Set NEWSGRAPH_DOC_CACHE=DIR to reuse the
# spaCy parses between runs (docs/evaluation.md). Quotes+structure and events+entities run side
# by side (two processes). At the end it prints the events' headline numbers: the (type, actor,
# target) triples and the per-event score (events.json: total.events and total.per_event).
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
"$PY" - "$OUT/events.json" <<'PYEOF' || true
import json, sys
t = json.load(open(sys.argv[1]))["total"]
e, p = t["events"], t.get("per_event")
print(f"events (triples): P {e['precision']:.4f} R {e['recall']:.4f} F1 {e['f1']:.4f} "
      f"({e['matched']} of {e['gold']} gold, {e['predicted']} predicted)")
if p:
    a = p["any_sentence"]
    print(f"events (per event): P {p['precision']:.4f} R {p['recall']:.4f} F1 {p['f1']:.4f} "
          f"({p['matched']} of {p['gold']} gold, {p['predicted']} predicted, {p['exact']} exact); "
          f"any sentence: P {a['precision']:.4f} R {a['recall']:.4f} F1 {a['f1']:.4f}")
PYEOF
echo "scored $GOLD with $WT -> $OUT"

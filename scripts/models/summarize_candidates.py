"""Print one line per candidate: report.py numbers and downstream.sh numbers.

Usage: python scripts/models/summarize_candidates.py TAG... (reads build/models/report_TAG.json
and build/models/downstream_TAG/; a tag without a report prints the downstream part only)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

B = Path("build/models")


def main() -> None:
    for tag in sys.argv[1:]:
        out = [tag]
        rep = B / f"report_{tag}.json"
        if rep.exists():
            r = json.loads(rep.read_text())
            for k in ("ner_ger_heldout", "ner_ger_dev", "ner_smartdata_test", "ner_uner_de_pud"):
                if k in r:
                    o = r[k]["overall"]
                    per = {t: round(v["f1"], 3) for t, v in r[k]["per_type"].items()}
                    out.append(
                        f"{k[4:]} P/R/F1 {o['precision']:.3f}/{o['recall']:.3f}/{o['f1']:.3f} {per}"
                    )
            sp = r["speed_10kgnad_200_articles"]
            out.append(f"NER tok/cpu-s {sp['ner_only_tokens_per_cpu_s']:.0f}")
        d = B / f"downstream_{tag}"
        if (d / "entities.txt").exists():
            tot = json.loads((d / "entities.txt").read_text().strip().splitlines()[-1][6:])
            out.append(
                f"persons R/P {tot['recall']}/{tot['precision']} roles {tot['roles_attached']}"
                f" org/loc R {tot['org_recall']}/{tot['loc_recall']}"
            )
            q = json.loads((d / "quotes.json").read_text())["overall"]
            out.append(
                f"quotes F1 {q['f1']} speaker {q['speaker_accuracy']} ind.R {q['indirect_recall']}"
                f" ind.speaker {q['indirect_speaker_accuracy']}"
            )
            e = json.loads((d / "events.json").read_text())["total"]
            ev = e["events"]
            out.append(f"events F1 {ev['f1']} relaxed {ev['relaxed_f1']}")
        print("\n  ".join(out))


if __name__ == "__main__":
    main()

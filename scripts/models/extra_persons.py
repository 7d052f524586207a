"""List the spurious ('extra') and missed persons of downstream runs on the gold articles.

Usage: python scripts/models/extra_persons.py TAG... (reads build/models/downstream_TAG/entities.txt
written by build/models/downstream.sh / scripts/models/candidate.sh)
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

B = Path("build/models")
LINE = re.compile(r"^(\S+) \{.*\} miss: (\[.*\]) dup: (\[.*\]) extra: (\[.*\])$")


def main() -> None:
    for tag in sys.argv[1:]:
        extra: list[str] = []
        miss: list[str] = []
        for line in (B / f"downstream_{tag}/entities.txt").read_text().splitlines():
            m = LINE.match(line)
            if m:
                miss += ast.literal_eval(m.group(2))
                extra += ast.literal_eval(m.group(4))
        print(f"{tag}: {len(extra)} extra, {len(miss)} missed")
        print("  extra:", "; ".join(sorted(extra)))
        print("  missed:", "; ".join(sorted(miss)))


if __name__ == "__main__":
    main()

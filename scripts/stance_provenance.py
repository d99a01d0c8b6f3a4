"""How many topic links of a corpus carry a reviewed stance, and how often the reading agrees.

    scripts/dev python scripts/stance_provenance.py [SOURCE_DIR]

Counts every clause's own topic links in every version. A reviewed stance "agrees" when the
stance proposed from the clause's wording by the current reader is the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

from policy_handbook.analyse.crossmap import provenance_counts
from policy_handbook.load.loader import load_corpus


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "source_policies")
    counts = provenance_counts(load_corpus(root))
    share = counts.agree_stance / counts.reviewed if counts.reviewed else 0.0
    print(f"{counts.links} topic links: {counts.reviewed} with a reviewed stance, {counts.proposed} proposed")
    print(f"reviewed stances the reading agrees with: {counts.agree_stance} of {counts.reviewed} ({share:.0%}); "
          f"stance and strength both: {counts.agree_stance_and_strength}")
    print(f"links of proposed mappings (not yet accepted): {counts.proposed_mappings}")


if __name__ == "__main__":
    main()

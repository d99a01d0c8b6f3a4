"""Measure the stance reader: CPU time to read every clause of the labelled set, cold.

    python scripts/bench_stance.py                                   # this checkout, median of 7
    python scripts/bench_stance.py --runs 7 --pythonpath /tmp/before/plugins --pythonpath plugins

A run reads all clauses of ``tests/data/stance_set.yml`` with ``propose_stance`` (each with its
lead-in) after clearing every ``functools.lru_cache`` of the reader's modules (``analyse/stance.py``,
``stance_grammar.py``, ``stance_context.py``, ``stance_cues.py``, ``stance_scope.py``), and reports
the CPU time of the reading alone (``time.process_time``; importing and compiling the patterns are
not counted).

With ``--pythonpath``, each run is a fresh process with that folder first on ``PYTHONPATH``
(``plugins/`` of a checkout of another commit), the folders interleaved, in reversed order
every other round: on a shared machine, figures taken minutes apart differ more than the
versions compared. Without it, the runs are made in this process. Figures are medians.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "data" / "stance_set.yml"


def cold_reading() -> float:
    """CPU seconds to read every clause of the set, the reader's caches cleared first."""
    import yaml

    from policy_handbook.analyse import stance, stance_context, stance_cues, stance_grammar, stance_scope
    from policy_handbook.analyse.stance import propose_stance

    clauses = [(c["text"], c.get("lead_in")) for c in yaml.safe_load(SET.read_text(encoding="utf-8"))["clauses"]]
    for module in (stance, stance_grammar, stance_context, stance_cues, stance_scope):
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    gc.collect()
    start = time.process_time()
    for text, lead_in in clauses:
        propose_stance(text, lead_in)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pythonpath", action="append", default=[],
                        help="a folder to put first on PYTHONPATH; give two or more to compare them")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(f"{cold_reading():.4f}")
        return
    if not args.pythonpath:
        times = [cold_reading() for _ in range(args.runs)]
        print(f"cold reading of the stance set: CPU median {statistics.median(times):.2f} s "
              f"(median of {args.runs}: {' '.join(f'{t:.2f}' for t in times)})")
        return
    times: dict[str, list[float]] = {folder: [] for folder in args.pythonpath}
    for round_ in range(args.runs):
        for folder in (args.pythonpath if round_ % 2 == 0 else args.pythonpath[::-1]):
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([folder, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
            out = subprocess.run([sys.executable, __file__, "--once"], env=env, cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout
            times[folder].append(float(out))
    for folder, values in times.items():
        print(f"  {folder:40} CPU median {statistics.median(values):.2f} s  ({' '.join(f'{v:.2f}' for v in values)})")
    print(f"  load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

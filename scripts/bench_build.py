"""Measure how long the handbook takes to build, and how big its pages are.

    python scripts/bench_build.py                 # the bundled corpus, 3 builds
    python scripts/bench_build.py --copies 20     # plus a synthetic corpus: every body's documents x 20

The synthetic corpus copies each document of the bundled corpus under new body and
document ids (its text unchanged), so it measures scaling with the number of bodies and
documents, not with new wording. Each build runs `mkdocs build` in a fresh process, as a
user would; the figures are medians.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_once(project: Path, site: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
                    "-d", str(site)], check=True, env=env, cwd=project)
    return time.perf_counter() - start


def site_figures(site: Path) -> dict[str, float]:
    pages = list(site.rglob("*.html"))
    sizes = [p.stat().st_size for p in pages]
    index = site / "search" / "search_index.json"
    return {
        "pages": len(pages),
        "median page KiB": statistics.median(sizes) / 1024,
        "largest page KiB": max(sizes) / 1024,
        "search index KiB": index.stat().st_size / 1024 if index.exists() else 0.0,
    }


def synthetic_project(copies: int, destination: Path) -> Path:
    """A copy of the project whose corpus has every body and document ``copies`` times."""
    for name in ("mkdocs.yml", "handbook", "source_policies"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, destination / name)
    documents = destination / "source_policies" / "documents"
    originals = sorted(documents.glob("*.yml"))
    bodies_file = destination / "source_policies" / "bodies.yml"
    bodies = bodies_file.read_text(encoding="utf-8")
    body_blocks = re.findall(r"(  - id: (\S+)\n(?:    .*\n|\n(?=    ))*)", bodies)
    extra = []
    for n in range(2, copies + 1):
        for block, body_id in body_blocks:
            if "kind: handbook project" in block:
                continue
            copy = block.replace(f"id: {body_id}", f"id: {body_id}-{n}", 1)
            copy = re.sub(r"(name: .*)", rf"\1 (copy {n})", copy, count=1)
            copy = re.sub(r"    (predecessors|successors): .*\n", "", copy)
            extra.append(copy)
        for path in originals:
            text = path.read_text(encoding="utf-8")
            if "body: harmonised" in text:
                continue
            document_id = re.search(r"^id: (\S+)", text, re.M).group(1)
            body_id = re.search(r"^body: (\S+)", text, re.M).group(1)
            text = re.sub(r"^id: \S+", f"id: {document_id}-{n}", text, count=1, flags=re.M)
            text = re.sub(r"^body: \S+", f"body: {body_id}-{n}", text, count=1, flags=re.M)
            text = text.replace(f"report: {'dorset-county-council-staffing-report-2016'}\n",
                                f"report: dorset-county-council-staffing-report-2016-{n}\n")
            (documents / f"{document_id}-{n}.yml").write_text(text, encoding="utf-8")
    bodies_file.write_text(bodies.rstrip("\n") + "\n\n" + "\n".join(extra), encoding="utf-8")
    config = destination / "mkdocs.yml"
    # Pre-render only the pairs of the original bodies: the rest are compared in the browser.
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      baseline_body: dorset-council\n",
                                   "      baseline_body: dorset-council\n"
                                   "      compare: [[dorset-council, dorset-county-council]]\n"), encoding="utf-8")
    return destination


def measure(label: str, project: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = [build_once(project, Path(tmp) / f"site{i}") for i in range(runs)]
        figures = site_figures(Path(tmp) / "site0")
    print(f"{label}: median {statistics.median(times):.2f} s over {runs} builds "
          f"(min {min(times):.2f}, max {max(times):.2f})")
    print("    " + ", ".join(f"{k} {v:.0f}" if k == "pages" else f"{k} {v:.1f}" for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=0, help="also build a corpus with every document N times")
    args = parser.parse_args()
    measure("bundled corpus", ROOT, args.runs)
    if args.copies > 1:
        with tempfile.TemporaryDirectory() as tmp:
            project = synthetic_project(args.copies, Path(tmp))
            documents = len(list((project / "source_policies/documents").glob("*.yml")))
            measure(f"synthetic corpus ({documents} documents)", project, args.runs)


if __name__ == "__main__":
    main()

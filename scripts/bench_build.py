"""Measure the handbook's build against a plain Material build of the same pages.

    python scripts/bench_build.py                    # the bundled corpus
    python scripts/bench_build.py --bodies 100       # plus 100 fictional bodies (scripts/generate_corpus.py)
    python scripts/bench_build.py --bodies 100 --skip-bundled --serve-only --rebuilds 20   # serve rebuilds alone

For the corpus measured, it prints:

- the plugin's build (``mkdocs build`` of the project) against a plain build of the same pages:
  ``policy-handbook generate`` writes exactly the pages the plugin makes, and ``mkdocs build`` of
  that folder (no plugin) is the plain Material build. The two alternate, ``--runs`` times each;
  every build runs in a fresh process, whose CPU time (user + system) and peak RSS are read with
  ``resource.getrusage(RUSAGE_CHILDREN)`` by a small wrapper process; figures are medians. The
  plugin's cache folder is deleted before each of its builds: the figures are for a cold cache.
  After each pair, the plugin build runs once more with the cache the cold build left (word
  diffs, stance readings, compiled templates), as a second ``mkdocs build`` of the same sources finds it;
- the site's size, its number of pages, the median and largest page, and the search index
  against the unique clause text of the corpus;
- the serve rebuild: in one process, as ``mkdocs serve`` does (the configuration is loaded again
  for every rebuild; the plugin instance is kept because it defines ``on_startup``), a full build,
  then ``--rebuilds`` rebuilds each after a one-line edit to one document, with the RSS after the
  first and the last rebuild (the diff cache is warm for the rebuilds, as it is in use), and the
  CPU time spent in the plugin's own event handlers, against the rest (MkDocs, the theme, search).

With ``--pythonpath``, the plugin builds are instead made once per folder given, each put first
on ``PYTHONPATH`` (e.g. ``plugins/`` of a checkout of another commit, or a folder a wheel was
installed into with ``pip install --no-deps --target``), interleaved with the plain build in every
round, in reversed order every other round: on a shared machine, figures taken minutes apart
differ more than the versions compared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024}))
"""

SERVE = """
import functools, json, os, re, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site, document, rebuilds = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])

def rss_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def once(config=None):
    config = config or load_config(config_file, site_dir=site)
    start = time.process_time(), time.perf_counter(), os.times().system
    build(config, dirty=False)
    return time.process_time() - start[0], time.perf_counter() - start[1], os.times().system - start[2]

# The plugin's own share: CPU time inside its event handlers (the rest is MkDocs, the theme and search).
from policy_handbook.plugin import PolicyHandbookPlugin
plugin_cpu = [0.0]

def timed(method):
    @functools.wraps(method)  # keeps the priority MkDocs reads from the handler
    def handler(*args, **kwargs):
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            plugin_cpu[0] += time.process_time() - start
    return handler

from mkdocs.plugins import CombinedEvent

for name, handler in [(n, h) for n, h in vars(PolicyHandbookPlugin).items() if n.startswith("on_")]:
    if isinstance(handler, CombinedEvent):  # an event served by several methods: time each
        setattr(PolicyHandbookPlugin, name, CombinedEvent(*map(timed, handler.methods)))
    else:
        setattr(PolicyHandbookPlugin, name, timed(handler))

first = load_config(config_file, site_dir=site)
first.plugins.on_startup(command="serve", dirty=False)
full = once(first)
full_plugin = plugin_cpu[0]
times, rss, plugin = [], [], []
for n in range(rebuilds):
    text = document.read_text(encoding="utf-8")
    # One line of one clause: a plain (unquoted) text line gains a few words.
    document.write_text(re.sub(r"^(\\s+text: )(?=[A-Z])", rf"\\1Edit {n}. ", text, count=1, flags=re.M), encoding="utf-8")
    plugin_cpu[0] = 0.0
    cpu, wall, system = once()
    times.append((cpu, wall, system))
    plugin.append(plugin_cpu[0])
    rss.append(rss_mib())
print(json.dumps({"full_cpu": full[0], "full_wall": full[1], "full_plugin_cpu": full_plugin, "rebuilds": times,
                  "plugin_cpu": plugin, "rss": rss, "rss_first": rss[0], "rss_last": rss[-1]}))
"""


def _env(pythonpath: str | None = None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [pythonpath, env.get("PYTHONPATH")]))
    return env


def measured_build(config_file: Path, site: Path, pythonpath: str | None = None) -> dict[str, float]:
    """One ``mkdocs build`` in a fresh process: wall and CPU seconds, peak RSS in MiB."""
    result = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "-m", "mkdocs", "build", "-q",
                             "-f", str(config_file), "-d", str(site)],
                            check=True, env=_env(pythonpath), cwd=config_file.parent, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def unique_clause_chars(source_dir: Path) -> int:
    from policy_handbook.load.loader import load_corpus

    corpus = load_corpus(source_dir)
    texts = {c.text for d in corpus.documents.values() for v in d.versions for c in v.walk_clauses()}
    return sum(len(t.encode("utf-8")) for t in texts)


def site_figures(site: Path) -> dict[str, float]:
    pages = [p.stat().st_size for p in site.rglob("*.html")]
    index = site / "search" / "search_index.json"
    return {
        "pages": len(pages),
        "site MB": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "median page KiB": statistics.median(pages) / 1024,
        "largest page KiB": max(pages) / 1024,
        "search index KB": index.stat().st_size / 1e3 if index.exists() else 0.0,
    }


def compare_builds(project: Path, work: Path, runs: int) -> dict[str, list[dict[str, float]]]:
    plain = work / "plain"
    subprocess.run([str(Path(sys.executable).parent / "policy-handbook"), "generate", "-f", str(project / "mkdocs.yml"),
                    "--out", str(plain)], check=True, env=_env(), capture_output=True)
    results: dict[str, list[dict[str, float]]] = {"plugin": [], "plain": [], "warm": []}
    for n in range(runs):
        shutil.rmtree(project / ".cache", ignore_errors=True)  # every plugin build starts with no cache
        results["plugin"].append(measured_build(project / "mkdocs.yml", work / f"site-plugin-{n}"))
        results["plain"].append(measured_build(plain / "mkdocs.yml", work / f"site-plain-{n}"))
        # The same build again with the cache the cold one left, as a second `mkdocs build` finds it.
        results["warm"].append(measured_build(project / "mkdocs.yml", work / f"site-warm-{n}"))
    return results


def compare_trees(project: Path, work: Path, runs: int, trees: list[str]) -> None:
    """Cold plugin builds with each of ``trees`` first on PYTHONPATH, and the plain build, interleaved."""
    plain = work / "plain"  # the pages as the first tree generates them
    subprocess.run([str(Path(sys.executable).parent / "policy-handbook"), "generate", "-f", str(project / "mkdocs.yml"),
                    "--out", str(plain)], check=True, env=_env(trees[0]), capture_output=True)
    cpu: dict[str, list[float]] = {tree: [] for tree in [*trees, ""]}
    for n in range(runs):
        for tree in trees if n % 2 == 0 else trees[::-1]:  # a build runs slower or faster by its place in a round
            shutil.rmtree(project / ".cache", ignore_errors=True)
            cpu[tree].append(measured_build(project / "mkdocs.yml", work / f"site-{n}", tree)["cpu"])
        cpu[""].append(measured_build(plain / "mkdocs.yml", work / f"site-plain-{n}")["cpu"])
    plain_cpu = statistics.median(cpu[""])
    for tree, values in cpu.items():
        print(f"  {tree or 'plain build':40} CPU median {statistics.median(values):.2f} s, min {min(values):.2f} s, "
              f"{statistics.median(values) / plain_cpu:.2f}x plain  (median of {runs}, cold cache)")


def serve_rebuilds(project: Path, work: Path, rebuilds: int) -> dict:
    documents = sorted((project / "source_policies" / "documents").glob("*.yml"))
    document = next(d for d in documents if "harmonised" not in d.name)
    result = subprocess.run([sys.executable, "-c", SERVE, str(project / "mkdocs.yml"), str(work / "site-serve"),
                             str(document), str(rebuilds)],
                            check=True, env=_env(), cwd=project, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(label: str, project: Path, runs: int, rebuilds: int, serve_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if serve_only:
            print(f"{label}:")
            serve_report(serve_rebuilds(project, work, rebuilds), rebuilds)
            return
        results = compare_builds(project, work, runs)
        figures = site_figures(work / "site-plugin-0")
        unique = unique_clause_chars(project / "source_policies")
        print(f"{label}:")
        for kind in ("plugin", "plain"):
            rows = results[kind]
            print(f"  {kind:6} build: wall {statistics.median(r['wall'] for r in rows):.1f} s, "
                  f"CPU {statistics.median(r['cpu'] for r in rows):.1f} s, "
                  f"peak RSS {statistics.median(r['rss_mib'] for r in rows):.0f} MiB  (median of {runs})")
        plain_cpu = statistics.median(r["cpu"] for r in results["plain"])
        ratio = statistics.median(r["cpu"] for r in results["plugin"]) / plain_cpu
        print(f"  plugin / plain CPU: {ratio:.2f}x")
        warm = statistics.median(r["cpu"] for r in results["warm"])
        print(f"  plugin build with the cache of the previous build (diffs, readings, templates): CPU {warm:.1f} s, "
              f"{warm / plain_cpu:.2f}x plain")
        print("  " + ", ".join(f"{k} {v:.0f}" if k == "pages" else f"{k} {v:.1f}" for k, v in figures.items()))
        print(f"  unique clause text {unique / 1e3:.1f} KB; search index / unique text "
              f"{figures['search index KB'] * 1e3 / unique:.1f}x")
        if rebuilds:
            serve_report(serve_rebuilds(project, work, rebuilds), rebuilds)


def serve_report(serve: dict, rebuilds: int) -> None:
    """Print the serve rebuild figures of :func:`serve_rebuilds`."""
    cpu = statistics.median(t[0] for t in serve["rebuilds"])
    plugin = statistics.median(serve["plugin_cpu"])
    print(f"  serve: full build CPU {serve['full_cpu']:.1f} s; rebuild after a one-line edit CPU "
          f"{cpu:.1f} s ({100 * cpu / serve['full_cpu']:.0f} % of full, median of {rebuilds}); "
          f"RSS {serve['rss_first']:.0f} MiB after the first rebuild, {serve['rss_last']:.0f} MiB after the last")
    print(f"  serve, the plugin's own CPU (its event handlers): full build {serve['full_plugin_cpu']:.1f} s, "
          f"rebuild {plugin:.1f} s ({100 * plugin / serve['full_plugin_cpu']:.0f} % of its full); the rest "
          f"(MkDocs, Python-Markdown, the theme, search): full {serve['full_cpu'] - serve['full_plugin_cpu']:.1f} s, "
          f"rebuild {cpu - plugin:.1f} s")
    system = statistics.median(t[2] for t in serve["rebuilds"])
    print(f"  serve, system time (in the kernel: reading the sources, listing the output folder, writing the files "
          f"that changed): "
          f"rebuild {system:.1f} s of the {cpu:.1f} s (median)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind, alternated")
    parser.add_argument("--bodies", type=int, default=0, help="measure a generated corpus with this many fictional bodies")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuilds", type=int, default=3, help="serve rebuilds after one-line edits (0: none)")
    parser.add_argument("--skip-bundled", action="store_true")
    parser.add_argument("--serve-only", action="store_true", help="only the serve rebuilds: no plain, cold or warm builds")
    parser.add_argument("--pythonpath", action="append", default=[], metavar="FOLDER",
                        help="compare cold plugin builds with FOLDER first on PYTHONPATH (repeat to compare several)")
    args = parser.parse_args()
    if args.pythonpath:
        from generate_corpus import generate

        with tempfile.TemporaryDirectory() as tmp:
            project = generate(args.bodies, Path(tmp) / "project", args.seed)
            print(f"corpus with {args.bodies} fictional bodies, plugin builds by folder first on PYTHONPATH:")
            compare_trees(project, Path(tmp), args.runs, [str(Path(p).resolve()) for p in args.pythonpath])
        return
    if not args.skip_bundled:
        with tempfile.TemporaryDirectory() as tmp:
            from generate_corpus import generate

            report("bundled corpus", generate(0, Path(tmp) / "project"), args.runs, args.rebuilds, args.serve_only)
    if args.bodies:
        from generate_corpus import generate

        with tempfile.TemporaryDirectory() as tmp:
            project = generate(args.bodies, Path(tmp) / "project", args.seed)
            documents = len(list((project / "source_policies" / "documents").glob("*.yml")))
            report(f"generated corpus: {args.bodies} fictional bodies + the bundled corpus, {documents} documents, "
                   f"seed {args.seed}", project, args.runs, args.rebuilds, args.serve_only)


if __name__ == "__main__":
    main()

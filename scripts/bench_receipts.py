#!/usr/bin/env python3
"""Load and fault figures for the receipts service, against SQLite and PostgreSQL.

    scripts/dev python scripts/bench_receipts.py [--total 1000] [--concurrency 50]

Builds the test handbook (one version in force), makes a signing key, starts a throwaway
PostgreSQL cluster, and for each database runs `policy-handbook receipts serve` on
127.0.0.1 and posts TOTAL acknowledgements (distinct people) from CONCURRENCY clients:

- load: every answer must be 2xx and each acknowledgement stored exactly once; prints the
  median and 99th-percentile latency;
- fault: the same load into a fresh database, the service killed with SIGKILL after a third
  of the answers and restarted on the same port; clients retry requests whose connection
  failed. Prints how many were answered 2xx, how many of those are missing from the
  database (must be 0), and how many are stored twice (must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import build, run  # noqa: E402
from policy_handbook.receipts.loadgen import run_load, summary  # noqa: E402
from policy_handbook.receipts.store import Store  # noqa: E402
from receipts_fixtures import (DOCUMENT_ID, IN_FORCE, Service, free_port, postgres_cluster, service_args,  # noqa: E402
                               write_project)

ORIGIN = "http://127.0.0.1:9"


def stored_ids(database: str) -> list[str]:
    store = Store(database)
    try:
        return [s.receipt["receipt_id"] for s in store.all()]
    finally:
        store.close()


def one_run(site: Path, key: Path, database: str, folder: Path, total: int, concurrency: int, *,
            kill_after: int | None) -> dict:
    fingerprint = json.loads((site / "acknowledge" / "fingerprints.json").read_text())["documents"][DOCUMENT_ID][
        "versions"][IN_FORCE]["fingerprint"]
    port = free_port()
    service = Service(service_args(site, database, key, port, origin=ORIGIN), port, folder / f"service-{port}.log")
    service.start()
    answered = []
    lock = threading.Lock()
    trigger = threading.Event()
    restart_seconds = []

    def on_answer(outcome) -> None:
        with lock:
            answered.append(outcome)
            if kill_after is not None and len(answered) >= kill_after:
                trigger.set()

    def killer() -> None:
        if not trigger.wait(600):
            return
        started = time.perf_counter()
        service.kill()
        service.start()
        restart_seconds.append(time.perf_counter() - started)

    thread = threading.Thread(target=killer, daemon=True)
    if kill_after is not None:
        thread.start()

    def body_for(i: int) -> dict:
        return {"document": DOCUMENT_ID, "version": IN_FORCE, "fingerprint": fingerprint,
                "name": f"Member of staff {i}", "employee_number": f"E{i:05d}"}

    started = time.perf_counter()
    outcomes = run_load(service.url + "/acknowledgements", body_for, total, concurrency, origin=ORIGIN,
                        retries=300 if kill_after is not None else 0, retry_wait=0.1, on_answer=on_answer)
    elapsed = time.perf_counter() - started
    service.stop()
    ids = stored_ids(database)
    answered_ids = {o.receipt_id for o in outcomes if o.ok}
    figures = summary(outcomes)
    figures.update({
        "seconds": round(elapsed, 1),
        "per_second": round(total / elapsed, 1),
        "stored": len(ids),
        "stored_twice": len(ids) - len(set(ids)),
        "answered_2xx_missing": len(answered_ids - set(ids)),
    })
    if kill_after is not None:
        figures["killed_after_answers"] = kill_after
        figures["restart_seconds"] = round(restart_seconds[0], 2) if restart_seconds else None
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--total", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-receipts-") as tmp:
        folder = Path(tmp)
        project = write_project(folder / "project")
        site = folder / "site"
        result = build(project, site)
        if not result.ok:
            print(result.output, file=sys.stderr)
            return 1
        key = folder / "key.pem"
        assert run("policy-handbook", "receipts", "keygen", key).ok
        with postgres_cluster() as cluster:
            for backend in ("sqlite", "postgresql"):
                for mode in ("load", "fault"):
                    if backend == "sqlite":
                        database = str(folder / f"{mode}.sqlite3")
                    else:
                        database = cluster.createdb(f"bench_{mode}_{os.getpid()}")
                    results[f"{backend} {mode}"] = one_run(
                        site, key, database, folder, args.total, args.concurrency,
                        kill_after=args.total // 3 if mode == "fault" else None)
                    print(f"{backend} {mode}: {results[f'{backend} {mode}']}", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print(f"{args.total} acknowledgements from {args.concurrency} concurrent clients, 127.0.0.1")
        print(f"{'run':<18}{'2xx':>6}{'stored':>8}{'missing':>9}{'twice':>7}{'retried':>9}{'median ms':>11}"
              f"{'p99 ms':>9}{'per s':>8}")
        for name, f in results.items():
            print(f"{name:<18}{f['answered_2xx']:>6}{f['stored']:>8}{f['answered_2xx_missing']:>9}"
                  f"{f['stored_twice']:>7}{f['retried']:>9}{f['median_ms']:>11}{f['p99_ms']:>9}{f['per_second']:>8}")
    ok = all(f["answered_2xx"] == args.total and f["stored"] == args.total and not f["answered_2xx_missing"]
             and not f["stored_twice"] for f in results.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Many acknowledgements at once, for measuring the service and testing it under faults (standard library only).

:func:`run_load` posts ``total`` acknowledgements from ``concurrency`` client threads, each on
its own keep-alive connection, retrying a request whose connection failed (the service being
restarted) a bounded number of times. Every request's outcome is kept, so a caller can check
that each acknowledgement answered 2xx is in the database exactly once.
"""

from __future__ import annotations

import http.client
import json
import queue
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit


@dataclass
class Outcome:
    """What happened to one acknowledgement."""

    index: int
    status: int | None = None
    receipt_id: str | None = None
    new: bool | None = None
    latency: float | None = None
    """Seconds from sending to the answer, of the attempt that was answered."""
    attempts: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100), nearest-rank."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    """Counts and latency figures (milliseconds) of a run."""
    latencies = [o.latency * 1000 for o in outcomes if o.ok and o.latency is not None]
    return {
        "requests": len(outcomes),
        "answered_2xx": sum(o.ok for o in outcomes),
        "created": sum(1 for o in outcomes if o.ok and o.new),
        "already_stored": sum(1 for o in outcomes if o.ok and o.new is False),
        "failed": sum(not o.ok for o in outcomes),
        "retried": sum(o.attempts > 1 for o in outcomes),
        "median_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
    }


def run_load(url: str, body_for: Callable[[int], dict[str, Any]], total: int, concurrency: int, *,
             origin: str | None = None, retries: int = 0, retry_wait: float = 0.2, timeout: float = 30.0,
             on_answer: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Post ``body_for(i)`` for i in 0..total-1 to ``url`` from ``concurrency`` threads."""
    parts = urlsplit(url)
    path = parts.path or "/"
    outcomes = [Outcome(i) for i in range(total)]
    work: queue.Queue[int] = queue.Queue()
    for i in range(total):
        work.put(i)
    headers = {"Content-Type": "application/json"}
    if origin:
        headers["Origin"] = origin

    def worker() -> None:
        connection: http.client.HTTPConnection | None = None
        while True:
            try:
                i = work.get_nowait()
            except queue.Empty:
                break
            outcome = outcomes[i]
            body = json.dumps(body_for(i)).encode("utf-8")
            for attempt in range(retries + 1):
                outcome.attempts = attempt + 1
                try:
                    if connection is None:
                        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
                    started = time.perf_counter()
                    connection.request("POST", path, body=body, headers=headers)
                    response = connection.getresponse()
                    payload = response.read()
                    outcome.latency = time.perf_counter() - started
                    outcome.status = response.status
                    if response.status < 300:
                        answer = json.loads(payload)
                        outcome.receipt_id = answer["receipt"]["receipt_id"]
                        outcome.new = answer["new"]
                    if response.status >= 500 and attempt < retries:
                        outcome.status = None
                        time.sleep(retry_wait)
                        continue
                    break
                except (OSError, http.client.HTTPException, ValueError) as e:
                    outcome.errors.append(f"{type(e).__name__}: {e}")
                    outcome.status = None
                    if connection is not None:
                        connection.close()
                    connection = None
                    if attempt < retries:
                        time.sleep(retry_wait)
            if on_answer is not None:
                on_answer(outcome)
        if connection is not None:
            connection.close()

    threads = [threading.Thread(target=worker, name=f"client-{n}") for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes

"""The receipts service under load and when killed: every acknowledgement answered 2xx is stored exactly once.

Smaller, bounded versions of ``scripts/bench_receipts.py`` (1,000 acknowledgements from 50
clients), against SQLite and PostgreSQL, all on 127.0.0.1.
"""

from __future__ import annotations

import threading
import time

from policy_handbook.receipts.loadgen import run_load, summary
from policy_handbook.receipts.store import Store
from receipts_fixtures import (DOCUMENT_ID, IN_FORCE, database, free_port, postgres, receipts_site,  # noqa: F401
                               signing_key, start_service)
from test_receipts_service import ORIGIN, fingerprints


def bodies(site):
    fingerprint = fingerprints(site)[IN_FORCE]

    def body_for(i: int) -> dict:
        return {"document": DOCUMENT_ID, "version": IN_FORCE, "fingerprint": fingerprint,
                "name": f"Member of staff {i}", "employee_number": f"E{i:05d}"}

    return body_for


def stored_receipt_ids(database: str) -> list[str]:
    store = Store(database)
    try:
        return [s.receipt["receipt_id"] for s in store.all()]
    finally:
        store.close()


def test_concurrent_acknowledgements_are_each_stored_once(database, start_service, receipts_site):
    service = start_service(database, origin=ORIGIN)
    body_for = bodies(receipts_site)
    outcomes = run_load(service.url + "/acknowledgements", body_for, total=200, concurrency=20, origin=ORIGIN)
    figures = summary(outcomes)
    assert figures["answered_2xx"] == figures["created"] == 200, figures
    ids = stored_receipt_ids(database)
    assert len(ids) == len(set(ids)) == 200
    assert set(ids) == {o.receipt_id for o in outcomes}
    # Everyone again, at once: no new record, each answered with the receipt already stored.
    again = run_load(service.url + "/acknowledgements", body_for, total=200, concurrency=20, origin=ORIGIN)
    assert summary(again)["already_stored"] == 200
    assert [o.receipt_id for o in again] == [o.receipt_id for o in outcomes]
    assert len(stored_receipt_ids(database)) == 200


def test_killing_the_service_loses_no_answered_acknowledgement(database, start_service, receipts_site):
    port = free_port()
    service = start_service(database, port=port, origin=ORIGIN)
    answered = []
    lock = threading.Lock()
    killed = threading.Event()

    def on_answer(outcome) -> None:
        with lock:
            answered.append(outcome)
            if len(answered) == 60 and not killed.is_set():
                killed.set()

    def killer() -> None:
        assert killed.wait(120), "the load never got going"
        service.kill()
        time.sleep(0.5)
        service.start()

    thread = threading.Thread(target=killer)
    thread.start()
    outcomes = run_load(service.url + "/acknowledgements", bodies(receipts_site), total=300, concurrency=20,
                        origin=ORIGIN, retries=150, retry_wait=0.1, on_answer=on_answer)
    thread.join(timeout=180)
    figures = summary(outcomes)
    ids = stored_receipt_ids(database)
    # Nothing answered 2xx was lost; nothing was stored twice; every client got its answer in the end.
    assert {o.receipt_id for o in outcomes if o.ok} <= set(ids)
    assert len(ids) == len(set(ids))
    assert figures["answered_2xx"] == 300, figures
    assert len(ids) == 300
    # The kill did interrupt requests in flight, which were retried.
    assert figures["retried"] > 0, figures

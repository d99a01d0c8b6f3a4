"""The receipts service: a Starlette application that records acknowledgements.

Endpoints:

- ``POST /acknowledgements``: an acknowledgement page posts its receipt here as JSON.
  Checked by :func:`~policy_handbook.receipts.intake.check_submission`, signed, stored once
  per person and version; answers ``201`` with the signed receipt, ``200`` with the stored
  one when this person had already acknowledged this version, or a 4xx JSON refusal.
- ``GET /report`` (JSON) and ``GET /report.csv``: the HR report, only with
  ``Authorization: Bearer <token>``; off unless a token is configured.
- ``GET /public-key``: the key receipts are signed with. ``GET /health``: ``ok``.

Browsers may call it only from the handbook's origin (CORS), bodies are capped, and the
log says which endpoint answered what, never who.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from .catalogue import Catalogue, CatalogueError, load_catalogue, utc_today
from .intake import Refusal, check_submission, parse_json
from .report import StaffMember, build_report, report_csv, report_json
from .signing import Signer, public_key_document
from .store import Store, StoreError

log = logging.getLogger("policy_handbook.receipts")

DEFAULT_MAX_BODY = 16 * 1024
CATALOGUE_TTL_SECONDS = 30.0


@dataclass
class Settings:
    """How the service runs (``policy-handbook receipts serve`` fills these in)."""

    site: str
    """Built site folder, fingerprints.json file or URL: the versions that can be acknowledged."""
    allowed_origins: list[str]
    """Origins of the handbook whose pages may post (for example https://handbook.example.org)."""
    max_body: int = DEFAULT_MAX_BODY
    identity_header: str | None = None
    """Header an authenticating reverse proxy sets to the signed-in user; unset: self-declared names."""
    report_token: str | None = None
    """Bearer token for the report endpoints; unset: they are off."""
    staff: list[StaffMember] | None = None
    """The staff list, for the report's outstanding acknowledgements."""
    today: Callable[[], dt.date] = field(default=utc_today)
    """The date versions are in force on (UTC, as the site's build judges it)."""


class CatalogueCache:
    """The published versions, read again at most every :data:`CATALOGUE_TTL_SECONDS`, so a rebuilt site counts."""

    def __init__(self, location: str):
        self.location = location
        self.lock = threading.Lock()
        self.catalogue: Catalogue = load_catalogue(location)
        self.read_at = time.monotonic()

    def get(self) -> Catalogue:
        if time.monotonic() - self.read_at > CATALOGUE_TTL_SECONDS and self.lock.acquire(blocking=False):
            try:
                self.catalogue = load_catalogue(self.location)
            except CatalogueError as e:
                log.warning("kept the previous list of versions: %s", e)
            finally:
                self.read_at = time.monotonic()
                self.lock.release()
        return self.catalogue


def _header_text(value: str | None) -> str | None:
    """A header's value as the proxy meant it: proxies pass a user name's UTF-8 bytes, which
    the server hands over decoded as Latin-1."""
    if value is None:
        return None
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _refuse(refusal: Refusal) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if refusal.status == 401 and refusal.code == "token" else None
    return JSONResponse(refusal.body(), status_code=refusal.status, headers=headers)


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise Refusal(400, "bad_length", "The Content-Length header is not a number.")
        if int(declared) > limit:
            raise Refusal(413, "too_large", f"The request body is larger than {limit} bytes.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refusal(413, "too_large", f"The request body is larger than {limit} bytes.")
    return bytes(body)


def create_app(settings: Settings, store: Store, signer: Signer, catalogue: CatalogueCache | None = None) -> Starlette:
    """The service as an ASGI application; ``catalogue``, the site's versions if already read."""
    catalogue = catalogue if catalogue is not None else CatalogueCache(settings.site)
    # Browsers send the scheme and host in lower case, whatever case the operator typed.
    allowed = {origin.rstrip("/").lower() for origin in settings.allowed_origins}

    async def acknowledge(request: Request) -> Response:
        try:
            origin = request.headers.get("origin")
            if origin is not None and origin not in allowed:
                raise Refusal(403, "cross_origin", "Acknowledgements are accepted only from the handbook's own pages.")
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type != "application/json":
                raise Refusal(415, "not_json", "Send the acknowledgement as JSON (Content-Type: application/json).")
            try:
                body = await _read_capped(request, settings.max_body)
            except ClientDisconnect:
                return Response(status_code=400)
            data = parse_json(body)
            proxy_user = None
            if settings.identity_header:
                proxy_user = _header_text(request.headers.get(settings.identity_header))
            # Off the event loop: reading the site again (every 30 s) may wait on a file or a URL.
            versions = await run_in_threadpool(catalogue.get)
            row = check_submission(data, versions, settings.today(), proxy_user=(proxy_user or "").strip() or None,
                                   identity_header=settings.identity_header)
        except Refusal as refusal:
            return _refuse(refusal)
        row["receipt"] = signer.sign(row["receipt"])
        try:
            receipt, created = await run_in_threadpool(store.record, row)
        except (SQLAlchemyError, StoreError) as e:
            # The exception's text would hold the row's values: log only what kind of failure it was.
            log.error("could not store an acknowledgement of %s/%s: %s", row["document"], row["version"],
                      type(getattr(e, "orig", None) or e).__name__)
            return JSONResponse({"recorded": False, "error": "unavailable",
                                 "message": "The acknowledgement could not be stored just now; try again."},
                                status_code=503)
        log.info("acknowledgement of %s/%s %s", row["document"], row["version"],
                 "stored" if created else "already stored")
        return JSONResponse({"recorded": True, "new": created, "receipt": receipt}, status_code=201 if created else 200)

    def authorised(request: Request) -> None:
        if not settings.report_token:
            raise Refusal(404, "report_off", "The report endpoint is off: start the service with a report token.")
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.report_token.encode()):
            raise Refusal(401, "token", "The report needs the header Authorization: Bearer <report token>.")

    async def report(request: Request) -> Response:
        try:
            authorised(request)
        except Refusal as refusal:
            return _refuse(refusal)
        stored = await run_in_threadpool(store.all)
        today = settings.today()
        reports = build_report(await run_in_threadpool(catalogue.get), stored, today, settings.staff)
        if request.url.path.endswith(".csv"):
            return Response(report_csv(reports), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="acknowledgements.csv"',
                                     "Cache-Control": "no-store"})
        return JSONResponse(report_json(reports, today), headers={"Cache-Control": "no-store"})

    async def public_key(_request: Request) -> Response:
        return JSONResponse(public_key_document(signer.public_key))

    async def health(_request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [
        Route("/acknowledgements", acknowledge, methods=["POST"]),
        Route("/report", report, methods=["GET"]),
        Route("/report.csv", report, methods=["GET"]),
        Route("/public-key", public_key, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=sorted(allowed), allow_methods=["POST"],
                             allow_headers=["Content-Type"], max_age=600)]
    return Starlette(routes=routes, middleware=middleware)

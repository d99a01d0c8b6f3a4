"""``policy-handbook receipts``: run the receipts service and look after its database."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from pathlib import Path
from typing import NoReturn

import click

DATABASE_ENV = "POLICY_HANDBOOK_RECEIPTS_DATABASE"
TOKEN_ENV = "POLICY_HANDBOOK_RECEIPTS_TOKEN"
DEFAULT_DATABASE = "receipts.sqlite3"
PURGE_EVERY_SECONDS = 24 * 3600


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _modules():
    """The service's modules; they need the optional ``receipts`` dependencies."""
    try:
        from . import catalogue, report, service, signing, store
    except ImportError as e:
        _fail(f"the receipts service needs packages that are not installed ({e.name}): "
              "pip install 'policy-handbook[receipts]'")
    return catalogue, report, service, signing, store


def _open_store(database: str, *, migrate: bool = True, existing: bool = False):
    """The database; with ``existing``, a SQLite file that is not there is an error rather than a new, empty one."""
    *_, store_module = _modules()
    try:
        store = store_module.Store(database)
        if existing and store.path is not None and not store.path.is_file():
            _fail(f"receipts database: {store.path} does not exist. Give --database the file the service "
                  f"writes (its --database), or set ${DATABASE_ENV}.")
        if migrate:
            store.migrate()
        return store
    except store_module.StoreError as e:
        _fail(f"receipts database: {e}.")


def _cutoff(retain_days: int) -> str:
    moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(days=retain_days)
    return moment.isoformat().replace("+00:00", "Z")


database_option = click.option(
    "--database", envvar=DATABASE_ENV, default=DEFAULT_DATABASE, show_default=True,
    help=f"SQLite file, or a database URL such as postgresql://user@host/dbname (also ${DATABASE_ENV}).")
site_option = click.option(
    "--site", required=True, metavar="DIR|FILE|URL",
    help="The built handbook (its folder, its acknowledge/fingerprints.json, or its URL): the versions "
         "that can be acknowledged.")


@click.group("receipts")
def receipts() -> None:
    """Record acknowledgements in a database, sign receipts, and report to HR."""


@receipts.command()
@click.argument("key_file", type=click.Path(dir_okay=False, path_type=Path))
def keygen(key_file: Path) -> None:
    """Make an Ed25519 signing key: KEY_FILE (private, keep it secret) and KEY_FILE.pub (public).

    Give the service the private file (--key) and the handbook the public one
    (receipts_public_key in mkdocs.yml).
    """
    _, _, _, signing, _ = _modules()
    public_file = key_file.with_name(key_file.name + ".pub")
    for path in (key_file, public_file):
        if path.exists():
            _fail(f"{path} already exists: a new key would make every receipt signed with it unverifiable. "
                  "Choose another file name.")
    pem = signing.new_private_key_pem()
    try:
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
        signer = signing.load_signer(key_file)
        public_file.write_text(signing.public_pem(signer.public_key), encoding="ascii")
    except OSError as e:
        _fail(f"cannot write the key: {e.strerror or e}.")
    click.echo(f"wrote {key_file} (private: give it to the service with --key) and {public_file} "
               f"(public: set receipts_public_key: {public_file} in mkdocs.yml); key id {signer.key_id}")


@receipts.command()
@site_option
@database_option
@click.option("--key", "key_file", required=True, envvar="POLICY_HANDBOOK_RECEIPTS_KEY",
              type=click.Path(dir_okay=False, path_type=Path), help="The private signing key (from `receipts keygen`).")
@click.option("--origin", "origins", multiple=True, required=True, metavar="URL",
              help="The handbook's origin, e.g. https://handbook.example.org: browsers may post only from it "
                   "(repeatable).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--max-body", default=16 * 1024, show_default=True, type=click.IntRange(256, 1024 * 1024),
              help="Largest request body accepted, in bytes.")
@click.option("--identity-header", metavar="NAME",
              help="Take who acknowledged from this header, set by an authenticating reverse proxy "
                   "(e.g. X-Remote-User). Without it, names are self-declared.")
@click.option("--report-token-file", type=click.Path(dir_okay=False, path_type=Path),
              help=f"File holding the bearer token of the /report endpoints (or set ${TOKEN_ENV}). "
                   "Without a token they are off.")
@click.option("--staff", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Staff list (CSV) for the /report endpoints to list who is outstanding.")
@click.option("--retain-days", type=click.IntRange(1, None),
              help="Delete acknowledgements older than this many days, at start and daily.")
def serve(site: str, database: str, key_file: Path, origins: tuple[str, ...], host: str, port: int, max_body: int,
          identity_header: str | None, report_token_file: Path | None, staff: Path | None,
          retain_days: int | None) -> None:
    """Run the receipts service that acknowledgement pages post to."""
    catalogue, report_module, service, signing, _ = _modules()
    import logging

    import uvicorn

    for origin in origins:
        if not origin.startswith(("http://", "https://")) or origin.rstrip("/").count("/") > 2:
            _fail(f"--origin {origin}: give a scheme and host only, like https://handbook.example.org")
    try:
        signer = signing.load_signer(key_file)
    except signing.KeyFileError as e:
        _fail(f"{e}.")
    token = os.environ.get(TOKEN_ENV)
    if report_token_file is not None:
        try:
            token = report_token_file.read_text(encoding="utf-8").strip()
        except OSError as e:
            _fail(f"cannot read {report_token_file}: {e.strerror or e}.")
    if token is not None and len(token) < 16:
        _fail("the report token is shorter than 16 characters: use a long random one, e.g. from "
              "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`.")
    try:
        members = report_module.read_staff(staff) if staff else None
    except report_module.StaffListError as e:
        _fail(f"{e}.")
    try:
        versions = service.CatalogueCache(site)  # before the database is opened (or created)
    except catalogue.CatalogueError as e:
        _fail(f"{e}.")
    store = _open_store(database)
    settings = service.Settings(site=site, allowed_origins=[o.rstrip("/") for o in origins], max_body=max_body,
                                identity_header=identity_header, report_token=token or None, staff=members)
    app = service.create_app(settings, store, signer, versions)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log = logging.getLogger("policy_handbook.receipts")
    if retain_days:
        def purge() -> None:
            log.info("retention: deleted %d acknowledgement(s) older than %d days",
                     store.purge(_cutoff(retain_days)), retain_days)

        def purge_daily() -> None:
            stop = threading.Event()
            while not stop.wait(PURGE_EVERY_SECONDS):
                purge()

        purge()

        threading.Thread(target=purge_daily, name="retention", daemon=True).start()
    log.info("receipts service: %s, key %s, versions from %s, identity %s, report %s", store.describe(),
             signer.key_id, site, identity_header or "self-declared", "on" if token else "off")
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info", server_header=False,
                timeout_graceful_shutdown=10)


@receipts.command()
@site_option
@database_option
@click.option("--staff", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Staff list (CSV: name, optional employee_number and user) to list who is outstanding.")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of a table.")
@click.option("--on", "on_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Report on the versions in force on this date [default: today, in UTC].")
def report(site: str, database: str, staff: Path | None, as_csv: bool, on_date: dt.datetime | None) -> None:
    """For each version in force: who has acknowledged it and, with --staff, who has not."""
    catalogue, report_module, *_ = _modules()
    try:
        versions = catalogue.load_catalogue(site)
        members = report_module.read_staff(staff) if staff else None
    except (catalogue.CatalogueError, report_module.StaffListError) as e:
        _fail(f"{e}.")
    store = _open_store(database, existing=True)
    today = on_date.date() if on_date else catalogue.utc_today()
    reports = report_module.build_report(versions, store.all(), today, members)
    if as_csv:
        click.echo(report_module.report_csv(reports), nl=False)
    else:
        click.echo(report_module.report_table(reports, today))


@receipts.command()
@database_option
@click.option("--retain-days", required=True, type=click.IntRange(1, None),
              help="Keep acknowledgements made in the last this many days; delete older ones.")
def purge(database: str, retain_days: int) -> None:
    """Delete acknowledgements older than the retention period."""
    store = _open_store(database, existing=True)
    click.echo(f"deleted {store.purge(_cutoff(retain_days))} acknowledgement(s) made before {_cutoff(retain_days)}")


@receipts.command()
@database_option
def migrate(database: str) -> None:
    """Bring the database's schema up to date (serve does this at start)."""
    store = _open_store(database, migrate=False)
    try:
        applied = store.migrate()
    except Exception as e:  # noqa: BLE001 - any database error, said plainly
        _fail(f"migration failed on {store.describe()}: {e}")
    click.echo(f"applied migration(s) {', '.join(map(str, applied))}" if applied else
               f"the schema is up to date (version {store.schema_version()})")


@receipts.command()
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
@database_option
def backup(destination: Path, database: str) -> None:
    """Copy the SQLite database to DESTINATION, safely while the service runs."""
    *_, store_module = _modules()
    store = _open_store(database, migrate=False, existing=True)
    try:
        store.backup(destination)
    except store_module.StoreError as e:
        _fail(f"backup: {e}.")
    click.echo(f"backed up {store.describe()} to {destination} ({store.count()} acknowledgement(s))")


@receipts.command()
@click.argument("backup_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@database_option
def restore(backup_file: Path, database: str) -> None:
    """Replace the SQLite database's contents with BACKUP_FILE (stop the service first)."""
    *_, store_module = _modules()
    store = _open_store(database, migrate=False)
    try:
        store.restore(backup_file)
        store.migrate()
    except store_module.StoreError as e:
        _fail(f"restore: {e}.")
    click.echo(f"restored {store.describe()} from {backup_file} ({store.count()} acknowledgement(s))")

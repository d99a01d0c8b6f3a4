"""Where acknowledgements are kept: SQLite (one file, WAL mode) or PostgreSQL, through SQLAlchemy Core.

One table, ``acknowledgements``, holds one row per person and version: the unique constraint
on (document, version, person_key) makes a second acknowledgement of the same version by the
same person the same record. Each row keeps the signed receipt exactly as it was returned.
The schema is versioned by numbered migrations (:data:`MIGRATIONS`) recorded in
``schema_migrations``; :meth:`Store.migrate` applies those not yet applied, in order.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

metadata = sa.MetaData()

acknowledgements = sa.Table(
    "acknowledgements", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("receipt_id", sa.String(36), nullable=False, unique=True),
    sa.Column("document", sa.String(200), nullable=False),
    sa.Column("version", sa.String(200), nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("person_key", sa.String(400), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("identity", sa.String(100), nullable=False),
    sa.Column("employee_number", sa.String(64), nullable=True),
    sa.Column("acknowledged_at", sa.String(32), nullable=False),
    sa.Column("receipt", sa.Text, nullable=False),
    sa.UniqueConstraint("document", "version", "person_key", name="one_acknowledgement_per_person_and_version"),
)

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.String(200), nullable=False),
)

UNIQUE_KEY = ["document", "version", "person_key"]


_schema_1 = acknowledgements.to_metadata(sa.MetaData())
"""The table as migration 1 made it: later migrations change it, never this copy."""


def _create_acknowledgements(conn: Connection) -> None:
    _schema_1.create(conn)


def _index_acknowledged_at(conn: Connection) -> None:
    conn.execute(sa.text("CREATE INDEX acknowledgements_by_time ON acknowledgements (acknowledged_at)"))


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "acknowledgements table, one row per person and version", _create_acknowledgements),
    (2, "index on acknowledged_at for retention purges", _index_acknowledged_at),
]
"""Numbered schema changes, applied in order; never edit one that has shipped, add the next."""


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says what to do."""


@dataclass(frozen=True)
class Stored:
    """One acknowledgement as stored."""

    document: str
    version: str
    fingerprint: str
    name: str
    identity: str
    employee_number: str | None
    acknowledged_at: str
    receipt: dict[str, Any]


def database_url(database: str) -> str:
    """A SQLAlchemy URL from what a user typed: a ``postgresql://`` or ``sqlite:///`` URL, or a file path."""
    if "://" not in database:
        return "sqlite:///" + str(Path(database).expanduser().resolve())
    if database.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + database.split("://", 1)[1]
    return database


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before the service answers, so an answered acknowledgement
    # survives the process being killed and the machine losing power.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """The acknowledgements database."""

    def __init__(self, database: str):
        self.url = database_url(database)
        try:
            url = make_url(self.url)
        except ArgumentError:
            raise StoreError(f"'{database}' is neither a file path nor a database URL "
                             "(for example receipts.sqlite3 or postgresql://user@host/dbname)") from None
        self.dialect = url.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"'{database}': only SQLite and PostgreSQL databases are supported")
        self.path = Path(url.database) if self.dialect == "sqlite" and url.database else None
        if self.dialect == "sqlite":
            if self.path is None or str(self.path) == ":memory:":
                raise StoreError("give the SQLite database a file path: an in-memory database keeps nothing")
            if not self.path.parent.is_dir():
                raise StoreError(f"the folder {self.path.parent} of the database does not exist")
            self.engine: Engine = sa.create_engine(self.url, pool_size=8, max_overflow=8, pool_timeout=60,
                                                   connect_args={"check_same_thread": False, "timeout": 30})
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            # SQLite has one writer at a time; writers that queue here wake at once, where
            # SQLite's own busy handler polls with growing sleeps and makes a long tail.
            self._write_lock: threading.Lock | contextlib.nullcontext = threading.Lock()
        else:
            self.engine = sa.create_engine(self.url, pool_size=10, max_overflow=10, pool_timeout=60,
                                           pool_pre_ping=True)
            self._write_lock = contextlib.nullcontext()

    def describe(self) -> str:
        """The database in words, without any password."""
        if self.dialect == "sqlite":
            return f"SQLite file {self.path}"
        return f"PostgreSQL {make_url(self.url).render_as_string(hide_password=True)}"

    def close(self) -> None:
        self.engine.dispose()

    # --- schema -----------------------------------------------------------------------

    def schema_version(self) -> int:
        """The number of the last migration applied (0 for an empty database)."""
        with self._connect() as conn:
            if not sa.inspect(conn).has_table("schema_migrations"):
                return 0
            return conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in its own transaction; returns their numbers."""
        applied = []
        with self._connect() as conn:
            if self.dialect == "postgresql":
                # Two services starting together must not both migrate.
                conn.execute(sa.text("SELECT pg_advisory_lock(7240511)"))
                conn.commit()
            try:
                schema_migrations.create(conn, checkfirst=True)
                conn.commit()
                done = set(conn.execute(sa.select(schema_migrations.c.version)).scalars())
                conn.commit()
                for number, description, change in MIGRATIONS:
                    if number in done:
                        continue
                    with conn.begin():
                        change(conn)
                        conn.execute(schema_migrations.insert().values(version=number, description=description))
                    applied.append(number)
            finally:
                if self.dialect == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_unlock(7240511)"))
                    conn.commit()
        return applied

    # --- acknowledgements -------------------------------------------------------------

    def record(self, row: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Store a signed receipt unless this person already acknowledged this version.

        ``row`` has every column but ``id``; ``row['receipt']`` is the signed receipt (a dict).
        Returns the receipt that is stored (the earlier one when there was one) and whether it is new.
        """
        values = {**row, "receipt": json.dumps(row["receipt"], ensure_ascii=False)}
        insert = (sqlite.insert if self.dialect == "sqlite" else postgresql.insert)(acknowledgements)
        statement = (insert.values(**values).on_conflict_do_nothing(index_elements=UNIQUE_KEY)
                     .returning(acknowledgements.c.receipt_id))
        with self._connect() as conn, self._write_lock:
            with conn.begin():
                created = conn.execute(statement).first() is not None
            if created:
                return row["receipt"], True
            existing = conn.execute(
                sa.select(acknowledgements.c.receipt).where(*[acknowledgements.c[k] == row[k] for k in UNIQUE_KEY])
            ).scalar_one()
            conn.commit()
        return json.loads(existing), False

    def count(self) -> int:
        with self._connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(acknowledgements)).scalar_one()

    def all(self) -> list[Stored]:
        """Every acknowledgement, oldest first."""
        c = acknowledgements.c
        query = sa.select(c.document, c.version, c.fingerprint, c.name, c.identity, c.employee_number,
                          c.acknowledged_at, c.receipt).order_by(c.acknowledged_at, c.id)
        with self._connect() as conn:
            rows = conn.execute(query).all()
        return [Stored(r.document, r.version, r.fingerprint, r.name, r.identity, r.employee_number,
                       r.acknowledged_at, json.loads(r.receipt)) for r in rows]

    def purge(self, before: str) -> int:
        """Delete acknowledgements made before ``before`` (an ISO UTC time); returns how many."""
        with self._connect() as conn:
            with conn.begin():
                return conn.execute(acknowledgements.delete().where(acknowledgements.c.acknowledged_at < before)).rowcount

    # --- backup -----------------------------------------------------------------------

    def backup(self, destination: Path) -> None:
        """Copy a SQLite database, consistently while the service runs, with sqlite3's backup API."""
        if self.dialect != "sqlite":
            raise StoreError("backup copies a SQLite file; back PostgreSQL up with pg_dump")
        if destination.exists():
            raise StoreError(f"{destination} already exists: choose a new file name for the backup")
        _copy_sqlite(self.path, destination)

    def restore(self, backup: Path) -> None:
        """Replace a SQLite database's contents with a backup's (stop the service first)."""
        if self.dialect != "sqlite":
            raise StoreError("restore replaces a SQLite file; restore PostgreSQL with pg_restore or psql")
        if not backup.is_file():
            raise StoreError(f"{backup} does not exist")
        try:
            check = sqlite3.connect(backup)
            try:
                tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            finally:
                check.close()
        except sqlite3.DatabaseError:
            raise StoreError(f"{backup} is not a SQLite database") from None
        if "acknowledgements" not in tables:
            raise StoreError(f"{backup} is not a backup of a receipts database (it has no acknowledgements table)")
        self.engine.dispose()
        _copy_sqlite(backup, self.path)

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as e:
            raise StoreError(f"cannot open {self.describe()}: {getattr(e, 'orig', None) or e}") from None


def _copy_sqlite(source: Path, destination: Path) -> None:
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as e:
        raise StoreError(f"cannot copy {source} to {destination}: {e}") from None

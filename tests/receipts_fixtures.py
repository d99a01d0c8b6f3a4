"""Fixtures for the receipts service: a handbook with a version in force, a signing key, a private
PostgreSQL cluster, and the service itself running as a real process on 127.0.0.1.

PostgreSQL comes from Debian (``scripts/dev`` installs it); each test session starts its own
throwaway cluster with ``initdb`` in a temporary folder, run as the ``postgres`` user when the
tests run as root, listening only on a Unix socket in that folder, and stops it at the end.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import BODIES, MKDOCS_YML, NO_TOPICS, _env, build, run

BIN = Path(sys.executable).parent
DOCUMENT_ID = "harmonised-policy"
IN_FORCE = "v2"
"""Approved and effective since 2026-01-01."""
NOT_IN_FORCE = {"v1": "superseded", "v3": "proposed", "v4": "approved but effective from 2099"}

BODIES_WITH_PROJECT = BODIES + """\
  - id: harmonised
    name: Harmonised policy project
    kind: handbook project
"""


def _version(id: str, label: str, status: str, published: str, effective: str | None, text: str,
             supersedes: str | None) -> str:
    dates = f"published: {published}" + (f", effective_from: {effective}" if effective else "")
    return f"""\
  - id: {id}
    label: {label}
    status: {status}
    supersedes: {supersedes or "null"}
    dates: {{{dates}}}
    source: {{title: {label}}}
    sections:
      - id: rules
        number: "1"
        title: Rules
        clauses:
          - id: working-time
            number: "1.1"
            text: {text}
"""


HARMONISED = f"""\
id: {DOCUMENT_ID}
body: harmonised
title: Harmonised Social Media Policy
kind: policy
attribution: {{basis: stated}}
versions:
""" + "".join([
    _version("v1", "2025 policy", "superseded", "2025-01-06", "2025-02-01",
             "Employees must not use social media for personal reasons during working time.", None),
    _version("v2", "2026 policy", "approved", "2025-12-01", "2026-01-01",
             "Employees may use social media for personal reasons during their lunch break.", "v1"),
    _version("v3", "Committee version", "proposed", "2026-11-16", "2099-01-01",
             "Employees may use social media for personal reasons during any break.", "v2"),
    _version("v4", "Future policy", "approved", "2026-11-20", "2099-06-01",
             "Employees may use social media for personal reasons during any break or at lunch.", "v3"),
])


def write_project(root: Path, *, endpoint: str | None = None, public_key: Path | None = None) -> Path:
    """A handbook project whose harmonised policy has one version in force (:data:`IN_FORCE`)."""
    plugin = "  - policy-handbook"
    options = []
    if endpoint:
        options.append(f"      acknowledgement_endpoint: {endpoint}")
    if public_key:
        options.append(f"      receipts_public_key: {public_key}")
    mkdocs = MKDOCS_YML if not options else MKDOCS_YML.replace(plugin, plugin + ":\n" + "\n".join(options))
    files = {
        "mkdocs.yml": mkdocs,
        "handbook/index.md": "# Test handbook\n",
        "source_policies/bodies.yml": BODIES_WITH_PROJECT,
        f"source_policies/documents/{DOCUMENT_ID}.yml": HARMONISED,
        "source_policies/topics.yml": NO_TOPICS,
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- PostgreSQL -------------------------------------------------------------------------

def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    return None


@dataclass
class Postgres:
    """A private PostgreSQL cluster listening on a Unix socket."""

    socket_dir: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def createdb(self, name: str) -> str:
        self._as_owner([str(_pg_bin() / "createdb"), "-h", str(self.socket_dir), "-p", str(self.port),
                        "-U", "postgres", name])
        return self.url(name)

    def _as_owner(self, args: list[str]) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(prefix + args, check=True, capture_output=True, text=True, timeout=60)


@contextlib.contextmanager
def postgres_cluster():
    """A throwaway PostgreSQL cluster (initdb in a temporary folder), stopped and removed on exit."""
    bindir = _pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed: run the tests through `scripts/dev pytest`")
    root = Path(tempfile.mkdtemp(prefix="receipts-pg-"))
    as_root = os.geteuid() == 0
    if as_root:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    data = root / "data"
    port = free_port()
    try:
        subprocess.run(prefix + [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "--no-sync", "-E", "UTF8"], check=True, capture_output=True, text=True, timeout=120)
        options = (f"-c listen_addresses='' -c unix_socket_directories={root} -p {port} -c max_connections=150")
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", options,
                                 "-w", "-t", "60", "start"], check=True, capture_output=True, text=True, timeout=90)
        yield Postgres(root, port)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                           capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():
    """The session's PostgreSQL cluster."""
    if _pg_bin() is None:
        pytest.fail("PostgreSQL is not installed: run the tests through `scripts/dev pytest`")
    with postgres_cluster() as cluster:
        yield cluster


# --- the service ------------------------------------------------------------------------

@dataclass
class Service:
    """``policy-handbook receipts serve`` running as a child process."""

    args: list[str]
    port: int
    log: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> "Service":
        self.process = subprocess.Popen(self.args, env=_env(), stdout=self.log.open("ab"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the service exited: {self.log.read_text()}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return self
            time.sleep(0.1)
        raise AssertionError(f"the service did not start in {timeout} s: {self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL: no chance to finish anything."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def service_args(site: Path, database: str, key: Path, port: int, *extra: str,
                 origin: str = "http://127.0.0.1:9") -> list[str]:
    return [str(BIN / "policy-handbook"), "receipts", "serve", "--site", str(site), "--database", database,
            "--key", str(key), "--origin", origin, "--port", str(port), *extra]


@pytest.fixture(scope="session")
def receipts_site(tmp_path_factory) -> Path:
    """The test handbook, built once: one version in force, others not."""
    root = write_project(tmp_path_factory.mktemp("receipts-project") / "project")
    site = root.parent / "site"
    result = build(root, site)
    assert result.ok, result.output
    return site


@pytest.fixture(scope="session")
def signing_key(tmp_path_factory) -> Path:
    key = tmp_path_factory.mktemp("receipts-key") / "receipts-key.pem"
    result = run("policy-handbook", "receipts", "keygen", key)
    assert result.ok, result.output
    return key


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> str:
    """An empty database: a SQLite file, or a new database in the session's PostgreSQL cluster."""
    if request.param == "sqlite":
        return str(tmp_path / "receipts.sqlite3")
    cluster = request.getfixturevalue("postgres")
    return cluster.createdb("receipts_" + os.urandom(6).hex())


@pytest.fixture
def start_service(tmp_path, receipts_site, signing_key):
    """Start services; every one started is stopped at the end of the test."""
    started: list[Service] = []

    def start(database: str, *extra: str, port: int | None = None, origin: str = "http://127.0.0.1:9") -> Service:
        port = port or free_port()
        service = Service(service_args(receipts_site, database, signing_key, port, *extra, origin=origin), port,
                          tmp_path / f"service-{len(started)}.log")
        started.append(service)
        return service.start()

    yield start
    for service in started:
        service.stop()


def dedent(text: str) -> str:
    return textwrap.dedent(text)

"""Shared fixtures: real builds of real sites, into temporary folders."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUTF8="1")
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


@dataclass
class Run:
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def script(name: str) -> ModuleType:
    """``scripts/NAME.py`` imported as the module ``NAME``, once per test run."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass looks its module up while the script runs
    spec.loader.exec_module(module)
    return module


def run(*args: str | Path, cwd: Path = ROOT) -> Run:
    """Run a command of the environment, as a user would, and capture everything it says."""
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True)
    return Run(result.returncode, result.stdout + result.stderr)


def build(project: Path, site: Path, *, tool: str = "mkdocs", strict: bool = True) -> Run:
    args = [tool, "build", "-f", project / "mkdocs.yml", "-d", site]
    if strict:
        args.append("--strict")
    return run(*args, cwd=project)


BODIES = """\
bodies:
  - id: alpha-council
    name: Alpha Council
    kind: district council
  - id: beta-council
    name: Beta Council
    kind: town council
"""

DOCUMENT = """\
id: alpha-policy
body: alpha-council
title: Alpha Social Media Policy
kind: policy
attribution: {basis: stated}
versions:
  - id: "2020"
    label: 2020 policy
    status: approved
    source: {title: Alpha policy}
    sections:
      - id: rules
        number: "1"
        title: Rules
        clauses:
          - id: working-time
            number: "1.1"
            text: Employees must not use social media for personal reasons during working time.
          - id: friends
            number: "1.2"
            text: Do not accept friend requests from service users.
"""

NO_TOPICS = """\
groups: []
topics: []
"""

MKDOCS_YML = """\
site_name: Test handbook
docs_dir: handbook
theme:
  name: material
  font: false
plugins:
  - search
  - policy-handbook
"""


def write_project(root: Path, files: dict[str, str] | None = None) -> Path:
    """The small project of inline files at ``root``, with ``{relative path: text}`` changed."""
    tree = {
        "mkdocs.yml": MKDOCS_YML,
        "handbook/index.md": "# Test handbook\n",
        "source_policies/bodies.yml": BODIES,
        "source_policies/topics.yml": NO_TOPICS,
        "source_policies/documents/alpha-policy.yml": DOCUMENT,
    }
    tree.update(files or {})
    for name, text in tree.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            continue
        path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path):
    """A small project of inline files; call it with ``{relative path: text}`` to change it."""

    def make(files: dict[str, str] | None = None) -> Path:
        return write_project(tmp_path / "project", files)

    return make


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory) -> Path:
    """The handbook built from the bundled corpus, once per test session."""
    site = tmp_path_factory.mktemp("bundled") / "site"
    result = build(ROOT, site)
    assert result.ok, result.output
    return site


def copy_project(destination: Path) -> Path:
    """A copy of the real project's inputs, to break on purpose."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "handbook", "source_policies"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        else:
            shutil.copy2(source, destination / name)
    return destination


from browser_fixtures import browser, context, page, served_site  # noqa: E402,F401  (fixtures)

"""A build imports what it uses: the libraries of the other commands stay out of its start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import copy_project

NOT_AT_BUILD = {
    "sklearn", "numpy", "scipy",                      # suggest
    "docx", "pypdf", "spellchecker", "snowballstemmer",  # import, suggest
    "playwright",                                     # pdf
    "cryptography",                                   # receipts (a site with no key)
    "starlette", "uvicorn", "sqlalchemy", "psycopg",  # the receipts service
}
"""Top-level packages only commands other than a build need."""

LAZY_MODULES = {"policy_handbook.load.messages"}
"""Modules of the package a build imports only when something goes wrong."""

BUILD = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps(sorted(sys.modules)))
"""


def test_a_build_of_the_bundled_corpus_leaves_the_other_commands_libraries_unloaded(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    result = subprocess.run([sys.executable, "-c", BUILD, str(project / "mkdocs.yml"), str(tmp_path / "site")],
                            capture_output=True, text=True, cwd=project)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "policy_handbook.plugin" in loaded and (tmp_path / "site" / "index.html").is_file()
    assert sorted({name.split(".")[0] for name in loaded} & NOT_AT_BUILD) == []
    assert sorted(loaded & LAZY_MODULES) == []


def test_a_file_that_does_not_validate_is_still_explained(tmp_path: Path):
    # The messages module is imported only then: the explanation must still come.
    project = copy_project(tmp_path / "project")
    bodies = project / "source_policies" / "bodies.yml"
    bodies.write_text(bodies.read_text(encoding="utf-8") + "\nunexpected_key: 1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
                            capture_output=True, text=True, cwd=project)
    assert result.returncode != 0
    assert "bodies.yml" in result.stderr and "unexpected_key" in result.stderr, result.stderr


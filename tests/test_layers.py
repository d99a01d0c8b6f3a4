"""The pipeline's layers: load and analyse know nothing of rendering, and the core nothing of MkDocs."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "plugins" / "policy_handbook"
CORE = ["load", "analyse", "render", "model.py", "corpus.py", "text.py"]
FRAMEWORKS = {"mkdocs", "material", "properdocs"}


def modules(*parts: str) -> list[Path]:
    found = []
    for part in parts:
        path = PACKAGE / part
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, as an absolute dotted name."""
    package = ["policy_handbook", *path.relative_to(PACKAGE).parent.parts]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_the_import_reader_sees_relative_imports():
    # Guards the guard: a relative import of render from analyse is seen as one.
    names = imported(PACKAGE / "analyse" / "fingerprint.py")
    assert "policy_handbook.corpus" in names and "policy_handbook.analyse.align" in names


def test_analysis_and_loading_never_import_rendering():
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in imported(p) if n.startswith("policy_handbook.render"))
                 for p in modules("analyse", "load", "model.py", "corpus.py", "text.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_core_never_imports_mkdocs():
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in imported(p) if n.split(".")[0] in FRAMEWORKS)
                 for p in modules(*CORE)}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_analysis_loads_no_renderer_and_no_mkdocs():
    code = (
        "import sys, pkgutil, importlib, policy_handbook.analyse as a\n"
        "for m in pkgutil.iter_modules(a.__path__): importlib.import_module('policy_handbook.analyse.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('policy_handbook.render') or n.split('.')[0] in "
        f"{sorted(FRAMEWORKS)!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

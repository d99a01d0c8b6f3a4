"""The built-in templates compiled ahead of time, used only where they match exactly.

Compiling the templates is a good part of a cold build's time. A wheel of the package carries
them compiled (``setup.py`` calls :func:`precompile` when it builds one): Jinja's compiled form
of each template, as Python source, which the installer byte-compiles as it does the package's
own modules (and Python checks those against its own version). Jinja's compiled code depends on
Jinja's version and on the environment's options, so the folder holds a manifest with
:func:`environment_key` and a hash of every template's source; :class:`PrecompiledLoader` uses a
compiled template only when the key is the running environment's and the template's source is
the one it was compiled from. Anything else (another Jinja, an edited template, a checkout with
no compiled folder) is compiled as usual.

This module needs Jinja only: ``setup.py`` imports it with nothing else of the package installed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from importlib.machinery import SourceFileLoader
from pathlib import Path
from typing import Any, Callable, MutableMapping

import jinja2

PACKAGE = "policy_handbook.render"
TEMPLATES = "templates"
COMPILED = Path(__file__).parent / "compiled_templates"
"""Where a wheel keeps the compiled templates (absent in a source checkout)."""
MANIFEST = "manifest.json"

FILTERS = ("markdown", "md_escape", "escape_text", "page_title", "long_date", "section_number", "groupby_bullets", "redline")
"""The filters the templates use beyond Jinja's own. Jinja checks at compile time that a filter exists."""


def base_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """The templates' environment with every option that shapes the compiled code, and no filters of ours."""
    return jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def environment_key(env: jinja2.Environment) -> str:
    """What a template's compiled code depends on besides its source: Jinja's version and the options.

    Not Python's version: Jinja generates the same source for every Python (the byte-compiled
    copies are Python's own, checked by Python)."""
    parts = {
        "jinja2": jinja2.__version__,
        "syntax": [env.block_start_string, env.block_end_string, env.variable_start_string,
                   env.variable_end_string, env.comment_start_string, env.comment_end_string,
                   env.line_statement_prefix, env.line_comment_prefix],
        "options": [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
                    env.optimized, env.is_async, repr(env.autoescape), env.undefined.__qualname__],
        "extensions": sorted(env.extensions),
        "filters": sorted(env.filters),
        "tests": sorted(env.tests),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _source_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _module_name(name: str) -> str:
    return "tmpl_" + hashlib.sha1(name.encode("utf-8")).hexdigest()


class PrecompiledLoader(jinja2.PackageLoader):
    """The package's templates, taken from ``folder`` where compiled for this environment, else compiled."""

    def __init__(self, folder: Path | None = None):
        super().__init__(PACKAGE, TEMPLATES)
        self.folder = folder or COMPILED
        self._manifest: dict[str, Any] | None = None
        self._key: tuple[int, str] | None = None

    def _compiled_hashes(self, environment: jinja2.Environment) -> dict[str, str]:
        """The source hash of each compiled template usable in ``environment`` (none when the key differs)."""
        if self._manifest is None:
            try:
                self._manifest = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._manifest = {}
        if not self._manifest:
            return {}
        if self._key is None or self._key[0] != id(environment):
            self._key = (id(environment), environment_key(environment))
        if self._manifest.get("key") != self._key[1]:
            return {}
        return self._manifest.get("templates", {})

    def usable(self, environment: jinja2.Environment) -> set[str]:
        """The names of the templates ``environment`` takes from ``folder``, compiled from their current source."""
        hashes = self._compiled_hashes(environment)
        return {name for name in self.list_templates()
                if name in hashes and hashes[name] == _source_hash(self.get_source(environment, name)[0])}

    def load(self, environment: jinja2.Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        if self._compiled_hashes(environment).get(name) != _source_hash(source):
            return super().load(environment, name, globals)
        module = _module_name(name)
        path = self.folder / f"{module}.py"
        try:
            # Through the import system's loader, so that the installer's byte-compiled copy is used.
            code = SourceFileLoader(f"{PACKAGE}.compiled_templates.{module}", str(path)).get_code(None)
        except (OSError, ImportError):
            return super().load(environment, name, globals)
        template = environment.template_class.from_code(environment, code, {} if globals is None else globals,
                                                        uptodate)
        template.filename = filename  # errors name the template, not the compiled module
        return template


def precompile(folder: Path, templates: Path = Path(__file__).parent / TEMPLATES,
               environment: Callable[[jinja2.BaseLoader], jinja2.Environment] | None = None) -> int:
    """Compile every template in ``templates`` (the built-in ones) into ``folder`` with its manifest;
    the number compiled."""
    loader = jinja2.FileSystemLoader(str(templates))
    env = (environment or _build_environment)(loader)
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Compiled beside the folder, then put in its place: two commands started together (two
    # `scripts/dev` runs) each finish with a whole folder, and the loader falls back to the
    # templates' sources for as long as it is missing.
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        hashes = {}
        for name in env.list_templates():
            source, filename, _ = loader.get_source(env, name)
            code = env.compile(source, name, filename, raw=True)  # as Environment.compile does it for a load
            (staging / f"{_module_name(name)}.py").write_text(code, encoding="utf-8")
            hashes[name] = _source_hash(source)
        (staging / MANIFEST).write_text(json.dumps({"key": environment_key(env), "templates": hashes}, indent=1,
                                                   sort_keys=True) + "\n", encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; an installed package's folders are readable
        shutil.rmtree(folder, ignore_errors=True)
        try:
            staging.rename(folder)
        except OSError:
            pass  # another process put its folder there first: the same templates, compiled the same way
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(hashes)


def _build_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """The environment as it compiles: the filters only need to exist."""
    env = base_environment(loader)
    env.filters.update(dict.fromkeys(FILTERS, str))
    return env


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else COMPILED
    print(f"compiled {precompile(target)} templates into {target}")

"""Templates compiled ahead of time (as a wheel carries them): used only where they match exactly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.render import precompiled
from policy_handbook.render.environment import make_environment
from policy_handbook.render.handbook import handbook_content
from policy_handbook.render.options import RenderOptions

from conftest import ROOT


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "source_policies")


@pytest.fixture
def compiles(monkeypatch) -> list[str]:
    """The names of the templates compiled from source (not taken precompiled), as they are."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return names


def _pages(corpus) -> dict[str, bytes]:
    content = handbook_content(corpus, RenderOptions(baseline_body="dorset-council"), has_home=True)
    return {page.src_uri: page.utf8 for page in content.pages}


def _precompiled_in(folder: Path, monkeypatch) -> dict:
    assert precompiled.precompile(folder) == len(make_environment().list_templates())
    monkeypatch.setattr(precompiled, "COMPILED", folder)
    return json.loads((folder / precompiled.MANIFEST).read_text(encoding="utf-8"))


def test_the_environment_compiled_ahead_of_time_is_the_one_that_renders():
    """precompiled.FILTERS and the options are those of make_environment, or nothing precompiled is ever used."""
    ahead = precompiled._build_environment(jinja2.DictLoader({}))
    assert precompiled.environment_key(ahead) == precompiled.environment_key(make_environment())


def test_precompiled_templates_render_every_page_byte_for_byte(corpus, tmp_path, monkeypatch, compiles):
    monkeypatch.setattr(precompiled, "COMPILED", tmp_path / "none")
    expected = _pages(corpus)
    assert compiles, "without precompiled templates every template is compiled"
    _precompiled_in(tmp_path / "compiled", monkeypatch)
    compiles.clear()
    assert _pages(corpus) == expected
    assert compiles == []


def test_an_error_names_the_template_not_the_compiled_module(tmp_path, monkeypatch):
    _precompiled_in(tmp_path / "compiled", monkeypatch)
    template = make_environment().get_template("partials/source_problems.html")
    assert template.filename == str(precompiled.Path(precompiled.__file__).parent / "templates" / "partials"
                                    / "source_problems.html")


def test_a_template_edited_since_is_compiled_from_its_source(corpus, tmp_path, monkeypatch, compiles):
    manifest = _precompiled_in(tmp_path / "compiled", monkeypatch)
    manifest["templates"]["topic.md"] = "0" * 64  # compiled from other source than the file holds now
    (tmp_path / "compiled" / precompiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    compiles.clear()
    _pages(corpus)
    assert compiles == ["topic.md"]
    env = make_environment()
    assert precompiled.PrecompiledLoader().usable(env) == set(env.list_templates()) - {"topic.md"}


def test_templates_compiled_for_another_jinja_or_other_options_are_not_used(corpus, tmp_path, monkeypatch, compiles):
    monkeypatch.setattr(precompiled, "COMPILED", tmp_path / "none")
    _pages(corpus)
    every = sorted(set(compiles))
    manifest = _precompiled_in(tmp_path / "compiled", monkeypatch)
    (tmp_path / "compiled" / precompiled.MANIFEST).write_text(json.dumps({**manifest, "key": "another"}),
                                                               encoding="utf-8")
    compiles.clear()
    _pages(corpus)
    assert sorted(set(compiles)) == every


def test_the_template_cache_folder_is_named_after_what_compiled_code_depends_on(tmp_path, monkeypatch):
    monkeypatch.setattr(precompiled, "COMPILED", tmp_path / "none")  # as in a checkout scripts/dev has not compiled
    env = make_environment(cache_dir=tmp_path)
    env.get_template("partials/source_problems.html")
    key = precompiled.environment_key(env)
    folder = tmp_path / f"templates-{key[:16]}"
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert list(folder.iterdir()), "the compiled template is kept"


_RENDER = """
import json, sys
import jinja2
compiled = []
original = jinja2.Environment.compile
def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
    compiled.append(name)
    return original(self, source, name, filename, raw, defer_init)
jinja2.Environment.compile = compile
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.handbook import handbook_content
from policy_handbook.render.options import RenderOptions
pages = handbook_content(load_corpus(sys.argv[1]), RenderOptions(baseline_body="dorset-council"), has_home=True).pages
print(json.dumps({"compiled": compiled, "marked": sum(sys.argv[2] in page.utf8.decode() for page in pages)}))
"""


def test_scripts_dev_compiles_a_checkout_and_a_template_edited_since_is_compiled_from_its_source(tmp_path):
    """The quick start's checkout carries compiled templates, as a wheel does, and never serves a stale one."""
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "plugins", checkout / "plugins",
                    ignore=shutil.ignore_patterns("__pycache__", "compiled_templates"))
    (checkout / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "dev", checkout / "scripts" / "dev")
    shutil.copy2(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    # An environment already installed: its python is this one, its stamp newer than pyproject.toml.
    python = checkout / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    (checkout / ".venv" / ".installed").touch()
    package = checkout / "plugins" / "policy_handbook"
    compiled = package / "render" / "compiled_templates"

    def dev() -> None:
        subprocess.run(["bash", str(checkout / "scripts" / "dev"), "true"], check=True, capture_output=True)

    def render(marker: str) -> dict:
        env = dict(os.environ, PYTHONPATH=str(checkout / "plugins"), PYTHONDONTWRITEBYTECODE="1")
        result = subprocess.run([sys.executable, "-c", _RENDER, str(ROOT / "source_policies"), marker],
                                check=True, capture_output=True, text=True, env=env)
        return json.loads(result.stdout)

    dev()
    manifest = json.loads((compiled / precompiled.MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["templates"]) == len(list((package / "render" / "templates").rglob("*.*")))
    assert list((compiled / "__pycache__").glob("*.pyc")), "the compiled templates are byte-compiled too"
    assert list((package / "__pycache__").glob("plugin.*.pyc")), "and so are the package's modules"
    assert render("edited-after-compiling") == {"compiled": [], "marked": 0}

    topic = package / "render" / "templates" / "topic.md"
    topic.write_text(topic.read_text(encoding="utf-8") + "\nedited-after-compiling\n", encoding="utf-8")
    edited = render("edited-after-compiling")
    assert edited["compiled"] == ["topic.md"], "the edited template is compiled from its source, the rest taken"
    assert edited["marked"] > 0, "and the pages show the edit"

    dev()  # the next command compiles it again
    assert render("edited-after-compiling")["compiled"] == []


def test_two_compilations_at_once_each_leave_a_whole_folder(tmp_path):
    # Two `scripts/dev` commands started together compile into the same folder at the same time.
    import threading

    folder = tmp_path / "compiled_templates"
    errors: list[BaseException] = []

    def compile_once() -> None:
        try:
            for _ in range(3):
                precompiled.precompile(folder)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=compile_once) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    manifest = json.loads((folder / precompiled.MANIFEST).read_text())
    expected = [precompiled.MANIFEST] + [f"{precompiled._module_name(name)}.py" for name in manifest["templates"]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    assert [p.name for p in tmp_path.iterdir()] == ["compiled_templates"]  # no staging folder left behind

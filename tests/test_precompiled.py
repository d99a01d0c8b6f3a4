"""Templates compiled ahead of time (as a wheel carries them): used only where they match exactly."""

from __future__ import annotations

import json
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


def test_the_template_cache_folder_is_named_after_what_compiled_code_depends_on(tmp_path):
    env = make_environment(cache_dir=tmp_path)
    env.get_template("partials/source_problems.html")
    key = precompiled.environment_key(env)
    folder = tmp_path / f"templates-{key[:16]}"
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert list(folder.iterdir()), "the compiled template is kept"

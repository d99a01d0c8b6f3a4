"""``policy-handbook generate``: the handbook as plain files, for builders that run no MkDocs plugin.

The pages are made exactly as the plugin makes them: the site's ``mkdocs.yml`` is loaded with
MkDocs, the plugin's own ``on_config`` and ``on_files`` run, and what they produce is written to a
folder with a ``mkdocs.yml`` that lists every page, asset and setting. MkDocs, ProperDocs and
Zensical build that folder with no plugin at all.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import time
from pathlib import Path

import click
import yaml

PLUGIN = "policy-handbook"
DOCS = "docs"
OVERRIDES = "overrides"


class GenerateError(Exception):
    """The site's configuration cannot be turned into a plain one."""


def _plugin_entry(entry: object) -> bool:
    name = next(iter(entry)) if isinstance(entry, dict) else entry
    return isinstance(name, str) and name.split("/")[-1] == PLUGIN


def generate(config_file: Path, out: Path) -> tuple[list[Path], list[Path]]:
    """Write the handbook's pages and a plugin-free ``mkdocs.yml`` into ``out``.

    Returns the files written, and the folders they were made from (to watch for changes).

    Raises :class:`GenerateError` (with what to do) or the plugin's own PluginError on bad sources.
    """
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.utils.yaml import yaml_load

    config_file = config_file.resolve()
    with config_file.open("rb") as f:
        raw = yaml_load(f) or {}
    if not any(_plugin_entry(p) for p in raw.get("plugins") or []):
        raise GenerateError(f"{config_file} does not use the {PLUGIN} plugin: there is nothing to generate")
    config = load_config(str(config_file))
    plugin = config.plugins[PLUGIN]
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    # Plain MkDocs converts every page it is given: the pages are written in Markdown for it.
    plugin.options = dataclasses.replace(plugin.options, headings=None)
    files = config.plugins.on_files(get_files(config), config=config)

    staging = out.with_name(out.name + ".generating")
    if staging.exists():
        shutil.rmtree(staging)
    docs = staging / DOCS
    written: list[Path] = []
    for file in files:
        target = docs / file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if file.generated_by is not None and file.abs_src_path is None:
            target.write_bytes(file.content_bytes)
        elif file.is_documentation_page():
            text = Path(file.abs_src_path).read_text(encoding="utf-8-sig")
            target.write_text(plugin.content.hand_written(file.src_uri, text), encoding="utf-8")
        else:
            shutil.copyfile(file.abs_src_path, target)
        written.append(target)
    overrides = staging / OVERRIDES
    for theme_dir in reversed(_override_dirs(config)):
        shutil.copytree(theme_dir, overrides, dirs_exist_ok=True)
    (staging / "mkdocs.yml").write_text(_plain_config(raw, config, plugin, files), encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
    written = [out / p.relative_to(staging) for p in written] + [out / "mkdocs.yml"]
    return written, [config_file, Path(config.docs_dir), plugin.source_dir]


def _override_dirs(config) -> list[Path]:
    """The site's own ``custom_dir`` and the plugin's theme partials, highest priority first."""
    from .render.handbook import THEME_DIR

    dirs = []
    if config.theme.custom_dir:
        dirs.append(Path(config.theme.custom_dir))
    dirs.append(THEME_DIR)
    return [d for d in dirs if d.is_dir()]


class _Dumper(yaml.SafeDumper):
    """Writes text of several lines as a ``|`` block, as people write ``not_in_nav``."""


_Dumper.add_representer(str, lambda dumper, text: dumper.represent_scalar(
    "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None))


def _plain_config(raw: dict, config, plugin, files) -> str:
    """The site's ``mkdocs.yml`` with the plugin's work written out."""
    plain = {k: v for k, v in raw.items() if k not in ("docs_dir", "site_dir", "watch", "INHERIT")}
    plain["docs_dir"] = DOCS
    plain["plugins"] = [p for p in raw.get("plugins") or [] if not _plugin_entry(p)] or ["search"]
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["custom_dir"] = OVERRIDES
    plain["theme"] = theme
    plain["nav"] = config.nav
    not_in_nav = [line for line in str(raw.get("not_in_nav") or "").splitlines() if line.strip()]
    not_in_nav += [f"/{f.src_uri}" for f in files if f.generated_by is not None and f.abs_src_path is None
                   and f.inclusion.is_not_in_nav() and f.src_uri.endswith(".md")]
    plain["not_in_nav"] = "\n".join(not_in_nav) + "\n"
    plain["extra_css"] = list(config.extra_css)
    plain["extra_javascript"] = [str(s) for s in config.extra_javascript]
    extensions = []
    for name in config.markdown_extensions:
        options = config.mdx_configs.get(name)
        extensions.append({name: options} if options else name)
    plain["markdown_extensions"] = extensions
    plain["extra"] = dict(config.extra)
    header = ("# Generated by `policy-handbook generate` from the policy sources: edit those and generate again.\n"
              "# Builds with MkDocs, ProperDocs or Zensical, with no policy-handbook plugin.\n")
    try:
        return header + yaml.dump(plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)
    except yaml.representer.RepresenterError as e:
        raise GenerateError(f"mkdocs.yml holds a value that cannot be written as plain YAML ({e.args[-1]!r}); "
                            "generate supports settings written as plain text, numbers, lists and mappings") from e


@click.command("generate")
@click.option("-f", "--config-file", type=click.Path(path_type=Path, dir_okay=False), default="mkdocs.yml",
              show_default=True, help="The site's mkdocs.yml, which configures the policy-handbook plugin.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default="generated", show_default=True,
              help="Folder to write; replaced as a whole once the new content is ready.")
@click.option("--watch", is_flag=True, help="Generate again whenever a source file or mkdocs.yml changes.")
def generate_command(config_file: Path, out: Path, watch: bool) -> None:
    """Write every page of the handbook, and a mkdocs.yml for them, into OUT.

    Build the result with any of `mkdocs build`, `properdocs build` or `zensical build`, run in
    OUT: no plugin is needed. With --watch, `zensical serve` (or `mkdocs serve`) run in OUT
    picks up each regeneration.
    """
    from mkdocs.exceptions import PluginError

    sources: list[Path] = [config_file]

    def once() -> bool:
        try:
            written, watched = generate(config_file, out)
            sources[:] = watched
        except (GenerateError, PluginError) as e:
            click.echo(str(e), err=True)
            return False
        except FileNotFoundError as e:
            click.echo(f"{e.filename}: not found — give the site's mkdocs.yml with -f", err=True)
            return False
        click.echo(f"wrote {len(written)} files to {out}/ (build them with: cd {out} && zensical build)")
        return True

    if not watch:
        sys.exit(0 if once() else 1)
    once()
    seen = _stamp(sources)
    click.echo("watching the sources; press Ctrl+C to stop")
    try:
        while True:
            time.sleep(0.5)
            now = _stamp(sources)
            if now != seen:
                seen = now
                once()
    except KeyboardInterrupt:
        pass


def _stamp(paths: list[Path]) -> tuple:
    """Modification times of the files given and of everything under the folders given."""
    entries = []
    for path in paths:
        if path.is_file():
            entries.append((str(path), path.stat().st_mtime_ns))
        elif path.is_dir():
            for dirpath, _, names in os.walk(path):
                entries += [(os.path.join(dirpath, n), os.stat(os.path.join(dirpath, n)).st_mtime_ns) for n in names]
    return tuple(sorted(entries))

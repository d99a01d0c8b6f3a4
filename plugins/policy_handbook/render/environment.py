"""The Jinja2 environment shared by every page template.

Templates are looked up first in the user's ``templates_dir`` (if set in ``mkdocs.yml``),
then in the package, so any template can be overridden by a file of the same name.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import jinja2
from markupsafe import Markup

from ..model import Clause
from .markup import to_html
from .precompiled import PrecompiledLoader, base_environment, environment_key


@dataclass
class ClauseRun:
    """Consecutive clauses that are all bulleted, or all not."""

    bullet: bool
    clauses: list[Clause]
    offset: int

    def start_index(self, position: int) -> int:
        """Position (1-based) of a clause of this run within its section."""
        return self.offset + position


def groupby_bullets(clauses: Iterable[Clause]) -> list[ClauseRun]:
    runs: list[ClauseRun] = []
    count = 0
    for clause in clauses:
        if runs and runs[-1].bullet == clause.bullet:
            runs[-1].clauses.append(clause)
        else:
            runs.append(ClauseRun(clause.bullet, [clause], count))
        count += 1
    return runs


def long_date(value: datetime.date | None) -> str:
    """``2017-01-01`` → ``1 January 2017`` (GOV.UK style)."""
    return f"{value.day} {value:%B %Y}" if value else ""


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_escape(text: str) -> Markup:
    """Escape text for a Markdown heading or paragraph.

    Quotes stay as they are: Python-Markdown escapes them itself where needed, and
    escaping them here would show ``&#39;`` in the table of contents.
    """
    escaped = re.sub(r"[&<>]", lambda m: _HTML_SPECIAL[m.group()], str(text))
    return Markup(_MD_SPECIAL.sub(r"\\\1", escaped))


def escape_text(text: str) -> Markup:
    """Escape text for an element's content as Python-Markdown writes it: ``&``, ``<`` and ``>``.

    Quotes stay as they are, as in a converted heading or paragraph (and in the table of
    contents); text escaped so must never go into an attribute's value.
    """
    return Markup(html.escape(str(text), quote=False))


def section_number(number: str) -> str:
    """``1`` → ``1.`` as headings print it; ``6.1`` stays ``6.1``."""
    return number if "." in number or not number[-1:].isdigit() else number + "."


def page_title(text: str) -> Markup:
    """A page title for front matter: escaped as HTML, then quoted for YAML.

    MkDocs takes the title from the front matter as written, and Material prints it as HTML
    (in ``<title>``, the header, the navigation and the search index): source text in it is
    escaped here, once, so that it reads as typed there.
    """
    return Markup(json.dumps(html.escape(str(text), quote=False), ensure_ascii=True))


def markdown(text: str, inline: bool = False) -> Markup:
    return Markup(to_html(text, inline=inline))


def redline(ops) -> Markup:
    """A word diff as marked-up HTML on one line (raw HTML blocks must hold no blank line)."""
    from .redline import redline_html

    return Markup(str(redline_html(ops)).replace("\n", "&#10;"))


def _bytecode_cache(cache_dir: Path | None, key: str) -> jinja2.BytecodeCache | None:
    """Compiled templates kept in ``cache_dir`` (each checked against its source), if it can be made.

    Jinja checks a cached template against its source and Python's version only; the folder is
    named after the rest of what the compiled code depends on (see :func:`.precompiled.environment_key`).
    """
    if cache_dir is None:
        return None
    folder = cache_dir / f"templates-{key[:16]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def make_environment(templates_dir: Path | None = None, cache_dir: Path | None = None) -> jinja2.Environment:
    """The templates' environment: a site's ``templates_dir`` before the built-in templates.

    With ``cache_dir``, compiled templates are kept there across builds (compiling is a good
    part of a build's time); a template whose source changed is compiled again. Built-in
    templates that a wheel carries compiled are not compiled at all (see precompiled.py).
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(PrecompiledLoader())
    env = base_environment(jinja2.ChoiceLoader(loaders))
    from ..analyse.crossmap import mapping_status
    from .compare import inheriting_items
    from . import labels

    env.globals.update(clause_label=labels.clause_label, stance_words=labels.stance_words,
                       headline_words=labels.headline_words, provenance_words=labels.provenance_words,
                       verdict_title=labels.verdict_title, verdict_words=labels.verdict_words,
                       rests_on_words=labels.rests_on_words, until_words=labels.until_words,
                       pair_verdict_label=labels.pair_verdict_label, matrix_verdict_words=labels.matrix_verdict_words,
                       inheriting_items=inheriting_items,
                       mapping_status=mapping_status)
    # precompiled.FILTERS names these for compiling ahead of time (tests/test_precompiled.py holds the two equal).
    env.filters.update(markdown=markdown, md_escape=md_escape, escape_text=escape_text, page_title=page_title, long_date=long_date,
                       section_number=section_number, groupby_bullets=groupby_bullets, redline=redline)
    env.bytecode_cache = _bytecode_cache(cache_dir, environment_key(env))
    return env

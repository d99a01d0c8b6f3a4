"""Hostile copies of the bundled corpus, derived from the model.

Every string field of every model class gets a marker payload: a unique number, script
tags, event handlers, closing tags, a ``javascript:`` link, Jinja-like text and Markdown
link, image and attribute tricks. Identifiers, enumerations, dates and references keep
their values, so the corpus stays valid; URL fields get a safe ``https`` URL whose query
carries the payload. The payloads call ``window.__pwned.push(number)`` if they ever run.
"""

from __future__ import annotations

import datetime
import shutil
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from policy_handbook.model import (
    Approval, Body, BodiesFile, Clause, CoverEntry, Document, NotCarriedForward, Section, SourceRef,
    TopicLink, TopicsFile, Version,
)

FOREIGN_HOST = "evil.example"

URL_FIELDS = {(SourceRef, "url"), (Body, "website")}
"""Fields that hold a URL: the schema takes only http(s) and mailto there."""

REFERENCE_FIELDS = {(Clause, "derived_from"), (NotCarriedForward, "clause")}
"""Plain-text fields that name another clause (`document/version#clause`): they stay valid."""

ABSENT_OPTIONAL = {
    Body: {"note": None, "website": None, "description": None},
    Version: {"note": None, "approval": None},
    SourceRef: {"file": None, "url": None, "note": None},
    Approval: {"report_author": None, "recommendation": None, "replaces": None},
    Section: {"title": None, "appendix": None, "number": None},
    Clause: {"note": None, "number": None, "change_note": None},
    TopicLink: {"reviewed_by": None, "rationale": None},
}
"""Optional string fields that the bundled corpus leaves out somewhere: the payload fills them in."""


MARKDOWN_FIELDS = {(Clause, "text")}
"""Fields documented as Markdown: the schema refuses a `javascript:` link there (tested on its own),
so their payload's link is an https address that tries to break out of its attribute instead."""


def payload(number: int, *, markdown: bool = False) -> str:
    """One line of hostile text, marked with ``number``."""
    n = number
    link = (f"[l{n}](https://example.org/{n}\"onmouseover=\"__pwned.push({n}))" if markdown
            else f"[l{n}](javascript:__pwned.push({n}))")
    return (
        f"PH{n}: <script>__pwned.push({n})</script>"
        f"<img src=\"https://{FOREIGN_HOST}/{n}.png\" onerror=\"__pwned.push({n})\">"
        f"<svg onload=__pwned.push({n})></svg></title><script>alert({n})</script>"
        f" {link} ![i{n}](https://{FOREIGN_HOST}/i.png){{: onerror=__pwned.push({n})}}"
        f" {{{{ 7*7 }}}} {{% print 6*7 %}} *e{n}* `c{n}` &amp; \\[{n}\\] | {n} # {n}"
    )


def payload_url(number: int) -> str:
    return f"https://example.org/p?x=PH{number}\"><script>__pwned.push({number})</script>"


def _field_kind(info: Any) -> tuple[str, Any]:
    """Like :func:`_kind`, for a pydantic field (which keeps a top-level pattern in its metadata)."""
    if any(getattr(m, "pattern", None) for m in info.metadata):
        return ("id", None)
    return _kind(info.annotation)


def _kind(annotation: Any) -> tuple[str, Any]:
    """What a field holds: ("text", None), ("id", None), ("model", cls), ("list", inner) or ("other", None)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        kinds = [_kind(a) for a in args]
        models = [k for k in kinds if k[0] == "model"]
        if models:
            return models[0]
        return kinds[0] if len(kinds) == 1 else ("other", None)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        if any(getattr(m, "pattern", None) for m in metadata):
            return ("id", None)
        return _kind(base)
    if origin is list:
        return ("list", typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return ("other", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ("model", annotation)
    if annotation is str:
        return ("text", None)
    return ("other", None)


SAMPLED = {Clause}
"""Models with hundreds of instances: one in ``Payloads.every`` of them is poisoned, to keep the build quick."""


@dataclass
class Payloads:
    """Where each payload went: number → (model, field)."""

    every: int = 1
    fields: dict[int, tuple[type, str]] = field(default_factory=dict)
    values: dict[int, str] = field(default_factory=dict)
    seen: dict[type, int] = field(default_factory=dict)

    def chosen(self, model: type) -> bool:
        """Whether this instance of ``model`` gets payloads."""
        self.seen[model] = self.seen.get(model, 0) + 1
        return model not in SAMPLED or self.seen[model] % self.every == 1 % self.every

    def add(self, model: type, name: str, original: str | None, *, url: bool = False) -> str:
        number = len(self.fields) + 1
        self.fields[number] = (model, name)
        markdown = (model, name) in MARKDOWN_FIELDS
        if url:
            value = payload_url(number)
        else:
            text = payload(number, markdown=markdown)
            value = text if original is None else f"{original} {text}"
        self.values[number] = value
        return value

    def numbers(self, model: type, name: str) -> list[int]:
        return [n for n, where in self.fields.items() if where == (model, name)]

    def covered(self) -> set[tuple[type, str]]:
        return set(self.fields.values())


def string_fields(model: type[BaseModel], seen: set | None = None) -> set[tuple[type, str]]:
    """Every (model, field) that holds free text, through every model reachable from ``model``."""
    seen = set() if seen is None else seen
    if model in seen:
        return set()
    seen.add(model)
    found = set()
    for name, info in model.model_fields.items():
        kind, inner = _field_kind(info)
        if kind == "list":
            kind, inner = _kind(inner)
            if kind == "text" and (model, name) not in REFERENCE_FIELDS:
                found.add((model, name))
        elif kind == "text" and (model, name) not in REFERENCE_FIELDS:
            found.add((model, name))
        if kind == "model":
            found |= string_fields(inner, seen)
    return found


def _mutate(data: Any, model: type[BaseModel], marks: Payloads, poison: bool = True) -> None:
    if not isinstance(data, dict):
        return
    if model in SAMPLED:
        poison = marks.chosen(model)
    for key, default in ABSENT_OPTIONAL.get(model, {}).items():
        if poison and key not in data and model.model_fields[key].default is default:
            kind, inner = _field_kind(model.model_fields[key])
            if kind == "text":
                data[key] = None
            elif kind == "model" and key == "approval" and data.get("status") in ("approved", "superseded"):
                data[key] = {"committee": "Committee", "meeting_date": datetime.date(2020, 1, 1)}
    for name, info in model.model_fields.items():
        if name not in data:
            continue
        kind, inner = _field_kind(info)
        if (model, name) in REFERENCE_FIELDS:
            continue
        if kind == "text" and poison:
            value = data[name]
            data[name] = marks.add(model, name, value if isinstance(value, str) else None,
                                   url=(model, name) in URL_FIELDS)
        elif kind == "model":
            _mutate(data[name], inner, marks, poison)
        elif kind == "list":
            inner_kind, inner_model = _kind(inner)
            for i, item in enumerate(data[name] or []):
                if inner_kind == "model":
                    _mutate(item, inner_model, marks, poison)
                elif inner_kind == "text" and poison:
                    data[name][i] = marks.add(model, name, item)
    if poison and model is Version and not data.get("cover"):
        data["cover"] = [{"label": None, "text": None}]
        _mutate(data["cover"][0], CoverEntry, marks)


def hostile_corpus(source: Path, destination: Path, *, every: int = 1) -> Payloads:
    """Copy ``source`` (a ``source_policies`` folder) to ``destination`` with every string poisoned
    (of clauses, those of one in ``every``)."""
    marks = Payloads(every=every)
    shutil.copytree(source, destination)
    plan = [(destination / "bodies.yml", BodiesFile), (destination / "topics.yml", TopicsFile)]
    plan += [(p, Document) for p in sorted((destination / "documents").glob("*.yml"))]
    for path, model in plan:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _mutate(data, model, marks)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return marks

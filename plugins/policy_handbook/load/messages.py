"""Turn pydantic's validation errors into problems a policy officer can act on."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from ..links import UNSAFE_LINK
from .problems import Problem
from .yaml_source import SourceFile


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc`` (None if it is not a model)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _unwrap(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """``list[Clause]`` → ``Clause``; ``Approval | None`` → ``Approval``."""
    for _ in range(6):
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = [_strip(a) for a in typing.get_args(annotation) if a is not type(None)]
        models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        if models:
            return models[0]
        if len(args) == 1:
            annotation = args[0]
        else:
            return annotation
    return annotation


def _strip(annotation: Any) -> Any:
    """``Annotated[TopicLink, Tag(...)]`` → ``TopicLink``."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _bare(annotation: Any) -> Any:
    """``Annotated[X, …]`` → ``X``; ``X | None`` → ``X``."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = typing.get_args(annotation)
        if _is_union(annotation) and len([a for a in args if a is not type(None)]) == 1:
            annotation = next(a for a in args if a is not type(None))
            continue
        return annotation


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _split_loc(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[tuple[Any, ...], list[tuple[tuple[Any, ...], bool]]]:
    """A pydantic location as keys and indexes of the file, and the unions it passed through.

    Pydantic names the branch of a union it tried (``constrained-str``, ``TopicLink``) inside
    the location; those names are not keys. Each union is returned as the location of the
    value it checked and whether the branch tried was a model (a mapping of keys).
    """
    clean: list[Any] = []
    unions: list[tuple[tuple[Any, ...], bool]] = []
    current: Any = model
    for part in loc:
        annotation = _bare(current)
        if _is_union(annotation):
            branch = next((a for a in map(_strip, typing.get_args(annotation))
                           if isinstance(a, type) and issubclass(a, BaseModel) and a.__name__ == part), None)
            unions.append((tuple(clean), branch is not None))
            current = branch
            continue
        clean.append(part)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            current = args[0] if typing.get_origin(annotation) is list and args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and part in annotation.model_fields:
            current = annotation.model_fields[part].annotation
        else:
            current = None
    return tuple(clean), unions


def _value_at(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _relevant(source: SourceFile, model: type[BaseModel], errors: list[dict[str, Any]]) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Errors with clean locations; of a union's branches, only those that fit the value written.

    A topic link written as a mapping is reported as a mapping with a bad key or value,
    not also as "should be text"; a value that fits no branch keeps every branch's error.
    """
    groups: dict[tuple[Any, ...] | None, list[tuple[tuple[Any, ...], dict[str, Any], bool]]] = {}
    for err in errors:
        clean, unions = _split_loc(model, tuple(err["loc"]))
        fits = all(is_model == isinstance(_value_at(source.data, at), dict) for at, is_model in unions)
        groups.setdefault(unions[0][0] if unions else None, []).append((clean, err, fits))
    chosen: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for point, members in groups.items():
        fitting = [m for m in members if m[2]] if point is not None else members
        chosen.extend((clean, err) for clean, err, _ in (fitting or members))
    return chosen


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping of keys"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def problems_from_validation(source: SourceFile, model: type[BaseModel], error: ValidationError) -> list[Problem]:
    """One problem per distinct place pydantic complained about."""
    problems: dict[tuple[Any, ...], Problem] = {}
    for loc, err in _relevant(source, model, error.errors(include_url=False)):
        kind = err["type"]
        value = err.get("input")
        field = next((p for p in reversed(loc) if isinstance(p, str)), "value")
        if field == "topics" and loc and isinstance(loc[-1], int):
            field = "topic id"
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            allowed = sorted(parent.model_fields) if parent else []
            written = str(loc[-1])
            close = [k for k in allowed if k == written.lower()] or difflib.get_close_matches(written, allowed, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problem = source.problem(loc, f"unknown key '{loc[-1]}'",
                                     f"{hint}remove it or use one of: {', '.join(allowed)}", key=True)
        elif kind == "missing":
            problem = source.problem(loc[:-1], f"missing required key '{field}'",
                                     f"add `{field}:` here{_example(field)}")
        elif kind == "topic_link":
            problem = source.problem(loc, err["ctx"]["message"], err["ctx"]["advice"])
        elif kind in ("literal_error", "enum"):
            expected = err.get("ctx", {}).get("expected", "")
            problem = source.problem(loc, f"{_describe(value)} is not a valid {field}", f"use one of: {expected}")
        elif kind.startswith("date"):
            problem = source.problem(loc, f"{_describe(value)} is not a valid date",
                                     "write dates as YYYY-MM-DD, for example 2017-01-01")
        elif kind == "string_pattern_mismatch":
            problem = source.problem(loc, f"{_describe(value)} is not a valid {field}",
                                     "use lower-case letters, digits and hyphens, for example `personal-use`")
        elif kind == UNSAFE_LINK:
            problem = source.problem(loc, err["msg"], err["ctx"]["fix"])
        elif kind == "string_too_short":
            problem = source.problem(loc, f"'{field}' is empty", "write the text, or remove the key")
        elif kind == "too_short":
            problem = source.problem(loc, f"'{field}' needs at least one entry", "add one, or remove the key")
        elif kind in ("string_type", "model_type", "dict_type", "list_type", "bool_type", "bool_parsing"):
            wanted = {"string_type": "text", "model_type": "a mapping of keys", "dict_type": "a mapping of keys",
                      "list_type": "a list", "bool_type": "true or false", "bool_parsing": "true or false"}[kind]
            problem = source.problem(loc, f"'{field}' should be {wanted}, not {_describe(value)}",
                                     "quote text that YAML reads as a number, date or true/false, e.g. '3.10'"
                                     if kind == "string_type" else f"write {wanted} here")
        elif kind == "value_error" and " — " in str(err.get("ctx", {}).get("error", "")):
            # A model's own check: "what is wrong — what to do".
            message, hint = str(err["ctx"]["error"]).split(" — ", 1)
            problem = source.problem(loc, message, hint)
        else:
            problem = source.problem(loc, f"'{field}': {err['msg']}", "correct the value")
        # A value that fails every branch of a union is reported once, at its place.
        problems.setdefault(loc, problem)
    return list(problems.values())


_EXAMPLES = {
    "id": ", for example `id: personal-use-at-work`",
    "text": ", for example `text: Employees must not…`",
    "title": ", for example `title: Social Media Policy`",
    "status": ", for example `status: approved`",
    "label": ", for example `label: Revised policy, January 2017`",
    "source": ", for example `source: {title: Intranet page, file: policy.docx}`",
}


def _example(field: str) -> str:
    return _EXAMPLES.get(field, "")

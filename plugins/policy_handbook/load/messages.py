"""Turn pydantic's validation errors into problems a policy officer can act on."""

from __future__ import annotations

import difflib
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
    for _ in range(4):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        if models:
            return models[0]
        if len(args) == 1:
            annotation = args[0]
        else:
            return annotation
    return annotation


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union branch names (``str``, ``TopicLink``…) from a location."""
    cleaned = []
    for part in loc:
        if isinstance(part, str) and (part[:1].isupper() or part.startswith(("str", "constrained-str", "function-"))):
            continue
        cleaned.append(part)
    return tuple(cleaned)


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
    for err in error.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        kind = err["type"]
        value = err.get("input")
        field = next((p for p in reversed(loc) if isinstance(p, str)), "value")
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            allowed = sorted(parent.model_fields) if parent else []
            close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problem = source.problem(loc, f"unknown key '{loc[-1]}'",
                                     f"{hint}remove it or use one of: {', '.join(allowed)}", key=True)
        elif kind == "missing":
            problem = source.problem(loc[:-1], f"missing required key '{field}'",
                                     f"add `{field}:` here{_example(field)}")
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

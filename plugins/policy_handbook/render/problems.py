"""The notice `mkdocs serve` shows over every page while the policy sources do not load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..load.problems import Problem
from .environment import make_environment


@dataclass(frozen=True)
class _Shown:
    where: str
    message: str
    advice: str


def problems_notice(problems: list[Problem], root: Path) -> str:
    """HTML listing each problem as ``file:line:column``, its message and what to do; all of it escaped."""
    shown = []
    for problem in problems:
        path = Path(problem.path)
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        shown.append(_Shown(f"{name}:{problem.line}:{problem.column}", problem.message, problem.advice))
    return make_environment().get_template("partials/source_problems.html").render(problems=shown)

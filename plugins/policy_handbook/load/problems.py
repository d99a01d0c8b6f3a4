"""Problems found in the corpus, reported as ``file:line:column: what is wrong — what to do``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one file."""

    path: Path
    line: int
    column: int
    message: str
    advice: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{text} — {self.advice}" if self.advice else text


class CorpusError(Exception):
    """The corpus could not be loaded. Carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found in the policy sources.")
        return "\n".join(lines)

"""The imported document before it has ids: sections and clauses that remember their lines.

:func:`policy_handbook.importer.structure.structure` builds a :class:`Draft`,
:mod:`~policy_handbook.importer.ids` gives every section and clause an id, and
:meth:`Draft.to_sections` turns it into the project's model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ..model import Clause, CoverEntry, Section


@dataclass
class DraftClause:
    """A clause as found in the source."""

    text: str
    line: int
    number: str | None = None
    bullet: bool = False
    items: list["DraftClause"] = field(default_factory=list)
    id: str | None = None

    def walk(self) -> Iterator["DraftClause"]:
        """This clause, then its items, depth first."""
        yield self
        for item in self.items:
            yield from item.walk()

    def to_model(self) -> Clause:
        """The clause as the project's model (ids must have been assigned)."""
        if self.id is None:
            raise ValueError(f"the clause of line {self.line} has no id yet")
        return Clause(id=self.id, number=self.number, text=self.text, bullet=self.bullet,
                      items=[item.to_model() for item in self.items])


@dataclass
class DraftSection:
    """A section as found in the source: a heading and what follows it, or untitled text."""

    line: int
    number: str | None = None
    title: str | None = None
    appendix: str | None = None
    level: int | None = None
    """The Word heading level it came from, if it did."""
    clauses: list[DraftClause] = field(default_factory=list)
    sections: list["DraftSection"] = field(default_factory=list)
    id: str | None = None

    @property
    def is_heading(self) -> bool:
        """Whether the section has a heading (a number, title or appendix label) in the source."""
        return bool(self.number or self.title or self.appendix)

    def walk_sections(self) -> Iterator["DraftSection"]:
        """This section, then its subsections, depth first."""
        yield self
        for section in self.sections:
            yield from section.walk_sections()

    def to_model(self) -> Section:
        """The section as the project's model (ids must have been assigned)."""
        if self.id is None:
            raise ValueError(f"the section of line {self.line} has no id yet")
        return Section(id=self.id, number=self.number, title=self.title, appendix=self.appendix,
                       clauses=[c.to_model() for c in self.clauses],
                       sections=[s.to_model() for s in self.sections])


@dataclass(frozen=True)
class Note:
    """Something for the officer to check, at a line of the source."""

    line: int
    text: str


def short(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" when longer: how the report
    quotes the source."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Draft:
    """Everything found in the source."""

    sections: list[DraftSection]
    cover: list[tuple[int, CoverEntry]] = field(default_factory=list)
    """Title-page lines and cover-table rows before the first heading, with their lines."""
    title: str | None = None
    title_line: int | None = None
    notes: list[Note] = field(default_factory=list)
    """Decisions the officer should check (a paragraph kept with the clause before it…)."""
    unclassified: list[Note] = field(default_factory=list)
    """Lines that fitted no pattern; each was kept, as a clause, so no text is lost."""

    def walk_sections(self) -> Iterator[DraftSection]:
        """Every section, subsections included, in document order."""
        for section in self.sections:
            yield from section.walk_sections()

    def walk_clauses(self) -> Iterator[DraftClause]:
        """Every clause, list items included, in document order."""
        for section in self.walk_sections():
            for clause in section.clauses:
                yield from clause.walk()

    def to_sections(self) -> list[Section]:
        """The sections as the project's model."""
        return [section.to_model() for section in self.sections]

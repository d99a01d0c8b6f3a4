"""The policy corpus as validated Python objects.

These models are both the schema of the YAML files in ``source_policies/`` (they are
exported as JSON Schema by ``policy-handbook schema``) and the domain objects the rest of
the pipeline works on. Every model forbids unknown keys, so a misspelt key is an error
rather than a silently ignored line.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Iterator, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .links import check_markdown_links, check_url

Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80),
    Field(description="Lower-case letters, digits and hyphens, e.g. `dorset-council`."),
]
"""A stable identifier. It appears in URLs and anchors, so it never changes once published."""

Text = Annotated[str, StringConstraints(min_length=1)]

WebAddress = Annotated[str, AfterValidator(check_url),
                       Field(description="An address starting with https://, http:// or mailto:.",
                             json_schema_extra={"pattern": "^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)"})]
"""A link target: only web pages and e-mail addresses, never `javascript:` or `data:`."""

ClauseText = Annotated[Text, AfterValidator(check_markdown_links)]
"""Clause text: Markdown whose links go to web pages, e-mail addresses or anchors only."""

BodyKind = Literal[
    "county council",
    "district council",
    "unitary council",
    "metropolitan borough council",
    "london borough council",
    "town council",
    "parish council",
    "combined authority",
    "council-owned company",
    "other public body",
    "handbook project",
]

DocumentKind = Literal["policy", "guidance", "appendix", "procedure", "committee report"]

VersionStatus = Literal["draft", "consultation", "proposed", "approved", "superseded", "withdrawn"]

Relationship = Literal["equivalent", "subset", "superset", "intersects"]
"""How much of a topic a clause covers (set-theory vocabulary from OSCAL / NIST IR 8477)."""

Stance = Literal["prohibits", "restricts", "permits with conditions", "permits", "requires", "advises"]

Strength = Literal["must", "should", "may", "informative"]

NotARule = Literal["scope", "definition", "purpose", "procedure", "background", "cross-reference", "report"]
"""Why a clause carries no rule of its own, and so maps to no topic."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


# --- bodies -----------------------------------------------------------------------------


class Body(_Model):
    """A council, company or other organisation that owns policy documents."""

    id: Identifier
    name: Text
    kind: BodyKind
    website: WebAddress | None = None
    predecessors: list[Identifier] = Field(default_factory=list, description="Ids of bodies this one replaced.")
    successors: list[Identifier] = Field(default_factory=list, description="Ids of bodies that replaced this one.")
    note: str | None = None


class BodiesFile(_Model):
    """``source_policies/bodies.yml``."""

    bodies: list[Body]


# --- topics -----------------------------------------------------------------------------


class TopicGroup(_Model):
    id: Identifier
    title: Text


class Topic(_Model):
    """A subject that clauses from different bodies can be compared on."""

    id: Identifier
    title: Text
    question: Text = Field(description="The question a member of staff would ask.")
    description: Text
    group: Identifier


class TopicsFile(_Model):
    """``source_policies/topics.yml``."""

    groups: list[TopicGroup]
    topics: list[Topic]


# --- documents --------------------------------------------------------------------------


class TopicLink(_Model):
    """A typed link from a clause to a topic.

    ``stance`` and ``strength`` are proposed automatically from the clause's wording; set
    them here only to override that proposal.
    """

    topic: Identifier
    relationship: Relationship = "intersects"
    stance: Stance | None = None
    strength: Strength | None = None
    rationale: str | None = None


class Clause(_Model):
    """The smallest unit of policy text that can be mapped, diffed and linked to."""

    id: Identifier = Field(description="Stable id: keep it when the clause is renumbered or reworded.")
    number: str | None = Field(default=None, description="The number as printed, e.g. `3.15` or `6.3 i`.")
    text: ClauseText = Field(description="Markdown: paragraphs, lists, *emphasis*, **strong**, [links](https://…); "
                                        "links go to https://, http://, mailto: or # addresses only.")
    bullet: bool = Field(default=False, description="Printed as a bullet point in the source.")
    items: list["Clause"] = Field(default_factory=list, description="List items that follow the text.")
    topics: list[Union[Identifier, TopicLink]] = Field(default_factory=list)
    not_a_rule: NotARule | None = None
    derived_from: list[str] = Field(
        default_factory=list,
        description="Source clauses, as `document/version#clause` (harmonised text only).",
    )
    note: str | None = None

    def walk(self) -> Iterator["Clause"]:
        """This clause, then its items, depth first."""
        yield self
        for item in self.items:
            yield from item.walk()

    @property
    def topic_links(self) -> list[TopicLink]:
        return [TopicLink(topic=t) if isinstance(t, str) else t for t in self.topics]


class Section(_Model):
    id: Identifier
    number: str | None = None
    title: str | None = None
    appendix: str | None = Field(default=None, description="Set to the label, e.g. `Appendix 1`, for an appendix.")
    clauses: list[Clause] = Field(default_factory=list)
    sections: list["Section"] = Field(default_factory=list)

    def walk_sections(self) -> Iterator["Section"]:
        yield self
        for section in self.sections:
            yield from section.walk_sections()


class SourceRef(_Model):
    """Where the text of a version was taken from."""

    title: Text
    file: str | None = Field(default=None, description="File name of the source as received.")
    url: WebAddress | None = None
    note: str | None = None


class Dates(_Model):
    published: datetime.date | None = None
    approved: datetime.date | None = None
    effective_from: datetime.date | None = None
    review_due: datetime.date | None = None


class Approval(_Model):
    """The decision that adopted a version, or (for a proposed version) that is asked to adopt it."""

    committee: Text
    meeting_date: datetime.date
    report: Identifier | None = Field(default=None, description="Id of the committee report document.")
    report_author: str | None = None
    recommendation: str | None = None
    replaces: str | None = Field(default=None, description="What the decision replaced, in words.")


class NotCarriedForward(_Model):
    """A clause of a replaced document that the new version deliberately leaves out, and why."""

    clause: Text = Field(description="The clause, as `document/version#clause`.")
    reason: Text


class CoverEntry(_Model):
    """A line of a title page or a row of a report's cover table, kept verbatim."""

    label: str | None = None
    text: Text


class Version(_Model):
    id: Identifier
    label: Text
    status: VersionStatus
    supersedes: Identifier | None = Field(default=None, description="Id of the version of this document it replaces.")
    dates: Dates = Dates()
    approval: Approval | None = None
    source: SourceRef
    cover: list[CoverEntry] = Field(default_factory=list)
    note: str | None = None
    replaces: list[Identifier] = Field(
        default_factory=list, description="Ids of other documents (usually other bodies') this version replaces.")
    not_carried_forward: list[NotCarriedForward] = Field(default_factory=list)
    sections: list[Section]

    def walk_sections(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk_sections()

    def walk_clauses(self) -> Iterator[Clause]:
        for section in self.walk_sections():
            for clause in section.clauses:
                yield from clause.walk()


class Attribution(_Model):
    basis: Literal["stated", "inferred"]
    note: str | None = None


class Document(_Model):
    """One policy document of one body, with all its versions: ``source_policies/documents/*.yml``."""

    id: Identifier
    body: Identifier
    title: Text
    kind: DocumentKind
    attribution: Attribution
    part_of: str | None = Field(default=None, description="The larger document this one belongs to, in words.")
    note: str | None = None
    versions: list[Version] = Field(min_length=1)

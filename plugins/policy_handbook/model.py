"""The policy corpus as validated Python objects.

These models are both the schema of the YAML files in ``source_policies/`` (they are
exported as JSON Schema by ``policy-handbook schema``) and the domain objects the rest of
the pipeline works on. Every model forbids unknown keys, so a misspelt key is an error
rather than a silently ignored line.
"""

from __future__ import annotations

import datetime
import difflib
import typing
from typing import Annotated, Iterator, Literal, Union

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, StringConstraints,
                      Tag, model_validator)
from pydantic_core import PydanticCustomError

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
    # English local government
    "county council",
    "district council",
    "borough council",
    "city council",
    "unitary council",
    "metropolitan borough council",
    "london borough council",
    "town council",
    "parish council",
    # Wales
    "county borough council",
    "city and county council",
    "community council",
    # Scotland
    "scottish council area",
    # Regional and joint bodies
    "combined authority",
    "combined county authority",
    "greater london authority",
    "national park authority",
    "joint committee",
    # Emergency services
    "fire and rescue authority",
    "police force",
    "police and crime commissioner",
    "police, fire and crime commissioner",
    "police authority",
    # Health
    "nhs trust",
    "nhs foundation trust",
    "integrated care board",
    "nhs health board",
    # Owned by public bodies
    "council-owned company",
    # Anything else: say what it is in `description`
    "other public body",
    "other",
    "handbook project",
]
"""Kinds of UK public body. ``other`` (and ``other public body``) need a ``description``.

Welsh principal councils are county or county borough councils (some "city and county");
Scottish councils are councils of a council area; community councils exist in Wales and
Scotland.
"""

DocumentKind = Literal["policy", "guidance", "appendix", "procedure", "committee report"]

VersionStatus = Literal["draft", "consultation", "proposed", "approved", "superseded", "withdrawn"]

Relationship = Literal["equivalent", "subset", "superset", "intersects"]
"""How much of a topic a clause covers (set-theory vocabulary from OSCAL / NIST IR 8477)."""

Stance = Literal["prohibits", "restricts", "permits with conditions", "permits", "requires", "advises"]

Strength = Literal["must", "should", "may", "informative"]

MappingStatus = Literal["proposed", "reviewed"]
"""Whether a clause's topics (or ``not_a_rule``) were proposed by a tool or checked by a person."""

NotARule = Literal["scope", "definition", "purpose", "procedure", "background", "cross-reference", "report",
                   "heading"]
"""Why a clause carries no rule of its own, and so maps to no topic."""


class _Model(BaseModel):
    # Validators are built on first use: loading validates the file models (documents, bodies,
    # topics), whose validators hold the nested ones, so those are never built on their own.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True)


# --- bodies -----------------------------------------------------------------------------


class Body(_Model):
    """A council, company or other organisation that owns policy documents."""

    id: Identifier
    name: Text
    kind: BodyKind
    description: str | None = Field(default=None, description="What kind of body it is, in words; required "
                                                              "when `kind` is `other` or `other public body`.")
    website: WebAddress | None = None
    predecessors: list[Identifier] = Field(default_factory=list, description="Ids of bodies this one replaced.")
    successors: list[Identifier] = Field(default_factory=list, description="Ids of bodies that replaced this one.")
    established: datetime.date | None = Field(default=None, description="The day the body came into being.")
    abolished: datetime.date | None = Field(
        default=None, description="The day the body ceased to exist: its policies no longer apply from then.")
    note: str | None = None

    @model_validator(mode="after")
    def _other_needs_description(self) -> "Body":
        if self.kind in ("other", "other public body") and not (self.description or "").strip():
            raise ValueError(f"a body of kind '{self.kind}' has no description — add `description:` saying what "
                             "kind of body it is, for example `description: Joint waste partnership`")
        return self


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

    Without ``stance`` the stance shown is the one *proposed* from the clause's wording. A
    ``stance`` written here is *reviewed*: a person confirmed or overrode the proposal.
    """

    topic: Identifier
    relationship: Relationship = "intersects"
    stance: Stance | None = Field(default=None, description="The reviewed stance; leave out to show the proposed one.")
    strength: Strength | None = None
    rationale: str | None = None
    reviewed_by: str | None = Field(default=None, description="Who reviewed the stance, e.g. a role or initials.")
    reviewed_on: datetime.date | None = Field(default=None, description="When the stance was reviewed.")


def _short_link(value: object) -> object:
    """``{personal-use-working-time: prohibits}`` → the long form with a reviewed stance."""
    if not isinstance(value, (str, dict)):
        raise _link_error(f"'{value}' is not a topic link",
                          "write a topic id, `topic-id: stance`, or the long form with `topic:`")
    if isinstance(value, str) or set(value) & set(TopicLink.model_fields):
        return value
    if (len(value) == 1 and next(iter(value.values())) not in typing.get_args(Stance)
            and difflib.get_close_matches(str(next(iter(value))), list(TopicLink.model_fields), n=1)):
        return value  # a misspelt key of the long form: reported as such by TopicLink
    if len(value) != 1:
        raise _link_error("a short topic link names one topic and its stance",
                          "write one `- topic-id: stance` item per topic, or the long form with `topic:` and `stance:`")
    (topic, stance), = value.items()
    if stance is None:
        return topic
    if stance not in typing.get_args(Stance):
        raise _link_error(f"'{stance}' is not a valid stance for topic '{topic}'",
                          f"use one of: {', '.join(typing.get_args(Stance))}; or write `- {topic}` alone "
                          "to show the stance proposed from the wording")
    return {"topic": topic, "stance": stance}


def _link_error(message: str, advice: str) -> PydanticCustomError:
    return PydanticCustomError("topic_link", "{message} — {advice}", {"message": message, "advice": advice})


ShortTopicLink = Annotated[dict[Identifier, Stance], Field(min_length=1, max_length=1)]
"""The JSON Schema of the short form; the loader turns it into a :class:`TopicLink`."""

TopicEntry = Annotated[
    # Tags named after the types keep the YAML locations of errors free of branch names.
    Union[Annotated[Identifier, Tag("str")], Annotated[TopicLink, Tag("TopicLink")]],
    Discriminator(lambda value: "str" if isinstance(value, str) else "TopicLink"),
    BeforeValidator(_short_link, json_schema_input_type=Union[Identifier, ShortTopicLink, TopicLink]),
]
"""A topic link in one of three forms: ``topic-id``, ``{topic-id: stance}`` or the long form."""


class Clause(_Model):
    """The smallest unit of policy text that can be mapped, diffed and linked to."""

    id: Identifier = Field(description="Stable id: keep it when the clause is renumbered or reworded.")
    number: str | None = Field(default=None, description="The number as printed, e.g. `3.15` or `6.3 i`.")
    text: ClauseText = Field(description="Markdown: paragraphs, lists, *emphasis*, **strong**, [links](https://…); "
                                        "links go to https://, http://, mailto: or # addresses only.")
    bullet: bool = Field(default=False, description="Printed as a bullet point in the source.")
    items: list["Clause"] = Field(default_factory=list, description="List items that follow the text.")
    topics: list[TopicEntry] = Field(default_factory=list)
    not_a_rule: NotARule | None = None
    mapping: MappingStatus = Field(
        default="reviewed",
        description="`proposed` when `topics` or `not_a_rule` was written by `policy-handbook suggest --write` "
                    "and no one has checked it yet; delete the line (or write `reviewed`) to accept it.")
    derived_from: list[str] = Field(
        default_factory=list,
        description="Source clauses, as `document/version#clause` (harmonised text only).",
    )
    note: str | None = None
    change_note: str | None = Field(
        default=None,
        description="Why this clause differs from the version before (added, reworded, moved…): "
                    "shown with the change in the change summary, redline and committee pack.")

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


class DeletedClause(_Model):
    """A clause of the version before that this version deletes, and why."""

    clause: Identifier = Field(description="The clause's id in the version this one supersedes.")
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
    deleted: list[DeletedClause] = Field(
        default_factory=list, description="Clauses of the version this one supersedes that it deletes, with why.")
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

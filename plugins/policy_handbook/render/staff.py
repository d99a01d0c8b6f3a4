"""The staff reader's home: the current harmonised policy, organised by the questions staff ask.

The home is the site's ``index.md``: a hand-written introduction in ``docs_dir`` followed by
what :meth:`StaffPages.home_text` generates (or the generated part alone when there is
no hand-written page).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analyse.crossmap import Mapping, mappings
from ..corpus import Corpus
from ..model import Document, Topic, TopicGroup, Version
from ..analyse.fingerprint import published_versions
from ..analyse.status import applicable, body_abolished
from .acknowledge import page_src
from .headings import Rendered
from .site import Page

HOME = "index.md"


@dataclass
class Question:
    """One topic's question with the harmonised rules that answer it."""

    topic: Topic
    rules: list[Mapping]


def harmonised_documents(corpus: Corpus) -> list[Document]:
    """Documents written by the handbook project itself."""
    return [d for d in corpus.documents.values() if corpus.bodies[d.body].kind == "handbook project"]


class StaffPages:
    """Builds the staff home from the latest version of the harmonised policy."""

    def __init__(self, site):
        self.site = site
        self.corpus: Corpus = site.corpus
        self.urls = site.urls

    def pages(self) -> list[Page]:
        # The home is attached to the site's index.md by the plugin: see home_text().
        return []

    def policy(self) -> tuple[Document, Version] | None:
        """The version the home answers from: the harmonised version in force, else the latest one."""
        documents = harmonised_documents(self.corpus)
        if not documents:
            return None
        standings = self.site.standings
        for document in documents:
            in_force = [v for v in document.versions if standings.of(document, v).in_force]
            if in_force:
                return document, in_force[-1]
        document = documents[0]
        return document, self.corpus.latest_version(document)

    def questions(self, document: Document, version: Version) -> list[tuple[TopicGroup, list[Question]]]:
        clauses = [c for c in self.corpus.clauses() if c.document.id == document.id and c.version.id == version.id]
        found = mappings(self.corpus, clauses)
        grouped = []
        for group in self.corpus.groups.values():
            questions = []
            for topic in self.corpus.topics.values():
                if topic.group != group.id:
                    continue
                rules = [m for m in found if m.link.topic == topic.id]
                if rules:
                    questions.append(Question(topic, rules))
            if questions:
                grouped.append((group, questions))
        return grouped

    def home_text(self, *, standalone: bool, available: set[str]) -> Rendered:
        """The generated part of the home page; ``available`` are the pages it may link to.

        Markdown unless ``standalone``: the part that follows a hand-written page is converted with it."""
        chosen = self.policy()
        if chosen is None:
            return self.site.render_template("staff_home.md", HOME, as_markdown=not standalone, policy=None,
                                             standalone=standalone, available=available)
        document, version = chosen
        standings = self.site.standings
        published = [v for v in published_versions(document) if standings.of(document, v).adoptable]
        acknowledge = page_src(document.id, published[-1].id) if published else None
        today = self.site.today
        gone = [b for b in self.corpus.bodies.values() if b.kind != "handbook project" and body_abolished(b, today)]
        return self.site.render_template(
            "staff_home.md", HOME, as_markdown=not standalone, policy=document, version=version, standalone=standalone, available=available,
            acknowledge=acknowledge, applies=applicable(self.corpus, today, standings), gone=gone,
            groups=self.questions(document, version),
            body=self.corpus.bodies[document.body],
        )

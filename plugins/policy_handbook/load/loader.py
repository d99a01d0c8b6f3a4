"""Load ``source_policies/`` into a :class:`~policy_handbook.corpus.Corpus`.

Every file is read and checked before anything is reported, so one run lists every
problem in the corpus, each with its file, line and column.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from ..corpus import ClauseRef, Corpus
from ..model import BodiesFile, Clause, Document, Section, TopicsFile
from .problems import CorpusError, Problem
from .yaml_source import Path_, SourceFile, read_bytes, read_yaml

BODIES_FILE = "bodies.yml"
TOPICS_FILE = "topics.yml"
DOCUMENTS_DIR = "documents"

M = TypeVar("M", bound=BaseModel)

RESERVED_IDS = frozenset({"index", "redline"})
"""Names the site gives its own pages inside a document's folder (``index.md``, ``redline/``):
no document or version may take them, or its page would replace or hide another."""

ID_SEPARATOR = "--"
"""Joins two ids in one page name (``committee/<document>--<version>``, ``<old>--<new>`` redlines,
``compare/bodies/<first>--<second>``), so it may not occur inside a body, document or version id."""


def _validate(source: SourceFile, model: type[M], problems: list[Problem]) -> M | None:
    if not isinstance(source.data, dict):
        problems.append(source.problem((), "expected a mapping of keys at the top of the file",
                                       f"start the file with the keys of a {model.__name__}"))
        return None
    try:
        return model.model_validate(source.data)
    except ValidationError as e:
        from .messages import problems_from_validation  # only a file that does not validate needs it

        problems.extend(problems_from_validation(source, model, e))
        return None


class FileCache:
    """Files as last read, by path and content: a folder loaded again re-reads only what changed.

    ``mkdocs serve`` loads the corpus again after every edit; with a cache, an unchanged file
    is not parsed or validated again. Entries are keyed by the file's path, schema and a hash of
    its bytes, and a path keeps only its latest entry, so the cache holds at most one entry per
    file. The models are frozen, so sharing them between loads is safe.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[Path, type], tuple[bytes, SourceFile | None, Any, list[Problem]]] = {}
        self.hits = 0
        """Files served from the cache (for tests and measurements)."""

    def read(self, path: Path, model: type[M]) -> tuple[SourceFile | None, M | None, list[Problem]]:
        """``path`` read and validated as ``model``: the file, the model (None if unusable) and its problems."""
        raw, problems = read_bytes(path)
        if raw is None:
            self._entries.pop((path, model), None)
            return None, None, problems
        digest = hashlib.sha256(raw).digest()
        entry = self._entries.get((path, model))
        if entry is not None and entry[0] == digest:
            self.hits += 1
            return entry[1], entry[2], list(entry[3])
        source, validated, problems = _read_file(path, model, raw)
        self._entries[path, model] = (digest, source, validated, list(problems))
        return source, validated, problems

    def keep_only(self, paths: set[Path]) -> None:
        """Forget files not in ``paths`` (deleted or renamed since)."""
        for key in [key for key in self._entries if key[0] not in paths]:
            del self._entries[key]


def _read_file(path: Path, model: type[M], raw: bytes | None = None
               ) -> tuple[SourceFile | None, M | None, list[Problem]]:
    source, problems = read_yaml(path, raw)
    if source is None or source.data is None:
        return source, None, problems
    found = len(problems)
    validated = _validate(source, model, problems)
    # A file with YAML-level problems (duplicate keys) is checked, but not used.
    return source, None if found else validated, problems


def _read(path: Path, model: type[M], problems: list[Problem],
          cache: FileCache | None = None) -> tuple[SourceFile | None, M | None]:
    source, validated, found = cache.read(path, model) if cache is not None else _read_file(path, model)
    problems.extend(found)
    return source, validated


def check_file(path: Path, model: type[BaseModel] = Document) -> list[Problem]:
    """Every problem of one file on its own (YAML and schema; no checks across files)."""
    problems: list[Problem] = []
    _read(Path(path), model, problems)
    return problems


def document_files(root: Path) -> list[Path]:
    """The document files of a corpus (regular files named ``*.yml`` or ``*.yaml``), in a stable order."""
    return [p for p in _document_entries(root) if p.is_file()]


def _document_entries(root: Path) -> list[Path]:
    folder = root / DOCUMENTS_DIR
    return sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))


def _not_files(root: Path) -> Iterator[Problem]:
    """Folders and broken links named like document files: reported, never read."""
    for path in _document_entries(root):
        if path.is_file():
            continue
        what = ("a folder" if path.is_dir() else "a link to nothing" if path.is_symlink()
                else "not a regular file")
        yield Problem(path, 1, 1, f"this is {what}, not a document file",
                      f"{DOCUMENTS_DIR}/ holds one YAML file per document: rename or remove it")


def source_stamp(root: Path) -> tuple:
    """Name, size and modification time of every file the loader reads: equal stamps, equal corpus."""
    root = Path(root)
    paths = [root / BODIES_FILE, root / TOPICS_FILE] + (document_files(root) if (root / DOCUMENTS_DIR).is_dir() else [])
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in paths if p.is_file())


def load_corpus(root: Path, cache: FileCache | None = None) -> Corpus:
    """Read, validate and cross-check every file under ``root``.

    ``cache``: files read by an earlier load, reused when their content has not changed (the
    checks across files run again every time).

    Raises:
        CorpusError: with every problem found, when there is at least one.
    """
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        raise CorpusError([Problem(root, 1, 1, "the policy folder does not exist",
                                   "create it, or set `source_dir` of the policy-handbook plugin in mkdocs.yml")])

    bodies_path = root / BODIES_FILE
    if not bodies_path.is_file():
        problems.append(Problem(bodies_path, 1, 1, "the list of bodies is missing",
                                "create it with `bodies:` and one entry per council"))
        bodies_source, bodies = None, None
    else:
        bodies_source, bodies = _read(bodies_path, BodiesFile, problems, cache)

    topics_path = root / TOPICS_FILE
    if not topics_path.is_file():
        problems.append(Problem(topics_path, 1, 1, "the list of topics is missing",
                                "create it with `groups:` and `topics:` (write `groups: []` and "
                                "`topics: []` until the first topic is agreed)"))
        topics_source, topics = None, None
    else:
        topics_source, topics = _read(topics_path, TopicsFile, problems, cache)

    problems.extend(_not_files(root))
    documents: list[tuple[SourceFile, Document]] = []
    paths = document_files(root)
    if cache is not None:
        cache.keep_only({bodies_path, topics_path, *paths})
    for path in paths:
        source, document = _read(path, Document, problems, cache)
        if source is not None and document is not None:
            documents.append((source, document))

    body_ids = _unique_ids(bodies_source, bodies.bodies if bodies else [], ("bodies",), "body", problems)
    if bodies_source and bodies:
        for i, body in enumerate(bodies.bodies):
            _check_page_name(bodies_source, ("bodies", i, "id"), body.id, "body", problems, reserved=False)
    if bodies_source and bodies:
        _check_body_links(bodies_source, bodies, body_ids, problems)
    group_ids = _unique_ids(topics_source, topics.groups if topics else [], ("groups",), "group", problems)
    topic_ids = _unique_ids(topics_source, topics.topics if topics else [], ("topics",), "topic", problems)
    if topics_source and topics:
        for i, topic in enumerate(topics.topics):
            if topic.group not in group_ids:
                problems.append(topics_source.problem(("topics", i, "group"), f"unknown topic group '{topic.group}'",
                                                      _choose("a group", group_ids)))

    seen_documents: dict[str, SourceFile] = {}
    for source, document in documents:
        if document.id in seen_documents:
            problems.append(source.problem(("id",), f"document id '{document.id}' is also used in "
                                           f"{seen_documents[document.id].path.name}",
                                           "give each document its own id"))
            continue
        seen_documents[document.id] = source
        _check_page_name(source, ("id",), document.id, "document", problems)
        if bodies is not None and document.body not in body_ids:
            problems.append(source.problem(("body",), f"unknown body '{document.body}'",
                                           _choose("a body from bodies.yml", body_ids)))
        _check_versions(source, document, topic_ids if topics else None, problems)

    if problems:
        raise CorpusError(problems)

    corpus = Corpus(
        root=root,
        bodies={b.id: b for b in bodies.bodies} if bodies else {},
        documents={d.id: d for _, d in documents},
        groups={g.id: g for g in topics.groups} if topics else {},
        topics={t.id: t for t in topics.topics} if topics else {},
        files={d.id: s.path for s, d in documents},
        places=_places(documents),
        digests={**{d.id: s.digest for s, d in documents},
                 **{source.path.name: source.digest for source in (bodies_source, topics_source) if source}},
    )
    _check_references(corpus, dict((d.id, s) for s, d in documents), problems)
    if problems:
        raise CorpusError(problems)
    return corpus


def _places(documents: list[tuple[SourceFile, Document]]) -> dict[tuple[str, ...], tuple[int, int]]:
    places: dict[tuple[str, ...], tuple[int, int]] = {}
    for source, document in documents:
        for i, version in enumerate(document.versions):
            places[(document.id, version.id)] = source.position(("versions", i, "id"))
            for clause, cpath in _version_clauses(("versions", i), version.sections):
                places.setdefault((document.id, version.id, clause.id), source.position(cpath + ("id",)))
    return places


def _choose(what: str, ids: dict[str, Any]) -> str:
    known = ", ".join(sorted(ids)) or "none defined yet"
    return f"use {what}: {known}"


def _unique_ids(source: SourceFile | None, items: list[Any], base: Path_, what: str,
                problems: list[Problem]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in ids and source is not None:
            first = source.position(base + (ids[item.id], "id"))[0]
            problems.append(source.problem(base + (i, "id"), f"duplicate {what} id '{item.id}' "
                                           f"(first used on line {first})", f"give each {what} its own id"))
        else:
            ids.setdefault(item.id, i)
    return ids


def _check_page_name(source: SourceFile, path: Path_, value: str, what: str, problems: list[Problem],
                     *, reserved: bool = True) -> None:
    """Ids that name pages must give every page a name of its own."""
    if reserved and value in RESERVED_IDS:
        problems.append(source.problem(path, f"'{value}' cannot be a {what} id: the site uses it for its own pages",
                                       f"choose another id (not {' or '.join(sorted(RESERVED_IDS))})"))
    if ID_SEPARATOR in value:
        problems.append(source.problem(path, f"{what} id '{value}' contains '{ID_SEPARATOR}'",
                                       f"use single hyphens: page names join two ids with '{ID_SEPARATOR}'"))


def _check_body_links(source: SourceFile, bodies: BodiesFile, ids: dict[str, int], problems: list[Problem]) -> None:
    for i, body in enumerate(bodies.bodies):
        for key in ("predecessors", "successors"):
            for j, other in enumerate(getattr(body, key)):
                if other not in ids:
                    problems.append(source.problem(("bodies", i, key, j), f"unknown body '{other}' in {key}",
                                                   _choose("a body id", ids)))


def walk_sections(sections: list[Section], path: Path_) -> Iterator[tuple[Section, Path_]]:
    """Every section, nested ones included, with its location in the file."""
    for i, section in enumerate(sections):
        here = path + (i,)
        yield section, here
        yield from walk_sections(section.sections, here + ("sections",))


def walk_clauses(clauses: list[Clause], path: Path_) -> Iterator[tuple[Clause, Path_]]:
    """Every clause, list items included, with its location in the file."""
    for i, clause in enumerate(clauses):
        here = path + (i,)
        yield clause, here
        yield from walk_clauses(clause.items, here + ("items",))


def _version_clauses(version_path: Path_, sections: list[Section]) -> Iterator[tuple[Clause, Path_]]:
    for section, section_path in walk_sections(sections, version_path + ("sections",)):
        yield from walk_clauses(section.clauses, section_path + ("clauses",))


def _check_versions(source: SourceFile, document: Document, topic_ids: dict[str, int] | None,
                    problems: list[Problem]) -> None:
    version_ids = _unique_ids(source, document.versions, ("versions",), "version", problems)
    for i, version in enumerate(document.versions):
        vpath = ("versions", i)
        _check_page_name(source, vpath + ("id",), version.id, "version", problems)
        if version.supersedes is not None and version.supersedes not in version_ids:
            problems.append(source.problem(vpath + ("supersedes",), f"unknown version '{version.supersedes}'",
                                           _choose("a version of this document", version_ids)))
        section_ids: dict[str, Path_] = {}
        for section, spath in walk_sections(version.sections, vpath + ("sections",)):
            if section.id in section_ids:
                problems.append(source.problem(spath + ("id",), f"duplicate section id '{section.id}' in "
                                               f"version '{version.id}'", "give each section its own id"))
            section_ids.setdefault(section.id, spath)
        clause_ids: dict[str, Path_] = {}
        for clause, cpath in _version_clauses(vpath, version.sections):
            if clause.id in clause_ids:
                first = source.position(clause_ids[clause.id] + ("id",))[0]
                problems.append(source.problem(cpath + ("id",), f"duplicate clause id '{clause.id}' in version "
                                               f"'{version.id}' (first used on line {first})",
                                               "give each clause of a version its own id"))
            clause_ids.setdefault(clause.id, cpath)
            if topic_ids is not None:
                for j, link in enumerate(clause.topic_links):
                    if link.topic not in topic_ids:
                        problems.append(source.problem(cpath + ("topics", j), f"unknown topic '{link.topic}'",
                                                       _choose("a topic from topics.yml", topic_ids)))
            if clause.not_a_rule and clause.topics:
                problems.append(source.problem(cpath + ("not_a_rule",), "a clause marked not_a_rule has topics",
                                               "remove `not_a_rule`, or remove its topics"))
    _check_chain(source, document, problems)


def _check_chain(source: SourceFile, document: Document, problems: list[Problem]) -> None:
    by_id = {v.id: (i, v) for i, v in enumerate(document.versions)}
    reported: set[str] = set()
    for version in document.versions:
        seen: list[str] = []
        current = version
        while current is not None and current.id not in seen:
            seen.append(current.id)
            current = by_id.get(current.supersedes or "", (0, None))[1]
        if current is not None and not reported.intersection(seen):
            loop = seen[seen.index(current.id):] + [current.id]
            reported.update(loop)
            i = by_id[current.id][0]
            problems.append(source.problem(("versions", i, "supersedes"),
                                           f"versions supersede each other in a loop: {' → '.join(loop)}",
                                           "the oldest version must not have `supersedes`"))


def _check_references(corpus: Corpus, sources: dict[str, SourceFile], problems: list[Problem]) -> None:
    derivations: dict[ClauseRef, list[tuple[ClauseRef, SourceFile, Path_]]] = {}
    for document in corpus.documents.values():
        source = sources[document.id]
        for i, version in enumerate(document.versions):
            vpath = ("versions", i)
            if version.approval and version.approval.report and version.approval.report not in corpus.documents:
                reports = {d.id: d for d in corpus.documents.values() if d.kind == "committee report"}
                problems.append(source.problem(vpath + ("approval", "report"),
                                               f"unknown document '{version.approval.report}'",
                                               _choose("a committee report document", reports)))
            for j, replaced in enumerate(version.replaces):
                if replaced == document.id:
                    problems.append(source.problem(vpath + ("replaces", j), f"'{replaced}' is this document itself",
                                                   "name other documents in `replaces`; an earlier version of this "
                                                   "one is named by `supersedes`"))
                elif replaced not in corpus.documents:
                    others = {d: None for d in corpus.documents if d != document.id}
                    problems.append(source.problem(vpath + ("replaces", j), f"unknown document '{replaced}'",
                                                   _choose("another document", others)))
            for j, left_out in enumerate(version.not_carried_forward):
                _check_clause_ref(corpus, source, vpath + ("not_carried_forward", j, "clause"), left_out.clause,
                                  problems)
            previous = Corpus.supersedes(document, version)
            for j, gone in enumerate(version.deleted):
                if previous is None or corpus.clause(ClauseRef(document.id, previous.id, gone.clause)) is None:
                    where = f"version '{previous.id}'" if previous else "no earlier version"
                    problems.append(source.problem(vpath + ("deleted", j, "clause"),
                                                   f"'{gone.clause}' is not a clause of {where}",
                                                   "name a clause id of the version this one supersedes"))
            for clause, cpath in _version_clauses(vpath, version.sections):
                here = ClauseRef(document.id, version.id, clause.id)
                for j, text in enumerate(clause.derived_from):
                    target = _check_clause_ref(corpus, source, cpath + ("derived_from", j), text, problems)
                    if target is not None:
                        derivations.setdefault(here, []).append((target, source, cpath + ("derived_from", j)))
    _check_derivation_loops(derivations, problems)


def _check_clause_ref(corpus: Corpus, source: SourceFile, path: Path_, text: str,
                      problems: list[Problem]) -> ClauseRef | None:
    """The clause ``text`` names, or None (with a problem) when it names none."""
    try:
        ref = ClauseRef.parse(text)
    except ValueError as e:
        problems.append(source.problem(path, str(e).split(" (")[0],
                                       "write document/version#clause, for example "
                                       "dorset-council-social-networking-guidance/current#personal-use-working-time"))
        return None
    if corpus.clause(ref) is None:
        problems.append(source.problem(path, f"'{text}' names no clause", _missing_part(corpus, ref)))
        return None
    return ref


def _check_derivation_loops(edges: dict[ClauseRef, list[tuple[ClauseRef, SourceFile, Path_]]],
                            problems: list[Problem]) -> None:
    """A clause may not be derived, directly or through others, from itself."""
    state: dict[ClauseRef, int] = {}  # 1: on the current path, 2: finished
    for start in edges:
        if start in state:
            continue
        path: list[ClauseRef] = [start]
        pending = [iter(edges.get(start, []))]
        state[start] = 1
        while pending:
            step = next(pending[-1], None)
            if step is None:
                state[path.pop()] = 2
                pending.pop()
                continue
            target, source, where = step
            if state.get(target) == 1:
                problems.append(source.problem(where, *_loop_message(path[path.index(target):])))
            elif target not in state:
                state[target] = 1
                path.append(target)
                pending.append(iter(edges.get(target, [])))


def _loop_message(loop: list[ClauseRef]) -> tuple[str, str]:
    if len(loop) == 1:
        return f"clause {loop[0]} is derived from itself", "remove it from its own `derived_from`"
    if len(loop) == 2:
        return (f"clauses {loop[0]} and {loop[1]} are derived from each other",
                "keep `derived_from` on the newer clause only")
    chain = " → ".join(str(r) for r in loop + [loop[0]])
    return f"clauses are derived from each other in a loop: {chain}", "keep `derived_from` on the newer clauses only"


def _missing_part(corpus: Corpus, ref: ClauseRef) -> str:
    document = corpus.documents.get(ref.document)
    if document is None:
        return _choose("a document", corpus.documents)
    if corpus.version(ref.document, ref.version) is None:
        return _choose(f"a version of {ref.document}", {v.id: 0 for v in document.versions})
    return f"check the clause id in {corpus.files[ref.document].name}, version {ref.version}"

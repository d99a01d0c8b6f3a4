"""The three mapping exports of the bundled handbook hold every link and every clause's text, once."""

from __future__ import annotations

import csv
import io
import json

import pytest

from policy_handbook.analyse.crossmap import mappings
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.exports import BROWSER_FIELDS, CSV_COLUMNS
from policy_handbook.render.markup import to_plain
from policy_handbook.render.site import Urls

from conftest import ROOT

CORPUS = load_corpus(ROOT / "source_policies")
EVERY_LINK = mappings(CORPUS, include_inherited=True)


@pytest.fixture(scope="module")
def exports(bundled_site):
    folder = bundled_site / "compare"
    data = json.loads((folder / "mapping.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((folder / "mapping.csv").read_bytes().decode("utf-8-sig"), newline="")))
    script = (folder / "mapping.js").read_text(encoding="utf-8")
    assert script.startswith("var __phMapping = ") and script.endswith(";\n")
    return data, rows, json.loads(script[len("var __phMapping = "):-2])


def expected_links() -> list[tuple[str, str]]:
    return [(str(m.located.ref), m.link.topic) for m in EVERY_LINK]


def test_json_holds_every_link_and_each_clause_once_with_its_text(exports):
    data, _, _ = exports
    assert data["format"] == 2
    assert [(link["clause"], link["topic"]) for link in data["links"]] == expected_links()
    assert set(data["clauses"]) == {ref for ref, _ in expected_links()}
    urls = Urls()
    for m in EVERY_LINK:
        located = m.located
        clause = data["clauses"][str(located.ref)]
        assert clause["text"] == to_plain(located.clause.text)
        assert (clause["body"], clause["document"], clause["version"], clause["clause"]) == (
            m.body_id, located.document.id, located.version.id, located.clause.id)
        assert clause["url"] == urls.site_url(*urls.clause(located.document.id, located.version.id, located.clause.id))
    counterparts = [link["counterpart"] for link in data["links"] if link["counterpart"]]
    assert len(counterparts) > 20
    assert all(c["clause"] in data["clauses"] and c["chosen_by"] in ("derivation", "similarity") for c in counterparts)


def test_csv_has_one_flat_row_per_link_with_the_clause_text(exports):
    data, rows, _ = exports
    assert list(rows[0]) == CSV_COLUMNS
    assert [(f"{r['document']}/{r['version']}#{r['clause']}", r["topic"]) for r in rows] == expected_links()
    for row, m in zip(rows, EVERY_LINK):
        text = to_plain(m.located.clause.text)
        assert row["text"] == ("'" + text if text.startswith(("=", "+", "-", "@")) else text)
        assert row["body_name"] == CORPUS.bodies[m.body_id].name
        assert row["topic_title"] == CORPUS.topics[m.link.topic].title


def test_script_holds_what_the_page_reads_of_every_link(exports):
    data, _, script = exports
    clauses = [dict(zip(script["clause_fields"], row)) for row in script["clauses"]]
    links = [dict(zip(script["link_fields"], row)) for row in script["links"]]
    assert len(links) == len(data["links"]) and len(clauses) == len(data["clauses"])
    for link, full in zip(links, data["links"]):
        clause = clauses[link.pop("clause")]
        assert clause == {key: data["clauses"][full["clause"]][key] for key in BROWSER_FIELDS["clauses"]}
        assert link == {key: full[key] for key in BROWSER_FIELDS["links"][1:]}

"""The labelled stance set is well formed, and the reader never inverts a rule's polarity on it.

The figures themselves are measured by scripts/eval_stance.py; here the dev half has a floor
so that a change that breaks the reader fails, and no permission may be read as a prohibition or
the reverse: none on the dev half, and on the held-out half none but those listed in
KNOWN_HELD_OUT_INVERSIONS, which the reader is never changed to fix (it would be tuning on the
held-out half). A new inversion fails, and so does a listed one that no longer happens.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import get_args

import pytest
import yaml

from policy_handbook.analyse.stance_scope import SCOPES
from policy_handbook.model import NotARule, Stance, Strength

from conftest import script

ROOT = Path(__file__).parents[1]
eval_stance = script("eval_stance")

CLAUSES = eval_stance.load_set()
TOPICS = {t["id"] for t in yaml.safe_load((ROOT / "source_policies" / "topics.yml").read_text())["topics"]}
DEV_FLOOR = 0.95
KNOWN_HELD_OUT_INVERSIONS = ["sunderland-uni-01", "sunderland-uni-02", "qub-09", "essex-pfcc-08", "psc-03", "dpp-05",
                             "tep-kent-04", "hrp-10", "ncl-icb-09", "tadcaster-tc-07", "pembroke-dock-02",
                             "sunderland-cc-08", "north-huish-02", "north-huish-03", "east-suffolk-07",
                             "hythe-dibden-10", "bpc-07", "rcahmw-09", "nhc-uhi-03"]
"""Held-out clauses the reader inverts (`tests/data/stance_set.md`); the aim is none."""


def test_the_set_is_large_varied_and_cited():
    assert len(CLAUSES) >= 150
    assert len({c["id"] for c in CLAUSES}) == len(CLAUSES)
    assert len({c["source"]["body"] for c in CLAUSES}) >= 15
    for clause in CLAUSES:
        source = clause["source"]
        assert source["body"] and source["title"] and source["url"].startswith("http"), clause["id"]


SHARED_WITH_THE_CORPUS = ["derbyshire-news-04", "lincolnshire-personal-06"]
"""Held-out clauses whose words also stand in the bundled corpus, each in another document: Derbyshire's
sentence is template text that Shaftesbury Town Council's policy shares, and Lincolnshire's list item is
in both parts of the council's policy, of which the corpus holds the other."""


def test_no_clause_is_taken_from_the_bundled_corpus():
    from policy_handbook.load.loader import load_corpus

    def words(text: str) -> str:
        return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())

    corpus = {words(located.clause.text) for located in load_corpus(ROOT / "source_policies").clauses()}
    assert [c["id"] for c in CLAUSES if words(c["text"]) in corpus] == SHARED_WITH_THE_CORPUS


def test_the_split_is_the_recorded_hash_of_each_id():
    for clause in CLAUSES:
        expected = "dev" if hashlib.sha256(clause["id"].encode()).digest()[0] % 2 == 0 else "heldout"
        assert clause["split"] == expected, clause["id"]
    halves = {c["split"] for c in CLAUSES}
    assert halves == {"dev", "heldout"}


def test_every_label_is_in_the_model_vocabulary():
    stances, strengths, reasons = set(get_args(Stance)), set(get_args(Strength)), set(get_args(NotARule))
    for clause in CLAUSES:
        assert clause["stance"] in stances and clause["strength"] in strengths, clause["id"]
        assert (clause["strength"] == "informative") == (clause["stance"] == "advises"), clause["id"]
        if clause["stance"].startswith("permits"):
            assert clause["strength"] == "may", clause["id"]
        assert set(clause["scope"]) <= set(SCOPES), clause["id"]
        assert ("topics" in clause) != ("not_a_rule" in clause), clause["id"]
        if "topics" in clause:
            assert set(clause["topics"]) <= TOPICS, clause["id"]
        else:
            assert clause["not_a_rule"] in reasons and clause["stance"] == "advises", clause["id"]


def test_the_second_labellings_name_clauses_of_the_set_in_the_model_vocabulary():
    labellings = yaml.safe_load((ROOT / "tests" / "data" / "stance_second_labels.yml").read_text())["labellings"]
    split = {c["id"]: c["split"] for c in CLAUSES}
    stances, strengths = set(get_args(Stance)), set(get_args(Strength))
    first, *whole_batches = labellings
    assert len(first["labels"]) >= 200 and {split[c["id"]] for c in first["labels"]} == {"heldout"}
    ids = list(split)
    batches = [("bracknell-01", "stmarys-uni-04"), ("northern-hsct-01", "brixham-06"), ("fhdc-01", "llanelli-rural-10"),
               ("alton-college-01", "slcc-04"), ("wlancs-01", "wmita-04"),
               ("wdunbarton-01", "greenwich-uni-07"), ("hounslow-cs-01", "doeni-code-06"), ("lincs-icb-01", "blackpool-mat-10"),
               ("bournemouth-bc-01", "anthem-10"), ("eryc-01", "stfc-10"),
               ("scotborders-01", "northlands-10"), ("chiltern-sb-01", "btp-10"), ("knowsley-tc-01", "applemore-06"),
               ("cddfra-01", "angus-college-06"), ("welshpool-tc-01", "airedale-04"), ("humberside-frs-01", "bl-reading-09"),
               ("blackpool-council-01", "northampton-coll-07"), ("gwent-police-01", "bdct-07"),
               ("glasgow-cc-edu-01", "wilts-council-08"), ("kirkbymoorside-tc-01", "dvla-06"),
               ("city-corp-01", "hoeft-03"), ("harrow-schools-01", "nia-comm-10"),
               ("basingstoke-01", "southern-housing-08"), ("durham-uni-01", "notts-fire-08"),
               ("lancashire-cc-01", "anglesey-cc-08"), ("tewv-01", "claygate-07"), ("acas-01", "henham-05"),
               ("hnc-01", "lichfield-dc-09"), ("audit-scot-01", "newa-10"), ("hmcts-01", "niscc-09"),
               ("hants-cc-01", "everton-fs-09"), ("nelincs-01", "gcu-labs-09"),
               ("voa-ct-01", "lfb-06"), ("wra-01", "rochdale-bc-10"), ("ackworth-pc-01", "sparsholt-coll-07"),
               ("northumberland-cc-01", "cambs-fire-08"), ("southern-hsct-01", "west-kent-10"),
               ("park-high-01", "portmoak-cc-07"), ("harlow-dc-01", "hlf-coi-04"), ("tvca-01", "vtw-07"),
               ("ryde-tc-01", "pbs-05"), ("tsh-visit-01", "rsfc-coc-07"), ("neasham-pc-01", "desnz-04"),
               ("frenchwood-coc-01", "cpani-gd-08"), ("bolton-mbc-01", "colegsirgar-10"),
               ("torbay-01", "royalmint-09"), ("leighton-linslade-tc-01", "adoption-heart-04"),
               ("exeter-cc-01", "island-arts-08"), ("tep-kent-01", "cotswolds-cb-05"),
               ("stonewater-01", "tadcaster-tc-08"), ("sussex-police-01", "broxbourne-07"),
               ("abuhb-01", "icai-08"), ("cogc-01", "network-rail-03"),
               ("dorset-council-01", "kilmaine-ps-06"), ("adur-worthing-01", "nlcf-10"),
               ("arb-01", "leo-trust-08"), ("melton-bc-01", "acrefair-09"),
               ("talybont-cc-01", "ies-breckland-10"), ("darlington-bc-01", "gladstones-08"),
               ("vowchurch-01", "croydon-coll-04"), ("workington-tc-01", "greasley-pc-06"),
               ("marlborough-tc-01", "bc-icb-05"), ("denstone-pc-01", "hlny-crc-05"),
               ("beverley-tc-01", "iwbcc-05"),
               ("chipping-norton-tc-01", "launceston-tc-07"), ("culcheth-pc-01", "dsit-04")]
    for labelling, (start, end) in zip(whole_batches, batches, strict=True):
        assert [c["id"] for c in labelling["labels"]] == ids[ids.index(start):ids.index(end) + 1]
    for clause in [c for labelling in labellings for c in labelling["labels"]]:
        assert clause["id"] in split, clause["id"]
        assert clause["stance"] in stances and clause["strength"] in strengths, clause["id"]


@pytest.fixture(scope="module")
def whole_set():
    return eval_stance.evaluate(CLAUSES, "all")


def test_no_permission_is_read_as_a_prohibition_or_the_reverse(whole_set):
    inverted = [o.clause for o in whole_set.inversions]
    assert [c["id"] for c in inverted if c["split"] == "dev"] == []
    assert [c["id"] for c in inverted if c["split"] == "heldout"] == KNOWN_HELD_OUT_INVERSIONS


def test_dev_half_accuracy_has_a_floor():
    report = eval_stance.evaluate([c for c in CLAUSES if c["split"] == "dev"], "dev")
    assert report.share("stance_ok") >= DEV_FLOOR


def test_the_script_reports_both_halves(capsys):
    assert eval_stance.main([]) == 0
    out = capsys.readouterr().out
    assert "== heldout:" in out and "== dev:" in out
    assert f"polarity inversions {len(KNOWN_HELD_OUT_INVERSIONS)}" in out and "polarity inversions 0" in out


def test_the_held_out_summary_names_no_clause(capsys):
    assert eval_stance.main(["--heldout-summary-only", "--since", "keelby-01"]) == 0
    out = capsys.readouterr().out
    assert "== heldout:" in out and "== heldout from keelby-01:" in out and "== dev" not in out
    assert "confusion" not in out and "errors" not in out
    assert not [c["id"] for c in CLAUSES if f"  {c['id']}:" in out or c["text"][:60] in out]


def test_one_held_out_summary_prints_a_block_for_each_since(capsys):
    assert eval_stance.main(["--heldout-summary-only", "--since", "keelby-01", "--since", "hra-01"]) == 0
    out = capsys.readouterr().out
    assert out.count("== heldout") == 3
    assert out.index("== heldout from keelby-01:") < out.index("== heldout from hra-01:")
    assert not [c["id"] for c in CLAUSES if f"  {c['id']}:" in out or c["text"][:60] in out]


def test_the_dev_half_of_a_later_batch_alone_and_since_never_opens_the_held_out_half(capsys):
    assert eval_stance.main(["--split", "dev", "--since", "keelby-01"]) == 0
    out = capsys.readouterr().out
    later = CLAUSES[[c["id"] for c in CLAUSES].index("keelby-01"):]
    assert f"== dev: {sum(c['split'] == 'dev' for c in later)} clauses ==" in out and "heldout" not in out
    with pytest.raises(SystemExit):
        eval_stance.main(["--since", "keelby-01"])

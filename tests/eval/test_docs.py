"""Scoring whole labelled documents: alias matching, duplicate nodes, direction and status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from keiretsu.eval.docs import Found, agreement, load_documents, score_documents

DOC = {
    "id": "x1", "corpus": "reuters-21578", "text": "AmSouth Bancorp said it agreed to buy First Bank. Amsouth ...",
    "companies": [{"name": "AmSouth", "aliases": ["AmSouth Bancorp", "Amsouth"]},
                  {"name": "First Bank", "aliases": []}],
    "people": [{"name": "Edward R. Muller", "aliases": ["Mr. Muller"]}],
    "relations": [{"source": "AmSouth", "target": "First Bank", "type": "acquisition", "status": "agreed",
                   "attributes": {}, "evidence": "AmSouth Bancorp said it agreed to buy First Bank."},
                  {"source": "Edward R. Muller", "target": "AmSouth", "type": "role", "status": "active",
                   "attributes": {"title": "Chairman"}, "evidence": "..."}],
}


def _gold(tmp_path: Path, docs: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_aliases_match_and_a_second_node_for_one_company_is_a_false_positive(tmp_path):
    gold = load_documents(_gold(tmp_path, [DOC]))
    found = Found(["AmSouth Bancorp Inc", "Amsouth", "First Bank", "Reagan"], ["Mr. Muller"],
                  [("acquisition", "Amsouth", "First Bank", "proposed"),
                   ("acquisition", "AmSouth Bancorp Inc", "First Bank", "agreed")])
    report = score_documents(gold, [found])
    assert (report.companies.tp, report.companies.fp, report.companies.fn) == (2, 2, 0)
    assert (report.people.tp, report.people.fp, report.people.fn) == (1, 0, 0)
    # both mentions resolve to one relationship; its status is the first mention's
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (1, 0, 1)
    assert (report.status_correct, report.status_total) == (0, 1)
    assert report.by_corpus["reuters-21578"].tp == 1
    # entities are scored per source as well, and add up to the totals
    assert (report.companies_by_corpus["reuters-21578"].tp, report.companies_by_corpus["reuters-21578"].fp) == (2, 2)
    assert report.people_by_corpus["reuters-21578"].tp == 1


def test_direction_counts_and_a_company_tied_to_itself_is_counted(tmp_path):
    gold = load_documents(_gold(tmp_path, [DOC]))
    found = Found(["AmSouth", "First Bank"], [], [("acquisition", "First Bank", "AmSouth", "agreed"),
                                                   ("merger", "AmSouth Bancorp", "Amsouth", "agreed")])
    report = score_documents(gold, [found])
    assert report.relations.tp == 0 and report.relations.fp == 2
    assert report.self_relations == 1


def test_agreement_scores_the_second_labeller_on_shared_documents(tmp_path):
    first = _gold(tmp_path, [DOC])
    other = dict(DOC, id="x1", relations=DOC["relations"][:1])
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps(other) + "\n" + json.dumps(dict(DOC, id="not-in-first")) + "\n", encoding="utf-8")
    report = agreement(first, second)
    assert report.documents == 1
    assert (report.relations.tp, report.relations.fn) == (1, 1)


def test_a_bad_gold_record_is_one_line_naming_the_file(tmp_path):
    bad = _gold(tmp_path, [dict(DOC, relations=[dict(DOC["relations"][0], type="friendship")])])
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "eval", "agree", str(bad), str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "gold.jsonl:1" in proc.stderr and "friendship" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_typographic_apostrophe_in_the_gold_matches_the_plain_one_read():
    from keiretsu.eval.docs import _person_key

    assert _person_key("Sean O\u2019Donovan") == _person_key("Sean O'Donovan")


def test_a_role_title_is_scored_as_the_office_it_names(tmp_path):
    doc = dict(DOC, id="t1", people=[{"name": "Ann Lee"}, {"name": "Bo Chan"}, {"name": "Cy Park"}], relations=[
        {"type": "role", "source": "Ann Lee", "target": "AmSouth", "status": "active",
         "attributes": {"title": "president and chief executive officer"}},
        {"type": "role", "source": "Bo Chan", "target": "AmSouth", "status": "active",
         "attributes": {"title": "vice president"}},
        {"type": "role", "source": "Cy Park", "target": "First Bank", "status": "active"}])
    gold = load_documents(_gold(tmp_path, [doc]))
    found = Found(["AmSouth", "First Bank"], ["Ann Lee", "Bo Chan", "Cy Park"],
                  [("role", "Ann Lee", "AmSouth", "active"), ("role", "Bo Chan", "AmSouth", "active"),
                   ("role", "Cy Park", "First Bank", "active")],
                  {("Ann Lee", "AmSouth"): "CEO", ("Bo Chan", "AmSouth"): "President", ("Cy Park", "First Bank"): "CFO"})
    report = score_documents(gold, [found])
    # the CEO named in full is right, a vice president called president is wrong, and a role the
    # labels give no title is not counted
    assert (report.title_correct, report.title_total) == (1, 2)
    assert report.as_dict()["title_accuracy"] == 0.5


def test_a_known_company_named_as_the_gazetteer_names_it_matches_the_form_the_labels_give(tmp_path):
    # finer-ord-train-149: "companies from Taiwan Semiconductor Manufacturing Co. to Pegatron Corp."; keiretsu
    # names the known company TSMC in every story (the gazetteer's name), the labels as the text writes it
    doc = {"id": "x2", "corpus": "finer-ord", "text": "...",
           "companies": [{"name": "Taiwan Semiconductor Manufacturing", "aliases": []},
                         {"name": "GM", "aliases": []}, {"name": "Pegatron", "aliases": ["Pegatron Corp."]}],
           "people": [], "relations": [{"source": "GM", "target": "Pegatron", "type": "acquisition",
                                        "status": "proposed", "attributes": {}, "evidence": "..."}]}
    gold = load_documents(_gold(tmp_path, [doc]))
    found = Found(["TSMC", "General Motors", "Pegatron", "Toyota"], [],
                  [("acquisition", "General Motors", "Pegatron", "proposed")])
    report = score_documents(gold, [found])
    assert (report.companies.tp, report.companies.fp, report.companies.fn) == (3, 1, 0)
    assert report.relations.tp == 1

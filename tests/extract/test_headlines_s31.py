"""Companies named only in a story's headline: wire briefs put the firm in the headline and only
figures in the body ("WILLCOX AND GIBBS INC <WG> 4TH QTR NET"). Only the wire's own marks count: a
name it marks ("<NATIONAL SEA PRODUCTS LTD>"), or an all-caps headline's opening run of words up to
a legal form, its ticker after it or not; never a run before a ticker alone, nor one holding a
headline's verb. The name comes in its written case, merges with the body's name for the company,
has no span in the body and gives no relationship. The companies in these tests are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiretsu.clean import CleanStep
from keiretsu.eval.docs import evaluate_documents
from keiretsu.extract.headlines import headline_names
from keiretsu.extract.names import name_key
from keiretsu.extract.step import ExtractStage
from keiretsu.models import EntityKind, Format, RawDocument
from keiretsu.settings import Settings
from keiretsu.store import open_store

FIGURES = "Shr 22 cts vs 17 cts\nNet 1,200,000 vs 950,000\nRevs 31.2 mln vs 27.5 mln\n"


def companies(rules, text: str, title: str) -> list:
    [ex] = rules.extract([(1, text, title)])
    return [e for e in ex.entities if e.kind is EntityKind.COMPANY]


@pytest.mark.parametrize("title, name", [
    ("BRANTLEY AND HOLT INC <BHI> 4TH QTR NET", "Brantley and Holt Inc"),  # a legal form, the ticker after it
    ("TREMONT HYDRAULICS CORP 4TH QTR LOSS", "Tremont Hydraulics Corp"),  # a legal form, no ticker
    ("KESTRAL MOTOR CO OF CANADA LTD <KC> YEAR NET", "Kestral Motor Co of Canada Ltd"),  # up to the ticker
    ("<ORVANE SEA PRODUCTS LTD> 4TH QTR NET", "Orvane Sea Products Ltd"),  # a name the wire marks
    ("DELMAR <DLM> TO ACQUIRE <HASKETT PAPER CORP>", "Haskett Paper Corp"),
    ("QRX CORP <QRXX> 4TH QTR LOSS", "QRX Corp"),  # an acronym stays
    ("VELLANT GROUP PLC <VLT.L> 27 WEEKS", "Vellant Group PLC"),
])
def test_the_wire_marks_a_name(rules, title, name):
    got = companies(rules, FIGURES, title)
    assert [(e.text, e.start, e.end) for e in got] == [(name, 0, 0)]


@pytest.mark.parametrize("title", [
    "GABELLI GROUP CUTS TREMONT <TRM> STAKE TO 6.3 PCT",  # a ticker alone: the run holds the verb
    "INVESTOR GROUP BUYS TREMONT CORP STAKE",  # the verb before the legal form
    "SWEDISH UNEMPLOYMENT DOWN AS DATA IS REVISED",  # "AS" is a word here
    "FOREIGN FIRMS HOPE TO JOIN JAPAN TELECOM COMPANY",  # too far in
    "Tremont Hydraulics Corp posts fourth-quarter loss",  # not in capitals: the body names it or nothing does
    "TREMONT <TRM> 4TH QTR NET",
])
def test_no_strict_cue_no_name(rules, title):
    assert headline_names(title) == []
    assert companies(rules, FIGURES, title) == []


def test_the_body_names_the_company_too(rules):
    text = "Brantley and Holt Inc said its fourth quarter net rose on higher sales.\n" + FIGURES
    title = "BRANTLEY AND HOLT INC <BHI> 4TH QTR NET"
    got = companies(rules, text, title)
    assert len(got) == 1 and got[0].end > 0  # the body's, with its span
    short = companies(rules, "The results of Brantley Inc, the textile machinery maker, were better.\n", title)
    assert [e.name for e in short] == ["Brantley"]  # a short form of the headline's name: one node


def test_a_headline_gives_no_relationship(rules):
    [ex] = rules.extract([(1, FIGURES, "DELMAR CORP <DLM> TO ACQUIRE <HASKETT PAPER CORP>")])
    assert {e.name for e in ex.entities} == {"Delmar", "Haskett Paper"} and ex.mentions == []


def test_a_document_without_a_title(rules):
    text = "Tremont Hydraulics Corp said it agreed to buy Orvane Ltd for 12 mln dlrs.\n"
    assert rules.extract([(1, text)])[0].entities == rules.extract([(1, text, "")])[0].entities


def test_the_eval_reads_the_title(rules, tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "r1", "corpus": "reuters-21578", "title": "TREMONT HYDRAULICS CORP 4TH QTR LOSS",
                                "text": FIGURES, "companies": [{"name": "Tremont Hydraulics", "aliases": []}],
                                "people": [], "relations": []}) + "\n")
    report = evaluate_documents(gold, rules)
    assert (report.companies.tp, report.companies.fp) == (1, 0)


def test_the_pipeline_reads_the_title(rules, tmp_path: Path):
    store = open_store(str(tmp_path / "k.db"))
    try:
        doc = CleanStep(Settings()).process(RawDocument(FIGURES, Format.TEXT, "news.jsonl:1", external_id="r1",
                                                        title="TREMONT HYDRAULICS CORP 4TH QTR LOSS"))
        run = store.start_run("ingest", ["news.jsonl"])
        store.write_batch(run, [doc])
        ExtractStage(store, rules).run()
        assert store.entity("company", name_key("Tremont Hydraulics"))["name"] == "Tremont Hydraulics"
        # the node judge reads nothing of the body around a headline's name
        assert [row[2:] for row in store.entity_contexts("company", None, 60)] == \
            [("Tremont Hydraulics Corp", "", "", -1, -1)]
    finally:
        store.close()

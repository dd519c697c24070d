"""A company the story names once with a slip in a word and spells right in every later sentence (issue 15,
COMP16): the node takes the spelling the story writes most. Excerpts of Reuters-21578 train stories (tuning
material), judged in eval/relationships/reuters-train-b312488.jsonl."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import _respelt
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import EntityKind

from ..helpers import companies

TEXTRON = ("PROVIDENCE, R.I., March 30 - Texton Inc said it intends to repay a substantial portion of the debt "
           "generated to acquire Ex-Cell-O Corp last year.\nTextron financed the acquisition by borrowing about one "
           "billion dlrs under promissory notes.\nTextron said it did expect to identify the units it intends to "
           "sell during the next year.")
STAFF = ("LAKE SUCCESS, N.Y. March 3 - Tender Loving Care Health Care Services Inc said it and Staff Buildiers Inc "
         "have extended the term of their merger agreement until May 31.\nTender Loving Care also said <Norrell "
         "Corp> agreed not to acquire any additional Staff Builders shares until September 30.\nAs announced "
         "February 26, the Staff Builders shareholders meeting to vote on the merger will be reconvened on April "
         "22.\nIn addition, Staff Builders officers and directors own about 13.8 pct of its stock.")


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_the_spelling_the_story_writes_most(rules: RuleExtractor) -> None:
    found = companies(rules, STAFF)
    assert "Staff Builders" in found and "Staff Buildiers" not in found


def test_the_spelling_of_the_headline_and_the_later_sentences(rules: RuleExtractor) -> None:
    [ex] = rules.extract([(1, TEXTRON, "TEXTRON <TXT> TO REPAY DEBT THROUGH ASSET SALES")])
    found = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Textron" in found and "Texton" not in found
    assert {(m.source, m.target) for m in ex.mentions} >= {("Textron", "Ex-Cell-O")}


def test_the_headline_counts_and_a_second_writing_is_needed() -> None:
    # reuters-11045's headline spells it right
    assert _respelt(["Texton"], "Texton Inc said it will repay debt. Textron said so. Textron financed it.",
                    "TEXTRON <TXT> TO REPAY DEBT THROUGH ASSET SALES") == {"Texton": "Textron"}
    # with no headline, twice against once is not enough
    assert _respelt(["Texton"], "Texton Inc said it will repay debt. Textron said so. Textron financed it.") == {}
    # two firms one letter apart, each written as often: both stay
    assert _respelt(["Amcast"], "Amcast Industrial Corp said it bought Amcat Inc. Amcat makes parts. Amcast "
                    "said.") == {}


def test_a_surname_one_slip_from_the_person_named_in_full_is_his(rules: RuleExtractor) -> None:
    # reuters-967 (eval/nodes/reuters-train-277a02b.jsonl: "Stonecipher", a person)
    text = ("The company said I.C.H. has requested the right to buy 90,909 Pre-Paid shares from Pre-Paid chairman "
            "Harland C. Stoneciphjer for 11 dlrs each. Stonecipher now owns or has the right to acquire 1,965,269 "
            "Pre-Paid shares and will agree to restrictions on the sale of his remaining shares, it said.")
    assert "Stonecipher" not in companies(rules, text)


def test_a_short_form_in_brackets_after_the_wires_mark(rules: RuleExtractor) -> None:
    # reuters-6428: "(IDC)" after "<International Digital Communications Planning Inc>" is its short form
    text = ("The two consortiums, <International Digital Communications Planning Inc> (IDC) and <International "
            "Telecom Japan> (ITJ), were set up in 1986 to compete with monopoly <Kokusai Denshin Denwa Co> (KDD).\n"
            "Cable and Wireless and Japanese trading house <C. Itoh and Co.> each have a 20 pct stake in the IDC "
            "consortium while Pacific Telesis and Merrill Lynch and Co. Inc. <MER.N> jointly hold 13 pct .")
    found = companies(rules, text)
    assert "IDC" not in found and "International Digital Communications Planning" in found

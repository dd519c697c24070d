"""The map step's sentences cut by the compiled pass (``text.split_texts``, issue 16) are those
the pattern cuts (``text.split_sentences``), span for span, on real text."""

from __future__ import annotations

import random

import pytest

from keiretsu.dedup import paraphrase
from keiretsu.dedup.paraphrase import analyse, analyse_texts
from keiretsu.dedup.text import split_sentences, split_texts

# Reuters-21578 train stories, or passages of them, as the store holds them.
REUTERS = [
    # reuters-686, whole
    "ELKHART, Ind., March 2 - Shr 73 cts vs 58 cts\nNet 1,101,000 vs 901,000\nSales 32.9 mln vs 29.1 mln\n"
    "Note: Results include operations of BMD of New England Inc, acquired Sept. 1, 1986.",
    # reuters-11, whole
    "SANTA CRUZ, Calif., Feb 26 - Shr 34 cts vs 1.19 dlrs\nNet 807,000 vs 2,858,000\nAssets 510.2 mln vs 479.7 mln\n"
    "Deposits 472.3 mln vs 440.3 mln\nLoans 299.2 mln vs 327.2 mln\nNote: 4th qtr not available. Year includes 1985 "
    "extraordinary gain from tax carry forward of 132,000 dlrs, or five cts per shr.",
    # reuters-56
    "It said orders at its Harris Graphics subsidiary, acquired in June 1986, \"continue to run at a strong pace.\" "
    "For the six months, orders rose 35 pct over the corresponding prior-year period, or on an annualized basis are "
    "running at about 630 mln dlrs.",
    # reuters-158
    "According to the agreement, Presidential Airways will operate scheduled service under the name \"Continental "
    "Express.\" The company, however, will remain independent.",
    # reuters-749
    "All three were accused in the draining of 144 mln dlrs of Home State funds through investments with ESM "
    "Government Securities Inc. of Fort Lauderdale, Fla., which went bankrupt and triggered the collapse of Home State.",
    # reuters-1553
    "The Fed set a 60-day period for public comment on the plan.\nThe proposal adopted today addresses only the "
    "credit risks associated with interest rate swaps, forward foreign exchange contracts and similar financial "
    "instruments.\nPreviously, the Fed Jan. 8 proposed a series of guidelines for calculating the risk of other "
    "off-balance-sheet activities.",
    # reuters-1996
    "\"TWA's proposal is nothing more than an attempt by Carl Icahn to disrupt at the eleventh hour USAir Group's "
    "acquisition of Piedmont, a transaction which the USAir Group board views as most beneficial to USAir Group "
    "shareholders, employees and passengers and which Mr. Icahn obviously regards as contrary to his own personal "
    "interests.\"",
    # reuters-2223
    "MINNEAPOLIS, March 5 - World grain trade could be turning the corner and heading toward recovery in the 1986-87 "
    "season, a Cargill, Inc. analyst said.",
    "",
    "   \n  ",
]


@pytest.mark.parametrize("text", REUTERS)
def test_real_texts_are_cut_as_the_pattern_cuts_them(text):
    assert split_texts([text]) == [split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence_and_stops_and_line_breaks_do():
    text = "\n".join(REUTERS[:2])
    (sentences,) = split_texts([text])
    # "Inc, acquired Sept. 1" is not cut at its stop; "not available. Year" is
    assert [s.text for s in sentences] == [
        "ELKHART, Ind., March 2 - Shr 73 cts vs 58 cts", "Net 1,101,000 vs 901,000", "Sales 32.9 mln vs 29.1 mln",
        "Note: Results include operations of BMD of New England Inc, acquired Sept. 1, 1986.",
        "SANTA CRUZ, Calif., Feb 26 - Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs 2,858,000",
        "Assets 510.2 mln vs 479.7 mln", "Deposits 472.3 mln vs 440.3 mln", "Loans 299.2 mln vs 327.2 mln",
        "Note: 4th qtr not available.",
        "Year includes 1985 extraordinary gain from tax carry forward of 132,000 dlrs, or five cts per shr."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # "Mr. Icahn", "Inc. of Fort", "Jan. 8" and "Inc. analyst" are not cut either; a stop inside quotes is
    assert [len(s) for s in split_texts(REUTERS[2:8])] == [2, 2, 1, 3, 1, 1]


def test_a_batch_of_ascii_and_other_texts_keeps_its_order():
    # eval/docs/dev.jsonl (PIEtech): not ASCII, so cut by the pattern, in its place in the batch
    other = ("PIEtech, Inc., developer of industry leading MoneyGuidePro\u00ae financial planning software, was chosen "
             "to receive the Advisor Satisfaction Award at the recent TD Ameritrade Institutional Technology Summit.\n"
             "This is an exclusive event that brings together the registered investment advisor (RIA) industry\u2019s "
             "leading innovators.")
    texts = [REUTERS[3], other, REUTERS[2], ""]
    assert split_texts(texts) == [split_sentences(t) for t in texts]
    assert [len(s) for s in split_texts(texts)] == [2, 2, 2, 0]


def test_texts_of_stops_quotes_breaks_and_abbreviations_at_random_are_cut_as_the_pattern_cuts_them():
    rng = random.Random(9)
    parts = list(". .!?\n\"')]([\t\x0b\x1c_09,aB") + ["Inc", "U.S", "u.s.", "Mr", "Jan", "SEPT", "e.g", "approx",
                                                      "  ", "x.y.", "..", "a" * 40]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 120))) for _ in range(3000)]
    assert split_texts(texts) == [split_sentences(t) for t in texts]


def test_a_shard_is_analysed_as_each_text_is(monkeypatch):
    monkeypatch.setattr(paraphrase, "_ANALYSED", [{}, {}])
    together = analyse_texts(REUTERS)
    paraphrase._ANALYSED[:] = {}, {}
    assert together == [analyse(t) for t in REUTERS]

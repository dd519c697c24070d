"""A company a sentence only refers back to ("the company", "it") and what it is told of elsewhere in the
story: the rules' reading of such a party stands beside the relation model's choice (the model weighs pairs
of companies a sentence names); "it" is the one company told of so far where no company has yet spoken, and
no longer the last speaker's once a sentence opens on another company; a company right after a sale's verb
and before a count buys the shares, it is not sold; and a count grouped in thousands is no part of a name.
The sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import companies, found


def test_the_company_of_the_last_speaker_is_kept_beside_the_model(judged):
    got = found(judged, "The Halvane Corp's Halvane Mortgage Services said it signed a letter of intent to buy two "
                        "subsidiaries of the privately-held <Corvane Life Assurance Society>\nThe company said it "
                        "plans to acquire the Corvane Relocation Management Corp and the Corvane Realty Network Inc.")
    assert ("acquisition", "Halvane Mortgage Services", "Corvane Relocation Management") in got
    assert ("acquisition", "Halvane Mortgage Services", "Corvane Realty Network") in got


def test_it_is_the_one_company_told_of_before_any_spoke(rules):
    got = found(rules, "Dravenport Corp said first quarter net income rose 20 pct to 4.1 mln dlrs.\n"
                       "It said it agreed to buy Keltham Industries Inc for 30 mln dlrs.")
    assert got.get(("acquisition", "Dravenport", "Keltham Industries")) == "agreed"


def test_it_is_no_one_of_two_companies_told_of_before_any_spoke(rules):
    got = found(rules, "Dravenport Corp and Ostler Inc said first quarter net income rose 20 pct to 4.1 mln dlrs.\n"
                       "It said it agreed to buy Keltham Industries Inc for 30 mln dlrs.")
    assert not any(k[2] == "Keltham Industries" for k in got)


def test_a_sentence_opening_on_another_company_leaves_it_no_longer_the_speakers(rules):
    got = found(rules, "Firstgate Bancorp Inc said it agreed in principle to become a wholly owned subsidiary of "
                       "Malvern Group Inc.\nFirstgate, which has 675,000 shares outstanding, had assets of 186.5 mln "
                       "dlrs.\nMalvern Group as of Dec 31, 1986 had assets of 1.47 billion dlrs.\n"
                       "It owns Tellport Bank and Ostrander Trust Co.")
    assert ("stake", "Firstgate Bancorp", "Tellport Bank") not in got
    assert ("stake", "Firstgate Bancorp", "Ostrander Trust") not in got


@pytest.mark.parametrize("buyer", ["Quintor Inc", "<Quintor Inc>"])
def test_a_company_before_the_count_a_sale_sells_buys_it(rules, buyer):
    got = found(rules, "Halbrook Industries Inc said it would reduce its stake in Delmar Studios Inc to 22 pct.\n"
                       f"Halbrook said it would sell {buyer} 900,000 Delmar shares at seven dlrs a share.")
    assert ("divestment", "Halbrook Industries", "Quintor") not in got
    assert got.get(("divestment", "Halbrook Industries", "Delmar Studios")) == "agreed"


def test_a_count_grouped_in_thousands_is_no_part_of_a_name(rules):
    names = companies(rules, "H.R.S. said that under the deal's first stage, closing March 22, it would sell "
                             "Qintex 900,000 Hal Roach shares at seven U.S. dlrs a share.")
    assert not any("900" in n for n in names)

"""Deals told the way wire copy tells them (issue 15, part REL6): a unit being sold is still its
parent's, a bid for a counted part of the shares is a stake sought, "N pct-owned X" is the stake of
the company the sentence is about, and "it" or "the company" in a sentence that names no company
before it is the company an earlier sentence had speak. The rules alone are tested; the sentences are written for these tests and the companies in
them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


def test_a_unit_still_being_sold_is_still_its_parents(rules):
    got = found(rules, "Brannock Corp said it agreed to sell its Tarvel Instruments unit to Ollery Inc "
                       "for 40 mln dlrs.")
    assert got.get(("divestment", "Brannock", "Tarvel Instruments")) == "agreed", got
    assert got.get(("stake", "Brannock", "Tarvel Instruments")) == "active", got
    got = found(rules, "Brannock Corp said it ended talks on the sale of its Tarvel Instruments division "
                       "to Ollery Inc.")
    assert got.get(("stake", "Brannock", "Tarvel Instruments")) == "active", got


def test_a_part_named_after_a_company_is_no_unit_of_the_seller(rules):
    got = found(rules, "Ollery Inc said it agreed to acquire Brannock Corp's Tarvel Pictures film library.")
    assert ("stake", "Brannock", "Tarvel Pictures") not in got, got


@pytest.mark.parametrize("text", [
    "Ollery Inc said it is extending its offer of 12 dlrs a share for 2.5 mln Brannock Corp shares until Friday.",
    "Brannock Corp said its board is reviewing Ollery Inc's tender offer for 400,000 Brannock shares.",
    "Ollery Inc said it extended its offer for 40 pct of Brannock Corp to March 30.",
])
def test_a_bid_for_a_counted_part_of_the_shares_is_a_stake_sought(rules, text):
    got = found(rules, text)
    assert got.get(("stake", "Ollery", "Brannock")) == "proposed", got
    assert ("acquisition", "Ollery", "Brannock") not in got, got


def test_a_bid_for_all_the_shares_is_a_takeover(rules):
    got = found(rules, "Ollery Inc said it is extending its tender offer for all Brannock Corp shares until Friday.")
    assert got.get(("acquisition", "Ollery", "Brannock")) == "proposed", got
    assert ("stake", "Ollery", "Brannock") not in got, got


def test_a_percent_owned_company_is_the_stake_of_the_company_the_sentence_is_about(rules):
    got = found(rules, "Harwell Ltd said 62 pct-owned Tarvel Mining Ltd agreed to form a joint venture "
                       "with Ollery Inc.")
    assert got.get(("stake", "Harwell", "Tarvel Mining")) == "active", got
    got = found(rules, "Harwell Ltd said the merger of Tarvel Acquiring Corp, a wholly-owned subsidiary of "
                       "Ollery Inc, into Brannock Corp was approved.")
    assert ("stake", "Harwell", "Tarvel Acquiring") not in got, got


def test_it_and_the_company_stand_for_the_company_that_spoke_before(rules):
    got = found(rules, "Brannock Corp's Tarvel Finance unit said it signed a letter of intent to buy two "
                       "subsidiaries of Ollery Inc on Monday. The company said it plans to acquire Harwell "
                       "Mortgage Corp and Quennel Realty Inc.")
    # (agreed: the plan is the letter of intent signed the sentence before, ``ownership._units_planned``)
    assert got.get(("acquisition", "Tarvel Finance", "Harwell Mortgage")) == "agreed", got
    assert got.get(("acquisition", "Tarvel Finance", "Quennel Realty")) == "agreed", got
    assert ("acquisition", "Brannock", "Harwell Mortgage") not in got, got


def test_a_group_or_a_quotation_stands_for_no_earlier_company(rules):
    got = found(rules, "Brannock Corp said it received an offer from an investor group. "
                       "The group said it holds 9.8 pct of Ollery Inc.")
    assert ("stake", "Brannock", "Ollery") not in got, got
    got = found(rules, "Brannock Corp said it received an offer. "
                       "\"It was a surprise that it bought Ollery Inc,\" said a trader.")
    assert ("acquisition", "Brannock", "Ollery") not in got, got


def test_one_asked_to_advise_advises_not_the_one_that_asked(rules):
    got = found(rules, "Brannock Corp said it received an offer from Ollery Inc. The company said it asked "
                       "Harwell and Co to assist it and advise Brannock on the offer.")
    assert ("supply", "Brannock", "Brannock") not in got, got
    assert ("supply", "Harwell", "Brannock") in got, got


def test_a_merger_with_anothers_subsidiary_is_a_takeover(rules):
    got = found(rules, "Harwell Inc said its shareholders approved the merger with Tarvel Corp, a unit of Ollery Inc.")
    assert got.get(("acquisition", "Tarvel", "Harwell")) == "agreed", got
    assert ("merger", "Harwell", "Tarvel") not in got and ("merger", "Tarvel", "Harwell") not in got, got
    got = found(rules, "Harwell Inc said its shareholders approved the merger of a wholly-owned subsidiary of "
                       "Ollery Inc.")
    assert got.get(("acquisition", "Ollery", "Harwell")) == "agreed", got


def test_a_bid_the_possessive_names_is_for_the_company_that_speaks(rules):
    got = found(rules, "Harwell Inc said its board has rejected Ollery Corp's tender offer for all its shares.")
    assert got.get(("acquisition", "Ollery", "Harwell")) == "proposed", got
    got = found(rules, "Harwell Inc said it would not match Ollery Corp's offer.")
    assert ("acquisition", "Ollery", "Harwell") not in got, got


def test_the_bid_a_takeover_offer_is_read_where_the_offer_is(rules):
    got = found(rules, "Harwell Inc said it withdrew two proposals from its annual meeting so that it could focus "
                       "on responding to the takeover offer made last week by Ollery Corp.")
    assert ("acquisition", "Ollery", "Harwell") in got, got
    assert ("acquisition", "Harwell", "Ollery") not in got, got


def test_parties_that_agreed_not_to_pursue_a_deal_called_it_off(rules):
    got = found(rules, "Harwell Inc and Ollery Corp have agreed not to pursue further their talks on Ollery's "
                       "possible purchase of Tarvel Gas Co from Harwell.")
    assert got.get(("acquisition", "Ollery", "Tarvel Gas")) == "called_off", got


def test_a_unit_and_a_company_the_parse_joins_are_the_partners(rules):
    got = found(rules, "Harwell Corp said its Harwell Energy Inc unit and Tokyo-based Ollery Oil Co Ltd agreed to "
                       "conduct a joint-venture exploration program on selected Harwell leaseholds.")
    assert got.get(("joint_venture", "Harwell Energy", "Ollery Oil")) == "agreed", got
    assert ("joint_venture", "Harwell", "Harwell Energy") not in got, got


def test_a_relative_clause_on_a_plural_noun_is_not_the_named_companys(rules):
    got = found(rules, "Tarvel, a group of Ollery dealers, which already owns 17 pct of Ollery Corp, is appealing "
                       "the ruling.")
    assert ("stake", "Ollery", "Tarvel") not in got, got


def test_a_company_and_its_own_unit_are_no_partners(rules):
    got = found(rules, "The cooperation agreement between Harwell and Ollery's British subsidiary Ollery Systems Ltd "
                       "was signed on Monday.")
    assert ("alliance", "Ollery", "Ollery Systems") not in got, got

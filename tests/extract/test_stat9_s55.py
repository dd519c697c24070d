"""STAT9 (session 55): a bid's status settled by another sentence of the story, on wire copy of the Reuters
train split: the target's board approving the offer, or the story referring to the merger agreement as made, makes
an offer agreed; not where the story told bids of more than one pair before, nor where the board is the bidder's."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import mention_statuses


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


_SERVICE = ("NEW YORK, March 13 - <Service Control Corp> said it has started a tender offer for all shares of "
            "<American Service Corp> at 37 dlrs each.\nIn a newspaper advertisement, the company said the offer and "
            "withdrawal rights expire April Nine unless extended.  The American Service board has approved the offer, "
            "which is to be followed by a merger at the same price.")


def test_an_offer_its_targets_board_approved_is_agreed(rules):
    got = mention_statuses(rules, _SERVICE)
    assert got[("acquisition", "Service Control", "American Service")] == ["agreed"]


def test_an_offer_a_board_only_would_approve_stays_an_offer(rules):
    got = mention_statuses(rules, _SERVICE.replace("has approved the offer", "would consider the offer"))
    assert got[("acquisition", "Service Control", "American Service")] == ["proposed"]


def test_the_bidders_own_board_approving_its_offer_does_not_make_it_agreed(rules):
    got = mention_statuses(rules, _SERVICE.replace("The American Service board", "The Service Control board"))
    assert got[("acquisition", "Service Control", "American Service")] == ["proposed"]


def test_an_offer_told_approved_by_the_targets_board_in_a_relative_clause_is_agreed(rules):
    text = ("NEW YORK, April 2 - News Corp Ltd of Australia said it has started its previously announced tender offer "
            "for all shares of Harper and Row Publishers Inc at 65 dlrs per share.\nA merger at the tender price is to "
            "follow the offer, which has been approved by the Harper and Row board.")
    got = mention_statuses(rules, text)
    assert set(got[("acquisition", "News", "Harper and Row Publishers")]) == {"agreed"}


def test_an_approval_with_two_bids_told_before_settles_neither(rules):
    text = ("NEW YORK, March 24 - Ecolab Inc said it has started a tender offer for all shares of ChemLawn Corp at "
            "36.50 dlrs each.\nWaste Management Inc had made a hostile tender offer of 27 dlrs per share for "
            "ChemLawn.\nThe ChemLawn board has approved the tender.")
    got = mention_statuses(rules, text)
    assert "agreed" not in got.get(("acquisition", "Ecolab", "ChemLawn"), [])


def test_an_offer_whose_acquisition_agreement_the_story_tells_made_is_agreed(rules):
    text = ("NEW YORK, March 11 - <Qintex America Ltd> said it is again extending its offer of 13 dlrs a share for "
            "3.3 mln Princeville Development Corp shares until today from yesterday.\nQintex said it is extending the "
            "offer to allow Princeville to comply with federal law restricting the ownership of U.S. airlines by "
            "non-U.S. citizens and to finalize the terms and conditions of the letter of credit or bank guarantee "
            "required under the previously announced acquisition agreement.")
    got = mention_statuses(rules, text)
    assert set(got[("acquisition", "Qintex America", "Princeville Development")]) == {"agreed"}


_FAIRCHILD = ("WASHINGTON, March 12 - Commerce Secretary Malcolm Baldrige has asked the White House to consider blocking "
              "the planned Japanese acquisition of a major U.S. supercomputer and semiconductor manufacturer for "
              "national security reasons, U.S. officials said.\nThe officials, who asked not to be named, said "
              "yesterday that Baldrige has \"serious concerns\" about the sale of Fairchild Semiconductor Corp. to "
              "Fujitsu Ltd., another major electronics firm.\nThe officials told Reuters that if the sale went through "
              "it could leave the U.S. military overly dependent on a foreign company for vital high technology "
              "equipment used in its advanced missiles.")


def test_a_sale_told_by_its_noun_that_a_later_sentence_makes_conditional_is_not_done(rules):
    got = mention_statuses(rules, _FAIRCHILD)
    assert set(got[("acquisition", "Fujitsu", "Fairchild Semiconductor")]) == {"agreed"}


def test_a_sale_told_by_its_noun_with_nothing_pending_keeps_its_status(rules):
    got = mention_statuses(rules, _FAIRCHILD.replace("if the sale went through", "the sale"))
    assert "agreed" not in got[("acquisition", "Fujitsu", "Fairchild Semiconductor")]


def test_a_sale_a_later_sentence_tells_went_through_when_told_stays_done(rules):
    got = mention_statuses(rules, _FAIRCHILD.replace("if the sale went through", "when the sale went through"))
    assert "agreed" not in got[("acquisition", "Fujitsu", "Fairchild Semiconductor")]


def test_an_acquisition_subject_to_the_sellers_meeting_is_agreed(rules):
    text = ("STOCKHOLM, April 1 - Swedish mining and metals group Boliden AB said it would buy the mining equipment "
            "operations of the U.S. Allis-Chalmers Corp, amounting to more than 50 pct of group sales, for 600 mln "
            "crowns.\nBoliden president Kjell Nilsson told a news conference the acquisition of the Allis-Chalmers "
            "unit, which he described as the world's leading producer of equipment for the mineral processing "
            "industry, would yield positive synergy effects for Boliden mining, metals and engineering operations.\n"
            "The deal is subject to approval by Allis-Chalmers' annual meeting, company officials said.")
    got = mention_statuses(rules, text)
    assert got[("acquisition", "Boliden", "Allis-Chalmers")] == ["agreed"]

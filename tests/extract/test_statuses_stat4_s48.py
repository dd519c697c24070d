"""Statuses that stayed wrong on Reuters train (issue 16, STAT4): control won told as done is a takeover in
force, a holder's sale of a count of a company's shares cuts its stake (all of its shares end it), a bid
turned down in favour of another is lost, and a purchase planned right after an agreement to buy the units
is the one agreed. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


def found(extractor: RuleExtractor, text: str, rtype: RelationType, source: str, target: str):
    [ex] = extractor.extract([(1, text)])
    return [m for m in ex.mentions if m.type is rtype and (m.source, m.target) == (source, target)]


@pytest.mark.parametrize("text", [
    "Halvorsen Industries Inc won control of Quillon Corp last year after a long battle.",
    "Halvorsen Industries Inc gained control of Quillon Corp in January.",
    "Halvorsen Industries Inc has assumed control of Quillon Corp.",
])
def test_control_won_is_a_takeover_done(judged, text):
    [m] = found(judged, text, R.ACQUISITION, "Halvorsen Industries", "Quillon")
    assert m.status is S.ACTIVE


@pytest.mark.parametrize("text", [
    # sought, not won: no takeover told
    "Analysts expect Halvorsen Industries Inc to stage a tough campaign to gain control of Quillon Corp.",
    "Halvorsen Industries Inc said it may continue to explore the feasibility of gaining control of Quillon Corp.",
    # control of what is no company
    "Halvorsen Industries Inc won control of the board in a proxy fight.",
    # no subject of its own: whom the charge names is no party the parse gives the verb
    "Neither Marbeck nor Halvorsen has said that any talks were underway to resolve the dispute that arose when "
    "Marbeck Corp charged Halvorsen Industries Inc had improperly assumed control of Quillon Corp.",
])
def test_control_sought_or_of_no_company_is_no_takeover(judged, text):
    assert not found(judged, text, R.ACQUISITION, "Halvorsen Industries", "Quillon")


def test_shares_sold_by_count_cut_the_stake(judged):
    text = ("In a filing with the Securities and Exchange Commission, Halvorsen Industries Inc said it sold "
            "68,000 Quillon Corp common shares between Dec 18 and Feb 20.")
    [stake] = found(judged, text, R.STAKE, "Halvorsen Industries", "Quillon")
    assert stake.status is S.ACTIVE and stake.attributes.get("change") == "decrease"


def test_all_its_shares_sold_end_the_stake(judged):
    text = "Last week Halvorsen Industries Inc sold its 10.1 mln Quillon Corp shares."
    [stake] = found(judged, text, R.STAKE, "Halvorsen Industries", "Quillon")
    assert stake.status is S.ENDED


def test_shares_only_planned_for_sale_leave_the_stake(judged):
    text = "Halvorsen Industries Inc said it plans to sell 100,000 Quillon Corp common shares."
    assert not [m for m in found(judged, text, R.STAKE, "Halvorsen Industries", "Quillon")
                if m.attributes.get("change") == "decrease" or m.status is S.ENDED]


def test_bid_rejected_in_favour_of_another_is_lost(judged):
    text = ("Halvorsen Industries Inc said its 675 mln dlr offer for Quillon Corp was rejected in favour of a "
            "lower bid by Marbeck Holdings Inc.")
    [m] = found(judged, text, R.ACQUISITION, "Halvorsen Industries", "Quillon")
    assert m.status is S.CALLED_OFF


def test_bid_rejected_by_the_target_stays_an_offer(judged):
    text = "Quillon Corp said its board rejected a 27 dlr a share offer from Halvorsen Industries Inc."
    [m] = found(judged, text, R.ACQUISITION, "Halvorsen Industries", "Quillon")
    assert m.status is S.PROPOSED


def test_units_planned_after_an_agreement_to_buy_them_are_agreed(judged):
    text = ("CHERRY HILL, March 25 - Halvorsen Mortgage Services said it signed a letter of intent to buy two "
            "subsidiaries of the privately-held <Quillon Life Assurance Society>.\nThe company said it plans to "
            "acquire the Marbeck Relocation Management Corp and the Tessaly Realty Network Inc.")
    [ex] = judged.extract([(1, text)])
    bought = {m.target: m.status for m in ex.mentions if m.type is R.ACQUISITION and m.source == "Halvorsen Mortgage Services"}
    assert bought == {"Marbeck Relocation Management": S.AGREED, "Tessaly Realty Network": S.AGREED}


def test_units_planned_with_no_agreement_before_stay_planned(judged):
    text = ("CHERRY HILL, March 25 - Halvorsen Mortgage Services said it is studying a purchase of two "
            "subsidiaries of the privately-held <Quillon Life Assurance Society>.\nThe company said it plans to "
            "acquire the Marbeck Relocation Management Corp and the Tessaly Realty Network Inc.")
    [ex] = judged.extract([(1, text)])
    bought = {m.target: m.status for m in ex.mentions if m.type is R.ACQUISITION and m.source == "Halvorsen Mortgage Services"}
    assert bought and set(bought.values()) == {S.PROPOSED}

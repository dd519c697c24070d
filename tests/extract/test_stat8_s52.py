"""Statuses told by how 1987 wire copy words a deal's fate (STAT8, issue 16 item 2): an aborted agreement is
off; paying off a deal's debt ends no deal; a bid turned down a season or more before the story is over; talks
that could lead to a deal keep it in talks; a company formed to acquire another is a vehicle for a bid; a
medium's report is a rumour; talks denied are none; talks broken off call the deal off.

The sentences are excerpts of Reuters-21578 train stories (the tuning material), read at the trigger."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations.status import trigger_status
from keiretsu.extract.rules import load_model
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def stated(nlp, text: str, word: str, rtype: RelationType):
    doc = nlp(text)
    t = [y for y in doc if y.text == word][-1]
    return trigger_status(doc[:], t, rtype, text)


def test_an_aborted_agreement_is_called_off(nlp):
    text = ("The company said Heck's Chapter 11 filing could, however, affect Viner's previously reported legal "
            "action to recover costs from an aborted merger agreement with Heck's.")
    assert stated(nlp, text, "merger", R.MERGER)[0] is S.CALLED_OFF


def test_paying_off_a_deals_debt_ends_no_deal(nlp):
    text = "Encor will use proceeds from the debenture offer to retire bank debt incurred in the Aberford deal, it said."
    status, cues = stated(nlp, text, "deal", R.ACQUISITION)
    assert status not in (S.ENDED, S.CALLED_OFF) and "retire" not in cues


def test_a_bid_rejected_last_year_is_over(nlp):
    text = ("Late last year, Shearson's takeover offer to the E.F. Hutton Group Inc was rejected by Hutton, and "
            "analysts said there had been speculation that Shearson also was rebuffed.")
    assert stated(nlp, text, "offer", R.ACQUISITION)[0] is S.CALLED_OFF
    # a rejection of the day may still be answered: the bid stands
    recent = "Norcros Plc said its board rejected the offer from Williams Holdings Plc on Tuesday."
    assert stated(nlp, recent, "offer", R.ACQUISITION)[0] is S.PROPOSED


def test_talks_that_could_lead_to_a_deal_keep_it_in_talks(nlp):
    text = ("BOLOGNA, Italy, March 24 - Joint venture talks that could lead to Chrysler Corp taking a stake in "
            "Italian car maker Automobili Lamborghini SpA are continuing, a Lamborghini spokesman said.")
    assert stated(nlp, text, "stake", R.STAKE) == (S.IN_TALKS, ["talks"])


def test_a_company_formed_to_acquire_is_a_vehicle_for_a_bid(nlp):
    text = "Cyacq was formed by Citicorp Capital Investors Ltd and Audio Video Affiliates INc to acquire Cyclops."
    assert stated(nlp, text, "acquire", R.ACQUISITION)[0] is S.PROPOSED
    # a joint venture formed is formed
    jv = "Allen-Bradley Co said it has formed a joint venture with TDK Corp of Tokyo to produce ferrite magnets."
    assert stated(nlp, jv, "venture", R.JOINT_VENTURE)[0] is S.ACTIVE


def test_a_report_on_a_network_is_a_rumour(nlp):
    text = ("A report on Cable News Network today said Sun Chemical has 4.9 pct of Outboard and is conducting a "
            "study on whether to go for control of the whole company.")
    assert stated(nlp, text, "has", R.STAKE)[0] is S.RUMOURED


def test_talks_denied_are_none(nlp):
    text = ("Dome spokesman Annesley said in answer to a question that he was not aware of any negotiations now "
            "under way toward the sale of Dome Petroleum's 20.9 mln Dome Mines shares.")
    assert stated(nlp, text, "sale", R.DIVESTMENT) is None


def test_talks_broken_off_call_the_deal_off(nlp):
    # (the wire's "buit" for "but" leaves the parse no conjunction)
    text = "Earlier this year it negotiated a possible bid for Underwoods Plc buit the talks were broken off two weeks ago."
    assert stated(nlp, text, "bid", R.ACQUISITION)[0] is S.CALLED_OFF


def test_a_deal_announced_is_agreed_an_offer_announced_is_an_offer(nlp):
    text = ("Stockholders of Avia sued following the announcement of Reebok's proposed acquisition of Avia and the "
            "sudden drop in the price of Avia stock.")
    assert stated(nlp, text, "acquisition", R.ACQUISITION) == (S.AGREED, ["announcement"])
    offer = "Stockholders of Avia sued following the announcement of Reebok's proposed offer for Avia."
    assert stated(nlp, offer, "offer", R.ACQUISITION)[0] is S.PROPOSED


def test_a_deal_sought_by_a_party_the_story_says_is_negotiating_is_in_talks():
    from keiretsu.extract.rules import RuleExtractor

    text = ("AMSTERDAM, March 13 - KLM Royal Dutch Airlines <KLM.AS> said it is negotiating for a minority stake "
            "in a British and Commonwealth Shipping Plc <BCOM.L> courier service in a transaction which might "
            "include a convertible loan issue.\nKLM, already active in the fast growing door-to-door delivery market "
            "through a 50-pct stake in a Dutch courier service, is seeking to buy one-third of <IML Air Services "
            "Group Ltd> from British and Commonwealth.")
    [ex] = RuleExtractor().extract([(1, text)])
    told = {(m.type, m.target): m.status for m in ex.mentions if "IML" in m.target}
    assert told and all(s is S.IN_TALKS for s in told.values())
    # without the talks, seeking is a bid
    [ex] = RuleExtractor().extract([(1, text.split("\n", 1)[1])])
    assert {m.status for m in ex.mentions if "IML" in m.target} == {S.PROPOSED}

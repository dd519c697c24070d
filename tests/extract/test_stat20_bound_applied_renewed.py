"""Statuses that blind judges found wrong and the code still showed (STAT20), each from a general construction of
Reuters train: a party bound by a settlement not to take a company over for years has called the takeover off
(``lexicon.STANDSTILL``); a deal an applicant asks a regulator to approve is wanted, not done
(``lexicon.APPLIED_FOR``); a running tie whose document is renewed is in force (``lexicon.RENEWING``). The sentences
are Reuters train's (the story's id beside each)."""

from __future__ import annotations

import pytest

from keiretsu.extract import lexicon as L
from keiretsu.models import RelationType, Status

R, S = RelationType, Status


def told(extractor, text: str) -> set[tuple[str, str, str, str]]:
    [r] = extractor.extract([(1, text)])
    return {(m.type.value, m.source, m.target, m.status.value) for m in r.mentions if m.type is not R.ROLE}


# reuters-11867 (judged draw 698045b: the merger shown proposed, both judges: called off)
_CITADEL = ("GLENDALE, Calif., April 1 - Citadel Holding Corp said it has settled its litigation with Great Western "
            "Financial corp.\nThe company said under the terms, Great Western has agreed not to acquire or seek to "
            "acquire any voting securities of Citadel or propose a merger with Citadel for five years, and Citadel has "
            "paid Great Western six mln dlrs.")


def test_a_takeover_a_party_is_bound_off_for_years_is_called_off(judged):
    assert ("acquisition", "Great Western Financial", "Citadel", "called_off") in told(judged, _CITADEL)


# reuters-496 (up to the cap's sentence): a cap on buying more leaves the holdings, and the merger agreed, as they are
_CAPPED = [
    (
        "WASHINGTON, March 2 - Investor Sumner Redstone, who leads one of the two groups vying for control "
        "of Viacom International Inc, offered to sweeten his bid for the company by 1.50 dlrs a share cash "
        "and 1.50 dlrs in securities.\n"
        "In a filing with the Securities and Exchange Commission, Redstone, who controls Dedham, "
        "Mass.,-based National Amusements Inc, a theater chain operator, offered to raise the cash portion "
        "of its Viacom offer to 42 dlrs a share from 40.50 dlrs.\n"
        "Redstone also raised the face value of the preferred stock he is offering to 7.50 dlrs from six "
        "dlrs.\n"
        "The Redstone offer, which is being made through Arsenal Holdings Inc, a National Amusements "
        "subsidiary set up for that purpose, which also give Viacom shareholders one-fifth of a share of "
        "Arsenal common stock after the takeover.\n"
        "Viacom said earlier today it received revised takeover bids from Redstone and MCV Holdings Inc, a "
        "group led by Viacom management which is competing with Redstone for control of the company and "
        "already has a formal merger agreement with Viacom.\n"
        "The company did not disclose the details of the revised offers, but said a special committee of its "
        "board would review them later today.\n"
        "The Redstone group, which has a 19.5 pct stake in Viacom, and the management group, which has a 5.4 "
        "pct stake, have both agreed not to buy more shares of the company until a merger is completed, "
        "unless the purchases are part of a tender offer for at least half of the outstanding stock."
    ),
]


@pytest.mark.parametrize("text", _CAPPED)
def test_a_cap_on_buying_more_calls_nothing_off(judged, text):
    [r] = judged.extract([(1, text)])
    assert r.mentions and not [m for m in r.mentions if "agreed not to" in m.cues]


@pytest.mark.parametrize("sentence, bound", [
    # reuters-11867
    ("The company said under the terms, Great Western has agreed not to acquire or seek to acquire any voting "
     "securities of Citadel or propose a merger with Citadel for five years, and Citadel has paid Great Western six "
     "mln dlrs.", True),
    # reuters-3161: more stock capped, and control given up with no span
    ("Trump agreed not to buy any more Bally stock or to try to seek control of the company for 10 years, it said.",
     False),
    ("Under a February 21 deal, Bally agreed to buy 2.6 mln of the 3.06 mln shares held by Trump at 24 dlrs a share, "
     "or 62.4 mln dlrs, while Trump agreed not to try to seek control of Bally.", False),
    # reuters-1213: additional shares, until a date
    ("Tender Loving Care also said <Norrell Corp> agreed not to acquire any additional Staff Builders shares until "
     "September 30, adding Norrell was paid 750,000 dlrs for the standstill arrangement.", False),
])
def test_a_standstill_is_a_span_of_years_off_a_takeover(sentence, bound):
    assert (L.STANDSTILL.search(sentence) is not None) is bound


@pytest.mark.parametrize("text, fact", [
    # reuters-2948
    ("WASHINGTON, March 6 - The U.S. Department of Transportation (DOT) said it dismissed on technical grounds an "
     "application by Trans World Airlines Inc for DOT approval for it to take control of USAir Group.",
     ("acquisition", "Trans World Airlines", "USAir", "proposed")),
    # reuters-2948
    ("\"We have determined to dismiss TWA's application for approval of the acquisition of USAir,\" it said in an "
     "order issued late Friday.",
     ("acquisition", "TWA", "USAir", "proposed")),
])
def test_a_deal_its_applicant_asks_approval_of_is_wanted_not_done(judged, text, fact):
    assert fact in told(judged, text)


def test_a_share_purchase_applied_for_is_left_to_the_stake(judged):
    # reuters-1735: the purchase of up to 51 pct is one of shares, read as TWA's stake, which it holds meanwhile
    text = ("TWA said it is filing an application with the Department of Transportation seeking approval of the merger "
            "as well as an application for approval, on an expedited basis, of its purchase of up to 51 pct of USAir "
            "common and the deposit of the stock in a voting trust.")
    assert ("stake", "TWA", "USAir", "active") in told(judged, text)


def test_an_approval_received_is_no_application(judged):
    # reuters-10786: approval given, the deal settled, not an applicant's wish
    text = ("DENVER, March 30 - United Banks of Colorado Inc said it has received Federal Reserve Board approval to "
            "acquire IntraWest Financial Corp <INTW> in an exhcnmage of 0.7234 United share for each IntraWest share.")
    facts = told(judged, text)
    assert ("acquisition", "United Banks of Colorado", "IntraWest Financial", "agreed") in facts


def test_a_supply_agreement_renewed_is_in_force(judged):
    # reuters judged draw 698045b (Sun Microsystems supply Interleaf shown agreed; judges: active)
    text = ("MOUNTAIN VIEW, Calif., March 23 - Sun Microsystems Inc said it has received a one-year 15 mln dlr renewal "
            "of its agreement to provide Interleaf Inc <LEAF> with Sun-3 technical workstations on an original "
            "equipment basis.")
    assert ("supply", "Sun Microsystems", "Interleaf", "active") in told(judged, text)


def test_a_supply_agreement_signed_is_still_agreed(judged):
    # reuters-1753: a new agreement, nothing renewed
    text = ("SOUTH BURLINGTON, Vt., March 4 - Green Mountain Power Corp said it signed an agreement to provide "
            "<Bozrah Light and Power Co>, a private utility based in Gilman, Conn., with all its electric power "
            "requirements.")
    assert ("supply", "Green Mountain Power", "Bozrah Light and Power", "agreed") in told(judged, text)

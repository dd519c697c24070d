"""Ties the blind judges of the Reuters train build found wrong (REL28, issue 15): no merger with one's own unit;
a kin's title is no office; an office at an owner's unit is the unit's; "X, the Y unit of Z" makes Y the unit; a
relative clause after a name and its ticker is said of that name; a possessive on shares names their issuer; a
company a takeover noun under a sale names is not sold. The firms are made up (but Alfa Romeo)."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_merger_with_anothers_unit_is_no_merger_of_the_owner(rules):
    ties = found(rules, "Alfa Romeo was acquired late last year and merged with Brenmar's Corvex unit to form a new "
                        "company, Alfa-Corvex Industriale Spa <ALFI.MI>.")
    assert ("merger", "Brenmar", "Corvex") not in ties
    assert ("merger", "Corvex", "Brenmar") not in ties


def test_a_kins_title_is_no_office(rules):
    held = roles(rules, "Until now Brenmar AG has said only that it wanted to buy a 37.5 pct stake in Harlow from "
                        "the heirs of Ernst Wilhelm Stolz, the grandson of the firm's founder.")
    assert not [k for k in held if k[0] == "Ernst Wilhelm Stolz"]


def test_an_office_at_an_owners_unit_named_with_and_is_the_units(rules):
    held = roles(rules, "It said Charles H. Baker, former president of Brenmar and Haas Co's <BRH> Brenmar and "
                        "Haas Seed Inc affiliate, has been named president of the new agriculture unit.")
    assert ("Charles H. Baker", "Brenmar and Haas") not in held


def test_the_name_before_a_unit_noun_is_the_unit(rules):
    ties = found(rules, "It said the settlement is subject to negotiation by Harlow Northern Inc, the Corvex N.A. unit "
                        "of Brenmar Corp <BRC> and Delmont Trust Co <DTC>, the bonds' trustees.")
    assert ("stake", "Brenmar", "Harlow Northern") not in ties


def test_a_clause_after_a_name_and_its_ticker_is_said_of_that_name(rules):
    ties = found(rules, "The Alligator Mine is jointly owned by Harlow and Corvex, a unit of Corvex Inc <CVX>, "
                        "which is 90.5 pct owned by Brenmar Corp <BRC>, a Portland, Ore., holding company.")
    assert ("stake", "Brenmar", "Harlow") not in ties
    assert ties.get(("stake", "Brenmar", "Corvex")) == "active"


def test_a_possessive_on_shares_names_their_issuer(rules):
    ties = found(rules, "Under the agreement, Harlow Products will pay 5-3/8 dlrs a share for the 29 pct of "
                        "Brenmar's outstanding common shares it does not already own.")
    assert ("stake", "Brenmar", "Harlow Products") not in ties
    assert ties.get(("stake", "Harlow Products", "Brenmar")) == "active"


def test_a_company_another_deals_noun_names_is_not_sold(rules):
    ties = found(rules, "Harlow Financial Group said it might have to sell its Corvex Corp subsidiary as a result "
                        "of its proposed 1.3 billion dlr acquisition of Brenmar Bancorp <BRB>.")
    assert ("divestment", "Harlow Financial", "Brenmar Bancorp") not in ties
    assert ("divestment", "Harlow Financial", "Corvex") in ties


def test_whose_filing_tells_a_stake_is_no_party(rules):
    ties = found(rules, "Finally, Harlow Group Holdings Inc acquired nearly six pct of Corvex Corp, according to an "
                        "SEEC filing.")
    assert ("stake", "Harlow", "SEEC") not in ties
    assert [k for k in ties if k[0] == "stake" and k[2] == "Corvex"]


def test_equity_or_funds_provided_are_no_supply(rules):
    ties = found(rules, "The Harlow Capital group will provide the equity portion of the offer by contributing at least "
                        "125 mln dlrs in cash and Brenmar Broadcasting common, Harlow said.")
    assert not [k for k in ties if k[0] == "supply"]
    ties = found(rules, "Harlow Corp also said it would supply Corvex Systems Inc with 250,000 dlrs of operating funds.")
    assert not [k for k in ties if k[0] == "supply"]


def test_a_unit_to_be_headed_by_a_person_as_an_officer_is_an_office_ahead(rules):
    held = roles(rules, "The new Harlow-Corvex Minerals International Group will be headed by Jim Brenner as "
                        "executive general manager and chief executive officer.")
    assert [s for (p, _), (_, s) in held.items() if p == "Jim Brenner"] == [Status.AGREED]
    held = roles(rules, "Harlow Corp said the division will operate out of its Melrose Park manufacturing facility and "
                        "will be headed by Ramesh Delmont, Harlow vice president and general manager.")
    assert [s for (p, _), (_, s) in held.items() if p == "Ramesh Delmont"] == [Status.ACTIVE]

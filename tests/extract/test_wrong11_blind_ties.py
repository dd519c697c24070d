"""Ties the blind judges of the ninth session's draw of the Reuters train build found wrong (WRONG11), on the
stories' own sentences."""

from __future__ import annotations

from ..helpers import found


def test_a_unit_named_beside_its_owner_supplies_no_company_of_its_group(rules):
    ties = found(rules, "SOUTH BEND, Ind., March 11 - LTV Corp said Pakistan ordered 180 military trucks and spare parts "
                        "worth 18.5 mln dlrs from AM General, a unit of LTV's Missles and Electronics Group.")
    assert not [k for k in ties if k[0] == "supply"]
    assert ("stake", "Missles and Electronics", "AM General") in ties
    ties = found(rules, "ROCHESTER, N.Y., March 16 - AC Teleconnect Corp's unit, ACC Long Distance Corp, said customers in "
                        "Binghamton, Buffalo, Rochester and Syracuse, N.Y., will be able to place calls to Canada.")
    assert not [k for k in ties if k[0] == "supply"]
    assert ("stake", "AC Teleconnect", "ACC Long Distance") in ties
    # an order between two companies of no one group stands
    assert ("supply", "Airbus Industrie", "Swissair") in found(rules, "Swissair said it ordered six A310 jets from Airbus Industrie.")


def test_a_name_that_qualifies_a_noun_after_a_units_comma_is_no_unit(rules):
    text = ("The sales figures include sales of 7,056 cars from its new Acura division, which was not in place a year "
            "ago.\nIn the Acura division, Intera sales outpaced Legend sales.\n")
    assert not [k for k in found(rules, text) if k[0] == "stake" and k[1] == "Acura"]
    # the name set beside the unit noun is still the unit
    assert ("stake", "Pillsbury", "QSV Properties") in found(
        rules, "The company said Burger King and another Pillsbury unit, QSV Properties, will be the master limited "
               "partnership's general partner.")


def test_an_acquisition_by_a_tender_offer_still_to_begin_is_agreed(rules):
    ties = found(rules, "Hutton said the acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share for 83 "
                        "pct of Purolator's stock in a tender offer to begin Thursday.")
    assert ties[("acquisition", "PC Acquisition", "Purolator")] == "agreed"
    ties = found(rules, "Hutton said the acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share for 83 "
                        "pct of Purolator's stock in a tender offer.")
    assert ties[("acquisition", "PC Acquisition", "Purolator")] == "active"

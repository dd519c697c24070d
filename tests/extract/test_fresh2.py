"""What failed on fresh wire copy (FRESH2): errors of train5, fifty Reuters train stories labelled blind and never
tuned on, mended where the same cause recurs on the Reuters train split. Sentences of Reuters-21578 train stories."""

from __future__ import annotations

from tests.helpers import companies, found


def test_a_buyer_does_not_buy_its_own_unit(rules):
    # "its" under the buying verb is the teller's, who sells: not the buyer's, whose stake the unit would be
    text = "Gelco Corp (GEL) earlier said Air Canada agreed to buy its Canadian Gelco Express Ltd unit for 54 mln U.S. dlrs."
    ties = found(rules, text)
    assert ("stake", "Air Canada", "Canadian Gelco Express") not in ties
    assert ties[("stake", "Gelco", "Canadian Gelco Express")] == "active"
    assert ties[("divestment", "Gelco", "Canadian Gelco Express")] == "agreed"
    assert ties[("acquisition", "Air Canada", "Canadian Gelco Express")] == "agreed"


def test_its_unit_stays_the_tellers_when_the_teller_sells(rules):
    text = ("MINNEAPOLIS, March 18 - Gelco Corp said it signed a letter of intent to sell its Canadian courier unit, "
            "Gelco Express Ltd, to Air Canada for about 54 mln dlrs (U.S.).")
    ties = found(rules, text)
    assert ("stake", "Air Canada", "Gelco Express") not in ties
    assert ("divestment", "Gelco", "Gelco Express") in ties


def test_partnerships_in_the_plural_sold_with_a_unit_are_no_alliance(rules):
    text = ("DENVER, April 1 - M.D.C. Holdings Inc said it sold substantially all the assets of its oil and gas unit, "
            "Mizel Petro Resources Inc, and affiliated partnerships, for 38 mln dlrs in cash to <Parker and Parsley "
            "Petroleum Co>, Midland, Texas.")
    ties = found(rules, text)
    assert not any(rtype == "alliance" for rtype, _, _ in ties)
    assert ("divestment", "M.D.C. Holdings", "Mizel Petro Resources") in ties


def test_a_partnership_two_firms_form_is_still_an_alliance(rules):
    text = ("STOCKHOLM, March 6 - The Gillette Company <GS.N> and Sweden's Electrolux AB <ELUX.ST> said they would form a "
            "partnership to commercialise a new technology developed by the U.S. Firm which uses solar cells to generate "
            "electricity.")
    assert ("alliance", "Electrolux", "Gillette") in found(rules, text)


def test_the_canadian_review_agency_is_no_company(rules):
    text = ("The 18-dlr-a-share offer is being extended for Elders to obtain Canadian federal government approval for the "
            "acquisition of control of Carling. Elders said its application to Investment Canada is still being "
            "processed under normal review procedures.")
    assert "Investment Canada" not in companies(rules, text)


def test_a_firm_named_for_canada_stays_a_company(rules):
    text = ("MONTREAL, March 18 - Air Canada, the state-owned airline, said it signed a letter of intent to acquire 65 "
            "pct of EMS Corp, a Calgary-based messenger service which operates in Western Canada and the U.S..")
    assert "Air Canada" in companies(rules, text)


def test_shareholders_acting_unnamed_hold_nothing_for_the_other_firm(rules):
    text = ("NEW YORK, March 6 - Bancroft Convertible Fund Inc, the target of an unfriendly cash offer by <Zico "
            "Investment Holdings Inc>, said its shareholders approved proposals requiring a 66-2/3 pct affirmative vote.")
    assert ("stake", "Zico Investment", "Bancroft Convertible Fund") not in found(rules, text)


def test_shareholders_a_clause_names_still_hold(rules):
    text = ("Microtel's shareholders include Norfolk Southern Corp <NSC>, M/A-Com Inc <MAI>, Centel Corp <CNT>, Alltel "
            "Corp <AT> and E.F. Hutton Group Inc <EFH>.")
    assert ("stake", "Norfolk Southern", "Microtel") in found(rules, text)

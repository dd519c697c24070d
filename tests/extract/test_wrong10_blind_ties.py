"""Ties and statuses the blind judges of the Reuters train build found wrong (WRONG10, draw of seed 6129), on the
stories' own sentences."""

from __future__ import annotations

from ..helpers import found, roles


def test_a_unit_named_after_its_owners_ticker_and_bracket_merges_with_no_owner(rules):
    ties = found(rules, "LONDON, March 20 - <Newman Industries Plc> said it was discussing the possible merger of its "
                        "electric motor operations with Hawker Siddeley Group Plc's <HSID.L> <Brook Crompton Parkinson "
                        "Motors Ltd> unit.")
    assert not [k for k in ties if k[0] == "merger" and "Hawker Siddeley" in k]
    assert ("stake", "Hawker Siddeley", "Brook Crompton Parkinson Motors") in ties


def test_a_bank_owed_in_a_clause_of_its_own_buys_nothing_sold(rules):
    text = ("TORONTO, March 6 - Dome Petroleum Ltd is under pressure from one of its largest creditors, <Canadian "
            "Imperial Bank of Commerce>, to sell its 42 pct stake in <Encor Energy Corp Ltd>, industry analysts said.\n"
            "However, analysts said Dome will resist any moves to divest Encor in favor of retaining the operating "
            "assets since sale proceeds would likely go directly to pay down Dome's debt to Commerce Bank.\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "acquisition" and k[2] == "Encor Energy"]
    assert ("divestment", "Dome Petroleum", "Encor Energy") in ties
    # the buyer a sale's own "to" names still buys
    assert ("acquisition", "Gamma", "Beta") in found(rules, "Acme Corp said it agreed to sell Beta Inc to Gamma Corp.")


def test_shares_held_side_by_side_are_no_stake_in_each_other(rules):
    text = ("In Canada, Labatt is the leading brewer, with about 41 pct of the market, according to market analysts. "
            "<Molson Companies Ltd> holds about 32 pct and <Carling O'Keefe Ltd> has 23 pct, analysts estimate.")
    assert not [k for k in found(rules, text) if k[0] == "stake"]
    # a holder's own share of a company stays
    assert ("stake", "Acme", "Beta") in found(rules, "Acme Corp holds 40 pct of Beta Inc and Gamma Corp has 20 pct.")


def test_a_firm_engaged_to_evaluate_a_sale_sells_nothing(rules):
    ties = found(rules, "It said its previously-announced engagement of Salomon Inc <SB> to evaluate alternatives to "
                        "enhance shareholder values, including the possible sale of American Savings, is still being "
                        "actively pursued.")
    assert not [k for k in ties if "Salomon" in k]


def test_directors_named_after_others_resigned_hold_their_seats(rules):
    text = ("J.M. Resources Inc said Sam B. Myers and Richard L. Morgan will join its board.\n"
            "J.M. said all of its directors except Jack E. Manning Jr. have resigned and Myers and Morgan were named "
            "to the board.\n")
    found_roles = roles(rules, text)
    assert found_roles[("Richard L. Morgan", "J.M. Resources")][1].value == "active"
    assert found_roles[("Sam B. Myers", "J.M. Resources")][1].value == "active"


def test_a_name_inside_a_longer_one_is_not_that_company(rules):
    text = ("COLOMBO, March 5 - Sri Lanka's largest bank, the government-owned Bank of Ceylon, plans to adopt a more "
            "aggressive interest rate policy, the bank's new chairman Nimal Sandaratne told Reuters.\n"
            "Sandaratne was head of research at the Central Bank of Ceylon, the nation's central bank, until January.\n")
    found_roles = roles(rules, text)
    assert found_roles[("Nimal Sandaratne", "Bank of Ceylon")][0] == "Chairman"
    assert found_roles[("Nimal Sandaratne", "Bank of Ceylon")][1].value == "active"


def test_a_possible_takeover_analysts_tell_of_is_a_rumour(rules):
    text = ("CHICAGO, April 3 - Santa Fe Southern Pacific Corp may have more difficulty combining its two railroads "
            "than fending off a possible takeover by Henley Group <HENG>, which has accumulated almost a five pct "
            "stake in the real estate and railroad conglomerate, analysts said.")
    assert found(rules, text).get(("acquisition", "Henley", "Santa Fe Southern Pacific")) == "rumoured"
    # one a company tells of itself stays proposed
    assert found(rules, "Acme Corp said it is studying a possible acquisition of Beta Inc.").get(
        ("acquisition", "Acme", "Beta")) == "proposed"

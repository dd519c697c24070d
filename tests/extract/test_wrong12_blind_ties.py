"""Ties, statuses and nodes the blind judges of the Reuters train build R41 found wrong (WRONG12, the draw of main
1da5ea5), on the stories' own sentences, each beside what the rule leaves read."""

from __future__ import annotations

from ..helpers import companies, found, roles


def test_outstanding_units_bought_are_a_partnerships_paper_no_unit_sold(rules):
    ties = found(rules, "LOS ANGELES, March 2 - Renouf Corp of New Zealand said it has decided to proceed with its offer "
                        "for all outstanding units of Benequity Holdings at 31 dlrs per unit.")
    assert ("acquisition", "Renouf Corp of New Zealand", "Benequity") in ties
    assert not [k for k in ties if k[0] == "divestment"]
    # a company's unit bought from it is still its sale
    assert ("divestment", "Beta", "Gamma") in found(rules, "Acme Corp said it agreed to buy Beta Inc's Gamma Corp unit.")


def test_a_board_seat_asked_for_is_no_directorship(rules):
    text = ("In June 1986, Martin T. Sosnoff requested a seat on the Caesars World board, a request that has not yet "
            "been granted.")
    assert not [k for k in roles(rules, text) if k[1] == "Caesars World"]
    # a seat taken is one held
    held = roles(rules, "Caesars World said Martin T. Sosnoff has been elected to its board.")
    assert held.get(("Martin T. Sosnoff", "Caesars World"), (None,))[0] == "Director"


def test_a_deal_intermediarys_noun_opening_a_story_is_no_part_of_the_firms_name(rules):
    text = ("NEW YORK, March 31 - Underwriter Merrill Lynch and Co Inc <MER> said an initial public offering of "
            "1,216,700 common shares of Seacoast Savings Bank of New Hampshire is underway at 10 dlrs per share.")
    names = companies(rules, text)
    assert "Merrill Lynch" in names
    assert not [n for n in names if n.startswith("Underwriter")]
    # a name that goes on with an English word keeps it ("Dealer Holdings Ltd")
    assert "Dealer" in companies(rules, "NEW YORK, March 2 - Dealer Holdings Ltd said it extended its previously "
                                        "announced offer for Acme Corp.")


def test_an_investment_to_be_sold_is_told_by_the_sale(judged):
    ties = found(judged, "DALLAS, March 19 - Blockbuster Entertainment Corp said it will sell its investment in Amtech "
                         "Corp to the company chairman, David Cook, and president, Kenneth Anderson.")
    assert ties.get(("investment", "Blockbuster Entertainment", "Amtech")) != "agreed"
    assert ties.get(("divestment", "Blockbuster Entertainment", "Amtech")) == "agreed"
    # an investment sold is not called off
    ties = found(judged, "The company said it sold its equity investment in Bertram-Trojan Inc to an affiliate of "
                         "<Investcorp>.")
    assert "called_off" not in {s for k, s in ties.items() if k[0] == "investment"}


def test_its_unit_and_its_subsidiary_are_one_owners(rules):
    ties = found(rules, "SAN FRANCISCO, March 24 - Cooper Development Co said it revised results for the year.\nLast "
                        "August Cooper Development combined its Cooper Biomedical Inc unit and its Cooper Laboratories "
                        "subsidiary with Technicon Instruments Corp, a company acquired from Revlon Inc <REV>, a Cooper "
                        "spokesman said.\n")
    assert ("stake", "Cooper Biomedical", "Cooper Laboratories") not in ties
    assert ("stake", "Cooper Development", "Cooper Laboratories") in ties
    # a company and its unit joined by "and" stay the company's
    ties = found(rules, "Acme Corp said it agreed to sell Beta Inc and its Gamma Corp subsidiary to Delta Corp.")
    assert ("stake", "Beta", "Gamma") in ties


def test_a_bank_or_funds_foreign_word_alone_is_no_company(rules):
    text = ("MONTREAL, March 2 - The Montreal Exchange said it named Bruno Riverin, president of Quebec's Caisse centrale "
            "Desjardins, as its new president and chief executive officer.")
    assert "Caisse" not in companies(rules, text)

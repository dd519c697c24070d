"""Ties the graph showed wrong in a blind draw of 1987 wire copy: a company that agreed "to be acquired"
made the buyer, an exchange ratio of a bid read as a stake, a stake a company offers in itself read as its
holding in those offered it, a third company named in the description of a party ("an 80 pct partner in
Y") made a party, an investment's "by X in Y" read onto the sentence's subject, whom a passive verb lets or
limits ("would be limited to buying") set aside for the speaker, and a central bank by its short name as
an employer. The sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found, roles


def test_agreed_to_be_acquired_with_the_buyer_parsed_off_the_agent(rules):
    got = found(rules, "Halden agreed this past weekend to be acquired by managers of its courier business and "
                       "Brook Partners Inc in a leveraged buyout valued at 265 mln dlrs.")
    assert ("acquisition", "Halden", "Brook Partners") not in got, got


def test_agreed_to_be_acquired_with_no_by_still_has_the_subject_bought(rules):
    got = found(rules, "Corvel has agreed to be acquired Tamsin Group, which has a 90 dlrs a share tender "
                       "offer for Corvel outstanding.")
    assert ("acquisition", "Corvel", "Tamsin") not in got, got


def test_a_plain_passive_purchase_is_still_read(rules):
    got = found(rules, "Orlen Corp agreed to be acquired by Tamsin Inc for 40 mln dlrs.")
    assert ("acquisition", "Tamsin", "Orlen") in got, got


def test_an_exchange_ratio_is_a_bid_not_a_stake(rules):
    got = found(rules, "SYDNEY, March 13 - Marlow Holdings Ltd said it proposed a takeover offer for Piedra Ltd. "
                       "Marlow said in a statement it would offer one share for every two Piedra shares or "
                       "3.40 dlrs cash for each share.")
    assert not any(k[0] == "stake" for k in got), got
    assert ("acquisition", "Marlow", "Piedra") in got, got


def test_shares_bought_are_still_a_stake(rules):
    got = found(rules, "Marlow Corp said it bought 500,000 shares of Piedra Inc, or 6.2 pct of the total outstanding.")
    assert ("stake", "Marlow", "Piedra") in got, got


def test_a_stake_offered_in_itself_is_no_holding_in_those_offered_it(rules):
    got = found(rules, "Halcott Telecom Inc has offered a stake in the company to eight U.S. firms including "
                       "Vandry Motor Co and Orlen Bank, Halcott president Ken Ito said.")
    assert not any(k[0] == "stake" and k[1] == "Halcott Telecom" for k in got), got


def test_a_partner_described_beside_the_bought_company_is_no_party(rules):
    got = found(rules, "Brixton Health Inc said that it has acquired Calder Inc, an 80 pct partner in "
                       "Marlow Nutrition Services.")
    assert ("acquisition", "Brixton Health", "Calder") in got, got
    assert not any("Marlow Nutrition Services" in k and "Brixton Health" in k for k in got), got


def test_an_investment_by_one_in_another_is_theirs(rules):
    got = found(rules, "Orlen Life's investment in Vandry follows last year's investment by Halcott Bank Ltd "
                       "in Calder Securities Inc.")
    assert ("investment", "Halcott Bank", "Orlen Life") not in got, got
    assert ("investment", "Halcott Bank", "Calder Securities") in got, got


def test_whom_a_passive_verb_limits_is_the_buyer(rules):
    got = found(rules, "Piedra said if the application is dismissed, Tamsin would be limited to buying only "
                       "1.5 pct of its 31.7 mln outstanding shares.")
    assert ("stake", "Piedra", "Tamsin") not in got, got


def test_a_central_bank_by_its_short_name_employs_no_one(rules):
    got = roles(rules, "Peter Valden, head of the National Bank's legal department, said the move could help "
                       "combat the use of banks to launder money.")
    assert not any(c == "National Bank" for _, c in got), got


def test_a_bidder_allied_with_another_is_no_ally_of_the_target(rules):
    got = found(rules, "Bidders for Halcott Inc include Vandry Corp allied with Orlen SA, and Tamsin Ltd.")
    assert not any(k[0] == "alliance" and "Halcott" in k for k in got), got
    assert ("alliance", "Orlen", "Vandry") in got, got
    assert not any(k[0] == "alliance" and "Tamsin" in k for k in got), got


def test_allied_with_beside_a_bid_is_still_an_alliance(rules):
    got = found(rules, "Vandry Corp, allied with Orlen SA, made a bid for Halcott Inc.")
    assert ("alliance", "Orlen", "Vandry") in got, got


def test_warrants_sold_on_anothers_shares_are_no_divestment(rules):
    got = found(rules, "LUGANO, Switzerland, April 7 - Halcott Bank said it is selling 65,000 covered warrants at "
                       "255 Swiss francs each exercisable into shares of Vandry Chemicals Inc.")
    assert not any(k[0] in ("divestment", "stake") and k[1] == "Halcott Bank" for k in got), got


def test_a_sale_it_was_not_approached_about_is_no_sale(rules):
    got = found(rules, "CHICAGO, March 5 - Orlen Aircraft Corp, which has a five mln dlr investment in Piedra "
                       "Health Corp, said it has not been approached to sell its shares in Piedra Health.")
    assert ("divestment", "Orlen Aircraft", "Piedra Health") not in got, got
    assert ("investment", "Orlen Aircraft", "Piedra Health") in got, got


def test_some_subsidiaries_of_a_company_bought_are_not_the_company_bought(rules):
    got = found(rules, "Halcott Industrial Group Inc agreed to acquire all the U.S. assets of Vandry Co and the "
                       "stock of certain Brazilian and Mexican subsidiaries of Orlen Mining Corp, it said.")
    assert ("acquisition", "Halcott Industrial", "Orlen Mining") not in got, got


def test_all_the_subsidiaries_of_a_company_are_the_company(rules):
    got = found(rules, "Tamsin Corp agreed to acquire all the subsidiaries of Piedra Inc for 40 mln dlrs.")
    assert ("acquisition", "Tamsin", "Piedra") in got, got


def test_a_list_of_bidders_each_allied_with_another_pairs_only_the_allies(rules):
    got = found(rules, "Other candidacies to take over Halcott include West Germany's Vandry AG <VAND.F> allied "
                       "with Orlen SA <ORLN.PA>, Sweden's Tamsin AB <TAMS.ST> allied with Piedra SA <PIED.PA>, "
                       "and Canada's Calder Telecom Ltd <CAL.TO>.")
    alliances = {frozenset(k[1:]) for k in got if k[0] == "alliance"}
    assert not any("Halcott" in p for p in alliances), got
    assert frozenset({"Vandry", "Tamsin"}) not in alliances, got
    assert frozenset({"Vandry", "Orlen"}) in alliances, got


def test_units_of_a_partnership_sold_are_its_shares(rules):
    got = found(rules, "Halcott Transmission Corp said it will use part of the proceeds from the recent sale of "
                       "units of Calder Partners L.P. to finance the early redemptions.")
    assert ("divestment", "Halcott Transmission", "Calder Partners") in got, got

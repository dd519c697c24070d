"""Ties the blind judges of the Reuters train build R44 found wrong (WRONG14, issue 15), on the stories' own
sentences."""

from __future__ import annotations

from keiretsu.extract.gazetteer import Gazetteer

from ..helpers import companies, found


def test_a_contract_awarded_by_a_company_is_supplied_to_it(rules):
    ties = found(rules, "BETHPAGE, N.Y., April 1 - Grumman Corp said it was awarded a 28 mln dlr contract by McDonnell "
                        "Douglas Corp <MD> to develop flight control surfaces for the United States Air Force's new "
                        "C-17 transport aircraft.")
    assert ("supply", "Grumman", "McDonnell Douglas") in ties
    assert ("supply", "McDonnell Douglas", "Grumman") not in ties
    # awarded by no company: no customer named, and the system it builds is none
    ties = found(rules, "LOS ANGELES, March 16 - Systemhouse Inc said it has been awarded a 12 mln dlr contract by the "
                        "County of Los Angeles to design and develop its integrated County Justice Information System.")
    assert not [k for k in ties if k[0] == "supply"]
    # the active voice is read as before: the object supplies
    assert ("supply", "Ericsson", "AT&T") in found(rules, "AT&T Corp awarded Ericsson AB a contract to supply switches.")
    # and a right to sell the awarder's goods, passive, leaves the awarder supplying
    assert ("supply", "BC Tel", "Mitel") in found(rules, "Mitel Corp said it was awarded exclusive rights by BC Tel Inc "
                                                         "to sell its systems.")


def test_shares_sold_are_the_possessive_holders(rules):
    text = ("Fairfax said a fall in net interest also contributed to net earnings because group borrowings were reduced "
            "following the receipt of a 96.11 mln dlr capital dividend from <Australian Associated Press Pty Ltd> (AAP) "
            "after the sale of AAP's \"B\" shares in Reuters Holdings Plc <RTRS.L>.")
    ties = found(rules, text)
    assert ties.get(("divestment", "Australian Associated Press", "Reuters")) == "active"
    assert ties.get(("stake", "Australian Associated Press", "Reuters")) == "ended"
    assert not [k for k in ties if k[1] == "Fairfax"]
    # shares the teller sells are its own
    ties = found(rules, "Acme Corp said it completed the sale of its shares in Beta Inc.")
    assert ("divestment", "Acme", "Beta") in ties


def test_companies_a_clause_restricts_are_none_named_before(rules):
    text = ("\"There are unquestionably other buyers out there,\" added Kidder Peabody analyst Adam F. Cuhney. \"A lot "
            "of companies have looked at Fairchild and would be willing to buy it.\"\n"
            "Among the companies that would be interested in bidding for Fairchild are Advanced Micro Devices <AMD>, "
            "Sunnyvale, Calif., and LSI Logic Corp <LLSI>, Milpitas, Calif., industry analysts said.\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[1] == "Kidder, Peabody" and k[0] != "role"]
    # the companies the clause lists are the bidders
    assert [k for k in ties if k[0] == "acquisition" and k[1] == "AMD"]


def test_its_unit_under_anothers_possessive_is_that_ones(rules):
    text = ("MILWAUKEE, March 16 - Becor Western Inc said <Investment Limited Partnership> of Greenwich, conn., and "
            "Randolph W. Lenz are offering to acquire Becor for 15.50 dlrs per share, subject to Becor's receipt of "
            "at least 110 mln dlrs from the proposed sale of its Western Gear Corp subsidiary.")
    ties = found(rules, text)
    assert ("stake", "Becor Western", "Western Gear") in ties
    assert ("acquisition", "Investment Limited Partnership", "Becor Western") in ties
    assert not [k for k in ties if k[1] == "Investment Limited Partnership" and k[2] == "Western Gear"]
    # with no possessive above it, "its" is the clause's subject's
    ties = found(rules, "Acme Corp said it agreed to sell its Beta Inc subsidiary to Gamma Corp.")
    assert ("stake", "Acme", "Beta") in ties or ("divestment", "Acme", "Beta") in ties


def test_offers_weighed_by_holders_are_for_what_they_buy(rules):
    text = ("WASHINGTON, April 7 - Two New York management investment firms told the Securities and Exchange "
            "Commission they had increased their holdings in Purolator Courier Corp to 7.2 pct, from 6.2 pct.\n"
            "Mutual Shares Corp and Mutual Qualified Income Fund Inc said they were weighing offers to buy Purolator "
            "shares from PC Acquisition Inc, a unit of E.F. Hutton LBO Inc, for 35 dlrs a share, and from EAF "
            "Acquisitions Corp Inc, a unit of Emery Air Freight Corp. at 40 dlrs\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[2] in ("Mutual Shares", "Mutual Qualified Income Fund") and k[0] == "acquisition"]
    # an offer from a bidder with no verb of its own is for the one that receives it
    assert ("acquisition", "Beta", "Acme") in found(rules, "Acme Corp said it received an offer from Beta Inc.")


def test_initials_written_with_a_group_word_and_a_legal_form_are_another_firm(rules):
    gaz = Gazetteer.default()
    assert gaz.lookup("MHI Group Inc") is None
    assert gaz.lookup("MHI Group").name == "Mitsubishi Heavy Industries"  # the Japanese firm's group
    assert gaz.lookup("Mitsubishi Heavy Industries Ltd").name == "Mitsubishi Heavy Industries"
    text = ("TALLAHASSEE, Fla., March 23 - MHI Group Inc said it is affiliated with several investors who have entered "
            "into a letter of intent providing for the purchase of Star of David Memorial Gardens and Cemetery.")
    assert "Mitsubishi Heavy Industries" not in companies(rules, text)


def test_a_bid_the_subject_makes_to_buy_from_a_seller_is_read_as_before(rules):
    ties = found(rules, "Chrysler has made a 1.3 billion dlr bid to buy AMC from its French parent Renault.")
    assert ("acquisition", "Chrysler", "AMC") in ties
    assert ("divestment", "Renault", "AMC") in ties


def test_parts_bought_by_a_verb_joined_to_another(rules):
    text = ("GREENWHICH, Conn., March 11 - Lone Star Industries Inc said it signed an agreement to buy or lease five "
            "import cement terminals from Hanson Industries' Kaiser Cement Corp.")
    ties = found(rules, text)
    assert ("acquisition", "Lone Star Industries", "Kaiser Cement") not in ties
    assert ("divestment", "Hanson Industries", "Kaiser Cement") not in ties
    # a company the joined verb takes is bought as before
    assert ("acquisition", "Acme", "Beta") in found(rules, "Acme Corp agreed to buy and operate Beta Inc.")

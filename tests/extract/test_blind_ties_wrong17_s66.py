"""Ties the blind judges of the Reuters train build R48 found wrong (WRONG17, issue 15), on the stories' own
sentences."""

from __future__ import annotations

from ..helpers import found, roles


def test_a_product_bought_is_no_company_bought(rules):
    ties = found(rules, "One year before it was privatised in April 1985, <Nippon Telegraph and Telephone Corp> (NTT) "
                        "bought a Cray supercomputer, an NTT official said, the only public sector purchase of a U.S. "
                        "Supercomputer to date.")
    assert not [k for k in ties if k[0] == "acquisition" and k[2] == "Cray Research"]
    # a count before a maker's name counts its goods
    ties = found(rules, "LONG BEACH, Calif, April 1 - McDonnell Douglas Corp <MD> said Finnair, the national airline of "
                        "Finland, will purchase two McDonnell Douglas MD-11 advanced long-range tri-jets with options "
                        "for two more.")
    assert ("acquisition", "Finnair", "McDonnell Douglas") not in ties
    ties = found(rules, "WESTPORT, Conn., April 7 - University Patents Inc said its optical products subsidiary sold "
                        "5,652 Alges soft bifocal contact lenses in March, after allowances for exchanges and returns.")
    assert not [k for k in ties if k[0] == "divestment" and k[2] == "Alges"]
    # ... while a count of a company's shares is a holding
    ties = found(rules, "Lilly said it sold 400,000 Liposome Co Inc common shares on March 17 at eight dlrs each.")
    assert ("divestment", "Eli Lilly", "Liposome") in ties or ("divestment", "Lilly", "Liposome") in ties


def test_a_part_of_all_a_companys_assets_is_no_takeover(rules):
    ties = found(rules, "A partnership of two Belgian-owned firms, <Petrofina S.A.> and <Cometra Oil S.A.> paid 150 mln "
                        "dlrs late last year to buy virtually all the exploration assets of the Williams Cos <WMB>, the "
                        "Oklahoma pipeline firm.")
    assert ("acquisition", "Petrofina", "Williams") not in ties
    assert ("divestment", "Williams", "Petrofina") in ties
    # all its assets, or all its outstanding units, are the company
    assert ("acquisition", "Acme", "Beta") in found(rules, "Acme Corp agreed to buy all the assets of Beta Inc.")
    ties = found(rules, "LOS ANGELES, March 2 - Renouf Corp of New Zealand said it has decided to proceed with its "
                        "offer for all outstanding units of Benequity Holdings at 31 dlrs per unit.")
    assert [k for k in ties if k[0] == "acquisition" and k[2] == "Benequity"]


def test_the_shares_another_does_not_own_are_the_rest(rules):
    ties = found(rules, "NEW YORK, March 9 - MTS Acquisition Corp said it will need about 907 mln dlrs to acquire the "
                        "31,781,461 Caesars World Inc shares not owned by its owner, Martin T. Sosnoff.")
    assert ("acquisition", "MTS Acquisition", "Caesars World") in ties
    assert ("stake", "MTS Acquisition", "Caesars World") not in ties


def test_its_office_is_not_the_outlet_told_nor_the_bank_named_before(rules):
    got = roles(rules, "Today, a UAL executive told Reuters its chairman Richard Ferris spoke with Trump last week.")
    assert ("Richard Ferris", "UAL") in got
    assert ("Richard Ferris", "Reuters") not in got
    got = roles(rules, "ABU DHABI, March 28 - The Inter-Arab Cambist Association (ICA) elected Abdullah al-Dakhil of "
                       "Kuwait's Burgan Bank its new chairman, succeeding Hani Ramadan of Beirut Riyad Bank for a "
                       "three-year term, ICA officials said")
    assert not [k for k in got if k[0] == "Hani Ramadan"]
    # "its" joined to a company is that company's
    got = roles(rules, "NEW YORK, March 6 - <Rapid-American Corp> said its Faberge Inc subsidiary was granted approval "
                       "by federal court to pursue its 11 mln dlr fraud suit against <Porterfield Buying Unit> and its "
                       "partners.\nFaberge said the U.S. District Court, Southern District of New York, reinstituted the "
                       "suit against Porterfield and its partners Samuel Wyman and Grace Porterfield, vacating an "
                       "earlier court decision dismissing the suit.\n")
    assert ("Samuel Wyman", "Porterfield Buying Unit") in got
    # and "its" after a company that speaks is its own
    assert ("John Smith", "Acme") in roles(rules, "Acme Corp said its president, John Smith, resigned.")


def test_a_company_naming_a_market_is_no_customer(rules):
    ties = found(rules, "NEW YORK, March 2 - Scientific Micro Systems Inc said it has acquired Supermac Technology, a "
                        "rapidly growing supplier of enhancement products and disc drive subsystems for the Apple "
                        "personal computer market.")
    assert not [k for k in ties if k[0] == "supply"]
    assert ("supply", "Acme", "Apple Computer") in found(rules, "Acme Corp is a supplier of disc drives for Apple "
                                                               "Computer Inc.")


def test_talks_on_a_sale_the_story_told_are_no_alliance(rules):
    text = ("BOCA RATON, Fla., March 19 - Telecom Plus International Inc said the closing of the sale of its 65 pct "
            "interest in Tel Plus Communications Inc to <Siemens AG> has been delayed.\n"
            "The company said it will be continuing its talks with Siemens and based on current circumstances "
            "believes the transaction could close next week.\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "alliance"]
    assert ("divestment", "Telecom Plus International", "Tel Plus Communications") in ties
    # talks with a company no earlier deal named are read as before
    ties = found(rules, "CHICAGO, March 9 - McDonnell Douglas Corp said recent talks with Airbus Industries about "
                        "joint development and production of a new jetliner with the European aircraft manufacturing "
                        "consortium have been very informal.")
    assert [k for k in ties if k[0] == "alliance"]


def test_what_the_first_of_two_joined_verbs_takes_does_not_act_in_the_second(rules):
    text = ("TWA Chairman Carl Icahn was the buyer. There was also speculation that Icahn would like to buy USAir and "
            "then sell TWA as a merged company.")
    assert not [k for k in found(rules, text) if k[0] == "divestment" and k[1] == "USAir"]
    ties = found(rules, "Acme Corp said it would buy Beta Inc and sell Gamma Corp.")
    assert ("divestment", "Acme", "Gamma") in ties
    assert ("acquisition", "Acme", "Beta") in ties

"""Relationship recall on real news (RECALL9, issue 15), on sentences of Reuters train stories (tuning material).

"Owner's Unit unit": an owner's possessive right before the name of its unit and the noun "unit", "subsidiary",
"affiliate" or "division", which the parse hangs elsewhere when a name holds "and" (wire copy's "Gulf and Western
Inc", "Merrill Lynch and Co Inc") or the owner's place comes before the "'s" ("Electrolux AB of Sweden's")."""

from __future__ import annotations

from ..helpers import found


def test_an_owner_whose_name_holds_and_owns_the_unit_after_its_possessive(rules, judged):
    text = ("NEW YORK, March 27 - Gulf and Western Inc's Simon and Schuster Inc unit said it will become the exclusive "
            "worldwide distributor for Walt Disney Co's educational films, videos and filmstrips.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Gulf and Western", "Simon and Schuster")) == "active"
    text = ("CALGARY, March 20 - Asamera Inc said it has agreed for Merrill Lynch and Co Inc's <MER> Merrill Lynch "
            "Canada Inc subsidiary to offer three mln Asamera common shares at 13.625 Canadian dlrs each.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Merrill Lynch", "Merrill Lynch Canada")) == "active"


def test_an_owner_with_a_comma_in_its_name_and_a_ticker_owns_its_unit(rules):
    text = ("Prudential said its new real estate unit will be headed by Jerome M. Cole, who has been chairman of Sears, "
            "Roebuck and Co Inc's <S> Coldwell Banker Residential Affiliates Inc unit.")
    assert found(rules, text).get(("stake", "Sears Roebuck", "Coldwell Banker Residential Affiliates")) == "active"


def test_an_owner_named_with_its_country_owns_its_unit(rules, judged):
    text = ("ASHEVILLE, N.C., March 30 - The North Carolina Department of Commerce said Electrolux AB of Sweden's "
            "White Consolidated Industries subsidiary will locate a new 15 mln dlr parts distribution center at "
            "Asheville, N.C.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Electrolux", "White Consolidated Industries")) == "active"
    text = ("GARDENA, Calif., March 4 - Honda Motor Co Ltd of Japan's American Honda Motor Co Inc unit said its "
            "February sales rose to 56,704 from 48,443 a year ago.")
    assert found(rules, text).get(("stake", "Honda", "American Honda")) == "active"


def test_no_unit_where_of_names_no_place_or_no_unit_noun_follows(rules):
    # a firm "of" a firm is no owner's place; a product after the possessive is no unit
    ties = found(rules, "Acme Corp of Beta Inc's Gamma Co unit said it would cut jobs.")
    assert ("stake", "Acme", "Gamma") not in ties
    ties = found(rules, "Gulf and Western Inc's Simon and Schuster Inc said it will distribute Walt Disney Co's films.")
    assert not [k for k in ties if k[0] == "stake"]


def companies(extractor, text: str) -> set[str]:
    [ex] = extractor.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind.value == "company"}


def test_the_name_between_an_owners_possessive_and_unit_is_a_company(rules):
    # train2 (reuters-2325): the buyer is the unit, its owner holds it
    text = ("WESTLAKE VILLAGE, Calif., March 5 - Bishop Graphics Inc said it completed the sale of its Newport Beach Art "
            "Supply Center to Standard Brands Paint Co's <SBP> Art Store unit.")
    ties = found(rules, text)
    assert ties.get(("stake", "Standard Brands Paint", "Art Store")) == "active"
    assert ties.get(("acquisition", "Art Store", "Newport Beach Art Supply Center")) == "active"
    text = ("HAUPPAUGE, N.Y., March 2 - Eagle Telephonics Inc said it signed a two-year agreement under which Pacific "
            "Telesis Group's <PAC> Pacific Bell unit will buy its Eagle line of electronic key telephone systems.")
    assert found(rules, text).get(("stake", "Pacific Telesis", "Pacific Bell")) == "active"
    assert "Cleveland Pneumatic" in companies(rules, "The company said Pneumo's Cleveland Pneumatic unit will build "
                                                     "300 shipsets.")
    assert "CP Rail" in companies(rules, "The company said its CP Rail division reported 1986 net income of 96 mln dlrs.")


def test_where_a_unit_is_or_what_it_does_names_no_company(rules):
    for text, word in (("TORONTO, March 18 - Air Canada said it agreed to acquire Gelco Corp's Canadian unit, Gelco "
                        "Express Ltd.", "Canadian"),
                       ("The notes and paper will be issued by IEL's Sydney-based subsidiary, IEL Finance Ltd.",
                        "Sydney"),
                       ("CPC International Inc said it has completed the sale of its South African subsidiary "
                        "Robertsons Pty Ltd.", "African"),
                       ("Gould Inc said it sold its French Battery unit, Cie Francaise d'Electro-Chimie.", "Battery"),
                       ("Perini's Western division and Tuto-Saliba Corp have been awarded a contract.", "Western"),
                       ("Power output at its Three Mile Island unit one was cut to 85 pct.", "Island")):
        assert not [n for n in companies(rules, text) if word in n], text


def test_the_bidder_after_a_sold_unit_is_the_nouns_whatever_the_parse_hangs_it_from(rules):
    # the parse hangs "by First Union ..." from "approved": the seller's own subsidiary is sold, not bought by it
    text = ("JACKSONVILLE, Fla, March 27 - First Sarasota Bancorp said its shareholders approved the acquisition of its "
            "City Commercial Bank subsidiary by First Union Corp's <FUNC> First Union National Bank of Florida.")
    ties = found(rules, text)
    assert ties.get(("acquisition", "First Union National Bank of Florida", "City Commercial Bank")) == "agreed"
    assert ties.get(("divestment", "First Sarasota Bancorp", "City Commercial Bank")) == "agreed"
    assert ("acquisition", "First Sarasota Bancorp", "City Commercial Bank") not in ties
    # a date after "by" names no bidder
    ties = found(rules, "Acme Corp said it completed the acquisition of Beta Inc by March 31.")
    assert ties.get(("acquisition", "Acme", "Beta")) == "active"

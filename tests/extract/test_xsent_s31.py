"""Units a sale leaves unnamed in its own sentence and a later sentence names: "X said it sold three overseas
subsidiaries to Y. ... The units sold were A, B and C", "X agreed to sell its Norwegian subsidiary to Y. The
principal asset of the subsidiary, A, is ...", "Y agreed to buy two subsidiaries of X. The company said it plans
to acquire A and B": X sold A, Y bought it, X's stake in it ends (or, the sale not done, still stands). Only
within two sentences of the sale, only units said to be the seller's, and only where the sale names seller and
buyer; the seller's stake said to end where the sale is done and to stand where it is still to be done (RECALL11:
the labels keep a parent's stake in a unit it is selling, as they do where one sentence tells the sale); not a company whose name the text goes on
with ("Sunbeam Corp Ltd Australia" read as Sunbeam). The sentences are written for these tests and the
companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_the_units_sold_were_a_list(rules, judged):
    text = ("Dravenport International Inc said it sold three overseas subsidiaries to Keltham Corp Ltd, a Sydney "
            "investment group.\nThe sale price was not disclosed.\nThe units sold were Morlaine Corp Ltd, "
            "Tessaly Ltd and Orvane (U.K.) Ltd.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        for unit in ("Morlaine", "Tessaly", "Orvane (U.K)"):
            assert got.get(("divestment", "Dravenport International", unit)) == "active"
            assert got.get(("acquisition", "Keltham", unit)) == "active"
            assert got.get(("stake", "Dravenport International", unit)) == "ended"


def test_the_subsidiary_named_beside_another_noun(rules):
    got = found(rules, "Harwick Industries Ltd said it agreed to sell its wholly owned Norwegian subsidiary to "
                       "Corvane Norge A/S for 13 mln dlrs.\nThe principal asset of the subsidiary, Harwick "
                       "Exploration Norge A/S, is an eight pct interest in an offshore gas field.")
    assert got.get(("divestment", "Harwick Industries", "Harwick Exploration Norge")) == "agreed"
    assert got.get(("acquisition", "Corvane Norge", "Harwick Exploration Norge")) == "agreed"
    assert got.get(("stake", "Harwick Industries", "Harwick Exploration Norge")) == "active"  # its own till the sale


def test_the_sellers_marketing_companies_are_its_units(rules):
    got = found(rules, "Harwick Plc said it had reached agreement in principle to sell its wholly owned U.K. "
                       "marketing companies to Corvane Petroleum Corp for around 50 mln stg.\nHarwick's marketing "
                       "units include Harwick Golden Eagle Ltd which made a profit of 1.4 mln stg.")
    assert got.get(("divestment", "Harwick", "Harwick Golden Eagle")) == "agreed"
    assert got.get(("acquisition", "Corvane Petroleum", "Harwick Golden Eagle")) == "agreed"


def test_a_name_cut_short_is_no_unit_sold(rules):
    got = found(rules, "Dravenport International Inc said it sold two overseas subsidiaries to Keltham Corp Ltd.\n"
                       "The units sold were Morlaine Corp Ltd Australia, Tessaly New Zealand Ltd and Orvane Ltd.")
    assert ("divestment", "Dravenport International", "Tessaly New Zealand") in got
    assert not any(k[2] == "Morlaine" for k in got)


def test_what_the_buyer_acquires_next_is_the_units_of_the_seller(judged):
    got = found(judged, "Halvane Mortgage Services Inc said it signed a letter of intent to buy two subsidiaries "
                        "of the privately-held Corvane Life Assurance Society.\nThe company said it plans to "
                        "acquire the Corvane Relocation Management Corp and the Corvane Realty Network Inc.")
    for unit in ("Corvane Relocation Management", "Corvane Realty Network"):
        assert ("divestment", "Corvane Life Assurance Society", unit) in got
        assert got.get(("stake", "Corvane Life Assurance Society", unit)) == "active"  # a letter of intent: still its own
        assert ("acquisition", "Halvane Mortgage Services", unit) in got


def test_a_unit_named_long_after_the_sale_is_no_unit_sold(rules):
    got = found(rules, "Dravenport International Inc said it sold three overseas subsidiaries to Keltham Corp Ltd."
                       "\nThe sale price was not disclosed.\nDravenport said profits rose.\nIts chairman retired."
                       "\nThe units sold were Morlaine Corp Ltd and Tessaly Ltd.")
    assert not any(k[2] == "Morlaine" for k in got)


def test_units_of_no_one_named_are_no_units_sold(rules):
    got = found(rules, "Dravenport International Inc said it sold a subsidiary to Keltham Corp Ltd.\n"
                       "The subsidiary, Morlaine Corp Ltd, makes lawn mowers.")
    assert not any(k[2] == "Morlaine" for k in got)


def test_another_companys_units_are_not_the_sellers(rules):
    got = found(rules, "Dravenport International Inc said it sold two subsidiaries to Keltham Corp Ltd.\n"
                       "Keltham's units include Morlaine Corp Ltd.")
    assert ("divestment", "Dravenport International", "Morlaine") not in got


def test_units_a_letter_of_intent_names_next_stay_the_sellers(judged):
    """A story of train2 (reuters-9338): the two subsidiaries a signed letter of intent is to buy are named in the
    next sentence; till the purchase is done they are still the seller's."""
    got = found(judged, "CHERRY HILL, March 25 - The Travelers Corp's Travelers Mortgage Services said it signed a "
                        "letter of intent to buy two subsidiaries of the privately-held <Equitable Life Assurance "
                        "Society of the U.S.>\nThe company said it plans to acquire the Equitable Relocation "
                        "Management Corp and the Equitable Realty Network Inc.")
    for unit in ("Equitable Relocation Management", "Equitable Realty Network"):
        assert got.get(("stake", "Equitable Life Assurance Society of the U.S", unit)) == "active"
        assert got.get(("divestment", "Equitable Life Assurance Society of the U.S", unit)) == "agreed"

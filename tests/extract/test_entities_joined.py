"""Where a company's name starts and ends (issue 15's span class of junk nodes): names joined by "and",
a foreign "und", a legal form or a spaced hyphen, written as one name; pieces the parse split or cut
("Quayle" of "Marsh and Quayle", "Tron Systems" of "Kel - Tron Systems"); words glued before a name;
a foreign word that opens firms' names. Sentences written here in the style of wire copy; the firms
are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, whole, pieces", [
    # written whole twice in the story
    ("Walton Group said it agreed to buy Marsh and Quayle for 30 mln dlrs. Marsh and Quayle said the price "
     "was fair.", "Marsh and Quayle", {"Marsh", "Quayle"}),
    # a legal suffix ends it, a person's name opens it
    ("Carrow Futures Inc said it agreed to acquire Dennis Morrell and Pryce Inc for 12 mln dlrs.",
     "Dennis Morrell and Pryce", {"Pryce", "Morrell and Pryce"}),
    # a possessive ends it
    ("Walton Group said it agreed to buy a stake in Harkness and Bell's. Harkness and Bell's said it "
     "welcomed the offer.", "Harkness and Bell", {"Bell", "Harkness"}),
    # a foreign "und" after a word cut at its hyphen
    ("Walton Group said it agreed to buy Rheinische Hypotheken- und Wechselbank AG.",
     "Rheinische Hypotheken- und Wechselbank", {"Wechselbank", "Hypotheken", "Rheinische"}),
    # a legal form inside the name
    ("Farsta AB K.L. Lindqvist said it will acquire Northfield Cable Corp for 40 mln dlrs.",
     "Farsta AB K.L. Lindqvist", {"Farsta", "K.L. Lindqvist"}),
    # a spaced hyphen
    ("Walton Group said it agreed to acquire Kel - Tron Systems Inc.", "Kel-Tron Systems", {"Tron Systems"}),
])
def test_a_name_joined_inside_is_one_company(rules, text, whole, pieces):
    found = companies(rules, text)
    assert whole in found
    assert not found & pieces


def test_the_people_a_partnership_is_named_after_are_no_people_there(rules):
    text = "Carrow Futures Inc said it agreed to acquire Dennis Morrell and Pryce Inc for 12 mln dlrs."
    assert "Dennis Morrell" not in people(rules, text)


@pytest.mark.parametrize("text, apart", [
    # "and" between two firms the story names apart, or in a deal
    ("SABRE Breweries agreed to sell Peverell and Grange to Tolland Group for 2.5 billion euros.",
     {"Peverell", "Grange"}),
    # an acronym is a name of its own; a number goes on from the run
    ("The plant has been closed since a contract between KBT and Local 222 of the meat workers' union "
     "expired. KBT said it agreed to buy Zenwick Corp.", {"KBT"}),
])
def test_two_firms_joined_by_and_stay_two(rules, text, apart):
    assert apart <= companies(rules, text)


def test_a_firm_the_story_names_alone_is_no_piece_of_a_joined_name(rules):
    found = companies(rules, "Kestrel Foods agreed to sell Dunmore and Arlo Brewing Co to Braxton Group. Arlo "
                             "Brewing said it would keep its brewery.")
    assert "Arlo Brewing" in found
    assert not any(n.startswith("Dunmore and") for n in found)


@pytest.mark.parametrize("text, whole, piece", [
    ("Dorrell Group PLC said that under an agreement with Tape/Disc Holdings Inc it bought a stake in "
     "Cyrano Corp.", "Tape/Disc", "Disc"),
    ("Rothmere Inc said it sold its aircraft unit to Three Towers Leasing for 20 mln dlrs.",
     "Three Towers Leasing", "Towers Leasing"),
    ("The new Dalby-Utah Metals International Group will buy a stake in Acme Widget Corp.",
     "Dalby-Utah Metals International", "Metals International"),
    ("Becor had previously agreed to sell Eastern Forge for at least 110 mln dlrs.", "Eastern Forge", "Forge"),
    ("French sugar group Varenne-Say, which is 49.6 pct owned by Carlton Holdings Inc, is to raise its "
     "capital.", "Varenne-Say", "Varenne"),
])
def test_what_the_parse_leaves_out_before_a_name_is_the_names(rules, text, whole, piece):
    found = companies(rules, text)
    assert whole in found
    assert piece not in found


def test_a_firm_is_not_named_with_the_place_glued_before_it(rules):
    found = companies(rules, "Allied Tool Inc said it agreed to buy Corvane Corp. Lisle, Ill.-based Corvane "
                             "had 1986 sales of about 500 mln dlrs.")
    assert "Corvane" in found
    assert not any("based" in n for n in found)


def test_a_word_that_opens_firms_names_makes_no_person(rules):
    text = "Brenner Steel Inc, which is 40 pct owned by Italy's Gruppo Ferrante, said it would sell its Ohio unit."
    assert "Gruppo Ferrante" in companies(rules, text)
    assert "Gruppo Ferrante" not in people(rules, text)


def test_no_part_of_a_marked_body_name_is_a_company(rules):
    found = companies(rules, "Carrow Holdings said it completed the acquisition of <Harrow, Pell and Stone "
                             "Regulatory Agency>, based in El Monte.")
    assert not found & {"Harrow", "Pell", "Stone"}


def test_a_state_alone_is_no_company(rules):
    found = companies(rules, "Acme Widget Corp won a contract from Zenwick Corp for a steam coal mine near "
                             "Montgomery, W.Va.")
    assert not any(n.startswith("W.Va") for n in found)


def test_a_known_partnership_in_a_capitalised_sentence_keeps_its_first_partners(rules):
    found = companies(rules, "For instance, Equitable Life Assurance Co owns Donaldson, Lufkin and Jenrette "
                             "Securities Corp, and Prudential Life Insurance Co owns Prudential-Bache Securities.")
    assert "Jenrette Securities" not in found


def test_a_plural_possessive_names_the_people_a_firm_serves(rules):
    # "Traders" alone is no company; before a name, with the plural's apostrophe, it is the name's
    found = companies(rules, "The other investor is Mason Hale, president of Traders' Quarterly Inc. He holds a "
                             "3.3 pct stake.")
    assert "Traders' Quarterly" in found
    assert "Quarterly" not in found

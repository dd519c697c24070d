"""Company names taken whole, not cut into fragments: a firm's national arm ("Co of Canada Ltd"), a
possessive inside a legal name, a word in quotes or brackets, the list a body's name goes on with, two
names the model glued together, a descriptor wire copy capitalises, a partnership before a title. Sentences
written here in the style of wire copy; the firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name
from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def ends(rules: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    return set(found(rules, text))


# A firm's national arm, named after its place, is a firm of its own


@pytest.mark.parametrize("sentence, names", [
    ("Halvern Paper Co of Canada Ltd, 90 pct owned by Halvern Paper Co, said it will raise prices.",
     {"Halvern Paper Co of Canada", "Halvern Paper"}),
    ("Corvane Life and Casualty Co said its unit Corvane Casualty Co of Canada agreed to buy Brisk Insurance Co.",
     {"Corvane Life and Casualty", "Corvane Casualty Co of Canada", "Brisk Insurance"}),
    ("Pellin Electric Co of New Mexico Inc said it agreed to sell its gas unit to Ostrand Energy Corp.",
     {"Pellin Electric Co of New Mexico", "Ostrand Energy"}),
    ("Marlow Dynamics Corp of America said it agreed to buy Kestrel Tool Inc.",
     {"Marlow Dynamics Corp of America", "Kestrel Tool"}),
    ("Ostrand Mining Corp of Zambia Ltd said it bought 40 pct of Pellin Copper Ltd.",
     {"Ostrand Mining Corp of Zambia", "Pellin Copper"}),
])
def test_a_firms_national_arm_is_one_company(rules, sentence, names):
    assert companies(rules, sentence) == names


def test_the_arm_is_the_unit_a_stake_names(rules):
    text = "Kestrel Aluminum Co of Canada Ltd, a unit of Halvern Aluminium Ltd, said it will close a smelter."
    assert companies(rules, text) == {"Kestrel Aluminum Co of Canada", "Halvern Aluminium"}
    assert ("stake", "Halvern Aluminium", "Kestrel Aluminum Co of Canada") in ends(rules, text)


@pytest.mark.parametrize("sentence, names", [
    # a town after "Co of" says where the firm sits
    ("Brisk Corp said it agreed to buy Ostrand Life Insurance Co of Dallas for 12 mln dlrs.",
     {"Brisk", "Ostrand Life Insurance"}),
    ("Brisk Corp said it ended merger talks with Pellin Energy Corp of Beverly Hills, Calif.",
     {"Brisk", "Pellin Energy"}),
    # and so does a country whose firms the wire names in their own language
    ("Brisk Corp said Takemura Steel Co of Japan agreed to buy 20 pct of its shares.",
     {"Brisk", "Takemura Steel"}),
    # "Inc of" and "Ltd of" a country are where a firm sits
    ("Brisk Corp said Pellin Mining Ltd of Australia agreed to buy its mining unit.",
     {"Brisk", "Pellin Mining"}),
])
def test_a_place_that_seats_a_firm_is_no_part_of_its_name(rules, sentence, names):
    assert companies(rules, sentence) == names


def test_a_firm_named_after_a_person_and_a_place_is_one_company(rules):
    text = "Brisk Corp said it sold its distillery to Martin Fenwick of Canada Ltd for 40 mln dlrs."
    assert companies(rules, text) == {"Brisk", "Martin Fenwick of Canada"}


def test_a_place_in_brackets_is_part_of_the_name(rules):
    text = "Brisk Oil Ltd said it sold its Kestrel Gas Ltd unit to Pellin Coal (Canada) Ltd for 57 mln dlrs."
    assert companies(rules, text) == {"Brisk Oil", "Kestrel Gas", "Pellin Coal (Canada)"}


# A possessive inside a legal name is the name's, unless the possessor is a firm, a place or a person


def test_a_possessive_inside_a_legal_name_is_part_of_it(rules):
    text = ("Halvern Foods Co said Brisk Partners Inc has bought Kendell's Fine Candies Inc, previously an "
            "indirect subsidiary of Halvern. Kendell's agreed to buy Pellin Sweets Corp last year.")
    found = companies(rules, text)
    assert found == {"Halvern Foods", "Brisk Partners", "Kendell's Fine Candies", "Pellin Sweets"}
    assert ("acquisition", "Kendell's Fine Candies", "Pellin Sweets") in ends(rules, text)


def test_a_possessive_after_a_descriptor_is_part_of_the_name(rules):
    text = "Halvern Plc said it will sell the health products company Kelly's Best/DSL to Brisk Corp."
    assert companies(rules, text) == {"Halvern", "Kelly's Best/DSL", "Brisk"}


@pytest.mark.parametrize("sentence, names", [
    # the parent, named before
    ("Halvern Foods Co said its net rose. Halvern Foods's Pellin Toys Inc unit agreed to buy Marlow Games Inc.",
     {"Halvern Foods", "Pellin Toys", "Marlow Games"}),
    # the parent of a unit the text calls one
    ("Brisk Corp has chosen the fiber optic system of Kestrel's Mutual Signal Corp subsidiary.",
     {"Brisk", "Kestrel", "Mutual Signal"}),
    # a person the story named
    ("Ivan Marlow said Marlow's Seemark Corp bought 5 pct of Pellin Corp.",
     {"Seemark", "Pellin"}),
])
def test_a_possessor_of_its_own_is_no_part_of_the_name(rules, sentence, names):
    assert companies(rules, sentence) == names


def test_a_possessor_the_model_reads_as_a_person_is_no_part_of_the_name(rules):
    found = companies(rules, "Analysts said Hoskins's Tarnwell Lane Inc bought 5 pct of Pellin Corp.")
    assert {"Tarnwell Lane", "Pellin"} <= found
    assert not any(n.startswith("Hoskins's") for n in found)


def test_a_word_in_quotes_is_part_of_the_name(rules):
    text = 'Games "N" Fun Inc <GNF> said it will buy Pellin Toys Corp for 30 mln dlrs.'
    assert companies(rules, text) == {'Games "N" Fun', "Pellin Toys"}


# Words around a name that name no firm


def test_the_list_a_bodys_name_goes_on_with_is_the_bodys(rules):
    text = ("Crowley told the House Agriculture Subcommittee on Wheat, Soybeans and Feedgrains that Brisk Corp "
            "bought a farm.")
    assert companies(rules, text) == {"Brisk"}


def test_a_name_and_its_parent_after_a_comma_are_two_companies(rules):
    text = ("Ducane Inc said Walter Bell resigned as president of Kestrel, Ducane's largest division, to join "
            "Pellin Corp.")
    assert companies(rules, text) == {"Ducane", "Kestrel", "Pellin"}


def test_a_firm_after_and_is_no_part_of_the_name_before(rules):
    text = "Norske Vest A/S and BP said they bought 10 pct of the shares of Saga Oljeselskap A/S from the state."
    assert companies(rules, text) == {"Norske Vest", "BP", "Saga Oljeselskap"}


def test_the_noun_wire_copy_capitalises_after_us_is_no_part_of_the_name(rules):
    assert canonical_name("U.S. Conglomerate Halvern") == "Halvern"
    text = "Kestrel and Brisk, owned by U.S. Conglomerate Halvern, both want a devaluation."
    assert "Halvern" in companies(rules, text)
    assert "Conglomerate Halvern" not in companies(rules, text)


def test_a_partnership_before_a_title_is_one_firm(rules):
    text = ('"It needs something," said Brisk Kellner and Pollard analyst Dana Kerr, who expects Pellin Corp to '
            "buy Marlow Corp.")
    assert companies(rules, text) == {"Brisk Kellner and Pollard", "Pellin", "Marlow"}


def test_a_word_left_in_lower_case_inside_a_name_is_the_names(rules):
    text = "Pacific travel Advisors Inc said it agreed to sell its publishing business to Kestrel Enterprises Inc."
    assert companies(rules, text) == {"Pacific travel Advisors", "Kestrel Enterprises"}


def test_a_name_joined_by_and_opens_at_its_odd_words_in_a_title_cased_line(rules):
    text = ("The Peking-owned Harbin International Trust and Investment Corp (Hitic) bought the unfinished City "
            "Garden Hotel in Hong Kong from a subsidiary of Cheung Wah (Holdings) Ltd.")
    assert {"Harbin International Trust and Investment", "Cheung Wah (Holdings)"} <= companies(rules, text)

"""Names cut into pieces that read as firms (issue 15, NODES6): a firm called by a word and named after its
place ("Financial Corp of Santa Barbara" read as "Financial"), a fund's series after a dash ("... Imaging
Partners - I LP" read as "I"), a letter joined by "and" ("R and M Inc" read as "M"), partners' names set off
by a comma ("McBain, Rose Partners", "Warburg, Pincus Capital Co L.P."). The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import full_name, generic_word, name_key
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import EntityKind

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def named(rules: RuleExtractor, text: str) -> set[tuple[str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(e.name, e.text) for e in ex.entities if e.kind is EntityKind.COMPANY}


@pytest.mark.parametrize(("text", "name"), [
    ("SANTA CLARA, Calif., March 2 - Financial Corp of Santa Clara said it has agreed to buy Harwell Mortgage Co.",
     "Financial Corp of Santa Clara"),
    ("Brenmar Inc said it sold the unit to Hospital Corp of Ruritania for 10 mln dlrs.", "Hospital Corp of Ruritania"),
])
def test_a_firm_called_by_a_word_keeps_the_place_it_is_named_after(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert name.split()[0] not in found


def test_a_firm_with_a_name_of_its_own_is_cut_where_it_sits(rules):
    # "Corvex Inc of Chicago": where the firm sits, no part of its name
    found = companies(rules, "Brenmar Inc said it agreed to buy Corvex Corp of Santa Clara for 10 mln dlrs.")
    assert "Corvex" in found
    assert "Corvex Corp of Santa Clara" not in found


def test_a_funds_series_after_a_dash_is_part_of_its_name(rules):
    found = named(rules, "Harwell Inc said its Harwell Diagnostic Imaging Partners - I LP has signed a letter of "
                         "intent to acquire the assets of Brenmar Corp.")
    assert ("Harwell Diagnostic Imaging Partners - I", "Harwell Diagnostic Imaging Partners - I LP") in found
    assert not any(name == "I" for name, _ in found)


def test_a_letter_joined_by_and_is_no_firm_of_its_own(rules):
    text = ("Corvex Petroleum Corp said the spinoff, to be called Corvex Petroleum R and M Inc, will occur in April. "
            "An effort by Dale Pruett to take over Corvex Petroleum failed.")
    found = named(rules, text)
    assert ("Corvex Petroleum R and M", "Corvex Petroleum R and M Inc") in found
    assert not any(name == "M" for name, _ in found)
    # the short name is the parent's, written with its legal form, not the spinoff's
    assert ("Corvex Petroleum", "Corvex Petroleum") in found


@pytest.mark.parametrize(("text", "name"), [
    ("Enterra Corp sold the units to a company formed by Los Angeles investment firm Kestle, Brody Partners for "
     "about 27 mln dlrs.", "Kestle Brody Partners"),
    ("WASHINGTON, April 3 - Dorrance, Vexley Capital Co L.P., an investment partnership, said it holds 6.1 pct of "
     "Harwell Inc.", "Dorrance Vexley Capital"),
])
def test_partners_set_off_by_a_comma_are_one_firm(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not found & {"Kestle", "Brody Partners", "Vexley Capital"}


def test_the_full_name_a_node_shows_keeps_the_ending_and_its_key():
    assert full_name("the Components Group's") == "Components Group"
    assert full_name("Financial Corp") == "Financial Corp"
    assert full_name("Distributors Inc.") == "Distributors Inc"
    assert full_name("Brody Group Inc") == "Brody Group"
    assert full_name("Kestle and Co Inc") == "Kestle and Co"
    assert name_key(full_name("Components Group")) == name_key("Components")


def test_a_generic_word_is_a_trade_or_a_plural_noun_not_a_name():
    assert generic_word("Components") and generic_word("Financial") and generic_word("Distributors")
    assert not generic_word("Nissan") and not generic_word("Acme") and not generic_word("Quillby")


def test_what_a_country_joins_is_no_firm(rules):
    # "full EMS membership": the European Monetary System, not the messenger firm EMS Corp
    found = companies(rules, "Leigh-Pemberton said that, in principle, the Bank of England favoured full KMS "
                             "membership for sterling, provided such a move did not endanger monetary policy.")
    assert "KMS" not in found


def test_a_firms_name_without_the_country_it_opens_with_is_that_firm(rules):
    # "US Sprint ... Sprint was still paying": one firm, not two nodes
    found = named(rules, "US Telvex Inc, the telephone venture of Harwell Corp and Brenmar Inc, expects a net loss "
                         "this year. Holland added that Telvex was still paying almost 500 mln dlrs a year to "
                         "Dorrance Co in order to lease its lines.")
    assert ("US Telvex", "Telvex") in found
    assert not any(name == "Telvex" for name, _ in found)

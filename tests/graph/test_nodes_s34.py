"""Company nodes of a full wire build that are none, judged across the corpus (2026-12-03, fourth
session): the name a letter opens after initials and "and", a longer name cut before "and" and a
word read in no name, an owner's name cut to its last word, a body's name with a legal form, a debt
issue's term and a brand written before its ware. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("A Truck Tire Sales and Services Corp.", "the sale of its Natchez plant and its S and ",
     " Terms were not disclosed.", 41, -1),
    ("DHB", "will merge them to form a new entity called AC and R/", " and Bess.\nThe company said", 7, 5),
    ("D Ventures", "at the direction of Kelvar Corp's Kelvar R and ", ", its partner in this area.", 7, 2),
])
def test_the_name_a_letter_opens_after_initials_is_no_company(text, before, after, gap_before, gap_after):
    assert not company([(text, before, after, gap_before, gap_after)])


def test_initials_written_whole_stay():
    assert company([("AC and R Advertising Inc", "a unit of ", " said", -1, -1)])


@pytest.mark.parametrize("text, after", [
    ("Barclays De Zoete", " and Wedd financial analyst Peter Morgan said"),
    ("Northwood Pulp", " and Timber.\nNoranda Forest's consolidated"),
    ("West Kelvar Power", " and Light of British Columbia, due to"),
])
def test_a_longer_name_cut_before_and_is_no_company(text, after):
    assert not company([(text, "completion of the company's purchase of ", after, -1, -1)])


def test_two_names_before_a_plural_noun_stay():
    assert company([("Purity Kelvar", "is facing problems due to its ", " and Rickels operations, which", 31, -1)])


def test_two_names_both_read_stay():
    # "Shell" is read as a name right after the joiner.
    assert company([("Texaco Kelvar", "a venture of ", " and Shell said", -1, 5)])


def test_a_debt_issue_s_term_is_no_company():
    assert not company([("Sinking Fund", "will pay the interest due April 1 on its 11-1/2 pct ",
                         " debentures by distributing common stock.", 61, 107)])


def test_a_fund_stays():
    assert company([("Kelvar Growth Fund", "bought a stake in ", " said", -1, -1)])


def test_a_brand_before_its_lenses_is_no_company():
    assert not company([("Kelvex", "said its optical products subsidiary sold 5,652 ",
                         " soft bifocal contact lenses in March", 49, -1)])


def test_an_owner_s_name_cut_to_its_last_word_is_no_company():
    assert not company([("Bancorp's Kelvar National Bank of Oregon.", "it plans to merge with U.S. ",
                         "\nUnder the pact, Pacific", 5, -1)])


@pytest.mark.parametrize("text", ["Boatmen's National Bank", "Fireman's Fund"])
def test_a_possessive_in_a_firm_s_name_stays(text):
    assert company([(text, "said its ", " raised the prime rate", -1, -1)])


def test_a_body_of_members_with_a_legal_form_is_no_company():
    assert not company([("Institute of Kelvar Bankers Inc.", "said Lawrence Uhlick, executive director of the ",
                         ' "The language is very unclear," he said.', -1, -1)])


@pytest.mark.parametrize("text", ["Federal Kelvar Mortgage Association", "Kelvar Savings Bank of Oregon Inc"])
def test_a_firm_with_a_body_s_word_stays(text):
    assert company([(text, "bought a stake in ", " said", -1, -1)])

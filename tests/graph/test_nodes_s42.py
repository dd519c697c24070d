"""Company nodes that are a firm's units named by their line of business (2026-12-04, session 42): "its
Plastic Packaging Division", "the Automotive Aftermarket Group", "its Exploration and Producing division",
"the Engine Parts Division of Kessel Industries Inc"; and a firm's name opening with the seat of the firm
before it ("Dorvik A/S> of |Oslo and Kelvar Gas Corp"). A unit with a name of its own, a legal form or a
ticker stays a company, and so does a one-word line before "Group". The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company, cut


@pytest.mark.parametrize("text, before, after", [
    ("Plastic Packaging Division", "Kelvar Chemical's ", ", which will make and sell the new line,"),
    ("Consumer Products Divisions", "Ann Lee has been named president of its ", ". The company said"),
    ("Automotive Aftermarket Group", "named general manager of the ", ". He was formerly"),
    ("Business Communications Group", "a Zorvex vice president and head of its ", ", will take charge"),
    ("Defense and Electronic Systems Center", "WASHINGTON, March 18 - Kelvar Electric Corp's ",
     " is being awarded two Navy contracts"),
    ("Exploration and Producing", "reporting to Ann Lee, president of its ", " division."),
    ("Personal Computer", "DAYTON, Ohio, March 2 - Zorvex Corp's ", " division said it signed"),
    ("Systems and Simulations Division", "Kelvar Inc said it completed the sale of its ",
     " to the unit's management"),
])
def test_a_unit_named_by_its_line_of_business_is_no_company(text, before, after):
    assert not company([(text, before, after, 5, 20)])


def test_a_unit_of_a_firm_named_after_of_is_no_company_whatever_the_owners_form():
    assert not company([("Engine Parts Division of Kessel Industries Inc",
                         "formerly vice president of sales with the ", ", recently acquired", 40, -1)])


def test_the_wires_mark_does_not_make_a_unit_a_firm():
    assert not company([("Consumer Packaging Division", "Kelvar Corp sold its <", "> to Zorvex Co", 5, 5)])


@pytest.mark.parametrize("text, before, after", [
    ("Dorvane Specialty Materials Division", "Kelvar Inc said it plans to sell its ", " as part of"),
    ("Zorvex Aircraft", "WASHINGTON, March 17 - The ", " division of Kelvar Technologies Corp"),
    ("Packaging Group", "an agreement to sell its stake in ", " to a buyer"),  # one line word and "Group"
    ("Business Communications Group Inc", "said it acquired ", " for 12 mln dlrs"),  # its own legal form
    ("Facilities Management Group", "said it acquired ", " <FMG> for 12 mln dlrs"),  # a ticker
])
def test_a_unit_with_a_name_form_or_ticker_of_its_own_stays_a_company(text, before, after):
    assert company([(text, before, after, 5, 20)])


@pytest.mark.parametrize("text, before, after", [
    ("Traffic Services", "Kelvar Bank has bought Dorvane Corp's ", " business, including a processing center"),
    ("Information Systems", "about 100 employees in its ", " unit who work at three sites"),
])
def test_a_line_of_business_written_before_unit_or_business_is_no_company(text, before, after):
    assert not company([(text, before, after, 5, 20)])


def test_a_unit_with_a_word_of_its_own_before_unit_stays_a_company():
    assert company([("Genetic Zorvex", "scientists at its ", " unit, which markets a test", 5, 20)])


def test_the_owners_ticker_between_a_unit_and_unit_does_not_make_it_a_firm():
    assert not company([("Diesel Systems", "talks on its purchase of Kelvar Corp's ", " <KEL> unit. The reason", 5, 20)])


@pytest.mark.parametrize("text, before", [
    ("Oslo and Kelvar Gas Corp", "a group of <Strategy Inc>, <Dorvik A/S> of "),
    ("France and Zorvex Steel", "it sold the units to Kessel Corp, Dorvane SA of "),
])
def test_a_name_opening_with_the_seat_of_the_firm_before_is_a_piece(text, before):
    assert cut(text, before, " -- which owns a third", 3, -1)
    assert not company([(text, before, " -- which owns a third", 3, -1)])


@pytest.mark.parametrize("text, before", [
    ("Hong Kong and Shanghai Banking Corp", "the bank is a unit of "),  # no firm's form before "of"
    ("Kelvar Gas Corp", "Dorvik A/S of Oslo and "),
])
def test_a_place_and_a_name_after_of_with_no_firm_before_stays_whole(text, before):
    assert not cut(text, before, " said", 3, -1)


@pytest.mark.parametrize("text, after", [
    ("Kelvar/Dorvik", " joint venture Japanese company <Kelvar Dorvik Ltd>, formed in 1963"),
    ("Kelvar/Zorvex", " merger because it sees Zorvex as a rival"),
])
def test_two_firms_joined_by_a_slash_before_their_venture_or_merger_are_no_company(text, after):
    assert not company([(text, "the planned restructuring of the 50/50 ", after, 5, 20)])


def test_a_hyphenated_name_before_joint_venture_stays_a_company():
    assert company([("Kelvar-Dorvik", "the planned restructuring of the 50/50 ", " joint venture with Zorvex", 5, 20)])

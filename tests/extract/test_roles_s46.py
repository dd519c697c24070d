"""Offices the rules read wrong (session 46): whose company a list of offices set off after a name is when it
runs on to a unit of its own ("Acme said X, president and general manager of its Y Inc"); handovers told with
the predecessor's title ("replacing previous chairman X"), with the office's company ("president of its Y unit,
succeeding X") or with the office the predecessor moves on to ("who is promoted to ...",
``data/handover_words.tsv``: moved); offices given "to the new post of"; a title between two names or right
before the next name ("and its chairman, X"); "has resigned as"; "Acme also said". The sentences are written
for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_a_list_of_offices_set_off_after_a_name_is_its_units_not_the_speakers(rules):
    found = roles(rules, "Velmont Corp said Arthur Penhall, president and general manager of its Dorrow Exploration "
                         "Inc, has been named vice president of the new operation.")
    assert found[("Arthur Penhall", "Dorrow Exploration")] == ("President", Status.ACTIVE)
    assert ("Arthur Penhall", "Velmont") not in found


def test_an_office_set_off_with_no_company_is_still_the_speakers(rules):
    found = roles(rules, "Velmont Corp said Arthur Penhall, vice president and treasurer, resigned.")
    assert found[("Arthur Penhall", "Velmont")] == ("Vice President", Status.ENDED)


def test_a_list_of_offices_left_runs_on_to_its_company(rules):
    found = roles(rules, "At the same time, Velmont Corp said Arthur Penhall resigned as chairman and a director of "
                         "its 32 pct owned Dorrow Industries Inc.")
    assert found[("Arthur Penhall", "Dorrow Industries")] == ("Chairman", Status.ENDED)


def test_a_predecessor_replaced_with_his_title_before_his_name_has_left_it(rules):
    found = roles(rules, "The Velmont Exchange board elected Arthur Penhall as chairman, replacing previous chairman "
                         "Howard Dorrow.")
    assert found[("Howard Dorrow", "Velmont Exchange")][1] is Status.ENDED


def test_a_successor_named_with_his_title_after_replaced_by_is_not_the_one_who_leaves(rules):
    found = roles(rules, "Velmont Ltd chairman Ron Dorrow will step aside as chief executive in October and will be "
                         "replaced by group managing director Hugh Penhall, Velmont said.")
    assert found[("Hugh Penhall", "Velmont")][1] is Status.ACTIVE


def test_one_succeeded_in_an_office_at_a_unit_held_it_there(rules):
    found = roles(rules, "Velmont Corp said it named Norman Penhall as president of its Dorrow Airways unit, "
                         "succeeding Bill Dorrow, who retired March one.")
    assert found[("Norman Penhall", "Dorrow Airways")] == ("President", Status.ACTIVE)
    assert found[("Bill Dorrow", "Dorrow Airways")] == ("President", Status.ENDED)


def test_an_office_one_replaced_moves_on_to_is_held(rules):
    found = roles(rules, "Velmont Bank Plc said it has promoted John Dorrow to chief executive officer of its North "
                         "American operations. He succeeds Brian Penhall, who is promoted to executive director and "
                         "chief financial officer of Velmont's worldwide operations, based in London.")
    assert found[("Brian Penhall", "Velmont Bank")] == ("CFO", Status.ACTIVE)


def test_an_office_named_as_a_post_is_the_named_ones(rules):
    found = roles(rules, "Velmont Industrial Corp said it named Robert Dorrow to the new post of vice chairman.")
    assert found[("Robert Dorrow", "Velmont Industrial")] == ("Vice Chairman", Status.ACTIVE)


def test_a_title_right_before_the_next_name_is_the_next_ones(rules):
    found = roles(rules, "Velmont Systems Inc said Kenneth Dorrow was named vice president and chief operating "
                         "officer, and its chairman, Donald Penhall, was named to the additional post of chief "
                         "executive officer.")
    assert found[("Kenneth Dorrow", "Velmont Systems")][0] != "Chairman"
    assert found[("Donald Penhall", "Velmont Systems")][0] == "Chairman"
    found = roles(rules, "Velmont Savings Association said it appointed Joseph Dorrow to the post of chairman and the "
                         "company's president, Donald Penhall, was named to the additional post of chief executive.")
    assert found[("Joseph Dorrow", "Velmont Savings Association")] == ("Chairman", Status.ACTIVE)


def test_a_title_set_off_between_two_names_is_the_first_ones(rules):
    found = roles(rules, "Velmont Edison Co chairman Stephen Dorrow said James Penhall, executive vice president and "
                         "chief operating officer, Joseph Arkwell, executive vice president and chief financial officer, "
                         "have asked to take early retirements.")
    assert found.get(("Joseph Arkwell", "Velmont Edison"), ("",))[0] != "COO"
    assert found[("Stephen Dorrow", "Velmont Edison")][0] == "Chairman"


def test_a_title_after_and_its_before_a_second_name_stays_the_second_ones(rules):
    found = roles(rules, "Velmont Partners Inc said it bought 9.9 pct of Arkwell Electric Products Inc. The firm, its "
                         "president, Thomas Dorrow, and its vice president, Vincent Penhall, also said they may seek "
                         "representation on the company's board.")
    assert [v for (p, _), v in found.items() if p == "Vincent Penhall"] == [("Vice President", Status.ACTIVE)]


def test_one_who_has_resigned_as_an_officer_held_the_office(rules):
    found = roles(rules, "Velmont Steel Corp said George A. Dorrow, 70, has resigned as vice chairman and chief "
                         "executive officer.")
    assert found[("George A. Dorrow", "Velmont Steel")] == ("CEO", Status.ENDED)
    found = roles(rules, "Velmont Plans Inc said Douglas Penhall has stepped down as chairman but will continue as a "
                         "director.")
    assert found[("Douglas Penhall", "Velmont Plans")][1] is Status.ENDED


def test_an_office_at_a_body_named_after_it_is_not_the_speakers(rules):
    found = roles(rules, "Velmont Group said Gordon Dorrow has resigned as president of the National Association of "
                         "Widget Dealers to become chairman of the firm.")
    assert ("Gordon Dorrow", "Velmont") not in found


def test_a_company_that_also_said_named_its_officers(rules):
    found = roles(rules, "Velmont Corp also said it named Arie Dorrow as chairman and Harold Penhall as president and "
                         "chief executive officer.")
    assert found[("Arie Dorrow", "Velmont")] == ("Chairman", Status.ACTIVE)
    assert found[("Harold Penhall", "Velmont")] == ("CEO", Status.ACTIVE)
    found = roles(rules, "Velmont Corp also said John Dorrow was named president.")
    assert found[("John Dorrow", "Velmont")] == ("President", Status.ACTIVE)


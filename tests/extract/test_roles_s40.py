"""Offices in the shapes of filings and biographies that the rules read wrong (session 40): a
university named beside a title is no person, a "Chief Economist" is no chief executive, a list of
offices runs on past the first company, an office held before joining a company ended when he
joined it, and a firm's head is "of" it. The sentences are written for these tests; the companies
and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import companies, people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


@pytest.mark.parametrize("text, body", [
    ("Marlow is the Professor of Physics at Halverton University, and the Chief Scientist at Quillon "
     "Technologies.", "Halverton University"),
    ("Brandt was previously the 12th President of Dunmore College, and President and CEO of the Telvane "
     "Museum.", "Dunmore College"),
])
def test_a_university_beside_a_title_is_no_person(rules, text, body):
    assert body not in people(rules, text)
    assert not any(source == body for source, _ in roles(rules, text))


@pytest.mark.parametrize("text, person, company, title", [
    ("Varlo Bank Chief Economist Dana Whitlock said rates would rise.", "Dana Whitlock", "Varlo Bank", "Economist"),
    ("Former Brontela chief Jack Corran said the plan was sound.", "Jack Corran", "Brontela", "CEO"),
])
def test_a_chief_economist_is_no_chief_executive(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


def test_a_list_of_offices_runs_on_to_a_later_company(rules):
    found = roles(rules, "Anand Rellur is the current Group Management Board Member at Quorvane, and the "
                         "former President and CEO of Telmark Corporation.")
    assert found[("Anand Rellur", "Quorvane")][1] is Status.ACTIVE
    assert found[("Anand Rellur", "Telmark")] == ("CEO", Status.ENDED)


def test_an_office_held_before_joining_a_company(rules):
    found = roles(rules, "Prior to joining Covant Partners, Mr. Heilby was a Managing Director at Dorrance "
                         "Associates, Inc. where he advised clients.")
    assert found[("Heilby", "Covant Partners")][1] is Status.ACTIVE
    assert found[("Heilby", "Dorrance Associates")][1] is Status.ENDED


def test_work_before_joining_ended(rules):
    found = roles(rules, "Prior to joining Westdale Chemical, Mr. Gibbard worked at Varrow Energy.")
    assert found[("Gibbard", "Westdale Chemical")][1] is Status.ACTIVE
    assert found[("Gibbard", "Varrow Energy")][1] is Status.ENDED


def test_a_founder_of_a_bank(rules):
    text = "Mr. Clarridge is a founder of Old Harbor Bank."
    assert "Old Harbor Bank" in companies(rules, text)
    assert ("Clarridge", "Old Harbor Bank") in roles(rules, text)


def test_a_consultant_of_no_firm(rules):
    # only a firm's head is "of" it: a consultant of a name is no office there
    assert not roles(rules, "Mr. Tarvin was a consultant of Dana Whitlock for a decade.")


def test_a_spokesman_for_a_name_with_a_spaced_hyphen(rules):
    # web copy's "Wal - Mart": the firm a staff word is "for" is no first half of a name
    text = "A Beijing-based spokesman for Tal - Mart said the firm respected the decision of its partner."
    assert "Tal" not in companies(rules, text)


def test_a_worldwide_chairman_is_no_company_of_worldwide(rules):
    found = roles(rules, "Led by Stephen Allard, Worldwide Chairman & CEO, the company has 7,000 employees.")
    assert not any(company == "Worldwide" for _, company in found)


@pytest.mark.parametrize("text, person, company", [
    ("Varlo Logistics is led by Mr. Leonard Tharby, President and Chief Executive Officer.", "Leonard Tharby",
     "Varlo Logistics"),
    ("Harwick Home Mortgage Corporation was founded in 1990 by Dave Watling, CEO.", "Dave Watling",
     "Harwick Home Mortgage"),
])
def test_a_company_led_or_founded_by_a_titled_person(rules, text, person, company):
    assert (person, company) in roles(rules, text)


def test_a_member_of_a_capitalised_board_of_a_company(rules):
    found = roles(rules, "Mr. Bersham was also a member of the Board of Directors of Axtell Systems Inc.")
    assert found.get(("Bersham", "Axtell Systems"), (None,))[0] == "Director"


def test_a_member_of_a_public_body_board_holds_no_office(rules):
    assert not roles(rules, "John Smyth, a member of the Federal Reserve Board, said rates would rise.")

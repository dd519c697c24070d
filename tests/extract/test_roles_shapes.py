"""People's offices (issue 15): the shapes news writes a role in, titles as written, seats on a board,
and the company a role belongs to. The sentences are written for these tests; the companies and
people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    # The rules alone: these are the rules' shapes. What the classifier keeps or adds is measured on
    # real documents (`keiretsu eval docs`) and held in tests/extract/test_classifier.py.
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company, title", [
    ('"Demand held up," Dorrance spokeswoman Dana Whitcombe said on Tuesday.', "Dana Whitcombe", "Dorrance",
     "spokeswoman"),
    ('"The guidance was strong," said Harlan and Co analyst Peter Vance.', "Peter Vance", "Harlan", "analyst"),
    ('"We regret it," Kestrel chairman Hans-Peter Lindqvist told a news conference.', "Hans-Peter Lindqvist",
     "Kestrel", "Chairman"),
    ('"It is disappointing," said Tarnow chairman Nicholas Ebbing III.', "Nicholas Ebbing III", "Tarnow", "Chairman"),
])
def test_company_title_person(rules, text, person, company, title):
    assert roles(rules, text).get((person, company), (None,))[0] == title


def test_who_is_gives_the_office_of_a_relative_clause(rules):
    found = roles(rules, "Ruth Calder, who is chief financial officer at Denholm Holdings, said margins would widen.")
    assert found[("Ruth Calder", "Denholm")] == ("CFO", Status.ACTIVE)


def test_a_successor_takes_the_office_the_other_leaves(rules):
    found = roles(rules, "Amy Folsom succeeds Victor Hale as chief executive of Brantley Corp.")
    assert found[("Amy Folsom", "Brantley")] == ("CEO", Status.ACTIVE)
    assert found[("Victor Hale", "Brantley")] == ("CEO", Status.ENDED)


def test_vice_is_no_company_and_no_president(rules):
    found = roles(rules, "Vice President Alan Darrow of Quorra Systems Inc said the plant would close.")
    assert ("Alan Darrow", "Vice") not in found
    assert found[("Alan Darrow", "Quorra Systems")][0] == "Vice President"


def test_seats_on_the_board_joined_and_left(rules):
    found = roles(rules, "Pellham Corp said it sold one mln shares to a group of investors. "
                         "Martin Oakes resigned from the board. "
                         "Joining the board were Anna Lytle and Gregory Faust, the company said.")
    assert found[("Martin Oakes", "Pellham")] == ("Director", Status.ENDED)
    assert found[("Anna Lytle", "Pellham")] == ("Director", Status.ACTIVE)
    assert found[("Gregory Faust", "Pellham")] == ("Director", Status.ACTIVE)


def test_a_board_that_acts_gives_no_seat(rules):
    assert roles(rules, "Pellham Corp's board rejected an offer from investor Carl Dorsey.") == {}


def test_an_office_named_with_no_company_is_the_lead_companys(rules):
    found = roles(rules, "Varden Inc said it sold shares to investors. The investors include affiliates of "
                         "Oskar Group Ltd, the company said. Other members of the board are chairman Paul Grieve "
                         "and Lena Moss.")
    assert ("Paul Grieve", "Varden") in found and ("Paul Grieve", "Oskar") not in found


def test_a_company_written_with_a_suffix_stays_a_company_beside_its_namesake(rules):
    found = roles(rules, "Martin Halvorsen, chief executive of Halvorsen Group, said sales rose 4 pct.")
    assert found[("Martin Halvorsen", "Halvorsen")][0] == "CEO"


def test_an_office_before_of_is_no_part_of_the_company(rules):
    found = roles(rules, "Leo Brandt is Chief Executive Officer of Quillon Homes, Inc., a home builder.")
    assert ("Leo Brandt", "Quillon Homes") in found


def test_a_suffix_is_part_of_the_name(rules):
    assert "Nicholas Ebbing III" in people(rules, "Nicholas Ebbing III, 54, said the talks had ended.")


def test_the_companys_title_is_the_story_companys(rules):
    found = roles(rules, "Dorlan Corp posted a loss. John Smith, the company's chief financial officer, said costs rose.")
    assert found[("John Smith", "Dorlan")] == ("CFO", Status.ACTIVE)


@pytest.mark.parametrize("text, status", [
    ("Dorlan Corp said John Brown resigned as chief executive.", Status.ENDED),
    ("Dorlan Corp said John Brown was named chief financial officer.", Status.ACTIVE),
    ("Former Dorlan Corp chairman John Brown said the bid was low.", Status.ENDED),
])
def test_appointed_and_former_offices(rules, text, status):
    found = roles(rules, text)
    assert list(found) == [("John Brown", "Dorlan")] and found[("John Brown", "Dorlan")][1] is status


def test_an_office_after_another_verb_is_another_persons(rules):
    assert roles(rules, "Dorlan Corp said John Brown met the chief executive of Kelso Inc.") == {}


def test_joined_a_company_as_an_officer(rules):
    found = roles(rules, "In 2011, Scott Merrow joined Quillon Homes as chief executive.")
    assert found[("Scott Merrow", "Quillon Homes")][0] == "CEO"


@pytest.mark.parametrize("text, person, company", [
    ("Varlo Inc said it has concluded talks with Tom Brenner under which he will become its chief executive "
     "officer.", "Tom Brenner", "Varlo"),
    ("Harwick Corp said its board will elect in April Ana Delmont as its chief executive officer.",
     "Ana Delmont", "Harwick"),
])
def test_an_office_still_to_be_taken_up_is_agreed_not_held(rules, text, person, company):
    assert roles(rules, text)[(person, company)][1] is Status.AGREED


def test_a_future_said_of_another_person_leaves_the_office_held(rules):
    got = roles(rules, "Tom Brenner, chairman of Varlo Inc, said Ana Delmont will become president.")
    assert got[("Tom Brenner", "Varlo")][1] is Status.ACTIVE

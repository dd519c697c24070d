"""People's offices told with no company beside them (issue 15, ROLES15): an executive office set off after a
speaker's name, a firm's vice president named bare, a bare office read past the rest of its list, and the
office of the one a successor is named to replace. The sentences are written for these tests; the companies
and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, title", [
    ("Dorrance Corp expects higher sales this year. Peter Vance, executive vice president, told a news briefing "
     "the plant would reopen.", "Peter Vance", "Vice President"),
    ("Dorrance Corp expects higher sales this year. Peter Vance, vice president of operations, said the mine "
     "would run at a third of its capacity.", "Peter Vance", "Vice President"),
    ('Dorrance Corp expects higher sales this year. "The outlook is good," said Peter Vance, president and '
     "chief executive officer.", "Peter Vance", "CEO"),
])
def test_an_office_set_off_after_a_speaker_is_the_story_companys(rules, text, person, title):
    assert roles(rules, text)[(person, "Dorrance")] == (title, Status.ACTIVE)


def test_an_office_set_off_before_a_body_is_not_the_story_companys(rules):
    found = roles(rules, 'Dorrance Corp expects higher sales. "We hope Congress acts," Peter Vance, president '
                         "of the league, said.")
    assert ("Peter Vance", "Dorrance") not in found


def test_a_firms_vice_president_named_bare_speaks_for_it(rules):
    found = roles(rules, "Dorrance Corp expects higher sales this year. Later, vice president Glenn Harwell said "
                         "the utility would build gas-fired units.")
    assert found[("Glenn Harwell", "Dorrance")] == ("Vice President", Status.ACTIVE)


def test_a_vice_president_of_state_is_no_firms(rules):
    found = roles(rules, "Dorrance Corp expects higher sales this year. Yesterday, Vice President George Hale "
                         "said in an interview that he disagreed.")
    assert ("George Hale", "Dorrance") not in found


def test_a_bare_vice_president_after_a_unions_president_is_the_unions(rules):
    found = roles(rules, '"We can work with Dorrance," union president Owen Bright and vice president Marc Tripp '
                         "said in a statement.")
    assert ("Marc Tripp", "Dorrance") not in found


def test_a_bare_office_is_read_past_the_rest_of_its_list(rules):
    found = roles(rules, "Dorrance Corp today sold 405 mln dlrs of bonds from its pension fund to investment "
                         "bankers, vice president and treasurer Fred Zalman said.")
    assert found[("Fred Zalman", "Dorrance")][0] == "Vice President"


def test_the_one_a_successor_is_named_to_replace_held_the_office(rules):
    found = roles(rules, "Dorrance Corp said it has named Alfred Grau president and chief operating officer to "
                         "replace James Gorham who was granted a medical leave.")
    assert found[("Alfred Grau", "Dorrance")] == ("President", Status.ACTIVE)
    assert found[("James Gorham", "Dorrance")][1] is Status.ENDED

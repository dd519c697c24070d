"""Offices the rules read wrong (session 45): a list of offices that runs on to its company past the
window the titles are read in ("... and President and Chief Executive Officer of X"), and handovers read
through one table (``data/handover_words.tsv``): "takes over from" ends the predecessor's office as "took
over from" does. The sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_a_list_of_offices_runs_on_to_its_company_past_the_window(rules):
    found = roles(rules, "Effective August 10, 2009, Carl W. Dunmore was appointed to serve as CEO of our general "
                         "partner and President and CEO of Velmont Industries Inc.")
    assert found[("Carl W. Dunmore", "Velmont Industries")] == ("CEO", Status.ACTIVE)


def test_a_former_list_of_offices_is_ended_under_its_first_office_by_rank(rules):
    found = roles(rules, "The review will be chaired by Richard Shandor, executive vice chairman of the Exchange and "
                         "former chairman and chief executive officer of <Velmont Industries Inc>.")
    assert found[("Richard Shandor", "Velmont Industries")] == ("CEO", Status.ENDED)


def test_an_office_set_off_after_a_company_stays_that_companys_past_the_window(rules):
    found = roles(rules, "Mr. Keswick also serves on the board of Arlo Midstream GP Inc., general partner and managing "
                         "member of Arlo Midstream Partners.")
    assert ("Keswick", "Arlo Midstream Partners") not in found


def test_a_predecessor_taken_over_from_has_left_the_office(rules):
    found = roles(rules, "Velmont Industries Inc said John Hartwell takes over from Tom Brenner as chairman.")
    assert found[("John Hartwell", "Velmont Industries")] == ("Chairman", Status.ACTIVE)
    assert found[("Tom Brenner", "Velmont Industries")] == ("Chairman", Status.ENDED)


@pytest.mark.parametrize("text, status", [
    ("Velmont Industries Inc said John Hartwell will succeed Tom Brenner as chairman.", Status.AGREED),
    ("Velmont Industries Inc said its chairman Tom Brenner was replaced by John Hartwell.", Status.ACTIVE),
])
def test_a_handover_gives_the_successor_the_office(rules, text, status):
    assert roles(rules, text)[("John Hartwell", "Velmont Industries")] == ("Chairman", status)


@pytest.mark.parametrize("text, title", [
    ("The offer was made in a letter to Edwin Collard, chairman and president of Velmont Industries Inc.", "Chairman"),
    ("Neil Sprague, president and chief operating officer of Velmont Industries Inc, told analysts the plan "
     "was on track.", "President"),
    ("The new Velmont Industries Group will be headed by Jim Carrow as executive general manager and chief "
     "executive officer.", "CEO"),
])
def test_a_list_of_offices_after_a_name_goes_by_its_first_office_by_rank(rules, text, title):
    assert next(t for (_, company), (t, _) in roles(rules, text).items() if company == "Velmont Industries") == title


def test_a_company_in_a_clause_of_its_own_after_the_office_is_not_its_holders(rules):
    found = roles(rules, "Ben Rossiter retired and was succeeded by Michael Capuano, who served as the last chairman "
                         "and chief executive until its merger with Velmont Industries Inc.")
    assert ("Michael Capuano", "Velmont Industries") not in found

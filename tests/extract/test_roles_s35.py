"""People's offices (session 35): a plural office after a list of names is each one's ("X, Y and Z were
named directors"), a title that "and" joins to the name after it is another's, an "its" that a body
which is no company says gives no company the office, and a vice president's title in dotted initials
("E.V.P.") is one. The sentences are written for these tests; the companies and people in them are
invented."""

from __future__ import annotations

import pytest

from keiretsu.models import Status
from tests.helpers import roles


@pytest.mark.parametrize("text, company", [
    ("Zentrix Labs Inc said John Vollers, Dana Whitlock and Tom Brenner were named directors of Zentrix Labs.",
     "Zentrix Labs"),
    ("Zentrix Labs Inc said John Vollers, Dana Whitlock and Tom Brenner were named directors of the company.",
     "Zentrix Labs"),
    ("Zentrix Labs Inc said John Vollers, Dana Whitlock and Tom Brenner were elected directors.", "Zentrix Labs"),
    ("Zentrix Labs Inc said its board elected John Vollers, Dana Whitlock and Tom Brenner as directors.",
     "Zentrix Labs"),
])
def test_plural_office_after_a_list_is_each_ones(rules, text, company):
    found = roles(rules, text)
    for person in ("John Vollers", "Dana Whitlock", "Tom Brenner"):
        assert found[(person, company)] == ("director", Status.ACTIVE)


def test_plural_office_left_is_ended_for_each(rules):
    found = roles(rules, "Zentrix Labs Inc said John Vollers and Tom Brenner resigned as directors.")
    assert found[("John Vollers", "Zentrix Labs")] == ("director", Status.ENDED)
    assert found[("Tom Brenner", "Zentrix Labs")] == ("director", Status.ENDED)


def test_plural_office_skips_a_name_with_an_office_of_its_own(rules):
    found = roles(rules, "Zentrix Labs Inc said John Vollers, its chairman, and Tom Brenner were named directors "
                         "of Varlo Corp.")
    assert found[("John Vollers", "Zentrix Labs")][0] == "Chairman"
    assert found[("Tom Brenner", "Varlo")][0] == "director"
    assert ("Tom Brenner", "Zentrix Labs") not in found


def test_title_joined_by_and_to_the_next_name_is_anothers(rules):
    found = roles(rules, "Zentrix Labs Inc said Dana Whitlock was named to replace John Vollers as chairman and chief "
                         "executive officer and Tom Brenner has been named president of Zentrix Labs.")
    assert found[("Tom Brenner", "Zentrix Labs")][0] == "President"


def test_its_of_a_body_that_is_no_company(rules):
    found = roles(rules, "The Australian Financial Markets Association has elected Varlo Capital's Tom Brenner as its "
                         "new chairman.")
    assert ("Tom Brenner", "Varlo Capital") not in found


def test_its_after_a_company_that_names_someone(rules):
    assert roles(rules, "Zentrix Labs Inc named Tom Brenner as its new chief executive.") == \
        {("Tom Brenner", "Zentrix Labs"): ("CEO", Status.ACTIVE)}


@pytest.mark.parametrize("text", [
    "Tom Brenner, E.V.P. of Zentrix Labs Inc, said sales rose.",
    "Tom Brenner, V.P. of Zentrix Labs Inc, said sales rose.",
    "Zentrix Labs Inc E.V.P. Tom Brenner said sales rose.",
])
def test_vice_president_in_dotted_initials(rules, text):
    assert roles(rules, text) == {("Tom Brenner", "Zentrix Labs"): ("Vice President", Status.ACTIVE)}


@pytest.mark.parametrize("text", [
    "Zentrix Labs Inc said its profit rose. The company said John Smith was named president.",
    "Zentrix Labs Inc said its profit rose. It said John Smith was named president.",
])
def test_story_company_that_says_who_was_named(rules, text):
    assert roles(rules, text) == {("John Smith", "Zentrix Labs"): ("President", Status.ACTIVE)}


def test_leaving_word_of_the_name_before_is_not_the_next_ones(rules):
    text = "Zentrix Labs Inc said its profit rose. Tom Hart resigned and John Smith was named president of Zentrix Labs."
    assert roles(rules, text)[("John Smith", "Zentrix Labs")] == ("President", Status.ACTIVE)


def test_former_before_a_name_still_ends_its_office(rules):
    text = "Zentrix Labs Inc said former president John Smith sold his shares."
    assert roles(rules, text)[("John Smith", "Zentrix Labs")] == ("President", Status.ENDED)


@pytest.mark.parametrize("text, title", [
    ("Zentrix Labs Inc named John Smith chief executive.", "CEO"),
    ("Zentrix Labs Inc said it named John Smith, 52, president and chief operating officer.", "President"),
    ("Zentrix Labs Inc said it has appointed John Smith as chief financial officer.", "CFO"),
])
def test_company_that_named_the_holder(rules, text, title):
    assert roles(rules, text)[("John Smith", "Zentrix Labs")] == (title, Status.ACTIVE)


def test_former_set_off_before_the_office_ends_another(rules):
    text = "Zentrix Labs Inc has hired John Smith, a former Varlo Capital banker, as its head of mergers."
    assert roles(rules, text)[("John Smith", "Zentrix Labs")][1] is Status.ACTIVE


def test_former_before_the_office_on_the_right_ends_it(rules):
    assert roles(rules, "John Smith, former chairman of Zentrix Labs Inc, said sales rose.") == \
        {("John Smith", "Zentrix Labs"): ("Chairman", Status.ENDED)}


@pytest.mark.parametrize("text, company", [
    ("Zentrix Labs Inc said it elected Tom Hart and John Smith to its board.", "Zentrix Labs"),
    ("Zentrix Labs Inc named Tom Hart and John Smith to its board of directors.", "Zentrix Labs"),
    ("Zentrix Labs Inc said it added Tom Hart and John Smith to the Varlo Corp board.", "Varlo"),
])
def test_seat_given_to_a_list_of_names(rules, text, company):
    found = roles(rules, text)
    assert found[("Tom Hart", company)] == found[("John Smith", company)] == ("Director", Status.ACTIVE)


@pytest.mark.parametrize("text", [
    "Tom Hart wrote a letter to the board of Zentrix Labs Inc.",
    "Zentrix Labs Inc said Tom Hart sent a proposal to its board.",
])
def test_words_to_a_board_give_no_seat(rules, text):
    assert roles(rules, text) == {}


def test_its_in_a_clause_people_are_the_subject_of(rules):
    found = roles(rules, "Zentrix Labs Inc said Tom Hart, its chairman, and Mary Jones, its president, were named "
                         "directors of Varlo Corp.")
    assert found[("Mary Jones", "Zentrix Labs")] == ("President", Status.ACTIVE)
    assert found[("Tom Hart", "Zentrix Labs")] == ("Chairman", Status.ACTIVE)

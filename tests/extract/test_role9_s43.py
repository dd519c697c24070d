"""Offices in shapes the role rules misread (session 43, ROLE9): an office left, told in an aside, before
the one taken; an office in brackets after a name, which is that name's and not the next one's. The
sentences are written for these tests; the companies and people are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_an_office_taken_after_an_aside_telling_the_one_left(rules):
    found = roles(rules, "Tom Harker, a former Dallmer Corp executive, joined Veltrix Inc as chief financial officer.")
    assert found.get(("Tom Harker", "Dallmer")) == ("executive", Status.ENDED)
    assert found.get(("Tom Harker", "Veltrix")) == ("CFO", Status.ACTIVE)


def test_the_office_taken_is_the_company_s_that_names_him(rules):
    found = roles(rules, "Ostrava Systems said Jerome Maddox, formerly executive vice president of Kellan Data "
                         "Corp, was named president and chief executive officer.")
    assert found.get(("Jerome Maddox", "Kellan Data")) == ("Vice President", Status.ENDED)
    assert found.get(("Jerome Maddox", "Ostrava Systems")) == ("CEO", Status.ACTIVE)


def test_an_office_taken_after_the_aside_with_its_company_after_the_title(rules):
    found = roles(rules, "Brenmoor Corp said Karl Dorn, former member of Vessel AG's management board, has been named "
                         "chairman and chief executive officer of Brenmoor Chemical Corp.")
    assert found.get(("Karl Dorn", "Brenmoor Chemical")) == ("CEO", Status.ACTIVE)


def test_an_office_still_to_be_taken_after_the_aside_is_agreed(rules):
    found = roles(rules, "Sara Quint, a former Dallmer Corp banker, will join Veltrix Inc as chief operating officer.")
    assert found.get(("Sara Quint", "Veltrix"), (None, None))[1] is Status.AGREED


def test_an_aside_with_no_office_taken_after_it_adds_none(rules):
    found = roles(rules, "Tom Harker, a former Dallmer Corp executive, said Veltrix Inc would cut prices.")
    assert set(found) == {("Tom Harker", "Dallmer")}


def test_an_office_in_brackets_is_the_name_s_before_it(rules):
    found = roles(rules, "Today Harwick Metals is led by Ed Raimer (Chairman of the Board & CEO), Stephen Pollard "
                         "(President), and Scott Pollard (VP of Sales).")
    assert found.get(("Stephen Pollard", "Harwick Metals"), (None,))[0] != "CEO"


@pytest.mark.parametrize("text, pair", [
    ("Corvella is a brand specializing in high end womenswear, established in 2004 by Gina Chalmers.",
     ("Gina Chalmers", "Corvella")),
    ("Tessard Ullmark AB is a Swedish superstore in Ullmark, Sweden, founded in 1963 by Goran Kastell.",
     ("Goran Kastell", "Tessard Ullmark")),
])
def test_a_company_a_copula_describes_before_its_founders(rules, text, pair):
    assert roles(rules, text).get(pair) == ("Founder", Status.ACTIVE)


def test_what_a_copula_describes_after_a_comma_closes_no_apposition(rules):
    found = roles(rules, "Pellham Corp is a supplier of Dorrit Inc, which was founded by Ana Rusk.")
    assert ("Ana Rusk", "Pellham") not in found


@pytest.mark.parametrize("text, pair, title", [
    ("Harlow Motors Plc expects strong sales in Japan this year. Finance director Neil Ashby said margins would rise.",
     ("Neil Ashby", "Harlow Motors"), "Finance director"),
    ("Vossberg Bank AG is likely to raise its dividend, deputy general-director Karl Maier said.",
     ("Karl Maier", "Vossberg Bank"), "deputy general-director"),
])
def test_a_function_s_director_who_speaks_is_the_story_company_s(rules, text, pair, title):
    assert roles(rules, text).get(pair) == (title, Status.ACTIVE)


def test_a_function_s_director_of_a_body_a_noun_names_is_no_company_s(rules):
    found = roles(rules, "Harlow Motors Plc expects strong sales in Japan. Trade ministry export director Neil Ashby "
                         "said quotas would stay.")
    assert ("Neil Ashby", "Harlow Motors") not in found


def test_a_function_s_director_who_does_not_speak_is_not_given_the_story_company(rules):
    found = roles(rules, "Harlow Motors Plc expects strong sales in Japan. Finance director Neil Ashby met bankers.")
    assert ("Neil Ashby", "Harlow Motors") not in found


def test_an_office_given_after_the_aside_of_a_name_a_company_named(rules):
    found = roles(rules, "Corvane Inc said it named James Edley, former senior vice president of Dallmer Corp, its "
                         "president and chief executive officer.")
    assert found.get(("James Edley", "Corvane")) == ("CEO", Status.ACTIVE)

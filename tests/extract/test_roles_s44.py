"""Offices as news prose writes them (session 44, ROLE10): offices joined before a name ("Korvana co-founder
and CEO Dana Whitlock"), an office held before ("Vestrel's former CEO Tom Hart"), and an executive director,
which is that title as written, no "executive". The sentences are written for these tests; the companies
and people are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


def test_offices_joined_before_a_name_tell_its_company(rules):
    found = roles(rules, "Korvana co-founder and CEO Dana Whitlock said on Tuesday that the brokerage had no plans to list.")
    assert found.get(("Dana Whitlock", "Korvana")) == ("CEO", Status.ACTIVE)


def test_a_former_office_before_a_name_is_ended(rules):
    found = roles(rules, "Vestrel's former CEO Tom Hartigan criticised the move.")
    assert found.get(("Tom Hartigan", "Vestrel")) == ("CEO", Status.ENDED)


def test_an_executive_director_keeps_the_title_as_written(rules):
    found = roles(rules, "Brantley Motors executive director Gira Walsh said the company will launch five models.")
    assert found.get(("Gira Walsh", "Brantley Motors")) == ("executive director", Status.ACTIVE)


def test_an_executive_director_after_the_name(rules):
    found = roles(rules, '"It is a concern," said John Coxley, executive director of Ambrel Bank Ltd, a lender.')
    assert found.get(("John Coxley", "Ambrel Bank")) == ("executive director", Status.ACTIVE)


def test_a_title_word_opening_the_name_makes_no_company(rules):
    found = roles(rules, "Sales grew, Executive Vice President and Chief Staff Officer Gary Tolkes told analysts.")
    assert not any(company in ("Executive", "Executive Vice President") for _, company in found)


def test_a_successor_still_to_take_the_office_is_agreed(rules):
    found = roles(rules, "Corvane Corp said John Smithers will succeed Tom Brandt as chief executive officer on July 1.")
    assert found.get(("Tom Brandt", "Corvane")) == ("CEO", Status.ACTIVE)
    assert found.get(("John Smithers", "Corvane")) == ("CEO", Status.AGREED)


def test_one_named_to_succeed_another_takes_his_office(rules):
    found = roles(rules, "Halvard Inc said it named Gary Amberly to succeed Robert Blantz as president and chief "
                         "executive officer of its Mountain Vale subsidiary.")
    assert found.get(("Gary Amberly", "Mountain Vale")) == ("CEO", Status.ACTIVE)


def test_one_succeeded_by_another_leaves_the_office_to_him(rules):
    found = roles(rules, "Corvane Corp said its president, Richard Millett, resigned and was replaced by Peter Grantley.")
    assert found.get(("Richard Millett", "Corvane")) == ("President", Status.ENDED)
    assert found.get(("Peter Grantley", "Corvane")) == ("President", Status.ACTIVE)


def test_one_to_be_succeeded_keeps_the_office_until_then(rules):
    found = roles(rules, "Corvane Corp said chief executive Tom Brandt will be succeeded by John Smithers in June.")
    assert found.get(("Tom Brandt", "Corvane")) == ("CEO", Status.ACTIVE)
    assert found.get(("John Smithers", "Corvane")) == ("CEO", Status.AGREED)


def test_an_office_given_to_one_who_holds_another_is_at_the_same_company(rules):
    found = roles(rules, "Firsby Inc said president William Smithson has been named chief executive officer, "
                         "succeeding Charles Durant.")
    assert found.get(("Charles Durant", "Firsby")) == ("CEO", Status.ENDED)
    assert found.get(("William Smithson", "Firsby"), ("",))[0] in ("President", "CEO")


def test_the_office_still_ahead_is_the_one_after_the_name(rules):
    found = roles(rules, "Corvane Corp said vice chairman Peter Grantley will become chairman of Bolwick Inc next month.")
    assert found.get(("Peter Grantley", "Corvane")) == ("Vice Chairman", Status.ACTIVE)
    assert found.get(("Peter Grantley", "Bolwick")) == ("Chairman", Status.AGREED)


def test_one_replaced_who_keeps_another_office_holds_it_still(rules):
    found = roles(rules, "Fedway Resources Corp said it has named John Kotley president and chief operating officer, "
                         "replacing Paul Hanson, who remains chairman and chief executive officer.")
    assert found.get(("Paul Hanson", "Fedway Resources")) == ("CEO", Status.ACTIVE)
    assert found.get(("John Kotley", "Fedway Resources")) == ("President", Status.ACTIVE)


def test_an_office_the_model_finds_is_read_as_written():
    from keiretsu.extract.relations.roles import written_titles

    assert [t for _, t in written_titles("funds paid to non-executive director Thomas Ward")] == ["non-executive director"]
    assert [t for _, t in written_titles("Araskog had told analysts last July")] == []
    assert [t for _, t in written_titles("its vice president Tom Hart")] == ["Vice President"]

"""Offices that held-out prose tells in shapes the tuning splits rarely show (issue 15, session 42):
a company founded by people named after "by", and an office told after an aside between the name
and its verb. The sentences are written for these tests; the companies and people are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


@pytest.mark.parametrize("text, expected", [
    ("Brightline Analytics is a Boston-based software company founded in 2011 by Priya Raman and Tom Keller.",
     {("Priya Raman", "Brightline Analytics"): "Founder", ("Tom Keller", "Brightline Analytics"): "Founder"}),
    ("Kestrel Foods said its rival Amberline Corp, founded by Mark Hollis, would cut prices.",
     {("Mark Hollis", "Amberline"): "Founder"}),
    ("The Wrap Media Inc., founded by award-winning journalist Sara Waxley in 2009, covers the film business.",
     {("Sara Waxley", "Wrap Media"): "Founder"}),
    ("Personal Ledger Media, which has been founded by Andrew Rusk and co-founder Micah Sorel, runs the fair.",
     {("Andrew Rusk", "Personal Ledger Media"): "Founder", ("Micah Sorel", "Personal Ledger Media"): "Founder"}),
])
def test_a_company_founded_by_people(rules, text, expected):
    found = roles(rules, text)
    for pair, title in expected.items():
        assert found.get(pair) == (title, Status.ACTIVE)


def test_a_cofounder_keeps_the_office_the_sentence_gives_him_elsewhere(rules):
    found = roles(rules, "Marlow, a venture capital firm based in Seattle, was co-founded by Tallis chief executive "
                         "Howard Shultz and Dan Levin.")
    assert found.get(("Howard Shultz", "Tallis")) == ("CEO", Status.ACTIVE)
    assert found.get(("Howard Shultz", "Marlow")) == ("Co-Founder", Status.ACTIVE)
    assert found.get(("Dan Levin", "Marlow")) == ("Co-Founder", Status.ACTIVE)
    assert ("Dan Levin", "Tallis") not in found


@pytest.mark.parametrize("text, pair", [
    # the subject of the clause came before the company the relative clause names
    ("Halvard Logistics, which bought a warehouse from Corvex Inc. last year, was founded by Ellen Marsh.",
     ("Ellen Marsh", "Corvex")),
    # "founded by" someone unnamed; the name is the subject of another verb
    ("Columbia Tools was founded by her parents in 1938 and managed by her husband, Neal Boyle, until 1970.",
     ("Neal Boyle", "Columbia Tools")),
    # what the company's name qualifies was founded, not the company
    ("Zentrix Labs' charity fund, founded by Dana Whitlock, gave $2 million to schools.",
     ("Dana Whitlock", "Zentrix Labs")),
])
def test_no_founder_at_the_wrong_company(rules, text, pair):
    assert roles(rules, text).get(pair, (None,))[0] != "Founder"


def test_an_aside_between_the_name_and_its_office(rules):
    found = roles(rules, "Padma Varrier, considered one of the most powerful women in tech, is the founder and "
                         "CEO of Fabula.")
    assert found.get(("Padma Varrier", "Fabula"), (None,))[0] == "CEO"


@pytest.mark.parametrize("text, founders", [
    ("Markus Persen is a Swedish programmer who founded the video game company Mojara alongside Carl Mannen and "
     "Jakob Porsen in late 2010.", ["Carl Mannen", "Jakob Porsen"]),
    ("He founded Orlen Labs together with fellow co-founders Ann Leland, Bo Chenry and Raj Patil.",
     ["Ann Leland", "Bo Chenry", "Raj Patil"]),
])
def test_cofounders_named_after_with(rules, text, founders):
    found = roles(rules, text)
    company = "Mojara" if "Mojara" in text else "Orlen Labs"
    for person in founders:
        assert found.get((person, company)) == ("Co-Founder", Status.ACTIVE)


def test_money_from_someone_founds_nothing(rules):
    found = roles(rules, "He founded Corvex Partners in 1998 with money from Tom Hartley.")
    assert ("Tom Hartley", "Corvex Partners") not in found


def test_a_company_established_by_people(rules):
    found = roles(rules, "Corlan Metals, Inc. was established in 1976 by Dwight Hanley and Stephen Pauers in Buffalo.")
    assert found.get(("Dwight Hanley", "Corlan Metals")) == ("Founder", Status.ACTIVE)
    assert found.get(("Stephen Pauers", "Corlan Metals")) == ("Founder", Status.ACTIVE)


def test_a_rule_established_by_a_law_founds_nothing(rules):
    found = roles(rules, "Varnel Benefits helps employers meet the requirements established by the Employee "
                         "Retirement Income Security Act, said Tom Hartley.")
    assert not any(title == "Founder" for title, _ in found.values())

"""People quoted for the firm they are "of" (issue 15, item 3, ROLES33). The sentences are Reuters-21578 train
stories, cut down: the firm's name runs on past what the entity took of it ("and Co Inc"), the person judges
rather than says ("agreed", "argued", "sees"), or the sentence runs on past the legal form's full stop into
a quote. And the company named right before an officer told or quoted is his employer, no audience nor source
("told UAL Inc Chairman Richard Ferris", "according to Smith Barney livestock analyst Tom O'Hare")."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations.parse import _office_after
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company", [
    # reuters-54, reuters-2618: the legal form's full stop, then a quote the sentence runs on into
    ('"The wash-out that took place in January was far greater than the actual gains that took place in November '
     'and December," said Bill Sullivan of Dean Witter Reynolds Inc. "The economy has a weakening bent to it early '
     'in the year."', "Bill Sullivan", "Dean Witter Reynolds"),
    ('"Things just aren\'t adding up," said Steve Slifer of Lehman Goverment Securities Inc. "Consumer spending, '
     'capital spending, goverment spending, and net exports data show very weak first quarter GNP growth of one '
     'pct," he said.', "Steve Slifer", "Lehman Goverment Securities"),
    # reuters-2554, reuters-2618: what the entity left of the firm's name, then a verb of judging
    ("Robert Brusca of Nikko Securities Co International Inc argued that an easier Fed policy is unlikely to do "
     "much to solve America's most urgent economic problem, its massive trade deficit.", "Robert Brusca",
     "Nikko Securities"),
    ("Peter Greenbaum of Smith Barney Harris Upham and Co Inc noted that the average wage rate increased to 8.87 "
     "dlrs an hour in February from 8.83 dlrs in January.", "Peter Greenbaum", "Smith Barney, Harris Upham"),
    ("Jason Benderly of Goldman, Sachs and Co noted that the U.S. trade picture improved in the fourth quarter.",
     "Jason Benderly", "Goldman Sachs"),
    # reuters-7499, reuters-8478, reuters-9581, reuters-8441
    ("Jeffrey Leeds of Chemical Bank agreed that the economy's health would remain the main influence on policy.",
     "Jeffrey Leeds", "Chemical Bank"),
    ("But William Johnson of the Jofree Corp disagreed with the oil tariff proposal, saying Congress should remove "
     "price controls on natural gas.", "William Johnson", "Jofree"),
    ("Louis Marckesano of Janney Montgomery predicts 1987 net of 3.50 dlrs per share.", "Louis Marckesano",
     "Janney Montgomery"),
    ("Caroline Levy of E.F. Hutton also believes something could be going on with Wendy's.", "Caroline Levy",
     "E.F. Hutton"),
])
def test_a_person_quoted_for_the_firm_they_are_of(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == (None, Status.ACTIVE)


def test_a_group_of_countries_agreeing_is_no_one_of_a_firm(rules):
    # reuters-13564: "agreed" after "X of Y" makes the sentence parsed; no person, no firm, nothing to tie
    assert found(rules, "The Group of Five and Canada agreed in Paris on February 22 to call a halt to the dollar's "
                        "sharp decline, and several participant central banks have since intervened.") == {}



@pytest.mark.parametrize("text, person, company, title", [
    # reuters-9423: the company of the officer told is his employer, no audience
    ("New York, March 25 - Real estate magnate Donald Trump told UAL Inc Chairman Richard Ferris that he was "
     "interested in UAL stock as an investment, according to a UAL executive.", "Richard Ferris", "UAL", "Chairman"),
    # reuters-5896: nor a source, past the words that qualify the office
    ("Cheap corn is still the main incentive for putting cattle on feed, according to Smith Barney livestock "
     "analyst Tom O'Hare.", "Tom O'Hare", "Smith Barney, Harris Upham", "livestock analyst"),
])
def test_the_company_of_an_officer_told_or_quoted(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


@pytest.mark.parametrize("following, office", [
    ("Inc Chairman Richard Ferris that", True),             # reuters-9423
    ("livestock analyst Tom O'Hare.", True),                # reuters-5896
    ("market strategist Michael Metz.", True),              # reuters-2366
    # reuters-6442: "told Harper and Row Publishers Inc representatives that it intends to withdraw its proposal"
    ("Inc representatives that it intends", False),
    # a word that ties or points qualifies no office: "told Reuters that senior executives ..."
    ("that senior executives would", False),
])
def test_an_office_after_a_company_name(following, office):
    assert _office_after(following) is office

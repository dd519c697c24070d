"""People's offices in modern copy (issue 15, item 3, ROLES17). The sentences are excerpts of FiNER-ORD tuning
articles (listed in /tmp/s51/finer-allowed.txt) and Reuters-21578 train stories, cut down."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company", [
    # finer-ord-validation-29
    ("Just Eat (Other OTC: JSTLF - news) has brushed off concern it faces mounting competition. However, David "
     "Buttress, who has led Just Eat since January 2013, was confident his company would see off its rivals.", "David Buttress", "Just Eat"),
    # finer-ord-train-103
    ("Sports Direct accused of intimidating founder of Direct Golf. In February this year, John Andrew, who has run "
     "Direct Golf for 23 years, was quoted in Retail Week as saying it.", "John Andrew", "Direct Golf"),
])
def test_an_office_told_by_the_present_perfect_is_held(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == ("Head", Status.ACTIVE)


def test_an_office_told_by_the_past_perfect_was_held(rules):
    found = roles(rules, "Just Eat (Other OTC: JSTLF - news) has brushed off concern it faces mounting "
                         "competition. However, David Buttress, who had led Just Eat since January 2013, was confident his company would see off its rivals.")
    assert found[("David Buttress", "Just Eat")] == ("Head", Status.ENDED)


@pytest.mark.parametrize("text, person, company", [
    # reuters-7135, reuters-13216: "at" a firm, with no office said
    ('"A lot of Korea and Taiwan\'s exports to the U.S. have been at Japan\'s expense," said Richard Koss at General '
     "Motors Corp.", "Richard Koss", "General Motors"),
    ('"The last 10 days of March was the second strongest 10-day period we\'ve had this year," said David Healy at '
     "Drexel Burnham Lambert.", "David Healy", "Drexel Burnham Lambert"),
    ("But Ronald Glantz at Montgomery Securities said further production cuts might be necessary.",
     "Ronald Glantz", "Montgomery Securities"),
    # reuters-144, reuters-14710: the firm's town after it
    ('"OPEC must hold to its pact for the next six to eight weeks since buyers will come back into the market then," '
     "said Dillard Spriggs of Petroleum Analysis Ltd in New York.", "Dillard Spriggs", "Petroleum Analysis"),
    ('The only person who will make a difference is Baker," said Alan Rose of First Interstate Bank in Los Angeles.',
     "Alan Rose", "First Interstate Bank"),
])
def test_a_firm_named_after_a_person_with_no_office(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == (None, Status.ACTIVE)


@pytest.mark.parametrize("text, person, company", [
    # reuters-1254, reuters-5230, reuters-12827: the work a relative clause tells, for the firm that closes it
    ("But Richard Schwarz, who follows Kodak for E.F. Hutton and Co, said the company will find the profit margins "
     "much slimmer.", "Richard Schwarz", "E.F. Hutton"),
    ("Hans Kaufmann, who follows Swiss equities for Bank Julius Baer, says a regulated traded options exchange should "
     "boost foreign interest in Swiss shares.", "Hans Kaufmann", "Bank Julius Baer"),
    ('"I think it\'s wrong to assume Dingman has formed a firm strategy with Santa Fe," said Mark Hassenberg, who covers '
     "Henley for DLJ Securities.", "Mark Hassenberg", "DLJ Securities"),
])
def test_a_relative_clause_tells_the_firm_a_person_works_for(rules, text, person, company):
    found = roles(rules, text)
    assert found[(person, company)] == (None, Status.ACTIVE)
    # the company the analyst follows is no employer of his
    assert not any(p == person and c in ("Kodak", "Henley") for p, c in found)


@pytest.mark.parametrize("text, person, company", [
    # reuters-5896, reuters-10017, reuters-11914: an analyst "for" a firm is quoted for it, as one "at" it is
    ('"The cash market is strong and may overshadow the report," said Robin Fuller, analyst for Agri Analysis.',
     "Robin Fuller", "Agri Analysis"),
    ("Steven Lewins, analyst for Citicorp Investment Management, believes the key to Conrail's long term outlook is "
     "how it is able to invest surplus cash.", "Steven Lewins", "Citicorp Investment Management"),
    ("Jerry Abbenhaus, analyst for AGE Clearing noted that distant futures prices are already 15 to 20 dlrs lower "
     "than they were last summer.", "Jerry Abbenhaus", "AGE Clearing"),
])
def test_an_analyst_for_a_firm(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == ("analyst", Status.ACTIVE)


def test_a_firms_name_stops_at_the_given_name_of_the_person_after_it(rules):
    # reuters-3540
    text = ("EDMONTON, Alberta, March 11 - Lower production of coconut and palm oils could lead to a decline in "
            "vegetable oil stocks this year despite growing supplies of oilseeds, senior oilseeds analyst for Merrill "
            "Lynch Capital Markets Mario Balletto said.")
    [ex] = rules.extract([(1, text)])
    companies = {e.name for e in ex.entities if e.kind.value == "company"}
    assert "Merrill Lynch Capital Markets" in companies
    assert not any("Mario" in c or "Balletto" in c for c in companies)
    assert roles(rules, text)[("Mario Balletto", "Merrill Lynch Capital Markets")][1] is Status.ACTIVE


@pytest.mark.parametrize("text, person, company", [
    # reuters-12886, reuters-13261: a firm's possessive before one who speaks
    ("Morgan Stanley's David Hill said he just assumed coverage of Philip Morris and placed it on his recommended "
     "list.", "David Hill", "Morgan Stanley"),
    ("Salomon Brothers' Henry Kaufman said the bond market, highly sensitized to dollar movements, could be encouraged "
     "if currency markets seem to be stabilizing.", "Henry Kaufman", "Salomon Brothers"),
])
def test_a_firms_possessive_before_one_who_speaks(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == (None, Status.ACTIVE)


def test_a_countrys_possessive_gives_no_office(rules):
    # reuters-11084
    assert not roles(rules, "At the other end of the scale, Britain's Michael Jopling said for some products they did "
                            "not go far enough to reduce the massive spending on the EC's farm policy.")

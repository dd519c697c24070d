"""People's offices (issue 15, item 3, ROLES16): an executive office set off after a name past "senior" and with no
closing comma, a function's director set off, a speaker who "could not be reached", a place's possessive or a
"-based" word between the office and its company, the company past a long field, dealers and traders as staff, and a
sentence naming a person by "Mr. Surname" or opening on the surname alone. The sentences are excerpts of Reuters-21578
train stories (tuning material); the Westinghouse and Jacobs Suchard ones are cut down from theirs."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company, title", [
    # senior before the office, no comma closing it
    ("NEW YORK, MARCH 27 - Westinghouse Electric Corp said earnings per share growth will exceed sales growth. "
     'Paul E. Lego, senior executive vice president told the analysts "our plans do not call for a multibillion '
     'dlr acquisition."', "Paul E. Lego", "Westinghouse Electric", "Vice President"),
    # a function's director set off, his field after "in charge of"
    ("ZURICH, March 12 - Jacobs Suchard AG <JACZ.Z> hopes for another excellent year in 1987. Hermann Pohl, general "
     "director in charge of economic affairs, said the 2.7 pct decline in group turnover to 5.24 billion francs was "
     "due to currency factors.", "Hermann Pohl", "Jacobs Suchard", "general director"),
    # a director told by the function after his office
    ("CHICAGO, March 25 - Gould Inc said it is introducing a new generation of very high performance mini "
     "supercomputers for intensive engineering applications. The computers are expected to have applications in "
     "science and engineering, Rick Baron, senior director of marketing development said.",
     "Rick Baron", "Gould", "director"),
])
def test_an_office_set_off_speaks_for_the_story_company(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


def test_one_who_could_not_be_reached_speaks_for_his_company(rules):
    found = roles(rules, "Sources close to Farmers Commodities confirmed its plans, but Hal Richards, president, could "
                         "not be reached immediately for comment.")
    assert found[("Hal Richards", "Farmers Commodities")] == ("President", Status.ACTIVE)


@pytest.mark.parametrize("text, person, company, title", [
    ("Hannes Androsch, chairman of Austria's Creditanstalt-Bankverein, said there was some truth to the charge.",
     "Hannes Androsch", "Creditanstalt-Bankverein", "Chairman"),
    ("For Michel Develle, Director of Economic Studies at newly-privatised Banque Paribas, the government's "
     "outstanding achievement has been to launch a revolution.", "Michel Develle", "Banque Paribas", "Director"),
    ('"I strongly doubt that there is going to be any hostile takeover," Drexel Burnham Lambert Inc\'s Houston-based '
     "analyst John Olson said.", "John Olson", "Drexel Burnham Lambert", "analyst"),
])
def test_a_place_between_an_office_and_its_company(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


def test_an_office_of_a_companys_committee_far_from_it_is_not_the_companys(rules):
    found = roles(rules, "FRANKFURT, March 12 - David Rockefeller, chairman of the international advisory committee "
                         "of Chase Manhattan Bank NA, said an accommodation would be found.")
    assert ("David Rockefeller", "Chase Manhattan Bank") not in found


def test_a_companys_possessive_before_its_unit_still_gives_the_units_office(rules):
    found = roles(rules, "John Smith, chairman of Dorrance's Bolt Industries unit, said the plant would close.")
    assert ("John Smith", "Bolt Industries") in found and ("John Smith", "Dorrance") not in found


@pytest.mark.parametrize("text, person, company, title", [
    ("Banque National de Paris <BNPP.A> senior dealer Peter Nicolls cautioned that in the long term the currency "
     "and interest rates were too high.", "Peter Nicolls", "Banque National de Paris", "senior dealer"),
    ('"It\'s been pro-forma intervention," said Francoise Soares-Kemp, chief corporate trader at Credit Lyonnais.',
     "Francoise Soares-Kemp", "Credit Lyonnais", "chief corporate trader"),
    ('"The dollar is now firmly within a broad 140 to 150 yen range," Chase Bank AG\'s senior dealer Eckhart Hager '
     "said.", "Eckhart Hager", "Chase Bank", "senior dealer"),
])
def test_a_banks_dealer_or_trader_holds_an_office_there(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


def test_a_local_trader_with_no_firm_holds_no_office(rules):
    found = roles(rules, "The election of Bradt, and of local trader Vincent Viola as an at-large member, increases "
                         "representation of locals on the board of the New York Mercantile Exchange.")
    assert not [k for k in found if k[0] == "Vincent Viola"]


@pytest.mark.parametrize("second", [
    "Mr. Smith, the company's chief executive, said demand was strong.",
    "Smith, the company's chief executive, said demand was strong.",
    "Smith, 52, the company's chief executive, said demand was strong.",
])
def test_a_surname_named_again_gets_the_office_set_off_after_it(rules, second):
    text = "Acme Corp said John Smith would lead its Asian unit. " + second
    assert roles(rules, text)[("John Smith", "Acme")] == ("CEO", Status.ACTIVE)
    assert people(rules, text) == {"John Smith"}


def test_a_company_joined_by_and_before_anothers_office_is_not_his(rules):
    found = roles(rules, "It said the central bank tried to assist in a bid by Bank of Hawaii and Philippine sugar trader "
                         "Antonio Chan to purchase Pacific Bank, but the negotiations collapsed.")
    assert not [k for k in found if k[0] == "Antonio Chan"]


def test_the_chairman_of_a_committee_set_off_is_not_the_story_companys_chairman(rules):
    found = roles(rules, "Harper and Row Publishers Inc said its board met. Winthrop Knowlton, chairman of special "
                         'committee said "no determination has been made by the full board as to any transaction."')
    assert ("Winthrop Knowlton", "Harper and Row Publishers") not in found

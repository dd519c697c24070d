"""Which firm an office is of, and what it is called (ROLES36): a managing director shown as written, the head of a
part of a company no entity names under its title as written, an office of a firm only described. The texts are
Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations.roles import office_of
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company", [
    # reuters-11210 (eval/docs/dev.jsonl): an Australian firm's managing director heads it
    ("ADELAIDE, March 31 - The Adelaide Steamship Co Ltd <ADSA.S> (Adsteam) said it will subscribe to 30 mln shares in "
     "listed British property developer, <Markheath Securities Plc>, at 60p each, subject to shareholder approval.\n"
     "Adsteam's managing director John Spalvins will become chairman of Markheath and two other Adsteam nominees will "
     "join its board.", "John Spalvins", "Adelaide Steamship"),
    # reuters-3716: at a Wall Street firm it is a rank, no chief executive's office
    ("The SEC charged Nahum Vaskevitch, a managing director of Merrill Lynch, Pierce, Fenner and Smith Ltd, with "
     "profiting from inside information about 12 companies involved in mergers.", "Nahum Vaskevitch", "Merrill Lynch"),
])
def test_a_managing_director_is_shown_as_written(rules, text, person, company):
    assert roles(rules, text)[(person, company)] == ("managing director", Status.ACTIVE)


def test_a_managing_director_still_ranks_as_the_chief_executive():
    # the labelled titles are read by the same function: "managing director and chief executive" is one office
    assert office_of("Managing Director") == "managing director"
    assert office_of("managing director and chief executive") == "managing director"
    assert office_of("chairman and managing director") == "managing director"


def test_an_office_of_a_firm_only_described_is_not_the_storys_company(rules):
    # reuters-7893: a story about American Can; the brokerage firm bearing his name is Jefferies Group
    found = roles(rules, "NEW YORK , March 20 - American Can Co chairman Gerald Tsai said the company will record "
                         "higher earnings in the first quarter and for the full year.\nYesterday, Boyd Jefferies, "
                         "chairman and founder of the brokerage firm bearing his name, resigned from the firm and said "
                         "he would plead guilty to two felony charges for breaking securities laws.")
    assert found[("Gerald Tsai", "American Can")] == ("Chairman", Status.ACTIVE)
    assert ("Boyd Jefferies", "American Can") not in found


@pytest.mark.parametrize("text, person, company, title", [
    # reuters-1502: no body after the offices
    ("LOS ANGELES, March 4 - Castle and Cooke Inc said it would take a fourth quarter after-tax loss of 33.9 mln dlrs "
     "from the previously reported sale of its Flexi-Van container leasing business to Itel Corp <ITEL> for about 215 "
     "mln dlrs.\nDavid Murdock, chairman and chief executive officer, said, \"Both our food business and our real estate "
     "operations increased their earnings during the year (1986).\"", "David Murdock", "Castle and Cooke", "CEO"),
    # reuters-13263: a firm only described, closing the phrase, is the story's
    ("NEW YORK, April 5 - Caesars World Inc <CAW> said its directors unanimously approved a recapitalization plan.\n"
     "Henry Gluck, chairman and chief executive officer of the hotel, casino and resorts company, said in a statement "
     "the board believes the recapitalization plan is financially superior.", "Henry Gluck", "Caesars World", "CEO"),
    # reuters-9376: "of the company"
    ("ST. LOUIS, Mo., March 25 - Anheuser-Busch Cos Inc said Dennis Long is resigning from the company.\nHe will be "
     "replaced as president of the unit by August Busch III, chairman and president of the company, and chairman and "
     "chief executive officer of the unit, the company said.", "Busch III", "Anheuser-Busch", "Chairman"),
])
def test_an_office_set_off_of_the_company_or_of_no_body_is_the_storys_company(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


@pytest.mark.parametrize("text, person, company, title", [
    # reuters-2788
    ("ARMONK, N.Y., March 6 - International Business Machines Corp said it has named James A. Cannavino president of "
     "its Data Systems Division, succeeding IBM vice president, Edward M. Davis, who is retiring June 30 and until then "
     "will be IBM vice president, technology competitiveness.", "James A. Cannavino", "IBM",
     "president of its Data Systems Division"),
    # reuters-13926
    ("NEW YORK, April 7 - Barclays Bank Plc said it has promoted John Kerslake to chief executive officer of its North "
     "American operations with overall responsibility for the bank's U.S. banking and finance operations.",
     "John Kerslake", "Barclays Bank", "chief executive officer of its North American operations"),
    # reuters-1340: the rest of his list is the company's office
    ("SANTA CLARA, Calif., March 3 - Reid-Ashman Inc said it has decided to divest its test products division, located "
     "in Santa Clara.\nThe company said it will entertain offers through March 30. It also said Steven Reid, a company "
     "founder and president of the test division, has made an offer to purchase the unit.", "Steven Reid", "Reid-Ashman",
     "founder"),
])
def test_the_head_of_a_part_no_entity_names_is_no_head_of_the_firm(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)] == (title, Status.ACTIVE)


@pytest.mark.parametrize("text, person, company, title, status", [
    # reuters-11583: the unit is named, its office is its own
    ("KANSAS CITY, Mo., March 31 - United Telecommunications Inc said it has named Robert Benders president and chief "
     "executive officer of its Megatek Corp unit.", "Robert Benders", "Megatek", "CEO", Status.ACTIVE),
    # reuters-11651: the firm's own president, and the division's, told apart
    ("CYPRESS, Calif., March 31 - Ducommun Inc said W. Donald Bell resigned as president and a director of the company "
     "and president of Kierulff, Ducommun's largest division.", "W. Donald Bell", "Ducommun", "President", Status.ENDED),
    # reuters-2788: a vice president of a division is the firm's, as the wire writes it
    ("ARMONK, N.Y., March 6 - International Business Machines Corp said it has named James A. Cannavino president of "
     "its Data Systems Division, succeeding IBM vice president, Edward M. Davis, who is retiring June 30 and until then "
     "will be IBM vice president, technology competitiveness.", "Edward M. Davis", "IBM", "Vice President", Status.ACTIVE),
])
def test_offices_of_the_firm_and_of_named_units_stay(rules, text, person, company, title, status):
    assert roles(rules, text)[(person, company)] == (title, status)

"""A handover told in a sentence of its own, after the one that gave the successor his office (issue 15, ROLES20):
"He succeeds X", "The company said Niglio replaces X". The sentences are excerpts of Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person, company, title, status", [
    # reuters-8923: "he" for the one the sentence before named
    ("SALT LAKE CITY, March 24 - BSD Medical Corp said it named Victor Vaguine as president and chief executive "
     "officer.\nHe replaces James Skinner, the company said.",
     "James Skinner", "BSD Medical", "CEO", Status.ENDED),
    # reuters-7138: after "The company said"
    ("GAITHERSBURG, Md., March 19 - Genex Corp said Gary Frashier was elected its president and chief executive "
     "officer, effective April 1.\nThe company said he replaces Leslie Glick.",
     "Leslie Glick", "Genex", "CEO", Status.ENDED),
    # reuters-1305: the successor by his surname
    ("RENO, Nev., March 3 - Phone-A-Gram System Inc said it named Eugene Mora its Chairman and chief executive "
     "officer.\nMora succeed Fred Peterson, who resigned.",
     "Fred Peterson", "Phone-A-Gram System", "CEO", Status.ENDED),
    # reuters-131: still ahead, held until then
    ("STAMFORD, Conn., Feb 26 - Olin Corp said its board will elect in April John Johnstone Jr as its chief "
     "executive officer.\nThe company said he will succeed John M Henske, who is also chairman.",
     "John M Henske", "Olin", "CEO", Status.ACTIVE),
])
def test_a_handover_after_the_office_given(rules, text, person, company, title, status):
    assert roles(rules, text)[(person, company)] == (title, status)


def test_the_office_given_not_one_told_held_after(rules):
    # reuters-6766: the sentence between tells the office he holds at another firm; the one handed over is the one
    # the story's company gave him
    text = ("MONROE, Conn., March 18 - Children's Discovery Centers of America Inc said Richard Niglio has been "
            "appointed chairman and chief executive officer effective April 15.\nNiglio, 44, is currently president "
            "and chief executive officer of Victoria Station Inc, a restaurant chain based in San Francisco.\n"
            "The company said Niglio replaces James DeSanctis.")
    found = roles(rules, text)
    assert ("James DeSanctis", "Children's Discovery Centers of America") in found
    assert ("James DeSanctis", "Victoria Station") not in found


def test_no_executive_office_given_none_handed_over(rules):
    # reuters-1210: the successor's office before was a director's post at a bank, the one he takes a government
    # department's: nothing is handed over at the bank
    text = ("LONDON, March 3 - The Export Credits Guarantee Department has named Malcolm Stephens, director of export "
            "finance at Barclay's Bank Plc, to the post of executive director, a department spokesman said.\n"
            "Stephens replaces Jack Gill, who is retiring early aged 57.")
    assert not any(person == "Jack Gill" for person, _ in roles(rules, text))


def test_he_after_another_man_named(rules):
    # reuters-8923 with a sentence naming another man in between (no tuning text holds it): "he" is no longer
    # surely the successor
    text = ("SALT LAKE CITY, March 24 - BSD Medical Corp said it named Victor Vaguine as president and chief executive "
            "officer.\nAnalyst Tom Brown said the stock rose.\nHe replaces James Skinner, the company said.")
    assert ("James Skinner", "BSD Medical") not in roles(rules, text)


@pytest.mark.parametrize("text, person, company, title, status", [
    # reuters-10986: past a list of offices and "of the company"
    ("IRVINE, Calif., March 30 - San/Bar Corp said it appointed Charles von Urff as president, chief operating officer "
     "and a director of the company to succeed Robert Johnson, who retired last year.",
     "Robert Johnson", "San/Bar", "President", Status.ENDED),
    # reuters-9968: an office given with an article, and the one replaced
    ("CHICAGO, March 26 - Bally Manufacturing Corp said it has elected Paul Johnson a vice president and named him "
     "chief financial officer, replacing Donald Romans, who took early retirement.",
     "Paul Johnson", "Bally Manufacturing", "Vice President", Status.ACTIVE),
    # reuters-10991: the shareholders elect
    ("PHILADELPHIA, March 30 - PHLCorp said its shareholders elected Ian M. Cumming as chairman, succeeding Victor H. "
     "Palmieri, and Joseph S. Steinberg as president, succeeding Peter A. Martosella.",
     "Ian M. Cumming", "PHLCorp", "Chairman", Status.ACTIVE),
    # reuters-11105: "The board" of the story's one company
    ("UPPER SADDLE RIVER, March 30 - Inland Vacuum Inc said is board proposed a two-for-one stock split payable to "
     "shareholders of record April 30.\nThe board also elected Phillip Frost chairman, succeeding John Durkin, who "
     "remains president and chief executive officer.",
     "Phillip Frost", "Inland Vacuum", "Chairman", Status.ACTIVE),
    # reuters-7399: nominated to become: not held yet
    ("WINSTON-SALEM, N.C., March 19 - RJR Nabisco Inc said it nominated J. Paul Sticht to become chairman of the "
     "board, replacing J. Tylee Wilson, who will take early retirement.",
     "J. Paul Sticht", "RJR Nabisco", "Chairman", Status.AGREED),
    # reuters-13926: promoted to (the head of a part of the bank, under his title as written: ROLES36)
    ("NEW YORK, April 7 - Barclays Bank Plc said it has promoted John Kerslake to chief executive officer of its North "
     "American operations.",
     "John Kerslake", "Barclays Bank", "chief executive officer of its North American operations", Status.ACTIVE),
])
def test_an_office_given_and_handed_over_in_one_sentence(rules, text, person, company, title, status):
    assert roles(rules, text)[(person, company)] == (title, status)


@pytest.mark.parametrize("text, person", [
    # reuters-8493: the office handed over is a minister's, named before the handover
    ("The decree named the head of the Iraqi National Oil Company (INOC), Isam Abdul-Rahim al-Chalaby, to take over "
     "as oil minister replacing Qassem Ahmed Taqi.", "Qassem Ahmed Taqi"),
    # reuters-9504: an office held, none given, and a board seat handed over
    ("The company said Ferdinand Colloredo-Mansfield, chairman of Cabot, Cabot and Forbes, will succeed Holmes on the "
     "board.", "Holmes"),
])
def test_no_office_handed_over(rules, text, person):
    assert not any(p.endswith(person) for p, _ in roles(rules, text))


@pytest.mark.parametrize("text, person, company", [
    # reuters-4251: a clause set off between the company and "said"
    ("SAN JOSE, Calif., March 12 - Telcom General Corp, which stopped operating a month ago, said Robert F. Friedman "
     "has resigned as president, chief executive officer and a director.", "Robert F. Friedman", "Telcom General"),
    # reuters-1004: an apposition naming its parent: the office is the one that said it's, not the parent's
    ("LOMBARD, Ill., March 3 - MidCon Corp, a subsidiary of Occidental Petroleum Corp <OXY>, said William C. Terpstra "
     "has resigned as president and chief operating officer.", "William C. Terpstra", "MidCon"),
])
def test_the_company_that_said_past_an_aside(rules, text, person, company):
    found = roles(rules, text)
    assert found[(person, company)][1] is Status.ENDED
    assert [c for p, c in found if p == person] == [company]


def test_named_to_head_gives_no_office_title(rules):
    # reuters-14213: "to head" is a verb; no chief executive of the automaker
    text = ("DETROIT, April 7 - General Motors Corp said it will reorganize its operations.\nThe automaker named James F. "
            "Waters Jr to head the operations.")
    assert roles(rules, text).get(("James F. Waters Jr", "General Motors"), (None,))[0] != "CEO"


def test_the_second_one_elected_past_the_one_the_first_replaced(rules):
    # reuters-10991: each name its own office, and each one replaced the office he left
    found = roles(rules, "PHILADELPHIA, March 30 - PHLCorp said its shareholders elected Ian M. Cumming as chairman, "
                         "succeeding Victor H. Palmieri, and Joseph S. Steinberg as president, succeeding Peter A. "
                         "Martosella.")
    assert found[("Joseph S. Steinberg", "PHLCorp")] == ("President", Status.ACTIVE)
    assert found[("Peter A. Martosella", "PHLCorp")] == ("President", Status.ENDED)
    assert found[("Victor H. Palmieri", "PHLCorp")] == ("Chairman", Status.ENDED)


def test_not_the_parent_named_inside_the_aside(rules):
    # reuters-10159: the unit said it, past two asides; the parent named in the first is no sayer
    found = roles(rules, "TROY, Mich., March 26 - Ameritech Publishing, a unit of Ameritech, the midwest-based "
                         "telephone services company, said it has named Barry Allen president effective April.")
    assert ("Barry Allen", "Ameritech Publishing") in found
    assert ("Barry Allen", "Ameritech") not in found

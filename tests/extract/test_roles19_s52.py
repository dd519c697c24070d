"""Offices taken, left or handed over with no company named in the sentence (issue 15, ROLES19). The sentences are
excerpts of Reuters-21578 train stories and of the dev2 tuning documents, cut down; where no tuning text holds a
shape, the test says so and keeps to the words of the nearest tuning sentence."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


FARAH = ("EL PASO, Texas, March 16 - Farah Manufacturing Co said it named Christopher Carameros senior vice president "
         "of finance, effective April 1.\nCarameros will succeed Richard Jaeger as chief financial officer.")


def test_a_handover_of_a_story_office_with_no_company_is_the_storys(rules):
    # reuters-5685: the office handed over is the story's company's; the one who holds it keeps it until then
    found = roles(rules, FARAH)
    assert found[("Richard Jaeger", "Farah Manufacturing")] == ("CFO", Status.ACTIVE)
    assert ("Christopher Carameros", "Farah Manufacturing") in found


@pytest.mark.parametrize("text, person, company, title, status", [
    # reuters-10726: an office to be taken, told in a sentence of its own after the lead
    ("TOKYO, March 30 - Toray Industries Inc <TORT.T>, Japan's top synthetic fibre maker, named managing director "
     "Katsunosuke Maeda as president, effective April 16.\nCurrent president Yoshikazu Ito will become chairman.",
     "Yoshikazu Ito", "Toray Industries", "Chairman", Status.AGREED),
    # reuters-4421: the company the story is about, no entity in the sentence ("The company said")
    ("DALLAS, March 12 - E-Systems Inc said John W. Dixon will retire April 21 as chairman and chief executive "
     "officer but remain on the board as chairman emeritus.\nThe company said president and chief operating officer "
     "David R. Tacke will succeed Dixon as chairman and chief executive and senior vice president E. Gene Keigger "
     "will become president and chief operating officer.",
     "E. Gene Keigger", "E-Systems", "President", Status.AGREED),
])
def test_an_office_taken_in_a_story_of_one_company(rules, text, person, company, title, status):
    assert roles(rules, text)[(person, company)] == (title, status)


def test_not_in_a_story_of_two_companies(rules):
    # reuters-1729 (dev2): the directors are the second company's, not the lead's; with two companies named the
    # rule says nothing
    text = ("GREENWICH, Conn., March 4 - Dynamics Corp of America said it has reached an agreement with CTS Corp "
            "resolving all differences between the two companies.\nFormer President Robert D. Hostetler is resigning "
            "as a director, as is Chief Financial Officer Gary B. Erekson, Ted Ross and Donald J. Kacek.")
    assert not any(person == "Robert D. Hostetler" for person, _ in roles(rules, text))


# No tuning text holds "has named" (1987 wire copy writes "said it named"); the sentence keeps the words of
# reuters-5685.
def test_the_company_that_has_named_someone(rules):
    text = ("Farah Manufacturing Co has named Christopher Carameros as chief financial officer, effective April 1.")
    assert roles(rules, text)[("Christopher Carameros", "Farah Manufacturing")] == ("CFO", Status.ACTIVE)


@pytest.mark.parametrize("text, person, company", [
    # reuters-4033, reuters-6085: a firm described as a group and the one who leads or heads it
    ("Cincinnati, March 11 - Taft Braodacasting Co said its board of directors unanimously decided not to accept the "
     "pending proposal of Theta Corp, an investor group led by Dudley Taft.", "Dudley Taft", "Theta"),
    ("Last week Taft Broadcasting Co rejected a 145 dlr-a-share bid by Theta Corp, an investment group headed by "
     "Taft's vice chairman, Dudley Taft.", "Dudley Taft", "Theta"),
])
def test_a_company_headed_or_led_by_a_person(rules, text, person, company):
    assert roles(rules, text)[(person, company)][0] == "Head"


@pytest.mark.parametrize("text, person", [
    # reuters-5190: what the words after the company describe (a team, no company) is led, not the paper
    ("According to the Times of Zambia, the IMF team, led by assistant director for Africa Paul Acquah, is due to "
     "conclude its talks with the government on schedule on March 23.", "Paul Acquah"),
    # reuters-7415: the group that bought from the company is led, not the company it bought from
    ("Budget was acquired on September 30, 1986 from Transamerica Corp <TA> by an investor group led by Gibbons, "
     "Green van Amerongen and members of Budget's senior management.", "Green van Amerongen"),
])
def test_not_what_another_noun_names(rules, text, person):
    assert not any(p == person for p, _ in roles(rules, text))


# No tuning text holds a courtesy title between an office and the name after it (1987 wire copy writes no "Mr.");
# the sentence keeps the words of reuters-12317: "the company's chairman, A. William Reynolds, told shareholders".
def test_a_courtesy_title_between_the_office_and_the_name(rules):
    text = ("GenCorp Inc said it would fight the offer. Yesterday, GenCorp's chairman, Mr. Reynolds, told shareholders "
            "he would be presenting an alternative to the takeover offer.")
    assert roles(rules, text)[("Reynolds", "GenCorp")][0] == "Chairman"

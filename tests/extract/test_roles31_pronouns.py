"""Offices told of "he" or "she" (ROLES31): the pronoun stands for the one person named earlier in its sentence, or
else in the sentence right before, with nobody else told of in between and of the sex a courtesy title tells; its
offices are read as a name's are. Sentences from Reuters train; the one of Mr Ashley and the negative ones written
for these tests."""

from __future__ import annotations

from keiretsu.models import Status

from ..helpers import roles


def test_a_past_office_told_of_he_in_the_next_sentence_is_the_one_named_before(rules):
    found = roles(rules, "ALBANY, N.Y., March 18 - National Savings Bank of Albany said Thomas P. Bilbao will join the "
                         "company as President and Chief Executive officer next month. He was fomerly a Senior Vice "
                         "President for <Goldome FSB>.")
    assert found.get(("Thomas P. Bilbao", "Goldome"), (None, None))[1] is Status.ENDED


def test_former_offices_at_two_companies(rules):
    found = roles(rules, "It noted Henry Epstein is chairman of Computer Communications Inc <CCMM>. He is a former "
                         "senior executive of Loral Corp <LOR> and of Texas Instruments Inc <TXN>.")
    assert found.get(("Henry Epstein", "Loral"), (None, None))[1] is Status.ENDED
    assert found.get(("Henry Epstein", "Texas Instruments"), (None, None))[1] is Status.ENDED


def test_he_in_the_same_sentence_after_the_one_named(rules):
    found = roles(rules, "Mr Ashley said he is also chairman of Sports Direct International.")
    assert found.get(("Ashley", "Sports Direct International"), (None, None)) == ("Chairman", Status.ACTIVE)


def test_two_people_named_before_leave_he_unbound(rules):
    found = roles(rules, "Vestrel Corp named John Smith president and Tom Brown treasurer. He was previously "
                         "president of Parmley Inc.")
    assert not any(company == "Parmley" for _, company in found)


def test_she_is_not_a_man_the_story_calls_mr(rules):
    found = roles(rules, "Vestrel Corp named Mr John Smith president. She was previously president of Parmley Inc.")
    assert ("John Smith", "Parmley") not in found


def test_another_person_told_of_by_an_office_in_between(rules):
    found = roles(rules, "Vestrel Corp named John Smith president. The chairman said he would become chief executive "
                         "of Parmley Inc.")
    assert ("John Smith", "Parmley") not in found


def test_he_replacing_someone_takes_none_of_his_titles(rules):
    found = roles(rules, "OAK BROOK, ILL., March 9 - BCI Holdings Corp said it named Stephen Rowley president of "
                         "Day-Timers Inc, a subsidiary of the company's Beatrice Consumer Durables, effective "
                         "immediately. It said he replaces Robert Dorney, founder and former president, who will remain "
                         "as senior vice president, new product development of the company.")
    assert found.get(("Stephen Rowley", "BCI"), (None,))[0] != "founder"

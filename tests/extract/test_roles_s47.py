"""Offices the rules and the model gave the wrong person (session 47): in a handover, the office told in a
relative clause of the one replaced ("X will succeed Y, who will become chairman") is Y's new office, agreed
or held, at the company that told of the handover, never X's (X takes Y's old office there, unnamed); a board seat such a clause gives ("who has been
elected to AMR's board") is Y's. The sentences are written for these tests; the companies and people in them
are invented."""

from __future__ import annotations

import dataclasses

import pytest

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: these are the rules' shapes


@pytest.fixture(scope="module")
def shipped() -> RuleExtractor:
    # the shipped model adds no tie the rules missed (threshold 1.00, cross-validated); one that adds
    # (``train relations --threshold 0.35``) must read each added office as the rules would
    return RuleExtractor(relations=RelationFinder(dataclasses.replace(RelationModel.default(), threshold=0.35,
                                                                     role_threshold=None)))


def test_the_office_the_one_replaced_will_take_is_his_not_his_successors(rules):
    found = roles(rules, "Velmont Publishing said Ruth Calder will succeed Arthur Penhall, who will become chairman and "
                         "chief executive officer until he retires on June 1.")
    assert found[("Arthur Penhall", "Velmont Publishing")] == ("CEO", Status.AGREED)
    assert found[("Ruth Calder", "Velmont Publishing")] == (None, Status.AGREED)  # his old office, unnamed


def test_the_model_gives_no_office_told_of_another_in_his_relative_clause(shipped):
    found = roles(shipped, "Dorrow Corp said Ruth Calder will succeed Arthur Penhall, who will become chairman.")
    assert found.get(("Ruth Calder", "Dorrow"), (None,))[0] is None


def test_the_office_the_one_replaced_was_elected_to_is_held(rules):
    found = roles(rules, "Dorrow Savings said Ruth Calder succeeds Arthur Penhall, who was elected chairman of the "
                         "board and continues as chief executive officer.")
    assert found[("Arthur Penhall", "Dorrow Savings")] == ("Chairman", Status.ACTIVE)
    assert found[("Ruth Calder", "Dorrow Savings")] == (None, Status.ACTIVE)


def test_a_seat_the_one_replaced_moves_to_is_his(rules):
    found = roles(rules, "Velmont Airlines said Ruth Calder succeeds Arthur Penhall, who has been elected to "
                         "Dorrow Corp's board.")
    assert found[("Arthur Penhall", "Dorrow")] == ("Director", Status.ACTIVE)
    assert ("Ruth Calder", "Dorrow") not in found


def test_a_relative_clause_after_a_name_still_gives_an_office_to_come(rules):
    found = roles(rules, "Velmont Corp said Arthur Penhall, who will become chairman of Dorrow Inc, resigned.")
    assert found[("Arthur Penhall", "Dorrow")] == ("Chairman", Status.AGREED)


def test_a_title_set_off_with_its_company_after_one_name_is_not_the_next_ones(rules):
    found = roles(rules, "Members include Ruth Calder, president of Dorrow Corp, Arthur Penhall, chairman emeritus of "
                         "Velmont Inc, and Tom Brill.")
    assert found[("Ruth Calder", "Dorrow")] == ("President", Status.ACTIVE)
    assert ("Arthur Penhall", "Dorrow") not in found


def test_the_model_reads_each_named_ones_own_office_and_the_one_replaced_has_left_it(shipped):
    found = roles(shipped, "Dorrow Corp said its shareholders elected Ruth Calder as chairman, succeeding Arthur "
                           "Penhall, and Tom Brill as president, succeeding Peter Velmont.")
    assert found[("Tom Brill", "Dorrow")] == ("President", Status.ACTIVE)
    assert found[("Peter Velmont", "Dorrow")] == ("President", Status.ENDED)
    assert found[("Arthur Penhall", "Dorrow")] == ("Chairman", Status.ENDED)


def test_a_relative_clause_with_a_time_word_still_gives_its_office(rules):
    found = roles(rules, "The fund was set up by Ruth Calder, who had previously been chief executive of Dorrow "
                         "Systems Inc.")
    assert found[("Ruth Calder", "Dorrow Systems")] == ("CEO", Status.ENDED)
    found = roles(rules, "Ruth Calder, who is also chairman of Velmont Corp, said sales rose.")
    assert found[("Ruth Calder", "Velmont")] == ("Chairman", Status.ACTIVE)


def test_an_office_kept_is_at_the_company_that_says_so_last(rules):
    found = roles(rules, "Dorrow Leasing Corp said it named Tom Brill president. Arthur Penhall will continue as "
                         "chairman and chief executive officer, the company said.")
    assert found[("Arthur Penhall", "Dorrow Leasing")] == ("CEO", Status.ACTIVE)


def test_the_one_succeeded_holds_the_office_past_his_successors_apposition(rules):
    found = roles(rules, "Velmont Corp said Tom Brill, 54, president and chief operating officer, will succeed "
                         "Arthur Penhall as chief executive officer on April 30.")
    assert found[("Arthur Penhall", "Velmont")] == ("CEO", Status.ACTIVE)
    assert found[("Tom Brill", "Velmont")][0] == "President"


def test_an_office_of_a_body_told_after_it_is_not_the_sayers(rules):
    found = roles(rules, "Western's president, Arthur Penhall, will be president of the combined unit, Dorrow "
                         "Savings said.")
    assert ("Arthur Penhall", "Dorrow Savings") not in found

"""A handover told in the passive with the office named: "X is succeeded as president by Y", "X will be
replaced as managing director of Z by Y" (ROLES26). The sentences are Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_the_successor_takes_the_office_named_and_the_one_replaced_leaves_it(rules):
    found = roles(rules, "Applied Magnetics Corp said its board named Ben Newitt to the new position of vice chairman "
                         "and as chief executive officer.\nNewitt, who had been president and chief executive officer, "
                         "is succeeded as president by William Anderson, who had been executive vice president and "
                         "chief operating officer.")
    assert found[("William Anderson", "Applied Magnetics")] == ("President", Status.ACTIVE)


def test_a_handover_still_ahead_is_agreed_at_the_company_the_office_names(rules):
    found = roles(rules, "In Brazil, Clifford J. Vaughn, vice president and managing director of GM do Brasil, will "
                         "return to the United States as vice president of manufacturing at the Chevrolet-Pontiac-Canada "
                         "Group.\nVaughn will be replaced as managing director of GM do Brasil by Robert B. Stone, vice "
                         "president and managing director of GM de Mexico.")
    assert found[("Robert B. Stone", "GM do Brasil")][1] is Status.AGREED


def test_the_office_before_by_is_no_office_the_successor_left(rules):
    # "succeeded as chairman by John Smith" is no "replacing chairman John Smith"
    found = roles(rules, "Acme Corp said Robert Jones will be succeeded as chairman by John Smith.")
    assert found.get(("John Smith", "Acme"), (None, None))[1] is not Status.ENDED


def test_the_one_replaced_in_one_office_keeps_the_others_he_holds_there(rules):
    found = roles(rules, "Applied Magnetics Corp said its board named Ben Newitt to the new position of vice chairman "
                         "and as chief executive officer.\nNewitt, who had been president and chief executive officer, "
                         "is succeeded as president by William Anderson, who had been executive vice president and "
                         "chief operating officer.")
    assert found[("Ben Newitt", "Applied Magnetics")][1] is Status.ACTIVE


def test_the_one_replaced_in_his_only_office_leaves_it(rules):
    found = roles(rules, "Acme Corp said it named Tom Hart president.\nHart is succeeded as president by Jane Doe, "
                         "who had been treasurer.")
    assert found[("Tom Hart", "Acme")] == ("President", Status.ENDED)
    assert found[("Jane Doe", "Acme")][1] is Status.ACTIVE

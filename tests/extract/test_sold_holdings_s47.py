"""Statuses of holdings a sale ends, session 47 (STAT2): a holding the sentence tells sold outright ends,
whatever word describes it as owned before the sale ("completed the sale of all shares of wholly owned Y");
a sale told done by the money it brought in, in a clause of the past ("had realized 1.1 billion dlrs from
the sale of its Y subsidiary"), ends the parent's holding, while one still to come leaves it in force.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_a_wholly_owned_unit_sold_outright_is_no_longer_held(rules):
    got = found(rules, "TORONTO, March 26 - Harwell Mines Ltd said it completed the previously announced sale of "
                       "all shares of wholly owned Orbis Coal Ltd to Dunmore Holdings Ltd for a nominal sum.")
    assert got[("divestment", "Harwell Mines", "Orbis Coal")] == "active"
    assert got[("stake", "Harwell Mines", "Orbis Coal")] == "ended"


def test_an_owned_unit_whose_sale_is_still_to_come_is_held(rules):
    got = found(rules, "Harwell Ltd said it had sold its 33 pct stake in Dunmore Ltd and expected to finalise the "
                       "sale of the 80 pct-owned Orbis Nitrogen Co in the first half of 1987.")
    assert got[("stake", "Harwell", "Orbis Nitrogen")] == "active"


@pytest.mark.parametrize("text", [
    "Harwell's Murray said the company was continuing to dispose of assets which did not fit its plans and had "
    "realized some 1.1 billion dlrs from the sale of its Orbis Corp subsidiary.",
    "Harwell Corp posted a gain of 14.3 mln dlrs on the sale of its Orbis Corp subsidiary.",
])
def test_a_sale_told_by_what_it_brought_in_ends_the_holding(rules, text):
    assert found(rules, text)[("stake", "Harwell", "Orbis")] == "ended"


@pytest.mark.parametrize("text", [
    "Harwell Corp said it will have an after-tax gain of about 10 mln dlrs on the sale of its Orbis Corp "
    "subsidiary.",
    "Harwell Corp said it would record a loss on the sale of its Orbis Corp subsidiary.",
])
def test_proceeds_still_to_come_leave_the_holding(rules, text):
    assert found(rules, text)[("stake", "Harwell", "Orbis")] == "active"

"""STAT16: a proposed merger written as both parties' ("the proposed merger of A and B", "between A and B") is a deal
the two are in, agreed; one side's ("its proposed merger with Baker") stays its proposal. Sentences of Reuters train."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from ..helpers import mention_statuses


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_both_parties_named_with_a_ticker_between(rules):
    got = mention_statuses(rules, "That topped the proposed merger of Los Angeles-based Security Pacific Corp <SPC> and "
                           "Seattle's Rainier Bancorpartion <RBAN>.")
    assert got[("merger", "Rainier Bancorpartion", "Security Pacific")] == ["agreed"]


def test_both_parties_joined_in_the_parse(rules):
    got = mention_statuses(rules, "NEW YORK, March 25 - Kansas City Southern Industries Inc said it is ready to promptly "
                           "purchase the Southern Pacific Transportation Co from Santa Fe Southern Pacific Corp <SFX>.\n"
                           "Kansas also said it argued in the ICC filing that Santa Fe had not met the legal "
                           "requirements justifying the Commission's reconsideration of the proposed merger of Santa Fe "
                           "and Southern Pacific, two railroads that it said basically parallel each other.")
    assert got[("merger", "Santa Fe Southern Pacific", "Southern Pacific Transportation")] == ["agreed"]


def test_one_sides_proposed_merger_stays_proposed(rules):
    got = mention_statuses(rules, "DETROIT, April 1 - Allied Supermarkets Inc said it filed a registration statement with "
                           "the Securities and Exchange Commission for a proposed merger with <The Vons Companies>, a "
                           "supermarket, combination store operator.")
    assert got[("merger", "Allied Supermarkets", "Vons Companies")] == ["proposed"]


def test_a_possible_combination_of_two_is_no_agreement(rules):
    got = mention_statuses(rules, "Analysts said a possible merger of Hughes Tool Co and Baker International Corp would "
                           "create the largest oilfield services company.")
    assert all(s != ["agreed"] for k, s in got.items() if k[0] == "merger")

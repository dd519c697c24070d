"""A deal others press for, which a party says it will resist ("analysts said Dome will resist any moves to divest
Encor"), is a proposal: the modal is the resisting's, no agreement. Reuters train reuters-2833; the last session's
final build showed the sale as agreed once the story's "was not considering selling" read as no deal."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import mention_statuses

_DOME = ("TORONTO, March 6 - Dome Petroleum Ltd is under pressure from one of its largest creditors, <Canadian Imperial "
         "Bank of Commerce>, to sell its 42 pct stake in <Encor Energy Corp Ltd>, energy industry analysts said.\n"
         "However, analysts said Dome will resist any moves to divest Encor in favor of retaining the operating assets "
         "since sale proceeds would likely go directly to pay down Dome's debt to Commerce Bank.")


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_moves_a_party_resists_are_a_proposal(rules):
    got = mention_statuses(rules, _DOME)
    assert got[("divestment", "Dome Petroleum", "Encor Energy")][-1] == "proposed"


def test_a_party_that_moves_to_do_the_deal_is_read_as_before(rules):
    got = mention_statuses(rules, _DOME.replace("will resist any moves to divest", "will move to divest"))
    assert got[("divestment", "Dome Petroleum", "Encor Energy")][-1] == "agreed"

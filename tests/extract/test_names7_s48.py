"""Company names (issue 15, NAMES7): the town after "Co of" is where a firm called by a word of its own sits, not
part of its name ("Peavey Co of Minneapolis won"), while a firm called by its trade is named after the town it
serves ("Trust Co of Chicago"); capitals in brackets that no word of the name before them opens with are not its
short form ("... Co and Philips Telecommunications BV (APT)": the two firms' venture). The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import EntityKind

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_firm_called_by_a_word_of_its_own_sits_in_the_town_after_of(rules):
    found = companies(rules, "Corvex Grain Co received the first cargo contract, while Harrow Co of Minneapolis "
                             "won the second shipment, the spokesman said.")
    assert "Harrow" in found
    assert "Harrow Co of Minneapolis" not in found


def test_a_firm_called_by_its_trade_is_named_after_its_town(rules):
    found = companies(rules, "Brenmar Inc said it agreed to sell the unit to Trust Co of Chicago for 10 mln dlrs.")
    assert "Trust Co of Chicago" in found


def test_capitals_no_word_of_the_name_opens_are_no_short_form_of_it(rules):
    text = ("Kelvar Telephone Co and Zorvex Telecommunications BV (KZT) would hold 36 pct of Brenmar SA if their "
            "joint bid succeeds, a director said. The bid foresaw a direct stake of 20 pct for KZT.")
    [ex] = rules.extract([(1, text)])
    named = {(e.name, e.text) for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert ("Zorvex Telecommunications", "Zorvex Telecommunications BV") in named
    assert ("Zorvex Telecommunications", "KZT") not in named
    # a short form the name's words open is still its own
    [ex] = rules.extract([(1, "Zorvex Telecommunications BV (ZT) said it would bid for Brenmar SA. ZT already "
                              "holds 20 pct of Brenmar.")])
    assert ("Zorvex Telecommunications", "ZT") in {(e.name, e.text) for e in ex.entities}

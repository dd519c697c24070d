"""The status a sentence states, by its modality and by who says it (issue 16, item 2): a month is
no modal verb, a completion still to come is an agreement, a rumour about something else in the
sentence or a company reporting its own holding makes no rumour, and talks that are only proposed
are a proposal. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status

from .test_status import status


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


R, S = RelationType, Status


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # A completion still to come is an agreement, not a deal done.
    ("Halvorsen Industries Inc said its merger with Quillon Corp will be completed next month.",
     R.MERGER, "Halvorsen Industries", "Quillon", S.AGREED),
    ("Halvorsen Industries Inc said its purchase of Quillon Corp is expected to be completed by June 30.",
     R.ACQUISITION, "Halvorsen Industries", "Quillon", S.AGREED),
    ("Halvorsen Industries Inc said it completed its purchase of Quillon Corp.",
     R.ACQUISITION, "Halvorsen Industries", "Quillon", S.ACTIVE),
    # Talks proposed, sought or offered are not talks yet.
    ("Halvorsen Industries Inc proposed talks on a merger with Quillon Corp.",
     R.MERGER, "Halvorsen Industries", "Quillon", S.PROPOSED),
    ("Halvorsen Industries Inc and Quillon Corp are in talks on a merger.",
     R.MERGER, "Halvorsen Industries", "Quillon", S.IN_TALKS),
])
def test_modality_sets_the_status(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # The speculation is about another company's shares, not about this bid.
    ("Varden Group Plc shares rose on speculation of a takeover, while Halvorsen Industries Inc slipped "
     "after extending its offer for Quillon Corp.", R.ACQUISITION, "Halvorsen Industries", "Quillon",
     S.PROPOSED),
    # The same with wire tickers, which the parse reads blanked out.
    ("Varden Group Plc <VARD.L> shares rose on speculation of a takeover, while Halvorsen Industries Inc "
     "<HALV.N> slipped after extending its offer for Quillon Corp.", R.ACQUISITION, "Halvorsen Industries",
     "Quillon", S.PROPOSED),
    # A company reporting its own holding is no rumour.
    ("Halvorsen Industries Inc earlier reported holding 12 pct of Quillon Corp's shares.",
     R.STAKE, "Halvorsen Industries", "Quillon", S.ACTIVE),
    ("Halvorsen Industries Inc said it reported holding 1.2 mln shares, or 12 pct, of Quillon Corp.",
     R.STAKE, "Halvorsen Industries", "Quillon", S.ACTIVE),
    # Rumours that are the source of what is said about the deal.
    ("Halvorsen Industries Inc is said to be weighing a bid for Quillon Corp.",
     R.ACQUISITION, "Halvorsen Industries", "Quillon", S.RUMOURED),
    ("Quillon Corp shares rose on speculation of a bid for Quillon by Halvorsen Industries Inc.",
     R.ACQUISITION, "Halvorsen Industries", "Quillon", S.RUMOURED),
    ("Halvorsen Industries Inc plans to buy Quillon Corp, the Evening Courier newspaper said.",
     R.ACQUISITION, "Halvorsen Industries", "Quillon", S.RUMOURED),
])
def test_a_rumour_is_one_only_of_what_it_is_the_source_of(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


def test_a_month_is_no_modal_verb(rules):
    # "May" the month is no "may" the modal: the bid is a bid, not a supposition that votes only
    # when nothing else is said (the graph reads "may" among a mention's cues as a conditional).
    [ex] = rules.extract([(1, "Halvorsen Industries Inc said it extended its tender offer for Quillon Corp "
                              "until May 15.")])
    [bid] = [m for m in ex.mentions if m.type is R.ACQUISITION]
    assert bid.status is S.PROPOSED and "May" not in bid.cues
    [ex] = rules.extract([(1, "Halvorsen Industries Inc said it may acquire Quillon Corp.")])
    [bid] = [m for m in ex.mentions if m.type is R.ACQUISITION]
    assert bid.status is S.PROPOSED and bid.cues == ["may"]

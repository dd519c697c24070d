"""Long-lived relationships, which an update re-weighs in full whenever one more story mentions
them (issue 16, `bench/graph.py`): the short cuts taken for their many one-report episodes (a
full evidence list left as it is, a single report's figures taken without ranking) give what the
general rules give, whatever order the mentions come in and wherever a new one falls.

The histories are made up for these tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Observation, Status

STAKE = ("stake", 1, 2, "")
DEAL = ("acquisition", 1, 2, "")


def said(mid: int, unit: int, status: Status, day: date, **attributes) -> Observation:
    return Observation(mid, unit, unit, status, attributes, 0.7, day.isoformat())


def test_a_full_evidence_list_keeps_the_first_ids_wherever_a_new_mention_falls():
    start = date(2021, 1, 1)
    history = [said(100 + n, 100 + n, Status.ACTIVE, start + timedelta(days=n)) for n in range(30)]
    rel = consolidate(DEAL, history)
    assert rel.history[-1].evidence == list(range(100, 120))
    # A mention with an id after all the entry holds leaves it as it was...
    assert consolidate(DEAL, [*history, said(500, 500, Status.ACTIVE, start + timedelta(days=40))]
                       ).history[-1].evidence == list(range(100, 120))
    # ...one with an earlier id (a story read late, about an early day) takes its place among them.
    assert consolidate(DEAL, [*history, said(7, 7, Status.ACTIVE, start + timedelta(days=40))]
                       ).history[-1].evidence == [7, *range(100, 119)]


def test_a_long_history_is_the_same_whatever_order_its_mentions_come_in():
    rng = random.Random(16)
    start = date(2021, 1, 1)
    statuses = [Status.PROPOSED, Status.IN_TALKS, Status.AGREED, Status.ACTIVE, Status.ENDED]
    history = []
    for mid in range(1, 401):
        # copies of a story now and then (one unit, several mentions), a percent in most reports
        unit = mid - 1 if mid % 9 == 0 else mid
        figures = {"percent": rng.choice([5, 10, 10.4, 43])} if mid % 4 else {}
        history.append(said(mid, unit, rng.choice(statuses), start + timedelta(days=rng.randrange(700)), **figures))
    rel = consolidate(STAKE, history)
    assert len(rel.history) > 1 and rel.mentions == 400
    expected = rel.record()
    for _ in range(3):
        rng.shuffle(history)
        assert consolidate(STAKE, history).record() == expected


def test_a_single_report_keeps_its_figures_in_the_order_they_come():
    day = date(2021, 3, 1)
    one = said(1, 1, Status.ACTIVE, day, topics=["steel", "coal"], percent=43, venture="Nordic")
    rel = consolidate(STAKE, [one, said(2, 2, Status.ACTIVE, day + timedelta(days=30))])
    # the scalars first, in their fixed order, then the rest, topics last
    assert list(rel.history[0].attributes.items()) == [("percent", 43), ("venture", "Nordic"),
                                                       ("topics", ["steel", "coal"])]

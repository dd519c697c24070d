"""Status histories on Reuters stories, session 57 (HIST24): one story that tells two steps of one relationship.

A tie told only by its end ("In 1984 Toyota severed its ties with <Delta Motor Corp>, its local partner for
more than 20 years") was in force before it ended, as a holding told only by its sale was."""

from __future__ import annotations

import pytest

from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Observation, Status
from keiretsu.stages import make_extractor

A, AG, E = Status.ACTIVE, Status.AGREED, Status.ENDED


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def said(mid: int, status: str, reported: str, valid: str | None = None, **kw) -> Observation:
    return Observation(mid, mid, mid, Status(status), {}, 0.7, reported, valid, **kw)


def test_the_severed_tie_is_read_as_ended(extractor):
    [r] = extractor.extract([(0, "In 1984 Toyota severed its ties with <Delta Motor Corp>, its local partner for "
                                 "more than 20 years, because the latter was suffering financial difficulties.", "")])
    assert [m.status for m in r.mentions if m.type.value == "alliance"] == [E]


@pytest.mark.parametrize("rtype", ["alliance", "joint_venture", "supply", "licensing"])
def test_a_tie_told_only_by_its_end_was_in_force_before(rtype):
    rel = consolidate((rtype, 1, 2, ""), [said(1, "ended", "1987-03-16", "1984", explicit=True)])
    assert [(h.status, h.valid_from) for h in rel.history] == [(A, None), (E, "1984")]
    assert rel.status is E and rel.valid_to == "1984"


def test_a_tie_told_before_its_end_gets_no_second_start():
    rel = consolidate(("alliance", 1, 2, ""), [said(1, "active", "1987-03-02"), said(2, "ended", "1987-03-18")])
    assert [h.status for h in rel.history] == [A, E]


def test_a_deal_called_off_or_ended_is_not_a_tie():
    for rtype in ("acquisition", "merger", "divestment"):
        rel = consolidate((rtype, 1, 2, ""), [said(1, "called_off", "1987-03-18")])
        assert [h.status for h in rel.history] == [Status.CALLED_OFF]

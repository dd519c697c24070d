"""Status histories on Reuters stories, session 46 (HIST17): a deal told done beside its approval in one
story ("shareholders at a special meeting approved a merger into NPN", then "NPN acquired control of
Whippany in a recent tender offer") is done, not only agreed.

The observations stand for sentences made up in the shapes of real wire copy."""

from __future__ import annotations

from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Observation, Status

DEAL = ("acquisition", 1, 2, "")
AT = "1987-03-16T08:57:33"


def test_a_deal_told_done_beside_its_approval_is_done():
    # "Whippany said shareholders at a special meeting approved a merger into NPN", then, in the same story,
    # "NPN acquired control of Whippany in a recent tender offer"
    approved = Observation(1, 7, 7, Status.AGREED, {}, 0.99, "1987-03-16", "1987-03-16", explicit=True, at=AT)
    acquired = Observation(2, 7, 7, Status.ACTIVE, {}, 0.93, "1987-03-16", None, explicit=False, done=True, at=AT)
    assert consolidate(DEAL, [approved, acquired]).status is Status.ACTIVE
    # named only ("the merger with Whippany"), it is no more than the approval says
    named = Observation(2, 7, 7, Status.ACTIVE, {}, 0.93, "1987-03-16", None, explicit=False, at=AT)
    assert consolidate(DEAL, [approved, named]).status is Status.AGREED


def test_a_deal_done_stays_done_after_its_figure_changes():
    # "its tender offer expired and it had accepted about 2.3 mln shares" (active, told with a word of its own),
    # then "shareholders whose shares were purchased under its offer" and "raised its stake to 83 pct" (done, a
    # figure changed), then a stray "was unsuccessfully bid" about the offer: the offer did its work
    accepted = Observation(1, 1, 1, Status.ACTIVE, {"percent": 54}, 0.9, "1987-03-18", "1987-03-17", at=None)
    raised = Observation(2, 2, 2, Status.ACTIVE, {"percent": 83}, 0.9, "1987-03-30", "1987-03-27", explicit=False,
                         done=True)
    failed = Observation(3, 3, 3, Status.CALLED_OFF, {}, 0.9, "1987-04-03", None, before=Status.PROPOSED)
    rel = consolidate(DEAL, [accepted, raised, failed])
    assert rel.status is Status.ACTIVE

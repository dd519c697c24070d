"""Status histories on real wire copy (issue 16, item 2): a deal named without a status word
does not outvote the stories that say where it stands, a stake bought anew after an end is news, and
a completion reported on the day another story tells the agreement steps through the agreement.

The companies, sentences and histories are made up for these tests."""

from __future__ import annotations

from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Observation, Status

MERGER = ("merger", 1, 2, "")
DEAL = ("acquisition", 1, 2, "")
STAKE = ("stake", 1, 2, "")


def said(mid: int, status: str, reported: str, valid: str | None = None, unit: int | None = None,
         **kw) -> Observation:
    """One story's mention (its own story unless ``unit`` says), with a status word unless told otherwise."""
    return Observation(mid, mid, unit if unit is not None else mid, Status(status), kw.pop("attributes", {}), 0.7,
                       reported, valid, **kw)


def plain(mid: int, reported: str, unit: int | None = None) -> Observation:
    """A deal named and nothing more: "the merger with Quillon"."""
    return said(mid, "active", reported, unit=unit, explicit=False)


def statuses(rel) -> list[str]:
    return [h.status.value for h in rel.history]


def test_a_deal_named_by_more_stories_does_not_outvote_its_end():
    # "Quillon's board said last night the planned merger with Halvorsen was off" (two stories), while
    # three others only name "the merger with Halvorsen": the merger was called off.
    rel = consolidate(MERGER, [
        said(1, "called_off", "1991-05-08", "1991-05-07", before=Status.AGREED),
        said(2, "called_off", "1991-05-08", "1991-05-07"),
        plain(3, "1991-05-08"), plain(4, "1991-05-08"), plain(5, "1991-05-09"),
    ])
    assert statuses(rel) == ["agreed", "called_off"]
    assert rel.status is Status.CALLED_OFF


def test_a_deal_named_still_stands_where_nothing_else_is_said():
    # Only plain mentions: the deal is as the extraction read it (active for want of a status word).
    rel = consolidate(DEAL, [plain(1, "1991-05-08"), plain(2, "1991-05-09")])
    assert statuses(rel) == ["active"]
    # A tie (a stake) named is a fact: it still outvotes a lone offer to sell it.
    stake = consolidate(STAKE, [said(1, "proposed", "1991-05-08"), plain(2, "1991-05-08"), plain(3, "1991-05-09")])
    assert statuses(stake) == ["active"]


def test_a_stake_bought_anew_after_an_end_is_news_not_a_retelling():
    # "Tendered shares were withdrawn, leaving Halvorsen with 20 pct" read as an end on Monday; on
    # Wednesday, "Halvorsen said it bought 2.4 mln shares, boosting its holding to 83 pct" (told as
    # done) in the same days: the holding stands, it is not what came before the end.
    rel = consolidate(STAKE, [
        said(1, "active", "1991-05-01", "1991-05-01", attributes={"percent": 56}, done=True),
        said(2, "called_off", "1991-05-06", "1991-05-06", attributes={"percent": 20}),
        said(3, "active", "1991-05-08", "1991-05-08", attributes={"percent": 83}, explicit=False, done=True),
        said(4, "active", "1991-05-09", "1991-05-08", attributes={"percent": 83}, explicit=False, done=True),
    ])
    assert rel.status is Status.ACTIVE
    assert rel.history[-1].attributes["percent"] == 83
    # Of a deal, a later report of an earlier stage still only retells it: "unsuccessfully bid" two days
    # after "terminated the agreement" cannot win the moment back.
    deal = consolidate(DEAL, [said(1, "called_off", "1991-05-06"), said(2, "active", "1991-05-08", done=True)])
    assert deal.status is Status.CALLED_OFF


def test_an_agreement_told_on_the_day_of_the_completion_is_its_step_before():
    # "Quillon holders approved the merger into Halvorsen" and "Halvorsen completed the acquisition
    # of Quillon", two stories of one day: agreed, then active.
    rel = consolidate(DEAL, [said(1, "agreed", "1991-05-08"), said(2, "active", "1991-05-08", done=True)])
    assert statuses(rel) == ["agreed", "active"]
    assert [h.first_reported for h in rel.history] == ["1991-05-08", "1991-05-08"]
    # Not when the agreement is only the completing story's own background...
    one = consolidate(DEAL, [said(1, "agreed", "1991-05-08", unit=7), said(2, "active", "1991-05-08", unit=7,
                                                                          done=True)])
    assert statuses(one) == ["active"]
    # ...nor by tense alone ("will"), nor of a tie: a stake held is no deal to agree first.
    will = consolidate(DEAL, [said(1, "agreed", "1991-05-08", explicit=False), said(2, "active", "1991-05-08")])
    assert statuses(will) == ["active"]
    stake = consolidate(STAKE, [said(1, "agreed", "1991-05-08"), said(2, "active", "1991-05-08")])
    assert statuses(stake) == ["active"]


def test_a_deal_named_in_a_month_before_its_story_still_votes():
    # "its acquisition of Quillon on March 15" (three stories of May) beside one "Halvorsen offered on March
    # 15 to buy Quillon": a deal that happened, not only named.
    rel = consolidate(DEAL, [said(1, "proposed", "1991-05-08", "1991-03-15"),
                             said(2, "active", "1991-05-08", "1991-03-15", explicit=False),
                             said(3, "active", "1991-05-09", "1991-03-15", explicit=False),
                             said(4, "active", "1991-05-09", "1991-03-15", explicit=False)])
    assert rel.status is Status.ACTIVE

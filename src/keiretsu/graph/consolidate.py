"""Consolidation: the reduce step keyed by relationship (type, source, target, venture).

Every mention of one relationship becomes one edge with a status history. The rules, in order:

1. Each observation has a time: the date its sentence gives, else its publication date.
   Observations within ``window_days`` of the first of a run of them form one *episode*: reports
   of the same moment. A holding said to be older than its story ("which already holds 17.4 pct")
   and dated no further goes first, with the undated. A date known only to its period ("1987",
   "earlier this month", "last week", "since March") goes at the end of the period but never after
   its own report, and forms an episode of its own: all "earlier this year" says is "before this
   story", so it never places a status before better-dated evidence, and it does not vote on the
   moment it is reported in. A reopening (rule 3) dated after the run began starts an episode of
   its own ("lifted the injunction blocking the merger" the morning after the block).
2. In an episode, among the statuses that may follow the last entry (rule 3), the one said by the
   most independent stories wins (a deal only named, "the merger with Baker", is no voice: it says
   nothing of where the deal stands); then by stories with a status word (not mere tense; of a stake
   or a tie, a plain mention or one told as done is a fact and counts too); then by mentions;
   then the one further along the lifecycle. A status first reported only after one it leads to
   was ("unsuccessfully bid" two days after "terminated the agreement") retells the past and
   does not compete, unless it is a stake bought anew ("bought 2.4 mln shares, boosting its
   holdings to 83 pct"). Of a deal still under way, a further stage said outright ("signed a letter
   of intent") outranks an earlier one said by more stories ("the proposed acquisition"): an
   agreement was an offer before, never the other way round; against an end told beside it, that
   stage stands on its own stories, not the earlier one's. A status that leads to the winner
   and was reported before it ("raised its offer" on March 3, "agreed" from March 4) is a step of
   its own, just before: it is what was known until then (of one day, by the stories' times where
   they are known: the morning's "likely seeking to buy, analysts said", then the afternoon's "offered
   to buy"; the entries stay dated by the day); so is an agreement another story says
   outright on the day a deal is done ("holders approved the merger", "completed the acquisition").
   A status set only by a conditional ("would", "may") votes only when nothing else is said of the
   relationship. Independent stories
   that disagree in a way that cannot both be true (a deal called off and a deal in force; a 43%
   stake and a 40% one) are kept as a *conflict*, never silently resolved away.
3. A later episode that says something new (another status, another percent beyond rounding:
   "46 pct" after "46.1 pct" is no news, "cut to 45.5 pct" is) adds a history entry;
   the earlier entries stay. A step forward needs more than a conditional; an end
   (``ended``, ``called_off``) is a step from any live status. A step back (``active`` to
   ``in_talks``, a rumour after a deal is agreed) and a step out of an end need a status word in
   a sentence that says the deal was reopened ("resumed talks", "renegotiate", "a new offer");
   among the stages before an agreement nothing closed that could reopen, so "raised its offer"
   during talks is no step at all. An agreement may follow plain mentions of a deal ("the sale
   of Fairchild to Fujitsu" is active only for want of a status word), unless they date the deal
   in a month before their story ("its 1986 acquisition of"): that one happened; and it is what
   they named, so their entry takes its status, as it takes the stage a later end names ("concerns
   about the sale of Reed Tool to Camco", then "blocked Camco's bid": an offer). Plain mentions of
   a deal still under way ("cut to reflect the merger with Banner" after "expects to complete the
   merger") name it without telling it done: no step to ``active``. What never came into force
   (only rumoured, proposed, in talks or agreed) cannot end: its end is a call-off; a stake or a
   tie in force is not called off either ("block CTC's bid for 49 pct" ends the bid for more, not
   the holding), nor is a deal done by the end of the offer it was done under ("the offer expired
   last Friday" after the purchase of the shares tendered), nor is a holding in force ended by a sale only named ("the sale of its Fairchild
   unit to Fujitsu") or by the end of a deal on its shares ("ended an agreement for Fujitsu to buy
   80 pct"). A history that opens with an end starts at the stage the end names ("terminated
   its agreement", "broke off talks", "withdrew its bid"), dated as the end; one at an earlier stage
   of courting reached that stage before the end ("the proposed takeover", then "terminated an
   agreement in principle"). A deal done that was announced before ("completed the previously
   announced sale") was agreed first, at a time not told, where no agreement is in the history yet;
   one done by a bid ("completed a tender offer for X", "its now-completed bid") was an offer first,
   where the history tells no stage before it.
   A stake or tie
   that ended may be taken up anew by a purchase told as done ("bought 2.4 mln shares, boosting
   its holdings to 83 pct").
   What makes no step is evidence of the latest entry with its status, when there is one: a
   retelling ("Dart, which offered early this month ...") is never news, nor is a figure it gives
   differently ("said last week it had 54 pct"). A deal's value given differently is no change
   either unless a report says it changed ("raised its offer to"): reports count it differently.
   Of a stake, a stage before the holding first reported after the holding was, and dated before
   that report ("bid for the outstanding stake of Shell Oil in 1984"), tells how it came about:
   no step.
4. An entry is valid from the earliest date its evidence gives (a period never displaces a date
   within it), never after its first report; undated when its evidence gives a date that cannot
   be resolved, and then placed by its report.
5. Attributes accumulate: a later report that does not mention the percent does not retire it.
6. ``confidence`` is a noisy-OR over independent stories, each counted by its most confident
   mention: ten copies of one story are one source.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from ..models import STAGE, TERMINAL, Observation, RelationType, Relationship, Status, StatusChange

# Enum members as module constants: on Python 3.11 ``Status.ACTIVE`` is looked up through the enum's class
# at about ten times the cost of a global, and weighing asks for dozens of them per mention.
_RUMOURED, _PROPOSED, _IN_TALKS, _AGREED = Status.RUMOURED, Status.PROPOSED, Status.IN_TALKS, Status.AGREED
_ACTIVE, _ENDED, _CALLED_OFF = Status.ACTIVE, Status.ENDED, Status.CALLED_OFF
_STAKE = RelationType.STAKE
# What an end ends was in force before (``ended``; what never was is called off): a holding, and a tie
# ("In 1984 Toyota severed its ties with Delta, its local partner for more than 20 years").
_HELD = frozenset({_STAKE, RelationType.ALLIANCE, RelationType.JOINT_VENTURE, RelationType.SUPPLY,
                   RelationType.LICENSING})

# Attributes with one value at a time: a change is news, a disagreement is a conflict.
SCALARS = ("percent", "amount", "currency", "title", "unit")
_EVIDENCE_KEPT = 20  # mention ids per history entry; the full list is one query away
# ``consolidate`` takes the commonest episodes of a long history by a path of their own; the tests turn
# it off to see that the general path gives the same relationships.
_WRITTEN_OUT = True


@dataclass(frozen=True, slots=True)
class GraphSettings:
    #: Reports within this many days of each other describe the same moment.
    window_days: int = 3
    #: Documents about the same company pair within this many days belong to one story.
    story_gap_days: int = 30


@lru_cache(maxsize=1 << 16)
def day_number(day: str) -> int:
    """A truncated date counts from the start of its period: "1999" is 1999-01-01."""
    return date.fromisoformat((day + "-01-01")[:10] if len(day) < 10 else day[:10]).toordinal()


def days_between(a: str, b: str) -> int:
    """Days from ``a`` to ``b``."""
    return day_number(b) - day_number(a)


@lru_cache(maxsize=1 << 12)
def _period_end(value: str) -> str:
    """The last day of a truncated date's period: "1987" is 1987-12-31, "1987-02" 1987-02-28."""
    if len(value) == 4:
        return value + "-12-31"
    year, month = int(value[:4]), int(value[5:7])
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()


def place(o: Observation) -> tuple[str, bool, str, int]:
    """Where a dated observation goes in time (rule 1): the day, whether only its period is
    known, then its report (to the second where known: a morning's rumour before the afternoon's
    offer) and mention, so that the order never depends on the input's."""
    t = o.valid or o.reported  # ``o.time``, called for every observation of every relationship
    reported = o.reported or ""
    if len(t) >= 10:  # type: ignore[arg-type]
        return t[:10], False, o.at or reported, o.mention_id  # type: ignore[index]
    end = _period_end(t)  # type: ignore[arg-type]
    return (min(end, reported) if reported else end), True, o.at or reported, o.mention_id


def earlier(a: str, b: str) -> bool:
    """Whether report time ``a`` is before ``b``, at the precision both give: two reports of one
    day, one without its time of day, are not told apart."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def episodes(observations: Sequence[Observation], window_days: int) -> list[tuple[list[Observation], bool]]:
    """Undated observations first (anything dated supersedes them), then, in time, runs of
    nearby dates, each observation dated only by its period alone (rule 1); each with whether
    it is such a period."""
    undated = []
    placed = []
    for o in observations:
        # (a holding said to be older than its story, "which already holds 17.4 pct", goes with them)
        t = o.valid or o.reported  # ``o.time``, without the property's call
        if t is None or o.held:
            undated.append(o)
        elif len(t) >= 10:  # ``place``, written out for the most common case: a day
            placed.append(((t[:10], False, o.at or o.reported or "", o.mention_id), o))
        else:
            placed.append((place(o), o))
    placed.sort(key=itemgetter(0))  # by place alone: observations have no order of their own
    groups: list[tuple[list[Observation], bool]] = [(undated, False)] if undated else []
    start: str | None = None  # where the open run began
    last_day = 0  # the day the open run began, as an ordinal
    group: list[Observation] = []
    for (at, period, _, _), o in placed:
        # A deal said to be taken up again after the run began ("lifted the injunction blocking the
        # merger" the day after the block) is a moment of its own, not another report of the block.
        reopens = o.reopened and o.explicit and start is not None and at > start
        if period or reopens or start is None or (at != start and day_number(at) - last_day > window_days):
            group = [o]
            groups.append((group, period))
            start = None if period else at
            if start is not None:
                last_day = day_number(at)
        else:
            group.append(o)
    return groups


def _conflicting(a: Status, b: Status) -> bool:
    return (a in TERMINAL) != (b in TERMINAL)


# Deals, whose plain mention ("the sale of Fairchild to Fujitsu", "Transworld is selling Hilton")
# says that they exist, not that they are done: extraction calls them active for want of a status
# word. Of a stake or a subsidiary, the same plain mention ("a unit of") is a fact.
_DEALS = frozenset({RelationType.ACQUISITION, RelationType.MERGER, RelationType.DIVESTMENT,
                    RelationType.INVESTMENT})


# The stages before an agreement: a bid raised during talks, or a rumour of a bid already made,
# is the same courtship told again, never a step back.
_COURTING = frozenset({_RUMOURED, _PROPOSED, _IN_TALKS})


def _plain(o: Observation) -> bool:
    """Active for want of any cue: no status word, no tense, no conditional, not told as done."""
    return o.status is _ACTIVE and not (o.explicit or o.conditional or o.implied or o.done)


def _named(o: Observation) -> bool:
    """A plain mention of a deal that an agreement may follow: one dated in a month before its
    story ("its 1986 acquisition of Sperry", "the sale ... last month") names a deal of the past,
    one that happened, not one still to be agreed."""
    return _plain(o) and _current(o)


def _current(o: Observation) -> bool:
    """Not dated in a month before its story: a deal named so may still be under way."""
    return o.valid is None or o.reported is None or place(o)[0][:7] >= o.reported[:7]


def _unsold(o: Observation) -> bool:
    """Of a holding, an end that tells no sale done: a sale only named ("the sale of its Fairchild unit
    to Fujitsu": no status word, not told as done, not dated in a month before its story), or the end
    of a deal on the shares, whose stage it names ("ended an agreement in principle for Fujitsu to buy
    80 pct of Fairchild"): the holding stands."""
    return o.before is not None or not (o.explicit or o.conditional or o.implied or o.done) and _current(o)


def _bought_anew(status: Status, obs: Sequence[Observation]) -> bool:
    """Of a stake or a tie, a purchase told as done ("bought 2.4 mln shares, boosting its holdings to 83
    pct"): it holds anew whatever ended before, and is news, not a retelling of what came before the end."""
    return status is _ACTIVE and any(o.done and not o.implied for o in obs)


def may_follow(previous: Status, obs: Sequence[Observation], plain_deal: bool = False, deal: bool = True,
               stake: bool = False, done: bool = False) -> bool:
    """Whether observations of one status may make the step from an entry of ``previous`` (rule 3).
    ``plain_deal``: the entry rests only on plain mentions of a deal, which an agreement may follow.
    ``deal``: of a deal type; a stake or a tie that ended may be taken up anew by a purchase told
    as done ("bought 2.4 mln shares, boosting its holdings to 83 pct"), which reopens nothing.
    ``stake``: of a stake, whose holding in force no sale only named ends (``_unsold``).
    ``done``: the entry is a deal told done ("completed the purchase"), not only named."""
    status = obs[0].status
    if status == previous:
        return True
    if obs[0].conditional if len(obs) == 1 else all(o.conditional for o in obs):
        return False
    if plain_deal and status is _AGREED:
        return True
    if deal and status is _ACTIVE and previous not in TERMINAL and all(_named(o) for o in obs):
        return False  # "cut to reflect the merger with Banner" after "agreed to merge": named, not told as done
    if not deal and previous in TERMINAL and _bought_anew(status, obs):
        return True
    if not deal and previous is _ACTIVE and status is _CALLED_OFF:
        return False  # "block CTC's bid for 49 pct" with a holding in force: the bid for more is off, not it
    if stake and previous is _ACTIVE and status is _ENDED and all(_unsold(o) for o in obs):
        return False
    if stake and previous is _AGREED and status is _ACTIVE and all(o.named and _current(o) for o in obs):
        return False  # "Nippon Life's purchase of a 13 pct stake in Shearson" after the agreement: named, not done
    if deal and done and previous is _ACTIVE and status in TERMINAL and \
            all(o.before in _COURTING for o in obs):
        return False  # "the offer expired" after the purchase under it was completed: the offer did its work
    if status in TERMINAL:
        return previous not in TERMINAL or (obs[0].explicit if len(obs) == 1 else any(o.explicit for o in obs))
    if previous in _COURTING and status in _COURTING and STAGE[status] < STAGE[previous]:
        return False  # "raised its offer" while in talks: nothing had closed that could reopen
    if previous in TERMINAL or STAGE[status] < STAGE[previous]:
        return any(o.explicit and o.reopened for o in obs) if len(obs) > 1 else obs[0].explicit and obs[0].reopened
    return True


def _past_end(entry: StatusChange) -> bool:
    """Whether an end is told as background: dated in a month before its first report, or only by a longer
    period ("broke off talks last fall", "was rebuffed earlier this year"), not as news of the day."""
    return entry.status in TERMINAL and bool(entry.valid_from) and bool(entry.first_reported) and \
        entry.valid_from[:7] < entry.first_reported[:7]  # type: ignore[index]


def _taken_up_after(group: Sequence[Observation], end: StatusChange, stage: Status | None) -> Sequence[Observation]:
    """After an end told as background, a live status said outright as of its report or later ("broke off
    talks last fall", then "signed a letter of intent" on the day; "was rebuffed earlier this year", then "made
    a bid" two weeks on) takes the deal up anew, as a reopening does; not one at the stage that ended
    ("withdrew its bid last year", then "Dart, which made a bid"): that retells the deal that ended."""
    if not any(o.explicit for o in group):
        return group
    over = min(_period_end(end.valid_from), end.first_reported[:10])  # type: ignore[arg-type, index]
    return [replace(o, reopened=True) if o.explicit and not (o.conditional or o.implied or o.reopened) and
            o.status not in TERMINAL and o.status is not stage and place(o)[0] > over else o for o in group]


def _held_first(observations: Sequence[Observation]) -> Sequence[Observation]:
    """Of a stake, a stage before the holding ("announced the sale of the Fairchild stake last
    October", "bid for the outstanding stake of Shell Oil in 1984") first reported only after the
    holding was, and dated before that report, is no step to it: it tells how the holding came
    about, or a deal on more or fewer shares, never news of the holding itself.

    A holding said to be held already, reported after a purchase was told done ("2.3 mln shares
    already owned by USAir" two weeks after "USAir has acquired 9.9 pct of Piedmont"), is that
    purchase's holding, not one older than the stories: it goes by its report, not first (and one
    only implied by a bid for more, ``build.observe``, says nothing the purchase did not)."""
    bought = min((o.reported for o in observations if o.status is _ACTIVE and o.done and o.reported
                  and not (o.implied or o.held)), default=None)
    if bought is not None:
        observations = [replace(o, held=False) if o.held and o.reported and o.reported > bought else o
                        for o in observations if not (o.held and o.implied and o.reported and o.reported > bought)]
    held = min((o.reported for o in observations if o.status is _ACTIVE and not o.implied and o.reported),
               default=None)
    if held is None:
        return observations
    return [o for o in observations if o.status is _ACTIVE or o.status in TERMINAL or not o.reported
            or o.reported <= held or place(o)[0] >= held]


def _leads_to(a: Status, b: Status) -> bool:
    """Whether a deal can be at ``a`` before it is at ``b``: earlier in the lifecycle, or live before an end."""
    return a not in TERMINAL and (b in TERMINAL or STAGE[a] < STAGE[b])


def _weigh(group: Sequence[Observation], last: Status | None, suppose: bool, plain_deal: bool = False,
           deal: bool = True, stake: bool = False, done: bool = False
           ) -> tuple[list[Status], dict[Status, list[Observation]], list[dict[str, Any]]]:
    """The episode's steps (none: nothing here may follow ``last``, see ``may_follow``), its
    observations by status, and the disagreements among stories. ``suppose``: conditionals vote
    (nothing else is said). ``deal``: of a deal type, whose plain mention says less than a status word;
    of a stake or a tie, a plain mention ("raised its ownership to 56 pct") states a fact.

    The steps are the winner, after the best-supported status reported before the winner was
    first reported that leads to it: "Regal raised its offer" on March 3, then "Viacom agreed"
    on March 4 about the same days is an offer, then an agreement, and on March 3 was known as
    an offer."""
    if len(group) == 1:  # most episodes: one report
        o = group[0]
        if o.conditional and not suppose:
            return [], {}, []
        return ([o.status] if last is None or may_follow(last, group, plain_deal, deal, stake, done) else []
                ), {o.status: group}, []
    by_status: dict[Status, list[Observation]] = defaultdict(list)
    for o in group:
        if suppose or not o.conditional:
            by_status[o.status].append(o)
    if len(by_status) == 1:  # most episodes: one status, whatever the number of reports
        (status, obs), = by_status.items()
        return ([status] if last is None or may_follow(last, obs, plain_deal, deal, stake, done) else []), by_status, []
    if not by_status:  # suppositions only
        return [], by_status, []

    supports: dict[Status, tuple] = {}

    def support(s: Status) -> tuple:
        if s in supports:
            return supports[s]
        obs = by_status[s]
        said = [o for o in obs if not o.implied]
        # stories, not sentences: one story that says it twice is still one voice; a holding told
        # as done ("raised its ownership to 56 pct") is stated as much as by a status word
        stated = len({o.unit for o in said if o.explicit or (not deal and (_plain(o) or o.done))})
        # A deal named without a status word ("reject a merger with Baker", "favors the merger") says
        # nothing of where it stands: it does not outvote the stories that do say it. (One dated in a
        # month before its story, "its 1986 acquisition of", tells a deal that happened: it does.)
        voices = {o.unit for o in said if not (deal and _named(o))}
        supports[s] = out = (len(voices), stated, len(obs), STAGE[s])
        return out

    allowed = [s for s in by_status if last is None or may_follow(last, by_status[s], plain_deal, deal, stake, done)]
    # A status first reported only after a further one was ("unsuccessfully bid" two days after
    # "terminated the agreement") retells what came before it: it cannot undo the further one.
    # (Only an active mention can be a plain one.)
    told = {s: _first(*(o.at or o.reported for o in by_status[s] if not (
        o.implied or (deal and s is _ACTIVE and _plain(o))))) for s in allowed}
    allowed = [s for s in allowed if not any(
        _leads_to(s, x) and told[x] and told[s] and earlier(told[x], told[s])  # type: ignore[arg-type]
        and not any(o.reopened for o in by_status[s])
        and (deal or not _bought_anew(s, by_status[s])) for x in allowed)]
    if not allowed:
        return [], by_status, []
    winner = max(allowed, key=support)
    # Of a deal still under way, a further stage said outright in these days outranks earlier ones
    # said more often: "signed a letter of intent" beside five stories of "the proposed
    # acquisition" is an agreement; an agreement was an offer before, never the other way round.
    # A deal told done ("NPN acquired control of Whippany in a recent tender offer") beside its approval in the
    # same days ("shareholders approved a merger into NPN") is further along: done, not only agreed.
    said_outright = [s for s in allowed if s not in TERMINAL and s is not _RUMOURED and any(
        (o.explicit or deal and s is _ACTIVE and o.done and _current(o)) and not (o.conditional or o.implied)
        for o in by_status[s])]
    if winner not in TERMINAL and said_outright:
        winner = max([winner, *said_outright], key=STAGE.__getitem__)
        # ...but that further stage stands against an end on its own voices: the earlier stage's
        # stories ("its counter proposal was under consideration") do not lend it theirs to undo
        # "the planned merger was off", told beside it.
        # Voices and statements decide, not sentences: a story that withdraws a bid and retells the bid twice
        # ("withdrawing its take-over bid ... sought shares under a 700p offer ... also offered 252 pence") ends it.
        ends = [s for s in allowed if s in TERMINAL]
        if ends:
            winner = max([winner, *ends], key=lambda s: (*support(s)[:2], s in TERMINAL))
    if winner is _ACTIVE and _AGREED in allowed and _retold_done(by_status[winner], by_status[_AGREED]):
        winner = _AGREED
    known = _first(*(o.at or o.reported for o in by_status[winner]))  # to the second where told
    # A deal done is agreed first: an agreement another story says outright on the day of the
    # completion ("shareholders approved the merger", "completed the acquisition") is its step before.
    done_by = {o.unit for o in by_status[winner]} if deal and winner is _ACTIVE else None
    # (a deal only named, "reject a merger with Baker", in the morning says nothing known before the
    # afternoon's "terminated its agreement")
    before = [s for s in allowed if _leads_to(s, winner) and known and any(
        o.reported and not o.implied and not (deal and s is _ACTIVE and _plain(o)) and (
            earlier(o.at or o.reported, known) or done_by is not None and s is _AGREED and
            o.reported == known[:10] and o.explicit and not o.conditional and o.unit not in done_by)
        for o in by_status[s])]
    steps = [max(before, key=support), winner] if before else [winner]
    conflicts = []
    for other in sorted(by_status, key=STAGE.__getitem__):  # not the order the mentions came in
        obs = by_status[other]
        units = {o.unit for o in obs} - {o.unit for o in by_status[winner]}
        if other not in steps and units and _conflicting(winner, other):
            conflicts.append({
                "on": group[0].time, "attribute": "status",
                "values": {winner.value: _ids(by_status[winner]), other.value: _ids(obs)},
            })
    return steps, by_status, conflicts


def _retold_done(done: Sequence[Observation], agreed: Sequence[Observation]) -> bool:
    """Whether a deal told done only by a bare past tense ("Earlier today, Exco said it purchased an
    80 pct interest", "The airline also announced it acquired a 65 pct stake") retells, later the same
    day in another story, an agreement said outright that morning ("agreed in principle to buy", "signed
    a letter of intent to acquire"): no word of completion, no date of its own, so it is that
    announcement loosely worded, not the deal closing within hours."""
    first = _first(*(o.at or o.reported for o in agreed if o.explicit and not (o.conditional or o.implied)))
    if first is None:
        return False
    units = {o.unit for o in agreed}
    return all(not (o.explicit or o.implied or o.settled or o.bid) and o.valid in (None, o.reported) and o.unit not in units
               and o.reported == first[:10] and earlier(first, o.at or o.reported) for o in done)  # type: ignore[arg-type]


def _ended_at(steps: list[Status], by_status: dict[Status, list[Observation]], last: Status | None,
              plain: bool) -> tuple[list[Status], dict[Status, list[Observation]], Status | None]:
    """The stage an end names ("terminated its agreement" was an agreement, "broke off talks" talks,
    "an unsuccessful effort to acquire" an offer: ``Observation.before``), where the history does not
    tell it: a history that opens with the end starts at that stage; one at an earlier stage of a
    courtship ("the proposed takeover", then "terminated an agreement in principle") reached it before
    the end; one that rests only on plain mentions of a deal ("concerns about the sale of Reed Tool
    to Camco", active for want of a status word, then "blocked Camco's bid") was at it all along:
    the stage returned, for the last entry to take. The stage never came into force: its end
    is a call-off. But a tie whose agreement ended ("terminated its supply agreement") was in force: no
    stage is said. A stage of its own rests on the reports of the end, all of them, so it is never
    dated after the end; other reports of it in these days are its evidence (rule 3)."""
    end = steps[0]
    named: dict[Status, list[Observation]] = defaultdict(list)
    for o in by_status[end]:
        if o.before is not None:
            named[o.before].append(o)
    if not named:
        return steps, by_status, None
    stage = max(named, key=lambda s: (len({o.unit for o in named[s]}), STAGE[s]))
    if end is _ENDED and stage is _AGREED:
        return steps, by_status, None
    if plain:
        return steps, by_status, stage
    if last is not None and (last not in _COURTING or STAGE[stage] <= STAGE[last]):
        return steps, by_status, None
    ends = [*by_status.get(_CALLED_OFF, ()), *by_status[_ENDED]] if end is _ENDED else by_status[end]
    return [stage, _CALLED_OFF], {**by_status, stage: _opened(ends), _CALLED_OFF: ends}, None


def _opened(ends: list[Observation]) -> list[Observation]:
    """The reports of an end as those of the stage it ended, dated when the end dates that stage's document ("a
    1985 draft agreement for ATT to take over CGCT was abandoned", "terminated discussions ... pursuant to a Jan
    27 letter of intent"); an end whose words date nothing leaves the stage dated as the end."""
    return [replace(o, valid=o.opened) if o.opened else o for o in ends]


def _named_later(rel: Relationship, entry_units: list[set[int]], steps: list[Status],
                 by_status: dict[Status, list[Observation]]) -> None:
    """A history that opens with an end starts at the stage the end names (``_ended_at``), even when
    only a later report of the end names it ("stop Ferruzzi buying British Sugar", then "blocked
    Ferruzzi's bid"): the stage goes first, as known when the end was and dated no later."""
    named, by_named, _ = _ended_at(steps, by_status, None, False)
    if len(named) != 2:
        return
    end = rel.history[0]
    said = by_named[named[0]]
    rel.history.insert(0, StatusChange(named[0], _valid([o for o in said if o.opened], end.valid_from),
                                       end.first_reported, {}, _ids(said), 0, None))
    entry_units.insert(0, {o.unit for o in said})


def _held_before_end(rel: Relationship, entry_units: list[set[int]]) -> None:
    """A holding whose history opens with its end ("completed the sale of its Greyhound Lines unit", "no
    longer holds any shares in X") was held before: that is a step of its own just before the end, resting
    on the reports of the end and undated by them (they say when it ended, not when it began). So was a tie
    ("In 1984 Toyota severed its ties with Delta, its local partner for more than 20 years")."""
    end = rel.history[0]
    if end.status is not _ENDED:
        return
    rel.history.insert(0, StatusChange(_ACTIVE, None, end.first_reported, dict(end.attributes),
                                       list(end.evidence), 0, None))
    entry_units.insert(0, set(entry_units[0]))


def _announced(steps: list[Status], by_status: dict[Status, list[Observation]], last: Status | None
               ) -> tuple[list[Status], dict[Status, list[Observation]]]:
    """A deal told done as announced before ("completed the previously announced sale of") was agreed
    before it was done: where the history has no agreement yet, that is a step of its own just before,
    resting on the reports that say so and undated by them: they do not say when it was agreed. So a deal
    done by a bid ("completed a tender offer for X", "its now-completed bid for X") was an offer before,
    where the history tells no stage before it yet."""
    if _ACTIVE not in steps:
        return steps, by_status
    at = steps.index(_ACTIVE)
    stage, told = _AGREED, []
    if _AGREED not in steps and (last is None or last in _COURTING):
        told = [o for o in by_status[_ACTIVE] if o.settled and (o.done or o.explicit)]
    if not told and (last is None or last is _RUMOURED) and not set(steps[:at]) & (_COURTING | {_AGREED}):
        stage, told = _PROPOSED, [o for o in by_status[_ACTIVE] if o.bid and (o.done or o.explicit)]
    if not told:
        return steps, by_status
    return [*steps[:at], stage, *steps[at:]], {**by_status, stage: [
        replace(o, status=stage, valid=None, undated=True) for o in told]}


def _earliest(dates: Iterable[str | None]) -> str | None:
    """The earliest of some dates (rule 4), a period giving way to a date within it: "1987-03"
    and "1987-03-09" give the latter, "1987-02" and "1987-03-09" the former; None if none."""
    best: str | None = None
    for t in dates:
        if t is None:
            continue
        if best is None or (t < best and not best.startswith(t)) or (t.startswith(best) and t != best):
            best = t
    return best


def _valid(obs: Iterable[Observation], *more: str | None) -> str | None:
    """When observations say their status began, with ``more`` dates already known."""
    return _earliest([*more, *(o.time for o in obs if not o.undated)])


def _first(*dates: str | None) -> str | None:
    """The earliest of the dates given, None if none."""
    best = None
    for d in dates:
        if d and (best is None or d < best):
            best = d
    return best


def _capped(valid: str | None, reported: str | None) -> str | None:
    """A valid time never after the first report of it ("since 1988" in a 1987 story)."""
    if valid and reported and valid > reported[:len(valid)]:
        return reported
    return valid


def _retell(history: list[StatusChange], entry_units: list[set[int]], obs: Sequence[Observation]) -> None:
    """Observations that make no step: evidence of the latest entry with their status, if any."""
    status = obs[0].status
    for i in range(len(history) - 1, -1, -1):
        entry = history[i]
        if entry.status is status:
            if len(obs) == 1:  # most retellings: one report
                if not obs[0].implied:  # an implied start alone adds nothing
                    _add(entry, entry_units[i], obs)
                return
            said = [o for o in obs if not o.implied]
            if said:  # implied starts alone add nothing
                _add(entry, entry_units[i], said)
            return


def _add(entry: StatusChange, units: set[int], said: Sequence[Observation]) -> None:
    """More evidence of an entry: its ids, stories, first report and valid time."""
    if len(said) == 1:  # most episodes of a long history: one report, retold or in step
        # (``_with_ids``, ``_first`` and ``_earliest`` of one item, written out: once per report re-weighed)
        o = said[0]
        evidence, mid = entry.evidence, o.mention_id
        if len(evidence) < _EVIDENCE_KEPT or mid <= evidence[-1]:
            # (an entry's evidence is a list of its own, sorted, without repeats: the id goes in its place)
            at = bisect_left(evidence, mid)
            if at == len(evidence) or evidence[at] != mid:
                evidence.insert(at, mid)
                if len(evidence) > _EVIDENCE_KEPT:
                    evidence.pop()
        units.add(o.unit)
        reported = o.reported
        if reported and not (entry.first_reported and entry.first_reported <= reported):
            entry.first_reported = reported
        elif not entry.first_reported:
            entry.first_reported = None
        if not o.undated:
            t, best = o.valid or o.reported, entry.valid_from
            if t is not None and (best is None or (t < best and not best.startswith(t)) or
                                  (t.startswith(best) and t != best)):
                entry.valid_from = t
        return
    entry.evidence = _with_ids(entry.evidence, said)
    units.update(o.unit for o in said)
    entry.first_reported = _first(entry.first_reported, *(o.reported for o in said))
    entry.valid_from = _valid(said, entry.valid_from)


def _ids(obs: Iterable[Observation]) -> list[int]:
    return sorted({o.mention_id for o in obs})[:_EVIDENCE_KEPT]


def _with_ids(evidence: list[int], obs: Iterable[Observation]) -> list[int]:
    """An entry's evidence (its first mention ids) with more observations'."""
    ids = [o.mention_id for o in obs]
    # A long-lived entry's evidence is full, and most later mentions come after all it holds: an
    # update re-weighs such entries mention by mention, so the sort is skipped when it is moot.
    if len(evidence) >= _EVIDENCE_KEPT and min(ids) > evidence[-1]:
        return evidence
    return sorted({*evidence, *ids})[:_EVIDENCE_KEPT]


def _attributes(group: Sequence[Observation]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Attributes of an episode; scalar values that independent stories disagree on are conflicts."""
    if not (group[0].attributes if len(group) == 1 else any(o.attributes for o in group)):
        return {}, []  # most episodes: no figure, no title
    if len(group) == 1:  # one report (a stake's percent in each report of a long history): no rival
        only = group[0].attributes
        merged, conflicts = {key: only[key] for key in SCALARS if key in only}, []
    else:
        merged, conflicts = _scalars(group)
    topics: list[str] = []
    for o in group:
        for k, v in o.attributes.items():
            if k == "topics":
                topics += [t for t in v if t not in topics]
            elif k not in SCALARS and k not in merged:
                merged[k] = v
    if topics:
        merged["topics"] = topics
    return merged, conflicts


def _scalars(group: Sequence[Observation]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The scalar attributes of an episode of several reports, and the values stories disagree on."""
    merged: dict[str, Any] = {}
    conflicts = []
    for key in SCALARS:
        values: dict[Any, list[Observation]] = defaultdict(list)
        for o in group:
            if key in o.attributes:
                values[_hashable(o.attributes[key])].append(o)
        if not values:
            continue
        # Most stories, then the latest report: a figure given as a change ("cut to 15%") is newer;
        # then most mentions, then the figure itself, so that a tie never falls to the order the
        # mentions came in (23.2% or 23.3% by which worker finished first).
        def weight(v: Any) -> tuple:
            obs = values[v]
            return len({o.unit for o in obs}), max(o.reported or "" for o in obs), len(obs), _rank(v)

        ranked = sorted(values, key=weight, reverse=True)
        best = ranked[0]
        merged[key] = values[best][0].attributes[key]
        rivals = {v: values[v] for v in ranked[1:] if {o.unit for o in values[v]} - {o.unit for o in values[best]}}
        if rivals and not any("change" in o.attributes for o in group):
            conflicts.append({"on": group[0].time, "attribute": key,
                              "values": {str(v): _ids(obs) for v, obs in [(best, values[best]), *rivals.items()]}})
    return merged, conflicts


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _rank(value: Any) -> tuple:
    """An order over an attribute's values, numbers by size and the rest by their text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (1, value, "")
    return (0, 0, str(value))


# How far two reports of one figure may differ and still be one figure, unless a report says it
# changed ("raised to", "cut to"): "46 pct" and "46.1 pct", "about 69 pct" and "68 pct".
_ROUNDING = {"percent": 1.0}  # points
_ROUNDING_SHARE = 0.02  # of an amount


def _same_figure(key: str, a: Any, b: Any) -> bool:
    if a == b:
        return True
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
    if not numbers or key not in ("percent", "amount"):
        return False
    return abs(a - b) <= _ROUNDING.get(key, _ROUNDING_SHARE * max(abs(a), abs(b)))


# What a deal is worth differs between reports by what each counts (with its debt or without, per
# share or in all: "757 mln dlrs" and "1.5 billion dlrs" for one takeover): only a report that
# says the figure changed ("raised its offer to") makes it news.
_VALUATIONS = ("amount", "currency")


def _news(entry: StatusChange, status: Status, attributes: dict[str, Any]) -> bool:
    if status != entry.status:
        return True
    if not attributes:
        return False
    changed = "change" in attributes
    same = (lambda k: attributes[k] == entry.attributes[k]) if changed else \
        (lambda k: _same_figure(k, attributes[k], entry.attributes[k]))
    return any(k in attributes and not same(k) for k in SCALARS if k in entry.attributes and
               (changed or k not in _VALUATIONS))


def _step(rel: Relationship, entry_units: list[set[int]], status: Status, said: Sequence[Observation],
          attrs: dict[str, Any], plain: bool, retold: bool = False) -> bool:
    """Observations of ``status`` that may follow the last entry: a new entry if they say
    something new, else more evidence of the last one. Returns whether the entry they end up in
    rests only on plain mentions (``plain``: the last one did). ``retold``: dated only by a period
    ("said last week it had 54 pct"), they look back on what the last entry of their status
    already holds: a figure they give differently is no change told."""
    last = rel.history[-1] if rel.history else None
    if len(said) == 1:  # most steps: one report
        o = said[0]
        units, expected, reported = {o.unit}, o.expected or None, o.reported or None
    else:
        units = {o.unit for o in said}
        expected = min((o.expected for o in said if o.expected), default=None)
        reported = min((o.reported for o in said if o.reported), default=None)
    if last is None or status != last.status or (not retold and attrs and _news(last, status, attrs)):
        rel.history.append(StatusChange(
            status, _valid(said), reported,
            {**({k: v for k, v in last.attributes.items() if k not in SCALARS} if last else {}), **attrs},
            _ids(said), 0, expected))
        entry_units.append(units)
        return all(_named(o) for o in said)
    _add(last, entry_units[-1], said)
    for k, v in attrs.items():
        if k == "topics":
            last.attributes["topics"] = list(dict.fromkeys([*last.attributes.get("topics", []), *v]))
        else:
            last.attributes.setdefault(k, v)
    last.expected = last.expected or expected
    return plain and all(_named(o) for o in said)


def consolidate(key: tuple[str, int, int, str], observations: Sequence[Observation],
                settings: GraphSettings = GraphSettings(), kin: Sequence[Observation] = ()) -> Relationship | None:
    """One relationship from all its observations, or None if there are none. ``kin``: mentions of
    the same deal told as another type (``build.DEAL_KIN``): weighed into the history and its
    reports, never counted as evidence of this type."""
    if not observations:
        return None
    rtype, source_id, target_id, venture = key
    if not kin and len(observations) == 1 and observations[0].before is None and not observations[0].settled and \
            not observations[0].bid and \
            not (observations[0].status is _ENDED and rtype in _HELD):  # most: said once
        o = observations[0]
        attrs = o.attributes
        valid = _capped(None if o.undated else o.time, o.reported)
        return Relationship(
            RelationType(rtype), source_id, target_id, venture, o.status, attrs, valid,
            valid if o.status in TERMINAL else None, o.reported, o.reported, 1, 1, round(o.confidence, 4),
            [StatusChange(o.status, valid, o.reported, dict(attrs), [o.mention_id], 1, o.expected)])
    rel = Relationship(RelationType(rtype), source_id, target_id, venture)
    own = observations  # the evidence counted
    if kin:
        observations = [*observations, *kin]
    suppose = all(o.conditional for o in observations)  # else a conditional never sets a status
    attributes: dict[str, Any] = {}
    entry_units: list[set[int]] = []  # independent stories behind each history entry
    deal = rel.type in _DEALS
    stake = rel.type is _STAKE
    plain = False  # the last entry rests only on plain mentions of a deal
    in_force = False  # some entry so far says the relationship held (active) or ended
    done = False  # the last entry is a deal told done ("completed the purchase"), not only named
    told = _held_first(observations) if stake else observations  # (all count as sources)
    for group, retold in episodes(told, settings.window_days):
        last = rel.history[-1] if rel.history else None
        if last is not None and last.status in TERMINAL and _past_end(last):
            group = _taken_up_after(group, last, rel.history[-2].status if len(rel.history) > 1 else None)
        if len(group) == 1 and last is not None and _WRITTEN_OUT:
            # The commonest episodes of a long history (three in five of those an update re-weighs): one report
            # written out as the general path below goes for it.
            o = group[0]
            status = o.status
            if (o.conditional and not suppose) or (status is not last.status and not may_follow(
                    last.status, group, plain, deal, stake, done)):
                # No step (``_weigh``): no entry, no figure kept, nothing told done or in force; more evidence of
                # the latest entry of its status, if any. After an end as after a live entry: a history that
                # ended is retold by most reports that follow ("the terminated merger").
                _retell(rel.history, entry_units, group)
                continue
            if status is last.status and not o.attributes and last.status not in TERMINAL:
                # Without figures, of a live last entry's status, which it follows as more evidence (``_step``):
                # no stage an end names, nothing announced before a deal in force (``_announced`` leaves one that
                # follows ``active`` as it is), no conflict, nothing left to retell.
                _add(last, entry_units[-1], group)
                last.expected = last.expected or o.expected or None
                plain = plain and deal and _named(o)
                if not in_force:
                    in_force = status is _ACTIVE and not plain
                if deal:
                    done = (status is _ACTIVE and o.explicit and not o.implied) or (done and status is _ACTIVE)
                continue
        steps, by_status, status_conflicts = _weigh(group, last.status if last else None, suppose, plain, deal,
                                                    stake, done)
        if _ENDED in steps and last is not None and not in_force:
            # What never came into force cannot end: "terminated an agreement in principle for Fujitsu
            # to buy 80 pct of Fairchild" after "Fujitsu's plan to buy 80 pct" calls the purchase off.
            by_status = {**by_status, _CALLED_OFF: [*by_status.get(_CALLED_OFF, ()),
                                                          *by_status[_ENDED]]}
            steps = list(dict.fromkeys(_CALLED_OFF if x is _ENDED else x for x in steps))
        if steps and steps[0] in TERMINAL and (last is None or plain or last.status in _COURTING):
            steps, by_status, stage = _ended_at(steps, by_status, last.status if last else None, plain)
            if stage is not None:
                last.status = stage  # type: ignore[union-attr]  # (``plain``: there is a last entry)
        elif steps and last is not None and len(rel.history) == 1 and steps[0] is last.status is _CALLED_OFF:
            _named_later(rel, entry_units, steps, by_status)
        elif plain and steps and steps[0] is _AGREED:
            # "has taken actions to exercise its option to acquire Quarto", then "will exercise an option to
            # buy Quarto": the deal only named was the agreement all along, not a deal done before it
            last.status = _AGREED  # type: ignore[union-attr]
        if deal and _ACTIVE in steps:
            steps, by_status = _announced(steps, by_status, last.status if last else None)
        # (one report that makes no step: its figures are neither kept nor in conflict with any other)
        if (group[0].attributes and steps) if len(group) == 1 else any(o.attributes for o in group):
            attrs, attr_conflicts = _attributes(group)
        else:  # most episodes: no figure, no title
            attrs, attr_conflicts = {}, []
        if status_conflicts or attr_conflicts:
            rel.conflicts += status_conflicts + attr_conflicts
        rest: dict[Status, list[Observation]] = {}
        if not steps and len(group) == 1:  # most episodes of a long history: one report, no step
            rest[group[0].status] = group
        # (a stage an end told first names rests on the end's reports, an agreement announced before
        # on copies of the completion's: count each report of the episode once)
        elif (len(by_status[steps[0]]) if len(steps) == 1 else
                len({id(o) for step in steps for o in by_status[step]} & {id(o) for o in group})) < len(group):
            stepped = {id(o) for step in steps for o in by_status[step]}
            for o in group:
                if id(o) not in stepped:
                    rest.setdefault(o.status, []).append(o)
        for n, status in enumerate(steps):
            said = by_status[status]
            final = n == len(steps) - 1  # the episode's attributes go with its winner
            plain = _step(rel, entry_units, status, said, attrs if final else {}, plain, retold) and deal
        if not in_force:  # (a deal only named is not told in force)
            in_force = (_ACTIVE in steps and not plain) or _ENDED in steps
        if deal and rel.history:
            # (told with a word of its own, "had accepted 2.3 mln shares" under the offer, it is done too)
            told_done = rel.history[-1].status is _ACTIVE and any(
                o.explicit and not o.implied for o in by_status.get(_ACTIVE, ()))
            # (a figure changed since, "raised its stake to 83 pct", leaves it done)
            done = told_done or (done and (not steps or rel.history[-1].status is _ACTIVE))
        if steps:
            for k, v in attrs.items():
                attributes[k] = list(dict.fromkeys([*attributes.get(k, []), *v])) if k == "topics" else v
        if rest:
            for other in sorted(rest, key=STAGE.__getitem__) if len(rest) > 1 else rest:  # a step back, or a
                _retell(rel.history, entry_units, rest[other])  # supposition: evidence

    if rel.type in _HELD:
        _held_before_end(rel, entry_units)
    for entry, units in zip(rel.history, entry_units, strict=True):
        entry.sources = len(units)
        entry.valid_from = _capped(entry.valid_from, entry.first_reported)
    current = rel.history[-1]
    rel.status = current.status
    rel.attributes = attributes
    rel.valid_from = rel.history[0].valid_from
    rel.valid_to = current.valid_from if current.status in TERMINAL else None
    reported = [o.reported for o in observations if o.reported]
    rel.first_reported = min(reported, default=None)
    rel.last_reported = max(reported, default=None)
    said = [o for o in own if not o.implied]
    rel.mentions = len(said)
    best: dict[int, float] = {}
    for o in said:
        best[o.unit] = max(best.get(o.unit, 0.0), o.confidence)
    rel.independent_sources = len(best)
    miss = 1.0
    for c in sorted(best.values()):  # a product's last bits depend on its order
        miss *= 1.0 - c
    rel.confidence = round(1.0 - miss, 4)
    return rel

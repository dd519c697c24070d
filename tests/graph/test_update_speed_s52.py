"""Consolidation's common cases written out (issue 16, GSPEED7): one report added to an entry, and one
observation asked whether it may follow an entry, give what the general code gives."""

import random
from itertools import product

from keiretsu.graph.consolidate import _EVIDENCE_KEPT, _add, _earliest, _first, may_follow
from keiretsu.models import Observation, Status, StatusChange

_DATES = [None, "1987", "1987-03", "1987-03-09", "1987-03-20", "1986-12-31", "1987-03-09T15:02:02"]


def _obs(rng, mid, status=Status.ACTIVE):
    reported = rng.choice([None, "1987-03-09", "1987-03-10", "1987-02-27"])
    return Observation(mid, mid, rng.randrange(5), status, {}, 0.7, reported, rng.choice(_DATES[:6]),
                       explicit=rng.random() < 0.5, conditional=rng.random() < 0.2, reopened=rng.random() < 0.3,
                       undated=rng.random() < 0.2, done=rng.random() < 0.3, implied=rng.random() < 0.1,
                       before=rng.choice([None, Status.PROPOSED, Status.AGREED]), named=rng.random() < 0.2)


def test_one_report_added_to_an_entry_is_what_the_general_merge_gives():
    rng = random.Random(52)
    for _ in range(3000):
        evidence = sorted(rng.sample(range(60), rng.randrange(_EVIDENCE_KEPT + 1)))
        entry = StatusChange(Status.ACTIVE, rng.choice(_DATES[:6] + [""]), rng.choice([None, "", "1987-03-09"]),
                             {}, list(evidence))
        o = _obs(rng, rng.randrange(70))
        want = (sorted({*evidence, o.mention_id})[:_EVIDENCE_KEPT], _first(entry.first_reported, o.reported),
                _earliest((entry.valid_from, None if o.undated else o.time)))
        units: set[int] = set()
        _add(entry, units, [o])
        assert (entry.evidence, entry.first_reported, entry.valid_from) == want
        assert units == {o.unit}


def test_one_observation_may_follow_an_entry_as_two_copies_of_it_may():
    # Two copies take the general path (generators over the observations); one takes the short one.
    rng = random.Random(7)
    for previous, status in product(Status, Status):
        for _ in range(40):
            o = _obs(rng, 1, status)
            flags = [rng.random() < 0.5 for _ in range(4)]
            assert may_follow(previous, [o], *flags) == may_follow(previous, [o, o], *flags)

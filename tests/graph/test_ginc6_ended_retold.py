"""A history that ended, retold report by report (issue 16, GINC6): a single report that makes no step after
an end is more evidence of the entry of its status, taken by consolidation's short path as after a live
entry, with what the general path gives; an update that weighs such histories leaves the tables a rebuild
does."""

from __future__ import annotations

import random
import sys

import pytest

from keiretsu.graph import GraphStage
from keiretsu.graph.consolidate import GraphSettings, consolidate
from keiretsu.models import Observation, Status
from keiretsu.store import open_store

from .test_build import generate, graph  # noqa: F401 - the fixture and the dump of a build
from .test_update_speed_s53 import _history

# (``keiretsu.graph.consolidate`` is the function in the package's namespace: the module is taken by name)
_module = sys.modules["keiretsu.graph.consolidate"]


def _obs(mid: int, status: Status, reported: str, valid: str | None = None, **flags) -> Observation:
    return Observation(mid, mid, mid, status, {}, 0.7, reported, valid, **flags)


# Modelled on Reuters-21578's stories of Hughes Tool and Baker International (March 1987), each report an
# episode of its own (more than ``window_days`` apart).
ENDED_THEN_NAMED = [
    # "The directors of Hughes Tool Co said they would recommend to shareholders that they reject a merger"
    # after the merger was agreed
    _obs(1, Status.AGREED, "1987-02-20"),
    # "Late yesterday, Hughes said it had terminated the merger agreement" (reuters-1994)
    _obs(2, Status.CALLED_OFF, "1987-03-05"),
    # "Bere, who serves on the Hughes board, is believed to favor the merger with Baker" (reuters-2475): the
    # deal named, no status word
    _obs(3, Status.ACTIVE, "1987-03-11", explicit=False),
    _obs(4, Status.ACTIVE, "1987-03-18", explicit=False),
    # "... to go along with a previously announced merger" retold
    _obs(5, Status.AGREED, "1987-03-25"),
]


def _weighed(monkeypatch) -> list[tuple[int, Status | None, list[Status]]]:
    """The episodes ``consolidate`` weighs by its general path: their size, the last entry's status, the steps."""
    sizes: list[tuple[int, Status | None, list[Status]]] = []
    weigh = _module._weigh

    def counted(group, last, *args, **kwargs):
        out = weigh(group, last, *args, **kwargs)
        sizes.append((len(group), last, out[0]))
        return out

    monkeypatch.setattr(_module, "_weigh", counted)
    return sizes


def test_a_single_report_after_an_end_that_makes_no_step_is_evidence_by_the_short_path(monkeypatch):
    key = ("acquisition", 1, 2, "")
    sizes = _weighed(monkeypatch)
    rel = consolidate(key, ENDED_THEN_NAMED)
    # The agreement and the end are steps (the general path); the three reports after the end are not.
    assert sizes == [(1, None, [Status.AGREED]), (1, Status.AGREED, [Status.CALLED_OFF])]
    assert [(e.status, e.evidence) for e in rel.history] == [(Status.AGREED, [1, 5]), (Status.CALLED_OFF, [2])]
    monkeypatch.setattr(_module, "_WRITTEN_OUT", False)
    assert consolidate(key, ENDED_THEN_NAMED).record() == rel.record()


def test_an_end_told_as_background_is_still_taken_up_by_a_later_report_said_outright(monkeypatch):
    """"broke off talks last fall" (reported in March), then "signed a letter of intent" in April: the
    deal is taken up anew (``_taken_up_after``) before the short path asks whether the report makes a step."""
    key = ("acquisition", 1, 2, "")
    observations = [_obs(1, Status.CALLED_OFF, "1987-03-02", "1986"),
                    _obs(2, Status.AGREED, "1987-04-06")]
    rel = consolidate(key, observations)
    assert [e.status for e in rel.history] == [Status.CALLED_OFF, Status.AGREED]
    monkeypatch.setattr(_module, "_WRITTEN_OUT", False)
    assert consolidate(key, observations).record() == rel.record()


@pytest.mark.parametrize("rtype", ["acquisition", "stake", "alliance", "merger"])
def test_long_histories_that_end_give_what_the_general_path_gives(monkeypatch, rtype):
    rng = random.Random(61)
    settings = GraphSettings()
    for n in (3, 40, 300):
        for _ in range(10):
            observations = _history(rng, n)
            key = (rtype, 1, 2, "")
            fast = consolidate(key, observations, settings)
            monkeypatch.setattr(_module, "_WRITTEN_OUT", False)
            general = consolidate(key, observations, settings)
            monkeypatch.setattr(_module, "_WRITTEN_OUT", True)
            assert fast.record() == general.record()


def test_an_update_of_histories_that_ended_leaves_the_tables_a_rebuild_does(tmp_path, generate, monkeypatch):  # noqa: F811
    db = tmp_path / "g.db"
    # few companies: long histories with every status, ended and called off among them
    generate(db, 1, 400, 10, 40, seed=61)
    store = open_store(db)
    GraphStage(store).run()
    generate(db, 401, 40, 10, 40, seed=62)
    sizes = _weighed(monkeypatch)
    ended = []
    retell = _module._retell

    def counted(history, entry_units, obs):
        ended.append(len(obs) == 1 and history[-1].status in (Status.ENDED, Status.CALLED_OFF))
        return retell(history, entry_units, obs)

    monkeypatch.setattr(_module, "_retell", counted)
    update = GraphStage(store).run()
    assert not update.full and update.documents == 40
    # many single reports after an end retold, none of them weighed by the general path
    assert sum(ended) > 50
    assert not [w for w in sizes if w[0] == 1 and w[1] in (Status.ENDED, Status.CALLED_OFF) and not w[2]]
    incremental = graph(db)
    GraphStage(store).run(rebuild=True)
    assert graph(db) == incremental
    store.close()

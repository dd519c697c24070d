"""The local executor: real forked workers, specs loaded once per worker, results in order,
failures as one line, and a worker killed mid-step stops the call without hanging it."""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from itertools import count
from typing import ClassVar

import pytest

from keiretsu.errors import KeiretsuError
from keiretsu.executor import LocalExecutor, make_executor

_LOADS = count()


@dataclass(frozen=True)
class Scale:
    """Each shard's numbers times ``k``, with the worker's pid and which load of the spec it used."""

    k: int
    name: ClassVar[str] = "keiretsu-test"

    def load(self):
        loaded = (os.getpid(), next(_LOADS))
        return lambda shard: ([x * self.k for x in shard], loaded)


@dataclass(frozen=True)
class Count:
    """A stream: ``shard`` items, each (shard, i)."""

    name: ClassVar[str] = "keiretsu-test"

    def load(self):
        return lambda shard: ((shard, i) for i in range(shard))


@dataclass(frozen=True)
class Fail:
    name: ClassVar[str] = "keiretsu-test"

    def load(self):
        def run(shard):
            if shard == 3:
                raise ValueError("shard 3 is bad")
            return shard

        return run


@dataclass(frozen=True)
class Die:
    name: ClassVar[str] = "keiretsu-test"

    def load(self):
        def run(shard):
            if shard == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return shard

        return run


@pytest.mark.parametrize("workers", [1, 2])
def test_map_gives_results_in_shard_order_and_loads_a_spec_once_per_worker(workers):
    shards = [[i, i + 1] for i in range(0, 40, 2)]
    with LocalExecutor(workers) as executor:
        first = list(executor.map(Scale(3), shards))
        again = list(executor.map(Scale(3), shards))  # an equal spec: the loaded one
        other = list(executor.map(Scale(2), shards[:4]))
    assert [r for r, _ in first] == [[x * 3 for x in s] for s in shards]
    loads = {loaded for _, loaded in first + again}
    pids = {pid for pid, _ in loads}
    assert len(loads) == len(pids) <= workers  # one load per worker, for both calls
    assert (os.getpid() in pids) == (workers == 1)  # with 2, the driver loads nothing
    assert [r for r, _ in other] == [[x * 2 for x in s] for s in shards[:4]]
    assert not {loaded for _, loaded in other} & loads


@pytest.mark.parametrize("workers", [1, 2])
def test_stream_gives_every_item_each_shard_in_order(workers):
    with LocalExecutor(workers) as executor:
        items = list(executor.stream(Count(), [50, 3, 200]))
    assert sorted(items) == sorted((s, i) for s in (50, 3, 200) for i in range(s))
    for s in (50, 3, 200):
        assert [i for shard, i in items if shard == s] == list(range(s))


def test_a_stream_left_unread_is_stopped_and_the_next_call_runs():
    with LocalExecutor(2) as executor:
        items = executor.stream(Count(), [10**7, 10**7])
        assert next(items)[1] == 0
        items.close()
        assert [r for r, _ in executor.map(Scale(1), [[1], [2], [3]])] == [[1], [2], [3]]


def test_a_failing_step_is_one_line_and_the_workers_serve_the_next_call():
    with LocalExecutor(2) as executor:
        with pytest.raises(KeiretsuError, match=r"^a map step failed: ValueError: shard 3 is bad$"):
            list(executor.map(Fail(), list(range(6))))
        assert list(executor.map(Fail(), [0, 1, 2])) == [0, 1, 2]


def test_a_worker_killed_stops_the_call_and_new_workers_serve_the_next():
    with LocalExecutor(2) as executor:
        with pytest.raises(KeiretsuError, match="a worker process stopped unexpectedly"):
            list(executor.map(Die(), list(range(6))))
        assert list(executor.map(Die(), [0, 1, 3])) == [0, 1, 3]


def test_an_unknown_executor_is_refused_with_the_choices():
    with pytest.raises(KeiretsuError, match="unknown executor 'spark': use local or ray"):
        make_executor("spark", 2)


def test_without_ray_the_ray_executor_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as where keiretsu[ray] is not installed
    with pytest.raises(KeiretsuError, match=r"^the ray executor needs Ray: pip install 'keiretsu\[ray\]'$"):
        make_executor("ray", 2)

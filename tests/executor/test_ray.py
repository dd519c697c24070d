"""The Ray executor on a real local Ray instance (2 CPUs, one per module): it gives the store the
local executor gives, table for table, and a worker killed mid-build is restarted and its task
run again, with nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from dataclasses import dataclass
from typing import ClassVar

import pytest

import keiretsu
from keiretsu.errors import KeiretsuError
from keiretsu.executor import LocalExecutor, RayExecutor
from keiretsu.settings import Settings

from ..cli.test_build_safety import REUTERS, assert_same, contents
from .test_local import Count, Fail, Scale

ray = pytest.importorskip("ray", reason="the Ray executor's tests need keiretsu[ray]")


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    # The test's own specs travel by value: Ray's workers do not have the tests on their path.
    from ray import cloudpickle

    for module in (sys.modules[__name__], sys.modules[Scale.__module__]):
        cloudpickle.register_pickle_by_value(module)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """24 Reuters-21578 acquisition stories, every fifth also sent by a wire with a line added (a
    near copy), every seventh republished whole (an exact copy)."""
    if not REUTERS.is_file():
        pytest.skip("../shared/corpora/reuters-21578 is not beside the checkout")
    records = []
    with REUTERS.open(encoding="utf-8") as src:
        for line in src:
            story = json.loads(line)
            if "acq" not in story.get("topics", []):
                continue
            n = sum(1 for r in records if r["source"] == "Reuters") + 1
            records.append(story)
            if n % 5 == 0:
                records.append(story | {"id": story["id"] + "-wire", "source": "Wire",
                                        "text": story["text"] + "\nReporting by the Wire desk."})
            if n % 7 == 0:
                records.append(story | {"id": story["id"] + "-copy", "source": "Paper"})
            if n == 24:
                break
    path = tmp_path_factory.mktemp("news") / "acq.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_build(news, tmp_path_factory):
    db = tmp_path_factory.mktemp("local") / "k.db"
    keiretsu.build([str(news)], db, Settings(workers=2), executor="local")
    return contents(db)


def test_a_cluster_that_does_not_answer_is_one_line_at_once():
    assert not ray.is_initialized()
    with pytest.raises(KeiretsuError, match=r"^cannot reach the Ray cluster at 127\.0\.0\.1:1: Connection refused$"):
        RayExecutor(2, "127.0.0.1:1")


def test_map_and_stream_on_ray_give_what_the_local_executor_gives(cluster):
    shards = [[i, i + 1] for i in range(0, 20, 2)]
    with RayExecutor(2) as on_ray, LocalExecutor(2) as local:
        assert [r for r, _ in on_ray.map(Scale(3), shards)] == [r for r, _ in local.map(Scale(3), shards)]
        assert sorted(on_ray.stream(Count(), [30, 4])) == sorted(local.stream(Count(), [30, 4]))
        with pytest.raises(KeiretsuError, match="ValueError.*shard 3 is bad"):
            list(on_ray.map(Fail(), list(range(5))))
    assert ray.is_initialized()  # a cluster it joined is left running


def test_a_build_on_ray_gives_the_local_executors_store(cluster, news, local_build, tmp_path):
    db = tmp_path / "k.db"
    with RayExecutor(2) as executor:
        result = keiretsu.build([str(news)], db, Settings(workers=2), executor=executor)
    assert result.graph.relationships > 0 and result.extract.copies > 0
    assert_same(contents(db), local_build)


@dataclass(frozen=True)
class DiesMidStream:
    """A stream of ``shard`` numbers whose worker is killed after the first half, once."""

    marker: str
    name: ClassVar[str] = "keiretsu-test"

    def load(self):
        def run(shard):
            for i in range(shard):
                if i == shard // 2 and not os.path.exists(self.marker):
                    open(self.marker, "w").close()
                    time.sleep(0.5)  # the first half reaches the driver
                    os.kill(os.getpid(), signal.SIGKILL)
                yield i

        return run


def test_a_ray_worker_killed_mid_stream_is_replayed_and_the_driver_gets_each_item_once(cluster, tmp_path):
    marker = tmp_path / "killed"
    with RayExecutor(2) as executor:
        items = list(executor.stream(DiesMidStream(str(marker)), [40]))
    assert marker.exists() and items == list(range(40))


class KilledOnce:
    """The rules, whose worker is killed (SIGKILL) in the middle of its first batch, once a build."""

    name = "rules"

    def __init__(self, marker: str):
        self.marker, self.rules = marker, keiretsu.make_extractor("rules")

    def extract(self, docs):
        if not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        return self.rules.extract(docs)


def test_a_ray_worker_killed_mid_build_is_retried_and_nothing_is_lost_or_doubled(cluster, news, local_build,
                                                                                  tmp_path):
    db, marker = tmp_path / "k.db", tmp_path / "killed"
    settings = Settings(workers=2, db=db)
    with RayExecutor(2) as executor:
        keiretsu.run_ingest([str(news)], settings=settings, executor=executor)
        keiretsu.run_dedup(settings=settings)
        extracted = keiretsu.run_extract(settings=settings, extractor=KilledOnce(str(marker)), executor=executor)
        keiretsu.run_graph(settings=settings, executor=executor)
    assert marker.exists()  # a worker was killed
    assert extracted.read + extracted.copies == len(local_build["documents"])
    assert_same(contents(db), local_build)

"""An update's cheaper weighing (issue 16): each field of an observation still comes from the field
of the mention it belongs to, and a worker's collector settings are restored once it has weighed."""

import gc

from keiretsu.graph.build import _GC_YOUNG, _few_collections, observe
from keiretsu.models import ObservationRow, Status


def _row(mid, rtype, status, attributes, published, cues, sentence):
    return ObservationRow(rtype, 1, 2, "", mid, mid + 100, 50, status, attributes, 0.8, published, None, cues,
                          sentence)


def test_a_withdrawn_bid_keeps_its_stage_time_and_cues():
    dated = []
    (o,) = observe([_row(7, "acquisition", "called_off", "{}", "1987-03-09T15:02:02", '["withdrew", "bid"]',
                         "Dart withdrew its bid for Supermarkets General on Monday.")], dated)
    assert (o.mention_id, o.doc_id, o.unit, o.confidence) == (7, 107, 50, 0.8)
    assert o.status is Status.CALLED_OFF and o.before is Status.PROPOSED
    assert (o.reported, o.valid, o.at) == ("1987-03-09", "1987-03-09", "1987-03-09T15:02:02")
    assert o.explicit and not (o.implied or o.conditional or o.undated or o.held or o.done)
    assert dated == [("1987-03-09||||", 7)]


def test_a_holding_already_held_is_undated_and_keeps_its_figure():
    (o,) = observe([_row(8, "stake", "active", '{"percent": 17.4}', "1987-03-10", "[]",
                         "CTC, which already holds 17.4 pct of Dixons, raised its offer.")])
    assert o.status is Status.ACTIVE and o.attributes == {"percent": 17.4}
    assert o.held and o.undated and o.valid is None and not o.explicit
    assert o.at is None and o.before is None


def test_a_worker_collects_less_often_while_it_weighs_and_as_before_after():
    threshold = gc.get_threshold()
    with _few_collections():
        assert gc.get_threshold() == (_GC_YOUNG, *threshold[1:])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() == 0


def test_an_updates_writer_collects_less_often_while_it_writes_and_as_before_after(tmp_path, monkeypatch):
    """The writer of an update (stories regrouped, records written) makes no reference cycles either: it
    runs with the workers' collector settings, and leaves the caller's as they were; a rebuild's writer
    keeps the caller's."""
    import importlib.util
    from pathlib import Path

    from keiretsu.graph import GraphStage
    from keiretsu.store import open_store

    spec = importlib.util.spec_from_file_location("bench_graph", Path(__file__).parents[2] / "bench" / "graph.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    db = tmp_path / "g.db"
    bench.generate(db, 1, 60, 10, 50, seed=1)
    store = open_store(db)
    seen = []
    write = type(store).write_relationships

    def writing(self, *args, **kwargs):
        seen.append(gc.get_threshold()[0])
        return write(self, *args, **kwargs)

    monkeypatch.setattr(type(store), "write_relationships", writing)
    threshold = gc.get_threshold()
    GraphStage(store).run()  # a first build, committed batch by batch
    assert seen and set(seen) == {threshold[0]}
    bench.generate(db, 61, 10, 10, 50, seed=2)
    seen.clear()
    update = GraphStage(store).run()
    assert not update.full and update.relationships > 0
    assert set(seen) == {_GC_YOUNG}
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0
    store.close()

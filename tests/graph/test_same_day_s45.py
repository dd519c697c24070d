"""Status histories on Reuters stories, session 45 (HIST16): the reports of one day are ordered by their
time of publication, so that a morning's rumour ("Dart Group is likely seeking to buy Supermarkets
General, analysts said") comes before the afternoon's offer ("Dart Group said it offered to buy
Supermarkets General"), while every entry stays dated by its day.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from keiretsu.clean import CleanStep
from keiretsu.dedup import Deduplicator
from keiretsu.extract.step import ExtractStage
from keiretsu.graph import GraphStage, query
from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate
from keiretsu.models import Format, Observation, RawDocument, Status
from keiretsu.settings import Settings
from keiretsu.stages import make_extractor
from keiretsu.store import open_store

from ..conftest import BACKENDS, new_store_url
from ..helpers import observation_row, statuses

DEAL = ("acquisition", 1, 2, "")
STAKE = ("stake", 1, 2, "")


def said(mid: int, status: str, at: str | None, day: str = "1987-03-09", **kw) -> Observation:
    """A report of ``day``, published at ``at`` (None: its time of day is not known), each its own story."""
    return Observation(mid, mid, mid, Status(status), {}, 0.7, day, None, at=at, **kw)


def test_a_morning_rumour_comes_before_the_afternoon_offer():
    # "Dart Group is likely seeking to buy Supermarkets General, analysts said" (12:51), then "Dart Group
    # said it offered to buy Supermarkets General for 41.75 dlrs per share" (15:02), told again two days on
    rel = consolidate(DEAL, [said(1, "rumoured", "1987-03-09T12:51:10"), said(2, "proposed", "1987-03-09T15:02:02"),
                             said(3, "proposed", "1987-03-11T15:36:43", "1987-03-11")])
    assert statuses(rel) == ["rumoured", "proposed"]
    assert [(h.valid_from, h.first_reported) for h in rel.history] == [("1987-03-09", "1987-03-09")] * 2


def test_a_rumour_told_after_the_offer_is_no_step():
    rel = consolidate(DEAL, [said(1, "proposed", "1987-03-09T09:10:00"), said(2, "rumoured", "1987-03-09T15:02:02"),
                             said(3, "proposed", "1987-03-11T15:36:43", "1987-03-11")])
    assert statuses(rel) == ["proposed"]


def test_reports_of_one_day_without_their_time_are_not_told_apart():
    for first in (None, "1987-03-09T09:10:00"):
        rel = consolidate(DEAL, [said(1, "rumoured", first), said(2, "proposed", None),
                                 said(3, "proposed", "1987-03-11T15:36:43", "1987-03-11")])
        assert statuses(rel) == ["proposed"]


def test_an_agreement_in_the_morning_and_the_purchase_in_the_afternoon():
    # "signed a letter of intent to acquire 65 pct of EMS Corp" (12:22), then "announced it acquired a 65 pct
    # stake in EMS Corp" (16:48)
    rel = consolidate(STAKE, [said(1, "agreed", "1987-03-18T12:22:19", "1987-03-18"),
                              said(2, "active", "1987-03-18T16:48:44", "1987-03-18", done=True)])
    assert statuses(rel) == ["agreed", "active"]
    assert all(h.valid_from == h.first_reported == "1987-03-18" for h in rel.history)


def test_a_deal_only_named_in_the_morning_is_no_step_before_its_end():
    # "directors said they would recommend that holders reject a merger with Baker" (04:00), then "Hughes
    # said it would terminate its agreement to merge with Baker" (08:17)
    rel = consolidate(("merger", 1, 2, ""), [
        said(1, "active", "1987-03-05T04:00:18", "1987-03-05", explicit=False),
        said(2, "called_off", "1987-03-05T08:17:18", "1987-03-05", before=Status.AGREED),
        said(3, "called_off", "1987-03-05T16:41:39", "1987-03-05")])
    assert statuses(rel) == ["agreed", "called_off"]


def test_a_report_is_dated_by_its_day_and_ordered_by_its_time():
    timed, dated = observe([
        observation_row(1, "proposed", "1987-03-09T15:02:02", '["offered"]', "Dart Group said it offered to buy "
                        "Supermarkets General Corp for 41.75 dlrs per share in cash."),
        observation_row(2, "proposed", "1987-03-09", '["offered"]', "Dart Group said it offered to buy "
                        "Supermarkets General Corp for 41.75 dlrs per share in cash.")])
    assert (timed.reported, timed.at) == ("1987-03-09", "1987-03-09T15:02:02")
    assert (dated.reported, dated.at) == ("1987-03-09", None)


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_store_orders_a_day_by_its_stories_times(backend, extractor, tmp_path: Path, request):
    step = CleanStep(Settings())
    news = [("r2", "1987-03-09T15:02:02", "DART OFFERS TO BUY SUPERMARKETS GENERAL",
             "Dart Group Corp said it offered to buy Supermarkets General Corp for 41.75 dlrs per share in cash."),
            ("r1", "1987-03-09T12:51:10", "DART SEEN SEEKING SUPERMARKETS GENERAL",
             "Dart Group Corp is likely seeking to buy Supermarkets General Corp, analysts said.")]
    store = open_store(new_store_url(backend, tmp_path, request))
    try:
        run = store.start_run("ingest", ["news.jsonl"])
        store.write_batch(run, [step.process(RawDocument(text, Format.TEXT, f"news.jsonl:{i + 1}", external_id=eid,
                                                         title=title, published=published, source="Wire"))
                                for i, (eid, published, title, text) in enumerate(news)])
        store.finish_run(run, {})
        Deduplicator(store).run()
        ExtractStage(store, extractor).run()
        GraphStage(store).run()
        ends = [query.resolve(store, n)["id"] for n in ("Dart Group", "Supermarkets General")]
        [rel] = query.relations_of(store, ends, type="acquisition", between=True)
        assert [(h["status"], h["valid_from"], h["first_reported"]) for h in rel["history"]] == [
            ("rumoured", "1987-03-09", "1987-03-09"), ("proposed", "1987-03-09", "1987-03-09")]
    finally:
        store.close()

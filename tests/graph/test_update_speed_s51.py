"""An update's writer does less for the same graph (issue 16, `bench/graph.py`, GSPEED6): history
entries that changed are rewritten in place, and the documents a new one can join a story with
are found with each date turned into a day number once."""

from __future__ import annotations

from keiretsu.graph import GraphSettings, GraphStage
from keiretsu.graph.consolidate import days_between
from keiretsu.store import open_store


def test_an_entry_rewritten_in_place_is_found_by_its_first_report_as_written(tmp_path):
    """An entry whose first report moved is found under the new one in the index the API reads
    changes by, and no more under the old; one whose first report stayed keeps its index entry."""
    store = open_store(tmp_path / "h.db")
    store.db.executemany("INSERT INTO entities (id, kind, name, key) VALUES (?, 'company', ?, ?)",
                         [(1, "Alpha", "alpha"), (2, "Beta", "beta")])
    key = ("stake", 1, 2, "")

    def entry(seq: int, status: str, reported: str, evidence: str) -> tuple:
        return seq, status, reported, reported, None, "{}", evidence, 1

    def record(entries: list[tuple]) -> tuple:
        return key, ("active", "{}", "2021-01-04", None, "2021-01-04", "2021-03-01", len(entries), len(entries), 0.7,
                     "[]"), entries

    store.write_relationships([record([entry(0, "in_talks", "2021-01-04", "[1]"),
                                       entry(1, "agreed", "2021-02-01", "[2]")])])
    # a report read late, of an earlier day, moves entry 0's first report and adds to entry 1's evidence
    store.write_relationships([record([entry(0, "in_talks", "2021-01-02", "[1, 5]"),
                                       (1, "agreed", "2021-02-01", "2021-02-01", None, "{}", "[2, 6]", 2)])])

    def by_report(day: str) -> list[tuple]:
        return [tuple(r) for r in store.db.execute(
            "SELECT seq, evidence, sources FROM relationship_history INDEXED BY relationship_history_reported "
            "WHERE first_reported = ?", (day,))]

    assert by_report("2021-01-02") == [(0, "[1, 5]", 1)]
    assert by_report("2021-01-04") == []
    assert by_report("2021-02-01") == [(1, "[2, 6]", 2)]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


class _Focus:
    """The two store reads ``_linkable`` makes: documents focused on a pair, and units' dates."""

    def __init__(self, docs: dict[tuple[int, int], list[tuple[int, int]]], dates: dict[int, str | None]):
        self.docs, self.dates = docs, dates

    def docs_with_pair(self, a: int, b: int) -> list[tuple[int, int]]:
        return self.docs.get((a, b), [])

    def unit_dates(self, units):
        return {u: self.dates[u] for u in units if u in self.dates}


def test_a_new_document_links_with_those_of_its_pair_within_the_story_gap_to_the_day():
    gap = GraphSettings().story_gap_days
    dates = {1: "2023-03-01", 2: None,  # the new documents' units: one dated, one not
             10: "2023-01-30", 11: "2023-01-29", 12: "2023-03-31", 13: "2023-04-01", 14: None, 15: "2023-03-15"}
    docs = {(5, 6): [(100, 10), (101, 11), (102, 12), (103, 13), (104, 14)],
            (7, 8): [(105, 15), (106, 14)]}
    pending = [{"doc_id": 1, "unit": 1}, {"doc_id": 2, "unit": 2}]
    focused = {1: [(5, 6)], 2: [(7, 8)]}
    linked = GraphStage(_Focus(docs, dates))._linkable(pending, focused)
    # what ``stories.group`` links: within the gap either way, the day at the gap's end included
    assert days_between("2023-01-30", "2023-03-01") == gap and days_between("2023-03-01", "2023-03-31") == gap
    assert linked == {100, 102, 106}  # not 29 January or 1 April; undated only with undated

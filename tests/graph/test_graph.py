"""The graph: valid time, consolidation rules, stories, the build command, queries and exports."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from keiretsu.graph.build import read_times
from keiretsu.graph.consolidate import GraphSettings, consolidate
from keiretsu.graph.stories import Unit, group
from keiretsu.graph.time import find_times
from keiretsu.models import Observation, ObservationRow, Status

from ..cli.test_cli import keiretsu, lines

# --- valid time ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, published, expected", [
    ("Nissan said on Thursday it would buy the stake.", "2024-03-15", [("2024-03-14", "point")]),
    ("The two could announce new terms as early as February 1.", "2023-01-20", [("2023-02-01", "expected")]),
    ("Executives met to reset the two-decade-old cooperation.", "2023-01-20", [("2003", "age")]),
    ("The companies have been allies since 1999.", "2023-01-20", [("1999", "since")]),
    ("The deal was signed last week and will close next year.", "2023-01-20",
     [("2023-01", "point"), ("2024", "expected")]),  # a week is known only to its period
    ("They agreed on 5 May 2022 and announced it in March 2023.", None, [("2022-05-05", "point"), ("2023-03", "point")]),
    ("The two will sign the deal on Monday.", "2023-01-20", [("2023-01-23", "expected")]),
    ("Shares rose yesterday.", None, [("", "unresolved")]),  # nothing to resolve a relative date against
])
def test_dates_in_the_text_resolve_against_publication(sentence, published, expected):
    assert [(t.value, t.kind) for t in find_times(sentence, published)] == expected


@pytest.mark.parametrize("sentence", [
    "HOUSTON, March 11 - Dart said on Thursday it extended its offer until May 1, REVIVING talks.",
    "Société Générale agreed on Thursday to buy the stake it had sought since 1999, bought last week.",
    "The two-decade-old ALLIANCE will be renewed as early as February 1.",
])
def test_dates_and_flags_do_not_depend_on_letter_case_or_alphabet(sentence):
    # ASCII text is scanned lowercased without IGNORECASE, other text as written (here with a
    # no-break space): both must read capitals as they read lowercase and keep the words as written.
    refs = find_times(sentence, "1987-03-12")
    assert refs and all(t.text in sentence for t in refs)
    for variant in (sentence.upper(), sentence.replace("Thursday", "Thursday\u00a0")):
        assert [(t.value, t.kind) for t in find_times(variant, "1987-03-12")] == [(t.value, t.kind) for t in refs]
        assert read_times(variant, "1987-03-12") == read_times(sentence, "1987-03-12")


# --- consolidation rules ------------------------------------------------------------------------


def obs(mid: int, unit: int, status: str, reported: str | None, **kw) -> Observation:
    attributes = kw.pop("attributes", {})
    return Observation(mid, unit, unit, Status(status), attributes, kw.pop("confidence", 0.7), reported, **kw)


KEY = ("stake", 1, 2, "")


def test_a_later_report_supersedes_and_the_history_stays():
    rel = consolidate(KEY, [obs(1, 10, "active", "2023-01-10", attributes={"percent": 43}),
                            obs(2, 11, "active", "2023-06-01", attributes={"percent": 15, "change": "decrease"})])
    assert rel.status == Status.ACTIVE and rel.attributes["percent"] == 15
    assert [(h.attributes["percent"], h.first_reported) for h in rel.history] == [(43, "2023-01-10"),
                                                                                 (15, "2023-06-01")]
    assert rel.conflicts == []


def test_talks_called_off_end_the_talks():
    rel = consolidate(("merger", 1, 2, ""), [obs(1, 10, "in_talks", "2023-02-01"),
                                             obs(2, 11, "called_off", "2023-03-01")])
    assert rel.status == Status.CALLED_OFF and rel.valid_to == "2023-03-01" and rel.valid_from == "2023-02-01"
    assert [h.status for h in rel.history] == [Status.IN_TALKS, Status.CALLED_OFF]


def test_independent_reports_that_disagree_stay_visible_as_a_conflict():
    rel = consolidate(("acquisition", 1, 2, ""), [
        obs(1, 10, "agreed", "2023-04-03", attributes={"amount": 1e9}),
        obs(2, 11, "called_off", "2023-04-04"),
        obs(3, 12, "agreed", "2023-04-04", attributes={"amount": 2e9}),
    ])
    assert rel.status == Status.AGREED  # two stories against one
    kinds = {c["attribute"]: c["values"] for c in rel.conflicts}
    assert kinds["status"] == {"agreed": [1, 3], "called_off": [2]}
    assert set(kinds["amount"]) == {"1000000000.0", "2000000000.0"}


def test_one_story_never_conflicts_with_itself_and_counts_once():
    copies = [obs(i, 10, "active", "2023-01-10", attributes={"percent": 43}, confidence=0.6) for i in range(4)]
    rel = consolidate(KEY, copies)
    assert rel.mentions == 4 and rel.independent_sources == 1 and rel.conflicts == []
    assert rel.confidence == 0.6  # four copies are not more believable than one
    two = consolidate(KEY, copies + [obs(9, 11, "active", "2023-01-11", confidence=0.6)])
    assert two.independent_sources == 2 and two.confidence == pytest.approx(0.84)


def test_facts_that_do_not_conflict_are_never_retired():
    rel = consolidate(KEY, [obs(1, 10, "active", "2023-01-10", attributes={"percent": 43}),
                            obs(2, 11, "active", "2023-05-01")])  # a later mention without the figure
    assert rel.attributes["percent"] == 43 and len(rel.history) == 1
    assert rel.history[0].sources == 2


def test_speculation_after_a_deal_is_evidence_not_a_step_back():
    rel = consolidate(("alliance", 1, 2, ""), [obs(1, 10, "agreed", "2023-01-10"),
                                               obs(2, 11, "rumoured", "2023-02-10")])
    assert rel.status == Status.AGREED and len(rel.history) == 1 and rel.mentions == 2


def test_an_age_in_the_text_dates_the_start():
    from keiretsu.graph.build import observe

    sentence = "Nissan and Renault are nearing a reform of their two-decade-old alliance."
    row = ObservationRow("alliance", 1, 2, "", 1, 1, 1, "in_talks", "{}", 0.7, "2023-01-20", None, '["nearing"]', sentence)
    dated: list = []
    rel = consolidate(("alliance", 1, 2, ""), observe([row], dated))
    assert dated == [("||2003||r", 1)]  # the age, stored for later builds; "reform": reopened
    assert [(h.status, h.valid_from) for h in rel.history] == [(Status.ACTIVE, "2003"), (Status.IN_TALKS, "2023-01-20")]
    assert rel.status == Status.IN_TALKS and rel.valid_from == "2003" and rel.mentions == 1


def test_stories_join_on_a_shared_pair_within_the_gap():
    units = [Unit(1, "2023-01-01", frozenset({(1, 2)})), Unit(2, "2023-01-20", frozenset({(1, 2), (3, 4)})),
             Unit(3, "2023-02-10", frozenset({(3, 4)})), Unit(4, "2023-09-01", frozenset({(1, 2)})),
             Unit(5, None, frozenset({(1, 2)}))]
    assert group(units, GraphSettings().story_gap_days) == [[1, 2, 3], [4], [5]]


# --- the build command, end to end --------------------------------------------------------------

NEWS = [
    {"id": "a1", "published": "2023-01-10", "title": "Renault and Nissan",
     "text": "Renault holds a 43% stake in Nissan, the French carmaker said on Monday."},
    {"id": "c1", "published": "2023-02-01", "title": "Honda Nissan talks",
     "text": "Honda and Nissan are in talks about a merger, people familiar with the matter said."},
    {"id": "e1", "published": "2023-04-03", "title": "Acme buys Widget",
     "text": "Acme Corp agreed to buy Widget Inc for $1 billion, the companies said on Monday."},
    {"id": "a2", "published": "2023-01-11", "title": "Renault and Nissan (republished)",
     "text": "Renault holds a 43% stake in Nissan, the French carmaker said on Monday."},
    {"id": "b1", "published": "2023-06-01", "title": "Renault cuts Nissan stake",
     "text": "Renault cut its stake in Nissan to 15% on Thursday, completing a long-planned reshuffle."},
    {"id": "d1", "published": "2023-03-01", "title": "Merger off",
     "text": "Honda and Nissan called off their merger talks on Wednesday after failing to agree on terms."},
    {"id": "e2", "published": "2023-04-03", "title": "Acme deal",
     "text": "Acme Corp agreed to acquire Widget Inc for $2 billion in cash, according to a statement."},
]


def write_news(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items))
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The news above, built in two rounds: the second incremental."""
    tmp = tmp_path_factory.mktemp("graph")
    db = tmp / "k.db"
    keiretsu("build", "-q", str(write_news(tmp / "one.jsonl", NEWS[:3])), db=db)
    second = lines(keiretsu("build", "-q", "--json", str(write_news(tmp / "two.jsonl", NEWS[3:])), db=db))[0]
    assert second["graph"]["full"] is False and second["graph"]["documents"] == 4
    return db


def relation(db: Path, rtype: str, *args: str) -> dict:
    found = [r for r in lines(keiretsu("relations", "--json", "--type", rtype, *args, db=db))]
    assert len(found) == 1, found
    return found[0]


def test_relations_json_carries_what_the_schema_promises(built):
    stake = relation(built, "stake")
    assert {"source", "target", "type", "status", "attributes", "valid_from", "first_reported", "last_reported",
            "mentions", "independent_sources", "confidence", "history"} <= set(stake)
    assert (stake["source"], stake["target"], stake["status"]) == ("Renault", "Nissan", "active")
    assert stake["attributes"]["percent"] == 15 and stake["attributes"]["change"] == "decrease"
    assert [h["attributes"]["percent"] for h in stake["history"]] == [43, 15]
    assert stake["valid_from"] == "2023-01-09"  # "said on Monday", published Tuesday 2023-01-10
    assert (stake["first_reported"], stake["last_reported"]) == ("2023-01-10", "2023-06-01")
    # a1 and its republished copy a2 are one story: three mentions, two independent sources
    assert stake["mentions"] == 3 and stake["independent_sources"] == 2
    assert stake["history"][0]["sources"] == 1


def test_called_off_talks_and_conflicting_reports(built):
    merger = relation(built, "merger")
    assert merger["status"] == "called_off" and merger["valid_to"] == "2023-03-01"
    assert [h["status"] for h in merger["history"]] == ["in_talks", "called_off"]
    deal = relation(built, "acquisition")
    assert deal["status"] == "agreed" and deal["independent_sources"] == 2
    assert [c["attribute"] for c in deal["conflicts"]] == ["amount"]


def test_as_of_winds_relationships_back(built):
    then = relation(built, "stake", "--as-of", "2023-03-01")
    assert then["attributes"]["percent"] == 43 and len(then["history"]) == 1
    assert relation(built, "merger", "--as-of", "2023-02-15")["status"] == "in_talks"
    assert relation(built, "merger", "--as-of", "2023-03-02")["status"] == "called_off"
    assert lines(keiretsu("relations", "--json", "--as-of", "2022-12-31", db=built)) == []
    in_talks = lines(keiretsu("relations", "--json", "--as-of", "2023-02-15", "--status", "in_talks", db=built))
    assert [r["type"] for r in in_talks] == ["merger"]


def test_changes_since_a_date(built):
    report = lines(keiretsu("changes", "--since", "2023-05-01", "--json", db=built))[0]
    assert report["new"] == []
    assert [(c["type"], c["previous_status"], c["new_status"], c["new_attributes"].get("percent"))
            for c in report["changed"]] == [("stake", "active", "active", 15)]
    report = lines(keiretsu("changes", "--since", "2023-03-01", "--json", db=built))[0]
    assert {(c["type"], c["new_status"]) for c in report["new"]} == {("acquisition", "agreed")}
    assert ("merger", "called_off") in {(c["type"], c["new_status"]) for c in report["changed"]}
    assert [c["type"] for c in report["conflicts"]] == ["acquisition"]


def test_stories_and_timelines(built):
    stories = lines(keiretsu("stories", "--json", db=built))
    by_title = {s["title"]: s for s in stories}
    # the Renault-Nissan stake reports of January and June are months apart: two stories
    assert {"Renault and Nissan", "Renault cuts Nissan stake", "Honda Nissan talks", "Acme buys Widget"} == set(by_title)
    talks = by_title["Honda Nissan talks"]
    assert talks["documents"] == 2 and (talks["first"], talks["last"]) == ("2023-02-01", "2023-03-01")
    assert by_title["Renault and Nissan"]["documents"] == 2 and by_title["Renault and Nissan"]["sources"] == 1
    story = lines(keiretsu("story", str(talks["id"]), "--json", db=built))[0]
    assert [e["status"] for e in story["timeline"]] == ["in_talks", "called_off"]
    timeline = lines(keiretsu("timeline", "Nissan", "Honda", "--json", db=built))
    assert [(e["date"], e["status"]) for e in timeline] == [("2023-02-01", "in_talks"), ("2023-03-01", "called_off")]


def dump(db: Path) -> tuple[list, list]:
    rels = lines(keiretsu("relations", "--json", "--limit", "1000", db=db))
    stories = lines(keiretsu("stories", "--json", "--limit", "1000", db=db))
    return sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True) for r in rels), stories


def test_an_incremental_build_gives_the_graph_a_full_one_does(built):
    incremental = dump(built)
    full = lines(keiretsu("build", "--rebuild", "--json", "-q", db=built))[0]["graph"]
    assert full["full"] is True and full["documents"] == len(NEWS)
    assert dump(built) == incremental
    again = lines(keiretsu("build", "--json", "-q", db=built))[0]["graph"]
    assert again["documents"] == 0 and again["relationships"] == 0  # nothing new, nothing redone


def test_the_samples_as_users_expect_them(tmp_path, samples):
    db = tmp_path / "k.db"
    keiretsu("build", "-q", str(samples), db=db)
    renault = lines(keiretsu("company", "Renault SA", "--json", db=db))[0]
    assert renault["name"] == "Renault" and "Renault SA" in renault["aliases"]
    assert {(p["name"], p["title"]) for p in renault["people"]} == {("Luca de Meo", "CEO"),
                                                                    ("Jean-Dominique Senard", "Chairman")}
    alliance = {frozenset((r["source"], r["target"])): r for r in renault["relationships"]["alliance"]}
    assert alliance[frozenset(("Nissan", "Renault"))]["status"] == "in_talks"
    assert alliance[frozenset(("Nissan", "Renault"))]["independent_sources"] == 1  # one story, pasted twice
    assert alliance[frozenset(("Geely", "Renault"))]["status"] == "in_talks"  # "finalising", over a bare "will"
    stake = renault["relationships"]["stake"][0]
    assert (stake["target"], stake["attributes"]["percent"]) == ("Nissan", 43)
    talks = relation(db, "alliance", "--company", "Honda", "--status", "in_talks", "--limit", "1")
    assert talks["first_reported"] == "2024-03-13" and "electric vehicles" in talks["attributes"]["topics"]
    titles = {s["title"] for s in lines(keiretsu("stories", "--json", db=db))}
    assert titles == {"Honda and Nissan: alliance, in talks", "Nissan and Renault: alliance, in talks"}
    out = keiretsu("demo", db=tmp_path / "demo.db").stdout
    assert "Luca de Meo" in out and "Nissan and Renault: alliance, in talks" in out


def test_unknown_names_and_bad_options_are_one_clear_line(built):
    proc = keiretsu("company", "Nisan", db=built, check=2)
    assert proc.stderr.strip() == "error: no company or person named 'Nisan' in the graph"
    proc = keiretsu("relations", "--type", "purchase", db=built, check=2)
    assert "unknown type 'purchase'" in proc.stderr and "Traceback" not in proc.stderr
    proc = keiretsu("relations", "--as-of", "2023-13-01", db=built, check=2)
    assert "--as-of '2023-13-01' is not a date" in proc.stderr
    proc = keiretsu("relationship", "999999", db=built, check=2)
    assert "no relationship 999999" in proc.stderr


# --- exports -------------------------------------------------------------------------------------


def test_graphml_opens_in_networkx_with_every_attribute(built, tmp_path):
    nx = pytest.importorskip("networkx")
    path = tmp_path / "g.graphml"
    keiretsu("export", "--format", "graphml", "--output", str(path), db=built)
    g = nx.read_graphml(path)
    names = {d["name"] for _, d in g.nodes(data=True)}
    assert {"Renault", "Nissan", "Honda", "Acme", "Widget"} <= names
    stake = next(d for _, _, d in g.edges(data=True) if d["type"] == "stake")
    assert stake["percent"] == 15.0 and stake["mentions"] == 3 and stake["independent_sources"] == 2
    assert [h["attributes"]["percent"] for h in json.loads(stake["history"])] == [43, 15]


def test_gexf_is_a_mixed_graph(built, tmp_path):
    path = tmp_path / "g.gexf"
    keiretsu("export", "--format", "gexf", "--output", str(path), db=built)
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    edges = root.findall(".//g:edge", ns)
    kinds = {e.get("label"): e.get("type") for e in edges}
    assert kinds["merger"] == "undirected" and kinds["stake"] == "directed"
    titles = {a.get("id"): a.get("title") for a in root.findall(".//g:attributes[@class='edge']/g:attribute", ns)}
    stake = next(e for e in edges if e.get("label") == "stake")
    values = {titles[v.get("for")]: v.get("value") for v in stake.findall(".//g:attvalue", ns)}
    assert values["percent"] == "15" and values["independent_sources"] == "2" and values["status"] == "active"


def test_csv_jsonl_and_cypher(built, tmp_path):
    keiretsu("export", "--format", "csv", "--output", str(tmp_path / "csv"), db=built)
    with open(tmp_path / "csv" / "edges.csv", newline="") as f:
        edges = list(csv.DictReader(f))
    with open(tmp_path / "csv" / "nodes.csv", newline="") as f:
        nodes = {r["id"]: r for r in csv.DictReader(f)}
    merger = next(e for e in edges if e["type"] == "merger")
    assert merger["status"] == "called_off" and merger["directed"] == "false" and merger["source_id"] in nodes
    rows = lines(keiretsu("export", "--format", "jsonl", db=built))
    assert {r["object"] for r in rows} == {"entity", "relationship"}
    assert len([r for r in rows if r["object"] == "relationship"]) == len(edges)
    cypher = keiretsu("export", "--format", "cypher", db=built).stdout.splitlines()
    assert cypher[0].startswith("CREATE CONSTRAINT")
    assert sum(line.startswith("MERGE (e:Entity") for line in cypher) == len(nodes)
    stake = next(line for line in cypher if "[r:STAKE" in line)
    assert "percent: 15" in stake and "independent_sources: 2" in stake and "directed: true" in stake
    proc = keiretsu("export", "--format", "csv", db=built, check=2)
    assert "give --output FOLDER" in proc.stderr
    proc = keiretsu("export", "--format", "graphml", "--output", str(tmp_path / "no" / "g.graphml"), db=built,
                    check=2)
    assert "does not exist" in proc.stderr and not (tmp_path / "no").exists()

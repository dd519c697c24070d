"""The relationship type table (``models.RELATION_TYPES``) and what reads it: the LLM prompt and its
answer schema, story titles, exports, ``/api/schema`` and the web page's colours."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from fastapi.testclient import TestClient

from keiretsu.api import create_app
from keiretsu.extract.llm import PROMPT, RESPONSE_SCHEMA
from keiretsu.graph.export import EDGE_FIELDS
from keiretsu.graph.stories import title
from keiretsu.models import ATTRIBUTES, RELATION_TYPES, RelationType

STATIC = Path(__file__).parents[2] / "src" / "keiretsu" / "web" / "static"


def test_every_type_has_one_row_in_schema_order():
    assert list(RELATION_TYPES) == list(RelationType)
    for rtype, spec in RELATION_TYPES.items():
        assert re.fullmatch(r"#[0-9a-f]{6}", spec.colour), rtype
        assert set(spec.attributes) <= set(ATTRIBUTES), rtype
        assert rtype.directed is spec.directed and spec.label and spec.meaning
    assert [t for t in RelationType if not t.directed] == [RelationType.ALLIANCE, RelationType.JOINT_VENTURE,
                                                          RelationType.MERGER]


def test_the_llm_is_asked_for_every_type_and_attribute_the_table_has():
    for rtype, spec in RELATION_TYPES.items():
        assert spec.prompt_line(rtype.value) in PROMPT
    assert "- supply (supplier -> customer): " in PROMPT and "- merger (undirected): two become one" in PROMPT
    relation = RESPONSE_SCHEMA["properties"]["relations"]["items"]["properties"]
    assert relation["type"]["enum"] == [t.value for t in RelationType]
    assert set(relation["attributes"]["properties"]) == set(ATTRIBUTES)
    assert relation["attributes"]["properties"]["change"]["enum"] == ["increase", "decrease"]


def test_story_titles_and_export_columns_come_from_the_table():
    supply = Counter({("Honda", "Nissan", "supply", "agreed"): 2})
    assert title([None], supply) == "Honda and Nissan: supply deal, agreed"
    assert title([None], Counter({("Acme", "Widget", "divestment", "active"): 1})) == "Acme and Widget: sale, active"
    columns = [name for name, _ in EDGE_FIELDS]
    assert [c for c in columns if c in ATTRIBUTES] == list(ATTRIBUTES)
    assert dict(EDGE_FIELDS)["percent"] == "double" and dict(EDGE_FIELDS)["topics"] == "string"


def test_api_schema_serves_the_table_and_the_css_does_not_repeat_it(sample_graph):
    with TestClient(create_app(sample_graph, allowed_hosts=["testserver"])) as client:
        schema = client.get("/api/schema").json()
    types = {t["type"]: t for t in schema["types"]}
    assert list(types) == [t.value for t in RelationType]
    assert types["supply"] == {"type": "supply", "directed": True, "source": "supplier", "target": "customer",
                                    "meaning": RELATION_TYPES[RelationType.SUPPLY].meaning,
                                    "attributes": ["topics"], "label": "supply deal", "colour": "#0f8a6a"}
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    assert not [t for t in RelationType if f"--{t.value}:" in css]  # no colour written by hand
    assert "t.colour" in (STATIC / "app.js").read_text(encoding="utf-8")


def test_gexf_edges_are_drawn_in_their_type_colour(sample_graph, tmp_path):
    path = tmp_path / "g.gexf"
    subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(sample_graph), "export", "--format", "gexf",
                    "--output", str(path)], check=True, capture_output=True, timeout=120)
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    edges = ET.parse(path).getroot().findall(".//g:edge", ns)
    assert edges
    for e in edges:
        c = e.find("viz:color", ns)
        assert "#{:02x}{:02x}{:02x}".format(*(int(c.get(k)) for k in "rgb")) == \
            RELATION_TYPES[RelationType(e.get("label"))].colour

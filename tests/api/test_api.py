"""The REST API on a graph built by `keiretsu build`: every endpoint, its errors, and its safety."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from keiretsu.api import create_app
from keiretsu.errors import StoreError
from keiretsu.store import open_store

from ..conftest import EARLIER


# The test client sends ``Host: testserver``, a name the server answers only when told to.
TEST_HOST = ["testserver"]


@pytest.fixture(scope="module")
def client(sample_graph):
    with TestClient(create_app(sample_graph, allowed_hosts=TEST_HOST)) as c:
        yield c


def ok(client: TestClient, url: str, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def error(client: TestClient, url: str, status: int, method: str = "GET", **kw) -> str:
    r = client.request(method, url, **kw)
    assert r.status_code == status, (url, r.status_code, r.text)
    body = r.json()
    assert set(body) == {"error"} and body["error"]
    return body["error"]


def entity_id(client: TestClient, name: str) -> int:
    return ok(client, "/api/resolve", name=name)["id"]


def test_the_openapi_document_lists_every_endpoint(client):
    spec = ok(client, "/api/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/stats", "/api/suggest", "/api/search", "/api/resolve", "/api/entities/{entity_id}",
            "/api/entities/{entity_id}/graph", "/api/entities/{entity_id}/timeline", "/api/relationships",
            "/api/relationships/{rel_id}", "/api/relationships/{rel_id}/evidence", "/api/stories",
            "/api/stories/{story_id}", "/api/documents", "/api/documents/{doc_id}", "/api/duplicates",
            "/api/changes", "/api/schema"} <= paths
    schema = ok(client, "/api/schema")
    assert {t["type"]: t["directed"] for t in schema["types"]}["alliance"] is False
    assert "in_talks" in schema["statuses"]
    limit = next(p for p in spec["paths"]["/api/relationships"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    assert "read-only" in spec["info"]["description"]


def test_search_suggests_names_and_finds_documents_by_their_words(client):
    suggestions = ok(client, "/api/suggest", q="Nis")
    assert suggestions[0]["name"] == "Nissan" and suggestions[0]["relationships"] >= 4
    assert ok(client, "/api/suggest", q="Luca")[0]["kind"] == "person"
    found = ok(client, "/api/search", q="Qualcomm")
    assert [e["name"] for e in found["entities"]] == ["Qualcomm"]
    assert found["documents"]["items"] and "[Qualcomm" in found["documents"]["items"][0]["snippet"]
    assert ok(client, "/api/resolve", name="Nissan Motor Co Ltd")["name"] == "Nissan"  # an alias
    assert "no company or person named 'Nisan'" in error(client, "/api/resolve?name=Nisan", 404)
    assert error(client, "/api/search?q=", 422).startswith("q:")


def test_a_company_profile(client):
    renault = ok(client, f"/api/entities/{entity_id(client, 'Renault SA')}")
    assert renault["name"] == "Renault" and "Renault SA" in renault["aliases"]
    assert {(p["name"], p["title"]) for p in renault["people"]} == {("Luca de Meo", "CEO"),
                                                                    ("Jean-Dominique Senard", "Chairman")}
    assert renault["counts"]["stake"] == {"active": 1}
    assert renault["relationships"]["stake"][0]["attributes"]["percent"] == 43
    assert {s["title"] for s in renault["stories"]} >= {"Nissan and Renault: alliance, in talks"}
    assert error(client, "/api/entities/999999", 404) == "no company or person with id 999999"
    assert error(client, "/api/entities/abc", 422).startswith("entity_id:")


def test_the_neighbourhood_and_the_time_slider(client):
    nissan = entity_id(client, "Nissan")
    graph = ok(client, f"/api/entities/{nissan}/graph")
    names = {n["name"] for n in graph["nodes"]}
    assert {"Nissan", "Renault", "Honda", "Mitsubishi Motors"} <= names
    assert graph["total"] == len(graph["edges"]) and not graph["truncated"]
    stake = next(e for e in graph["edges"] if e["type"] == "stake")
    assert (stake["source"], stake["target"], stake["directed"]) == ("Renault", "Nissan", True)
    honda = entity_id(client, "Honda")
    now = {e["target"] for e in ok(client, f"/api/entities/{honda}/graph")["edges"]}
    assert {"Sony", "Nissan"} <= now
    then = ok(client, f"/api/entities/{honda}/graph", as_of=EARLIER["published"])
    assert [e["target"] for e in then["edges"]] == ["Sony"] and then["as_of"] == "2023-06-01"
    assert ok(client, f"/api/entities/{honda}/graph", as_of="2020-01-01")["edges"] == []
    assert len(ok(client, f"/api/entities/{nissan}/graph", limit=1)["edges"]) == 1
    assert "as_of '2023-02-30' is not a date" in error(client, f"/api/entities/{nissan}/graph?as_of=2023-02-30", 400)
    assert "unknown type 'purchase'" in error(client, f"/api/entities/{nissan}/graph?type=purchase", 400)
    assert error(client, f"/api/entities/{nissan}/graph?limit=501", 422) == \
        "limit: Input should be less than or equal to 500"


def test_a_timeline_between_two_companies(client):
    honda, nissan = entity_id(client, "Honda"), entity_id(client, "Nissan")
    events = ok(client, f"/api/entities/{honda}/timeline", other=nissan)
    assert [(e["source"], e["target"], e["status"], e["date"]) for e in events] == \
        [("Honda", "Nissan", "in_talks", "2024-03-13")]
    assert len(ok(client, f"/api/entities/{honda}/timeline")) >= 3


def test_relationships_filter_and_page_like_the_cli(client):
    page = ok(client, "/api/relationships", limit=2)
    assert len(page["items"]) == 2 and page["next_offset"] == 2 and page["offset"] == 0
    rest = ok(client, "/api/relationships", limit=500, offset=2)
    assert rest["next_offset"] is None
    ids = [r["id"] for r in page["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == ok(client, "/api/stats")["graph"]["relationships"]["alliance"] + sum(
        n for t, n in ok(client, "/api/stats")["graph"]["relationships"].items() if t != "alliance")
    between = ok(client, "/api/relationships", company="Renault", other="Nissan")["items"]
    assert {r["type"] for r in between} == {"alliance", "stake", "divestment"}
    talks = ok(client, "/api/relationships", company="Honda", status="in_talks", type="alliance")["items"]
    assert {r["source"] for r in talks} | {r["target"] for r in talks} == {"Honda", "Nissan", "General Motors"}
    assert ok(client, "/api/relationships", company="Honda", as_of="2023-12-31")["items"][0]["target"] == "Sony"
    assert error(client, "/api/relationships?other=Nissan", 400).startswith("other needs company")
    assert "unknown status 'done'" in error(client, "/api/relationships?status=done", 400)
    assert error(client, "/api/relationships?offset=-1", 422).startswith("offset:")


def test_a_relationship_and_every_sentence_behind_it(client):
    stake = ok(client, "/api/relationships", company="Renault", other="Nissan", type="stake")["items"][0]
    rel = ok(client, f"/api/relationships/{stake['id']}")
    assert rel["attributes"] == {"percent": 43} and rel["history"][0]["status"] == "active"
    assert "evidence" not in rel
    evidence = ok(client, f"/api/relationships/{stake['id']}/evidence")["items"]
    # the sample's sentence among them (another document also says "Renault holds 43% of Nissan")
    sample = next(e for e in evidence if "43 percent ownership" in e["sentence"])
    assert sample["copies"] == len(sample["documents"]) == 1
    # The EV talks were read once and recorded again in the republished copy: one sentence, two copies.
    talks = ok(client, "/api/relationships", company="Honda", other="Nissan")["items"][0]
    sentences = ok(client, f"/api/relationships/{talks['id']}/evidence")["items"]
    assert sentences and all(s["copies"] == 2 for s in sentences)
    assert talks["independent_sources"] == 1
    assert error(client, "/api/relationships/999999", 404) == "no relationship 999999"
    assert error(client, "/api/relationships/999999/evidence", 404) == "no relationship 999999"


def test_stories(client):
    stories = ok(client, "/api/stories")["items"]
    titles = {s["title"] for s in stories}
    assert {"Honda and Nissan: alliance, in talks", "Nissan and Renault: alliance, in talks"} <= titles
    honda = next(s for s in stories if s["title"] == "Honda and Nissan: alliance, in talks")
    story = ok(client, f"/api/stories/{honda['id']}")
    assert len(story["documents_list"]) == 2 and story["timeline"][0]["status"] == "in_talks"
    assert [s["title"] for s in ok(client, "/api/stories", company="Sony")["items"]] == [EARLIER["title"]]
    assert error(client, "/api/stories/999999", 404) == "no story 999999"


def test_documents_with_highlights_and_their_duplicates(client):
    docs = ok(client, "/api/documents")["items"]
    assert len(docs) == 5
    original, copy = sorted(d["id"] for d in docs if d["published"] == "2024-03-13")
    doc = ok(client, f"/api/documents/{original}")
    named = {(e["name"], e["kind"]) for e in doc["entities"]}
    assert {("Nissan", "company"), ("Honda", "company")} <= named
    assert all(doc["text"][e["start"]:e["end"]] == e["text"] for e in doc["entities"])
    stated = doc["mentions"]
    assert stated and all(doc["text"][m["start"]:m["end"]] == m["sentence"] for m in stated)
    assert all(m["relationship"] for m in stated)
    assert {m["id"] for m in doc["duplicates"]["members"]} == {original, copy}
    # The copy was not read again, yet shows the same companies.
    again = ok(client, f"/api/documents/{copy}")
    assert {e["name"] for e in again["entities"]} >= {"Nissan", "Honda"}
    assert all(again["text"][e["start"]:e["end"]] == e["text"] for e in again["entities"])
    assert ok(client, "/api/duplicates")["items"][0]["canonical"]["id"] == original
    found = ok(client, "/api/documents", q="fuel cells")["items"]
    assert {d["id"] for d in found} == {original, copy}
    assert error(client, "/api/documents/999999", 404) == "no document with id 999999"


def test_what_changed_since_a_date(client):
    changes = ok(client, "/api/changes", since="2024-01-01")
    assert {(c["source"], c["target"]) for c in changes["new"]} >= {("Honda", "Nissan"), ("General Motors", "Honda")}
    assert ("Honda", "Sony") not in {(c["source"], c["target"]) for c in changes["new"]}
    assert error(client, "/api/changes", 422) == "since: Field required"
    assert "since 'last week' is not a date" in error(client, "/api/changes?since=last week", 400)


def test_news_text_comes_back_as_data_and_the_page_forbids_inline_scripts(client):
    hostile = next(d for d in ok(client, "/api/documents", q="pwned")["items"])
    doc = ok(client, f"/api/documents/{hostile['id']}")
    assert "<script>window.__pwned = 1</script>" in doc["text"]  # the UI shows it as text (tests/web)
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/pyproject.toml",
    "/static/..\\..\\etc\\passwd", "/static/app.js%00.html", "/static/__init__.py", "/static/",
    "/api/documents/..%2F1", "/api/stories/1%2F..%2F..%2Fetc",
])
def test_no_path_reaches_a_file_it_should_not(client, path):
    r = client.get(path)
    assert r.status_code in (404, 422) and "root:" not in r.text and "[project]" not in r.text
    assert r.json()["error"]


def test_the_ui_files_are_served(client):
    for name, kind in (("app.js", "text/javascript"), ("style.css", "text/css")):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(kind) and len(r.content) > 1000


def written(db) -> object:
    """What would show a write: the file's bytes, or (a server) every run and relationship."""
    if isinstance(db, Path):
        return hashlib.sha256(db.read_bytes()).hexdigest()
    store = open_store(db, read_only=True)
    try:
        return store.stats(), store.runs(), list(store.graph_edges())
    finally:
        store.close()


def test_read_only_by_default(client, sample_graph):
    before = written(sample_graph)
    msg = error(client, "/api/documents", 403, "POST", json={"documents": [{"text": "Sony bought Honda."}]})
    assert "read-only" in msg and "--write" in msg
    assert error(client, "/api/relationships/1", 405, "DELETE") == "DELETE is not allowed here"
    assert error(client, "/api/stats", 405, "PUT") == "PUT is not allowed here"
    assert written(sample_graph) == before
    assert ok(client, "/api/stats")["write"] is False


def test_cors_is_off_unless_an_origin_is_named(client, sample_graph):
    r = client.get("/api/stats", headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    app = create_app(sample_graph, cors_origins=["https://tools.example"], allowed_hosts=TEST_HOST)
    with TestClient(app) as allowed:
        r = allowed.get("/api/stats", headers={"origin": "https://tools.example"})
        assert r.headers["access-control-allow-origin"] == "https://tools.example"
        r = allowed.get("/api/stats", headers={"origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in r.headers


def test_a_missing_or_foreign_store_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store; build one first"):
        create_app(tmp_path / "none.db")
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    with pytest.raises(StoreError, match="not a keiretsu database"):
        create_app(bad)
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(tmp_path / "none.db"), "serve"],
                          capture_output=True, text=True, timeout=60, env=os.environ | {"COLUMNS": "250"})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().endswith("no such store; build one first with `keiretsu build`")


def test_adding_news_when_writing_is_enabled(tmp_path):
    db = tmp_path / "w.db"
    with TestClient(create_app(db, write=True, allowed_hosts=TEST_HOST)) as c:
        assert ok(c, "/api/stats")["documents"] == 0
        msg = error(c, "/api/documents", 422, "POST", json={"documents": []})
        assert msg.startswith("documents:")
        r = c.post("/api/documents", json={"documents": [EARLIER]})
        assert r.status_code == 201, r.text
        assert r.json()["ingest"]["added"] == 1
        jv = ok(c, "/api/relationships", company="Sony")["items"]
        assert [(r["source"], r["target"], r["type"], r["first_reported"]) for r in jv] == \
            [("Honda", "Sony", "joint_venture", "2023-06-01")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_keiretsu_serve_answers_on_loopback(sample_graph: Path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "keiretsu", "--db", str(sample_graph), "serve", "--port", str(port),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        assert r.status_code == 200 and json.loads(r.text)["documents"] == 5
        assert httpx.get(f"http://127.0.0.1:{port}/").text.startswith("<!doctype html>")
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    probe = open_store(sample_graph, read_only=True)
    name = probe.display  # a server's without its password
    probe.close()
    assert f"serving {name} (read-only, 2 process(es)) at http://127.0.0.1:{port}/" in stderr.replace("\n", "")


def test_ids_beyond_64_bits_or_below_1_are_refused(client):
    assert error(client, f"/api/relationships/{2**63}", 422) == \
        "rel_id: Input should be less than or equal to 9223372036854775807"
    assert error(client, "/api/documents/-1", 422) == "doc_id: Input should be greater than or equal to 1"
    assert error(client, f"/api/entities/1/timeline?other={2**64}", 422).startswith("other:")
    assert error(client, f"/api/relationships/{2**63 - 1}", 404) == f"no relationship {2**63 - 1}"


def test_head_answers_like_get_without_the_body(client):
    for path in ("/", "/api/stats", "/api/relationships?limit=2", "/static/style.css", "/api/openapi.json"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200 and head.content == b"", path
        assert head.headers["content-length"] == str(len(get.content))
        assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/api/relationships/999999").status_code == 404


def test_only_hosts_that_name_this_server_are_answered(sample_graph):
    with TestClient(create_app(sample_graph, allowed_hosts=["keiretsu.example"])) as c:
        for host in ("127.0.0.1", "localhost:80", "[::1]:80", "LOCALHOST.", "keiretsu.example",
                     "keiretsu.example:8443"):
            assert c.get("/api/stats", headers={"host": host}).status_code == 200, host
        for host in ("testserver", "attacker.example", "localhost:8000", "127.0.0.1.nip.io", "[::1", ""):
            r = c.get("/api/stats", headers={"host": host})
            assert r.status_code == 400 and r.headers["x-content-type-options"] == "nosniff", host
        assert error(c, "/api/stats", 400, headers={"host": "attacker.example"}) == \
            "Host 'attacker.example' is not a name of this server: start it with `--allow-host attacker.example` " \
            "to answer it"


def test_bodies_over_the_limit_are_refused_before_they_are_read(tmp_path):
    with TestClient(create_app(tmp_path / "w.db", write=True, allowed_hosts=TEST_HOST, max_body=1000)) as c:
        too_big = ("the request body is over the server's limit of 1,000 bytes: start it with `--max-body-mb` "
                   "to raise it")
        body = json.dumps({"documents": [{"text": "x" * 2000}]}).encode()
        assert error(c, "/api/documents", 413, "POST", content=body) == too_big

        def chunks():  # no Content-Length
            for _ in range(1000):
                yield body[:100]

        assert error(c, "/api/documents", 413, "POST", content=chunks(),
                     headers={"content-type": "application/json"}) == too_big
        assert ok(c, "/api/stats")["documents"] == 0


def test_broken_unicode_in_a_body_is_a_4xx(tmp_path):
    with TestClient(create_app(tmp_path / "w.db", write=True, allowed_hosts=TEST_HOST)) as c:
        surrogate = b'{"documents": [{"text": "Sony bought Honda.", "id": "a\\ud800"}]}'
        json_type = {"content-type": "application/json"}
        assert error(c, "/api/documents", 422, "POST", content=surrogate, headers=json_type) == \
            "documents.0.id: Value error, not valid Unicode: a lone surrogate '\\ud800' at character 1"
        not_utf8 = b'{"documents": [{"text": "Sony \xff bought Honda."}]}'
        assert error(c, "/api/documents", 400, "POST", content=not_utf8, headers=json_type)
        assert ok(c, "/api/stats")["documents"] == 0


def test_reads_in_one_snapshot_do_not_see_what_a_build_commits_meanwhile(client):
    # A snapshot hides what a build commits meanwhile on every backend (tests/store/test_contract.py);
    # each reading endpoint awaits nothing, so that it runs whole inside its snapshot.
    reading = [r for r in client.app.routes if isinstance(r, APIRoute) and r.path.startswith("/api/")
               and "GET" in r.methods]
    assert len(reading) >= 17 and all(inspect.iscoroutinefunction(r.endpoint) for r in reading)

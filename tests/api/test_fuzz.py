"""Hostile values in every parameter of every route, read from the app's route table so that a
new route is fuzzed too: no answer may be a 500."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from urllib.parse import unquote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from keiretsu.api import create_app

from .test_api import TEST_HOST

# As they go into the URL: already percent-encoded where the bytes are not plain ASCII.
HOSTILE = [
    # ids and numbers: past 64 bits, negative, not integers
    "18446744073709551616", "9223372036854775808", "9223372036854775807", "-9223372036854775809", "-1", "0",
    "1e3", "0x1f", "1.5", "NaN", "9" * 5000,
    # broken Unicode: lone surrogates (as UTF-8 would encode them), bytes that are not UTF-8
    "%ED%A0%80", "%ED%B0%80abc", "%FF%FE", "%C0%AF", "%E2%80%AE", "a%00b", "%00",
    # dates: impossible, out of range, other digits
    "0000-00-00", "2024-02-30", "99999-01-01", "+2024-01-01", "1987-13", "%D9%A2%D9%A0%D9%A2%D9%A4",
    # enums in odd forms
    "ALLIANCE", "alliance%00", "in_talks%20", "acquisition,merger",
    # syntax of the layers below
    "'", "%22", "*", "%25", "_", "\\", "..%2F..%2Fetc%2Fpasswd", "NEAR(a b)", "",
    # big: 1 MB, and 21,000 broken characters
    "x" * 1_000_000, "%ED%A0%80" * 7_000,
]

# A value the route accepts, for the parameters not being fuzzed.
PLAIN = {"q": "Nissan", "name": "Nissan", "since": "2024-01-01"}


def _get_routes(app) -> list[tuple[str, list[str], list[str]]]:
    """(path, path parameters, query parameters) of every route that answers GET."""
    out = []
    for route in app.routes:
        if "GET" not in getattr(route, "methods", ()):
            continue
        if isinstance(route, APIRoute):
            out.append((route.path, [p.alias for p in route.dependant.path_params],
                        [p.alias for p in route.dependant.query_params]))
        else:
            out.append((route.path, [], []))
    return out


def _url(path: str, path_params: list[str], query: dict[str, str]) -> str:
    for name in path_params:
        path = path.replace("{" + name + "}", query.pop(name, "1"))
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


async def _ask(app, method: str, url: str) -> tuple[int, bytes]:
    """One request straight to the app, as uvicorn hands it over (the test client's httpx
    refuses URLs over 64 KB, which uvicorn's own header limit stops in front of the app)."""
    raw_path, _, query = url.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": unquote(raw_path), "raw_path": raw_path.encode(), "query_string": query.encode(),
             "root_path": "", "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 50000),
             "server": ("testserver", 80)}
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    try:
        await app(scope, receive, send)
    except Exception:  # noqa: BLE001 - the server would answer 500 and drop the connection
        return 500, b""
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_no_parameter_of_any_route_gets_a_500(sample_graph):
    # Header limit raised so that the 1 MB values reach the routes (by default they stop at 431).
    app = create_app(sample_graph, allowed_hosts=TEST_HOST, max_headers=4 * 1024 * 1024)
    routes = _get_routes(app)
    assert len(routes) >= 19  # the table was read
    statuses: Counter[int] = Counter()
    failures = []

    async def fuzz() -> None:
        for path, path_params, query_params in routes:
            plain = {k: v for k, v in PLAIN.items() if k in query_params}
            base = _url(path, path_params, dict(plain))
            status, body = await _ask(app, "HEAD", base)
            assert status < 500 and body == b"", (base, status)
            for name in path_params + query_params:
                for value in HOSTILE:
                    url = _url(path, path_params, plain | {name: value})
                    status, body = await _ask(app, "GET", url)
                    statuses[status] += 1
                    if status >= 500:
                        failures.append((url[:120], status, body[:200]))
                    elif status >= 400:
                        assert json.loads(body)["error"], url[:120]

    asyncio.run(fuzz())
    assert not failures, failures[:10]
    assert sum(statuses.values()) > 1000 and all(statuses[s] for s in (200, 400, 404, 422)), statuses


@pytest.mark.parametrize("body", [
    b'{"documents": [{"text": "Sony bought Honda.", "id": "\\ud800"}]}',
    b'{"documents": [{"text": "Sony \\udfff bought Honda."}]}',
    b'{"documents": [{"text": "Sony bought Honda.", "title": "\\ud83d", "source": "\\udc00", "url": "\\ud800"}]}',
    b'{"documents": [{"text": "Sony bought Honda.", "published": "\\ud800"}]}',
    b'{"documents": [{"text": "Sony bought Honda \xff\xfe."}]}',
    b'\xef\xbb\xbf{"documents": []}',
    b'{"documents": [{"text": "' + b"\xed\xa0\x80" + b'"}]}',
    b'[' * 100_000 + b']' * 100_000,
    b'{"documents": [{"text": ' + b"9" * 5000 + b'}]}',
    b'{"documents": [{"text": NaN}]}',
    b'{"documents": [{"text": ""}]}',
    b'{"documents": ' + json.dumps([{"text": "a"}] * 1001).encode() + b'}',
    b'{"documents": [{"text": "x", "published": {"$gt": 1}}]}',
    b'',
    b'null',
])
def test_no_body_gets_a_500(tmp_path, body):
    """What a client can post that is not a batch of documents: a 4xx, and nothing is built."""
    with TestClient(create_app(tmp_path / "w.db", write=True, allowed_hosts=TEST_HOST)) as c:
        r = c.post("/api/documents", content=body, headers={"content-type": "application/json"})
        assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
        assert r.json()["error"]
        assert c.get("/api/stats").json()["documents"] == 0


def test_a_megabyte_of_url_stops_at_the_header_limit(sample_graph):
    app = create_app(sample_graph, allowed_hosts=TEST_HOST)
    status, body = asyncio.run(_ask(app, "GET", "/api/search?q=" + "x" * 1_000_000))
    assert status == 431 and "--max-header-kb" in json.loads(body)["error"]

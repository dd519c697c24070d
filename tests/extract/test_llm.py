"""The optional LLM extractor against a local stand-in server that speaks the OpenAI protocol.

The stand-in answers with a fixed structured reply (it is no model): what is tested is
keiretsu's side, the request it sends, how it validates and anchors what comes back, and
that the result lands in the store like the rules' output.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ..cli.test_cli import keiretsu, lines

TEXT = ("Nissan Motor Co Ltd and Renault SA leaders met on Thursday. "
        "Renault holds 43 percent of Nissan, which wants the stake cut.")
REPLY = {
    "entities": [{"name": "Nissan Motor Co Ltd", "kind": "company"}, {"name": "Renault SA", "kind": "company"},
                 {"name": "Toyota", "kind": "company"}],
    "relations": [
        {"source": "Renault", "target": "Nissan", "type": "stake", "status": "active",
         "evidence": "Renault holds 43 percent of Nissan, which wants the stake cut.", "attributes": {"percent": 43}},
        {"source": "Renault", "target": "Nissan", "type": "friendship", "status": "active", "evidence": "x"},
        {"source": "Renault", "target": "Nissan", "type": "merger", "status": "agreed",
         "evidence": "Renault and Nissan agreed to merge."},
    ],
}


class StandIn(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (the http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        StandIn.requests.append({"path": self.path, "body": body})
        reply = {"choices": [{"index": 0, "message": {"role": "assistant", "content": json.dumps(REPLY)}}]}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    StandIn.requests.clear()
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()


def test_llm_extractor_output_is_validated_and_stored_like_the_rules(tmp_path: Path, server):
    db = tmp_path / "k.db"
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    keiretsu("ingest", str(doc), db=db)
    result = lines(keiretsu("extract", "--extractor", "llm", "--llm-url", server, "--llm-model", "stand-in",
                            "--json", "-q", db=db))[0]
    assert result["read"] == 1 and result["mentions"] == 1  # unknown type and unquoted evidence dropped
    [req] = StandIn.requests
    assert req["path"] == "/v1/chat/completions" and req["body"]["model"] == "stand-in"
    assert req["body"]["response_format"]["type"] == "json_schema"
    [m] = lines(keiretsu("mentions", "--json", db=db))
    assert (m["type"], m["source"], m["target"], m["status"]) == ("stake", "Renault", "Nissan", "active")
    assert m["attributes"] == {"percent": 43} and m["extractor"] == "llm"
    assert m["sentence"] == "Renault holds 43 percent of Nissan, which wants the stake cut."
    assert TEXT[m["start"] : m["end"]] == m["sentence"]


def test_unreachable_endpoint_is_one_clear_error(tmp_path: Path):
    db = tmp_path / "k.db"
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    keiretsu("ingest", str(doc), db=db)
    proc = keiretsu("extract", "--extractor", "llm", "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "m",
                    "-q", db=db, check=2)
    assert "cannot reach the LLM endpoint" in proc.stderr
    proc = keiretsu("extract", "--extractor", "llm", "-q", db=db, check=2)
    assert "needs --llm-url and --llm-model" in proc.stderr

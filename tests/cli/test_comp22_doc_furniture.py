"""`keiretsu doc` says how many lines of page furniture the clean text left out (COMP22)."""

from __future__ import annotations

import json

from .test_cli import keiretsu


def test_doc_counts_furniture_lines_and_raw_keeps_them(tmp_path):
    text = ("Tip: Use comma (,) to separate multiple quotes.\nUnilever said ice cream delivered strong growth "
            "helped by better weather than last year.\nAll rights reserved.")
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps({"id": "p1", "title": "Unilever", "text": text}) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    keiretsu("ingest", str(page), db=db)
    shown = keiretsu("doc", "1", db=db).stdout
    assert "2 line(s) of page furniture removed" in shown
    assert "All rights reserved" not in shown
    assert "All rights reserved" in keiretsu("doc", "1", "--raw", db=db).stdout
    record = json.loads(keiretsu("doc", "1", "--json", db=db).stdout)
    assert [r["class"] for r in record["cleaning"]["furniture"]] == ["quotes", "copyright"]

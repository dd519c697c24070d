"""The command line as a user runs it: real processes, a real SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..helpers import ARTICLE


def keiretsu(*args: str, db: Path, check: int | None = 0, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "250"}  # Rich wraps tables to the width it is given
    proc = subprocess.run(
        [sys.executable, "-m", "keiretsu", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, env=env, **kw,
    )
    if check is not None:
        assert proc.returncode == check, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def lines(proc: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_end_to_end_on_the_samples(tmp_path: Path, samples):
    db = tmp_path / "k.db"
    first = keiretsu("ingest", str(samples), db=db)
    assert "2 added" in first.stdout
    again = keiretsu("ingest", str(samples), db=db)
    assert "0 added, 2 already stored" in again.stdout and "Nothing new" in again.stdout

    docs = lines(keiretsu("docs", "--json", db=db))
    assert len(docs) == 2
    for d in docs:
        assert {"id", "external_id", "title", "published", "date_source", "source", "url", "chars"} <= d.keys()
    honda = next(d for d in docs if d["date_source"] == "text")
    assert honda["published"] == "2024-03-13"

    [hit] = lines(keiretsu("docs", "--search", "Geely Aramco", "--json", db=db))
    full = lines(keiretsu("doc", str(hit["id"]), "--json", db=db))[0]
    assert full["text"].count("43 percent") == 1 and full["raw_text"].count("43 percent") == 4
    assert "Renault" in keiretsu("doc", str(hit["id"]), db=db).stdout

    stats = lines(keiretsu("stats", "--json", db=db))[0]
    assert stats["documents"] == 2 and stats["runs"] == {"completed": 2}
    assert "documents" in keiretsu("stats", db=db).stdout


def test_demo_uses_the_bundled_samples(tmp_path: Path):
    proc = keiretsu("demo", db=tmp_path / "demo.db", cwd=tmp_path)
    assert "2 added" in proc.stdout and "21 repeated paragraphs removed" in proc.stdout
    assert "Luca de Meo" in proc.stdout and "2 story(ies)" in proc.stdout
    assert f"keiretsu --db {tmp_path / 'demo.db'} serve" in proc.stdout and "http://127.0.0.1:8000/" in proc.stdout


def test_env_var_selects_the_store(tmp_path: Path, samples):
    env = {**os.environ, "KEIRETSU_DB": str(tmp_path / "env.db")}
    subprocess.run([sys.executable, "-m", "keiretsu", "ingest", str(samples)], env=env, check=True,
                   capture_output=True)
    assert (tmp_path / "env.db").exists()


def test_the_store_is_named_by_a_path_or_a_url(tmp_path: Path, samples):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "keiretsu", *args], capture_output=True, text=True, cwd=tmp_path,
                              env={**os.environ, "COLUMNS": "250"}, timeout=120)

    assert run("--db", "sqlite:///k.db", "ingest", "-q", str(samples)).returncode == 0
    stats = json.loads(run("--db", "k.db", "stats", "--json").stdout)
    assert (stats["db"], stats["documents"]) == ("k.db", 2)
    assert json.loads(run("--db", "sqlite:///k.db", "stats", "--json").stdout)["db"] == "sqlite:///k.db"
    unknown = run("--db", "mysql://db.example/news", "build")
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: mysql://…: not a store keiretsu can open")
    assert "\n" not in unknown.stderr.strip()


def test_exit_codes_and_clean_errors(tmp_path: Path):
    db = tmp_path / "k.db"
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok text here"}\n{broken\n')

    assert keiretsu("ingest", str(good), db=db, check=0)
    partial = keiretsu("ingest", str(bad), db=db, check=1)
    assert f"{bad}:2" in partial.stdout and "malformed JSON" in partial.stdout and "1 skipped" in partial.stdout
    nothing = keiretsu("ingest", str(tmp_path / "missing.txt"), db=db, check=2)
    assert "no such file or directory" in nothing.stdout

    run = lines(keiretsu("runs", "--json", db=db))[1]
    skipped = lines(keiretsu("runs", "--skips", str(run["id"]), "--json", db=db))
    assert skipped == [{"location": f"{bad}:2", "reason": "malformed JSON: Expecting property name enclosed in "
                        "double quotes at column 2"}]

    missing_doc = keiretsu("doc", "999", db=db, check=2)
    assert missing_doc.stderr.strip() == "error: no document with id 999"
    not_db = tmp_path / "notes.txt"
    not_db.write_text("plain text " * 500)
    err = keiretsu("stats", db=not_db, check=2).stderr.strip()
    assert err.startswith(f"error: {not_db}: not a keiretsu database") and "\n" not in err
    bad_field = keiretsu("ingest", "--field", "body", str(good), db=db, check=2)
    assert "expected KEY=NAME" in bad_field.stderr


def test_ingest_json_summary_and_field_option(tmp_path: Path):
    p = tmp_path / "x.csv"
    p.write_text(f'uid,story,when\n7,"{ARTICLE}",2024-03-13\n')
    proc = keiretsu("ingest", "--json", "-f", "id=uid", "-f", "text=story", "-f", "published=when", str(p),
                    db=tmp_path / "k.db")
    summary = lines(proc)[0]
    assert (summary["added"], summary["skipped"]) == (1, 0)
    [d] = lines(keiretsu("docs", "--json", db=tmp_path / "k.db"))
    assert (d["external_id"], d["published"], d["date_source"]) == ("7", "2024-03-13", "metadata")


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def _processes_using(path: Path) -> list[int]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(path).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:
            continue
    return found


def test_killed_mid_run_leaves_a_consistent_store_and_a_rerun_completes(tmp_path: Path):
    n = 60_000
    src = tmp_path / "big.jsonl"
    with src.open("w") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"doc-{i}", "text": f"{ARTICLE} Story number {i} of the day."}) + "\n")
    db = tmp_path / "k.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "keiretsu", "--db", str(db), "ingest", "--batch-size", "200", str(src)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(db) < 1000 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail("the ingest finished before it could be killed; make the input larger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10  # the reading process notices and leaves too
    while _processes_using(src) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_using(src)

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    landed = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    fts = con.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
    assert 0 < landed < n and landed % 200 == 0 and fts == landed  # whole batches only, index in step
    con.close()

    rerun = keiretsu("ingest", "--json", str(src), db=db)
    summary = lines(rerun)[0]
    assert summary["added"] == n - landed and summary["already_stored"] == landed
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT external_id) FROM documents").fetchone() == (n, n)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")] == ["interrupted", "completed"]


def test_dedup_and_duplicates_commands(tmp_path: Path, samples):
    db = tmp_path / "k.db"
    text = (samples / "nissan-honda-ev-talks.txt").read_text()
    p = tmp_path / "copies.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": t, "source": s}) for i, t, s in [
        ("wire-1", text, "Wire"), ("paper-1", text, "Paper"), ("site-1", "Subscribe now.\n\n" + text, "Site")]))
    keiretsu("ingest", str(samples), str(p), db=db)
    summary = lines(keiretsu("dedup", "--json", db=db))[0]
    assert summary["documents"] == 5 and summary["clusters"] == 1
    [cluster] = lines(keiretsu("duplicates", "--json", db=db))
    members = {m["external_id"]: m for m in cluster["members"]}
    assert {cluster["canonical"]["external_id"], *members} >= {"wire-1", "paper-1", "site-1"}
    for m in members.values():
        assert m["level"] in {"exact", "near"} and 0 < m["similarity"] <= 1
    stats = lines(keiretsu("stats", "--json", db=db))[0]
    assert stats["clusters"] == 1 and stats["deduplicated"] == 5
    again = lines(keiretsu("dedup", "--json", db=db))[0]
    assert again["documents"] == 0  # incremental: nothing new


def test_eval_dedup_command(tmp_path: Path, shared):
    base = shared / "corpora/bbc-news/bbc-text.csv"
    out = lines(keiretsu("eval", "dedup", "--base", str(base), "--stories", "30", "--distinct", "40",
                         "--write", str(tmp_path / "gold.jsonl"), "--json", db=tmp_path / "unused.db"))[0]
    assert set(out["levels"]) == {"exact", "near", "paraphrase"}
    assert all(0 <= v["f1"] <= 1 for v in out["levels"].values())
    assert len((tmp_path / "gold.jsonl").read_text().splitlines()) == out["documents"]
    missing = keiretsu("eval", "dedup", "--base", str(tmp_path / "nope.csv"), db=tmp_path / "u.db", check=2)
    assert "no such file" in missing.stderr


def test_dedup_thresholds_from_the_command_line(tmp_path: Path, samples):
    text = (samples / "nissan-honda-ev-talks.txt").read_text()
    p = tmp_path / "copies.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in [
        ("a", text), ("b", "Subscribe now to read more of our coverage of the car industry today. Our reporters "
                           "in Tokyo, Detroit and Paris follow every deal, every launch and every recall for you. "
                           "Sign up for the morning briefing and get the week's top stories.\n\n" + text)]))
    strict, loose = tmp_path / "strict.db", tmp_path / "loose.db"
    for db in (strict, loose):
        keiretsu("ingest", str(p), db=db)
    keiretsu("dedup", "--near-threshold", "0.99", db=strict)
    keiretsu("dedup", db=loose)
    assert lines(keiretsu("duplicates", "--json", db=strict)) == []  # about 0.9 alike: no near copy at 0.99
    [cluster] = lines(keiretsu("duplicates", "--json", db=loose))
    assert cluster["members"][0]["level"] == "near"
    assert "less than or equal to 1" in keiretsu("dedup", "--coverage", "1.5", db=loose, check=2).stderr

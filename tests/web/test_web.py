"""The web UI end to end: `keiretsu serve` on a built graph, Debian's chromium driven by Playwright.

Screenshots land in artifacts/ at the top of the checkout."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from ..conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
# (Page waits are written as functions: the UI's Content-Security-Policy refuses eval of strings.)
# Without the background-networking flags chromium keeps dialling Google, which a closed network refuses.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(sample_graph: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "keiretsu", "--db", str(sample_graph), "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{base}/api/stats", timeout=2)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"keiretsu serve did not start: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (apt-get install chromium; `make test` does it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 860}, base_url=server)
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    yield page
    context.close()
    assert problems == []


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def click_edge(edge) -> None:
    """Click an edge on its line, halfway along (the middle of a curve's box is off the curve)."""
    edge.scroll_into_view_if_needed()
    point = edge.evaluate("""g => {
        const p = g.querySelector('path.edge'), at = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();
        return {x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f};
    }""")
    edge.page.mouse.click(point["x"], point["y"])


def node_names(page) -> set[str]:
    return set(page.locator("svg.graph .node text").all_text_contents())


def test_search_nissan_see_its_partners_and_the_stake_with_its_evidence(page):
    page.goto("/")
    page.keyboard.press("/")  # the search box takes the keyboard
    page.keyboard.type("Nissan")
    option = page.locator("#suggestions li").first
    assert option.inner_text().startswith("Nissan")
    page.keyboard.press("Enter")
    page.wait_for_selector("svg.graph")
    assert page.locator("h1").inner_text().startswith("Nissan")
    assert {"Nissan", "Renault", "Honda", "Mitsubishi Motors"} <= node_names(page)
    # Edges: coloured by type, dashed while in talks.
    talks = page.locator("g.link[data-type=alliance][data-status=in_talks] path.edge").first
    assert "talks" in talks.get_attribute("class")
    assert talks.evaluate("e => getComputedStyle(e).strokeDasharray") != "none"
    stake = page.locator('g.link[data-type=stake][aria-label^="Renault → Nissan"]')
    click_edge(stake)
    panel = page.locator("#panel section.relationship")
    panel.wait_for()
    assert re.search(r"Renault\s*→\s*Nissan\s*stake", panel.locator("h2").inner_text())
    assert "43%" in panel.locator(".attrs").first.inner_text()
    evidence = panel.locator(".evidence li").first
    assert "43 percent ownership" in evidence.inner_text()
    assert "1 copy" in evidence.inner_text()
    assert "shareholder" in evidence.locator("mark.trigger").inner_text()
    shot(page, "web-nissan-stake.png")


def test_the_relationships_between_renault_and_nissan_from_the_table(page):
    page.goto("/#/search?q=Renault")
    page.get_by_role("link", name="Renault", exact=True).click()
    page.wait_for_selector("svg.graph")
    rows = page.locator("tr.pick").filter(has_text=re.compile(r"Renault\s*→\s*Nissan"))
    assert rows.count() == 2  # the stake, and Nissan's wish that it be cut
    rows.filter(has_text="stake").press("Enter")
    panel = page.locator("#panel section.relationship")
    assert "43%" in panel.inner_text() and "43 percent ownership" in panel.inner_text()
    people = page.locator("section.card").filter(has=page.locator("h2", has_text="People")).inner_text()
    assert "Luca de Meo" in people and "CEO" in people and "Jean-Dominique Senard" in people


def test_the_graph_can_be_walked_with_the_keyboard(page):
    page.goto("/")
    page.locator("#q").fill("Hon")
    page.wait_for_selector("#suggestions li")
    page.locator("#q").press("Enter")
    page.wait_for_selector("svg.graph")
    page.locator("g.link").first.focus()
    page.keyboard.press("Tab")  # the next edge
    focused = page.evaluate("document.activeElement.getAttribute('data-rel')")
    assert focused
    page.keyboard.press("Enter")
    page.locator(f"#panel section.relationship[data-rel='{focused}']").wait_for()


def test_the_time_slider_winds_the_graph_back(page):
    page.goto("/#/search?q=Honda")
    page.get_by_role("link", name="Honda", exact=True).click()
    page.wait_for_selector("svg.graph")
    assert {"Sony", "Nissan", "General Motors"} <= node_names(page)
    slider = page.locator("#asof")
    slider.fill("0")  # the first date anything here was reported
    page.wait_for_function("() => document.querySelector('output[for=asof]').value === 'as of 2023-06-01'")
    page.wait_for_function("() => !document.querySelector('svg.graph') || "
                           "![...document.querySelectorAll('svg.graph .node text')].some(t => t.textContent === 'Nissan')")
    assert node_names(page) == {"Honda", "Sony"}
    assert "as_of=2023-06-01" in page.url
    shot(page, "web-honda-2023.png")
    slider.fill(slider.get_attribute("max"))
    page.wait_for_function("() => [...document.querySelectorAll('svg.graph .node text')].some(t => t.textContent === 'Nissan')")


def test_a_document_shows_markup_in_the_news_as_text(page):
    page.goto("/#/documents?q=pwned")
    page.locator("main a[href^='#/document/']").first.click()
    text = page.locator(".doctext")
    text.wait_for()
    assert "<script>window.__pwned = 1</script>" in text.inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in text.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0


def test_a_copy_is_highlighted_and_names_its_original(page):
    page.goto("/#/documents?q=republished")
    page.locator("main a[href^='#/document/']").first.click()
    page.locator(".doctext").wait_for()
    assert "Nissan" in page.locator(".doctext mark.company").all_text_contents()
    assert page.locator(".doctext mark.trigger").count() > 0
    duplicates = page.locator("section.card").filter(has=page.locator("h2", has_text="Duplicates"))
    assert "near" in duplicates.inner_text() and duplicates.locator("a").count() == 1
    duplicates.locator("a").click()
    page.wait_for_function("() => document.querySelector('h1')?.textContent === 'nissan-honda-ev-talks.txt'")


def test_a_story_timeline_and_the_changes_page(page):
    page.goto("/#/stories")
    page.get_by_role("link", name="Honda and Nissan: alliance, in talks").click()
    page.wait_for_selector("ul.timeline")
    assert "2024-03-13" in page.locator("ul.timeline").inner_text()
    assert page.locator("main a[href^='#/document/']").count() == 2  # the article and its copy
    page.goto("/#/changes?since=2024-01-01")
    new = page.locator("section.card").filter(has=page.locator("h2", has_text="New")).inner_text()
    assert "Honda – Nissan" in new and "Sony" not in new

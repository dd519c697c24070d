"""Data providers' and quote services' credits and disclaimers are page furniture (FOOT1)."""

from __future__ import annotations

import json

import pytest

from keiretsu.clean.furniture import furniture_kind, remove_furniture
from keiretsu.clean.normalize import normalize_text

from ..helpers import read_clean

# The footer of Yahoo Finance's pages, as FiNER-ORD flattened it (dev2, finer-ord-validation-141).
YAHOO_FOOTER = [
    "See also delay times for other exchanges.",
    "Quotes and other information supplied by independent providers identified on the Yahoo!",
    'All information provided " as is " for informational purposes only, not intended for trading purposes or advice.',
    "By accessing the Yahoo! site, you agree not to redistribute the information found therein.",
    "Fundamental company data provided by Capital IQ.",
    "Historical chart data and daily updates provided by Commodity Systems, Inc. (CSI).",
    "International historical chart data and daily updates provided by Morningstar, Inc.",
]
BODY = ("The Pennsylvania Department of Natural Resources says the plan doesn't adequately establish how an "
        "affiliate, Eastern Associated Coal, will meet its environmental obligations for two closed underground mines.")


@pytest.mark.parametrize("line, kind", [
    *((line, "quotes") for line in YAHOO_FOOTER[:4]),
    *((line, "credit") for line in YAHOO_FOOTER[4:]),
    ("Quotes are real - time for NASDAQ, NYSE, and NYSEAmex when available.", "quotes"),
    ("LLNW Operating Margin (TTM) data by YCharts", "credit"),
    ("Source: S&P Capital IQ.", "credit"),
    ("Source: Facebookbrand.com", "credit"),
    ("Image source: Apple.", "credit"),
    ("Information contained on this page is provided by an independent third - party content provider.", "credit"),
])
def test_credit_and_quote_lines_are_furniture(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    # A sentence of the story goes on after the provider: it stays.
    "Data provided by the Commerce Department show exports rose 5 pct in March.",
    "Data from Dealogic shows announced M&A deals in the industry have totaled more than $100 billion so far this year.",
    "Treasuries have swung between gains and losses this year, leaving them little changed for 2015, "
    "data compiled by Bloomberg show.",
    # A line longer than a name after "Source:" stays whole (a credit glued onto a line: COMP23's tests).
    "Source: Dice FINANCIAL ANALYST PURPOSE OF JOB",
])
def test_story_sentences_stay(line):
    assert furniture_kind(line) is None
    assert remove_furniture(line) == (line, [])


def test_yahoo_footer_leaves_the_story(tmp_path):
    path = tmp_path / "page.jsonl"
    path.write_text(json.dumps({"id": "p1", "title": "Patriot Coal", "text": "\n".join([BODY, *YAHOO_FOOTER])}) + "\n")
    [d] = read_clean(path)
    assert d.clean_text == BODY
    assert [r["class"] for r in d.cleaning["furniture"]] == ["quotes"] * 4 + ["credit"] * 3
    assert "Capital IQ" not in d.clean_text and "Capital IQ" in d.raw_text


def test_wire_copy_citing_a_source_untouched():
    # Reuters-21578 train: a figure's source named inside the story is news, not a credit line.
    story = ("U.S. EXPORTS\nWashington, March 2 - Data provided by the Commerce Department\nshowed exports "
             "rose in January.\nSource: U.S. Agriculture Department figures released on Monday showed\n"
             "stocks fell.\n Reuter")
    text = normalize_text(story)
    assert remove_furniture(text) == (text, [])

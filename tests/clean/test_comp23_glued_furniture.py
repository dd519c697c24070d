"""A notice, credit or copyright line glued onto the end of another line is cut off it (COMP23)."""

from __future__ import annotations

import pytest

from keiretsu.clean.furniture import furniture_kind, remove_furniture
from keiretsu.clean.normalize import normalize_text

STORY = ("Scott Depot, West Virginia - based Patriot Coal filed for Chapter 11 bankruptcy protection on May 12.")


@pytest.mark.parametrize("line, kept, cut, kind", [
    # dev2 finer-ord-validation-51: a headline list ran into Yahoo Finance's quote notice.
    ("@y7 finance on Twitter, become a fan on Facebook AFP World oil prices rose Thursday as sliding production "
     "eclipsed news of a bigger - than - expected jump in crude inventories ... Terms Quotes are real - time for "
     "NASDAQ, NYSE, and NYSEAmex when available.",
     "@y7 finance on Twitter, become a fan on Facebook AFP World oil prices rose Thursday as sliding production "
     "eclipsed news of a bigger - than - expected jump in crude inventories ... Terms",
     "Quotes are real - time for NASDAQ, NYSE, and NYSEAmex when available.", "quotes"),
    # dev6 finer-ord-train-64 and -43: a chart's figure or caption and its data credit on one line.
    ("Sales Estimates $896.5 million Source: S&P Capital IQ.", "Sales Estimates $896.5 million",
     "Source: S&P Capital IQ.", "credit"),
    ("The operating margins improved drastically in recent reports: LLNW Operating Margin (TTM) data by YCharts",
     "The operating margins improved drastically in recent reports:", "LLNW Operating Margin (TTM) data by YCharts",
     "credit"),
    # dev finer-ord-train-32: a headline list's teaser and the syndicator's copyright.
    ("the same elite American Seal Team Six that had killed Osama bin ... see more » Copyright © 2015 PR Newswire.",
     "the same elite American Seal Team Six that had killed Osama bin ... see more »",
     "Copyright © 2015 PR Newswire.", "copyright"),
])
def test_glued_furniture_cut_off_its_line(line, kept, cut, kind):
    assert furniture_kind(line) is None
    clean, removed = remove_furniture("\n".join([STORY, line]))
    assert clean == "\n".join([STORY, kept])
    assert removed == [{"paragraph": 1, "class": kind, "text": cut}]


@pytest.mark.parametrize("line", [
    # The story's own clause citing a data provider opens in lower case: it stays.
    "Deals in the sector have totaled more than $100 billion this year, according to data provided by Dealogic.",
    "Treasuries have swung between gains and losses this year, data compiled by Bloomberg show.",
    # A one-word class ends story lines too.
    "One-for-five rights issue at 11.50 dlrs a share",
    "NOTE: 1986 results include gain on sale of land of 571,000 dlrs, or six cts a share",
])
def test_story_line_ending_like_furniture_stays(line):
    assert remove_furniture(normalize_text(line)) == (normalize_text(line), [])


def test_quote_service_disclaimer_cut_at_its_brand():
    # dev2 finer-ord-validation-141: FiNER-ORD split Yahoo's disclaimer after "Yahoo!".
    lines = [STORY, "Neither Yahoo!", "nor any of independent providers is liable for any informational errors, "
             "incompleteness, or delays, or for any actions taken in reliance on information contained herein."]
    clean, removed = remove_furniture("\n".join(lines))
    assert clean == STORY
    assert [r["class"] for r in removed] == ["quotes", "quotes"]
    # A story's sentence opening on "Neither" goes on after the names: it stays.
    line = "Neither Apple nor Samsung commented on the report."
    assert remove_furniture(line) == (line, [])


def test_quote_service_masthead_and_links_are_furniture():
    # dev2 finer-ord-validation-147 and -141: the footer's brand alone, and a line of links after "More »".
    assert furniture_kind("Yahoo!") == "masthead"
    assert furniture_kind("Yahoo! - News Network") == "masthead"
    assert furniture_kind("More » Yahoo UK & Ireland Finance Terms") == "navigation"
    # A story's sentence naming the brand stays.
    for line in ("Yahoo! said on Tuesday it would spin off its stake in Alibaba.",
                 "Read more about Yahoo's plans."):
        assert furniture_kind(line) is None

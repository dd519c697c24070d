"""Publication dates: metadata in every common form, and dates written in the text."""

from __future__ import annotations

import time

import pytest

from keiretsu.clean.dates import find_text_date
from keiretsu.ingest.dates import parse_metadata_date


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-03-13", "2024-03-13"),
        ("2024-03-13T08:30:00Z", "2024-03-13T08:30:00+00:00"),
        ("2024-03-13T10:30:00+02:00", "2024-03-13T08:30:00+00:00"),
        ("1987-02-26T15:01:01", "1987-02-26T15:01:01"),
        ("Wed, 13 Mar 2024 09:00:00 GMT", "2024-03-13T09:00:00+00:00"),
        ("13 March 2024", "2024-03-13"),
        ("March 13, 2024", "2024-03-13"),
        (1710316800, "2024-03-13T08:00:00+00:00"),
        (1710316800000, "2024-03-13T08:00:00+00:00"),
        (time.struct_time((2024, 3, 13, 9, 0, 0, 2, 73, 0)), "2024-03-13T09:00:00+00:00"),
        # Incomplete or implausible: unknown, never filled in from today.
        ("March 2024", None),
        ("March 13", None),
        ("Q3", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (0, None),
        ("9999-01-01", None),
    ],
)
def test_metadata_dates(value, expected):
    assert parse_metadata_date(value) == expected


@pytest.mark.parametrize(
    "text,retrieved,published,rule",
    [
        (" date 2024-03-13 In a move that could", None, "2024-03-13", "header"),
        ("Date: 2024-03-13\nNissan and Honda", None, "2024-03-13", "header"),
        ("Headline\nPublished 13 March 2024\nBody", None, "2024-03-13", "published"),
        ("Published: March 13, 2024 | Updated", None, "2024-03-13", "published"),
        ("Posted on 2024-03-13 by staff", None, "2024-03-13", "published"),
        ("TOKYO, Jan 26, 2024 (Reuters) - Nissan said", None, "2024-01-26", "dateline"),
        ("NEW YORK, Feb 26 - Showers continued", "1987-02-27T10:00:00", "1987-02-26", "dateline"),
        # A yearless dateline is the latest such day on or before retrieval...
        ("TOKYO, Dec 30 (Reuters) - Nissan said", "2024-01-02T00:00:00", "2023-12-30", "dateline"),
        # ...and unknown without a retrieval time: never guessed.
        ("TOKYO, Jan 26 (Reuters) - Nissan said", None, None, "dateline"),
        ("WASHINGTON, Sept. 3 (AP) — Officials", "2024-09-04", "2024-09-03", "dateline"),
    ],
)
def test_text_dates(text, retrieved, published, rule):
    found = find_text_date(text, retrieved)
    assert (found.published, found.rule) == (published, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Nissan and Renault are nearing a reform; a deal could come as early as February 1.",
        "The company said, Jan 26 - a date in passing - that it would report.",  # not at a line start in capitals
        "In 2023 sales fell.",
    ],
)
def test_no_date_in_prose(text):
    assert find_text_date(text) is None


def test_header_is_stripped_from_clean_text_and_recorded(samples):
    from tests.helpers import read_clean

    [d] = read_clean(samples / "nissan-honda-ev-talks.txt")
    assert (d.published, d.date_source) == ("2024-03-13", "text")
    assert d.clean_text.startswith("In a move that could redefine")
    assert d.raw_text.startswith(" date 2024-03-13 In a move")
    assert d.cleaning["date_header_removed"] == "date 2024-03-13"


def test_metadata_wins_over_text(tmp_path):
    import json

    from tests.helpers import read_clean

    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": "TOKYO, Jan 26, 2024 (Reuters) - Nissan said", "published": "2024-01-27"}))
    [d] = read_clean(p)
    assert (d.published, d.date_source) == ("2024-01-27", "metadata")


def test_unknown_date_stays_unknown(samples):
    from tests.helpers import read_clean

    [d] = read_clean(samples / "renault-nissan-alliance-reform.txt")
    assert (d.published, d.date_source) == (None, "none")

"""Companies named where modern and wire copy put them without a deal (session 32): an exchange named in
full, a ticker in brackets after a name, a news outlet written with its legal form. The sentences are
written for these tests; the companies in them are invented, bar the outlets of the outlet list."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, exchange", [
    ("Dorvane is trading at 1.12 dlrs per share, down one ct, today on the Toronto Stock Exchange.",
     "Toronto Stock Exchange"),
    ("Three-month copper on the London Metal Exchange (CMCU3) stood little changed.", "London Metal Exchange"),
    ("More bullish sentiment on the New York Mercantile Exchange futures market supported prices.",
     "New York Mercantile Exchange"),
    ("The Ruritania Securities Exchange said trading in Kestrova shares would resume on Monday.",
     "Ruritania Securities Exchange"),
])
def test_exchange_named_in_full(rules, text, exchange):
    assert exchange in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The fund registered under the Securities Exchange Act with the Securities and Exchange Commission.",
    "Dorvane shares traded on the exchange at 4.75 dlrs.",
])
def test_no_exchange(rules, text):
    assert not any("Exchange" in name for name in companies(rules, text))


@pytest.mark.parametrize("text, firm", [
    ("The industry has shown strength for several quarters. Kestrova (KSTV) gets most of its revenue "
     "from North America.", "Kestrova"),
    ("Brontela (BRNT) posted a beat on both lines in the third quarter.", "Brontela"),
])
def test_ticker_in_brackets(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, name", [
    ("The Ruritanian Revenue Authority (RRA) said tax receipts rose in May.", "Ruritanian Revenue Authority"),
    ("Exports rose in Ruritania (PRWEB) last year.", "Ruritania"),
    ("Buyers use a Demand Side Platform (DSP) to bid for ads.", "Demand Side Platform"),
])
def test_acronym_in_brackets_no_ticker(rules, text, name):
    assert name not in companies(rules, text)


def test_outlet_with_legal_form(rules):
    text = ("Fundamental company data provided by Zorvane Analytics. International historical chart data "
            "provided by Morningstar, Inc.")
    assert "Morningstar" in companies(rules, text)


def test_outlet_cited_stays_out(rules):
    text = "Kestrova Corp said profit rose 12 pct, Morningstar reported."
    assert "Morningstar" not in companies(rules, text)

"""Company names in modern financial web news (session 40): a small number inside a name with a legal suffix,
and a possessive before a capitalised adjective that qualifies a common noun (a part of the firm's business,
not its name). The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, name", [
    ("Group 4 Logistics Inc. VRX has an Earnings ESP of +3.10% and a Zacks Rank # 2.", "Group 4 Logistics"),
    ("Harbor 7 Imports Inc said second-quarter sales fell 4 percent.", "Harbor 7 Imports"),
    ("Shares of Kestrel 3 Holdings Ltd rose after the results.", "Kestrel 3"),
])
def test_number_inside_a_legal_name(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not any(f in ("Logistics", "Imports", "Holdings") for f in found)


@pytest.mark.parametrize("text, name", [
    ("On Nov 30 Dorvane Corp said it would buy Kestrova Inc for 20 mln dlrs.", "Dorvane"),
    ("In the year to March 31 Velmora Industries Ltd earned 4 mln stg.", "Velmora Industries"),
])
def test_no_date_before_a_legal_name(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not any(ch.isdigit() for f in found for ch in f)


@pytest.mark.parametrize("text, name", [
    ("Roughly 400 advisers who use Vantrade's Institutional services were surveyed.", "Vantrade"),
    ("About 300 advisers who use Zentrava Brokerage's Institutional services were surveyed.", "Zentrava Brokerage"),
    ("Clients of Kestrova Capital's Commercial unit said fees had risen.", "Kestrova Capital"),
])
def test_possessive_before_a_unit_adjective(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not any("'s" in f for f in found)


def test_possessive_name_stays(rules):
    assert any(f.startswith("Heinl's") for f in companies(rules, "Heinl's Nursery staff said sales rose."))


@pytest.mark.parametrize("text", [
    "1.) SENATORS CLASH WITH VELDE ON TARIFFS, via Anna Roe and Jo Marsh: The vote was delayed to Friday.",
    "HOUSE PANEL DEFIES DORVAN ON HOUSING RULES, via Tom Lake at Housing Daily: Lawmakers voted 300-121.",
])
def test_no_company_in_a_run_in_headline(rules, text):
    found = companies(rules, text)
    assert not any(f.isupper() or "VELDE" in f or "DORVAN" in f for f in found)


def test_shouted_run_detected():
    from spacy.lang.en import English
    from spacy.tokens import Span

    from keiretsu.extract.entities import _shouted_within

    doc = English()("SENATORS CLASH WITH VELDE ON TARIFFS, via Anna Roe: the vote slipped, said IBM and GE.")
    assert _shouted_within(doc, Span(doc, 3, 6, label="ORG"))  # VELDE ON TARIFFS
    ibm = next(t.i for t in doc if t.text == "IBM")
    assert not _shouted_within(doc, Span(doc, ibm, ibm + 1, label="ORG"))


def test_acronyms_in_a_cased_sentence_stay(rules):
    found = companies(rules, "The deal between Zentrix and KLM stalled, said HSBC analyst Jo Roe.")
    assert {"KLM", "HSBC"} <= found


@pytest.mark.parametrize("text, name", [
    ("The mine is closed. Kestrel Minerals said output fell in the quarter.", "Kestrel Minerals"),
    ("Output is down. Liberty Coal reported a wider loss on Friday.", "Liberty Coal"),
])
def test_business_name_of_common_words_acting(rules, text, name):
    assert name in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Rates rose. Energy shares fell in late trade.",
    "The plan is out. The Ohio Department of Natural Resources said the plan would hurt.",
])
def test_no_sector_or_body_from_a_business_word(rules, text):
    assert not any("Energy" in f or "Resources" in f for f in companies(rules, text))


def test_trade_agreement_is_no_company(rules):
    found = companies(rules, "Lawmakers debated the Pacific Free Trade Agreement and Permanent Normal Trade "
                             "Relations with Ruritania on Tuesday, and Kestrel Corp said it backed both.")
    assert not any("Agreement" in f for f in found)

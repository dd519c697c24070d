"""Company names in modern web news (session 41): a firm's possessive before what only a firm has, an outlet
stating its own holdings, a ticker that ends in its legal form's initial, a business name listed with a known
firm; and no company for a town an apposition calls one. The sentences are written for these tests; the firms in
them are invented, bar the known ones they are listed with."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, firm", [
    ("Further inland lies Pelham Flats, home of Kestrova's aluminium refinery, and a gold mine.", "Kestrova"),
    ("Analysts said Dorvane's quarterly earnings would beat estimates this time.", "Dorvane"),
    ("Investors cheered as Zorvexa's operations in Brazil returned to profit.", "Zorvexa"),
])
def test_possessive_before_what_only_a_firm_has(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Greece's factories were idle and Britain's shares fell for a third day.",
    "The Fed's earnings on its bond holdings were remitted to the Treasury.",
])
def test_no_firm_for_a_place_or_a_body(rules, text):
    assert companies(rules, text) == set()


@pytest.mark.parametrize("text, outlet", [
    ("Jane Roe owns shares of Kestrova.\nThe Motley Fool recommends Kestrova and Dorvane Systems.", "Motley Fool"),
    ("Ann Lee has no position in any stocks mentioned.\nThe Velmora Fool UK has recommended Kestrova.",
     "Velmora Fool UK"),
    ("The Motley Fool owns and recommends Kestrova and Dorvane Systems.", "Motley Fool"),
])
def test_outlet_stating_its_holdings(rules, text, outlet):
    assert outlet in companies(rules, text)


@pytest.mark.parametrize("text", [
    "The Board recommends shareholders vote for the plan.",
    "The Committee recommends Option B for the budget.",
])
def test_no_firm_for_a_body_recommending(rules, text):
    assert companies(rules, text) == set()


def test_outlet_cited_as_source_still_dropped(rules):
    found = companies(rules, "Kestrova Mining is in talks to sell its unit, the Financial Times reported.")
    assert "Financial Times" not in found


def test_ticker_ending_in_the_legal_form(rules):
    [ex] = rules.extract([(1, "Meanwhile, in the storage industry: Kestrova Westar (KWC) said on Wednesday its "
                              "sales rose.")])
    assert {e.name: e.kind.value for e in ex.entities} == {"Kestrova Westar": "company"}


def test_acronym_in_brackets_names_no_firm(rules):
    found = companies(rules, "Officials of the Velmora Revenue Commission (VRC) met traders on Monday.")
    assert not any("Velmora" in name for name in found)


def test_business_name_listed_with_a_known_firm(rules):
    text = "Output fell at mines run by Canada's First Harvest Minerals and Barrick Gold, the chamber said."
    assert {"First Harvest Minerals", "Barrick Gold"} <= companies(rules, text)


def test_name_going_on_after_and_stays_whole(rules):
    found = companies(rules, "Ridge Mining and Manufacturing said it would close a plant.")
    assert "Ridge Mining" not in found


def test_town_an_apposition_names(rules):
    text = "Kestrova Mining bought a depot in Pelham Flats, a seaside town popular with retirees, for $5 million."
    found = companies(rules, text)
    assert "Kestrova Mining" in found and "Pelham Flats" not in found
    text = ("The seat takes in working class Pelham, which accounts for about 40 per cent of voters, as well as "
            "Dorwinah, a seaside hamlet popular with retirees.")
    assert "Dorwinah" not in companies(rules, text)


def test_settlement_named_before_town(rules):
    text = "A home near the export operations in the Western Australian Dorwinah town is under offer for $400,000."
    assert companies(rules, text) == set()


def test_piper_jaffray_by_its_later_name(rules):
    found = companies(rules, "Separately, Piper Jaffray lowered Kestrova Bancorp to neutral in a note on Monday.")
    assert "Piper Jaffray" in found and "Piper, Jaffray and Hopwood" not in found


def test_opposition_leader_names_a_person(rules):
    [ex] = rules.extract([(1, "Opposition Leader Bill Shorten has played up the risk to jobs from the trade deal.")])
    assert [e.name for e in ex.entities if e.kind.value == "person"] == ["Bill Shorten"]


def test_unit_named_after_a_known_parent(rules):
    found = companies(rules, "A recent survey by Mizuho Securities showed that most shoppers start with Amazon.")
    assert "Mizuho Securities" in found and "Mizuho" not in found


def test_bank_word_after_a_known_name_is_the_bank(rules):
    assert "Barclays Bank" not in companies(rules, "Barclays Bank said it would cut 300 jobs in its branches.")


def test_business_word_alone_before_a_suffix_names_no_firm(rules):
    assert companies(rules, "Dorwin gold\nResources Ltd. ADS is listed in the U.S.") == set()
    assert "Kestrova Resources" in companies(rules, "Kestrova Resources Ltd said output rose in July.")

"""Companies in modern financial web copy (session 36): the source a page's list of headlines credits,
with how long ago the story went up, is no party to the news; the examples "the likes of" lists are firms; a
name a business's word ends is a firm in its possessive too; a paper's named column is an outlet; a name's
revenue, profit or earnings in its possessive make it a firm's; a short form of a hyphenated name is that name. The sentences are written for these tests;
the firms and sites in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, source", [
    ("Kestrova and Brenmoor Bank plc By Ann Whitley | Stockpilot.co.uk – 10 hours ago Today I look at four "
     "London shares.", "Stockpilot.co.uk"),
    ("Shares in Kestrova jump on Brenmoor Leasing deal Wirepost - UK Focus – 4 hours ago Kestrova agreed to buy "
     "Brenmoor Leasing.", "Wirepost - UK Focus – 4"),
    ("Orvana Mining cuts jobs By Tom Reed | Minewatch.com – 35 minutes ago The miner said on Monday it would cut "
     "300 jobs.", "Minewatch.com"),
])
def test_dated_credit_no_company(rules, text, source):
    found = companies(rules, text)
    assert source not in found
    assert not any(source.split()[0] in f for f in found)


@pytest.mark.parametrize("text, firm", [
    ("Kestrova said it bought Minewatch.com, a mining news site, for $4 million two days ago.", "Minewatch.com"),
    ("Brenmoor Bank plc said its shares rose 4 hours after the results.", "Brenmoor Bank"),
])
def test_time_after_a_firm_keeps_it(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text, firms", [
    ("The likes of Brenmoor Iron, Kestrel Gully Iron and Orvana Iron will all be operating in the red should prices "
     "stay at $44 a tonne.", ["Brenmoor Iron", "Kestrel Gully Iron", "Orvana Iron"]),
    ("Small retailers now face the likes of Zorvex and Kestrova, which are all coming in with different models.",
     ["Zorvex", "Kestrova"]),
])
def test_the_likes_of_lists_firms(rules, text, firms):
    found = companies(rules, text)
    assert all(f in found for f in firms)


@pytest.mark.parametrize("text, other", [
    ("Investors have followed the likes of Walter Brennigan and Susan Kestler for decades.", "Walter Brennigan"),
    ("Exporters compete with the likes of Brazil and Argentina for the grain trade.", "Brazil"),
])
def test_the_likes_of_no_firm_when_no_firm(rules, text, other):
    assert other not in companies(rules, text)


@pytest.mark.parametrize("text, firm", [
    ("Analysts expect Zyvorn Biotech's trial results next month.", "Zyvorn Biotech"),
    ("Investors sold Kestrova Shipping's bonds on Monday.", "Kestrova Shipping"),
])
def test_business_name_in_its_possessive(rules, text, firm):
    assert firm in companies(rules, text)


def test_body_in_its_possessive_no_firm(rules):
    assert not companies(rules, "Traders welcomed the Federal Communications Commission's ruling on Monday.")


@pytest.mark.parametrize("text, column", [
    ("Investors are running out of patience with the miner as commodity prices tumble, says Questor. Kestrova "
     "Mining shares fell 4 pct.", "Questor"),
    ("Lex writes that Orvana Bank plc should sell its leasing arm to Brenmoor Capital.", "Lex"),
])
def test_named_column_no_company(rules, text, column):
    found = companies(rules, text)
    assert column not in found
    assert found  # the firms the column writes about stay


@pytest.mark.parametrize("text, firm", [
    ("Analysts said Zorvex's quarterly profit beat estimates.", "Zorvex"),
    ("Zorvex's revenue beat fails to connect with investors.", "Zorvex"),
])
def test_possessive_results_mark_a_firm(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Brazil's revenue from coffee exports fell in March.",
    "Economists said Britain's earnings growth slowed.",
])
def test_possessive_results_of_a_place_no_firm(rules, text):
    assert not companies(rules, text)


def test_short_form_of_hyphenated_name(rules):
    found = companies(rules, "Dravik-Warner Corp said it would resist the takeover offer. Dravik's chairman "
                             "declined to comment.")
    assert "Dravik-Warner" in found
    assert "Dravik" not in found


def test_short_form_prefers_the_name_it_opens(rules):
    found = companies(rules, "Hughes Tool Co ended talks on a merger with Orvane International Corp. The "
                             "Orvane-Hughes unit will close. Hughes said the merger with Orvane was off.")
    assert "Orvane" not in found


def test_short_form_of_two_firms_makes_no_firm(rules):
    found = companies(rules, "Kelvane Marine Corp and Kelvane Lumber Co said they would merge.\n"
                             "Analysts said Kelvane's quarterly profit would rise.")
    assert "Kelvane" not in found
    assert {"Kelvane Marine", "Kelvane Lumber"} <= found

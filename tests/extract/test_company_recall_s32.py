"""Parties of a relationship that wire copy names in full and keiretsu found in no form: a lone trade's word
before "Holdings" or "Group" ("Energy Holdings Inc", whose canonical name lost the group word and, with it,
all that named it), a founder's given name written short ("Chas. P. Young Co", which the splitter cut into
two sentences), a bank after a lower-case word and "of" ("the dealer of Vestrum Bank"), a bank a town and its
state follow ("Colonial Bank of Granite City, Ill.", read as the town); and no person cut out of such a
name written again ("Chas. P. Young said": not "P. Young"). The sentences are written for these
tests and most companies are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name, name_key

from ..helpers import companies, people


@pytest.mark.parametrize("surface, name", [
    ("Energy Holdings Inc", "Energy Holdings"),
    ("Capital Group Ltd", "Capital Group"),
    ("Seismic Holdings Inc", "Seismic"),  # a name of its own is left: the group word goes
    ("Geely Automobile Holdings", "Geely Automobile"),
    ("Dart Group Corp", "Dart"),
])
def test_a_trade_word_keeps_its_group_word(surface, name):
    assert canonical_name(surface) == name
    assert name_key(name) == name_key(surface)


def test_a_trade_word_and_holdings_is_a_company(rules):
    found = companies(rules, "Pelham Neo-Tech Inc said it sold its subsidiary, Vireo Tech Inc, to Seismic "
                             "Holdings Inc and Energy Holdings Inc, of Denver, Colo.")
    assert {"Energy Holdings", "Seismic", "Vireo Tech"} <= found
    assert "Energy" not in found


@pytest.mark.parametrize("text, name", [
    ("NEW YORK, March 30 - Chas. P. Young Co, a subsidiary of Kestrel Resources Corp, said it acquired "
     "Sorvan Inc.", "Chas. P. Young"),
    ("Kestrel Resources said it acquired Wm. Tasker Jr Co last year.", "Wm. Tasker Jr"),
])
def test_a_given_name_written_short_opens_the_name(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not any(n.startswith(("P. ", "Tasker")) for n in found)


def test_a_bank_after_a_lower_case_of(rules):
    text = "The former chief currency dealer of Vestrum Bank, which collapsed in 1974, can be sued, a court ruled."
    assert companies(rules, text) == {"Vestrum Bank"}


def test_a_cue_after_a_capitalised_of_still_waits(rules):
    # "Bank of Montreal Securities": the name began before the words the cue reaches
    assert "Montreal Securities" not in companies(rules, "He was chairman of Bank of Montreal Securities.")


def test_a_bank_before_its_town_and_state(rules):
    found = companies(rules, "Kestrel Bancorp said it owns Colonial Bank of Granite City, Ill.")
    assert "Colonial Bank of Granite City" in found


def test_a_town_before_its_state_is_still_no_company(rules):
    assert "Corpus Christi" not in companies(rules, "Kestrel Oil Corp said it will close its Corpus Christi, "
                                                    "Texas refinery.")


def test_the_name_written_again_holds_no_person(rules):
    text = ("NEW YORK, March 30 - Chas. P. Young Co, a subsidiary of Kestrel Resources Corp, said it agreed to "
            "acquire Tollan Printing Ltd.\nOn February 23, Chas. P. Young said it had acquired 19 pct of Sorvan Inc.")
    assert people(rules, text) == set()
    assert "Chas. P. Young" in companies(rules, text)

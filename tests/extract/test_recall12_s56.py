"""RECALL12 (issue 15): parties lost to a legal form typed with two capitals ("Auto Trak INc") and a role lost to a
capital "The" before the firm's possessive, on sentences of tuning stories (the labelled train2 and dev6 splits and
Reuters train)."""

from __future__ import annotations

from keiretsu.extract.rules import _forms_recased

from ..helpers import companies, found, roles


def test_a_legal_form_typed_with_two_capitals_is_read_as_the_legal_form():
    text = "Last year, Dart Group, owner of Auto Trak INc and Crown Books, competed to acquire Safeway Stores INc."
    recased = _forms_recased(text)
    assert recased == text.replace("INc", "Inc")
    assert len(recased) == len(text)  # offsets hold
    assert _forms_recased("Midland Bank PLc said") == "Midland Bank Plc said"
    # a word typed so that is no legal form, a headline's capitals and a form after no name are left as written
    for kept in ("the price of CDs and MPs rose", "DART GROUP INC SAYS", "shares of the INc rose", "Acme CO said"):
        assert _forms_recased(kept) == kept


def test_the_firm_listed_after_a_mistyped_legal_form_is_found(rules):
    # train2 (reuters-3242): "Crown Books" was lost, the list after "INc" read as part of a name
    text = ("Last year, Dart Group, owner of Auto Trak INc and Crown Books, competed against Kohlberg, Kravis to acquire "
            "Safeway Stores INc.")
    assert {"Auto Trak", "Crown Books", "Safeway Stores"} <= companies(rules, text)
    ties = found(rules, text)
    assert ties.get(("stake", "Dart", "Auto Trak")) == "active"
    assert ties.get(("stake", "Dart", "Crown Books")) == "active"


def test_a_firm_named_with_a_mistyped_legal_form_gets_its_roles(rules):
    # Reuters train (reuters-5753): no role was read while the name ended in "INc"
    text = ("IRVINE, Calif., March 16 - National Medical Care Systems INc said it has named Arthur Axelrod its Chairman "
            "and Robert Kim its president.")
    got = roles(rules, text)
    assert ("Arthur Axelrod", "National Medical Care Systems") in got
    assert ("Robert Kim", "National Medical Care Systems") in got


def test_an_office_after_a_firms_possessive_opened_by_a_capital_the(rules):
    # dev6 (finer-ord-train-127 and -111): "The" written with a capital inside the sentence, as the firm writes its own
    # name, stood between the person and the firm, and no role was read
    text = "Laura Tingle is The Australian Financial Review's political editor."
    got = roles(rules, text)
    assert got.get(("Laura Tingle", "Australian Financial Review"), (None,))[0] == "political editor"
    # as with a small "the"
    assert ("Laura Tingle", "Australian Financial Review") in roles(rules, text.replace(" The ", " the "))

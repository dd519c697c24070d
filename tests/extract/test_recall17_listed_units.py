"""Two units an owner lists under one plural unit noun ("its Diamond Lumber and Savannah Wholesale units") are
both firms (RECALL17): the second name, joined by "and", was lost, and the owner's tie to it with it. Not where
the two are one name with its legal form last, nor where they say where the units are. Sentences of
Reuters-21578's train split."""

from __future__ import annotations

from ..helpers import companies, found


def test_both_units_listed_under_one_noun_are_firms(rules) -> None:
    text = ("SADDLE BROOK, N.J., March 26 - Michigan General Corp said it agreed to sell substantially all of the "
            "assets and certain liabilities of its Krestmark subsidiaries to LCB Holdings Inc for 6.5 mln dlrs cash.\n"
            "Sale of Texas-based Krestmark, a maker of doors, door frames and other products, will allow Michigan "
            "General to concentrate on retailing through its Diamond Lumber and Savannah Wholesale units.")
    assert {"Diamond Lumber", "Savannah Wholesale"} <= companies(rules, text)
    ties = found(rules, text)
    assert ("stake", "Michigan General", "Savannah Wholesale") in ties


def test_divisions_listed_under_one_noun(rules) -> None:
    text = "HOUSTON, March 18 - Smith International Inc said it has consolidated its Smith Tool and Smith Drilling " \
           "Systems divisions."
    assert {"Smith Tool", "Smith Drilling Systems"} <= companies(rules, text)


def test_one_name_with_its_legal_form_last_is_not_split(rules) -> None:
    text = "NEW YORK, March 12 - Mobil Oil Corp said it will restructure its Dallas-based Mobil Exploration and " \
           "Producing Services Inc operations April one, to provide stronger technology."
    found_names = companies(rules, text)
    assert "Producing Services" not in found_names
    assert "Mobil Exploration" not in found_names


def test_units_told_by_where_they_are_are_no_firms(rules) -> None:
    text = "Varity had a third quarter loss tied to strikes and plant shutdowns at its British and French operations."
    assert not companies(rules, text)

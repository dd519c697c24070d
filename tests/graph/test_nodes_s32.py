"""Company nodes of a full wire build that are none, judged across the corpus (2026-12-03, third
session): a central bank by its people, a chamber of commerce, a body's short name in brackets after
its long form, a piece of a name joined by 'N, an exchange by its initials, a maker's name written
only before its model's, a ware set after its brand by a comma, a town before its state and
"-based" and a person a relative clause is set after. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company


def test_a_central_bank_by_its_people_is_no_company():
    assert not company([("Ruritanian Central Bank", "for 60 days until May 31, ", " President Franz Gros said.",
                         -1, 11)])


def test_a_firm_named_central_bank_with_a_legal_form_stays():
    assert company([("Kelvar Cooperative Central Bank Bhd", "a stake in ", " said on Monday", -1, -1)])


def test_a_chamber_of_commerce_is_no_company():
    assert not company([("Ruritanian Merchants Chambers of Commerce", "Nalin Vissanji, President of the ",
                         " said the budget gave no incentives", 19, -1)])


@pytest.mark.parametrize("name, before", [
    ("Abrassuco", "a spokesman for the Ruritanian Association of Citrus Juice Industries ("),
    ("Nikkeiren", "president of the Ruritanian Federation of Employers' Associations, ("),
])
def test_a_body_s_short_name_in_brackets_is_no_company(name, before):
    assert not company([(name, before, ") said the ruling was welcome", -1, -1)])


@pytest.mark.parametrize("before", ["a unit of Kelvar Industrial Holdings Corp (", "sold its unit in Mexico ("])
def test_a_firm_s_short_name_in_brackets_stays(before):
    assert company([("Kelvarco", before, ") said", -1, -1)])


def test_a_piece_joined_by_n_is_no_company():
    assert not company([("Zap", "disclosed he holds a 7.2 pct stake in ", " 'N Go Stores Inc common stock", 39, 2),
                        ("Zap", "may acquire additional ", " 'N Go shares, or they may", 25, -1)])


def test_an_exchange_by_its_initials_is_no_company():
    assert not company([("CBT", '"But they have been buying," one ', " crush trader said.", -1, -1)])


def test_a_maker_written_only_before_its_model_is_no_company():
    assert not company([("Kelvar", "1987-model cars equipped with airbags and 294 similarly-equipped ",
                         " Topaz models compared with", 50, 87),
                        ("Kelvar", "It also said it added the Dunmore Taurus and ", " Sable to the program", 12, 102)])


def test_a_name_before_a_title_stays():
    assert company([("Kelvar", "said ", " Chairman John Smith in a statement", -1, -1)])


def test_a_ware_set_after_its_brand_is_no_company():
    assert not company([("Zaxin", "covering the exclusive marketing of ",
                         ", a disinfectant for kidney dialysis machines", 38, 103)])
    assert not company([("Simplifier", "its costume jewelery line and The ",
                         ", a device which employs artificial intelligence", 123, -1)])


def test_a_firm_set_before_its_trades_stays():
    assert company([("Kelvar Systems", "BEI Holdings said it acquired ", ", a software and services company.",
                     -1, -1)])


def test_a_town_before_its_state_and_based_is_no_company():
    assert not company([("Ramapo", "Kelvar Bancorp Inc said it completed its merger with ",
                         ", Penn.-based <Third National Bank and Trust Co>", 35, 15)])


def test_a_name_a_relative_clause_on_a_person_is_set_after_is_no_company():
    assert not company([("Murakhovsky", "French.\n", ", who is also chairman of the State Agro-Industrial Committee",
                         -1, 167),
                        ("Murakhovsky", "December 1986.\n", " said the Soviet Union was prepared", 621, 615)])


@pytest.mark.parametrize("before", ['," said Louis Crandall, an economist at ', "said Joe Plocek of "])
def test_a_firm_after_a_preposition_before_a_relative_clause_stays(before):
    assert company([("Kelvar", before, ", who expects first quarter growth of about three pct", -1, -1)])

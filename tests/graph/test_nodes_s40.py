"""Company nodes of a full wire build that are pieces of longer names (2026-12-04, session 40): halves
of a name another language's joiner or particle splits, a name cut after initials with stops or after a
person's given name and initial, a word the parse cut, an insurer's "General" line, a firm's name cut
from a union's, and a name the gazetteer knows glued to another. The firms are made up but the known one."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company, evidence


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("Kelvar", "deputy general manager of the private bank ", " ve Dexter Bankasi AS said", 40, 4),
    ("Dexter Bankasi", "commercial paper through Kelvar ve ", " was sold", 4, -1),
    ("Kelvar Bank", "a loan led by Dexter og ", " was signed", 4, -1),
    ("Dexter", "a plant of ", " y Kelvar SA, the Spanish firm", 11, 4),
])
def test_halves_of_a_name_joined_by_ve_og_or_y_are_no_company(text, before, after, gap_before, gap_after):
    assert not company([(text, before, after, gap_before, gap_after)])


def test_a_name_after_a_foreign_particle_is_no_company():
    assert not company([("Zorvex Dexter", "said analyst Ann Lee at Kelvar de ", " in London", 10, -1)])


def test_a_name_before_a_particle_with_an_apostrophe_is_no_company():
    assert not company([("Cie Kelvar", "SAFT, a unit of ", " d'Electricite of France, said", 12, 40)])


def test_a_firm_with_a_particle_inside_stays():
    assert company([("Banque Kelvar de Dexter", "said ", " had raised its rates", -1, -1)])


def test_a_name_after_initials_with_stops_is_no_company():
    assert not company([("A. Kelvar Tire Sales", "the company bought S. and ", " and Service Corp, which runs",
                         15, 5)])


def test_a_name_after_a_given_name_and_an_initial_is_no_company():
    assert not company([("Dexter and Co Inc", "signed a letter of intent to buy Robert C. ",
                         "'s insurance unit", -1, 10)])


def test_a_firm_after_an_initial_alone_stays():
    assert company([("Dexter and Co Inc", "signed a letter of intent to buy J. ", "'s insurance unit", -1, 10)])


def test_a_word_the_parse_cut_is_no_company():
    assert not company([("Kelvar/", "It is parent to ", "dynex Inc and Dexter Research Ltd", 20, 40)])


def test_a_name_with_its_legal_form_split_off_before_stays():
    assert company([("S Kelvar", "Novo bought 75 pct of shares in A/", ", which heads a group", 33, 66)])


@pytest.mark.parametrize("text, before, after, gap_before, gap_after", [
    ("Kelvar Life", "agreed to buy 49 pct of ", " and General Insurance Sdn Bhd <KLG>", 40, 5),
    ("General Insurance Co Ltd", "sold its Dexter Marine and ", ", Dexter Life Assurance Co Ltd", 5, 2),
])
def test_an_insurer_s_general_line_cut_is_no_company(text, before, after, gap_before, gap_after):
    assert not company([(text, before, after, gap_before, gap_after)])


def test_a_firm_before_another_named_general_stays():
    assert company([("Kelvar Oil", "contracts went to ", " and General Dexter Co", -1, 5)])


def test_a_name_cut_from_a_union_s_is_no_company():
    assert not company([("United Kelvar", "CHICAGO, May 5 - ", " and Commercial Workers Union Local 9 rejected", -1, 78)])


def test_a_firm_before_a_union_the_story_names_stays():
    assert company([("Kelvar Corp", "talks between ", " and United Dexter Workers Union broke off", -1, 5)])


def test_a_known_name_glued_to_another_is_no_company():
    assert not company([("Scania", "a deal launched by Morgan Guaranty Ltd for Kelvar ", " at 7-3/4 pct", 1, 100)])


def test_a_known_name_written_alone_stays():
    assert company([("Scania", "a deal launched by Morgan Guaranty Ltd for ", " at 7-3/4 pct", 30, 100)])


def test_a_state_s_bank_with_no_name_of_its_own_is_no_company():
    assert not company([
        ("National Bank", "Jan Nowak, head of Poland's ", ", told the official news agency", 19, 280),
        ("National Bank", "Finance Minister Karl Huber and ", " President Otto Berg said", 5, 11),
        ("National Bank", "sources said. A ", " spokesman declined to comment", -1, -1),
    ])


def test_a_firm_by_the_same_words_stays():
    assert company([("National Bank", "analysts said Canada's ", " would raise its prime rate", 5, -1),
                    ("National Bank", "sources said. A ", " spokesman declined to comment", -1, -1)])


def test_a_bank_with_a_word_of_its_own_stays():
    assert company([("First National Bank", "an economist at Poland's ", " said", -1, -1)])


def test_a_name_going_on_into_its_unit_in_a_place_is_no_company():
    assert not company([("KLV", "said Ann Lee, head of ", " Japan K.K. \"As soon as you close one route", 10, -1)])


def test_a_firm_before_a_place_with_no_legal_form_stays():
    assert company([("KLV", "said Ann Lee, head of ", " Japan operations, said sales rose", 10, -1)])


def test_a_dotted_legal_form_is_a_legal_form():
    assert "legal form" in evidence([("Kelvar Shoji K.K.", "sales by ", " rose 5 pct", -1, -1)])[0]

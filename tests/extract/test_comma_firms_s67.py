"""Firms named by partners' surnames joined by commas (COMMA1, 2026-12-07): a run the gazetteer knows whole, a
run a legal form ends before what comes next, and surnames alone where one person works are one firm; lists of
firms, each with its own legal form or known on its own, stay lists. The sentences are Reuters-21578 train's."""

from __future__ import annotations

from ..helpers import companies, roles


def test_a_legal_form_ends_the_partners_before_the_words_after_it(rules):
    text = ('Such action "would put a lot of pressure on the Canadian banks to do the same," Levesque, Beaubien Inc '
            'Toronto-based bank analyst Donna Pulcine told Reuters.')
    assert companies(rules, text) == {"Levesque Beaubien"}
    assert set(roles(rules, text)) == {("Donna Pulcine", "Levesque Beaubien")}


def test_a_legal_form_ends_the_partners_before_the_next_firm_of_a_list(rules):
    got = companies(rules, "Underwriters are Levesque, Beaubien Inc, Wood Gundy Inc, Burns Fry Ltd and Nesbitt "
                           "Thomson Deacon Ltd.")
    assert not got & {"Beaubien", "Gundy"}
    assert {"Levesque Beaubien", "Wood Gundy", "Burns Fry", "Nesbitt Thomson Deacon"} <= got


def test_a_known_dealer_keeps_its_first_word_in_a_line_of_names(rules):
    # the line is mostly capitalised, where a common word ("Wood") opens no unknown name
    got = companies(rules, "Underwriters are Wood Gundy Inc and Dean Witter Reynolds (Canada) Inc.")
    assert "Wood Gundy" in got and "Gundy" not in got


def test_a_run_known_whole_takes_in_the_pieces_read_in_it(rules):
    got = companies(rules, "SunGard Data Systems Inc <SNDT> - Offering of 1.2 mln shares of common stock through "
                           "Alex. Brown and Sons Inc and L.F. Rothschild, Unterberg, Towbin Inc.")
    assert not got & {"Towbin", "Unterberg"}
    assert {"L.F. Rothschild, Unterberg, Towbin", "Alex. Brown and Sons"} <= got


def test_a_known_run_written_without_one_of_its_commas(rules):
    got = companies(rules, "Shearson said Stearns formerly was part of Merrill Lynch Pierce, Fenner and Smith "
                           "Inc's <MER> merger and acquisitions department.")
    assert not got & {"Fenner", "Smith", "Merrill Lynch Pierce"}
    assert "Merrill Lynch" in got


def test_surnames_where_an_analyst_works_are_one_firm(rules):
    text = 'Right now that\'s the drug business," said David Saks, an analyst with Morgan, Olmstead.'
    assert companies(rules, text) == {"Morgan Olmstead"}
    assert set(roles(rules, text)) == {("David Saks", "Morgan Olmstead")}


def test_a_list_of_firms_with_their_own_legal_forms_stays_a_list(rules):
    got = companies(rules, "Kleinwort, Benson Ltd, Kidder, Peabody and Co Ltd, Drexel Burnham Lambert Inc, "
                           "Deutsche Bank AG and W.I. Carr, Sons and Co each get 0.1 pct.")
    assert {"Kidder, Peabody", "Drexel Burnham Lambert", "Deutsche Bank"} <= got
    assert not any("Kidder" in n and n != "Kidder, Peabody" for n in got)


def test_a_possessive_after_the_firm_where_a_person_works_keeps_two_firms(rules):
    got = companies(rules, "He resigned as president and a director of the company and president of Kierulff, "
                           "Ducommun's largest division.")
    assert {"Kierulff", "Ducommun"} <= got


def test_known_oil_companies_listed_stay_apart(rules):
    got = companies(rules, "The oil companies, Amoco Corp <AN>, ARCO, Exxon Corp <XON>, Mobil Corp <MOB>, Sohio, "
                           "Shell, Texaco Inc <TX> and Union Oil, had said that voiding previously granted leases "
                           "would result in staggering financial losses.")
    assert {"Exxon", "Mobil", "Texaco"} <= got and not any(", " in n for n in got)


def test_a_legal_form_before_and_ends_the_partners(rules):
    got = companies(rules, "RICHMOND, Va., March 5 - Lead underwriters Wheat, First Securities Inc and E.F. Hutton "
                           "Group Inc <EFH> said an initial public offering of 2,000,000 shares is underway.")
    assert "Wheat First Securities" in got and "First Securities" not in got


def test_a_run_going_on_a_list_after_a_legal_form_stays_a_list(rules):
    # "Sun Co" ended by its legal form opens a list: "Coastal, Citgo and Murphy Oil" are three firms, not one
    got = companies(rules, "Diamond Shamrock joined Sun Co, Coastal, Citgo and Murphy Oil in raising crude oil "
                           "posted prices one dlr a barrel.")
    assert {"Coastal", "Citgo", "Murphy Oil"} <= got and not any("Citgo" in n and n != "Citgo" for n in got)


def test_partners_after_a_legal_form_in_a_list_are_one_firm_by_their_own_legal_form(rules):
    got = companies(rules, "Underwriters for the rights offering are Merrill Lynch Canada Inc, Loewen, Ondaatje, "
                           "McCutcheon and Co Ltd, Burns Fry Ltd and Richardson Greenshields of Canada Ltd.")
    assert "Loewen Ondaatje McCutcheon" in got and not got & {"Loewen", "Ondaatje", "McCutcheon"}

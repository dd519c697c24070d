"""Names the extraction cuts into pieces, put back whole where the story says they are one firm's, and
names it joins, taken apart where the story keeps them apart (issue 15): partnerships written with commas
("Donaldson, Lufkin and Jenrette Securities"), a name that goes on after "and" with a trade ("... Engineering
and Materials Inc"), a name read as one by the verb after it ("... and Brown, which owns"), and two firms
under one legal form ("Piedmont and PSA Inc" after "Piedmont Aviation Inc"); against real lists of firms.
The rules alone are tested; the sentences are written for these tests and most companies are invented."""

from __future__ import annotations

from ..helpers import companies, found


def test_a_partnership_ending_in_a_firms_noun_is_one_firm(rules):
    text = ("NEW YORK, March 5 - Kurt Wulff, oil analyst at Halvers, Quinby and Trask Securities, said he has "
            "retired from the brokerage firm.")
    assert companies(rules, text) == {"Halvers Quinby and Trask Securities"}
    assert set(found(rules, text)) == {("role", "Kurt Wulff", "Halvers Quinby and Trask Securities")}


def test_partners_before_a_legal_form_are_one_firm(rules):
    got = companies(rules, '"It is a step in the right direction," said analyst William Marcus of Halvers, '
                           'Quinby, Trask Inc. "It is very difficult," he said.')
    assert got == {"Halvers Quinby Trask"}


def test_the_firm_a_person_works_at_is_one_firm(rules):
    got = companies(rules, '"That should affect stocks," said drug analyst Davis Saks, with Morrow, Olmstead, '
                           'Keeler and Garver. Saks also warned that many would balk.')
    assert not got & {"Morrow", "Olmstead", "Keeler", "Garver"}


def test_places_open_a_railways_name(rules):
    got = companies(rules, "Pacific Corp sought to reopen its merger with the Atchison, Topeka and Santa Fe "
                           "Railway.")
    assert "Atchison" not in got and "Atchison Topeka and Santa Fe Railway" in got


def test_a_list_of_known_firms_stays_a_list(rules):
    assert companies(rules, "Chrysler, Ford and General Motors said their sales rose in March.") >= \
        {"Chrysler", "Ford", "General Motors"}


def test_a_list_whose_last_firm_is_known_stays_a_list(rules):
    assert not any(" and " in n for n in companies(rules, "Texaco, Mobil and Shell Oil Co cut their posted prices "
                                                          "by 50 cts a barrel."))


def test_firms_the_story_names_apart_stay_apart(rules):
    got = companies(rules, "Tellvane Corp said it would cut its prices. Tellvane, Varnex and Orbis Petroleum Co "
                           "followed the cut on Monday.")
    assert "Tellvane" in got and not any(n.startswith("Tellvane ") for n in got)


def test_analysts_at_several_firms_make_no_firm(rules):
    got = companies(rules, "Analysts at Salomon, Merrill and Goldman said the stock was undervalued.")
    assert not any(" and " in n for n in got)


def test_a_verb_in_the_singular_makes_one_firm(rules):
    got = companies(rules, "Telecommunications giant Cable and Wireless has faced difficulties in its bid "
                           "to crack the Japanese market.")
    assert got == {"Cable and Wireless"}


def test_a_verb_in_the_plural_leaves_two_firms(rules):
    got = companies(rules, "Peroni and Grolsch said they had agreed to merge their distribution.")
    assert {"Peroni", "Grolsch"} <= got


def test_a_trade_after_and_goes_on_with_the_name(rules):
    text = "TEMPE, Ariz., March 30 - Quorra Engineering and Materials Inc said it has received a 500,000 dlr order."
    assert companies(rules, text) == {"Quorra Engineering and Materials"}


def test_two_firms_under_one_legal_form_are_two(rules):
    text = ("Standard and Poor's Corp said it may cut Pelham Aviation Inc's preferred stock rating. USAir "
            "would be weakened by financing all-cash acquisitions of Pelham and PVX Inc.")
    got = companies(rules, text)
    assert "PVX" in got and not any(n.startswith("Pelham and") for n in got)


def test_a_known_firm_keeps_its_and_co(rules):
    [ex] = rules.extract([(1, "The combination of Wells Fargo and Co and Crocker National Corp last year was worth "
                              "1.1 billion dlrs.")])
    assert {e.text for e in ex.entities if e.name == "Wells Fargo"} == {"Wells Fargo and Co"}


def test_where_a_partnership_sits_is_no_partner(rules):
    got = companies(rules, "Paul Feretti, an analyst with New Orleans-based Howard, Weil, Labouisse, Friedrichs, "
                           "Inc, said he was not surprised.")
    assert not got & {"Friedrichs", "Labouisse", "Weil"}

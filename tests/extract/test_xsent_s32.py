""""The company" and "it" in what a person who holds an office at a company says: "Harlow Systems Corp president Dana
Whitlock said ... Whitlock also said the company agreed to buy Y" is Harlow Systems' purchase, whichever company
the story last had speak; the office may be named in the same sentence ("Kestrel Corp chairman Tom Brill said the
company ..."), and an officer who speaks makes his company the one a later "it" means. Not what an analyst says: he
speaks of a company, not for it; not a person whose office the story gives at two companies; and not where another
company is named before the reference. An investor group "of firms led by A and B" that says it raised its stake is
A's and B's, and leads no round in A or B. The sentences are written for these tests and the companies and people
in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_an_officer_named_earlier_speaks_for_the_company(rules, judged):
    text = ("Harlow Systems Corp president Dana Whitlock said profit would rise this year.\n"
            "Brevant Industries Inc said its sales fell 12 pct in the quarter.\n"
            "Whitlock also said the company agreed to acquire Corliss Data Inc for 40 mln dlrs.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert got.get(("acquisition", "Harlow Systems", "Corliss Data")) == "agreed"
        assert ("acquisition", "Brevant Industries", "Corliss Data") not in got


def test_an_officer_named_with_his_company_in_the_sentence(rules, judged):
    text = "Kestrel Corp chairman Tom Brill said the company has agreed to buy Lumora Inc for 20 mln dlrs."
    for extractor in (rules, judged):
        assert found(extractor, text).get(("acquisition", "Kestrel", "Lumora")) == "agreed"


def test_it_in_what_an_officer_says(rules):
    got = found(rules, "Harlow Systems Corp president Dana Whitlock said profit would rise this year.\n"
                       "Brevant Industries Inc said its sales fell 12 pct in the quarter.\n"
                       "Whitlock said it has bought a 15 pct stake in Corliss Data Inc.")
    assert got.get(("stake", "Harlow Systems", "Corliss Data")) == "active"
    assert ("stake", "Brevant Industries", "Corliss Data") not in got


def test_the_officer_who_speaks_makes_his_company_the_one_it_means(rules, judged):
    text = ("Brevant Industries Inc said it would sell its plastics unit.\n"
            "Harlow Systems Corp president Dana Whitlock said the company is in talks to buy a chemicals plant.\n"
            "It also agreed to acquire Corliss Data Inc for 40 mln dlrs.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert got.get(("acquisition", "Harlow Systems", "Corliss Data")) == "agreed"
        assert ("acquisition", "Brevant Industries", "Corliss Data") not in got


def test_an_analyst_speaks_for_no_company_of_his(rules):
    got = found(rules, "Brevant Securities analyst Dana Whitlock said profit at Harlow Systems Corp would rise.\n"
                       "Whitlock said the company agreed to acquire Corliss Data Inc.")
    assert ("acquisition", "Brevant Securities", "Corliss Data") not in got


def test_an_officer_of_two_companies_speaks_for_neither(rules):
    got = found(rules, "Harlow Systems Corp president Dana Whitlock, who is also chairman of Brevant Industries Inc, "
                       "said profit would rise.\nWhitlock said the company agreed to acquire Corliss Data Inc.")
    assert ("acquisition", "Harlow Systems", "Corliss Data") not in got
    assert ("acquisition", "Brevant Industries", "Corliss Data") not in got


def test_another_company_named_before_the_reference(rules):
    got = found(rules, "Harlow Systems Corp president Dana Whitlock said profit would rise this year.\n"
                       "Whitlock said Brevant Industries Inc had told him the company agreed to acquire Corliss "
                       "Data Inc.")
    assert ("acquisition", "Harlow Systems", "Corliss Data") not in got


def test_a_group_of_firms_led_by_two_companies(rules, judged):
    text = ("WASHINGTON, March 9 - A group of affiliated investment firms led by Bermuda-based Harlow Capital Ltd and "
            "Boston-based Brevant Partners Corp told the Securities and Exchange Commission it raised its stake in "
            "Corliss Data Inc to 6.2 pct.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert got.get(("stake", "Harlow Capital", "Corliss Data")) == "active"
        assert got.get(("stake", "Brevant Partners", "Corliss Data")) == "active"
        assert ("investment", "Harlow Capital", "Brevant Partners") not in got

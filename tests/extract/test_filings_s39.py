"""Filings prose and headlines (session 39, from the errors of FIRE's train half A): offices capitalised in a
sentence do not make it a headline in title case; "a Managing Director of X" is a seat at a firm; a general counsel
is no company; employment told with no office ("joined", "worked at", "was employed with", "co-founded") and an
employment contract in a list of exhibits are roles; "X is the parent company of A and B" and "X, Y's parent
company" are stakes; the company an acquisition is "from" divests what is bought; a parent named by the first word
of its subsidiary's name stays its own company; a headline in title case is read as prose ("Kestrova To Acquire
Marvexo For $1B"); and a filing's defined terms ("the Registration Statement") are no companies. The sentences
are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies, found


def test_capitalised_offices_leave_the_company_named(rules):
    # a name of English words, which a line in title case would not make a name
    text = "Mr. Kessler has been Executive Vice President of Capital Resource."
    assert "Capital Resource" in companies(rules, text)
    assert ("role", "Kessler", "Capital Resource") in found(rules, text)


def test_managing_director_of_a_firm(rules):
    text = "Carl M. Katerndahl has been a Managing Director of NCZV since May 2010."
    assert ("role", "Carl M. Katerndahl", "NCZV") in found(rules, text)


def test_general_counsel_is_no_company(rules):
    text = "From 1999 to 2001, Mr. Deegan served as Assistant General Counsel of Zolter Technology, Inc."
    got = companies(rules, text)
    assert "Zolter Technology" in got
    assert not any("Counsel" in c for c in got)
    assert ("role", "Deegan", "Zolter Technology") in found(rules, text)


@pytest.mark.parametrize("text, person, company", [
    ("Mr. Bianchi joined Kestrova in 2007.", "Bianchi", "Kestrova"),
    ("From 1979 through 1986, Ms. Fournier worked at Dorvane Corporation in management capacities.",
     "Fournier", "Dorvane"),
    ("Before that, Mr. Fanelli was employed with Marvex Partners for eight years.", "Fanelli", "Marvex Partners"),
    ("10.17 Employment Agreement dated as of November 1, 2011 by and between Zolter Holdings, Inc. and "
     "Kent B. Thomas.", "Kent B. Thomas", "Zolter"),
    ("10.50 Executive Retention and Severance Agreement between Robert J. Krolik and Brontela, Inc. dated "
     "June 26, 2009.", "Robert J. Krolik", "Brontela"),
])
def test_employment_without_an_office(rules, text, person, company):
    assert ("role", person, company) in found(rules, text)


def test_consulting_agreement_is_no_employment(rules):
    text = "Consulting Agreement between Kestrova Corp. and John Smith dated May 1, 2010."
    assert not any(k[0] == "role" for k in found(rules, text))


def test_company_joining_another_is_no_role(rules):
    assert not any(k[0] == "role" for k in found(rules, "Kestrova joined Dorvane in backing the standard."))


def test_parent_company_of_a_list(rules):
    got = found(rules, "Zolter Interstate is the parent company of Kestrova, Dorvane Pipeline and Brontela.")
    assert ("stake", "Zolter Interstate", "Kestrova") in got
    assert ("stake", "Zolter Interstate", "Brontela") in got


def test_parent_company_in_apposition(rules):
    got = found(rules, "Kestrova, Dorvane's parent company, reported earnings on Tuesday.")
    assert ("stake", "Kestrova", "Dorvane") in got
    assert ("stake", "Dorvane", "Kestrova") not in got


def test_seller_after_from_divests(rules):
    got = found(rules, "Kestrova Corp acquired Zolter Systems Inc from Brontela Holdings Inc in 2010.")
    assert ("acquisition", "Kestrova", "Zolter Systems") in got
    assert ("divestment", "Brontela", "Zolter Systems") in got
    assert ("divestment", "Brontela", "Kestrova") not in got


def test_parent_named_by_its_subsidiarys_first_word(rules):
    text = "During 2009 we entered into an agreement with Zolter Pacific Pty Ltd., a wholly-owned subsidiary of Zolter."
    assert {"Zolter", "Zolter Pacific"} <= companies(rules, text)
    assert ("stake", "Zolter", "Zolter Pacific") in found(rules, text)


@pytest.mark.parametrize("text, rel", [
    ("Zolterix Sells Brontelo In $305 M Deal.", ("divestment", "Zolterix", "Brontelo")),
    ("Kestrova Companies To Acquire Marvexo For $1.275B.", ("acquisition", "Kestrova Companies", "Marvexo")),
    ("Kestrova Agrees To Buy Marvex Analytics", ("acquisition", "Kestrova", "Marvex Analytics")),
])
def test_headline_in_title_case(rules, text, rel):
    assert rel in found(rules, text)


@pytest.mark.parametrize("text, term", [
    ("Kestrova Corp filed the Registration Statement with the Commission on July28, 2011.", "Registration Statement"),
    ("Proceeds of the Initial Public Offering were used by Kestrova Corp to buy Zolter Systems Inc.",
     "Initial Public Offering"),
    ("After the Runoff Transaction, Kestrova Corp sold Series A Preferred Stock to Zolter Systems Inc.",
     "Runoff Transaction"),
])
def test_filing_terms_are_no_companies(rules, text, term):
    got = companies(rules, text)
    assert "Kestrova" in got
    assert not any(term.split()[-1] in c for c in got)
    assert not any(c.startswith("July") for c in got)


def test_name_glued_to_owned_owns_the_next(rules):
    text = "Not just small investors, even Zolterix-owned Marvex Group and Kestrova Capital have lost money."
    assert "Zolterix" in companies(rules, text)
    assert ("stake", "Zolterix", "Marvex") in found(rules, text)  # "Group" is a legal form to the key


@pytest.mark.parametrize("text", ["Chinese-owned Kestrova Cars said sales rose.",
                                  "Family-owned Kestrova Foods said sales rose 4 percent after it bought a plant."])
def test_people_and_words_glued_to_owned_are_no_owner(rules, text):
    got = companies(rules, text)
    assert not {"Chinese", "Family"} & got


def test_general_partner_holds_the_partnership(rules):
    got = found(rules, "Kestrova Capital is the general partner of Zolter Fund LP.")
    assert ("stake", "Kestrova Capital", "Zolter Fund") in got
    assert not any(k[0] == "alliance" for k in got)
    person = found(rules, "John Smith is a general partner of Zolter Fund LP.")
    assert not any(k[0] == "stake" for k in person)


def test_bracketed_deal_is_the_named_company_s_alone(rules):
    text = ("We compete with Kestrova Systems, Inc., Zolter Networks (acquired Marvex Labs), Brontela Software "
            "and Dorvane Technologies.")
    got = found(rules, text)
    assert ("acquisition", "Zolter Networks", "Marvex Labs") in got
    assert not any(k[0] == "acquisition" and k[1] != "Zolter Networks" for k in got)


@pytest.mark.parametrize("text, parent, child", [
    ("2 Table of Contents Under a distributor agreement with Kestrova, a wholly-owned subsidiary of Zolter "
     "Industries, packaging and distribution agreements with Zolter dealers, we are one of the largest suppliers.",
     "Zolter Industries", "Kestrova"),
    ("Our principal competitors are Brontela Chemicals, Inc. (a subsidiary of Marvex Dioxide Company Ltd.), "
     "Dorvane Corporation and Kestrova Incorporated.", "Marvex Dioxide", "Brontela Chemicals"),
])
def test_subsidiary_set_beside_its_parent_in_long_filings_prose(rules, text, parent, child):
    got = found(rules, text)
    assert ("stake", parent, child) in got
    assert ("stake", child, parent) not in got


@pytest.mark.parametrize("text", ["We sold Zolter Systems Inc to Marvex Holdings Inc in 2010.",
                                  "In 2008, the Company sold Zolter Systems Inc to Marvex Holdings Inc."])
def test_sale_by_an_unnamed_writer_is_the_buyer_s_acquisition(rules, text):
    got = found(rules, text)
    assert ("acquisition", "Marvex", "Zolter Systems") in got
    assert ("acquisition", "Zolter Systems", "Marvex") not in got


def test_clause_of_joining_before_the_name(rules):
    got = found(rules, "Before founding Zolter Capital, Mr. Smith worked at Kestrova Partners.")
    assert ("role", "Smith", "Zolter Capital") in got
    assert ("role", "Smith", "Kestrova Partners") in got
    assert not any(k[0] == "role" for k in found(rules, "After joining the board, Mr. Smith praised Kestrova Partners."))

"""Offices listed at several companies (ROLES25, session 57): the offices a list tells before the one ranked
highest, each at a company of its own ("executive vice president of NL Industries and president of NL
Chemicals": the titles are tried by rank, and the first office was lost); the same office going on "and of" more
companies, after one only described ("of our general partner since 2010 and of Targa and TRI"); and an office at
each company listed after a colon, each with its dates ("President and CEO of four publicly-traded companies:
GTECH Corporation, from 2001 to 2002; ..."); and one who "practiced law in the ... office of" a firm worked there.
Sentences from FIRE half A and Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.models import Status

from ..helpers import roles


def test_an_office_listed_before_a_higher_one_is_kept(rules):
    found = roles(rules, "Fred Montanari will remain executive vice president of NL Industries and president of NL "
                         "Chemicals, the company said.")
    assert found[("Fred Montanari", "NL Industries")] == ("Vice President", Status.ACTIVE)
    assert found[("Fred Montanari", "NL Chemicals")] == ("President", Status.ACTIVE)


def test_the_same_office_goes_on_at_the_companies_after_and_of(rules):
    found = roles(rules, "Jeffrey J. McParland has served as President Finance and Administration of our general "
                         "partner since December 15, 2010 and of Targa and TRI since October 25, 2010.")
    assert found[("Jeffrey J. McParland", "Targa")] == ("President", Status.ACTIVE)
    assert found[("Jeffrey J. McParland", "TRI")] == ("President", Status.ACTIVE)


def test_an_office_at_each_company_listed_after_a_colon_with_its_dates(rules):
    found = roles(rules, "Mr. Cohen possesses 33 years of leadership experience, including service as President and "
                         "CEO of four publicly-traded companies: GTECH Corporation, from 2001 to 2002; Bell Howell, "
                         "from 2000 to 2001; Sidus Systems Inc., from 1998 to 1999; and Peak Technologies Group, Inc., "
                         "from 1996 to 1998.")
    for company in ("GTECH", "Sidus Systems", "Peak Technologies"):
        assert found[("Cohen", company)][1] is Status.ENDED


def test_one_who_meets_the_heads_of_listed_companies_holds_no_office(rules):
    # the FIRE sentence above with its office told of others: no office is the subject's
    found = roles(rules, "Mr. Cohen met the presidents of four publicly-traded companies: GTECH Corporation and "
                         "Sidus Systems Inc.")
    assert not [k for k in found if k[0] == "Cohen"]


def test_one_who_practiced_law_in_a_firms_office_worked_there(rules):
    found = roles(rules, "From 2003 to February 2007, Mr. Davis practiced law in the Lexington, Kentucky office of "
                         "Stoll Keenon Ogden PLLC.")
    assert found[("Davis", "Stoll Keenon Ogden")][1] is Status.ENDED

"""An office taken by joining the company a reference stands for (ROLES30): "Shearson Lehman Brothers ... said
Robert Stearns has joined the company as managing director" gives Stearns the office at Shearson, the company
that said so; "will join the firm as" is still ahead, agreed. Sentences from Reuters train; the last ones written
for these tests."""

from __future__ import annotations

from keiretsu.models import Status

from ..helpers import roles


def test_joining_the_company_as_an_office_is_at_the_company_that_said_it(rules):
    found = roles(rules, "Shearson Lehman Brothers, a unit of American Express Co <AXP>, said Robert Stearns has "
                         "joined the company as managing director of its merger and acquisition department.")
    assert ("Robert Stearns", "Shearson Lehman Brothers") in found
    assert found[("Robert Stearns", "Shearson Lehman Brothers")][1] is Status.ACTIVE
    assert ("Robert Stearns", "American Express") not in found


def test_an_office_at_the_company_still_to_be_joined_is_agreed(rules):
    found = roles(rules, "National Savings Bank of Albany said Thomas P. Bilbao will join the company as President "
                         "and Chief Executive officer next month.")
    assert found.get(("Thomas P. Bilbao", "National Savings Bank of Albany"), (None, None))[1] is Status.AGREED


def test_joining_a_named_company_is_that_companys_not_the_sayers(rules):
    found = roles(rules, "Vestrel Corp said John Smith has joined Parmley Inc as chief financial officer.")
    assert ("John Smith", "Parmley") in found
    assert ("John Smith", "Vestrel") not in found

"""People's offices (session 32): a firm a spokesperson speaks "for", a relative clause set off by commas
between a name and the office the main verb gives, and a board seat told of a person named with an
initial or in a relative clause. The sentences are written for these tests; the companies and people in
them are invented."""

from __future__ import annotations

import pytest

from keiretsu.models import Status

from ..helpers import roles


@pytest.mark.parametrize("text, person, title", [
    ('According to the company, Quillwort works with retailers on offers. "It is a triple threat for deal '
     'hunters," says Brent Shelby, spokesperson for Quillwort.', "Brent Shelby", "spokesperson"),
    ("Quillwort works with retailers on offers. Brent Shelby, a spokesman for Quillwort, said sales rose.",
     "Brent Shelby", "spokesman"),
])
def test_spokesperson_for_a_firm_the_story_named(rules, text, person, title):
    assert roles(rules, text).get((person, "Quillwort")) == (title, Status.ACTIVE)


def test_a_portfolio_after_for_is_still_no_firm(rules):
    assert not roles(rules, '"It is great," said Jane Dorsey, Vice President for International Services.')


@pytest.mark.parametrize("text, person, company, title, status", [
    # (a seat he "will be" given is still to come: agreed, as train2's labels read the real sentence; HIST23)
    ("Kerry Palmer, who made the sale in January, will be a director of Brandt Media Ltd.", "Kerry Palmer",
     "Brandt Media", "director", Status.AGREED),
    ("Mr Tom Selden, who left Arvex Corp in 2010, is now the chairman of Bolter Inc.", "Tom Selden", "Bolter",
     "Chairman", Status.ACTIVE),
    ("Dana Whitford, who has worked in retail for 20 years, was named chief executive of Harlow Group Ltd.",
     "Dana Whitford", "Harlow", "CEO", Status.ACTIVE),
])
def test_office_after_a_relative_clause(rules, text, person, company, title, status):
    assert roles(rules, text).get((person, company)) == (title, status)


def test_a_clause_that_founds_keeps_its_office(rules):
    found = roles(rules, "John Smithers, who founded Arvex Corp, is a director of Kestrel Holdings.")
    assert found.get(("John Smithers", "Arvex")) == ("Founder", Status.ACTIVE)


def test_a_clause_that_gives_an_office_is_no_aside(rules):
    found = roles(rules, "John Smithers, who has been chairman of Arvex Corp, is a shareholder of Kestrel Holdings.")
    assert found == {("John Smithers", "Arvex"): ("Chairman", Status.ACTIVE)}


@pytest.mark.parametrize("text, person", [
    ("Forsight Technologies Inc said on Monday it would list its shares. The same year, CEO Gord Boylan "
     "stepped down and was replaced by interim manager T. Kent Elmore, who had the job from 2003 to 2009, "
     "and now sits on Forsight's board.", "T. Kent Elmore"),
    ("Forsight Technologies Inc said on Monday it would list its shares. Joining the board were Leonard J. "
     "Lichtman, Pierre Schoenfeld and Roger Kirkby.", "Pierre Schoenfeld"),
])
def test_board_seat_past_initials(rules, text, person):
    assert roles(rules, text).get((person, "Forsight Technologies")) == ("Director", Status.ACTIVE)

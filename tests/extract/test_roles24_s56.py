"""Offices told in biographies and careers (ROLES24, session 56): any office told with "was" right after the
name is a past one (not one "named", nor a founder's); "held the position of" or "retains his position as" ties
the office after it to its holder; an officer or a manager "for" a firm named in one word works there ("Vice
President for Marketing" stays a portfolio). Sentences from FIRE half A and Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.models import Status

from ..helpers import roles


def test_an_officer_for_a_one_word_firm_held_that_office(rules):
    found = roles(rules, "Ms. Smith was also the Corporate Compliance Officer for Texaco and was a member of the "
                         "Board of The Texaco Foundation.")
    assert found[("Smith", "Texaco")] == ("Compliance Officer", Status.ENDED)


def test_an_office_told_with_was_is_past(rules):
    # (Sandaratne's "was head of research at the Central Bank of Ceylon ... until January" is an office at a state
    # body, no company: test_wrong10_blind_ties)
    found = roles(rules, "STOCKHOLM, March 6 - Martin Ardbo, managing director of <AB Bofors>, which is at the centre "
                         "of a police inquiry into illegal arms shipments to Iran, has resigned, the company said.\n"
                         "Ardbo was Bofors marketing head at the time peace groups say the company supplied arms to "
                         "countries Sweden had blacklisted.")
    assert ("marketing head", Status.ENDED) in [v for (p, _), v in found.items() if p == "Martin Ardbo"]


def test_a_partner_told_with_was_is_past(rules):
    found = roles(rules, "Before joining the Treasury in November 1985, George Gould was a partner at the Wall "
                         "Street firm of Wertheim and Co.")
    assert [s for (p, _), (_, s) in found.items() if p == "George Gould"] == [Status.ENDED]


@pytest.mark.parametrize("text", [
    "Mr. Smith was named a partner at Acme LLP.",
    "Mr. Smith was the founder of Acme Corp.",
])
def test_an_office_given_or_founded_is_not_past(rules, text):
    assert all(s is not Status.ENDED for _, s in roles(rules, text).values())


def test_a_position_held_ties_the_office_after_it(rules):
    found = roles(rules, "SAN BRUNO, Calif., March 19 - The Gap Inc said it named Millard Drexler as its president.\n"
                         "Drexler retains his position as president and chief executive officer of the Gap Stores "
                         "Division.")
    assert found[("Millard Drexler", "Gap Stores Division")] == ("CEO", Status.ACTIVE)


def test_held_talks_ties_no_office(rules):
    assert not roles(rules, "Mr. Smith held talks with the chairman of Acme Corp on Tuesday.")

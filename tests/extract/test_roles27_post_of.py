"""An office taken as a post named by a noun: "assumed the positions of president", "will assume the additional
post of chairman", "elected ... to the additional title of president" (ROLES27). The sentences are Reuters-21578
train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_positions_assumed_are_held_at_the_company_that_said_it(rules):
    found = roles(rules, "NEW YORK, March 12 - ProtocomDevices Inc said it has seen more erosion of its general financial "
                         "condition since December 31.\nIt also said Rafael Collado has assumed the positions of president "
                         "and chief operating officer in addition to his role as chief executive officer.")
    assert found[("Rafael Collado", "ProtocomDevices")] == ("President", Status.ACTIVE)


def test_a_post_still_to_assume_is_agreed(rules):
    found = roles(rules, "ST. LOUIS, MO., March 6 - Engineered Support Systems Inc said Jerome Labarbera will retire as "
                         "chairman but remain a director, effective May one, 1987.\nPresident Michael Shanahan will assume "
                         "the additional post of chairman pending approval of the company's directors, it said.")
    assert found[("Michael Shanahan", "Engineered Support Systems")] == ("Chairman", Status.AGREED)


def test_elected_to_the_additional_title_of_an_office(rules):
    found = roles(rules, "FLEMINGTON, N.J., March 27 - FCS Laboratories Inc said George D. Fowle Jr has resigned as "
                         "president of the company and Garu Griffin resigned as treasurer, both effective March 31.\n"
                         "The company said directors elected Chairman "
                         "Nicholas A. Gallo III to the additional title of president and Chief Financial Officer Richard D. "
                         "Mayo was elected treasurer.")
    assert ("Nicholas A. Gallo III", "FCS Laboratories") in found


def test_an_office_taken_on_after_another_left_keeps_the_status_of_the_office_held(rules):
    # the office held before the name stays active: only the post after "will assume" is still ahead
    found = roles(rules, "Acme Corp said chairman and chief executive officer Victor M. Tyler will assume the additional "
                         "post of president.")
    assert found[("Victor M. Tyler", "Acme")][1] is Status.ACTIVE

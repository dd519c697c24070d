"""Statuses the R13 graph got wrong: a deal whose closing is put off is agreed, not done; talks turned
down are called off; a deal under a signed letter of intent is agreed; an office holder told in an appositive who then resigned has left the office."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import RelationType, Status
from tests.extract.test_status import status


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, rtype, source, target, expected", [
    # A closing put off: the deal is agreed and still to be done.
    ("The closing of Halvern Tools Inc's acquisition of Brisco Corp has been delayed.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.AGREED),
    ("Halvern Tools Inc said the closing of its purchase of Brisco Corp was postponed until July.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.AGREED),
    ("Halvern Tools Inc postponed the completion of its acquisition of Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.AGREED),
    # A deal under a signed letter of intent is agreed, however "proposed" it is called; a proposal is not.
    ("Halvern Tools Inc said it entered into a letter of intent for a proposed business combination with "
     "Brisco Corp.", RelationType.MERGER, "Halvern Tools", "Brisco", Status.AGREED),
    ("Halvern Tools Inc and Brisco Corp reached an agreement in principle on the proposed merger of the two "
     "companies.", RelationType.MERGER, "Halvern Tools", "Brisco", Status.AGREED),
    ("Halvern Tools Inc made a proposal for the acquisition of Brisco Corp.",
     RelationType.ACQUISITION, "Halvern Tools", "Brisco", Status.PROPOSED),
    # Talks turned down are called off.
    ("Brisco Corp rejected merger talks with Halvern Tools Inc.",
     RelationType.MERGER, "Halvern Tools", "Brisco", Status.CALLED_OFF),
    # A holder set off by an appositive office who resigned or stepped down has left it.
    ("Walter Greene, chairman of Brisco Corp, resigned on Monday.",
     RelationType.ROLE, "Walter Greene", "Brisco", Status.ENDED),
    ("Walter Greene, chairman of Brisco Corp, resigned from the company on Friday.",
     RelationType.ROLE, "Walter Greene", "Brisco", Status.ENDED),
    ("Robert Hale, president of Halvern Tools Inc, stepped down last week.",
     RelationType.ROLE, "Robert Hale", "Halvern Tools", Status.ENDED),
    # ...but a leaving still ahead, or none at all, leaves the office held.
    ("Robert Hale, president of Halvern Tools Inc, will retire next year.",
     RelationType.ROLE, "Robert Hale", "Halvern Tools", Status.ACTIVE),
    ("Robert Hale, president of Halvern Tools Inc, said sales rose.",
     RelationType.ROLE, "Robert Hale", "Halvern Tools", Status.ACTIVE),
    ("Halvern Tools Inc said chairman Walter Greene will step down in June.",
     RelationType.ROLE, "Walter Greene", "Halvern Tools", Status.ACTIVE),
    # Resigning another post says nothing of this one.
    ("Robert Hale, president of Halvern Tools Inc, resigned as a director of Brisco Corp.",
     RelationType.ROLE, "Robert Hale", "Halvern Tools", Status.ACTIVE),
])
def test_status(rules, text, rtype, source, target, expected):
    assert status(rules, text, rtype, source, target) is expected


def test_stake_on_sale_put_off_is_held(rules):
    # the seller's stake whose sale is put off is still its own
    assert status(rules, "Halvern Tools Inc said the closing of the sale of its 40 pct interest in Brisco Corp "
                  "to Marlow Group Plc has been delayed.", RelationType.STAKE, "Halvern Tools", "Brisco") is Status.ACTIVE


def test_talks_put_off_stay_talks(rules):
    # a delay of talks is no closing put off: the talks are still what they were
    assert status(rules, "Halvern Tools Inc and Brisco Corp postponed their merger talks.",
                  RelationType.MERGER, "Halvern Tools", "Brisco") is Status.IN_TALKS

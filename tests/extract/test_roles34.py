"""Offices read in two more wordings (issue 15, item 3, ROLES34): "also" between the auxiliary and the verb that
gives an office ("has also been named", "were also named", "will also become"), and an article opening the
sentence before a bare office ("The spokeswoman, Davia B. Temin, said"). The sentences are Reuters-21578 train
stories, cut down."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_an_office_also_given_is_the_sayers(rules):
    # reuters-11594 (IBM): the company that said so, as for "has been named"
    found = roles(rules, "ARMONK, N.Y., March 21 - International Business Machines Corp said Paul J. Rizzo will "
                         "retire as vice chairman on August 31. The company said Jack D. Kuehler has also been named "
                         "executive vice president and becomes the corporate executive responsible for the Federal "
                         "Systems Division.")
    assert found[("Jack D. Kuehler", "IBM")] == ("Vice President", Status.ACTIVE)
    assert not any(c == "Federal Systems Division" for _, c in found)


def test_a_list_also_named_directors(rules):
    # reuters-4510 (Summit Petroleum): a plural office given to each one listed, at the company that added it
    found = roles(rules, "ABILENE, TEXAS, March 12 - Summit Petroleum Corp said it sold 11.3 mln shares, or 29.4 pct, "
                         "of its common stock to <Halbert and Associates Inc>. Halbert, Charles M. Bruce and James O. "
                         "Burke were also named directors, expanding the board to five, Summit added.")
    for person in ("Charles M. Bruce", "James O. Burke"):
        assert found[(person, "Summit Petroleum")] == ("director", Status.ACTIVE)


def test_an_office_also_to_be_taken_is_agreed(rules):
    # reuters-5667 (DNA Medical): "he will also become chairman", still ahead
    found = roles(rules, "SALT LAKE CITY, March 16 - DNA Medical Inc said Walter G. Mize had bought about 9,400,000 "
                         "shares, or about 33 pct of DNA's outstanding stock, for 100,000 dlrs cash. Under an agreement "
                         "with Mize, DNA said he will also become chairman, and may, at his option, expand the board to "
                         "provide him equal representation with the current board.")
    assert found[("Walter G. Mize", "DNA Medical")] == ("Chairman", Status.AGREED)


def test_also_named_as_defendants_is_no_office(rules):
    # reuters-8406: "also named as" with no office after it
    assert roles(rules, "PITTSBURGH, March 23 - Allegheny International Inc said it and First Boston Inc's <FBC> "
                        "Sunter Holdings Corp subsidiary have been named as defendants in a class action. The company "
                        "said its board and some former directors and First Boston were also named as defendants.") == {}


def test_the_spokeswoman_set_off_speaks_for_the_story_company(rules):
    # reuters-4567 (Japan Fund): "The" qualifies the office no more than no word would
    found = roles(rules, "NEW YORK, March 12 - Japan Fund Inc said its board would recommend at its April 23 "
                         "stockholders meeting that the Fund be converted to a no-load open-end fund. The spokeswoman, "
                         "Davia B. Temin, said no other comments would be made on the offer.")
    assert found[("Davia B. Temin", "Japan Fund")] == ("spokeswoman", Status.ACTIVE)


def test_the_spokesman_of_an_official_is_no_firms(rules):
    # reuters-12089: the spokesman of a trade representative, in a story naming no company
    assert roles(rules, "A spokesman for Yeutter said officials of the Japanese Ministry of International Trade and "
                        "Industry (MITI) would hold technical talks with U.S. officials next Monday and Tuesday. The "
                        "spokesman, Gary Holmes, said that on Thursday and Friday Deputy U.S. Trade Representative "
                        "Michael Smith would meet with MITI vice president Makoto Kuroda.") == {}

"""A unit an owner's "its" names by one line of business and its unit's noun is no company (WRONG16, issue 15):
"named John Weil as president of its Apparel Group" (Montgomery Ward's), where "the Henley Group" or "its Musicland
Group subsidiary" name firms. Namings from the Reuters train split."""

from __future__ import annotations

import pytest

from keiretsu.graph.nodes import company


@pytest.mark.parametrize("text, before, after", [
    ("Apparel Group", "Montomgery Ward and Co, a subsidiary of Mobil Corp, said it named John Weil as president of its ",
     ", replacing Richard Bourret, who has resigned."),
    ("Merchandise Group", "CHICAGO, March 5 - Sears, Roebuck and Co said revenues of its ",
     " in February rose 4.9 pct to 1.85 billion dlrs"),
    ("Semiconductor Group", "SANTA CLARA, Calif., March 24 - National Semiconductor Corp said improved results at its ",
     " helped reduce losses in the third quarter"),
])
def test_a_line_of_business_and_group_after_its_is_a_unit(text, before, after):
    assert not company([(text, before, after, 5, 20)])


@pytest.mark.parametrize("text, before, after", [
    ("Musicland Group", "American Can will record a one-time gain of 28 cts per share from the sale of shares in its ",
     " subsidiary."),
    ("Henley Group", "\"We have confirmed with the ", " that they own approximately 7"),
    ("Packaging Group", "an agreement to sell its stake in ", " to a buyer"),  # no "its" right before it
])
def test_a_group_named_otherwise_stays_a_company(text, before, after):
    assert company([(text, before, after, 5, 20)])

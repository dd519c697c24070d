"""What failed on fresh wire copy (FRESH1): errors of train4, fifty Reuters train stories labelled blind and never
tuned on, mended where the same cause recurs on the Reuters train split. Sentences of Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people


@pytest.mark.parametrize("text", [
    ("SANFORD, N.C., March 2 - Privately-held Pantry Inc, which operates 477 convenience stores in five Southeastern "
     "states, said it has engaged Alex. Brown and Sons Inc <ABSB> to explore a possbile sale of the company."),
    "Lead underwriters were Alex. Brown and Sons Inc <ABSB> and Morgan Keegan Inc <MOR>.",
    "The trust is managed by Alex. Brown and Sons Inc <ABSB> and was formed November 26, 1986.",
])
def test_a_given_name_written_short_goes_on_into_the_firms_name(rules, text):
    # the splitter cut the sentence after "Alex.", leaving "Brown and Sons" a firm of its own
    found = companies(rules, text)
    assert "Alex. Brown and Sons" in found
    assert "Brown and Sons" not in found


def test_a_given_name_written_in_full_stays_a_persons(rules):
    text = ("MONTREAL, March 25 - <SNC Group Inc> expects 1987 earnings to rise to 1.20-1.40 dlrs a share from 91 "
            "cts a share last year, with revenues climbing to about 430 mln dlrs from last year's 350 mln dlrs, "
            "president Alex Taylor said before the annual meeting.")
    assert "Alex Taylor" in people(rules, text)
    assert not any("Alex" in name for name in companies(rules, text))

"""The relation classifier's features of the words about the names and the trigger."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

TEXT = ("Hecla Mining Co said it agreed to buy a 28 pct stake in Greens Creek Inc from Amselco Minerals Inc, "
        "a unit of BP North America Inc.")


@pytest.fixture(scope="module")
def stakes() -> dict:
    seen = []
    RuleExtractor(relations=RelationFinder(None, on_candidates=seen.extend)).extract([(1, TEXT)])
    return {c.key: c.features for c in seen if c.type.value == "stake"}


def test_the_words_either_side_of_a_name_are_features(stakes):
    # "from" marks the seller, "a unit of" the parent: the words by a name tell its part
    seller = stakes[("stake", "Hecla Mining", "Amselco Minerals")]
    parent = stakes[("stake", "Amselco Minerals", "BP North America")]
    assert "left_b:stake:from" in seller and "right_a:stake:say" in seller
    assert {"left_b:stake:unit", "left_b:stake:of"} <= set(parent)


def test_the_words_about_the_trigger_are_features_save_the_trigger_numbers_and_function_words(stakes):
    near = {f.rsplit(":", 1)[1] for f in stakes[("stake", "Hecla Mining", "Greens Creek")]
            if f.startswith("near_trigger:stake:")}
    assert "pct" in near and not near & {"stake", "28", "a", "in"}


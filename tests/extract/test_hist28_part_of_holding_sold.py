"""A share sold with "a" is part of the seller's holding (HIST28): "sold a 24.9 pct stake in United Coasts" and
"the sale of a 15.25 pct interest in Cathay Pacific" leave the seller holding the rest, while "sold its stake"
still ends the holding."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _stakes(extractor, text: str) -> dict[tuple[str, str], set[str]]:
    [r] = extractor.extract([(0, text, "")])
    out: dict[tuple[str, str], set[str]] = {}
    for m in r.mentions:
        if m.type.value == "stake":
            out.setdefault((m.source, m.target), set()).add(m.status.value)
    return out


# Reuters train reuters-11743 (eval/history/relationships-s59-hist.jsonl: Acceleration's stake stays active)
_ACCELERATION = ("DUBLIN, Ohio, March 31 - Acceleration Corp said it sold a 24.9 pct stake in the common stock of "
                 "<United Coasts Corp> to the <Sheet Metal Workers' National Pension Fund>.")
# Reuters train reuters-9206 (Swire kept control of Cathay Pacific)
_SWIRE = ("Swire also had an extraordinary profit of 1.38 billion dlrs mainly from the sale of a 15.25 pct interest "
          "in Cathay Pacific Airways Ltd <CAPH.HKG>.")
# Reuters train reuters-2818 (a unit sold whole)
_CARLING = ("TORONTO, March 6 - Carling O'Keefe Ltd said it sold its Star Oil and Gas Ltd unit to United Coal (Canada) "
            "Ltd for about 57 mln dlrs cash.")


def test_a_stake_sold_with_a_leaves_the_seller_holding_the_rest(extractor):
    assert _stakes(extractor, _ACCELERATION)[("Acceleration", "United Coasts")] == {"active"}


def test_the_sale_of_a_stake_ends_no_holding(extractor):
    assert _stakes(extractor, _SWIRE)[("Swire", "Cathay Pacific Airways")] == {"active"}


def test_a_unit_sold_whole_still_ends_the_holding(extractor):
    assert "ended" in _stakes(extractor, _CARLING)[("Carling O'Keefe", "Star Oil and Gas")]

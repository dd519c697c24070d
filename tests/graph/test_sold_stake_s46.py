"""Status histories on Reuters stories, session 46 (HIST18): a holder that sold the stake or shares it held,
told by unnamed sources ("Trans World Airlines Inc sold four mln shares it held in USAir Group Inc, Wall
Street sources said"), has ended its stake; the sale stays a rumour, the holding does not stay held.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from .conftest import add


def _mentions(extractor, sentence: str) -> set[tuple[str, str, str, str]]:
    [r] = extractor.extract([(0, sentence, "")])
    return {(m.type.value, m.source, m.target, m.status.value) for m in r.mentions}


@pytest.mark.parametrize("sentence", [
    "NEW YORK, March 25 - Harbin Airways Inc sold four mln shares it held in Corliss Air Group Inc, "
    "Wall Street sources said.",
    "Harbin Airways Inc sold its 15 pct stake in Corliss Air Group Inc, Wall Street sources said.",
])
def test_a_sale_sources_tell_of_as_done_ends_the_stake(extractor, sentence):
    got = _mentions(extractor, sentence)
    assert ("divestment", "Harbin Airways", "Corliss Air", "rumoured") in got
    assert ("stake", "Harbin Airways", "Corliss Air", "ended") in got
    assert ("stake", "Harbin Airways", "Corliss Air", "active") not in got


@pytest.mark.parametrize("sentence", [
    "Harbin Airways Inc may sell its stake in Corliss Air Group Inc, Wall Street sources said.",
    "Wall Street sources said Harbin Airways Inc would sell the shares it holds in Corliss Air Group Inc.",
    "Harbin Airways Inc denied it sold its stake in Corliss Air Group Inc, as sources said.",
])
def test_a_sale_sources_tell_of_as_to_come_or_denied_ends_nothing(extractor, sentence):
    assert not any(t == "stake" and s == "ended" for t, _, _, s in _mentions(extractor, sentence))


def test_a_sale_said_by_the_seller_still_ends_the_stake(extractor):
    got = _mentions(extractor, "Harbin Airways Inc said it sold its stake in Corliss Air Group Inc.")
    assert ("stake", "Harbin Airways", "Corliss Air", "ended") in got
    assert ("divestment", "Harbin Airways", "Corliss Air", "active") in got


NEWS = [
    ("h1", "1987-03-06", "Harbin Airways holds 15 pct of Corliss Air",
     "Harbin Airways Inc said it holds 4,050,000 shares, or 15 pct, of Corliss Air Group Inc."),
    ("h2", "1987-03-25", "Harbin Airways sells position in Corliss Air",
     "NEW YORK, March 25 - Harbin Airways Inc sold four mln shares it held in Corliss Air Group Inc, Wall "
     "Street sources said. Harbin Airways earlier this month reported holding about 15 pct of Corliss Air."),
]


def test_the_holding_ends_on_the_day_sources_tell_of_its_sale(new_store, extractor):
    store = new_store("sold")
    add(store, extractor, NEWS)
    [rel] = [r for r in store.relationships(limit=1000) if r["type"] == "stake" and r["source"] == "Harbin Airways"]
    assert rel["target"] == "Corliss Air" and rel["status"] == "ended"
    steps = store.history([rel["id"]], evidence=False)[rel["id"]]
    assert [h["status"] for h in steps] == ["active", "ended"]

"""A count of shares sold written in words ("sold four mln common shares") is a part of the holding, as one in
figures is (HIST30): the seller's stake stays, cut, not ended; "the one mln ordinary shares it holds" and "four
mln shares it held in USAir" are still the whole holding. The issuer named after the last of several papers
sold ("four mln common shares and one mln warrants of Poco") is whose shares they are."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _stakes(extractor, text: str) -> dict[tuple[str, str], list[tuple[str, dict]]]:
    [r] = extractor.extract([(0, text, "")])
    out: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for m in r.mentions:
        if m.type.value == "stake":
            out.setdefault((m.source, m.target), []).append((m.status.value, dict(m.attributes)))
    return out


# Reuters train reuters-8301 (eval/history/relationships-s61-hist.jsonl and agreement-second-s61.jsonl: the
# stake stays active, both labellers)
_CANCAPITAL = ("Calgary, Alberta, March 23 - CanCapital Corp said it sold four mln common shares and one mln common "
               "share purchase warrants of <Poco Petroleums Ltd> to Merrill Lynch Canada Inc and First Marathon "
               "Securities Ltd for resale to public investors.")
# Reuters train reuters-9487 (eval/history/relationships-dev.jsonl, "TWA|stake|USAir": the story's headline reads
# that TWA sells its position, and the stake ends)
_TWA = "New York, March 25 - Trans World Airlines Inc sold four mln shares it held in USAir Group Inc, Wall Street sources said."
# Reuters train reuters-9814 (the whole holding: "the ... shares it holds")
_PHILIPS = ("LONDON, March 26 - <Philips Electrical (Ireland) Ltd> has arranged the sale of the one mln ordinary "
            "shares it holds in its subsidiary <Unidare Aluminium Ltd>, Unidare said.")


def test_a_count_in_words_sold_leaves_the_seller_a_smaller_stake(extractor):
    assert _stakes(extractor, _CANCAPITAL)[("CanCapital", "Poco Petroleums")] == [("active", {"change": "decrease"})]


def test_the_shares_it_held_sold_end_the_stake(extractor):
    assert ("ended", {}) in _stakes(extractor, _TWA)[("Trans World Airlines", "USAir")]


def test_the_shares_it_holds_are_still_the_whole_holding(extractor):
    assert all(a.get("change") != "decrease"
               for _, a in _stakes(extractor, _PHILIPS)[("Philips Electrical (Ireland)", "Unidare Aluminium")])

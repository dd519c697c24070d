"""Statuses on sentences of the tuning stories, STAT11: a sale its seller plans or intends, told with the buyer it is
to go to, is a deal struck and still to be done (agreed); without a named buyer, or only hoped or proposed, it stays
proposed."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, sentence: str, rtype: str) -> set[str]:
    [r] = extractor.extract([(0, sentence, "")])
    return {m.status.value for m in r.mentions if m.type.value == rtype}


@pytest.mark.parametrize("sentence", [
    # eval/docs/dev.jsonl reuters-10086 (labelled agreed: "buyer named ... though worded 'plans to sell'")
    "PORTLAND, Ore., March 26 - Louisiana-Pacific Corp said it plans to sell its sawmill in Lakeview, Oregon and "
    "18,000 acres of timberland to Ostrander Construction Co.",
    # Reuters train reuters-11492
    "Reynolds said the company expects to book an after tax gain of 250 mln dlrs from the sale of WOR TV. The company "
    "plans to sell the station to MCA Inc <MCA> for 387 mln dlrs.",
    "Acme Corp said it intends to sell its Beta Inc unit to Gamma Corp.",
])
def test_a_planned_sale_to_a_named_buyer_is_agreed(extractor, sentence):
    assert _statuses(extractor, sentence, "divestment") == {"agreed"}


@pytest.mark.parametrize("sentence", [
    # eval/docs/train3.jsonl reuters-6811 (labelled proposed: no buyer)
    "TORONTO, March 18 - <Hawker Siddeley Canada Inc> said that, due to poor market conditions for railway freight "
    "car manufacturing, it plans to sell its Trenton Works division in Trenton, Nova Scotia.",
    # Reuters train reuters-11378 (the buyers unnamed)
    "GREENWOOD, Ind., March 31 - Brougher Insurance Group Inc said it plans to sell 40 pct of the stock of its "
    "subsidiary, Intercontinental Corp, for one mln dlrs to three European insurance companies.",
    "Acme Corp said it hopes to sell its Beta Inc unit to Gamma Corp.",
    "Acme Corp said it may plan to sell its Beta Inc unit to Gamma Corp.",
])
def test_a_sale_only_planned_or_hoped_stays_proposed(extractor, sentence):
    assert _statuses(extractor, sentence, "divestment") <= {"proposed"}


def test_a_proposal_to_sell_to_a_named_buyer_stays_proposed(extractor):
    # Reuters train reuters-6340: a proposal put to the buyer, not a deal struck
    sentence = ("SMC also proposed to sell a further five mln shares to A.N. Soriano Corp, the family company of San "
                "Miguel president Andres Soriano.")
    [r] = extractor.extract([(0, sentence, "")])
    assert "agreed" not in {m.status.value for m in r.mentions}


def test_a_sale_not_planned_is_no_deal(extractor):
    assert not _statuses(extractor, "Acme Corp said it does not plan to sell its Beta Inc unit to Gamma Corp.",
                         "divestment")


def _story(extractor, text: str, key: tuple[str, str, str]) -> list[str]:
    [r] = extractor.extract([(0, text, "")])
    return [m.status.value for m in sorted(r.mentions, key=lambda m: m.start) if m.key == key]


def test_a_planned_sale_whose_letter_of_intent_a_later_sentence_signs_is_agreed(extractor):
    # Reuters train reuters-11378 (judged: "letter of intent signed with named buyers -> agreed")
    text = ("GREENWOOD, Ind., March 31 - Brougher Insurance Group Inc said it plans to sell 40 pct of the stock of its "
            "subsidiary, Intercontinental Corp, for one mln dlrs to three European insurance companies.\nThe parent "
            "company said it signed a letter of intent to sell the stock to <WASA Europeiska Forsakrings AB> of Sweden, "
            "<Europeiske Reiseforsikring A/S> of Norway, and <Europeiska Rejseforsikrings A/S> of Denmark.")
    assert _story(extractor, text, ("divestment", "Brougher Insurance", "Intercontinental")) == ["proposed", "agreed"]


@pytest.mark.parametrize("later", [
    "The parent company said it will sign a letter of intent to sell the stock next week.",
    "The parent company said it has not signed a letter of intent to sell the stock.",
    "The parent company said it reached an agreement with its unions on wages.",
])
def test_a_document_not_signed_or_of_another_matter_leaves_the_plan(extractor, later):
    text = ("GREENWOOD, Ind., March 31 - Brougher Insurance Group Inc said it plans to sell 40 pct of the stock of its "
            "subsidiary, Intercontinental Corp, for one mln dlrs to three European insurance companies.\n" + later)
    assert _story(extractor, text, ("divestment", "Brougher Insurance", "Intercontinental")) == ["proposed"]

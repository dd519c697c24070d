"""A party of a deal that the sentence stating it names only by a description (ACROSS18): "the Ohio-based company"
as the object of a purchase is the company the story named last outside the sentence, where each company the
sentence names acts in it. Reuters train story reuters-904; the Fairchild and Purolator sentences are Reuters train
ones the rule read wrongly before it was narrowed (reuters-5690, reuters-6844)."""

from __future__ import annotations

from ..helpers import found

_CONS_GOLD = ("LONDON, March 3 - The U.K. Trade Department said it would not refer Consolidated Goldfields Plc's "
              "<CGLD.L> purchase of <American Aggregates Corp> to the Monopolies Commission.\nCons Gold said last month "
              "that its <ARC America Corp> unit had agreed to buy the Ohio-based company for 30.625 dlrs a share cash, or "
              "242 mln dlrs, in a deal recommended by the Aggregates board.")


def test_described_object_is_the_company_named_before(rules, judged):
    for extractor in (rules, judged):
        assert found(extractor, _CONS_GOLD).get(("acquisition", "ARC America", "American Aggregates")) == "agreed"


def test_bare_company_is_left_to_the_report_reading(rules):
    # "the company" alone is no description: it goes by what the named company reports (XREF3), not to the last named
    text = _CONS_GOLD.replace("the Ohio-based company", "the company")
    assert ("acquisition", "ARC America", "American Aggregates") not in found(rules, text)


def test_not_a_company_the_sentence_names(rules):
    text = ("NEW YORK, March 3 - Acme Corp said it agreed to sell its Bolt Inc unit.\nZenith Corp said it agreed to buy "
            "Bolt and that it will merge with the Ohio-based company.")
    assert not [k for k in found(rules, text) if k[0] == "merger"]


def test_not_where_a_company_named_is_only_a_possessor(rules):
    text = ("SAN FRANCISCO, March 16 - Motorola Inc said it is not interested in buying Fairchild Semiconductor Corp.\n"
            "Moreover, Fairchild's management is thought to be considering proposing a leveraged buyout of the "
            "Cupertino, Calif., company, analysts said.")
    assert ("acquisition", "Fairchild Semiconductor", "Motorola") not in found(rules, text)


def test_not_the_whole_company(rules):
    text = ("TORONTO, March 18 - Air Canada said it acquired Gelco Corp's Canadian unit.\nThe move followed a "
            "restructuring at Purolator Courier Corp, adopted after another Canadian company, <Unicorp Canada Corp>, "
            "acquired a 12.6 pct stake in Purolator and said it would consider acquiring the whole company.")
    assert not [k for k in found(rules, text) if k[1] == "Unicorp Canada" and k[2] != "Purolator Courier"]


def test_not_a_holding_told_by_its_possessive(rules):
    # "its stake in the U.S. firm" reads as held; Nippon had only agreed to buy it (reuters-7391, labelled `agreed` in
    # eval/history/relationships-dev4.jsonl)
    text = ("New York, March 19 - American Express Co's plan to sell a stake in its Shearson Lehman Brothers is believed "
            "to be a prelude to a public offering of shares in the brokerage unit, analysts said.\nAmerican Express "
            "earlier said it has a general understanding with Nippon Life Insurance Co of Japan to sell a 13 pct interest "
            "in Shearson for 530 mln dlrs.\nThe stocks of brokerage firms also climbed in response to the relatively high "
            "value Nippon put on its stake in the U.S. firm.")
    assert found(rules, text).get(("stake", "Nippon Life Insurance", "Shearson Lehman Brothers")) != "active"

"""Supply ties (issue 15, session 44): what is provided as none, money put up or lent, a court's order or
award sell nothing; "for X to provide" names the supplier; "the order, awarded by X" names the customer."""

from __future__ import annotations


def supply(rules, text: str) -> set[tuple[str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.source, m.target) for m in ex.mentions if m.type.value == "supply"}


def test_providing_no_support_supplies_nothing(rules):
    assert not supply(rules, "The agency said Corvane Airlines provided no support for its claim that the merger "
                             "would give Harlow Air Lines Inc monopoly power.")


def test_a_credit_line_provided_is_money_lent(rules):
    assert not supply(rules, "LOS ANGELES, April 3 - Tennant Industries Inc said it provided privately-owned "
                             "Marcell Foods Inc with a 23 mln dlr credit line needed for its reorganization.")


def test_a_sum_provided_is_money_put_up(rules):
    assert not supply(rules, "Orlon Steel Corp Chairman John Smith said Orlon and Kawada Steel Corp will provide "
                          "150 mln dlrs of the venture's financing, with Orlon providing 90 mln dlrs and Kawada 60 mln.")


def test_a_court_ordering_a_company_to_act_is_no_order(rules):
    assert not supply(rules, "Ferrand Electronics Inc said the suit also requests the court to order Maxwell "
                             "Industries Inc to immediately provide all information to bidders.")


def test_a_jurys_award_of_damages_is_no_contract(rules):
    assert not supply(rules, "HOUSTON, March 31 - Kendall Financial Services Inc said a jury has awarded two mln "
                             "dlrs in punitive damages against its Kendall Title Co subsidiary.")


def test_the_partner_named_before_the_purpose_provides(rules):
    found = supply(rules, "BETHESDA, Md., March 30 - Harwick Aerospace Corp said it signed an exclusive agreement "
                          "with Lomax Corp's Datalink Co for Datalink to provide data communications services.")
    assert ("Harwick Aerospace", "Datalink") not in found
    assert ("Datalink", "Harwick Aerospace") in found


def test_who_awarded_an_order_buys(rules):
    found = supply(rules, "ESSEN, March 25 - Brenner AG said its Brenner Technik GmbH unit has won a 130 mln "
                          "marks order to build a steel works in South Korea.\nIt said the order, awarded by the "
                          "Seoul Iron and Steel Co Ltd, involves a works due to go on stream in 1989.")
    assert not any(s.startswith("Seoul Iron") for s, _ in found)
    assert any(t.startswith("Seoul Iron") for _, t in found)


def test_an_order_of_goods_is_still_supply(rules):
    assert ("Delcor", "Nordic Telecom") in supply(rules, "MUNICH, March 31 - Delcor AG said it won a major order "
                                                      "from Nordic Telecom A/S for its digital switching system.")

"""A deal's amount, currency and percent (ATTR2, session 49): an amount that measures another noun (a gain, sales,
debt under review) or another deal is not the price; a bare "dlrs" is the dateline's dollar; a percentage held by
another company, a change of a figure or a share meant for other investors is not the holding."""

from __future__ import annotations

from keiretsu.extract.relations.attributes import amounts


def attrs(ex, text: str) -> dict[tuple[str, str, str], dict]:
    [r] = ex.extract([(1, text)])
    return {(m.type.value, m.source, m.target): {k: v for k, v in m.attributes.items() if k != "topics"}
            for m in r.mentions}


def test_amounts_read_the_currency_words_and_numbers_written_out():
    found = [a for _, a in amounts("for about two billion dlrs, 37 mln Canadian dlrs, 45 mln French francs, "
                                   "12 mln U.S. dlrs and 200 mln Hong Kong dlrs")]
    assert found == [(2_000_000_000, "-"), (37_000_000, "CAD"), (45_000_000, "FRF"), (12_000_000, "USD"),
                     (200_000_000, "HKD")]
    assert amounts("for a total of 1,700,0000 dlrs in cash") == []  # a typing slip: no figure is sure


def test_a_gain_on_a_sale_is_not_its_price(judged):
    found = attrs(judged, "LOS ANGELES, March 11 - Kestrel Pictures Ltd said it sold 456,900 shares of Arbor "
                          "Broadcasting Co common stock for a gain of 17.8 mln dlrs.")
    assert found and not any("amount" in a for a in found.values())


def test_a_companys_sales_are_not_a_deals_amount(judged):
    found = attrs(judged, "Varco, which owns Delmar Oil Co and Texas Gas Corp, had 60 pct of its 1986 sales of "
                          "14.94 billion dlrs from its oil and gas operations.")
    assert found and not any("amount" in a or "percent" in a for a in found.values())


def test_debt_under_review_is_not_the_price_and_a_price_written_in_words_is(judged):
    found = attrs(judged, "NEW YORK, March 9 - Standard and Poor's said it placed 6.6 billion dlrs of Halvers Corp "
                          "securities on CreditWatch with negative implications because of its plan to acquire the "
                          "outstanding common shares of Orland Motors Corp <AMO> from Pemberton Acceptance BV for "
                          "about two billion dlrs.")
    priced = [a for a in found.values() if "amount" in a]
    assert priced and all(a["amount"] == 2_000_000_000 and a["currency"] == "USD" for a in priced)


def test_a_bare_dollar_is_the_datelines_dollar(judged):
    found = attrs(judged, "CALGARY, Alberta, March 2 - Westair Airlines Corp said it acquired Northlake Air Lines "
                          "Ltd for 300 mln dlrs from its parent.")
    assert found[("acquisition", "Westair Airlines", "Northlake Air Lines")] == {"amount": 300_000_000,
                                                                                 "currency": "CAD"}
    found = attrs(judged, "GREENWICH, Conn., March 17 - Clabir Corp said its affiliate Ambor Inc has agreed to "
                          "acquire Kelso Foods Ltd for about 37 mln Canadian dlrs in cash.")
    assert {a.get("currency") for a in found.values() if "amount" in a} == {"CAD"}
    found = attrs(judged, "DALLAS, March 9 - Hogan Systems Inc said it acquired Tarrant Data Inc for 1.7 mln dlrs.")
    assert found[("acquisition", "Hogan Systems", "Tarrant Data")] == {"amount": 1_700_000, "currency": "USD"}


def test_a_percentage_owned_by_another_company_is_not_the_bids(judged):
    found = attrs(judged, "Marlin Ltd, which is 15 pct owned by Corvex Resources, yesterday said its bid valued "
                          "Tolka Resources Ltd at 248.5 mln dlrs.")
    bid = found[("acquisition", "Marlin", "Tolka Resources")]
    assert "percent" not in bid and bid["amount"] == 248_500_000


def test_a_share_meant_for_other_investors_is_not_the_bids_percent(judged):
    found = attrs(judged, "Diaz said New York investment bank Hollis and Co Inc told the agency it was interested in "
                          "tendering for all outstanding Tamar Corp stock, with the subsequent dispersal of 60 pct "
                          "of the stock to Filipino investors to comply with investment laws.")
    assert not any("percent" in a for a in found.values())


def test_a_change_of_a_figure_is_not_a_holding(judged):
    found = attrs(judged, "OSHAWA, Ontario, March 4 - Kessler Motors of Canada Ltd, 90 pct owned by Kessler Motors "
                          "Corp, said February car sales fell 17.8 pct to 25,779 units from 31,361 units.")
    assert found[("stake", "Kessler Motors", "Kessler Motors of Canada")]["percent"] == 90


def test_each_percentage_of_a_list_goes_to_the_company_it_is_of(judged):
    found = attrs(judged, "Halvers now owns 24 pct of Kitamura Motors Corp and 15 pct of <Vespari>, which may "
                          "serve as distribution channels in future, Hammes said.")
    assert found[("stake", "Halvers", "Vespari")]["percent"] == 15
    assert found[("stake", "Halvers", "Kitamura Motors")]["percent"] == 24


def test_in_a_list_of_deals_each_target_has_the_price_written_after_it(judged):
    found = attrs(judged, "MONTREAL, March 5 - Halvers Pacific Ltd said profit was lower. As previously reported, it "
                          "sold its 52.5 pct interest in Cominto Ltd <CLT> for 472 mln dlrs in October, 1986 and "
                          "Halvers Pacific Airlines Ltd for 300 mln dlrs in January, 1987.")
    assert found[("divestment", "Halvers Pacific", "Halvers Pacific Airlines")] == {"amount": 300_000_000,
                                                                                    "currency": "CAD"}
    assert found[("divestment", "Halvers Pacific", "Cominto")]["amount"] == 472_000_000


def test_francs_of_no_known_place_give_no_amount(judged):
    found = attrs(judged, "NEW YORK, March 5 - Kestrel Corp said it agreed to acquire Dorval SA for 45 mln francs.")
    assert found and not any("amount" in a for a in found.values())
    found = attrs(judged, "PARIS, March 5 - Kestrel Corp said it agreed to acquire Dorval SA for 45 mln francs.")
    assert {a.get("currency") for a in found.values() if "amount" in a} == {"FRF"}


def test_pounds_weighed_are_no_money():
    assert [a for _, a in amounts("it bought 11.1 mln pounds of flour for 1.1 mln dlrs")] == [(1_100_000, "-")]
    assert [a for _, a in amounts("The acquisition of Tarrow for 117 million pounds")] == [(117_000_000, "GBP")]

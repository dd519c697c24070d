"""Deals read onto the wrong pair in 1987 wire copy: a rating agency or a bank made a bidder for a
person's bid, an offer's minimum acceptance read as a stake, "X, its Y unit" read the wrong way round,
a division credited with its parent's takeover, a refused or denied deal, a business left out of a
sale, products counted as a company, and "it" read as a company the story stopped telling of. The
sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_a_persons_bid_makes_the_agency_reviewing_debt_no_bidder(rules):
    got = found(rules, "NEW YORK, March 9 - Halcott Ratings Corp said it is reviewing debt of Vandry Resorts Inc "
                       "with negative implications following New York investor Martin Sosnoff's 700 mln dlr bid "
                       "to buy the Vandry Resorts common shares he does not yet own.")
    assert not any(s == "Halcott Ratings" for _, s, _ in got), got


def test_a_company_bid_is_still_read(rules):
    got = found(rules, "Orlen Corp said Tamsin Inc's 300 mln dlr bid to buy the Orlen shares it does not own "
                       "was inadequate.")
    assert ("acquisition", "Tamsin", "Orlen") in got, got


def test_an_offers_minimum_acceptance_is_no_stake(rules):
    got = found(rules, "Brixton Holdings Ltd launched a full takeover bid for Calder Stores Ltd at 4.35 dlrs a "
                       "share. Brixton said the offer is conditional on minimum acceptances totalling 30 mln "
                       "shares, just under 25 pct of the 120.4 mln Calder shares on issue.")
    assert ("acquisition", "Brixton", "Calder Stores") in got, got
    assert not any(k[0] == "stake" for k in got), got


def test_the_shares_a_company_has_are_its_own(rules):
    got = found(rules, "Marlow Air Group said Piedra Airlines has about 23.1 mln common shares on a fully diluted "
                       "basis, adding its offer is conditioned on the tender of at least 9.3 mln shares, "
                       "representing 40.2 pct of the shares.")
    assert not any(k[0] == "stake" for k in got), got


def test_its_unit_set_beside_a_company_is_that_companys(rules):
    got = found(rules, "Last week, Carrow Financial Corp, its Dunmore Securities Inc unit, and Pellam Inc's "
                       "Pellam Brothers unit were subpoenaed for records.")
    assert ("stake", "Carrow Financial", "Dunmore Securities") in got, got
    assert ("stake", "Dunmore Securities", "Carrow Financial") not in got, got


def test_a_unit_named_with_a_lumora_before_the_noun_is_still_owned_by_it(rules):
    got = found(rules, "Kestrel Motors Inc, a Lumora Corp unit, said it sold its plant to Tamsin Inc.")
    assert ("stake", "Lumora", "Kestrel Motors") in got, got


def test_merged_into_a_division_is_taken_in_by_the_divisions_company(rules):
    got = found(rules, "HELSINKI, March 6 - Finland's medical group Kalvonen Oy <KALV.HE> said it has acquired "
                       "<Halden Oy>, a subsidiary of Pemberly Oy. It said in a statement Halden will be merged into "
                       "Kalvonen's Professional Electronics and Information Systems Division.")
    assert ("acquisition", "Kalvonen Oy", "Halden Oy") in got, got
    assert not any(s.endswith("Division") for _, s, _ in got), got


def test_no_funding_is_no_investment(rules):
    got = found(rules, "Euras Bank broke even in 1986 and required no funding from Orlen Bank AG, he said.")
    assert not any(k[0] == "investment" for k in got), got


def test_a_sale_refused_is_no_sale(rules):
    got = found(rules, "Brisco Chemical Corp refused to sell its entire business to Tamsin Ink Co after learning "
                       "that Tamsin planned to liquidate it.")
    assert not any(k[0] in ("divestment", "acquisition") for k in got), got


def test_a_business_kept_out_of_a_sale_is_no_asset_sold(rules):
    got = found(rules, "Halvard Corp said it would sell all of its businesses other than the Pemberly Air Filter "
                       "business and pay part of its debt with the proceeds.")
    assert not any(t == "Pemberly Air Filter" for _, _, t in got), got


def test_products_counted_are_no_company(rules):
    got = found(rules, "Automotive News said Kestrel Motor Co dealers had sold only 455 1987-model Kestrel Tempos "
                       "equipped with airbags.")
    assert not any(t == "Kestrel Tempos" for _, _, t in got), got


def test_a_holder_counted_by_percent_is_still_read(rules):
    got = found(rules, "Kiena said 57 pct-owner Halvard Red Lake Mines Ltd was expected to vote in favor of the "
                       "split.")
    assert ("stake", "Halvard Red Lake Mines", "Kiena") in got, got


def test_recent_acquisitions_elsewhere_are_no_takeover_of_a_rival(rules):
    got = found(rules, "Pinola said Tamsin Pacific Corp, with its recent acquisitions in Arizona and Oregon, is "
                       "quickly becoming a competitor in areas where Orlen Bancorp has long dominated.")
    assert not any(k[0] == "acquisition" for k in got), got


def test_it_after_a_sentence_opened_by_another_company_is_not_the_earlier_speaker(rules):
    got = found(rules, "PEAPACK, N.J., March 13 - Conroe Inc said it has signed a definitive agreement to acquire "
                       "Western Dunmore Life Insurance Co from Belmar Corp for 275 mln dlrs.\n"
                       "Western Dunmore had assets of 1.9 billion dlrs and sells tax-sheltered annuities.\n"
                       "Belmar had previously announced plans to leave the insurance business. On March Three, it "
                       "said it agreed in principle to sell its Kestrel Insurance Co and Halden Insurance Co "
                       "subsidiaries to a management-led group for 98 mln dlrs.")
    assert not any(s.startswith("Western Dunmore") and t.startswith(("Kestrel", "Halden")) for _, s, t in got), got


def test_a_rating_agency_is_no_buyer_of_what_its_rated_company_buys(rules):
    got = found(rules, "Halcott Investors Service Inc said it lowered the ratings of Acme Corp following its "
                       "agreement to buy Bolt Inc.")
    assert not any("Halcott" in s for _, s, _ in got), got


def test_a_rating_agency_still_tells_the_units_of_what_it_rates(rules):
    got = found(rules, "NEW YORK, April 7 - Halcott Investors Service Inc said it downgraded 1.8 billion dlrs of "
                       "long-term debt of Acme Corp and its finance unit Acme Credit Co.")
    assert ("stake", "Acme", "Acme Credit") in got, got


def test_a_company_cutting_its_debt_is_no_rating_agency(rules):
    got = found(rules, "Acme Corp said it cut its debt by selling its Bolt unit to Calder Inc.")
    assert ("divestment", "Acme", "Bolt") in got, got


def test_a_merger_a_regulator_rejected_is_called_off(rules):
    got = found(rules, "The Interstate Commerce Commission rejected the merger of Halvard Railroad Co and "
                       "Pemberly Railways Inc.")
    assert got.get(("merger", "Halvard Railroad", "Pemberly Railways")) == "called_off", got


def test_a_person_who_holds_a_stake_through_a_company_makes_the_company_no_holder_of_it(rules):
    got = found(rules, "Carl Lindner, who holds his Taft Broadcasting Co stake through American Financial Corp and "
                       "its subsidiaries, said he is also considering buying more Taft stock.")
    assert ("stake", "Taft Broadcasting", "American Financial") not in got, got


def test_a_company_which_holds_a_stake_still_holds_it(rules):
    got = found(rules, "Acme Corp, which holds a 20 pct stake in Bolt Inc, said it would buy more.")
    assert ("stake", "Acme", "Bolt") in got, got


def test_an_unnamed_units_bid_is_its_parents(rules):
    got = found(rules, "Halvard Petroleum Co PLC's announcement that its U.S. subsidiary intends to tender for the 45 "
                       "pct of Standard Pemberly Co it does not already own lifted oil stocks, traders said.")
    assert ("acquisition", "Halvard Petroleum", "Standard Pemberly") in got, got


def test_a_named_units_agreement_is_the_units(rules):
    got = found(rules, "Acme Airlines Inc said its Bolt Air subsidiary signed a marketing agreement with Calder "
                       "Air Inc.")
    assert ("alliance", "Bolt Air", "Calder Air") in got, got


def test_a_rival_bidder_is_no_target(rules):
    got = found(rules, "The offer tops a 40 dlr a share bid from Acme Corp and a 42 dlr bid from Bolt Inc.")
    assert ("acquisition", "Bolt", "Acme") not in got, got


def test_the_names_of_what_a_merger_forms_are_no_parties(rules):
    got = found(rules, "NEW YORK, March 2 - Halvard Advertising, a subsidiary of Pemberly Worldwide, said it will "
                       "merge with two other Pemberly units to form a new entity under Pemberly called Halvard/DHB "
                       "and Bess.")
    assert not any("Bess" in (s, t) for _, s, t in got), got


def test_the_parties_of_a_merger_forming_a_named_company_are_still_read(rules):
    got = found(rules, "Acme Corp and Bolt Inc agreed to merge to form a new company called Calder Holdings Inc.")
    assert ("merger", "Acme", "Bolt") in got, got


def test_on_the_order_of_is_an_amount_no_order(rules):
    got = found(rules, "The state oil company said Halvard will pay on the order of 30 mln dlrs for the half "
                       "interest in Pemberly Petroleum Co.")
    assert not any(k[0] == "supply" for k in got), got


def test_an_order_placed_is_still_a_supply(rules):
    got = found(rules, "Acme Corp said it received an order from Bolt Inc for 12 jets.")
    assert ("supply", "Acme", "Bolt") in got, got


def test_a_bank_acting_on_behalf_of_a_person_is_no_investor(rules):
    got = found(rules, "Kestrel Corp also said the Private Bank and Trust of Halden, on behalf of Kestrel director "
                       "Terence Ramsden, intends to subscribe for two mln shares of Pemberly Lace Co.")
    assert not any("Private Bank" in s for _, s, _ in got), got


def test_a_division_whose_assets_were_sold_is_no_longer_held(rules):
    got = found(rules, "WALTHAM, Mass., April 1 - Halvard Compo NV said it has sold the assets of its Equipment and "
                       "Machinery Division for about six mln dlrs to an investment group.")
    assert got.get(("stake", "Halvard Compo", "Equipment and Machinery Division")) == "ended", got


def test_a_division_whose_assets_are_to_be_sold_is_held_still(rules):
    got = found(rules, "Kestrel Inc said it has agreed to sell the assets and business of its Novatronics Division "
                       "to Pemberly Instruments Inc for 20 mln dlrs.")
    assert got.get(("stake", "Kestrel", "Novatronics Division")) == "active", got


def test_a_stake_a_bidder_needs_is_no_stake_held(rules):
    got = found(rules, "Halvard opposes the Pemberly merger and analysts say Halvard Corp needs a 25 pct stake in "
                       "Calder Enterprises Ltd to prevent it occurring.")
    assert got.get(("stake", "Halvard", "Calder Enterprises")) == "proposed", got


def test_a_purchase_order_is_a_supply_no_sale(rules):
    got = found(rules, "Kestrel Products Inc said it received a purchase order from Halden Communications Inc for "
                       "pay TV security products to be included in Halden-Comm's control systems.")
    assert not any(k[0] in ("acquisition", "divestment") for k in got), got
    assert ("supply", "Kestrel Products", "Halden Communications") in got, got

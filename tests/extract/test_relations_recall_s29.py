"""Relationships wire copy states that the rules missed: a company the story named before written again
alone ("Ducommun said ..."), names wire copy marks in angle brackets after a preposition, a list behind
"investors including", a takeover whose bidder comes before its target, a sale that names no seller, a bid
to "tender for" the rest of a company, "the two airlines"; and what must stay unsaid: a holder no one is
("each X shareholder"), a stake in nothing named, a maker of the goods sold, a question not answered, the
company telling of a deal, an investment partnership, the rest of another company bought, "steps taken" as
a status. The rules alone are tested; the sentences are written for these tests and the companies in them
are invented."""

from __future__ import annotations

from ..helpers import companies, found


def test_a_one_word_company_named_again_before_said_is_that_company(rules):
    got = found(rules, "Ducallen Inc said it sold its Arrow Parts Co division to a group of investors.\n"
                       "Ducallen said it sold Metermont last month.")
    assert got.get(("divestment", "Ducallen", "Metermont")) == "active"


def test_a_company_named_again_before_a_relative_clause_is_that_company(rules):
    got = found(rules, "Carbridge Milwaukee Corp said profits rose.\nCarbridge Milwaukee, which sold its railroad "
                       "interests to Sooth Line Railroad Co in February 1985, currently manages real estate.")
    assert got.get(("divestment", "Carbridge Milwaukee", "Sooth Line Railroad")) == "active"


def test_a_stake_in_nothing_named_sold_to_a_buyer_ends_no_stake_in_the_buyer(rules):
    got = found(rules, "Carbridge Milwaukee Corp, which sold its railroad interests to Sooth Line Railroad Co in "
                       "February 1985, currently manages real estate.")
    assert ("stake", "Carbridge Milwaukee", "Sooth Line Railroad") not in got


def test_the_maker_of_goods_named_again_is_no_company_of_the_sentence(rules):
    text = "Bellcraft Corp said it would renovate the planes.\nMidwest Aero said it expects to sell ten of the " \
           "renovated Bellcraft planes next year."
    assert not any(k[0] == "divestment" and k[2] == "Bellcraft" for k in found(rules, text))


def test_a_merger_between_two_marked_names_with_the_speaker_after_them(rules):
    got = found(rules, "WELLINGTON, March 26 - The Commerce Commission has approved a proposed merger between "
                       "<Progrest Enterprises Ltd> and <Rainbow Corp Ltd>, Rainbow said in a statement.")
    assert got.get(("merger", "Progrest Enterprises", "Rainbow")) == "agreed"


def test_each_holder_is_no_holder_named(rules):
    got = found(rules, "Under the terms of the merger, each Lieburn Corp shareholder will receive .3322 shares of "
                       "Emmerton Electric Co stock for each Lieburn Corp share.")
    assert not any(k[0] == "stake" for k in got)


def test_money_raised_from_investors_including_a_list_is_each_ones_investment(rules):
    got = found(rules, "Forecastle Technologies Inc has raised almost $80 million from investors including "
                       "Pitanga Venture Capital Ltd and Axcel Partners LP, according to the company.")
    assert got.get(("investment", "Pitanga Venture Capital", "Forecastle Technologies")) == "active"
    assert got.get(("investment", "Axcel Partners", "Forecastle Technologies")) == "active"


def test_a_takeover_by_a_bidder_of_a_target(rules):
    got = found(rules, "The minister repeated his concern about an attempted takeover by Japan's Fujimoto Ltd of "
                       "Fairhaven Computer Corp.")
    assert any(k == ("acquisition", "Fujimoto", "Fairhaven Computer") for k in got)


def test_the_sale_of_the_speaker_to_a_buyer_is_the_buyers_acquisition(rules):
    got = found(rules, "Allerton International Inc said the suit was aimed at blocking the sale of Allerton "
                       "International to an affiliate of First Bastion Inc.")
    assert ("acquisition", "First Bastion", "Allerton International") in got


def test_a_story_name_is_not_read_in_an_english_word(rules):
    names = companies(rules, "Total SA said it would sell its stake in Borelle Chemicals Inc.\n"
                             "Total revenue rose 5 pct after the sale of the stake.")
    assert "Total" in names


def test_a_sale_naming_what_is_sold_and_the_buyer_but_no_seller(rules):
    got = found(rules, "Officials said the minister has serious concerns about the sale of Fairhaven Semiconductor "
                       "Corp to Fujimoto Ltd, another major electronics firm.")
    assert ("acquisition", "Fujimoto", "Fairhaven Semiconductor") in got


def test_to_tender_for_the_rest_of_a_company_is_a_bid(rules):
    got = found(rules, "Brixton Petroleum Co PLC's U.S. subsidiary intends to tender for the 45 pct of Stanford Oil "
                       "Co it does not already own.")
    assert got.get(("acquisition", "Brixton Petroleum", "Stanford Oil")) == "proposed"
    assert got.get(("stake", "Brixton Petroleum", "Stanford Oil")) == "active"


def test_holders_tendering_shares_make_no_bid_of_the_speaker(rules):
    got = found(rules, "Acton Corp said holders tendered for cash 5 mln shares of Bexley Inc.")
    assert not any(k[1] == "Acton" for k in got)


def test_a_question_not_answered_states_no_deal(rules):
    got = found(rules, "The spokesman declined to comment on whether Chryston Corp was interested in acquiring "
                       "control of Lambertini SpA.")
    assert not any(k[0] == "acquisition" for k in got)


def test_the_company_telling_of_a_deal_after_it_is_no_party(rules):
    got = found(rules, "Interco Security Ltd, employing 850 people, provides a full range of security equipment "
                       "and services, Janmock Ltd said.")
    assert not any(k[0] == "supply" for k in got)


def test_an_investment_partnership_is_a_fund_not_an_investment(rules):
    got = found(rules, "Bessing Securities Corp, a New York investment firm, Cillard Associates L.P., a New York "
                       "investment partnership, and related entities said they bought 156,000 Intermont Inc common "
                       "shares.")
    assert not any(k[0] == "investment" for k in got)


def test_the_rest_bought_of_another_company_leaves_no_stake_in_the_first(rules):
    got = found(rules, "Conwell Inc said it also completed the acquisition of Bristow Monarch Corp and that Tridon "
                       "Seafoods Corp completed the purchase of the remaining 50 pct stake of San Juno Seafoods Inc.")
    assert ("stake", "Conwell", "Bristow Monarch") not in got


def test_the_two_airlines_are_the_two_named_before(rules):
    got = found(rules, "Delmar Air Lines said a court order requiring Westway Air Lines to arbitrate with two of its "
                       "unions will not delay the April 1 merger between the two airlines.")
    assert got.get(("merger", "Delmar Air Lines", "Westway Air Lines")) == "agreed"


def test_steps_taken_end_nothing(rules):
    got = found(rules, "Ducallen Inc said it sold its Arrow Parts Co division to a group of investors.\nDucallen "
                       "said the sale, coupled with its sale last month of Metermont, were steps taken to improve its "
                       "balance sheet.")
    assert got.get(("divestment", "Ducallen", "Metermont")) == "active"

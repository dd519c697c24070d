"""Relationships in modern filings and news (MOD3, session 44): an agreement "to be acquired by" has its signer
bought; a bracketed "(acquired by X)" is said of the name it follows; "Y became a wholly-owned subsidiary of X"
read from the words where the parse leaves the verb without a subject; and the writer's "we" or "our" acts
itself, so a company named before it in another role is no party."""

from __future__ import annotations


def ties(rules, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


def test_the_signer_of_an_agreement_to_be_acquired_is_bought(rules):
    found = ties(rules, "Plaid Inc has signed a definitive agreement to be acquired by Visa Inc.")
    assert ("acquisition", "Visa Inc", "Plaid") in found
    [ex] = rules.extract([(1, "Alpha Corp terminated its agreement to be acquired by Gamma Inc.")])
    assert [(m.type.value, m.source, m.target, m.status.value) for m in ex.mentions] == \
        [("acquisition", "Gamma", "Alpha", "called_off")]


def test_whose_agreement_to_be_acquired_it_is(rules):
    found = ties(rules, "S/P said the move follows Gurantee's definitive agreement to be acquired by Glendale "
                        "Federal Savings and Loan, the fifth largest S and L in the U.")
    assert ("acquisition", "Glendale Federal Savings and Loan", "Gurantee") in found
    # "the airline's agreement": not the company that spoke of it
    found = ties(rules, "NEW YORK, March 9 - Moody's Investors Service Inc said it may downgrade 120 mln dlrs of "
                        "debt of Piedmont Aviation Inc because of the airline's agreement to be acquired by USAir "
                        "Group Inc <U>.")
    assert not any(t[2] == "Moody's Investors Service" for t in found)


def test_a_bracketed_acquired_by_is_said_of_the_name_before_it(rules):
    found = ties(rules, "Sandoz Inc. and Paddock Laboratories, Inc. (acquired by Perrigo Company in August 2011) "
                        "also filed suits.")
    assert found == {("acquisition", "Perrigo", "Paddock Laboratories")}


def test_became_a_subsidiary_of_with_the_verb_left_without_a_subject(rules):
    found = ties(rules, "The transaction was completed on April 8, 2011 and SynthRx became a wholly-owned "
                        "subsidiary of Mast Therapeutics.")
    assert found == {("stake", "Mast Therapeutics", "SynthRx")}
    found = ties(rules, "Based on PNC s interests in and relationships with BlackRock, BlackRock is deemed to be a "
                        "non-bank subsidiary of PNC and is therefore subject to the supervision of the Federal Reserve.")
    assert ("stake", "PNC", "BlackRock") in found
    found = ties(rules, "Union Miniere is a wholly owned subsidiary of Societe Generale de Belgique <BELB.BR>.")
    assert ("stake", "Societe Generale de Belgique", "Union Miniere") in found


def test_the_writers_sale_leaves_the_company_of_an_earlier_clause_out(rules):
    found = ties(rules, "We have entered into a license agreement with AEG Inc and sold Paciolan Inc to "
                        "Comcast-Spectacor, L.P., thus satisfying those two requirements.")
    assert found == {("acquisition", "Comcast-Spectacor", "Paciolan")}
    assert ties(rules, "We signed a supply deal with Acme Corp and acquired Beta Inc last year.") == set()


def test_our_ownership_is_the_writers(rules):
    assert not any(t[0] == "stake" for t in ties(
        rules, "We manage NuStar Energy through our ownership of NuStar GP, LLC and Riverwalk Holdings, LLC."))


def test_a_company_that_has_the_writer_speak_still_acts(rules):
    assert ties(rules, "Acme Corp said we will acquire Beta Inc.") == {("acquisition", "Acme", "Beta")}


def test_the_seller_an_acquisition_of_names_sells_whoever_buys(rules):
    found = ties(rules, "Net proceeds were used to finance a portion of the acquisition of Barclays Global Investors "
                        "(BGI) from Barclays on December 1, 2009.")
    assert ("divestment", "Barclays", "Barclays Global Investors") in found
    # what "of" names is a hotel, no company: nothing is said sold
    found = ties(rules, "Bally recently completed a 439 mln dlrs acquisition of the Golden Nugget casino hotel in "
                        "Atlantic City from Golden Nugget Inc <GNG.")
    assert not any(t[0] == "divestment" for t in found)


def test_each_name_listed_after_a_plural_unit_noun_is_a_subsidiary(rules):
    found = ties(rules, "The accompanying consolidated financial statements include the accounts of SilverSun "
                        "Technologies, Inc. and its majority owned subsidiaries, SWK Technologies, Inc. and BTSG "
                        "Acquisition Corp.")
    assert {("stake", "SilverSun Technologies", "SWK Technologies"),
            ("stake", "SilverSun Technologies", "BTSG Acquisition")} <= found
    found = ties(rules, "Alpha Holdings Inc said its subsidiaries, Beta Corp, Delta Inc and Gamma Inc, had filed suit.")
    assert {("stake", "Alpha", "Beta"), ("stake", "Alpha", "Delta"), ("stake", "Alpha", "Gamma")} <= found


def test_a_list_of_units_ends_at_its_and(rules):
    found = ties(rules, "Mitsui, through its subsidiaries, Mitsui and Co USA Inc and Mitsui Steel Development Co "
                        "Inc, and Steel Technologies each will own 50 pct of the new company, the company said.")
    assert not any(t[0] == "stake" and t[2] == "Steel Technologies" for t in found)


def test_a_national_arm_named_after_its_parent_is_its_subsidiary(rules):
    found = ties(rules, "“ Uber has grown exponentially in India, a global priority market for us, ” Amit Jain, "
                        "President of Uber India said in a statement.")
    assert ("stake", "Uber", "Uber India") in found
    # two arms of one parent, and a parent whose own name ends in a place, own no arm
    assert not any(t[0] == "stake" for t in ties(rules, "Bank of America and Bank of Ireland signed a deal."))
    assert not any(t[0] == "stake" for t in ties(rules, "Alpha Australia Ltd and Alpha Australia Canada Ltd met."))


def test_the_company_a_deal_goes_through_is_no_party(rules):
    assert ties(rules, "In addition, Unitymedia KabelBW purchases a portion of the electricity required for the "
                       "operation of its networks through Deutsche Telekom under such agreements.") == set()
    assert ties(rules, "Holiday Inns also sold Thursday via Drexel 500 mln dlrs of subordinated debentures due "
                       "1999 with an 11 pct coupon and par pricing.") == set()
    # the unit a purchase is made through is the buyer's still
    found = ties(rules, "Alpha Corp acquired Beta Inc through its Gamma unit.")
    assert ("acquisition", "Alpha", "Beta") in found and ("acquisition", "Alpha", "Gamma") not in found
    [ex] = rules.extract([(1, "Alpha Corp acquired Beta Inc through its Gamma unit.")])
    assert {(m.source, m.target, m.status.value) for m in ex.mentions if m.type.value == "stake"} == \
        {("Alpha", "Gamma", "active")}


def test_a_thing_one_company_uses_and_another_owns_ties_neither(rules):
    assert ties(rules, "(4) The office space and studio used by KJTL and KJBO-LP are owned by KFDX.") == set()
    assert ties(rules, "The plant operated by Alpha Inc is owned by Beta Corp.") == set()
    assert ties(rules, "Alpha Inc is owned by Beta Corp.") == {("stake", "Beta", "Alpha")}

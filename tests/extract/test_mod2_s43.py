"""Session 43: modern business prose (products in a list of brands, a firm opening with an English
word before a title and a person, a stake said in a relative clause of an appositive)."""

from keiretsu.models import EntityKind


def _extract(rules, text: str):
    [ex] = rules.extract([(1, text)])
    companies = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    people = {e.name for e in ex.entities if e.kind is EntityKind.PERSON}
    ties = {(m.type.value, m.source, m.target) for m in ex.mentions}
    return companies, people, ties


def test_names_only_in_a_list_of_brands_are_products(rules):
    companies, _, _ = _extract(rules, "Varlo Foods, which owns famous brands such as Frostello and Tom & Mary's, "
                                      "said ice cream sales rose.")
    assert "Varlo Foods" in companies
    assert not companies & {"Frostello", "Tom & Mary", "Tom & Mary's"}


def test_a_brand_the_story_names_elsewhere_as_a_firm_stays(rules):
    companies, _, _ = _extract(rules, "Varlo Foods owns brands such as Frostello and Kestrel Snacks. "
                                      "Kestrel Snacks Inc said it would hire 200 workers.")
    assert "Kestrel Snacks" in companies


def test_a_firm_opening_with_a_designator_word_before_a_partner_and_a_name(rules):
    companies, people, ties = _extract(rules, '"Parties will move quicker to freeze assets," said Holding Marlowe '
                                              "partner Dana Whitlock.")
    assert "Holding Marlowe" in companies and "Holding Marlowe" not in people
    assert ("role", "Dana Whitlock", "Holding Marlowe") in ties


def test_a_designator_word_alone_before_a_title_is_no_firm(rules):
    companies, _, _ = _extract(rules, "Group Treasury director Dana Whitlock said rates would rise.")
    assert not companies


def test_stake_in_a_relative_clause_of_an_appositive_with_a_third_firm(rules):
    _, _, ties = _extract(rules, "The success of Brontela's offer will depend on the response of Zorvex, the "
                                 "tobacco company which makes Kestrel cigarettes and which is a 27% shareholder "
                                 "in Halvorsen Breweries.")
    assert ("stake", "Zorvex", "Halvorsen Breweries") in ties
    assert not any(t[0] == "stake" and "Brontela" in t[1:] for t in ties)


def test_a_co_owner_of_a_plant_holds_no_other_firm(rules):
    _, _, ties = _extract(rules, "The regulator licensed the Vogtle plant, said Southern Co <SO> unit Georgia Power, "
                                 "which is a co-owner of the plant.")
    assert ("stake", "Georgia Power", "Southern") not in ties


def test_offering_a_product_for_customers_is_no_bid(rules):
    _, _, ties = _extract(rules, "Varlo also partners with QXSolutions to offer the QXSuite private exchange "
                                 "for employers and the QXStore online marketplace for individuals.")
    assert not any(t[0] == "acquisition" for t in ties)


def test_an_offer_of_a_price_for_shares_is_still_a_bid(rules):
    _, _, ties = _extract(rules, "Varlo Corp offered 20 dlrs for shares of Brontela Inc.")
    assert ("acquisition", "Varlo", "Brontela") in ties


def test_a_firms_subsidiaries_are_the_names_after_the_verb(rules):
    _, _, ties = _extract(rules, "Varlo Corp's two largest subsidiaries are Zorvex Mining and Brontela Energy.")
    assert {("stake", "Varlo", "Zorvex Mining"), ("stake", "Varlo", "Brontela Energy")} <= ties


def test_its_principal_subsidiary_is_the_speakers(rules):
    _, _, ties = _extract(rules, "Varlo Corp said its principal subsidiary is Zorvex Mining.")
    assert ("stake", "Varlo", "Zorvex Mining") in ties
    assert ("stake", "Zorvex Mining", "Varlo") not in ties

"""Session 43 (MOD1): modern financial web copy: press-release contact lines, addresses run into names,
national arms named after their parent, "from" a firm, well-known modern firms."""

from keiretsu.models import EntityKind, RelationType


def _read(rules, text: str):
    [ex] = rules.extract([(1, text)])
    companies = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    roles = {(m.source, m.target) for m in ex.mentions if m.type is RelationType.ROLE}
    return companies, roles


def test_a_contact_line_gives_its_person_the_one_company_it_names(rules):
    _, roles = _read(rules, "Media Contact: Dana Whitlock, E.V.P. Products & Customer Delivery, Brontela Inc. "
                            "dwhitlock (at) brontela (dot) com")
    assert ("Dana Whitlock", "Brontela") in roles
    _, roles = _read(rules, "Contact: Brontela Inc. Dana Whitlock, 925-324-8688 pr@brontela.com")
    assert ("Dana Whitlock", "Brontela") in roles
    _, roles = _read(rules, "Media Contact Tyler Achilles PR for Zignal Labs zignal@shiftcomm.com (415) 591-8425")
    assert ("Tyler Achilles", "Zignal Labs") in roles


def test_a_contact_line_with_several_companies_or_a_firm_called_contact_gives_no_contact_role(rules):
    _, roles = _read(rules, "Investor Contacts: Dana Whitlock, Brontela Inc., 555-1234; Tom Hart, Zorvex "
                            "Partners LLC, 555-9876")
    assert not roles
    # "Contact Energy" is a firm's name, not a contact line: its chief executive is its own
    _, roles = _read(rules, "Contact Energy chief executive Tom Hart said Meridian Energy would buy the plant.")
    assert roles == {("Tom Hart", "Contact Energy")}


def test_a_contact_cue_in_a_sentence_without_people_names_no_one(rules):
    companies, roles = _read(rules, "Contact us. Brontela Inc. makes pumps.")
    assert not roles and "Brontela" in companies


def test_an_email_address_ends_a_company_name(rules):
    # (the model reads "Zignal Labs zignal@shiftcomm.com" as one organisation)
    companies, _ = _read(rules, "Media Contact Tyler Achilles PR for Zignal Labs zignal@shiftcomm.com (415) 591-8425")
    assert companies == {"Zignal Labs"}


def test_a_known_firms_national_arm_is_a_company_of_its_own(rules):
    companies, roles = _read(rules, "Amit Rao, President of Uber India, said the firm would hire 500 drivers.")
    assert "Uber India" in companies and "Uber" not in companies
    assert ("Amit Rao", "Uber India") in roles
    companies, _ = _read(rules, "BP Australia said it had sold its stake in the refinery.")
    assert companies == {"BP Australia"}


def test_a_place_after_a_known_firm_that_starts_another_clause_or_says_a_market_is_no_arm(rules):
    companies, _ = _read(rules, "Toyota said Canada sales rose 4 pct in March.")
    assert companies == {"Toyota"}
    # a state tells where the parent works
    companies, _ = _read(rules, "Chevron Texas said it would cut 200 jobs.")
    assert "Chevron Texas" not in companies
    # a news outlet told something is no firm's arm
    companies, _ = _read(rules, "Officials told Reuters Pakistan had suspended the licences.")
    assert "Reuters Pakistan" not in companies


def test_a_person_from_a_firm_set_off_by_commas_works_there(rules):
    _, roles = _read(rules, "Selling agent Dana Whitlock, from Kestrel Real Estate, said the offer was in the "
                            "asking range.")
    assert ("Dana Whitlock", "Kestrel Real Estate") in roles
    _, roles = _read(rules, "Tom Hart, from Canada, said the deal was good.")
    assert not roles


def test_well_known_modern_firms_are_found_in_sentences_the_parser_skips(rules):
    companies, _ = _read(rules, "I spent my career in consumer banking, working for Citibank and Barclays.")
    assert {"Citibank", "Barclays"} <= companies
    companies, _ = _read(rules, "Her lead held in a recent Reuters/Ipsos opinion poll.")
    assert "Ipsos" in companies


def test_common_words_run_into_a_name_the_story_gave_alone_go(rules):
    companies, _ = _read(rules, "Kestrel Mining Corp agreed to buy Orbis Rail Inc for 40 mln dlrs. Smaller Kestrel "
                                "Mining said it had bought a stake in Zeta Tools Inc.")
    assert companies == {"Kestrel Mining", "Orbis Rail", "Zeta Tools"}


def test_a_unit_named_after_its_parent_keeps_its_own_name(rules):
    # initials or a people's name before the parent's name make a unit's name, not a heading's words
    companies, _ = _read(rules, "WOODLAND HILLS, Calif., April 7 - Perceptronics Inc said its FAAC Perceptronics "
                                "subsidiary received a 2.7 mln dlr contract.")
    assert "FAAC Perceptronics" in companies

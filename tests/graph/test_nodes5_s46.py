"""Company nodes of a full wire build that name a plant, a product or a body, not a firm (2026-12-05, session 46):
a name a plant's generating unit is written after once, whose "units" are then the plant's; a name given
to a thing ("a system, called"); and a name whose every story writes it as a thing's or a body's elsewhere.
The names are made up."""

from __future__ import annotations

from keiretsu.graph.nodes import company, not_companies


def test_a_plant_named_once_with_its_generating_unit_is_no_company():
    assert not company([
        ("Kelvar Canyon", "Pacific Power Co said its ", " Unit 2 nuclear power plant will begin", 10, -1),
        ("Kelvar Canyon", "Pacific Power's two ", " units generate about 2.2 mln kilowatts", 6, -1),
    ])


def test_a_generating_unit_in_one_naming_of_several_says_plant():
    assert not company([
        ("Dexter", "the revised ", " budget estimate was due to several factors", 30, -1),
        ("Dexter", "would cap the price of ", " its customers would be asked to pay", 40, -1),
        ("Dexter's", "the scheduled completion of ", " Unit Two to June 1989", 40, -1),
    ])


def test_a_firm_with_units_and_no_generating_unit_stays():
    assert company([("Kelvar Canyon", "Pacific Power's two ", " units generate about 2.2 mln kilowatts", 6, -1)])


def test_a_plant_owner_with_a_legal_form_stays():
    assert company([
        ("Dexter Power Co", "said ", " Unit 2 was shut for refuelling", -1, -1),
        ("Dexter Power Co", "shares of ", " rose", -1, -1),
    ])


def test_a_name_given_to_a_product_or_a_system_is_no_company():
    assert not company([("Kelvar Showcase", "will offer a second operating system, called ",
                         " developed jointly with Dexter", 30, 8)])
    assert not company([("Dexter Select", "a new pricing system, named ", " will start in May", 30, -1)])


def test_a_firm_called_by_a_name_stays():
    assert company([("Dexter Select", "it formed a new company called ", " to sell the system", 30, -1)])
    assert company([("Dexter Select", "the venture, named ", " will sell the system", 30, -1)])


def _rows(*namings):
    return [(entity, doc, text, before, after, -1, -1) for entity, doc, text, before, after in namings]


def test_a_name_its_story_writes_before_a_field_is_no_company():
    story = ("Shell has concluded a development scheme for Norway's Kelvar oil field. A spokesman said the "
             "field's partners have agreed to develop Kelvar with a concrete platform.\nPartners on Kelvar are "
             "Shell, the operator, and Statoil.")
    rows = _rows((1, 10, "Kelvar", "agreed to develop ", " with a concrete platform."),
                 (1, 10, "Kelvar", "\nPartners on ", " are Shell, the operator"))
    assert not_companies(rows, lambda ids: {10: story}) == {1}
    assert not_companies(rows) == set()  # the namings alone say nothing


def test_a_partner_in_a_site_name_stays():
    story = "the jointly-owned ISAB/Dexter refinery at Mellili. Trade sources said Dexter would cut runs."
    rows = _rows((2, 11, "Dexter", "Trade sources said ", " would cut runs."))
    assert not_companies(rows, lambda ids: {11: story}) == set()


def test_a_firm_one_story_writes_before_its_plant_stays_if_another_names_it_alone():
    rows = _rows((3, 12, "Zorvex", "a strike at the ", " plant in Ohio"),
                 (3, 12, "Zorvex", "said ", " would close it"),
                 (3, 13, "Zorvex", "analysts said ", " would gain"))
    texts = {12: "a strike at the Zorvex plant in Ohio. Zorvex said it would close it",
             13: "analysts said Zorvex would gain"}
    assert not_companies(rows, lambda ids: texts) == set()


def test_a_name_its_story_sets_after_an_association_is_no_company():
    story = ("The grain and oilseed importers association KVZ opened legal proceedings.\nMiguel Ascensao of KVZ "
             "told Reuters that the court had ruled.")
    rows = _rows((4, 14, "KVZ", "Miguel Ascensao of ", " told Reuters that the court"))
    assert not_companies(rows, lambda ids: {14: story}) == {4}


def test_a_firm_a_story_sets_after_a_board_stays():
    story = "the state electricity board KEDF said it would buy the plant. KEDF said costs rose."
    rows = _rows((5, 15, "KEDF", "the plant. ", " said costs rose."))
    assert not_companies(rows, lambda ids: {15: story}) == set()

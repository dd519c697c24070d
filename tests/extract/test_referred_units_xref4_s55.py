""""The company's X unit", "its X unit" with no company named before the possessive (XREF4, issue 15), on
sentences of Reuters train stories: the unit is the story's company's, the one its lead names and that last
spoke; with a company named before, only the sentence's own sayer's; not a rating agency's, not when the lead
line names another firm, nor after a name read as no company that acts."""

from __future__ import annotations

from ..helpers import found


def test_the_company_s_unit_is_the_story_s_company_s(rules, judged):
    text = ("NEW YORK, March 18 - Bristol-Myers Co <BMY> said it would seek Food and Drug Administration permission "
            "to test its AIDS vaccine in humans by the end of March.\nA company spokesman said the company will file "
            "an investigational new drug application by the end of the month, requesting the FDA to allow testing of "
            "the vaccine in humans.\nScientists at the company's Genetic Systems unit created an AIDS vaccine, which "
            "Bristol-Myers said produced antibodies to the AIDS virus in mice and monkeys.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Bristol-Myers", "Genetic Systems")) == "active"


def test_its_unit_after_it_said(rules, judged):
    text = ("LOWELL, Mass., March 26 - Courier Corp said it expects to report a small loss for the second fiscal "
            "quarter against a profit of 828,000 dlrs a year ago.\nThe company attributed the loss to competitive "
            "pressures which have cut gross margins.\nIt said its Murray Printing Co unit has undertaken a program "
            "of extended work hours, and salary and job cuts which will save more than 1.5 mln dlrs annually.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Courier", "Murray Printing")) == "active"


def test_the_company_s_subsidiary_set_off_after_it(rules):
    text = ("WALL, N.J., March 6 - New Jersey Resources Corp said it filed with the Securities and Exchange Commission "
            "to offer 1.3 mln common shares through managing underwriters Merrill Lynch Capital Markets and E.F. Hutton "
            "and Co.\nThe utility holding company said the offering should be completed in late March or early "
            "April.\nNet proceeds will be used to reduce debt at the company's main subsidiary, New Jersey Natural Gas "
            "Co.")
    assert found(rules, text).get(("stake", "New Jersey Resources", "New Jersey Natural Gas")) == "active"


def test_the_sayer_named_in_the_sentence_owns_the_company_s_unit(rules):
    text = ("STAMFORD, Conn., March 13 - General Host Corp said a federal district judge in Wichita, Kan., affirmed a "
            "preliminary 1984 ruling that the company's Amerian Salt Co unit polluted groundwater near a plant in "
            "Lyons, Kan.")
    assert found(rules, text).get(("stake", "General Host", "Amerian Salt")) == "active"


def test_not_a_rating_agency_s(rules):
    text = ("NEW YORK, March 5 - Standard and Poor's Corp said it placed on creditwatch with developing "
            "implications Allis-Chalmers Corp because of the company's recapitalization plans.\nAllis-Chalmers' "
            "restructuring plan would include the sale of its fluids handling and solid materials processing "
            "businesses, S and P noted. That would leave the company with its profitable American Air Filter Co unit.")
    assert not [k for k in found(rules, text) if k[2] == "American Air Filter" and k[1].startswith("Standard")]


def test_not_after_a_name_that_acts(rules):
    text = ("CRANFORD, N.J., March 27 - McLean Industries Inc said its two shipping subsidiaries -- UNITED States "
            "Lines Inc and United States Lines (S.A.) Inc -- have agreed in principle to dispose of substantially all "
            "their remaining operating shipping assets.\nAs previously announced, U.S. Lines (S.A.) will transfer "
            "its South American Service to <Crowley Maritime Corp>'s American Transport Lines Inc subsidiary in "
            "return for a fixed lease payment.")
    assert not [k for k in found(rules, text) if k[1] == "McLean Industries" and "South American" in k[2]]


def test_not_when_the_lead_line_names_no_company_that_owns_it(rules):
    text = ("NEW BRUNSWICK, March 11 - Johnson and Johnson said the U.S. Food and Drug Administration has notified "
            "the company its food additive petition for a high-intensity sweetener has been formally accepted.\n"
            "Johnson and Johnson said the sweetner is being jointly developed with Tate and Lyle PLC <TATL>.\n"
            "While awaiting FDA approval, the company said, it is proceeding with plans for commercialization "
            "through its McNeil Specialty Products Co subsidiary.")
    assert not [k for k in found(rules, text) if k[1] == "Tate and Lyle" and k[2].startswith("McNeil")]


def test_not_a_thing_called_a_unit(rules):
    text = ("4 August 2015 14:20 CET WaterHealth Ghana Explains New Technology\nBy Daily Guide WaterHealth Ghana, a "
            "wholly - owned subsidiary of WaterHealth International, recently introduced its newest water purification "
            "technology designed to recover up to 70 percent of rejected water in Ghana.\n"
            "The new technology, which ensures zero wastage of water, uses a six - stage world - class purification "
            "process augmented by its patented UV waterworks unit.")
    assert not [k for k in found(rules, text) if k[2] in ("UV", "UV Waterworks")]

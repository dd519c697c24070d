"""Company nodes that name a firm's product (issue 15, NAMES8): a word in capitals too long for an acronym
after "its" and before a lower-case word ("its ATMOSCAN automated wafer processing system"), a name led by
an article before words for what it does and "technology", "system" or "process" ("the Hybrex hybrid wheat
technology"). A firm's unit named so, with its company's noun, stays. The names are made up."""

from __future__ import annotations

from keiretsu.graph.nodes import company


def test_a_product_in_capitals_after_its_is_no_company():
    assert not company([("KELVASCAN", "a 500,000 dlr order from Siemens AG for its ",
                         " automated environmentally controlled semiconductor wafer processing system.", 26, -1)])


def test_a_unit_in_capitals_after_its_stays():
    assert company([("DORBANK", "preliminary findings by regulatory examiners of its ", " subsidiary will result in",
                     20, -1)])


def test_an_acronym_after_its_stays():
    assert company([("KMC", "Dexter said its ", " unit will be sold", 10, -1)])


def test_a_named_technology_is_no_company():
    assert not company([("Kelvrex", "formed to acquire the ", " hybrid wheat technology from Rohm and Haas.", 25, 30)])
    assert not company([("Dorvane", "a contract to supply its ", " computerized building management system.", 25, -1)])


def test_a_firm_whose_technology_is_used_stays():
    assert company([("Kelvrex", "to make cameras using ", " technology, a spokesman said", 25, -1)])

"""A name's kind (NAMES12): a generation's suffix ("Jr", "Sr", "III") ends a person's name, not a firm's, unless
a firm's word or a legal form makes it one ("Wm. Wrigley Jr. Co", "Venture Partners III"); a firm named for
partners and written short ("Kohlberg Kravis", "Ernst Young" with its "&" lost) is the firm the gazetteer knows.
Excerpts of Reuters-21578 train stories and of FIRE's train sentences."""

from __future__ import annotations

import pytest

from tests.helpers import companies, people


@pytest.mark.parametrize("text, person", [
    ("He will be replaced as president of the unit by August Busch III, chairman and president of the company, "
     "and chairman and chief executive officer of the unit, the company said.", "Busch III"),
    ("RB Industries Inc said it completed the sale of its W and J SLoane Division to Laurence Crink Jr and a "
     "group of investors.", "Laurence Crink Jr"),
    ("He succeeds Andrew W. Hoch, who moved to chairman in February following the resignation of B.C. McCabe Sr.",
     "B.C. McCabe Sr"),
])
def test_a_generation_suffix_ends_a_person(rules, text, person):
    assert person in people(rules, text)
    assert not any(person.split()[-2] in name for name in companies(rules, text))


def test_a_legal_form_after_the_suffix_keeps_the_firm(rules):
    text = ("CHICAGO, March 5 - Wm. Wrigley Jr Co expects the cost of technological improvements and renovation "
            "projects to push 1987's capital expenditures up considerably, President William Wrigley told the "
            "annual meeting.")
    assert any("Wrigley Jr" in name for name in companies(rules, text))
    assert not any("Wrigley Jr" in name for name in people(rules, text))


@pytest.mark.parametrize("text, firm", [
    ("The company later reached an accord under which it would buy 20 pct of the company after Kohlberg Kravis "
     "completed its leveraged buyout of the company.", "KKR"),
    ("In the past, Mr. Lasanta was also an audit manager for Ernst Young, formerly Arthur Young Company.",
     "Ernst & Young"),
    ("The effectiveness of our internal control over financial reporting as of December 31, 2012 has been "
     "audited by Ernst Young, an independent registered public accounting firm.", "Ernst & Young"),
])
def test_a_partners_firm_written_short(rules, text, firm):
    assert firm in companies(rules, text)
    assert not any("Kravis" in name or "Ernst" in name for name in people(rules, text))

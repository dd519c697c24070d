"""STAT15: an office still to take told with "become" before an executive title and an adverb between the modal
and its verb ("would then become chief executive officer"), on wire copy of the Reuters train split: agreed,
not held yet; the office "became" names is held."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def _roles(rules, text: str) -> dict[tuple[str, str], list[str]]:
    [ex] = rules.extract([(1, text)])
    out: dict[tuple[str, str], list[str]] = {}
    for m in sorted(ex.mentions, key=lambda m: m.start):
        if m.type.value == "role":
            out.setdefault((m.source, m.target), []).append(m.status.value)
    return out


_HEMDALE = ("NEW YORK, March 13 - Computer Memories Inc, which ended its disk drive operations in June 1986, agreed to "
            "acquire <Hemdale Film Corp> in a transaction which will give Hemdale's owner control of the resulting "
            "company.\nComputer Memories' principal asset is about 29.4 mln dlrs in cash and cash equivalents. It has "
            "agreed to exchange newly issued shares equaling 80 pct of the aggregate issued to acquire Hemdale. That "
            "company's owner, John Daly, would then become chief executive officer of the combined company which "
            "would be renamed Hemdale Film Corp.")


def test_an_office_taken_once_the_merger_is_done_is_to_come(rules):
    assert _roles(rules, _HEMDALE)[("John Daly", "Hemdale Film")] == ["agreed"]


_DOVE = "DALLAS, March 4 - The company said Grant Dove will become chief executive officer of <Microelectronics and " \
        "Computer Technology Corp> of Austin."


def test_will_become_chief_executive_officer_is_to_come(rules):
    assert _roles(rules, _DOVE)[("Grant Dove", "Microelectronics and Computer Technology")] == ["agreed"]


def test_an_office_become_is_held(rules):
    text = _DOVE.replace("will become", "became")
    assert _roles(rules, text)[("Grant Dove", "Microelectronics and Computer Technology")] == ["active"]

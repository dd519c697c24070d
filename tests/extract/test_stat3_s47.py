"""Offices of session 47 (STAT3): an office told before a person's name that the sentence says he resigned
"as" is ended, while the office he left it to take is held."""

from __future__ import annotations


def _statuses(rules, text: str, kind: str) -> dict[tuple[str, str], set[str]]:
    [ex] = rules.extract([(1, text)])
    out: dict[tuple[str, str], set[str]] = {}
    for m in ex.mentions:
        if m.type.value == kind:
            out.setdefault((m.source, m.target), set()).add(m.status.value)
    return out


def test_the_office_resigned_as_is_ended(rules):
    found = _statuses(rules, "Korvel Corp said its president, Martin Dwyer, resigned as president to become "
                             "chairman and chief executive officer of Talbot Systems Inc.", "role")
    assert found.get(("Martin Dwyer", "Korvel")) == {"ended"}
    assert found.get(("Martin Dwyer", "Talbot Systems")) == {"active"}


def test_another_office_resigned_as_leaves_the_one_before_the_name(rules):
    found = _statuses(rules, "Korvel Corp said its president, Martin Dwyer, resigned as a director of "
                             "Talbot Systems Inc.", "role")
    assert found.get(("Martin Dwyer", "Korvel")) == {"active"}

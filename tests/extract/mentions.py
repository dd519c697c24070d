"""What the rules read in one text, as sets the tests compare: the ties between companies, and the roles."""

from __future__ import annotations


def ties(rules, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions if m.type.value != "role"}


def roles(rules, text: str) -> set[tuple[str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.source, m.target) for m in ex.mentions if m.type.value == "role"}

"""A short form is its parent's, not a unit's (issue 15): a known company written with its legal form
("General Motors Corp's") is named in full, though the reader of known names stops before the form, so
neither it nor its initials become short forms of a unit named after it ("General Motors Acceptance
Corp"). The rating agency is invented; the carmaker has to be a known name for the reader to stop there."""

from __future__ import annotations

TEXT = ("Dorvane Ratings Inc said General Motors Corp's planned stock repurchase would not affect the carmaker's "
        "debt ratings.\nDorvane affirmed the ratings on the senior debt of GM, General Motors Acceptance Corp and "
        "various overseas units.\nAlso affirmed was GM's preferred stock.")


def test_a_parent_written_in_full_keeps_its_short_forms_from_its_unit(rules):
    [ex] = rules.extract([(1, TEXT)])
    named = {(e.text, e.name) for e in ex.entities}
    assert ("General Motors", "General Motors") in named and ("GM", "General Motors") in named
    assert ("General Motors Acceptance Corp", "General Motors Acceptance") in named
    # the unit is named only as written in full
    assert {e.text for e in ex.entities if e.name == "General Motors Acceptance"} == {"General Motors Acceptance Corp"}

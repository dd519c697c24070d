"""Old wire copy keeps some carriage returns written out as "^M", inside names and at line ends (REL28)."""

from __future__ import annotations

from keiretsu.clean.normalize import normalize_text


def test_a_caret_return_is_dropped_from_a_name():
    assert normalize_text("unit <Pratt^M and Whitney> and <Rolls-Royce^M Ltd>.") == \
        "unit <Pratt and Whitney> and <Rolls-Royce Ltd>."


def test_a_caret_return_at_a_line_end_is_dropped():
    assert normalize_text("this financial year.^M\nThat could") == "this financial year.\nThat could"


def test_a_caret_before_letters_is_kept():
    assert normalize_text("the ^Mark index") == "the ^Mark index"

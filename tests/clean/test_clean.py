"""Every cleaning rule."""

from __future__ import annotations

from keiretsu.clean.normalize import normalize_line, normalize_text
from keiretsu.clean.repetition import remove_repeated_paragraphs

from ..helpers import read_clean


def test_unicode_normalisation():
    assert normalize_text("Renault\u2019s \u201cnew\u201d ﬁrm") == "Renault's \"new\" firm"
    assert normalize_text("Nis\u00adsan and\u200b Honda\ufeff") == "Nissan and Honda"
    assert normalize_text("Caf\u0065\u0301") == "Caf\u00e9"  # composed
    assert normalize_text("a\u00a0b\u2009c") == "a b c"  # odd spaces
    assert normalize_text("bell\x07 and\x1b escape") == "bell and escape"


def test_whitespace_normalisation():
    text = "  First   line  \r\nsecond\tline\r\n\r\n\r\n\r\nNext  paragraph \n\n"
    assert normalize_text(text) == "First line\nsecond line\n\nNext paragraph"
    assert normalize_line("  Nissan \n Motor\tCo ") == "Nissan Motor Co"


def test_repeated_paragraphs_removed_and_recorded():
    a = "Nissan and Renault are nearing a comprehensive reform of their global alliance."
    b = "Renault wants Nissan to invest in its new electric-vehicle business, sources said."
    text = "\n".join([a, b, a, b.upper(), "A short line.", "A short line."])
    clean, removed = remove_repeated_paragraphs(text, min_words=8)
    assert clean.split("\n") == [a, b, "A short line.", "A short line."]
    assert [(r["paragraph"], r["repeats"]) for r in removed] == [(2, 0), (3, 1)]


def test_short_repeated_lines_are_kept():
    # Table rows repeat under different headings and mean different things.
    text = "Qtr\nShr 10 cts vs 8 cts\nYear\nShr 10 cts vs 8 cts"
    assert remove_repeated_paragraphs(text, min_words=8) == (text, [])


def test_renault_sample_keeps_one_copy_of_each_paragraph(samples):
    [d] = read_clean(samples / "renault-nissan-alliance-reform.txt")
    raw_lines = [line for line in d.raw_text.split("\n") if line.strip()]
    clean_lines = d.clean_text.split("\n")
    assert len(raw_lines) == 32  # two versions of eight paragraphs, each pasted twice
    assert len(clean_lines) == len(set(clean_lines)) == 11  # eight, plus the three the second version rewrote
    assert len(d.cleaning["repeated_paragraphs"]) == 21
    assert d.clean_text.count("43 percent") == 1
    assert "meeting on Thursday to discuss resetting" in d.clean_text  # the paraphrase stays for dedup to link
    assert d.raw_text.count("43 percent") == 4  # raw kept untouched

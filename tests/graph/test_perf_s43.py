"""Dating an update's sentences for less (issue 16, `bench/graph.py`): each flag's pattern is
scanned only when the sentence holds a word every match of it holds, and whether a date names a
deal's document is asked of one compiled pattern. Neither may change what a sentence says.

The sentences are made up for these tests."""

from __future__ import annotations

import re

import pytest

from keiretsu.graph import build
from keiretsu.graph.build import _NAMING, _names_document, read_times

# Each flag told, and near misses of each guard word ("opened" without "re", "sold" inside "soldier").
SENTENCES = [
    "Dart said on March 3 it reopened talks with Safeway and would resume them again next week.",
    "The companies re-started negotiations and renegotiated the Jan 27 letter of intent.",
    "Talks were revived after an about-face, a U-turn by the board on its rejection of the merger.",
    "A court lifted the temporary injunction blocking the sale; another quashed the order on May 1.",
    "Renault made a new offer for AMC and renewed its bid, revising the terms and reworking the plan.",
    "The reform of the Feb 2 agreement was opened to the soldiers who started it.",
    "Sun has sold its 9.5 mln shares and said it acquired Cheval, which it bought in 1986.",
    "Allegheny agreed to be acquired by Sunter; the merger is to be completed once it is merged.",
    "Brascan took over Noranda, which had been taken over by Amax in January.",
    "CTC, which already holds 17.4 pct of Dome, raised its offer on Monday.",
    "The unit completed the previously announced sale of its stake to Kmart on March 31.",
    "It withdrew its previously announced tender offer and its March 3 offer, the filing said.",
    "Sold out: the company, already unsold, purchased nothing previously.",
    "THE BOARD REOPENED TALKS AND HAS SOLD THE UNIT IT ALREADY OWNS, AS PREVIOUSLY AGREED ON MAY 5.",
]


@pytest.mark.parametrize("published", ["1987-03-12", None])
def test_the_flag_guards_never_change_what_a_sentence_says(monkeypatch, published):
    variants = [s for sentence in SENTENCES for s in (sentence, sentence.lower(), sentence.upper())]
    guarded = [read_times.__wrapped__(s, published) for s in variants]
    # Every pattern scanned on every sentence: what the guards must leave as it is.
    monkeypatch.setattr(build, "_FOLDED", tuple((pattern, ("",)) for pattern, _ in build._FOLDED))
    assert [read_times.__wrapped__(s, published) for s in variants] == guarded
    flags = [times.rsplit("|", 1)[1] for times in guarded]
    for flag in "rdhp" + ("n" if published else ""):  # (undated, no date names a document)
        assert any(flag in f for f in flags)
    assert any(f == "" for f in flags)


@pytest.mark.parametrize("sentence, words, named", [
    ("Dart terminated talks pursuant to a Jan 27 letter of intent.", "Jan 27", True),
    ("On Jan 27 Dart ended talks under the Jan 27 letter of intent.", "Jan 27", True),  # its second place
    ("Dart withdrew its March 3 offer for Safeway.", "march 3", True),  # another case than the text's
    ("Dart ended its talks on Jan 27, after a letter of intent.", "Jan 27", False),
    ("Dart withdrew its MARCH 3 OFFER for Safeway.", "MARCH 3", True),
    ("Dart withdrew its Jan\u00a027 offer.", "Jan\u00a027", True),  # text other than ASCII
])
def test_a_date_names_a_document_wherever_it_stands(sentence, words, named):
    assert _names_document(sentence, words) is named
    assert (re.search(re.escape(words) + _NAMING, sentence, re.I) is not None) is named

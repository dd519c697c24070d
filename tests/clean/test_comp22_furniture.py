"""Page furniture: whole lines of a web page that are no part of its story (COMP22)."""

from __future__ import annotations

import json

from keiretsu.clean.furniture import furniture_kind, remove_furniture
from keiretsu.clean.normalize import normalize_text

from ..helpers import read_clean

# FiNER-ORD articles of the tuning splits, as they were flattened from their pages.
YAHOO_HINT = "Tip: Use comma (,) to separate multiple quotes."
BODY = ("Twenty - First Century Fox Inc. on Thursday said it would restructure its Fox International "
        "Channels business.")


def test_whole_furniture_lines_removed_and_recorded():
    text = "\n".join([YAHOO_HINT, BODY, "", "Copyright © 2015 Daily Maverick.", "All rights reserved.",
                      "To Read the Full Story, Subscribe or Sign In", "Advertisement"])
    clean, removed = remove_furniture(normalize_text(text))
    assert clean == BODY
    assert [(r["paragraph"], r["class"]) for r in removed] == [
        (0, "quotes"), (2, "copyright"), (3, "copyright"), (4, "paywall"), (5, "advert")]
    assert removed[2]["text"] == "All rights reserved."  # what went is kept, whole, in the record


def test_furniture_run_into_a_sentence_stays():
    # The page glued a photo credit and an ad label onto the story: the sentence is worth more.
    for line in ("Photo: Nick Moir Australians will be reeling at Wednesday's gross domestic product numbers.",
                 "Advertisement Fairfax Media revealed on Tuesday that HESTA had ordered investment managers "
                 "to sell its stake.",
                 "Copyright infringement suits against Napster rose in 2001.",
                 "The Motley Fool recommends Ford and General Motors."):
        assert furniture_kind(line) is None
        assert remove_furniture(line) == (line, [])


def test_wire_copy_untouched():
    story = ("COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE\nCommack, N.Y., March 2 - Computer Terminal "
             "Systems Inc said\nit has completed the sale of 200,000 shares of its common\nstock.\n Reuter")
    text = normalize_text(story)
    assert remove_furniture(text) == (text, [])


def test_clean_step_keeps_furniture_in_the_record(tmp_path):
    path = tmp_path / "page.jsonl"
    path.write_text(json.dumps({"id": "p1", "title": "Fox restructures",
                                "text": "\n".join([YAHOO_HINT, BODY, "All rights reserved."])}) + "\n")
    [d] = read_clean(path)
    assert d.clean_text == BODY
    assert [r["text"] for r in d.cleaning["furniture"]] == [YAHOO_HINT, "All rights reserved."]
    assert YAHOO_HINT in d.raw_text

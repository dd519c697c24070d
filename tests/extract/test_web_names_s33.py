"""Companies named by their web address (session 33): "Bankrate.com" in a slot a firm fills, a lower-case one
in a list of names, but no link, e-mail address, page's own address or source cited. The sentences are written
for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, firm", [
    ("The discount chain had faced down the challenges posed by Groupon, Velmora and kestrova.com over the decade.",
     "kestrova.com"),
    ("I left banking to create Dorvane.com, a price comparison website that makes it easy to find loans.",
     "Dorvane.com"),
    ("Other Articles Velmora.com appoints Anil Varma as head of its realty projects division", "Velmora.com"),
    ("The survey was conducted by Kestrova.com, the Palm Beach-based financial content company.", "Kestrova.com"),
])
def test_web_name_is_a_company(rules, text, firm):
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Visit www.velmora.com for more details, or email press@velmora.com.",
    "View source version on dorvanewire.com: http://www.dorvanewire.com/news/home/20150925/en/",
    "Distributed by Kestrova Global Media (kestrova.com).",
    "Articles that identify kestrova.com as the publisher are produced by its staff.",
    "The dividend was declared on Monday, Stock Ratings Network.com reports.",
])
def test_no_web_name(rules, text):
    assert not any(".com" in name for name in companies(rules, text))

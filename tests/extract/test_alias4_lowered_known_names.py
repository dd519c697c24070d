"""A known firm's name whose later words the wire lower-cased is read whole (ALIAS4): "Kidder peabody analyst Jay
Freedman" names Kidder, Peabody and an analyst, not a "Kidder" with a title "peabody analyst". Stories from
Reuters-21578 train."""

from __future__ import annotations

from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.rules import _known_recased, _lowered_known
from keiretsu.models import EntityKind

KIDDER = (
    "ATLANTA, March 26 - Coca-Cola Co denied rumors it would buy Wendy's International Inc.\n"
    "\"I can't put another name on it,\" said Kidder peabody analyst Jay Freedman as vaguer rumors continued to "
    "hold up Wendy's stock. \"It very well could be someone's interested.\"\n"
    "But Freedman said he doesn't believe now is the right time for Wendy's to be sold.\n"
)
GENCORP = (
    "AKRON, Ohio, April 1 - Gencorp Inc said its board took no action with respect to a two pct stock dividend at "
    "its annual meeting yesterday due to the press of other business, specifically the company's pending takeover "
    "offer by General Acquisition Corp, formed by AFG industries inc and Wagner and brown.\n"
)


def recased(text: str) -> str:
    gaz = Gazetteer.default()
    return _known_recased(text, gaz, _lowered_known(gaz))


def test_lowered_words_of_a_known_name_are_written_as_the_name_is():
    assert recased("said Kidder peabody analyst Jay Freedman") == "said Kidder Peabody analyst Jay Freedman"
    assert recased("said L.F. rothschild analyst Rosario Ilacqua") == "said L.F. Rothschild analyst Rosario Ilacqua"
    assert recased("a bridge loan from Shearson Lehman brothers that") == \
        "a bridge loan from Shearson Lehman Brothers that"


def test_common_nouns_after_a_place_and_names_not_so_written_stay():
    # a place or a people's word opens the known name: its later words are common nouns
    assert recased("U.S. steel imports rose") == "U.S. steel imports rose"
    assert recased("Saudi Arabian oil minister Hisham Nazer") == "Saudi Arabian oil minister Hisham Nazer"
    # all in capitals, all in lower case, or the first word lower-cased: not the wire's lowered tail
    assert recased("KIDDER PEABODY SAYS") == "KIDDER PEABODY SAYS"
    assert recased("the kidder peabody desk") == "the kidder peabody desk"


def test_the_analysts_firm_is_the_known_firm(rules):
    [ex] = rules.extract([(1, KIDDER)])
    companies = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Kidder, Peabody" in companies and "Kidder" not in companies
    roles = [m for m in ex.mentions if m.type.value == "role" and m.source == "Jay Freedman"]
    assert [m.target for m in roles] == ["Kidder, Peabody"]
    assert "peabody" not in str(roles[0].attributes).lower()


def test_a_partnership_lower_cased_is_the_partnership(rules):
    [ex] = rules.extract([(1, GENCORP)])
    companies = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Wagner and Brown" in companies and "Wagner" not in companies

"""A word that is the name of a company the story named is that company, not the short form of another company
whose longer name it opens (ALIAS3): "Sealy Inc ... Sealy Mattress Co of Michigan Inc ... the Sealy stock", "Schering
Corp, a unit of Schering-Plough Corp ... Schering said". Stories from Reuters-21578 train."""

from __future__ import annotations

from keiretsu.models import EntityKind

SEALY = (
    "CLEVELAND, March 30 - Ohio Mattress Co said itr has executed a definitive agreement to acquire Sealy Mattress Co "
    "of Michigan Inc, the Detroit licensee of Ohio Mattress's 82 pct owned Sealy Inc subsidiary in a transaction that "
    "also involves a settlement between Sealy and Michigan Sealy.\n"
    "The company said on completion of the acquisition, the Sealy stock owned by Michigan Sealy will be redeemed, "
    "raising Ohio Mattress' interest in Sealy to 93 pct. Michigan Sealy has been in litigation against Sealy, alleging "
    "violations of antitrust laws, and Sealy was recently found liable for 45 mln dlrs in damages to Michigan Sealy.\n"
    "Under the acquisition agreement, the company said Sealy will enter into a cash settlement of its litigation with "
    "Michigan Sealy.\n"
)
SCHERING = (
    "KENILWORTH, N.J., March 11 - Schering Corp, a unit of Schering-Plough Corp, said <Nature's Blend Products Inc> "
    "agreed to an injunction against its Fiber Slim product.\n"
    "Schering, the U.S. distributor of Fibre Trim made by <Farma Food A/S> of Denmark, said it and Farma had sued "
    "Nature's Blend, claiming Nature's product infringed their trademark on Fibre Trim.\n"
    "Schering said Nature's Blend agreed to stop making and selling food supplement products under the Fiber Slim "
    "trademark, but it did not admit liability.\n"
)


def bound(rules, text: str, written: str) -> set[str]:
    """The companies a text written so is bound to."""
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and e.text == written}


def test_a_word_the_story_names_a_company_by_is_not_another_companys_short_form(rules):
    assert bound(rules, SEALY, "Sealy") == {"Sealy"}
    [ex] = rules.extract([(1, SEALY)])
    # "the Sealy stock owned by Michigan Sealy": Michigan Sealy holds stock of Sealy Inc, not of itself
    assert ("stake", "Michigan Sealy", "Sealy") in {(m.type.value, m.source, m.target) for m in ex.mentions}


def test_a_unit_named_by_its_own_word_is_not_its_parent(rules):
    assert bound(rules, SCHERING, "Schering") == {"Schering"}


def test_a_word_that_only_opens_a_longer_name_is_still_its_short_form(rules):
    text = SCHERING.replace("Schering Corp, a unit of Schering-Plough Corp,", "Schering-Plough Corp")
    assert bound(rules, text, "Schering") == {"Schering-Plough"}
    text = SEALY.replace("82 pct owned Sealy Inc subsidiary", "82 pct owned subsidiary")
    assert bound(rules, text, "Sealy") == {"Sealy Mattress Co of Michigan"}

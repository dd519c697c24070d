"""Story identity: templated wire copy, parties, figures, dates and polarity decide what overlapping
documents are one story (``keiretsu.dedup.identity``), on a real store and on single pairs."""

from __future__ import annotations

import json
from pathlib import Path

from keiretsu.dedup import Deduplicator
from keiretsu.dedup.clusters import Link, build_clusters
from keiretsu.dedup.identity import IdentitySettings, conflict, identify, lead_template
from keiretsu.dedup.paraphrase import key_hash, sentence_key
from keiretsu.jobs import ingest

CFG = IdentitySettings()

FED = ("NEW YORK, {day} - The Federal Reserve entered the U.S. Government securities market to arrange {amount} "
       "of customer repurchase agreements, a Fed spokesman said.\nDealers said Federal funds were trading at {rate} "
       "pct when the Fed began its temporary and indirect supply of reserves to the banking system.")
SHIPS = ("PORTLAND, {day} - There were {loading} grain ships loading and {waiting} ships were waiting to load at "
         "Portland, according to the Portland Merchants Exchange.\nThe exchange said the ships were bound for Asian "
         "ports and carried wheat, corn and barley from the Pacific Northwest.")
ECUADOR = ("QUITO, {day} - President Leon Febres Cordero said Ecuador would honour its debt when it had the "
           "capacity to make payments, but said foreign banks had calculated oil would have to be 25 dlrs a barrel for "
           "Ecuador to meet its commitments.\nEcuador said last week's earthquake was forcing it to reaffirm an "
           "earlier decision to suspend payments to its private creditors for the rest of the year.")
# A story with no figure at all: copies of it still cluster, rewrites of it never do.
NO_FIGURES = ("The European Community warned Japan and the United States that friction over trade was hurting its "
              "relations with both countries. Foreign ministers deplored the continuing imbalance and appealed for "
              "more imports of manufactured goods. Diplomats said the statement was the strongest in years and "
              "reflected growing impatience among member states. Officials in Tokyo declined to comment on the "
              "statement before the ministers had published it in full.")


def put(tmp_path: Path, store, settings, records: list[dict], name: str) -> dict[str, int]:
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    ingest([str(p)], store, settings)
    return {d["external_id"]: d["id"] for d in store.documents(limit=10_000)}


def clusters(store) -> list[set[str]]:
    return [{c["canonical"]["external_id"], *(m["external_id"] for m in c["members"])}
            for c in store.duplicate_clusters(limit=1000)]


def fed(day: str, amount: str, rate: str, published: str) -> dict:
    return {"title": "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", "published": published,
            "text": FED.format(day=day, amount=amount, rate=rate), "source": "Wire"}


def test_templated_reports_of_other_days_stay_apart_and_copies_cluster(tmp_path, store, settings):
    header = "Markets Daily | Wire copy as received\n\n"
    footer = "\n\nCopyright Markets Daily. All rights reserved. Redistribution is forbidden."
    rewrite = NO_FIGURES.replace("warned", "cautioned").replace("friction over trade was hurting", "trade friction "
                                 "harmed").replace("deplored", "regretted").replace("appealed for", "called for")
    put(tmp_path, store, settings, [
        {"id": "fed-0302", **fed("March 2", "1.5 billion dlrs", "6-3/16", "1987-03-02T11:44:00")},
        # Word for word the same report three weeks later: another day's repurchase.
        {"id": "fed-0323", **fed("March 23", "1.5 billion dlrs", "6-3/16", "1987-03-23T11:43:00")},
        # The next day, another amount and rate.
        {"id": "fed-0303", **fed("March 3", "two billion dlrs", "6-1/4", "1987-03-03T11:45:00")},
        # The report of March 2 as another outlet wrapped it: the same story.
        {"id": "fed-0302-outlet", "title": "FED ADDS RESERVES", "published": "1987-03-02T12:30:00", "source": "Daily",
         "text": header + FED.format(day="March 2", amount="1.5 billion dlrs", rate="6-3/16") + footer},
        {"id": "fed-0302-again", **fed("March 2", "1.5 billion dlrs", "6-3/16", "1987-03-02T13:00:00"),
         "source": "Other wire"},
        {"id": "ec", "title": "EC WARNS U.S. AND JAPAN", "text": NO_FIGURES, "source": "Wire",
         "published": "1987-03-17T09:00:00"},
        {"id": "ec-outlet", "title": "EC WARNS U.S. AND JAPAN", "text": header + NO_FIGURES + footer,
         "source": "Daily", "published": "1987-03-17T10:00:00"},
        {"id": "ec-rewrite", "title": "EC CAUTIONS JAPAN AND U.S.", "text": rewrite, "source": "Blog",
         "published": "1987-03-17T11:00:00"},
    ], "fed.jsonl")
    Deduplicator(store).run()
    assert sorted(map(sorted, clusters(store))) == [["ec", "ec-outlet"], ["fed-0302", "fed-0302-again",
                                                                         "fed-0302-outlet"]]
    levels = {m["external_id"]: m["level"] for c in store.duplicate_clusters() for m in c["members"]}
    assert levels == {"fed-0302-again": "exact", "fed-0302-outlet": "near", "ec-outlet": "near"}


def test_a_template_is_learned_from_the_corpus(tmp_path, store, settings):
    def ships(day: str, loading: str, waiting: str, published: str) -> dict:
        return {"title": "GRAIN SHIPS LOADING AT PORTLAND", "published": published, "source": "Wire",
                "text": SHIPS.format(day=day, loading=loading, waiting=waiting)}

    # Two identical reports two days apart, and a story sent again two days later: with nothing
    # else to go by, each pair is a story sent twice.
    put(tmp_path, store, settings, [
        {"id": "apr1", **ships("April 1", "five", "three", "1987-04-01T16:51:00")},
        {"id": "apr3", **ships("April 3", "five", "three", "1987-04-03T15:51:00")},
        {"id": "ecuador", "title": "ECUADOR SAYS IT WILL PAY DEBT", "published": "1987-03-14T09:41:00",
         "text": ECUADOR.format(day="March 14"), "source": "Wire"},
        {"id": "ecuador-again", "title": "ECUADOR SAYS IT WILL PAY DEBT", "published": "1987-03-16T07:19:00",
         "text": ECUADOR.format(day="March 16"), "source": "Wire"},
    ], "first.jsonl")
    Deduplicator(store).run()
    assert sorted(map(sorted, clusters(store))) == [["apr1", "apr3"], ["ecuador", "ecuador-again"]]
    # The wire sends the same lead filled otherwise on other days: it is a template, and a
    # template's reports are one story only when every filler agrees, the day included.
    put(tmp_path, store, settings, [
        {"id": "apr2", **ships("April 2", "four", "two", "1987-04-02T16:40:00")},
        {"id": "apr6", **ships("April 6", "six", "four", "1987-04-06T16:30:00")},
    ], "more.jsonl")
    Deduplicator(store).run(rebuild=True)
    assert sorted(map(sorted, clusters(store))) == [["ecuador", "ecuador-again"]]


def pair(a: dict, b: dict, level: str = "near", templated: bool = False) -> str | None:
    return conflict(identify(**a), identify(**b), level, templated, CFG)


def doc(title: str, text: str, published: str = "1987-03-12T15:00:00") -> dict:
    return {"title": title, "text": text, "published": published}


def test_parties_must_agree():
    text = ("New York, March 12 - {0} said it raised the contract price it will pay for crude oil 50 cts a barrel, "
            "effective today.")
    sun = doc("SUN <SUN> RAISES CRUDE POSTINGS 50 CTS", text.format("Sun Co"))
    phillips = doc("PHILLIPS <P> RAISES CRUDE POSTINGS 50 CTS", text.format("Phillips Petroleum"))
    assert pair(sun, phillips, "paraphrase") == "other parties (tickers)"
    # A ticker mistyped in a re-send leaves the company's name in the headline.
    olin = "STAMFORD, Conn., Feb 26 - Olin Corp said its board will elect John Johnstone Jr chief executive in 1987."
    assert pair(doc("OLIN CORP <OLM> TO ELECT NEW CEO", olin), doc("OLIN <OLN> NAMES NEW CHIEF", olin)) is None
    # A copy keeps who acts in its lead.
    bond = ("LONDON, April 7 - {0} is issuing a 40 mln dlr equity warrant eurobond due April 27, 1992 paying an "
            "indicated 2-1/4 pct, lead manager Daiwa Europe said.")
    assert pair(doc("", bond.format("Tokyo Optical Co Ltd")), doc("", bond.format("Keihanshin Real Estate Co Ltd"))) \
        == "another subject"


def test_dates_and_parts_of_the_day_must_agree():
    balances = ("WASHINGTON, {0} - Treasury balances at the Federal Reserve rose on {1} to 3.254 billion dlrs from "
                "2.424 billion dlrs on the previous business day, the Treasury said.")
    assert pair(doc("TREASURY BALANCES AT FED ROSE", balances.format("March 31", "March 30"), "1987-03-31T16:00:00"),
                doc("TREASURY BALANCES AT FED ROSE", balances.format("April 1", "March 31"), "1987-04-01T16:00:00"),
                "paraphrase") == "other dates"
    help_ = "LONDON, April 3 - The Bank of England said it has operated in the money market this {0}, buying bills."
    assert pair(doc("U.K. MONEY MARKET GETS HELP", help_.format("morning")),
                doc("U.K. MONEY MARKET GETS HELP", help_.format("afternoon"))) == "another part of the day or year"
    fed_days = [fed(day, "1.5 billion dlrs", "6-3/16", published) for day, published in
                (("March 2", "1987-03-02T11:44:00"), ("March 23", "1987-03-23T11:43:00"))]
    assert pair(*({k: v for k, v in d.items() if k != "source"} for d in fed_days)) == "other days"


def test_opposite_events_are_other_stories():
    order = "NEW YORK, March 12 - A federal judge has {0} a temporary restraining order against Mark IV Industries."
    granted = doc("COURT GRANTS RESTRAINING ORDER ON MARK IV <IV>", order.format("granted"))
    lifted = doc("COURT LIFTS RESTRAINING ORDER ON MARK IV <IV>", order.format("lifted"))
    assert pair(granted, lifted) == "opposite events"
    assert pair(granted, granted) is None


def test_a_headline_figure_must_be_in_a_rewrite():
    launch = ("LONDON, March 5 - The Commonwealth Bank of Australia is issuing a 100 mln Australian dlr eurobond "
              "paying 16 pct and priced at 101, lead manager Swiss Bank Corp said.")
    raised = ("LONDON, March 5 - The Commonwealth Bank of Australia's 16 pct 101 pct bond of yesterday has been "
              "raised to 125 mln Australian dlrs from 100 mln, lead manager Swiss Bank Corp said.")
    assert pair(doc("CBA ISSUES NOVEL BOND", launch), doc("CBA BOND ISSUE UPPED TO 125 MLN", raised),
                "paraphrase") == "headline figures missing from the other"


def test_no_parties_or_figures_is_never_a_paraphrase_but_can_be_a_copy():
    bare = {"text": NO_FIGURES.lower()}
    assert pair(bare, bare, "paraphrase") == "no parties or no figures to tell the story by"
    assert pair(bare, bare, "near") is None


def test_a_corrected_resend_may_change_what_it_corrects():
    text = "NEW YORK, March 27 - C.O.M.B Inc commenced trading put and call options on the American Stock Exchange."
    assert pair(doc("C.O.M.B. <COQ> TO HAVE OPTIONS ON AMEX", text),
                doc("CORRECTED - C.O.M.B <CMCO> TO HAVE OPTIONS ON AMEX", text)) is None


def test_a_lead_shape_masks_its_fillers():
    fed_a, fed_b = FED.format(day="March 2", amount="1.5 billion dlrs", rate="6"), \
        FED.format(day="March 23", amount="two billion dlrs", rate="7")
    (shape_a, filled_a), (shape_b, filled_b) = lead_template(fed_a), lead_template(fed_b)
    assert shape_a == shape_b and filled_a != filled_b
    assert lead_template(ECUADOR.format(day="March 14"))[0] != shape_a
    # Behind an outlet's header (boilerplate), the lead is the story's first sentence.
    header = "Subscribe to read the full story."
    assert lead_template(f"{header}\n{fed_a}", {key_hash(sentence_key(header))}) == (shape_a, filled_a)


def test_a_cluster_spans_a_few_days_at_most():
    # A chain of daily reports, each a day from the next, is not one story.
    links = [Link(d, d + 1, "near", 0.9) for d in range(1, 8)]
    members = build_clusters(links, lambda d: d, day_of=lambda d: 700_000 + d, max_days=CFG.max_days_apart)
    spans = {}
    for m in members:
        spans.setdefault(m.cluster_id, []).append(m.doc_id)
    assert all(max(docs) - min(docs) <= CFG.max_days_apart for docs in spans.values())
    assert sorted(len(docs) for docs in spans.values()) == [4, 4]

"""A batch's paraphrase candidates are checked cheapest and most selective first (the documents'
sizes, figures and names, then the estimated similarity of their words, then the alignment of
their sentences): each check is a function of the pair alone, so their order, and how many
documents' facts or pairs are taken at once, change nothing that is found."""

from __future__ import annotations

import json
import random

import numpy as np

from keiretsu.dedup import step
from keiretsu.dedup.digests import Facts
from keiretsu.dedup.step import PARA, DedupSettings, Deduplicator
from keiretsu.jobs import ingest
from keiretsu.settings import Settings
from keiretsu.store import open_store

from .test_speed import documents

TABLES = ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df")

# Leads of Reuters-21578 train stories (the tuning split), a few sentences each.
STORIES = [
    "CLEVELAND, Feb 26 - Standard Oil Co and BP North America Inc said they plan to form a venture to "
    "manage the money market borrowing and investment activities of both companies. BP North America is a "
    "subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 pct interest in Standard Oil. The "
    "venture will be called BP/Standard Financial Trading and will be operated by Standard Oil under the "
    "oversight of a joint management committee.",
    "PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership said it filed a registration statement with "
    "the Securities and Exchange Commission covering a proposed offering of 4,790,000 units of limited "
    "partnership interests. The company said it expects the offering to be priced at 20 dlrs per unit. It "
    "said proceeds from the offering, along with a 102.5 mln dlr mortgage loan, will be used to finance its "
    "planned acquisition of 10 Red Lion hotels.",
    "NEW YORK, Feb 26 - Moody's Investors Service Inc said it lowered the debt and preferred stock ratings "
    "of USX Corp and its units. About seven billion dlrs of securities is affected. Moody's said Marathon Oil "
    "Co's recent establishment of up to one billion dlrs in production payment facilities on its prolific "
    "Yates Field has significant negative implications for USX's unsecured creditors. The company appears "
    "to have positioned its steel segment for a return to profit by late 1987, Moody's added.",
    "ROCHESTER, N.Y., Feb 26 - Champion Products Inc said its board of directors approved a two-for-one "
    "stock split of its common shares for shareholders of record as of April 1, 1987. The company also said "
    "its board voted to recommend to shareholders at the annual meeting April 23 an increase in the "
    "authorized capital stock from five mln to 25 mln shares.",
    "WASHINGTON, Feb 26 - The Commodity Credit Corporation, CCC, has accepted an export bonus offer to "
    "cover the sale of 37,000 long tons of wheat flour to North Yemen, the U.S. Agriculture Department said. "
    "The wheat four is for shipment March-May and the bonus awarded was 119.05 dlrs per tonnes and will be "
    "paid in the form of commodities from the CCC inventory. The bonus was awarded to the Pillsbury Company. "
    "The wheat flour purchases complete the Export Enhancement Program initiative announced in April, 1986, "
    "it said.",
]


def _retold(text: str) -> str:
    """Another outlet's telling: the same sentences, a few words changed, and a line of its own."""
    return (text.replace(" said ", " stated ").replace(" will ", " would ").replace(" the ", " its ", 1)
            + " Further details were not disclosed.")


def _tables(tmp_path, name: str, texts: list[str]) -> list[list[tuple]]:
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    settings = Settings(db=tmp_path / f"{name}.db")
    store = open_store(settings.db)
    ingest([str(tmp_path / "docs.jsonl")], store, settings)
    Deduplicator(store, DedupSettings(batch=9, max_bucket=8)).run()
    out = [sorted(map(tuple, store.db.execute(f"SELECT * FROM {t}"))) for t in TABLES]
    store.close()
    return out


def test_paraphrase_checks_in_any_order_and_slices_find_the_same(tmp_path, monkeypatch):
    texts = documents(random.Random(54), 40)
    texts += STORIES + [_retold(t) for t in STORIES] + [". ".join(t.split(". ")[::-1]) for t in STORIES[:2]]
    texts += [t + " Shares rose." for t in texts[:10]]
    found = _tables(tmp_path, "facts-first", texts)
    links = found[TABLES.index("doc_links")]
    assert any(level == "paraphrase" for *_, level, _ in links), "no paraphrase: nothing was checked"

    # The facts of two documents, and the checks of three pairs, at a time.
    monkeypatch.setattr(step, "_FACT_DOCS", 2)
    monkeypatch.setattr(step, "_WORTH_PAIRS", 3)
    assert _tables(tmp_path, "slices", texts) == found

    # The estimated similarity first, as before: the pairs below it dropped before any other check.
    checked = Deduplicator._paraphrases

    def similarity_first(self, checks, batch, texts, counts, judge):
        ids, local, signatures = batch
        stored = self._stored_signatures(self._earlier(checks, ids))
        checks = checks[self._similarities(checks, PARA, signatures, local, stored) >= self.cfg.para_min_jaccard]
        return checked(self, checks, batch, texts, counts, judge)

    monkeypatch.setattr(Deduplicator, "_paraphrases", similarity_first)
    assert _tables(tmp_path, "similarity-first", texts) == found


def test_facts_joined_at_once_as_two_at_a_time():
    rng = np.random.default_rng(54)

    def facts(n: int) -> Facts:
        sizes = [rng.integers(0, 4, n) for _ in range(2)]
        return Facts(rng.integers(0, 9, n), *((np.r_[0, np.cumsum(s)], rng.integers(0, 99, s.sum())) for s in sizes))

    def added(x: Facts, y: Facts) -> Facts:  # two at a time, as documents' facts were joined before
        def sets(p, q):
            return np.concatenate([p[0][:-1], q[0] + p[0][-1]]), np.concatenate([p[1], q[1]])

        return Facts(np.concatenate([x.counts, y.counts]), sets(x.numbers, y.numbers), sets(x.names, y.names))

    parts = [facts(n) for n in (3, 0, 5, 1)]
    pairwise = added(added(added(parts[0], parts[1]), parts[2]), parts[3])
    joined = Facts.joined(parts)
    for x, y in ((joined.counts, pairwise.counts), *zip(joined.numbers, pairwise.numbers),
                 *zip(joined.names, pairwise.names)):
        assert x.tolist() == y.tolist()


def test_a_story_too_short_to_compare_is_told_by_its_digest():
    """A document of fewer substantive sentences than a paraphrase needs is known from its kept digest
    (its pairs are dropped before its facts are made); one not kept is not known."""
    from keiretsu.dedup.digests import DigestStore, digest
    from keiretsu.dedup.paraphrase import ParaphraseSettings, analyse

    cfg = ParaphraseSettings()
    brief = "NEW YORK, Feb 26 - Moody's Investors Service Inc said it lowered the debt ratings of USX Corp."
    kept = DigestStore(1 << 20)
    assert kept.substantive([7]).tolist() == [-1]
    kept.add([7, 9], digest([analyse(STORIES[2]), analyse(brief)], cfg))
    assert kept.substantive([9, 7, 8]).tolist() == [1, 4, -1]
    assert kept.substantive([9])[0] < cfg.min_sentences <= kept.substantive([7])[0]

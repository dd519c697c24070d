"""The dedup stage on a real store: levels, canonical documents, sentence links, increments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiretsu.dedup import Deduplicator
from keiretsu.dedup.text import content_words, split_sentences
from keiretsu.jobs import ingest


def put(tmp_path: Path, store, settings, records: list[dict], name: str = "batch.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    ingest([str(p)], store, settings)
    return {d["external_id"]: d["id"] for d in store.documents(limit=10_000)}


def clusters_by_external_id(store) -> dict[str, dict]:
    out = {}
    for c in store.duplicate_clusters(limit=1000):
        out[c["canonical"]["external_id"]] = {m["external_id"]: (m["level"], m["similarity"]) for m in c["members"]}
    return out


def story(samples) -> str:
    return (samples / "nissan-honda-ev-talks.txt").read_text().split(" ", 2)[2]


def test_sentence_splitting_keeps_spans_and_abbreviations():
    text = "Nissan Motor Co. said on Feb. 1 it would talk. Honda agreed!\nU.S. sales rose 5.5 pct."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Nissan Motor Co. said on Feb. 1 it would talk.", "Honda agreed!",
                                           "U.S. sales rose 5.5 pct."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert content_words("Feb.1: 43% stake") == content_words("february 1: 43 percent stakes")


def test_renault_sample_links_each_sentence_to_its_paraphrase(samples, store, settings):
    ingest([str(samples)], store, settings)
    Deduplicator(store).run()
    [doc] = [d for d in store.documents() if d["location"].endswith("alliance-reform.txt")]
    text = store.document(doc["id"])["text"]
    pairs = {(text[link["start_a"]:link["end_a"]][:40], text[link["start_b"]:link["end_b"]][:40])
             for link in store.sentence_links(doc["id"])}
    assert pairs == {
        ("Nissan and Renault are nearing a compreh", "Nissan and Renault are nearing a major r"),
        ("The talks have been continuing for month", "The talks have been ongoing for months a"),
        ("According to reports, the firms could ma", "A formal announcement from the companies"),
        ("Nissan is concerned that technology prod", "Nissan has been concerned that the techn"),
    }
    assert store.duplicate_clusters() == []  # the two samples are different stories


def test_levels_canonical_and_copies(tmp_path, samples, store, settings):
    text = story(samples)
    wrapped = "Advertisement. Subscribe to read the full story.\n\n" + text + "\n\nCookie policy. All rights reserved."
    rewritten = (text.replace("Nissan Motor Co., Ltd. is reportedly in discussions with", "Nissan Motor is said to be "
                              "talking to").replace("collaboration", "cooperation").replace("potential", "possible")
                 .replace("electric vehicles", "electric cars").replace("the", "").replace(" a ", " one "))
    put(tmp_path, store, settings, [
        {"id": "wire", "text": text, "source": "Wire", "published": "2024-03-13T09:00:00Z"},
        {"id": "early", "text": text, "source": "Paper", "published": "2024-03-13T08:00:00Z"},
        {"id": "wrapped", "text": wrapped, "source": "Site"},
        {"id": "rewrite", "text": rewritten, "source": "Blog", "published": "2024-03-14"},
        {"id": "other", "text": (samples / "renault-nissan-alliance-reform.txt").read_text()},
    ])
    result = Deduplicator(store).run()
    assert result.documents == 5
    clusters = clusters_by_external_id(store)
    assert list(clusters) == ["early"]  # earliest publication wins
    members = clusters["early"]
    assert members["wire"] == ("exact", 1.0)
    assert members["wrapped"][0] == "near" and members["wrapped"][1] >= 0.5
    assert members["rewrite"][0] == "paraphrase"
    assert "other" not in members
    # Every sentence of a copy points at the canonical document's sentence.
    ids = {d["external_id"]: d["id"] for d in store.documents()}
    links = [x for x in store.sentence_links(ids["wire"]) if x["doc_b"] == ids["early"]]
    assert len(links) == len(split_sentences(text)) and all(x["level"] == "exact" for x in links)


def test_incremental_runs_match_a_full_rebuild(tmp_path, samples, store, settings):
    text = story(samples)
    first = [{"id": "a", "text": text}, {"id": "b", "text": (samples / "renault-nissan-alliance-reform.txt").read_text()}]
    later = [{"id": "c", "text": "Breaking. " + text}, {"id": "d", "text": text + " More to follow soon, we hear."}]
    put(tmp_path, store, settings, first, "first.jsonl")
    assert Deduplicator(store).run().documents == 2
    put(tmp_path, store, settings, later, "later.jsonl")
    second = Deduplicator(store).run()
    assert second.documents == 2  # only the new documents are hashed
    incremental = clusters_by_external_id(store)
    assert Deduplicator(store).run().documents == 0
    Deduplicator(store).run(rebuild=True)
    assert clusters_by_external_id(store) == incremental
    [(canonical, members)] = incremental.items()
    assert {canonical, *members} == {"a", "c", "d"} and canonical == "d"  # no dates: the longest


def test_short_and_boilerplate_documents_glue_nothing(tmp_path, samples, store, settings):
    header = "Subscribe to read the full story. Sign in to your account to continue reading our journalism today."
    footer = ("We use cookies to improve your experience on our site. By continuing to browse you agree to our use "
              "of cookies. Read our privacy policy and cookie policy for more.")
    a, b = story(samples), (samples / "renault-nissan-alliance-reform.txt").read_text()
    put(tmp_path, store, settings, [
        {"id": "a", "text": f"{header}\n\n{a}\n\n{footer}"},
        {"id": "b", "text": f"{header}\n\n{b}\n\n{footer}"},
        *[{"id": f"boiler{i}", "text": f"{header}\n\n{footer} Page {i}."} for i in range(6)],
        {"id": "s1", "text": "More to follow."},
        {"id": "s2", "text": "Markets closed."},
    ])
    Deduplicator(store).run()
    clusters = clusters_by_external_id(store)
    for canonical, members in clusters.items():
        ids = {canonical, *members}
        assert not ({"a", "b"} <= ids), "boilerplate glued two stories"
        assert not ids & {"s1", "s2"}
        assert not (ids & {"a", "b"} and any(i.startswith("boiler") for i in ids))


def test_changed_settings_need_a_rebuild(store):
    from keiretsu.dedup import DedupSettings
    from keiretsu.errors import KeiretsuError

    Deduplicator(store).run()
    with pytest.raises(KeiretsuError, match="--rebuild"):
        Deduplicator(store, DedupSettings(near_bands=16)).run()
    Deduplicator(store, DedupSettings(near_bands=16)).run(rebuild=True)


def test_very_long_documents_stay_bounded(tmp_path, samples, store, settings):
    import resource

    text = story(samples)
    long = " ".join(f"{text} Section {i}." for i in range(400))  # ~1.4 MB, ~12k sentences
    put(tmp_path, store, settings, [{"id": "long", "text": long}, {"id": "copy", "text": long + " The end."},
                                    {"id": "short", "text": text}])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    Deduplicator(store).run()
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 400
    clusters = clusters_by_external_id(store)
    members = next(set(m) | {c} for c, m in clusters.items() if "long" in ({c} | set(m)))
    assert {"long", "copy"} <= members and "short" not in members


def test_templated_stories_with_other_figures_or_names_stay_apart(tmp_path, store, settings):
    fed = ("NEW YORK, March {d} - The Federal Reserve entered the U.S. Government securities market to arrange "
           "{amt} billion dlrs of customer repurchase agreements, a Fed spokesman said.\nDealers said Federal funds "
           "were trading at {rate} pct when the Fed began its temporary and indirect supply of reserves to the "
           "banking system.")
    bond = ("LONDON, March {d} - {issuer} is issuing a 50 mln stg eurobond due March 31, 1992 paying 9-5/8 pct and "
            "priced at 101-1/4 pct, lead manager {manager} said.\nThe non-callable bond is available in "
            "denominations of 1,000 and 10,000 stg and will be listed in London.\nThe selling concession is 1-1/4 "
            "pct while management and underwriting combined pays 5/8 pct.\nThe payment date is March 31.")
    put(tmp_path, store, settings, [
        {"id": "fed-2", "text": fed.format(d=2, amt="1.5", rate="6-3/16")},
        {"id": "fed-11", "text": fed.format(d=11, amt="two", rate="6-5/16")},
        {"id": "fed-2-resent", "text": fed.format(d=2, amt="1.5", rate="6-3/16") + " Repeat."},
        {"id": "bond-a", "text": bond.format(d=2, issuer="Commerzbank Overseas Finance NV", manager="Samuel Montagu")},
        {"id": "bond-b", "text": bond.format(d=2, issuer="Cheltenham and Gloucester Building Society",
                                             manager="Union Bank of Switzerland")},
    ])
    Deduplicator(store).run()
    groups = [{c, *m} for c, m in clusters_by_external_id(store).items()]
    assert groups == [{"fed-2", "fed-2-resent"}]

"""What makes the dedup stage fast is exact: the compiled and batched checks decide as the plain
Python ones do, the rewritten text functions split and fold as the plain regexes did, and a
bucket stored only up to full pairs what the whole bucket would."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace

import numpy as np
import pytest

from keiretsu.dedup.paraphrase import (
    ParaphraseSettings,
    analyse,
    comparable,
    document_similarity,
    may_cover,
    same_facts,
    substantive,
)
from keiretsu.dedup.digests import DigestStore, Sentences, Stories, digest
from keiretsu.dedup.step import NEAR, DedupSettings, Deduplicator
from keiretsu.dedup.text import _ABBREV, _WORD_WINDOW, Sentence, content_words, split_sentences
from keiretsu.jobs import ingest
from keiretsu.settings import Settings
from keiretsu.store import open_store

WORDS = ("Acme Corp Delta Gamma Inc. U.S. buys sells stake shares rose fell profit quarter deal talks bank "
         "rate 5 10 15 1,000 5% pct two million mln").split()


def documents(rng: random.Random, n: int) -> list[str]:
    def sentence() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))) + rng.choice([". ", "! ", "? ", "\n"])

    return ["".join(sentence() for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_batched_paraphrase_checks_decide_as_document_similarity():
    rng, cfg = random.Random(7), ParaphraseSettings()
    texts = documents(rng, 240)
    stories = Stories(digest([analyse(t) for t in texts], cfg), np.array([], dtype=np.int64))
    pairs = np.array([(i, j) for i in range(0, 240, 2) for j in range(i + 1, min(240, i + 30))], dtype=np.int64)
    worth = np.zeros(len(pairs), dtype=bool)
    worth[stories.worth_aligning(pairs, cfg)] = True
    kept = worth.copy()
    kept[worth] = may_cover(*stories.alignments(pairs[worth], cfg), cfg)
    analysed = [analyse(t) for t in texts]
    linked = [document_similarity(analysed[i], analysed[j], cfg) >= cfg.document_coverage for i, j in pairs.tolist()]
    assert kept.tolist() == linked
    assert 10 < sum(linked) < len(linked) - 10  # both ways, often
    plain = [comparable(len(substantive(analysed[i], cfg)), cfg) and comparable(len(substantive(analysed[j], cfg)), cfg)
             and same_facts(substantive(analysed[i], cfg), substantive(analysed[j], cfg)) for i, j in pairs.tolist()]
    assert worth.tolist() == plain


def test_sets_mostly_shared_decided_early_as_by_their_whole_intersection():
    from keiretsu.dedup.kernels import intersections, mostly_shared as decided
    from keiretsu.dedup.paraphrase import mostly_shared

    rng = np.random.default_rng(31)
    sets = [np.unique(rng.integers(0, 12, rng.integers(0, 10))) for _ in range(300)]
    ptr = np.r_[0, np.cumsum([len(x) for x in sets])].astype(np.int64)
    items = np.concatenate(sets).astype(np.int64)
    pairs = rng.integers(0, len(sets), (5000, 2)).astype(np.int64)
    sizes = np.diff(ptr)
    plain = mostly_shared(sizes[pairs[:, 0]], sizes[pairs[:, 1]], intersections(ptr, items, pairs))
    assert decided(ptr, items, pairs).tolist() == plain.tolist()
    assert 500 < plain.sum() < 4500  # both ways, often


def test_kept_digests_are_gathered_as_they_were_made():
    rng, cfg = random.Random(9), ParaphraseSettings()
    infos = [analyse(t) for t in documents(rng, 60)]
    kept = DigestStore(budget=1 << 20)
    kept.add(list(range(25)), digest(infos[:25], cfg))
    kept.add(list(range(25, 60)), digest(infos[25:], cfg))
    docs = rng.sample(range(60), 30)

    def plain(column) -> list:
        return [x.tolist() for x in column] if isinstance(column, tuple) else column.tolist()

    assert [plain(c) for c in kept.gather(docs)] == [plain(c) for c in digest([infos[d] for d in docs], cfg)]
    assert 0 in kept
    room = kept.nbytes
    kept.budget = kept.used  # past two thirds of it: the older half go, the newer half stay as they were
    kept.trim()
    assert 0 not in kept and 29 not in kept and 30 in kept and 59 in kept
    newer = [d for d in docs if d >= 30]
    assert [plain(c) for c in kept.gather(newer)] == [plain(c) for c in digest([infos[d] for d in newer], cfg)]
    assert kept.nbytes == room  # in place: nothing allocated
    # Added to after a trim, and trimmed again: the rows moved are found where they went.
    more = [analyse(t) for t in documents(rng, 20)]
    kept.add(list(range(60, 80)), digest(more, cfg))
    kept.budget = kept.used
    kept.trim()
    assert 54 not in kept and 55 in kept and 79 in kept
    infos += more
    some = [79, 55, 59, 60]
    assert [plain(c) for c in kept.gather(some)] == [plain(c) for c in digest([infos[d] for d in some], cfg)]
    kept.budget = 0
    kept.trim()
    assert 59 not in kept


def test_near_copies_need_the_same_facts_as_same_facts_says(store):
    rng, cfg = random.Random(3), DedupSettings()
    texts = {i: t for i, t in enumerate(documents(rng, 120), 1)}
    pairs = [(i, j) for i in range(1, 121) for j in range(i + 1, min(121, i + 12))]
    found = Deduplicator(store, cfg)._same_facts(pairs, texts)
    assert found == [same_facts(analyse(texts[i]), analyse(texts[j])) for i, j in pairs]
    assert 0 < sum(found) < len(found)


# The plain forms of what text.py does faster: splitting after a look-behind, and folding each token.
_PLAIN_BOUNDARY = re.compile(r"""(?<=[.!?])["')\]]*\s+(?=["'(\[]?\w)|\n+""")
_PLAIN_LAST_WORD = re.compile(r"([\w.]+)\W*$")


def plain_split(text: str) -> list[Sentence]:
    pos, pieces = 0, []
    for m in _PLAIN_BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0):
            last = _PLAIN_LAST_WORD.search(text, max(pos, m.start() - _WORD_WINDOW), m.start())
            if last and last.group(1).rstrip(".").lower() in _ABBREV:
                continue
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    out = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out


def plain_content_words(text: str) -> frozenset[str]:
    from keiretsu.dedup.text import _MONTHS, _NUMBER_WORDS, STOPWORDS, _stemmer

    out = set()
    for token in re.findall(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+", text.lower().replace("%", " percent")):
        if token[0].isdigit():
            out.add(token.replace(",", ""))
        elif token in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[token])
        else:
            token = _MONTHS.get(token, token)
            token = "percent" if token in ("pct", "per") else token
            if token not in STOPWORDS and len(token) >= 2:
                out.add(_stemmer.stemWord(token))
    return frozenset(out)


def test_sentences_and_content_words_are_those_of_the_plain_regexes():
    rng = random.Random(11)
    alphabet = list("aZ .!?\"')]([\n\t%,5/-_") + ["İ", "Σ", "ς", "é", "ß", "²", "\u00a0", "\u2028", "Inc.", "U.S.",
                                                  "e.g.", "Mr.", "Feb.", " no. ", "pct", "per"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += documents(rng, 200) + [t.replace(" ", "%") for t in documents(rng, 100)]
    for text in texts:
        assert split_sentences(text) == plain_split(text), text
        assert content_words(text) == plain_content_words(text), text


@pytest.mark.parametrize("candidate_keys", [DedupSettings().candidate_keys, 2])
def test_a_full_bucket_keeps_its_first_members_and_pairs_as_the_whole_bucket(store, candidate_keys):
    """Buckets stored up to ``max_bucket + 1`` members pair new documents as whole buckets would,
    looked up all at once or a few at a time."""
    rng, cfg = random.Random(5), DedupSettings(max_bucket=4, candidate_keys=candidate_keys)
    dedup = Deduplicator(store, cfg)
    whole: dict[int, list[int]] = {}  # every member, once, as the plain index kept them
    doc = 0
    for _ in range(6):
        ids = list(range(doc + 1, doc + 1 + rng.randint(1, 12)))
        doc = ids[-1]
        keys = rng.choices(range(9), k=len(ids) * 3)
        keys = np.array(keys, dtype=np.int64).reshape(len(ids), 3)
        valid = np.array([rng.random() > 0.1 for _ in ids])
        pairs, (row_keys, row_docs) = dedup._candidates(NEAR, ids, keys, valid)
        expected, batch = set(), {}
        for d, row, ok in zip(ids, keys.tolist(), valid):
            for key in row if ok else []:
                bucket = whole.get(key, []) + batch.get(key, [])
                if len(bucket) <= cfg.max_bucket:
                    expected.update((min(d, o), max(d, o)) for o in bucket)
                batch.setdefault(key, []).append(d)
        for key, members in batch.items():
            whole.setdefault(key, []).extend(d for d in dict.fromkeys(members) if d not in whole[key])
        assert [tuple(p) for p in pairs.tolist()] == sorted(expected)
        dedup._buckets[NEAR].add(row_keys, row_docs)
    stored = dedup._buckets[NEAR].members(np.arange(9)).tolist()
    assert max(sum(1 for k, _ in stored if k == key) for key in range(9)) == cfg.max_bucket + 1
    assert sorted(d for k, d in stored if k == 0) == sorted(whole.get(0, []))[: cfg.max_bucket + 1]


def test_a_run_cut_short_links_each_sentence_once(tmp_path):
    """Documents a run indexed and did not link (it was cut short) get the same sentence links, once,
    as in a run that went through: whether their own links were stored with them or not (as an
    earlier version left them)."""
    texts = documents(random.Random(13), 40)
    texts += [t + " Shares rose." for t in texts[:10]]  # copies, to cluster
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    cfg, found = DedupSettings(batch=16), []
    for case in ("whole", "cut short", "cut short, own links not stored"):
        settings = Settings(db=tmp_path / f"{case}.db")
        store = open_store(settings.db)
        ingest([str(tmp_path / "docs.jsonl")], store, settings)
        if case != "whole":
            first = store.undeduplicated(cfg.batch)
            Deduplicator(store, cfg).add(first)
            if case.endswith("not stored"):
                with store.transaction():
                    store.db.execute("DELETE FROM sentence_links")
        Deduplicator(store, cfg).run()
        found.append(sorted(tuple(row.values()) for row in store.sentence_links()))
        store.close()
    assert any(row[0] == row[4] for row in found[0]) and any(row[0] != row[4] for row in found[0])
    assert found[1] == found[0] and found[2] == found[0]


def test_openings_and_sentence_names_come_out_as_the_plain_calls_make_them():
    """A document's opening taken from the sentences of its whole text is ``_opening``'s, and the
    names of its sentence shapes, from one pass over each sentence's tokens, are those of masking
    the sentence and then the text past its first token."""
    from keiretsu.dedup.identity import (
        _OPENING_CHARS,
        _TEXT_CHARS,
        _TOKEN,
        _mask,
        _names,
        _opening,
        _sentence_names,
        opening_of,
        shape_hash,
    )
    from keiretsu.dedup.paraphrase import key_hash, sentence_key

    rng = random.Random(17)
    texts = documents(rng, 300)
    # Sentence ends near where the opening is cut, datelines, long sentences, short texts.
    for _ in range(300):
        lead = rng.choice(["NEW YORK, March 2 - ", "Tokyo, Feb. 3 - ", "", "Header line\n"])
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
        cut = rng.randint(_OPENING_CHARS - 12, _OPENING_CHARS + 3)
        text = lead + body
        text = text[:cut] + rng.choice([". ", ".\"  A", "\n", "? (", ".", " "]) + text[cut:]
        texts.append(text)
        # Six sentences, the seventh starting just before, at or past where the opening is cut.
        words = [rng.choice(WORDS) for _ in range(400)]
        sizes = [rng.randint(100, 190) for _ in range(5)]
        sizes.append(_OPENING_CHARS - sum(sizes) + rng.randint(-8, 4))
        text, at = "", 0
        for size in sizes:
            sentence = ""
            while len(sentence) < size - 2:
                sentence += words[at % len(words)] + " "
                at += 1
            text += sentence[: size - 2].rstrip() + rng.choice([". ", "! ", ".\n", '." ', ". ("])
        texts.append(text + "Acme rose. Delta fell 5 pct. " * rng.randint(0, 3))
    fast = 0
    for text in texts:
        sentences = split_sentences(text)
        fast += len(text) > _OPENING_CHARS and len(sentences) > 6 and sentences[6].start + 2 <= _OPENING_CHARS
        keys = [key_hash(sentence_key(s.text)) for s in sentences]
        assert opening_of(text, sentences, keys) == _opening(text), text
    assert fast > 20

    def plain_names(text: str) -> dict:
        out: dict = {}
        for s in split_sentences(text[:_TEXT_CHARS]):
            first = _TOKEN.search(s.text)
            rest = s.text[first.end():] if first else ""
            out.setdefault(shape_hash(_mask(s.text)[0]), set()).update(_names(_mask(rest)[1]))
        return {k: frozenset(v) for k, v in out.items()}

    for text in texts:
        assert _sentence_names(text) == plain_names(text), text


def test_a_documents_figures_words_and_own_links_are_those_of_the_plain_functions():
    """What the map step reads faster is exact: figures past an anchored dateline and scaled only
    where a scale word is, links within a document settled by lengths first, and a text's content
    words gathered from its sentences'."""
    from keiretsu.dedup.paraphrase import DATELINE, SentenceLink, _level, _match, _numbers, scale, within

    def plain_numbers(text: str) -> frozenset[str]:
        said = DATELINE.sub("", text)
        return frozenset(scale({w for w in content_words(said) if w[0].isdigit()}, said))

    def plain_within(doc, cfg) -> list:
        return [SentenceLink(x.sentence.index, y.sentence.index, _level(x, y, sim, cfg), round(sim, 3))
                for i, x in enumerate(doc) for y in doc[i + 1 :] if (sim := _match(x, y, cfg))]

    rng, cfg = random.Random(19), ParaphraseSettings()
    datelines = ["NEW YORK, March 2 - ", "PORTLAND, Ore., March 4 - ", "peoria, april 7 - ", "Tokyo,  Feb. 3 -- ",
                 "A place named at length beyond forty-two characters, March 2 - ", "İstanbul, May 5 - "]
    scaled = ["1.3 mln", "1,300 MILLION", "2 bln dlrs", "5-billion", "7 mıllıon", "3 Mln", "4 millions", "9 mln5"]
    texts = documents(rng, 200)
    for _ in range(400):
        parts = [rng.choice(datelines) if rng.random() < 0.5 else ""]
        parts += [rng.choice(WORDS + scaled) for _ in range(rng.randint(1, 30))]
        texts.append(" ".join(parts) + rng.choice([". ", "\n", ""]) + " ".join(parts[1:]))
    for text in texts:
        info = analyse(text)
        for s in info:
            assert s.numbers == plain_numbers(s.sentence.text) == _numbers(s.sentence.text, s.words), s.sentence.text
        assert within(info, cfg) == plain_within(info, cfg)
        assert frozenset().union(*(s.words for s in info)) == content_words(text), text
    # Both ways, often: figures scaled, and sentences of one document linked.
    assert sum(any(len(n) > 5 for s in analyse(t) for n in s.numbers) for t in texts) > 50
    assert sum(bool(within(analyse(t), cfg)) for t in texts) > 50
    # The map step links them compiled, all its documents' sentences hashed at once.
    infos = [analyse(t) for t in texts] + [analyse("Same. Same.\n. \n."), []]
    for settings in (cfg, replace(cfg, max_sentences=8), replace(cfg, min_shared_words=1, sentence_threshold=0.2)):
        compiled: list[list] = [[] for _ in infos]
        for doc, a, b, level, sim in Sentences.of(infos).within(settings):
            compiled[doc].append(SentenceLink(a, b, level, sim))
        assert compiled == [within(info, settings) for info in infos]


def test_digests_made_from_all_sentences_hashed_at_once_are_those_of_each_document():
    from keiretsu.dedup.paraphrase import facts, key_hash

    rng, cfg = random.Random(43), ParaphraseSettings()
    infos = [analyse(t) for t in documents(rng, 60) + ["", "Too short."]]

    def hashed(sets) -> list[list[int]]:
        return [sorted(map(key_hash, x)) for x in sets]

    made = digest(infos, cfg)
    counted = [substantive(info, cfg) for info in infos]
    sentences = [s for doc in counted for s in doc]
    assert made.sentences.tolist() == [len(doc) for doc in counted]
    assert made.keys.tolist() == [s.hash for s in sentences]
    def split(column) -> list[list[int]]:
        sizes, items = column
        return [x.tolist() for x in np.split(items, np.cumsum(sizes)[:-1])]

    for name in ("words", "numbers", "names"):
        assert split(getattr(made, name)) == hashed(getattr(s, name) for s in sentences)
    for i, name in enumerate(("fact_numbers", "fact_names")):
        assert split(getattr(made, name)) == hashed(facts(info)[i] for info in infos)


def test_bucket_rows_kept_for_a_run_answer_as_the_store_does(tmp_path):
    """A run looks its buckets up in memory, batch after batch, runs merged or not; one that writes
    the whole index keeps the signatures of the documents it indexed too, and finds what a run
    reading them from the store finds."""
    from keiretsu.dedup.buckets import BucketRows

    rng = np.random.default_rng(23)
    kept, small, rows = BucketRows(), BucketRows(merged_rows=64), []
    for batch in range(30):
        keys = rng.integers(0, 400, rng.integers(1, 60))
        docs = rng.integers(0, 10_000, len(keys))
        wanted = np.unique(rng.integers(0, 450, 50))
        expected = sorted((k, d) for k, d in rows if k in set(wanted.tolist()))
        for index in (kept, small):
            assert sorted(map(tuple, index.members(wanted).tolist())) == expected
            index.add(keys, docs)
        rows += zip(keys.tolist(), docs.tolist())
    assert len(kept.runs) < len(small.runs)

    texts = documents(random.Random(29), 60)
    texts += [t + " Shares rose." for t in texts[:15]]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    tables = []
    for case in ("in memory", "from the store"):
        # From the store: as after an earlier run, with no digest or signature kept.
        cfg = DedupSettings(batch=8, max_bucket=6, kept_mb=1.0 if case == "in memory" else 0)
        settings = Settings(db=tmp_path / f"{case}.db")
        store = open_store(settings.db)
        ingest([str(tmp_path / "docs.jsonl")], store, settings)
        if case == "from the store":
            store.set_meta("dedup_index", cfg.index_signature())
        dedup = Deduplicator(store, cfg)
        dedup.run()
        assert bool(dedup._signatures.rows) == (case == "in memory")
        tables.append([sorted(map(tuple, store.db.execute(f"SELECT * FROM {t}")))
                       for t in ("lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df")])
        store.close()
    assert tables[0] == tables[1] and tables[0][1]


def test_pairs_verified_a_few_at_a_time_give_the_same_tables(tmp_path):
    """Candidate pairs made, and verified, a few buckets and pairs at a time (what bounds a batch's
    memory) find what a batch made and verified whole finds, in the index and reading it from the
    store."""
    texts = documents(random.Random(31), 60)
    texts += [t + " Shares rose." for t in texts[:15]]
    texts += [". ".join(reversed(t.split(". "))) for t in texts[15:25]]  # the same sentences, reordered
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    tables = {}
    for chunks in ({}, {"verify_pairs": 3, "candidate_keys": 5}):
        for kept_mb in (1.0, 0):
            cfg = DedupSettings(batch=8, max_bucket=6, kept_mb=kept_mb, **chunks)
            settings = Settings(db=tmp_path / f"{len(chunks)}-{kept_mb}.db")
            store = open_store(settings.db)
            ingest([str(tmp_path / "docs.jsonl")], store, settings)
            if not kept_mb:
                store.set_meta("dedup_index", cfg.index_signature())
            Deduplicator(store, cfg).run()
            tables[len(chunks), kept_mb] = [
                sorted(map(tuple, store.db.execute(f"SELECT * FROM {t}")))
                for t in ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df")]
            store.close()
    assert tables[0, 1.0][2], "no links: nothing was verified"
    assert tables[2, 1.0] == tables[0, 1.0] and tables[2, 0] == tables[0, 0]


def test_sentence_counts_kept_in_arrays_count_as_a_dictionary_does():
    from keiretsu.dedup.buckets import SentenceCounts

    rng = np.random.default_rng(31)
    counts, plain = SentenceCounts(), {}
    for step in range(40):
        hashes = np.unique(rng.integers(-500, 500, rng.integers(0, 40)))
        found = counts.find(hashes)
        assert found.tolist() == [plain.get(h, -1) for h in hashes.tolist()]
        added = rng.permutation(hashes)
        n = rng.integers(1, 5, len(added))
        new = step % 3 == 0
        counts.add(added, n, new=new)
        for h, k in zip(added.tolist(), n.tolist()):
            if h in plain or new:
                plain[h] = plain.get(h, 0) + k
    assert len(counts) == len(plain) > 100


def test_figures_found_from_their_first_digit_as_by_the_look_behind_before_it():
    from keiretsu.dedup.identity import _DIGITS

    plain = re.compile(r"(?<![\d.,/-])\d+(?:[.,/-]\d+)*(?!\d|(?:st|nd|rd|th)\b)", re.IGNORECASE)
    rng = random.Random(37)
    pieces = ["1", "23", "4,500", "1.5", "3/4", "1-1/4", ".", ",", "/", "-", " ", "st", "ND", "th ", "rd,", "x", "Q3",
              "\n", "٣", "²"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    assert all(_DIGITS.findall(t) == plain.findall(t) for t in texts)
    assert sum(bool(plain.findall(t)) for t in texts) > 2000


def test_kept_signatures_stay_within_their_budget_and_keep_the_newest():
    from keiretsu.dedup.buckets import KeptSignatures

    rng = np.random.default_rng(5)
    perms, per_doc = 8, 2 * 8 * 4 + 2
    kept = KeptSignatures(perms, budget=10 * per_doc)
    made = {}
    for batch in range(6):
        docs = list(range(batch * 4, batch * 4 + 4))
        sigs = tuple(rng.integers(0, 2**32, (4, perms), dtype=np.uint32) for _ in range(2))
        known = tuple(rng.random(4) < 0.8 for _ in range(2))
        kept.add(docs, sigs, known)
        made.update({d: (sigs[0][i], sigs[1][i], known[0][i], known[1][i]) for i, d in enumerate(docs)})
        assert len(kept.rows) <= 10 and len(kept.signatures[0]) <= 10
        assert set(docs) <= set(kept.rows)  # the batch just added is always kept
    rows = kept.find(list(made))
    assert 0 < (rows >= 0).sum() < len(made)
    assert rows[: -len(kept.rows)].max() == -1  # the oldest went first
    for doc, row in zip(made, rows.tolist()):
        if row >= 0:
            assert kept.signatures[0][row].tolist() == made[doc][0].tolist()
            assert kept.signatures[1][row].tolist() == made[doc][1].tolist()
            assert (kept.known[0][row], kept.known[1][row]) == made[doc][2:]
    empty = KeptSignatures(perms, budget=0)
    empty.add([1, 2], tuple(np.zeros((2, perms), dtype=np.uint32) for _ in range(2)),
              (np.ones(2, dtype=bool), np.ones(2, dtype=bool)))
    assert not empty.rows


def test_merged_runs_are_a_stable_sort_of_both():
    from keiretsu.dedup.buckets import _merged

    rng = np.random.default_rng(11)
    for n1, n2 in ((0, 5), (5, 0), (40, 60), (300, 7)):
        k1, k2 = np.sort(rng.integers(0, 20, n1)), np.sort(rng.integers(0, 20, n2))
        d1, d2 = rng.integers(0, 1000, n1), rng.integers(0, 1000, n2)
        keys, docs = np.concatenate([k1, k2]), np.concatenate([d1, d2])
        order = np.argsort(keys, kind="stable")
        merged = _merged(k1, d1, k2, d2)
        assert merged[0].tolist() == keys[order].tolist() and merged[1].tolist() == docs[order].tolist()


def test_digests_are_stored_and_read_back_as_made(tmp_path):
    """A run stores each document's digest; a later run (or this one past its memory budget) reads
    it back instead of analysing the text again, and gets what the analysis would give. A store
    from before digests were stored (none kept) is analysed as before."""
    from keiretsu.dedup.digests import decode, encode

    rng, cfg = random.Random(41), ParaphraseSettings()
    texts = documents(rng, 40) + ["", "Too short."]
    infos = [analyse(t) for t in texts]
    made = digest(infos, cfg)

    def plain(digests) -> list:
        return [[x.tolist() for x in c] if isinstance(c, tuple) else c.tolist() for c in digests]

    blobs = encode(made)
    assert plain(decode(blobs)) == plain(made)
    assert plain(decode([blobs[i] for i in (7, 41, 3)])) == plain(digest([infos[i] for i in (7, 41, 3)], cfg))

    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    settings = Settings(db=tmp_path / "k.db")
    store = open_store(settings.db)
    ingest([str(tmp_path / "docs.jsonl")], store, settings)
    Deduplicator(store, DedupSettings(batch=16)).run()
    ids = sorted(r[0] for r in store.db.execute("SELECT id FROM documents"))
    by_text = store.texts(ids)
    expected = plain(digest([analyse(by_text[d]) for d in ids], cfg))
    assert set(store.digests(ids)) == set(ids)
    assert plain(Deduplicator(store)._gather(ids, {})) == expected
    with store.transaction():
        store.db.execute("UPDATE dedup_docs SET digest = NULL")
    assert store.digests(ids) == {}
    assert plain(Deduplicator(store)._gather(ids, {})) == expected
    store.close()


def test_names_keys_and_words_of_ascii_and_other_text_are_those_of_the_plain_regexes():
    """``_names`` (its look-behind after the capital, the caps dateline matched, not substituted),
    ``sentence_key`` (words joined, not the rest replaced) and ``content_words`` (ASCII text by
    ASCII classes) give what the plain regexes give, on any text: non-ASCII (a Kelvin sign
    lowercases to ASCII, "İ" to two letters), empty, or very long."""
    from keiretsu.dedup.paraphrase import _CAPS_DATELINE, _NOT_NAMES, _names, sentence_key

    capitalised = re.compile(r"(?<![\w.])[A-Z][\w&'-]*")

    def plain_names(text: str) -> frozenset[str]:
        return frozenset(w.lower() for w in capitalised.findall(_CAPS_DATELINE.sub("", text))
                         if w.lower() not in _NOT_NAMES)

    def plain_key(text: str) -> str:
        return re.sub(r"\W+", " ", text.lower()).strip()

    rng = random.Random(43)
    pieces = ["Acme", "U.S.", "NEW YORK, March 2 - ", "x.Y", "_Z", "9A", "a", "The", "Inc", " ", "  ", ".", ",", "-",
              "&", "'", "O'Neil", "\u212a", "İstanbul", "Σ", "é", "ß", "\u00a0", "\n", "%", "5%", "1,000", "__"]
    texts = ["", " ", "\u212a", "A" * 5000, " ".join(["Acme Corp bought Gamma."] * 400)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += documents(rng, 200)
    for text in texts:
        assert _names(text) == plain_names(text), text
        assert sentence_key(text) == plain_key(text), text
        assert content_words(text) == plain_content_words(text), text
    assert sum(bool(_names(t)) for t in texts) > 1000


def test_sentences_compared_only_while_they_can_match_align_as_compared_whole():
    """``kernels.alignments`` stops comparing two sentences' words once too few are left to share
    as many as ``min_shared_words`` and the threshold want: it decides as ``document_similarity``
    does, whatever the two settings."""
    rng = random.Random(11)
    texts = documents(rng, 160)
    analysed = [analyse(t) for t in texts]
    pairs = np.array([(i, j) for i in range(0, 160, 2) for j in range(i + 1, min(160, i + 20))], dtype=np.int64)
    for threshold, least in ((0.5, 4), (0.3, 1), (0.7, 2), (0.45, 6), (0.6, 0)):
        cfg = ParaphraseSettings(sentence_threshold=threshold, min_shared_words=least, min_sentence_words=2,
                                 min_sentences=1)
        stories = Stories(digest(analysed, cfg), np.array([], dtype=np.int64))
        worth = stories.worth_aligning(pairs, cfg)
        kept = np.zeros(len(pairs), dtype=bool)
        kept[worth] = may_cover(*stories.alignments(pairs[worth], cfg), cfg)
        linked = [document_similarity(analysed[i], analysed[j], cfg) >= cfg.document_coverage
                  for i, j in pairs.tolist()]
        assert kept.tolist() == linked, (threshold, least)
        assert sum(linked), (threshold, least)


def test_compiled_runs_and_ranges_are_those_of_numpy():
    """``kernels.sort_runs`` sorts each run as a lexsort by run and item does, and ``digests.ranges``
    counts as numpy's repeat and arange did: runs of none, of one, a few (sorted by insertion),
    long runs, and none at all."""
    from keiretsu.dedup.digests import offsets, ranges
    from keiretsu.dedup.kernels import sort_runs

    rng = np.random.default_rng(47)
    for sizes in (np.array([], dtype=np.int64), np.array([0, 0]), np.array([1]), rng.integers(0, 9, 500),
                  rng.integers(10, 40, 200), np.array([100_000, 0, 3])):
        items = rng.integers(-2**62, 2**62, int(sizes.sum()))
        items[: len(items) // 3] = 7  # repeated items
        expected = items[np.lexsort((items, np.repeat(np.arange(len(sizes)), sizes)))]
        sort_runs(offsets(sizes), items)
        assert items.tolist() == expected.tolist()
        starts = rng.integers(0, 2**40, len(sizes))
        ends = np.cumsum(sizes)
        plain = np.repeat(starts - ends + sizes, sizes) + np.arange(ends[-1] if len(ends) else 0)
        assert ranges(starts, sizes).tolist() == plain.tolist()


def test_the_map_step_pauses_the_collector_and_leaves_it_as_it_was():
    """``sign`` runs with the cycle collector paused (its objects make no cycles: the collector runs
    at most once, when it is back on, where the same step unpaused starts it again and again),
    gives what it gives with it running, and leaves it on or off as it found it."""
    import gc

    from keiretsu.dedup.step import _sign, sign

    texts, cfg = documents(random.Random(53), 300), DedupSettings()
    runs: list[str] = []
    gc.callbacks.append(lambda phase, info: runs.append(phase))
    try:
        unpaused = _sign(cfg, texts)
        assert runs.count("start") > 2
        runs.clear()
        paused = sign(cfg, texts)
        assert gc.isenabled() and runs.count("start") <= 1
        gc.disable()
        off = sign(cfg, texts)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.pop()

    def same(a, b) -> bool:
        if isinstance(a, np.ndarray):
            return np.array_equal(a, b)
        if isinstance(a, (list, tuple)):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        return a == b

    assert same(unpaused, paused) and same(paused, off)


def test_a_batch_reduced_in_a_forked_process_gives_the_same_tables(tmp_path):
    """Each batch's reduce in a process forked for it (what keeps the run's own memory to what it
    holds) finds and stores what a reduce in the run's process finds, with the index in memory
    and read from the store."""
    from keiretsu.workers import can_fork

    texts = documents(random.Random(41), 60)
    texts += [t + " Shares rose." for t in texts[:15]]
    texts += [". ".join(reversed(t.split(". "))) for t in texts[15:25]]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                                                 for i, t in enumerate(texts)))
    tables = {}
    for apart in (False, True):
        for kept_mb in (1.0, 0):
            cfg = DedupSettings(batch=8, max_bucket=6, kept_mb=kept_mb, reduce_apart=apart)
            store = open_store(tmp_path / f"{apart}-{kept_mb}.db")
            ingest([str(tmp_path / "docs.jsonl")], store, Settings(db=tmp_path / f"{apart}-{kept_mb}.db"))
            if not kept_mb:
                store.set_meta("dedup_index", cfg.index_signature())
            dedup = Deduplicator(store, cfg)
            assert dedup._apart == (apart and can_fork())
            dedup.run()
            tables[apart, kept_mb] = [
                sorted(map(tuple, store.db.execute(f"SELECT * FROM {t}")))
                for t in ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df")]
            store.close()
    assert tables[False, 1.0][2] and tables[False, 1.0][4], "no links: nothing was verified"
    assert tables[True, 1.0] == tables[False, 1.0] and tables[True, 0] == tables[False, 0]

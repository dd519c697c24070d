"""A labelled duplicate corpus, planted in real articles.

Base texts are real news articles (the BBC corpus in ``../shared`` by default).
From a sample of them the generator plants, with a fixed seed:

* ``exact`` copies: the same text under another id and outlet;
* ``near`` copies: wrapped in another outlet's header and footer (shared by
  unrelated stories, to test that boilerplate glues nothing), lightly edited
  (typos, a few words changed, added or dropped), truncated (the first 55-90%),
  or with two paragraphs or sentences swapped; one or two of these at once;
* ``paraphrase`` versions: words replaced from a news thesaurus, half the
  function words rewritten or dropped ("the", "is" -> "was"), sentences
  reordered within a short window, one sentence in ten dropped, figures
  rewritten ("5%" -> "5 percent"), with an outlet's wrapper on some;
* distinct articles, untouched, as distractors (same categories, same vocabulary),
  plus boilerplate-only pages and very short items that must stay alone.

Every record carries ``story`` (the base it came from) and ``level``; the gold
clusters follow: exact = identical texts; near = a base with its exact and near
copies; paraphrase = a base with all its versions. This is generated data,
written by this module, not a human annotation; see the README.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

THESAURUS_PAIRS = """
said stated|says states|company firm|companies firms|rise increase|rose increased|fall decline|fell declined
big large|buy purchase|bought purchased|sell offload|sold offloaded|deal agreement|deals agreements
profit earnings|profits earnings|shares stock|chief head|boss chief|executive official|executives officials
government administration|plans intends|plan intend|expected anticipated|expects anticipates|help assist
start begin|started began|end finish|ended finished|show reveal|showed revealed|shows reveals
need require|needs requires|important significant|problem issue|problems issues|market sector|markets sectors
job role|jobs roles|people individuals|country nation|countries nations|world global|firm business
cut reduce|cuts reduces|move step|moves steps|rules regulations|talks discussions|growth expansion
price cost|prices costs|high elevated|low weak|strong robust|major key|biggest largest|latest newest
because as|however but|also additionally|about around|near close|recent latest|many numerous|week period
year twelve-month|years twelve-months|month period|told informed|added continued|warned cautioned
claim allege|claims alleges|decision ruling|decided ruled|agreed consented|hope aim|hopes aims|want wish
wants wishes|offer proposal|offered proposed|raise lift|raised lifted|spend invest|spending investment
"""
THESAURUS: dict[str, str] = {}
for pair in filter(None, (p.strip() for p in re.split(r"[|\n]", THESAURUS_PAIRS))):
    a, b = pair.split()
    THESAURUS.setdefault(a, b)
    THESAURUS.setdefault(b, a)

# A rewrite changes the small words too; these make it read differently, not mean differently.
FUNCTION_REWRITES = {
    "the": "", "that": "", "which": "that", "has": "had", "have": "had", "is": "was", "are": "were",
    "will": "would", "but": "yet", "and": "plus", "of": "from", "to": "towards", "in": "within", "for": "to",
    "on": "upon", "with": "alongside", "it": "this", "was": "had been", "by": "through", "at": "in",
}

HEADERS = [
    "advertisement subscribe to read the full story. sign in to your account to continue reading.",
    "home | business | markets | tech | world news | subscribe now and save 50 per cent on your first year.",
    "breaking news alert: sign up for our daily newsletter to get the top stories delivered to your inbox.",
    "skip to main content. menu search. you are reading a free article from the daily business review.",
]
FOOTERS = [
    "we use cookies to improve your experience on our site. by continuing to browse you agree to our use of "
    "cookies. read our privacy policy and cookie policy.",
    "copyright 2005 all rights reserved. this material may not be published, broadcast, rewritten or "
    "redistributed. follow us on twitter and facebook.",
    "share this article: email facebook twitter linkedin. related stories: markets wrap, currency report, "
    "the week ahead in business.",
    "subscribe to read more. already a subscriber? log in. terms and conditions apply. contact our newsroom "
    "with tips and corrections.",
]
SHORT_ITEMS = ["markets closed.", "more to follow.", "breaking: shares halted.", "update pending.", "no comment."]

_SENT = re.compile(r"(?<=[.!?])\s+")
_PCT = re.compile(r"(\d+(?:\.\d+)?)%")


def load_bbc(path: Path) -> list[tuple[str, str]]:
    """The articles, one per story.

    The BBC corpus holds exact repeats and a few updated versions of one story
    (e.g. two "Moya emotional at Davis Cup win" articles). Left in, they would be
    true duplicates labelled as distinct, so an article is dropped when a tenth of
    its word 8-grams occur in an earlier one: a plain exact-set check, independent
    of the MinHash code under test.
    """
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["category"], r["text"]) for r in csv.DictReader(f)]
    owners: dict[int, int] = {}
    out: list[tuple[str, str]] = []
    for cat, text in rows:
        words = text.split()
        grams = {hash(tuple(words[i : i + 8])) for i in range(max(1, len(words) - 7))}
        shared: dict[int, int] = {}
        for g in grams:
            if g in owners:
                shared[owners[g]] = shared.get(owners[g], 0) + 1
        if shared and max(shared.values()) >= 0.1 * len(grams):
            continue
        for g in grams:
            owners.setdefault(g, len(out))
        out.append((cat, text))
    return out


def _paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s{2,}|\n+", text) if p.strip()]
    return parts or [text]


def _join(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _wrap(rng: random.Random, text: str) -> str:
    return f"{rng.choice(HEADERS)}\n\n{text}\n\n{rng.choice(FOOTERS)}"


def _edit(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 40)):
        i = rng.randrange(len(words))
        op = rng.random()
        if op < 0.4 and len(words[i]) > 3:  # typo
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif op < 0.7:
            words[i] = THESAURUS.get(words[i], words[i])
        elif op < 0.85:
            words.insert(i, rng.choice(["also", "now", "reportedly", "still"]))
        elif len(words) > 50:
            del words[i]
    return " ".join(words)


def _truncate(rng: random.Random, text: str) -> str:
    sentences = _SENT.split(text)
    keep = max(3, int(len(sentences) * rng.uniform(0.55, 0.9)))
    return " ".join(sentences[:keep])


def _swap(rng: random.Random, text: str) -> str:
    paragraphs = _paragraphs(text)
    if len(paragraphs) >= 3:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
        return _join(paragraphs)
    sentences = _SENT.split(text)
    if len(sentences) >= 3:
        i = rng.randrange(1, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    return " ".join(sentences)


NEAR_EDITS = {"wrap": _wrap, "edit": _edit, "truncate": _truncate, "swap": _swap}


def paraphrase(rng: random.Random, text: str) -> str:
    sentences = [s for s in _SENT.split(" ".join(text.split())) if s]
    out = []
    for i, s in enumerate(sentences):
        if i and rng.random() < 0.1:  # drop one sentence in ten, never the lead
            continue
        words = []
        for w in s.split(" "):
            if w in THESAURUS and rng.random() < 0.8:
                w = THESAURUS[w]
            elif w in FUNCTION_REWRITES and rng.random() < 0.5:
                w = FUNCTION_REWRITES[w]
            if w:
                words.append(w)
        s = " ".join(words)
        s = _PCT.sub(lambda m: f"{m.group(1)} percent", s) if rng.random() < 0.5 else s
        out.append(s)
    for i in range(1, len(out) - 1):  # local reordering after the lead
        if rng.random() < 0.25:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def generate(base: list[tuple[str, str]], n_stories: int = 300, n_distinct: int = 600, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    picked = rng.sample(range(len(base)), min(len(base), n_stories + n_distinct))
    stories, distinct = picked[:n_stories], picked[n_stories:]
    records: list[dict] = []

    def add(text: str, story: str, level: str, source: str) -> None:
        records.append({"id": f"r{len(records)}", "text": text, "source": source, "story": story, "level": level})

    for n, idx in enumerate(stories):
        story = f"s{idx}"
        text = base[idx][1]
        add(text, story, "original", "bbc")
        if rng.random() < 0.5:
            add(text, story, "exact", "syndicated-wire")
        for k in range(rng.randint(1, 3)):
            edits = rng.sample(sorted(NEAR_EDITS), rng.randint(1, 2))
            copy = text
            for name in edits:
                copy = NEAR_EDITS[name](rng, copy)
            add(copy, story, "near:" + "+".join(edits), f"outlet-{k}")
        if rng.random() < 0.6:
            version = paraphrase(rng, text)
            add(_wrap(rng, version) if rng.random() < 0.3 else version, story, "paraphrase", "rewrite-desk")
    for idx in distinct:
        add(base[idx][1], f"s{idx}", "original", "bbc")
    for i in range(16):  # boilerplate-only pages: must not glue stories that share their wrapper
        add(f"{HEADERS[i % len(HEADERS)]}\n\n{FOOTERS[i // len(HEADERS)]}", f"boiler{i}", "original", "site")
    for i, item in enumerate(SHORT_ITEMS):
        add(item, f"short{i}", "original", "ticker")
    rng.shuffle(records)
    return records


def gold_pairs(records: list[dict]) -> dict[str, set[tuple[str, str]]]:
    """Pairs of record ids that belong together, per level (levels nest)."""
    from collections import defaultdict
    from itertools import combinations

    groups: dict[str, dict[str, list[str]]] = {"exact": defaultdict(list), "near": defaultdict(list),
                                                "paraphrase": defaultdict(list)}
    for r in records:
        groups["exact"][" ".join(r["text"].split())].append(r["id"])
        if r["level"] != "paraphrase":
            groups["near"][r["story"]].append(r["id"])
        groups["paraphrase"][r["story"]].append(r["id"])
    return {
        level: {tuple(sorted(p)) for ids in g.values() for p in combinations(ids, 2)}
        for level, g in groups.items()
    }

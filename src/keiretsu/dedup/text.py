"""Sentences and their content words: what paraphrase detection compares.

Two wordings of one fact share their content words (names, numbers, the
nouns and verbs of the fact) far more than their function words, so a
sentence is reduced to the set of its stemmed content words, with month
abbreviations and number formats folded ("Feb.1" = "February 1",
"43%" = "43 percent").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

# Split after . ! ? (and closing quotes) and a space, unless the word before is a common
# abbreviation; and at every line break. Lower-case starts count: some feeds are lower-cased.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "co", "corp", "inc", "ltd", "plc", "jr", "sr", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e",
    "gov", "gen", "rep", "sen", "dept", "est", "approx", "fig",
}
_BOUNDARY = re.compile(r"""(?<=[.!?])["')\]]*\s+(?=["'(\[]?\w)|\n+""")
_LAST_WORD = re.compile(r"([\w.]+)\W*$")
# How far back from a full stop its word is looked for: far enough for any abbreviation, and a
# bound, so that a text of many "Inc." and no sentence end is not scanned again at each one.
_WORD_WINDOW = 32

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
    herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
    most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those through to too under
    until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
    while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves said says say saying told according its also would could may might must shall will
    one two s t just now new""".split()
)
_MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}
# Numbers keep their separators ("1-1/4", "5.5", "1,000"): the figures are the facts.
# Figures written as words are figures too ("two billion" = "2 billion"); "one" is left alone,
# being a pronoun as often as a number.
_NUMBER_WORDS = {w: str(i) for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+", re.UNICODE)
_stemmer = Stemmer.Stemmer("english")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character span in the document's clean text
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    pieces = []
    for m in _BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0):
            last = _LAST_WORD.search(text, max(pos, m.start() - _WORD_WINDOW), m.start())
            if last and last.group(1).rstrip(".").lower() in _ABBREV:
                continue
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    for start, end in pieces:
        # trim whitespace inside the span, keeping offsets exact
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out


def passages(sentences: list[Sentence], max_chars: int) -> list[Sentence]:
    """The sentences, each longer than ``max_chars`` (text with no sentence end: a table, a list,
    scraped junk) cut into passages of at most that many characters at the last space before the
    limit, or at the limit where there is none. Spans stay exact; indexes count the passages."""
    if all(s.end - s.start <= max_chars for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        while start < s.end:
            end = min(s.end, start + max_chars)
            if end < s.end:
                cut = s.text.rfind(" ", start - s.start, end - s.start)
                if cut > start - s.start:
                    end = s.start + cut
            text = s.text[start - s.start : end - s.start].strip()
            if text:
                lead = s.text.index(text, start - s.start) + s.start
                out.append(Sentence(len(out), lead, lead + len(text), text))
            start = end
    return out


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words and numbers of a text, folded as the module says."""
    out = set()
    for token in _TOKEN.findall(text.lower().replace("%", " percent")):
        if token[0].isdigit():
            out.add(token.replace(",", ""))
            continue
        if token in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[token])
            continue
        token = _MONTHS.get(token, token)
        if token == "pct" or token == "per":
            token = "percent"
        if token in STOPWORDS or len(token) < 2:
            continue
        out.add(_stem(token))
    return frozenset(out)

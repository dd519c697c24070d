"""Sentences and their content words: what paraphrase detection compares.

Two wordings of one fact share their content words (names, numbers, the
nouns and verbs of the fact) far more than their function words, so a
sentence is reduced to the set of its stemmed content words, with month
abbreviations and number formats folded ("Feb.1" = "February 1",
"43%" = "43 percent").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import count, repeat
from typing import NamedTuple

import numpy as np
import Stemmer

from ..clean.dates import MONTH_NAMES, MONTHS
from .kernels import sentence_spans

# A month's short form reads as its full name.
_MONTHS = {m: MONTH_NAMES[i - 1] for m, i in MONTHS.items() if m not in MONTH_NAMES}

# Split after . ! ? (and closing quotes) and a space, unless the word before is a common
# abbreviation; and at every line break. Lower-case starts count: some feeds are lower-cased.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "co", "corp", "inc", "ltd", "plc", "jr", "sr", "no", "vs", "etc",
    "u.s", "u.k", "e.g", "i.e", "gov", "gen", "rep", "sen", "dept", "est", "approx", "fig", *_MONTHS,
}
# The stop is matched, not looked behind for: a pattern that starts with a character set is
# searched for that set, several times faster than trying the look-behind at every character.
# One set for both kinds of boundary, for the same reason (an alternation of two is tried at every
# character): a stop, then what follows it; or a line break, then the rest of its run.
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])(["')\]]*\s+)(?=["'(\[]?\w)|(?<=\n)\n*)""")
# The word before a stop, matched on the reversed window: what searching the window for
# `([\w.]+)\W*$` finds, without trying that pattern from each of its characters.
_LAST_WORD_REVERSED = re.compile(r"\W*(\w[\w.]*)")
# How far back from a full stop its word is looked for: far enough for any abbreviation, and a
# bound, so that a text of many "Inc." and no sentence end is not scanned again at each one.
_WORD_WINDOW = 32
# What ``sentence_spans`` reads for ``_BOUNDARY``'s classes, by byte (ASCII text only), taken from
# the pattern's engine and from ``str.strip``'s whitespace (the same on ASCII), and the
# abbreviations, one a row, padded with zeros.
_SPACE_BYTES = np.array([chr(b).isspace() for b in range(256)], dtype=np.bool_)
_WORD_BYTES = np.array([b < 128 and re.match(r"\w", chr(b)) is not None for b in range(256)], dtype=np.bool_)
_ABBREV_ROWS = np.array([list(a.encode().ljust(max(map(len, _ABBREV)), b"\0")) for a in sorted(_ABBREV)],
                        dtype=np.uint8)

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

# Numbers keep their separators ("1-1/4", "5.5", "1,000"): the figures are the facts.
# Figures written as words are figures too ("two billion" = "2 billion"); "one" is left alone,
# being a pronoun as often as a number.
_NUMBER_WORDS = {w: str(i) for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
# A "%" is a token of its own (with the letters that follow it): replacing it in the text first
# would cost a copy of every text.
_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+|%[^\W\d_]*", re.UNICODE)
# The same tokens of ASCII text lowercased (its letters are a-z, its digits 0-9), found in two
# thirds of the time: the Unicode classes cost a category look-up at every character.
_ASCII_TOKEN = re.compile(r"[0-9]+(?:[.,/-][0-9]+)*|[a-z]+|%[a-z]*")
_stemmer = Stemmer.Stemmer("english")


# A tuple: made by the hundred thousand, four times sooner than a frozen dataclass.
class Sentence(NamedTuple):
    index: int
    start: int  # character span in the document's clean text
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text: cut after . ! ? (and closing quotes) and a space unless the word
    before is an abbreviation, and at line breaks; trimmed, spans exact. Of many texts,
    ``split_texts`` is sooner."""
    out: list[Sentence] = []
    pos = 0
    pieces = []
    for m in _BOUNDARY.finditer(text):
        gap = m.group(1)
        if gap is None:  # a line break
            cut = m.start()
        else:
            cut = m.start(1)
            if "\n" not in gap and gap.strip() == "":
                # Most words before a stop are letters after a space: that word is the one
                # _LAST_WORD_REVERSED finds, without reversing the window.
                space = text.rfind(" ", max(pos, cut - _WORD_WINDOW), cut)
                word = text[space + 1 : cut - 1]
                if space < 0 or not word.isalpha():
                    last = _LAST_WORD_REVERSED.match(text[max(pos, cut - _WORD_WINDOW) : cut][::-1])
                    word = last.group(1)[::-1].rstrip(".") if last else ""
                if word.lower() in _ABBREV:
                    continue
        pieces.append((pos, cut))
        pos = m.end()
    pieces.append((pos, len(text)))
    new = tuple.__new__  # what ``Sentence(...)`` calls, without the Python function it goes through
    for start, end in pieces:
        # trim whitespace inside the span, keeping offsets exact (str.strip's whitespace is isspace's)
        span = text[start:end]
        piece = span.strip()
        if piece:
            start += len(span) - len(span.lstrip())
            out.append(new(Sentence, (len(out), start, start + len(piece), piece)))
    return out


def split_texts(texts: Sequence[str]) -> list[list[Sentence]]:
    """``split_sentences`` of each text; ASCII texts all in one compiled pass
    (``kernels.sentence_spans``), 2-3 times sooner on a map step's shard of texts. Not for one
    text: calling the compiled pass costs more than the pattern takes on a short text."""
    ascii_texts = [t for t in texts if t.isascii()]  # sentence_spans reads a byte as a character
    spans = iter(_spans(ascii_texts) if ascii_texts else ())
    return [next(spans) if t.isascii() else split_sentences(t) for t in texts]


def _spans(texts: list[str]) -> list[list[Sentence]]:
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=bounds[1:])
    data = np.frombuffer("".join(texts).encode(), dtype=np.uint8)
    counts, starts, ends = sentence_spans(data, bounds, _SPACE_BYTES, _WORD_BYTES, _ABBREV_ROWS, _WORD_WINDOW)
    starts, ends = starts.tolist(), ends.tolist()
    new = tuple.__new__  # what ``Sentence(...)`` calls, without the Python function it goes through
    out, at = [], 0
    for text, n in zip(texts, counts.tolist()):
        s, e = starts[at : at + n], ends[at : at + n]
        out.append(list(map(new, repeat(Sentence), zip(count(), s, e, map(text.__getitem__, map(slice, s, e))))))
        at += n
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


def _fold(token: str) -> str:
    """The content word of one lower-cased token, "" for none."""
    if token[0] == "%":  # "43%" is "43 percent"; "%" before letters joins them, as " percent" would
        token = "percent" + token[1:]
    if token[0].isdigit():
        return token.replace(",", "")
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    token = _MONTHS.get(token, token)
    if token == "pct" or token == "per":
        token = "percent"
    if token in STOPWORDS or len(token) < 2:
        return ""
    return _stemmer.stemWord(token)


#: Each token's content word, folded once: the words of news recur, and a dictionary look-up is
#: several times cheaper than folding and stemming again. Bounded: cleared when full.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 500_000

# Each ASCII byte that a token may hold (letters, lowercased; digits; "%" and the separators of
# figures), and a space for the others: a text's runs of these hold its tokens, none across two.
_RUN_BYTES = bytes(ord(chr(b).lower()) if chr(b).isalnum() or chr(b) in "%.,/-" else 32 for b in range(128))
_RUN_BYTES += bytes(128)  # never read: a table has 256 bytes, and only ASCII text is translated
#: The content word of each run (``_RUN_BYTES``) of ASCII text that has one at most ("" for none):
#: most runs are a word and what follows it ("rose", "rose,"), found by one look-up, where matching
#: the text's tokens one by one made a string of each; and a text's words are then one set made of
#: the look-ups, where a union of a set a run took about 40% longer. The few runs of several words
#: ("mid-1987") are in ``_RUN_WORDS``. Bounded (about 400 bytes a run; figures make most of them):
#: both cleared when full.
_RUN_WORD: dict[bytes, str] = {}
_RUN_WORDS: dict[bytes, frozenset[str]] = {}
_RUNS_MAX = 100_000


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words and numbers of a text, folded as the module says."""
    if text.isascii():
        runs = text.encode().translate(_RUN_BYTES).split()
        single = _RUN_WORD
        out = set(map(single.get, runs))
        if None in out:  # a run of several words, or one not seen yet
            out.discard(None)
            several = _RUN_WORDS
            if len(single) + len(several) >= _RUNS_MAX:
                single.clear()
                several.clear()
            for run in runs:
                if run not in single:
                    words = several.get(run)
                    if words is None:
                        words = _content_words(run.decode())
                        if len(words) > 1:
                            several[run] = words
                        else:
                            single[run] = next(iter(words), "")
                    out.update(words)
        out.discard("")
        return frozenset(out)
    return _content_words(text.lower())


def _content_words(low: str) -> frozenset[str]:
    """``content_words`` of a lowercased text."""
    folded = _FOLDED
    tokens = (_ASCII_TOKEN if low.isascii() else _TOKEN).findall(low)
    out = set(map(folded.get, tokens))  # most tokens are folded already: looked up without a Python loop
    if None in out:
        out.discard(None)
        for token in tokens:
            word = folded.get(token)
            if word is None:
                if len(folded) >= _FOLDED_MAX:
                    folded.clear()
                word = folded[token] = _fold(token)
            out.add(word)
    out.discard("")
    return frozenset(out)

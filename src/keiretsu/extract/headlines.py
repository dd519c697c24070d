"""Companies a story names only in its headline.

Wire briefs put the firm in the headline and only figures in the body ("WILLCOX AND GIBBS INC <WG>
4TH QTR NET"). A headline is no sentence: only the wire's own marks of a name are read, never
words around them, and a headline gives no relationship. The cues:

* a name the wire marks: "<NATIONAL SEA PRODUCTS LTD> 4TH QTR NET";
* an all-caps headline that opens with a name ending in a legal form, the wire's ticker after it or
  not: "WINLAND ELECTRONICS INC 4TH QTR LOSS"; a word that ends firms' names between the form and the
  ticker is the name's ("SERVICE CORP INTERNATIONAL <SRV> SETS QUARTERLY"); A ticker after a name with no legal form is not
  enough: the run of capitals before it may hold the headline's verb ("GABELLI GROUP CUTS GENCORP
  <GY> STAKE");
* unless a results brief's period or figure follows the ticker ("NEW ENGLAND ELECTRIC SYSTEM <NES>
  TWO MONTHS NET"): such a headline has no verb, and every word before the ticker is the name's. One
  word alone is not enough: the wire clips a name to its first word there ("HILTON <HLT> 1ST QTR").

A headline entity has no place in the body: its span is the empty one at 0. The one relationship a
headline's company takes from the body without being named there is its owner in the brief's note
("Note: 90 pct owned by Ford Motor Co", ``owner_in_note``): the note is about the company reporting.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import EntityKind, EntityMention, Extraction, Mention, RelationType, Status
from .entities import SPACED_TICKER, _NAME_JOINERS
from .names import LEGAL_FORMS, canonical_name, name_key
from .vocab import classes as vocabulary_classes
from .vocab import words as vocabulary

_MARK = re.compile(r"<(?:THE |The )?([A-Z0-9][^<>\n]{0,79})>")
_TICKER = re.compile(r"<[A-Z][A-Z0-9.]{0,9}>|" + SPACED_TICKER)
_WORD = re.compile(r"[A-Z0-9][A-Z0-9&'.-]*")
#: A legal form is at most this many words into a headline: further on, the words before it are the
#: headline's own ("FOREIGN FIRMS HOPE TO JOIN JAPAN TELECOM COMPANY").
_MAX_WORDS = 5
#: Legal forms that are also English words: "SWEDISH UNEMPLOYMENT DOWN AS DATA IS REVISED".
_WORDLIKE = {"as", "se"}
#: Legal forms written as words, not letters: "Inc", not "INC"; "SA", not "Sa".
_SPOKEN_FORMS = {"inc", "incorporated", "corp", "corporation", "co", "cos", "company", "ltd", "limited", "berhad"}


def _cased(name: str, english: frozenset[str]) -> str:
    """An all-caps name in its written case: "WILLCOX AND GIBBS INC" as "Willcox and Gibbs Inc".
    A short word that is no English word ("MLX", "CPI"), one with a dot or a digit, and a legal form
    written as letters ("SA", "PLC") stay in capitals."""
    if name != name.upper():
        return name
    out = []
    for k, word in enumerate(name.split()):
        if k and word.lower() in _NAME_JOINERS:  # lower case inside a name written in capitals
            out.append(word.lower())
        elif len(word) <= 3 and word.lower() not in english | LEGAL_FORMS or "." in word or \
                re.search(r"\d", word) or word.lower() in LEGAL_FORMS - _SPOKEN_FORMS:
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _opening(title: str) -> str | None:
    """The name an all-caps headline opens with: its words up to a legal form, or, when the
    wire's ticker follows a legal form, up to the ticker ("FORD MOTOR CO OF CANADA LTD <FC>")."""
    if title != title.upper():
        return None
    ticker = _TICKER.search(title)
    words = (title[: ticker.start()] if ticker else title).split()
    legal = [k for k, w in enumerate(words[: _MAX_WORDS + 1])
             if k and w.strip(".").lower() in LEGAL_FORMS and w.strip(".").lower() not in _WORDLIKE]
    if legal:
        end = len(words) - 1 if ticker and (legal[-1] == len(words) - 1 or _goes_on(words[legal[-1] + 1:])) \
            else legal[0]
    elif ticker and 1 < len(words) <= _MAX_WORDS and _reports(title[ticker.end():]):
        end = len(words) - 1
    else:
        return None
    name = words[: end + 1]
    glued = vocabulary("headline_words")
    if any(not _WORD.fullmatch(w) or w.lower() not in _NAME_JOINERS and w.lower() in glued for w in name):
        return None
    return " ".join(name)


def _goes_on(tail: list[str]) -> bool:
    """Whether the words between a legal form and the wire's ticker are the name's own, a word that ends firms'
    names after the form: "SERVICE CORP INTERNATIONAL <SRV>" is Service Corp International, not Service Corp."""
    return 0 < len(tail) <= 2 and all(w.lower() in _TAILS for w in tail)


#: Words a firm's name goes on with after its legal form ("Service Corp International", "Bunzl Co Group").
_TAILS = frozenset({"international", "intl", "group", "holdings", "industries", "enterprises", "worldwide"})


def _reports(after: str) -> bool:
    """Whether the words after a headline's ticker open a results brief ("TWO MONTHS NET", "YEAR END")."""
    first = after.split()[:1]
    return bool(first) and first[0].lower() in vocabulary_classes("headline_kinds").get("report", ())


def headline_names(title: str, english: frozenset[str] = frozenset()) -> list[str]:
    """The companies' names written in ``title`` on a strict cue, in their written case (``english``:
    the words of the language, which a short word in capitals is not when it is an acronym)."""
    title = " ".join(title.split())
    found = []
    for m in _MARK.finditer(title):
        if m.start() > 0 and re.search(r"[\w.&'-]\s*$", title[: m.start()]) and _TICKER.fullmatch(m.group(0)):
            continue  # the ticker after a name
        found.append(m.group(1).strip())
    if (name := _opening(title)) is not None:
        found.append(name)
    return [_cased(n, english) for n in found]


def _words(key_name: str) -> list[str]:
    return [name_key(w) for w in canonical_name(key_name).split() if name_key(w)]


def add_headline(ex: Extraction, title: str, english: frozenset[str] = frozenset()) -> None:
    """The headline's companies added to ``ex``; one the body names (the same key, or a name one
    is the other's first words: "Willcox" and "Willcox and Gibbs") is the body's company."""
    named = [_words(e.name) for e in ex.entities if e.kind is EntityKind.COMPANY]
    for written in headline_names(title, english):
        canon = canonical_name(written)
        words = _words(canon)
        if not words or any(w[: len(words)] == words[: len(w)] for w in named if w):
            continue
        named.append(words)
        ex.entities.append(EntityMention(EntityKind.COMPANY, canon, written, 0, 0))


# "HANSON TRUST <HAN> COMPLETES KAISER PURCHASE", "BALLY <BLY> COMPLETES PURCHASE OF GOLDEN NUGGET": the
# headline tells the deal done, whatever its lead says of the step before ("Kaiser Cement shareholders today
# approved the previously announced merger agreement"); not "HOPES TO COMPLETE", "CLOSE TO COMPLETING".
_COMPLETES = re.compile(r"\bCOMPLETE[SD]\s+(?P<before>(?:[A-Z0-9&.'-]+\s+){0,4}?)(?:PURCHASE|ACQUISITION|MERGER|"
                        r"TAKEOVER|BUYOUT|SALE)\b(?:\s+OF\s+(?P<after>.+))?")
_DONE_TYPES = (RelationType.ACQUISITION, RelationType.MERGER, RelationType.DIVESTMENT)


def completed_in_headline(ex: Extraction, title: str, lead: tuple[int, int]) -> None:
    """The lead sentence's agreed deal told done by the headline (``_COMPLETES``): active. The deal is the
    one whose acquired or sold company the headline names ("KAISER" of Kaiser Cement)."""
    m = _COMPLETES.search(" ".join(_TICKER.sub(" ", title).split()))
    if m is None or title != title.upper():
        return
    named = {name_key(w) for w in f"{m.group('before')} {m.group('after') or ''}".split()} - {""}
    named -= {name_key(w) for w in vocabulary("headline_words")}
    if not named:
        return
    for k, x in enumerate(ex.mentions):
        ends = (x.source, x.target) if x.type is RelationType.MERGER else (x.target,)
        if x.status is Status.AGREED and x.type in _DONE_TYPES and (x.start, x.end) == lead and \
                any(named & set(_words(e)) for e in ends):
            ex.mentions[k] = dataclasses.replace(x, status=Status.ACTIVE, cues=["completes"])


# "Note: 90 pct owned by Ford Motor Co", "NOTE: Company is a subsidiary of Bayer AG", "NOTE: Fully owned
# subsidiary of Hoechst AG", "Notes - The company is 100 pct owned by Lloyds Bank Plc", and a note's own line with
# no cue before it ("Company is wholly owned by Gulf and Western Corp"): a results brief's note tells who owns the
# company its headline names, and only it. A body's sentence says "The company": only the brief's telegraphic
# "Company is" opens a line of the note
_NOTE_OWNER = re.compile(r"(?:\bnotes?\s*[:-]+\s*(?:the\s+)?(?:(?:company|group)\s+is\s+)?|^company\s+is\s+)"
                         r"(?:an?\s+|the\s+)?(?:"
                         r"(?P<pct>\d+(?:\.\d+)?)\s*(?:pct|percent|%)[- ]owned\s+by|"
                         r"(?:(?:wholly|fully|majority)[- ]owned\s+)?(?:subsidiary|unit)\s+of|"
                         r"(?:wholly|fully)[- ]owned\s+by)\s+(?:the\s+)?<?", re.I | re.M)


def owner_in_note(ex: Extraction, title: str, text: str, spans: list[tuple[int, int]]) -> None:
    """A stake of the first company a results brief's headline names (``headline_names``), held by the company
    its note names (``_NOTE_OWNER``) right after the cue. ``spans``: the sentences' spans in ``text``."""
    written = headline_names(title)[:1]
    if not written:
        return
    canon = canonical_name(written[0])
    words = _words(canon)
    held = next((e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
                 _words(e.name)[: len(words)] == words), None)
    for m in _NOTE_OWNER.finditer(text):
        owner = next((e for e in ex.entities if e.kind is EntityKind.COMPANY and e.start == m.end()), None)
        if owner is None:
            continue
        if held is None and words[: len(_words(owner.name))] == _words(owner.name) != words:
            # "FORD MOTOR CO OF CANADA LTD ... Note: 90 pct owned by Ford Motor Co": the body names only the owner,
            # whose name opens the headline's, and ``add_headline`` took it for the headline's company; nothing
            # owns itself, so the headline's is a company of its own
            held = canon
            ex.entities.append(EntityMention(EntityKind.COMPANY, canon, written[0], 0, 0))
        if held is None or owner.name == held or name_key(owner.name) == name_key(held):
            continue
        start, end = next(((a, b) for a, b in spans if a <= m.start() < b), (m.start(), m.end()))
        attrs = {"percent": float(m.group("pct")) if "." in m.group("pct") else int(m.group("pct"))} \
            if m.group("pct") else {}
        ex.mentions.append(Mention(RelationType.STAKE, owner.name, held, Status.ACTIVE, text[start:end], start, end,
                                   attributes=attrs, trigger=m.group(0).strip(" <"), confidence=0.6))

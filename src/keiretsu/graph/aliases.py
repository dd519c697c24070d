"""Corpus-level canonical companies: one node per firm where a shared key names two.

A story's names become entities by their key (``extract.names.name_key``), which drops the
ending of a full name: "Oppenheimer and Co Inc", "Oppenheimer Group Inc" and "Oppenheimer" all
key as ``oppenheimer``. Most of the time that is right ("Dow Jones and Co" is "Dow Jones"), but
where the corpus writes one key's full names with endings of two classes (``designators.tsv``:
the brokerage "X and Co" and its holding company "X Group" or "X Corp"), they are two firms.
Which one a story means is the class of the full name it writes; a story that writes only the
short name ("Oppenheimer said") means the firm most stories name in full.

``bind`` settles that for the whole store before each graph build, so that the partition is
a function of what is extracted, never of the order it came in: the firm most stories mean keeps
the key's entity (and its bare name), each other class gets an entity of its own, keyed
``KEY:CLASS`` and named as written ("Oppenheimer Group"). A later batch that brings a second
class to a key moves the stories of the smaller class off the key's entity; one that makes
another class the larger swaps them. Either way every relationship with an end in the family is
weighed again from its mentions, so ``build`` and ``build --rebuild`` agree.

An acronym a story writes alone ("TWA said") is keyed as written, apart from the long form other
stories spell it out by ("Trans World Airlines Inc (TWA)"). ``join_acronyms`` moves such stories to
the long form's node when the corpus gives the acronym one: the only node other stories name both by
the acronym and by a long form, any other node whose initials spell it being a variant of that one
("Trans World Airways"). Two long forms keep the acronym's stories apart ("BZW": "Barclays de Zoete
Wedd" and "Barclays de Zoete Wedd Nederland"), as does initials alone: in the Reuters build of
2026-12-05 most acronyms written alone whose initials only one name spells stand for something else
("RBD palm oil", "HRW wheat", "GTA models"). A join, once made, stays.

``extract.names.is_alias`` is the one rule for which texts a company is named by become its aliases, the names
users see and search by: every store path that writes aliases asks it. ``tidy_aliases``, last in ``bind``, then
shows each alias as ``shown_alias`` says (no possessive the name does not write, no piece of a name a story
writes in parts); where stories write each name stays in ``entity_mentions``, which the alias eval reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from collections.abc import Sequence
from functools import cache

from ..extract.gazetteer import DEMONYMS, places
from ..extract.names import LEGAL_FORMS, canonical_name, full_name, generic_word, is_alias, is_english, lemmas, name_key, \
    unglued
from ..extract.vocab import NAME_SLIP_MIN, SLIP_OUTNUMBERS, misspelling, table, words
from ..store import Store

#: Joins a split firm's key to its class: no name key holds it (those are letters, digits, "&").
SEPARATOR = ":"
_STRIP = " ,.;:'\"()-"
_KIND = "company"
_LONGEST_ACRONYM = 6
_ACRONYM = re.compile(rf"[A-Z]{{2,{_LONGEST_ACRONYM}}}")
_LOWER_WORD = re.compile(r"[a-z]{2,}")  # a key of one word, as ``name_nodes`` reads it
#: A person's name as a firm's canonical name shows it: a given name (checked), an initial and a surname; or a
#: given name and a surname no English word nor a trade's ("Mario Gabelli" of "Mario Gabelli and Co"; not "Douglas
#: Aircraft", "Wayne Bancorp").
_PERSON = re.compile(r"([A-Z][a-z]+) (?:[A-Z]\.? )?([A-Z][a-z]+)")
#: What the commonest full name adds to an English word that names a firm for ``name_nodes`` to show it: a
#: group's word ("Beta Group", "Seismic Holdings Inc"), which the firm goes by, where a legal form alone ("Gap
#: Inc", "Hooker Corp" beside one "Hooker Holdings") is dropped as often as written. A place or a people ("Japan
#: Group") is no firm's name however it ends.
_GROUP_WORDS = {"holdings", "holding", "group", "groupe", "cos"}
# How alike two long forms' names must be to be one firm's ("Trans World Airlines", "Trans World Airways").
_VARIANT = 0.8
# How many stories binding an acronym to one long form settle it against names that merely share its
# initials: the wire writes "GM" for General Motors, never for Guilford Mills.
_SETTLED = 3


def _words(surface: str) -> list[str]:
    return [w for w in surface.replace(",", " ").split() if w.strip(_STRIP)]


def _tokens(surface: str) -> list[str]:
    return [w.strip(_STRIP) for w in _words(surface)]


@cache
def _longest_ending() -> int:
    """The words of the longest ending (``designators.tsv``): found once, not for each of a store's names."""
    return max((len(e.split()) for e in table("designators")), default=1)


def _ending(tokens: list[str]) -> tuple[str | None, int]:
    """The class of the ending and how many words the name keeps with it ("Group Inc": 1 left off)."""
    endings, longest = table("designators"), _longest_ending()
    n = len(tokens)
    while n > 1:
        for size in range(min(longest, n - 1), 0, -1):
            cls = endings.get(" ".join(tokens[n - size:n]).lower())
            if cls:
                return cls, n
        if tokens[n - 1].lower() not in LEGAL_FORMS:
            return None, n
        n -= 1
    return None, n


def designator(surface: str) -> str | None:
    """The class of a full name's ending ("house" for "E.F. Hutton and Co Inc."), else None."""
    return _ending(_tokens(surface))[0]


def designated_name(surface: str) -> str:
    """A full name with its ending and without the plain legal forms after it:
    "Oppenheimer Group Inc" is "Oppenheimer Group"; a name with no ending keeps its legal form, which may be all
    that tells its firm from a namesake ("Salomon SA", ``seat``)."""
    words = _words(surface)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    cls, kept = _ending([w.strip(_STRIP) for w in words])
    return " ".join(words[:kept] if cls else words).strip(_STRIP)


def split_key(key: str, surface: str) -> str:
    """The key of the node a full name would have if the corpus split its key ("oppenheimer:holding"
    for "Oppenheimer Group Inc"); a name with no ending has its key."""
    cls = designator(surface)
    return f"{key}{SEPARATOR}{cls}" if cls else key


def _family(key: str) -> str:
    return key.partition(SEPARATOR)[0]


def bind(store: Store) -> int:
    """Split the keys whose full names end in two classes (and join back what no longer needs
    splitting), then join acronyms to their long forms, name the nodes a word would show
    (``name_nodes``) and show their aliases as ``shown_alias`` says; returns how many documents changed
    entity."""
    moved = _split(store) + join_acronyms(store) + join_names(store)
    name_nodes(store)
    tidy_aliases(store)
    return moved


def one_word(key: str, alias: str) -> str | None:
    """The one capitalised word an alias names its node by, if its canonical name is that word alone and the
    node's key: "Components" of "the Components" (key ``components``), not of "Components Group"."""
    # Such a word is the key capitalised, and a canonical name is cut from the name as written (normalised),
    # never added to: most of a store's aliases are passed over without reading their names.
    word = key.capitalize()
    if _LOWER_WORD.fullmatch(key) and word in unicodedata.normalize("NFKC", alias) and canonical_name(alias) == word:
        return word
    return None


def name_nodes(store: Store) -> int:
    """Show a node whose canonical name is one generic word (``generic_word``) by its commonest full name
    that only adds an ending to it: "Components Group" of the Lear Siegler unit, "Financial Corp",
    "Distributors Inc", not the bare "Components", "Financial" or "Distributors", which read as words, not
    firms. So too a node named by another English word that no story writes alone, by its full name with a
    group's word: "Beta Group" (of "Beta Group Inc"), not the bare "Beta"; "Bass", which the wire writes
    alone too ("Bass Plc", "Bass said"), keeps its name. The key stays the
    word's, so that names merge as before: the name is what users read, the key what names are compared
    by. A firm named after a person ("Sanford C. Bernstein and Co Inc", "Roy F. Weston Inc") is shown with
    the ending that says it is one, not as the bare person's name. Returns how many nodes were named again."""
    bare: dict[int, str] = {}
    keys: dict[int, str] = {}  # the node's key, which is its bare name's
    worded: set[int] = set()  # named by an English word that is no generic one
    personal: set[int] = set()  # named as a person is, a given name, an initial and a surname
    given = words("given_names")
    for entity_id, key, alias in store.entity_aliases(_KIND):
        if word := one_word(key, alias):
            if generic_word(word):
                bare[entity_id], keys[entity_id] = word, key
            elif is_english(key, lemmas()) and key not in places() and key not in DEMONYMS:
                bare[entity_id], keys[entity_id] = word, key
                worded.add(entity_id)
        elif SEPARATOR not in key and (p := _PERSON.search(alias)) and p.group(1).lower() in given and \
                (m := _PERSON.fullmatch(word := canonical_name(alias))) \
                and name_key(word) == key and m.group(1).lower() in words("given_names") and \
                (len(word.split()) == 3 or not (is_english(m.group(2).lower(), lemmas()) or generic_word(m.group(2)))):
            bare[entity_id], keys[entity_id] = word, key
            personal.add(entity_id)
    if not bare:
        return 0
    written: dict[int, Counter[str]] = defaultdict(Counter)
    alone: set[int] = set()
    for _, entity_id, text in store.entity_names_in_docs(sorted(bare)):
        key = keys[entity_id]
        if entity_id in personal:
            if (firm := _firm_of_person(text)) and name_key(firm) == key:
                written[entity_id][firm] += 1
            continue
        full = full_name(text)
        first, *rest = full.split() or [""]
        if not rest and name_key(first) == key:
            alone.add(entity_id)
        if rest and name_key(first) == key == name_key(full) and \
                (entity_id not in worded or first == bare[entity_id] and len(rest) == 1 and
                 rest[0].lower().strip(".") in LEGAL_FORMS | _GROUP_WORDS):
            written[entity_id][full] += 1
    for entity_id in worded & alone:
        written.pop(entity_id, None)
    # a node already shown by a name of its own ("AAR", "Visa Inc") keeps it
    names = {entity_id: name for entity_id, name in store.entity_names(sorted(written)).items()
             if canonical_name(name) == bare[entity_id]}
    shown = {entity_id: min(written[entity_id].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
             for entity_id in names}
    changed = {entity_id: name for entity_id, name in shown.items() if names[entity_id] != name and
               (entity_id not in worded or name.split()[-1].lower() in _GROUP_WORDS)}
    if changed:
        store.rename_entities(changed)
    return len(changed)


def _firm_of_person(text: str) -> str:
    """A firm's name that opens with a person's, up to the ending that says it is a firm: "Sanford C. Bernstein
    and Co" (of "... and Co Inc."), "Robert M. Bass Group", "Roy F. Weston Inc"; "" for none."""
    if designator(text):
        return designated_name(text)
    written = _words(text)
    form = next((i for i, w in enumerate(written) if i > 1 and w.strip(_STRIP).lower() in LEGAL_FORMS), None)
    return " ".join(written[:form + 1]).strip(_STRIP) if form else ""


def seat(surface: str) -> str | None:
    """Where the legal form that ends a full name says the firm is registered (``legal_seats.tsv``): "abroad"
    for "Salomon SA", "us" for "Salomon Inc"; None for a form written in several countries ("Ltd") or none."""
    tokens = _tokens(surface)
    return table("legal_seats").get(tokens[-1].lower()) if len(tokens) > 1 else None


#: The class a name takes by its seat in a family that writes both (``seat``), where its ending has none: a
#: United States form is the class "Corp" already is ("Charles Schwab Corp"), so "X Inc" and "X Corp" stay one.
_SEAT_CLASS = {"abroad": "abroad", "us": "holding"}


def _class(surface: str, seated: bool) -> str | None:
    """The class of firm a full name names in its family: its ending's (``designator``), else, in a family whose
    names are registered both abroad and in the United States (``seated``), its seat's."""
    cls = designator(surface)
    if cls is None and seated and (where := seat(surface)):
        return _SEAT_CLASS[where]
    return cls


def _split(store: Store) -> int:
    members: dict[str, dict[str, int]] = defaultdict(dict)  # family -> key -> entity id
    aliases: dict[str, list[str]] = defaultdict(list)
    seats: dict[str, set[str]] = defaultdict(set)
    for entity_id, key, alias in store.entity_aliases(_KIND):
        family = _family(key)
        members[family][key] = entity_id
        aliases[family].append(alias)
        if where := seat(alias):
            seats[family].add(where)
    seated = {f for f, where in seats.items() if len(where) > 1}
    classes = {f: {cls for a in texts if (cls := _class(a, f in seated))} for f, texts in aliases.items()}
    families = sorted(f for f, keys in members.items() if len(classes[f]) > 1 or len(keys) > 1)
    if not families:
        return 0
    ids = {entity_id: f for f in families for entity_id in members[f].values()}
    named: dict[str, dict[int, list[str]]] = defaultdict(dict)  # family -> doc -> surfaces in order
    for doc_id, entity_id, text in store.entity_names_in_docs(sorted(ids)):
        named[ids[entity_id]].setdefault(doc_id, []).append(text)
    moved = 0
    for family in families:
        moved += _bind_family(store, family, sorted(members[family]), named[family], family in seated)
    return moved


def _bind_family(store: Store, family: str, keys: list[str], docs: dict[int, list[str]], seated: bool) -> int:
    meant: dict[int, str | None] = {}
    stories: Counter[str] = Counter()
    written: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, texts in docs.items():
        # A story that writes both firms' full names is read as the one it names first.
        found = [(cls, t) for t in texts if (cls := _class(t, seated))]
        meant[doc_id] = found[0][0] if found else None
        if found:
            stories[found[0][0]] += 1
        for cls, t in found:
            written[cls] += 1
            surfaces[cls][designated_name(t)] += 1
    ranked = sorted(stories, key=lambda c: (-stories[c], -written[c], c))
    # The class most stories name keeps the key's entity, and its name; the others are named as written.
    home = {cls: f"{family}{SEPARATOR}{cls}" for cls in ranked[1:]}
    nodes: dict[str, str | None] = {family: None, **{
        home[cls]: min(surfaces[cls].items(), key=lambda kv: (-kv[1], kv[0]))[0] for cls in home}}
    moves = sorted((doc_id, home.get(cls, family)) for doc_id, cls in meant.items())
    return store.rebind_entities(_KIND, keys, nodes, moves, is_alias)


def acronym(text: str) -> str | None:
    """The acronym a naming is, possessive aside ("TWA's"), else None."""
    text = text.strip()
    if len(text) > _LONGEST_ACRONYM + 2:  # and "'s": most of a store's names, passed over unread
        return None
    bare = re.sub(r"'s?$", "", text)
    return bare if _ACRONYM.fullmatch(bare) else None


def initials(surface: str) -> str:
    """The capitals opening a full name's words, without the legal forms that end it and the words in
    lower case: "Trans World Airlines Inc" is "TWA", "Banque Nationale de Paris SA" "BNP", "Hewlett-Packard
    Co" "HP"."""
    words = [w.strip(_STRIP) for w in re.split(r"[\s/-]+", surface)]
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and (words[-1].lower() in LEGAL_FORMS or words[-1].lower().replace(".", "") in LEGAL_FORMS):
        words = words[:-1]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def _variant(name: str, other: str) -> bool:
    """Whether another long form names the firm a name does: spelt alike ("Trans World Airways"), or
    named after it ("Union Bank of Switzerland Securities"); not a firm it is named after
    ("Barclays de Zoete Wedd" for "Barclays de Zoete Wedd Nederland")."""
    name, other = name.lower(), other.lower()
    if name.startswith(other + " "):
        return False
    return other.startswith(name + " ") or SequenceMatcher(None, name, other).ratio() >= _VARIANT


def stands_for(acr: str, bound: dict[int, int], spelt: set[int], names: dict[int, str]) -> int | None:
    """The node an acronym stands for, if the corpus gives it one: the only node of ``bound`` (those
    stories name both by the acronym and by a long form, with how many stories), every node of ``spelt``
    (those with a full name whose initials spell it) a variant of it (``names`` the nodes' names). Not
    an acronym that opens the long form as a word of its own ("TVX Broadcast Group", not the TVX of
    "Consolidated TVX Mining"), nor a place. ``_SETTLED`` stories binding it settle it against names
    that merely share its initials, and against its reading as a word ("NYSE", "GM" are in the
    lexicon); fewer do not ("CAP" is the EC's farm policy as often as a firm's)."""
    if len(bound) != 1:
        return None
    (node,) = bound
    low = acr.lower()
    if low in places() or re.split(r"[\s/-]+", names[node].replace(".", ""))[0] == acr:
        return None
    if bound[node] >= _SETTLED:
        return node
    if is_english(low, lemmas()):
        return None
    return node if all(_variant(names[node], names[o]) for o in spelt - {node}) else None


def join_acronyms(store: Store) -> int:
    """Move the stories that name a company only by an acronym to the node it stands for (``stands_for``);
    returns how many documents moved."""
    keys: dict[int, str] = {}
    longs: dict[int, set[str]] = defaultdict(set)
    shorts: dict[int, set[str]] = defaultdict(set)
    for entity_id, key, alias in store.entity_aliases(_KIND):
        keys[entity_id] = key
        if acr := acronym(alias):
            shorts[entity_id].add(acr)
        else:
            longs[entity_id].add(alias)
    acronyms = {a for s in shorts.values() for a in s}
    if not acronyms:
        return 0
    spelt: dict[str, set[int]] = defaultdict(set)
    for entity_id, texts in longs.items():
        for t in texts:
            if (i := initials(t)) in acronyms and keys[entity_id] != name_key(i):
                spelt[i].add(entity_id)
    names = store.entity_names(sorted(set(shorts) | {e for s in spelt.values() for e in s}))
    named: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))  # doc -> entity -> texts
    for doc_id, entity_id, text in store.entity_names_in_docs(sorted(names)):
        named[doc_id][entity_id].append(text)
    bound: dict[str, Counter[int]] = defaultdict(Counter)
    alone: dict[str, list[tuple[int, int]]] = defaultdict(list)  # acronym -> (document, entity) named by it alone
    for doc_id, entities in named.items():
        for entity_id, texts in entities.items():
            found = {acronym(t) for t in texts}
            if None not in found and len(found) == 1:
                alone[found.pop()].append((doc_id, entity_id))
            elif found - {None}:
                for acr in found - {None}:
                    bound[acr][entity_id] += 1
    moved = 0
    for acr, docs in sorted(alone.items()):
        home = name_key(acr)
        if (node := stands_for(acr, bound[acr], spelt[acr], names)) is None or keys[node] == home:
            continue
        to = keys[node]
        moves = sorted((doc_id, to) for doc_id, entity_id in docs if keys[entity_id] == home)
        if moves:
            moved += store.rebind_entities(_KIND, [home, to], {to: None}, moves, is_alias)
    return moved


#: How many stories a name's slip may name at most (the spelling it goes to must name ``SLIP_OUTNUMBERS`` times as
#: many).
_SLIP_STORIES = 2


def slipped(names: dict[str, int]) -> dict[str, str]:
    """The names of two words or more (lower case, words split by spaces) that are another's with a slip in one
    word (a letter dropped, added, changed or two swapped: "walywn stodgell cochran murray" of "walwyn stodgell
    cochran murray"), each to the name it slipped from: a word of ``NAME_SLIP_MIN`` letters or more that is no
    English word, the rest of the name the same, the other spelling named by ``SLIP_OUTNUMBERS`` times as many
    stories (``names``: name -> how many stories name it) and the slip by ``_SLIP_STORIES`` at most. A plural is
    a word of its own."""
    buckets: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        ws = name.split()
        if len(ws) < 2:
            continue
        for i, w in enumerate(ws):
            if len(w) >= NAME_SLIP_MIN - 1 and w.isalpha():
                buckets[(i, (*ws[:i], *ws[i + 1:]))].append((w, name))
    out: dict[str, str] = {}
    english = lemmas()
    for found in buckets.values():
        if len(found) < 2:
            continue
        spellings = tuple(w for w, _ in found)
        for w, name in found:
            if names[name] > _SLIP_STORIES or len(w) < NAME_SLIP_MIN or is_english(w, english):
                continue
            other = misspelling(w, tuple(x for x in spellings if x != w), NAME_SLIP_MIN)
            if other is None or other.endswith("s") and other[:-1] == w:
                continue
            to = next(n for x, n in found if x == other)
            if names[to] >= SLIP_OUTNUMBERS * names[name]:
                out[name] = to
    return out


def _spaced(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9&]+", name.lower()))


def initialled(names: dict[str, int]) -> dict[str, str]:
    """The names of two words or more (lower case, words split by spaces) that are another's without the initials
    opening it, each to that name, where one name alone so opens it and the initials are no place's ("u s"):
    "warburg securities" of "s g warburg securities", "reynolds tobacco" of "r j reynolds tobacco", "union de
    garantie et de placement" of "l union de garantie et de placement". A name of one word stays apart ("Bass" is
    no G.H. Bass, "Kellogg" no M.W. Kellogg). ``names`` as ``slipped`` reads them."""
    opened: dict[str, set[str]] = defaultdict(set)
    for name in names:
        ws = name.split()
        k = 0
        while k < min(3, len(ws) - 2) and len(ws[k]) == 1 and ws[k].isalpha():
            k += 1
        if k and "".join(ws[:k]) not in places() and "".join(ws[:k]) not in DEMONYMS:
            opened[" ".join(ws[k:])].add(name)
    return {rest: next(iter(full)) for rest, full in opened.items() if rest in names and len(full) == 1}


def join_names(store: Store) -> int:
    """Move the stories of a company named with a slip in one word of its name to the node the corpus spells
    right (``slipped``: one story's "Saloman Brothers Inc" is the Salomon Brothers 79 other stories name), and
    those of a company named without the initials opening its name to the node named with them (``initialled``:
    ten stories' "Warburg Securities" is the "S.G. Warburg Securities" of seven others), both from one read of
    the store, since each build runs this. Returns how many documents moved."""
    keys: dict[int, str] = {}
    for entity_id, key, _ in store.entity_aliases(_KIND):
        keys[entity_id] = key
    ids = sorted(e for e, k in keys.items() if SEPARATOR not in k)
    spaced = {e: _spaced(n) for e, n in store.entity_names(ids).items()}
    multi = sorted(e for e, n in spaced.items() if " " in n)
    if not multi:
        return 0
    stories: dict[str, set[int]] = defaultdict(set)
    key_of: dict[str, str] = {}
    for doc_id, entity_id, _ in store.entity_names_in_docs(multi):
        stories[spaced[entity_id]].add(doc_id)
        key_of.setdefault(spaced[entity_id], keys[entity_id])
    counts = {n: len(d) for n, d in stories.items()}
    joined = initialled(counts) | slipped(counts)
    moved = 0
    for home in sorted(joined):
        # a name joined to one that is itself joined on goes where that one goes
        to, seen = joined[home], {home}
        while to in joined and to not in seen:
            seen.add(to)
            to = joined[to]
        if to == home:
            continue
        moves = sorted((doc_id, key_of[to]) for doc_id in stories[home])
        moved += store.rebind_entities(_KIND, [key_of[home], key_of[to]], {key_of[to]: None}, moves, is_alias)
    return moved


#: A possessive ending a text as written: "Air Atlanta's", "Miles'", "Adsteam’s".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
#: An initial or initials opening a name: "E.F.", "J.".
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")


def _name_words(text: str) -> list[str]:
    return [w for w in (t.strip(_STRIP) for t in re.split(r"[\s,]+", unicodedata.normalize("NFKC", text))) if w]


def shown_alias(alias: str, name: str, written: Sequence[str] = ()) -> str | None:
    """How a text a story names a company by is shown among the aliases of its node named ``name``: as
    written, but without a possessive the name does not write ("Air Atlanta" of "Air Atlanta's", "Miles" of
    "Miles'"; "Wendy's" of "Wendy's International" keeps it); None for no alias at all: a piece of the name
    from its middle or end, which a story writing the name in pieces leaves ("Olmstead" of "Morgan, Olmstead,
    Kennedy and Gardner", "Pipleline" of "Texas Eastern Gas Pipleline", "Santa Fe Railway" of "Atchison, Tokepa
    and Santa Fe Railway"), or a word that is the name's only after what opens it ("Source" of "1st Source
    Bank", "Flag" of "Six Flag"); ``written``, the node's other names as written, tell a list of names
    ("Roebuck" of "Sears Roebuck", which a story writes "Sears, Roebuck and Co"). A piece after a person's given name or initials ("Schwab" of "Charles Schwab
    and Co", "Man" of "E.D. and F. Man"), a place or its people ("Sprint" of "US Sprint", "Match" of "Swedish
    Match") or a legal form ("Bofors" of "AB Bofors") is the name's own short form: the words before it are no
    name alone. A noun for what the firm is to another glued to the name goes (``names.unglued``)."""
    # "Citibank N.A. Subsidiary", "U.K. Subsidiary Chile Copper Ltd": what the firm is to another is no word of it
    text = unglued(alias.strip(), incorporated=False)
    named = _name_words(name)
    if _POSSESSIVE.search(text) and text.split()[-1] not in name.split():
        text = _POSSESSIVE.sub("", text).rstrip()
    canon = _name_words(canonical_name(text))
    if not canon or len(named) <= len(canon) or named[:len(canon)] == canon:
        return text or None
    # "Poor's" of "Standard and Poor's": the name's possessive is its own, the canonical name's gone
    lower, cut = [_POSSESSIVE.sub("", w).lower() for w in named], [_POSSESSIVE.sub("", w).lower() for w in canon]
    at = next((i for i in range(1, len(lower) - len(cut) + 1) if lower[i:i + len(cut)] == cut), None)
    if at is None:
        return text
    before = named[:at]
    if len(before) == 1 and (before[0].lower() in LEGAL_FORMS | places() or before[0].lower() in DEMONYMS or
                             before[0].replace(".", "") == "US") or \
            all(w.lower() in words("given_names") | {"and", "&"} or _INITIALS.fullmatch(w) for w in before):
        return text
    # Of two words, the second is the firm's short form as often as not ("Disney" of "Walt Disney", "Indosuez" of
    # "Banque Indosuez"), unless it is a trade's word ("Distributing" of "Midwest Distributing") or a number opens
    # the name ("Six Flag", "1st Source"); after a list of names, or inside a longer name, it is a piece
    listed = len(named) > 2 or any(w.lower() in ("and", "&") for w in named) or \
        any(f", {canon[0]}" in other for other in written)  # "Sears, Roebuck and Co": a list of names
    if not listed and not (len(cut) == 1 and generic_word(cut[0])) and \
            not (before[0].lower() in words("number_words") or re.fullmatch(r"\d+(?:st|nd|rd|th)?", before[0])):
        return text
    return None


#: How much of a story after a naming is read to tell whether the name goes on.
_CONTEXT = 40


def _word_after_opening(alias: str, name: str) -> str | None:
    """The word of a node's name after the words an alias names it by, when those open it and a list of names or
    a longer name goes on ("Olmstead" for "Morgan" of "Morgan Olmstead Kennedy and Gardner"), else None."""
    named, canon = _name_words(name), _name_words(canonical_name(alias))
    if not canon or len(named) <= len(canon) or [w.lower() for w in named[:len(canon)]] != [w.lower() for w in canon]:
        return None
    rest = [w for w in named[len(canon):] if w.lower() not in ("and", "&")]
    return rest[0] if rest else None


def tidy_aliases(store: Store) -> int:
    """Show each company node's aliases as ``shown_alias`` says, merging a text's count into the alias it
    becomes; returns how many aliases changed. The names stories write stay where they are
    (``entity_mentions``): what changes is what users read a node by."""
    rows = store.entity_aliases(_KIND)
    written: dict[int, list[str]] = defaultdict(list)
    for entity_id, _, alias in rows:
        written[entity_id].append(alias)
    names = store.entity_names(sorted(written))
    changes: dict[tuple[int, str], str | None] = {}
    openings: dict[int, dict[str, str]] = defaultdict(dict)  # node -> alias -> the word of the name after it
    for entity_id, _, alias in rows:
        shown = shown_alias(alias, names[entity_id], written[entity_id])
        if shown != alias:
            changes[(entity_id, alias)] = shown
        if shown and (after := _word_after_opening(shown, names[entity_id])):
            openings[entity_id][alias] = after
    # An opening of the name is a piece where every story naming the node by it goes on with the rest of the name
    # ("Morgan" of "Morgan, Olmstead, Kennedy and Gardner", "Dun" of "Dun and Bradstreet Corp"); "Goodyear said"
    # is the short form of "Goodyear Tire and Rubber"
    continued: dict[tuple[int, str], bool] = {}
    for entity_id, _, text, _, after, _, _ in store.entity_contexts(_KIND, sorted(openings), _CONTEXT) if openings else ():
        if (word := openings[entity_id].get(text)) is not None:
            goes_on = re.match(rf"\s*(?:,|and\b|&)?\s*{re.escape(word)}\b", after) is not None
            continued[(entity_id, text)] = continued.get((entity_id, text), True) and goes_on
    for (entity_id, alias), piece in continued.items():
        if piece:
            changes[(entity_id, alias)] = None
    if changes:
        store.retell_aliases(changes)
    return len(changes)

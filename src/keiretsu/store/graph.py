"""The graph's tables in SQLite: writing what consolidation and story grouping produce, and the
queries the CLI, the exports and the API read it with. Mixed into ``SQLiteStore``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import NotFound
from ..models import ObservationRow, RelationshipKey, RelationshipRecord, Story

# A joint venture is told apart by its name; other types have one edge per pair.
_VENTURE = "CASE WHEN m.type = 'joint_venture' THEN coalesce(json_extract(m.attributes, '$.venture'), '') ELSE '' END"
_REL_FIELDS = (
    "r.id, r.type, r.source_id, s.name AS source, s.kind AS source_kind, r.target_id, t.name AS target, r.venture, r.status, r.attributes, "
    "r.valid_from, r.valid_to, r.first_reported, r.last_reported, r.mentions, r.independent_sources, "
    "r.confidence, r.conflicts"
)
_REL_FROM = "FROM relationships r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id "
# A mention row made named without ``ObservationRow._make``'s call in Python (the query gives every field):
# a third less per row, and a build reads a row per mention it weighs.
_OBSERVATION_ROW = partial(tuple.__new__, ObservationRow)


class GraphTables:
    """Needs ``db``, ``transaction``, ``_select_in`` and ``_execute_in`` from ``SQLiteStore``."""

    db: sqlite3.Connection
    path: Path

    # --- building ---------------------------------------------------------------------------

    def clear_graph(self) -> None:
        """The graph dropped for a rebuild, but for the relationships' ids: each relationship is
        written again under the id it had, which the API's clients hold, and
        ``drop_unwritten`` then removes those that were not."""
        with self.transaction():
            for table in ("relationship_history", "graph_docs", "doc_focus", "stories", "story_docs"):
                self.db.execute(f"DELETE FROM {table}")

    def drop_unwritten(self) -> int:
        """Removes the relationships left without history by ``clear_graph``; returns how many."""
        with self.transaction():
            return self.db.execute("DELETE FROM relationships WHERE id NOT IN "
                                   "(SELECT relationship_id FROM relationship_history)").rowcount

    def graph_pending(self) -> list[dict[str, Any]]:
        """Extracted documents the graph has not seen as they are now: new ones, and ones whose
        duplicate cluster or date changed since. ``old_unit`` is what the graph last used."""
        rows = self.db.execute(
            "SELECT x.doc_id, coalesce(c.cluster_id, x.doc_id) AS unit, substr(d.published, 1, 10) AS published, "
            "g.unit AS old_unit FROM extracted_docs x JOIN documents d ON d.id = x.doc_id "
            "LEFT JOIN doc_clusters c ON c.doc_id = x.doc_id LEFT JOIN graph_docs g ON g.doc_id = x.doc_id "
            "WHERE g.doc_id IS NULL OR g.unit != coalesce(c.cluster_id, x.doc_id) "
            "OR g.published IS NOT substr(d.published, 1, 10) ORDER BY x.doc_id"
        )
        return [dict(r) for r in rows]

    def set_mention_times(self, rows: Sequence[tuple[str, int]]) -> None:
        """Store the dates read from mentions' sentences: (times, mention id)."""
        if not rows:
            return
        with self.transaction():
            self.db.executemany("UPDATE mentions SET times = ? WHERE id = ?", rows)

    def forget_mention_times(self) -> None:
        """Drop the stored dates of every mention, for the graph to read them again."""
        with self.transaction():
            self.db.execute("UPDATE mentions SET times = NULL WHERE times IS NOT NULL")

    def relationship_keys(self, doc_ids: Sequence[int]) -> set[RelationshipKey]:
        sql = f"SELECT DISTINCT m.type, m.source_id, m.target_id, {_VENTURE} FROM mentions m WHERE m.doc_id IN ({{marks}})"
        return {RelationshipKey(*r) for r in self._select_in(sql, doc_ids)}

    def observation_rows(self, keys: Sequence[RelationshipKey] | None = None, rank: int = 0,
                         world_size: int = 1) -> Iterator[ObservationRow]:
        """Every mention of the given relationships (all, if None), grouped by relationship key,
        with what the graph weighs it by, where the sentence comes only with a mention not yet
        dated (``times`` null). Streamed: memory does not grow with the corpus. ``rank`` of
        ``world_size``: only the keys whose source id falls to this shard, so that shards can be
        weighed apart, each by a process of its own (which opens the store by ``url``)."""
        select = (
            f"SELECT m.type, m.source_id, m.target_id, {_VENTURE} AS venture, m.id, m.doc_id, "
            "coalesce(c.cluster_id, m.doc_id) AS unit, m.status, m.attributes, m.confidence, "
            "d.published, m.times, m.cues, "
            "CASE WHEN m.times IS NULL THEN m.sentence END FROM mentions m "
            "JOIN documents d ON d.id = m.doc_id LEFT JOIN doc_clusters c ON c.doc_id = m.doc_id "
        )
        order = "ORDER BY m.type, m.source_id, m.target_id, venture, m.id"
        shard = f"m.source_id % {int(world_size)} = {int(rank)} " if world_size > 1 else ""
        # A connection of its own: the caller writes relationships while this scan is open.
        # Plain tuples made named in bulk: a million rows make sqlite3.Row's cost show.
        reader = sqlite3.connect(self.path)
        try:
            if keys is None:
                yield from map(_OBSERVATION_ROW, reader.execute(select + (f"WHERE {shard}" if shard else "")
                                                                    + order))
                return
            # Without rowid, the keys are stored and scanned in their own order (see below).
            reader.execute("CREATE TEMP TABLE graph_keys (type TEXT, source_id INT, target_id INT, venture TEXT, "
                           "PRIMARY KEY (type, source_id, target_id, venture)) WITHOUT ROWID")
            # This shard's keys only: the mentions of the others' are not walked through to be dropped.
            reader.executemany("INSERT OR IGNORE INTO temp.graph_keys VALUES (?,?,?,?)",
                               [k for k in keys if k[1] % world_size == rank])
            # Driven from the keys through the (source, target, type) index, not a scan of every
            # mention: CROSS JOIN makes SQLite keep that order, which it has no statistics to choose
            # for a temporary table (it scanned all mentions instead, 8x slower on 1M). Ordered by the
            # keys' own columns, the rows come in the order wanted straight from the two indexes (a
            # key's mentions in id order), rather than all sorted again once read.
            keyed = select.replace("FROM mentions m ", "FROM temp.graph_keys k CROSS JOIN mentions m ON m.source_id = "
                                   "k.source_id AND m.target_id = k.target_id AND m.type = k.type ")
            yield from map(_OBSERVATION_ROW, reader.execute(
                keyed + f"WHERE k.venture = {_VENTURE} ORDER BY k.type, k.source_id, k.target_id, k.venture, m.id"))
        finally:
            reader.close()

    def write_relationships(self, records: Sequence[RelationshipRecord], gone: Sequence[RelationshipKey] = ()) -> None:
        """Replace relationships and their history in one transaction. ``records`` come from
        ``Relationship.record``; ``gone`` are keys no mention supports any more. A relationship
        keeps its id across builds."""
        db = self.db
        with self.transaction():
            existing = self._stored_relationships([*(key for key, _, _ in records), *gone])
            drop = [(existing[k][0],) for k in gone if k in existing]
            db.executemany("DELETE FROM relationship_history WHERE relationship_id = ?", drop)
            db.executemany("DELETE FROM relationships WHERE id = ?", drop)
            next_id = (db.execute("SELECT max(id) FROM relationships").fetchone()[0] or 0) + 1
            # A rebuild's have no history left (``clear_graph``); an update's are compared entry by entry.
            was = self._stored_history([stored[0] for stored in existing.values() if stored[1]])
            rows, updates, history, rewritten, kept, stale = [], [], [], [], [], []
            # The columns below are in the order of the records' fields.
            for key, values, entries in records:
                stored = existing.get(key)
                if stored is None:
                    rel_id, next_id = next_id, next_id + 1
                    rows.append((rel_id, *key, *values))
                else:
                    rel_id = stored[0]
                    # A rebuild weighs most relationships as they were: a row written again as it
                    # was still rewrites its entries in four indexes.
                    if stored[2:] != values:
                        updates.append((*values, rel_id))
                before = was.get(rel_id)
                if before is None:
                    history += [(rel_id, *entry) for entry in entries]
                    continue
                # An update re-weighs long histories whose older entries mostly come out as they
                # were: only the entries that changed are written again, for the same reason.
                for entry in entries:
                    stored_entry = before.pop(entry[0], None)
                    if stored_entry is None:
                        history.append((rel_id, *entry))
                    elif stored_entry != entry[1:]:
                        # Rewritten in place: the key stays, and an unchanged first report stays in its index.
                        if stored_entry[2] == entry[3]:
                            kept.append((*entry[1:3], *entry[4:], rel_id, entry[0]))
                        else:
                            rewritten.append((*entry[1:], rel_id, entry[0]))
                stale += [(rel_id, seq) for seq in before]
            db.executemany("DELETE FROM relationship_history WHERE relationship_id = ? AND seq = ?", stale)
            db.executemany("UPDATE relationship_history SET status = ?, valid_from = ?, first_reported = ?, expected = ?, "
                           "attributes = ?, evidence = ?, sources = ? WHERE relationship_id = ? AND seq = ?", rewritten)
            db.executemany("UPDATE relationship_history SET status = ?, valid_from = ?, expected = ?, attributes = ?, "
                           "evidence = ?, sources = ? WHERE relationship_id = ? AND seq = ?", kept)
            # An update rewrites only the index entries whose columns changed; a replace, all of them.
            db.executemany(
                "UPDATE relationships SET status = ?, attributes = ?, valid_from = ?, valid_to = ?, first_reported = ?, "
                "last_reported = ?, mentions = ?, independent_sources = ?, confidence = ?, conflicts = ? WHERE id = ?",
                updates)
            db.executemany(
                "INSERT INTO relationships (id, type, source_id, target_id, venture, status, attributes, "
                "valid_from, valid_to, first_reported, last_reported, mentions, independent_sources, confidence, "
                "conflicts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            db.executemany(
                "INSERT INTO relationship_history (relationship_id, seq, status, valid_from, first_reported, "
                "expected, attributes, evidence, sources) VALUES (?,?,?,?,?,?,?,?,?)", history)

    def has_graph(self) -> bool:
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM relationships)").fetchone()[0])

    def _stored_relationships(self, keys: Sequence[tuple[str, int, int, str]]) -> dict[tuple, tuple]:
        """Key -> (id, whether it has a history, the stored columns ``write_relationships`` sets) of
        those stored."""
        if not keys or not self.has_graph():
            return {}
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS write_keys (type TEXT, source_id INT, target_id INT, "
                        "venture TEXT)")
        self.db.execute("DELETE FROM temp.write_keys")
        self.db.executemany("INSERT INTO temp.write_keys VALUES (?,?,?,?)", keys)
        # Plain tuples: a rebuild reads every relationship here, and sqlite3.Row's cost shows.
        cursor = self.db.cursor()
        cursor.row_factory = None
        rows = cursor.execute(
            "SELECT r.type, r.source_id, r.target_id, r.venture, r.id, EXISTS (SELECT 1 FROM relationship_history h "
            "WHERE h.relationship_id = r.id), r.status, r.attributes, r.valid_from, "
            "r.valid_to, r.first_reported, r.last_reported, r.mentions, r.independent_sources, r.confidence, "
            "r.conflicts FROM temp.write_keys k JOIN relationships r "
            "ON r.source_id = k.source_id AND r.target_id = k.target_id AND r.type = k.type AND r.venture = k.venture")
        return {row[:4]: row[4:] for row in rows}

    def _stored_history(self, rel_ids: Sequence[int]) -> dict[int, dict[int, tuple]]:
        """Relationship id -> seq -> the other columns of its stored history entry, in the order of
        ``write_relationships``' rows."""
        out: dict[int, dict[int, tuple]] = {}
        for r in self._select_in("SELECT relationship_id, seq, status, valid_from, first_reported, expected, attributes, "
                                 "evidence, sources FROM relationship_history WHERE relationship_id IN ({marks})",
                                 rel_ids):
            out.setdefault(r[0], {})[r[1]] = tuple(r)[2:]
        return out

    def record_graph_docs(self, docs: Sequence[dict[str, Any]], focus: dict[int, list[tuple[int, int]]]) -> None:
        """Remember the documents as the graph used them, with their focus pairs."""
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO graph_docs (doc_id, unit, published) VALUES (?,?,?)",
                                [(d["doc_id"], d["unit"], d["published"]) for d in docs])
            self._execute_in("DELETE FROM doc_focus WHERE doc_id IN ({marks})", [d["doc_id"] for d in docs])
            self.db.executemany("INSERT OR IGNORE INTO doc_focus (doc_id, a, b) VALUES (?,?,?)",
                                [(doc, a, b) for doc, pairs in focus.items() for a, b in pairs])

    def pair_counts(self, doc_ids: Sequence[int]) -> dict[int, dict[tuple[int, int], int]]:
        """Per document, how often each company pair is said to be related (people left out)."""
        sql = ("SELECT doc_id, min(source_id, target_id) a, max(source_id, target_id) b, count(*) n FROM mentions "
               "WHERE type != 'role' AND doc_id IN ({marks}) GROUP BY doc_id, a, b")
        out: dict[int, dict[tuple[int, int], int]] = {d: {} for d in doc_ids}
        for r in self._select_in(sql, doc_ids):
            out[r[0]][(r[1], r[2])] = r[3]
        return out

    def docs_with_pair(self, a: int, b: int) -> list[tuple[int, int]]:
        """(document, unit) of the documents focused on the pair."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT f.doc_id, g.unit FROM doc_focus f JOIN graph_docs g ON g.doc_id = f.doc_id "
            "WHERE f.a = ? AND f.b = ?", (a, b))]

    def unit_dates(self, units: Sequence[int]) -> dict[int, str | None]:
        """A unit's date as stories see it: its earliest member's publication date."""
        sql = "SELECT unit, min(published) FROM graph_docs WHERE unit IN ({marks}) GROUP BY unit"
        return {r[0]: r[1] for r in self._select_in(sql, units)}

    def stories_of_docs(self, doc_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._select_in("SELECT DISTINCT story_id FROM story_docs WHERE doc_id IN ({marks})",
                                              doc_ids)}

    def docs_of_stories(self, story_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._select_in("SELECT doc_id FROM story_docs WHERE story_id IN ({marks})", story_ids)}

    def docs_of_units(self, units: Sequence[int]) -> set[int]:
        return {r[0] for r in self._select_in("SELECT doc_id FROM graph_docs WHERE unit IN ({marks})", units)}

    def graph_doc_info(self, doc_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Unit, date, title and focus pairs of documents the graph has recorded."""
        # (each dict made from the row's fields: ``dict(sqlite3.Row)`` costs five times as much, once per
        # document of every story an update regroups)
        info = {doc: {"doc_id": doc, "unit": unit, "published": published, "title": title, "pairs": []}
                for doc, unit, published, title in self._select_in(
                    "SELECT g.doc_id, g.unit, g.published, d.title FROM graph_docs g JOIN documents d ON d.id = g.doc_id "
                    "WHERE g.doc_id IN ({marks})", doc_ids)}
        for r in self._select_in("SELECT doc_id, a, b FROM doc_focus WHERE doc_id IN ({marks})", doc_ids):
            info[r[0]]["pairs"].append((r[1], r[2]))
        return list(info.values())

    def story_relations(self, doc_ids: Sequence[int]) -> list[tuple[int, str, str, str, str, int]]:
        """(doc, source name, target name, type, status, mentions) in the documents."""
        sql = ("SELECT m.doc_id, s.name, t.name, m.type, m.status, count(*) FROM mentions m "
               "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
               "WHERE m.doc_id IN ({marks}) GROUP BY m.doc_id, m.source_id, m.target_id, m.type, m.status")
        return [tuple(r) for r in self._select_in(sql, doc_ids)]  # type: ignore[misc]

    def entity_names(self, ids: Sequence[int]) -> dict[int, str]:
        return {r[0]: r[1] for r in self._select_in("SELECT id, name FROM entities WHERE id IN ({marks})", ids)}

    # --- corpus-level names (keiretsu.graph.aliases) -------------------------------------------

    def entity_aliases(self, kind: str) -> list[tuple[int, str, str]]:
        """(entity id, key, surface form) of every name of ``kind`` seen."""
        return [tuple(r) for r in self.db.execute(  # type: ignore[misc]
            "SELECT a.entity_id, e.key, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = ? ORDER BY a.entity_id, a.alias", (kind,))]

    def entity_names_in_docs(self, entity_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        """(document, entity id, text) of every place the entities are named, in document order."""
        rows = self._select_in("SELECT doc_id, entity_id, text, start, end FROM entity_mentions "
                               "WHERE entity_id IN ({marks})", entity_ids)
        return [(r[0], r[1], r[2]) for r in sorted(rows, key=lambda r: (r[0], r[3], r[4], r[1]))]

    def retell_aliases(self, changes: dict[tuple[int, str], str | None]) -> None:
        """Aliases shown otherwise ((entity id, alias) -> the alias it becomes, None to drop it), the count of
        one that becomes another added to it."""
        with self.transaction():
            q = self.db.execute
            for (entity_id, alias), shown in sorted(changes.items(), key=lambda kv: (kv[0][0], kv[0][1])):
                row = q("SELECT seen FROM entity_aliases WHERE entity_id = ? AND alias = ?", (entity_id, alias)).fetchone()
                if row is None:
                    continue
                q("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (entity_id, alias))
                if shown:
                    q("INSERT INTO entity_aliases (entity_id, alias, seen) VALUES (?, ?, ?) ON CONFLICT "
                      "(entity_id, alias) DO UPDATE SET seen = seen + excluded.seen", (entity_id, shown, row[0]))

    def rename_entities(self, names: dict[int, str]) -> None:
        """Entities shown by other names (id -> name); their keys stay."""
        with self.transaction():
            self.db.executemany("UPDATE entities SET name = ? WHERE id = ?", [(n, i) for i, n in sorted(names.items())])

    # --- corpus-level judgement of nodes (keiretsu.graph.nodes) ---------------------------------

    def entities_in_docs(self, kind: str, doc_ids: Sequence[int]) -> set[int]:
        """The entities of ``kind`` named in the documents."""
        return {r[0] for r in self._select_in(
            "SELECT DISTINCT m.entity_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE e.kind = ? AND m.doc_id IN ({marks})", doc_ids, kind)}

    def entities_naming(self, kind: str, texts: Sequence[str]) -> set[int]:
        """The entities of ``kind`` named somewhere by one of ``texts``, as written."""
        return {r[0] for r in self._select_in(
            "SELECT DISTINCT m.entity_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE e.kind = ? AND m.text IN ({marks})", texts, kind)}

    def entity_contexts(self, kind: str, entity_ids: Sequence[int] | None, width: int
                        ) -> list[tuple[int, int, str, str, str, int, int]]:
        """(entity id, document, text, ``width`` characters before, after, how far before the start
        the nearest other name in the document ends, how far after the end the next one starts;
        -1 for none) of every place the entities of ``kind`` (all, if None) are named. A name read
        from the headline has the empty span at 0: nothing is around it, and it is no neighbour."""
        sql = ("SELECT m.entity_id, m.doc_id, m.text, substr(d.clean_text, max(1, m.start - ? + 1), "
               "min(m.start, ?)), substr(d.clean_text, m.end + 1, CASE WHEN m.start < m.end THEN ? ELSE 0 END), "
               "coalesce(m.start - (SELECT max(x.end) FROM entity_mentions x WHERE x.doc_id = m.doc_id "
               "AND x.end <= m.start AND x.start < m.start AND x.start < x.end), -1), "
               "coalesce((SELECT min(x.start) FROM entity_mentions x WHERE x.doc_id = m.doc_id "
               "AND x.start >= m.end AND x.end > m.end AND x.start < x.end AND m.start < m.end) - m.end, -1) "
               "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.doc_id "
               "WHERE e.kind = ?")
        args = (width, width, width)
        rows = (self.db.execute(sql, (*args, kind)) if entity_ids is None else
                self._select_in(sql + " AND m.entity_id IN ({marks})", entity_ids, *args, kind))
        return sorted(tuple(r) for r in rows)  # type: ignore[misc]

    def relationship_keys_of(self, entity_ids: Sequence[int]) -> set[RelationshipKey]:
        """The keys of every relationship mentioned with one of the entities at an end."""
        sql = (f"SELECT DISTINCT m.type, m.source_id, m.target_id, {_VENTURE} FROM mentions m "
               "WHERE m.source_id IN ({marks}) OR m.target_id IN ({marks})")
        return {RelationshipKey(*r) for r in self._select_in(sql, entity_ids, times=2)}

    def rebind_entities(self, kind: str, keys: Sequence[str], nodes: dict[str, str | None],
                        moves: Sequence[tuple[int, str]], alias: Callable[[str], bool]) -> int:
        """One family of entities (``keys``, one company key and its splits) repartitioned: the
        entities of ``nodes`` (key -> name; None keeps the name) made, each document's names and
        relationship mentions of the family (with their copies') moved to the node of ``moves``
        (document, key), and what no document names any more removed. Where a document moved,
        the family's aliases (the texts ``alias`` keeps) are counted again and its relationships
        dropped, with the graph's record of every document that has a mention of it, for the next
        build to weigh them again. Returns how many documents moved."""
        with self.transaction():
            q = self.db.execute
            for key, name in sorted(nodes.items()):
                row = q("SELECT id, name FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
                if row is None:
                    q("INSERT INTO entities (kind, name, key) VALUES (?,?,?)", (kind, name or key, key))
                elif name is not None and row[1] != name:
                    q("UPDATE entities SET name = ? WHERE id = ?", (name, row[0]))
            ids = {r[0]: r[1] for r in self._select_in("SELECT key, id FROM entities WHERE kind = ? AND key IN ({marks})",
                                                       sorted({*keys, *nodes}), kind)}
            family = sorted(ids.values())
            marks = ",".join("?" * len(family))
            moved = 0
            for doc_id, key in moves:
                to = ids[key]
                n = q(f"UPDATE entity_mentions SET entity_id = ? WHERE doc_id = ? AND entity_id IN ({marks}) "
                      "AND entity_id != ?", (to, doc_id, *family, to)).rowcount
                for end in ("source_id", "target_id"):
                    n += q(f"UPDATE mentions SET {end} = ? WHERE {end} IN ({marks}) AND {end} != ? AND (doc_id = ? OR "
                           "copy_of IN (SELECT id FROM mentions WHERE doc_id = ? AND copy_of IS NULL))",
                           (to, *family, to, doc_id, doc_id)).rowcount
                moved += n > 0
            if not moved:
                return 0
            q(f"DELETE FROM entity_aliases WHERE entity_id IN ({marks})", family)
            seen = q(f"SELECT entity_id, text, count(*) FROM entity_mentions WHERE entity_id IN ({marks}) "
                     "GROUP BY entity_id, text", family).fetchall()
            self.db.executemany("INSERT INTO entity_aliases (entity_id, alias, seen) VALUES (?,?,?)",
                                [tuple(r) for r in seen if alias(r[1])])
            q(f"DELETE FROM graph_docs WHERE doc_id IN (SELECT doc_id FROM mentions WHERE source_id IN ({marks}) "
              f"OR target_id IN ({marks}))", family * 2)
            q(f"DELETE FROM relationship_history WHERE relationship_id IN (SELECT id FROM relationships "
              f"WHERE source_id IN ({marks}) OR target_id IN ({marks}))", family * 2)
            q(f"DELETE FROM relationships WHERE source_id IN ({marks}) OR target_id IN ({marks})", family * 2)
            kept = sorted(ids[k] for k in nodes)
            q(f"DELETE FROM entities WHERE id IN ({marks}) AND id NOT IN ({','.join('?' * len(kept))}) "
              "AND NOT EXISTS (SELECT 1 FROM entity_mentions x WHERE x.entity_id = entities.id) "
              "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = entities.id OR m.target_id = entities.id)",
              (*family, *kept))
            return moved

    def entity_ids_by_alias(self, kind: str, names: Sequence[str], alias: Callable[[str], bool]) -> dict[str, int]:
        """The entity each surface form that ``alias`` calls a name was seen as, where stories write it (not the
        aliases a node is shown by, ``keiretsu.graph.aliases.shown_alias``); where it was seen as several, the
        most often."""
        out: dict[str, tuple[int, int]] = {}
        for text, entity_id, seen in self._select_in(
                "SELECT m.text, m.entity_id, count(*) FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
                "WHERE e.kind = ? AND m.text IN ({marks}) GROUP BY m.text, m.entity_id", names, kind):
            if alias(text) and (text not in out or seen > out[text][1]):
                out[text] = (entity_id, seen)
        return {text: entity_id for text, (entity_id, _) in out.items()}

    def replace_stories(self, old: Sequence[int], stories: Sequence[Story]) -> None:
        with self.transaction():
            # A regrouped story keeps most of its documents: only those whose story changed are
            # written (a row written again, even as it was, dirties its pages in the table and in
            # its index, which an update's commit then writes twice, to the WAL and back).
            was = {r[0]: r[1] for r in self._select_in("SELECT doc_id, story_id FROM story_docs WHERE story_id IN "
                                                       "({marks})", old)}
            now = [(d, s.id) for s in stories for d in s.doc_ids]
            if was:
                staying = {d for d, _ in now}
                self._execute_in("DELETE FROM story_docs WHERE doc_id IN ({marks})",
                                 sorted(d for d in was if d not in staying))
                now = [(d, story) for d, story in now if was.get(d) != story]
            self._execute_in("DELETE FROM stories WHERE id IN ({marks})", old)
            self.db.executemany(
                "INSERT OR REPLACE INTO stories (id, title, first, last, documents, sources, companies) "
                "VALUES (?,?,?,?,?,?,?)",
                [(s.id, s.title, s.first, s.last, len(s.doc_ids), s.units, json.dumps(s.companies)) for s in stories])
            self.db.executemany("INSERT OR REPLACE INTO story_docs (doc_id, story_id) VALUES (?,?)", now)

    # --- reading ----------------------------------------------------------------------------

    @staticmethod
    def _relationship(row: sqlite3.Row) -> dict[str, Any]:
        r = dict(row)
        r["attributes"] = _json(r["attributes"])
        r["conflicts"] = _json(r["conflicts"])
        return r

    def entity(self, kind: str, key: str) -> dict[str, Any]:
        row = self.db.execute("SELECT id, kind, name FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        if row is None:
            raise NotFound(f"no {kind} named {key!r} in the graph")
        aliases = [r[0] for r in self.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY seen DESC, alias", (row["id"],))]
        return {**dict(row), "aliases": aliases}

    def entity_by_id(self, entity_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT kind, key FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise NotFound(f"no company or person with id {entity_id}")
        return self.entity(row["kind"], row["key"])

    def relationship_counts(self, entity_id: int) -> dict[str, dict[str, int]]:
        """Type -> status -> how many relationships of the entity (from the rank indexes alone;
        no relationship has one entity at both ends, see ``_insert_mention``)."""
        out: dict[str, dict[str, int]] = {}
        for end in ("source_id", "target_id"):
            for r in self.db.execute(f"SELECT type, status, count(*) FROM relationships WHERE {end} = ? "
                                     "GROUP BY type, status", (entity_id,)):
                by_status = out.setdefault(r[0], {})
                by_status[r[1]] = by_status.get(r[1], 0) + r[2]
        return out

    def relationship_total(self, entity_id: int) -> int:
        return sum(self.db.execute(f"SELECT count(*) FROM relationships WHERE {end} = ?", (entity_id,)).fetchone()[0]
                   for end in ("source_id", "target_id"))

    def document_marks(self, doc_id: int) -> dict[str, list[dict[str, Any]]]:
        """What to highlight in a document: the entities named in it, and the sentences that
        state a relationship with their trigger word."""
        entities = [dict(r) for r in self.db.execute(
            "SELECT em.start, em.end, em.text, e.id AS entity_id, e.kind, e.name FROM entity_mentions em "
            "JOIN entities e ON e.id = em.entity_id WHERE em.doc_id = ? ORDER BY em.start", (doc_id,))]
        mentions = []
        for r in self.db.execute(
                "SELECT m.id, m.type, m.status, m.start, m.end, m.trigger, m.sentence, m.attributes, m.copy_of, "
                "s.name AS source, t.name AS target, rel.id AS relationship FROM mentions m "
                "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
                "LEFT JOIN relationships rel ON rel.type = m.type AND rel.source_id = m.source_id "
                f"AND rel.target_id = m.target_id AND rel.venture = {_VENTURE} "
                "WHERE m.doc_id = ? ORDER BY m.start, m.id", (doc_id,)):
            mentions.append(dict(r) | {"attributes": json.loads(r["attributes"])})
        return {"entities": entities, "mentions": mentions}

    def find_entities(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        """Entities whose name or an alias starts with ``prefix``, most related first."""
        rows = self.db.execute(
            "SELECT e.id, e.kind, e.name, (SELECT count(*) FROM relationships r WHERE r.source_id = e.id "
            "OR r.target_id = e.id) AS relationships FROM entities e WHERE e.name LIKE ? ESCAPE '\\' OR e.id IN "
            "(SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\') "
            "ORDER BY relationships DESC, e.name LIMIT ?",
            (_like(prefix), _like(prefix), limit),
        )
        return [dict(r) for r in rows]

    def relationships(self, entity_ids: Sequence[int] = (), type: str | None = None, status: str | None = None,
                      reported_by: str | None = None, between: bool = False, limit: int = 100,
                      offset: int = 0) -> list[dict[str, Any]]:
        """Relationships, most sources first. ``entity_ids``: touching any of them (both ends
        among them, with ``between``). ``reported_by``: first reported on or before that date;
        the caller winds the status back with ``history``."""
        filters, args = [], []
        if type:
            filters.append("r.type = ?")
            args.append(type)
        if status and not reported_by:  # as of a date, the status is the one then: filtered by the caller
            filters.append("r.status = ?")
            args.append(status)
        if reported_by:
            filters.append("r.first_reported <= ?")
            args.append(reported_by)
        # The rank indexes' own order, ties included, so that no side is sorted.
        order = "ORDER BY r.independent_sources DESC, r.mentions DESC, r.type, r.status, r.id"
        if entity_ids and not between:
            # The best of each end read in index order, then merged: a company with thousands of
            # relationships costs ``limit + offset`` rows a side, not all of them.
            marks = ",".join("?" * len(entity_ids))
            extra = "".join(f" AND {f}" for f in filters)
            side = ("SELECT * FROM (SELECT r.id FROM relationships r WHERE r.{end} IN ({marks}){extra} "
                    f"{order} LIMIT ?)")
            # Between two of several entities, a relationship is taken from its source's side only.
            twice = f" AND r.source_id NOT IN ({marks})" if len(entity_ids) > 1 else ""
            ids = (side.format(end="source_id", marks=marks, extra=extra) + " UNION ALL "
                   + side.format(end="target_id", marks=marks, extra=extra + twice))
            sql = f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.id IN ({ids}) {order} LIMIT ? OFFSET ?"
            params = (*entity_ids, *args, limit + offset, *entity_ids, *args, *(entity_ids if twice else ()),
                      limit + offset, limit, offset)
        else:
            where = list(filters)
            if entity_ids:
                marks = ",".join("?" * len(entity_ids))
                where.insert(0, f"(r.source_id IN ({marks}) AND r.target_id IN ({marks}))")
                args = [*entity_ids, *entity_ids, *args]
            sql = (f"SELECT {_REL_FIELDS} {_REL_FROM}" + ("WHERE " + " AND ".join(where) + " " if where else "")
                   + f"{order} LIMIT ? OFFSET ?")
            params = (*args, limit, offset)
        return [self._relationship(r) for r in self.db.execute(sql, params)]

    def relationship(self, rel_id: int) -> dict[str, Any]:
        row = self.db.execute(f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.id = ?", (rel_id,)).fetchone()
        if row is None:
            raise NotFound(f"no relationship {rel_id}")
        return self._relationship(row)

    def history(self, rel_ids: Sequence[int], evidence: bool = True) -> dict[int, list[dict[str, Any]]]:
        """Each relationship's history entries in order; ``evidence``: with their mention ids."""
        out: dict[int, list[dict[str, Any]]] = {i: [] for i in rel_ids}
        sql = ("SELECT relationship_id, status, valid_from, first_reported, expected, attributes, sources"
               + (", evidence" if evidence else "")
               + " FROM relationship_history WHERE relationship_id IN ({marks}) ORDER BY relationship_id, seq")
        for r in self._select_in(sql, rel_ids):
            rel_id, entry = history_entry(dict(r), evidence)
            out[rel_id].append(entry)
        return out

    def evidence(self, rel_id: int, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Every sentence behind a relationship, in every copy: document, span, date, source."""
        rel = self.db.execute("SELECT type, source_id, target_id, venture FROM relationships WHERE id = ?",
                              (rel_id,)).fetchone()
        if rel is None:
            raise NotFound(f"no relationship {rel_id}")
        rows = self.db.execute(
            "SELECT m.id, m.doc_id, d.title, d.location, d.published, d.source, d.url, coalesce(c.cluster_id, m.doc_id) AS story, "
            "m.status, m.attributes, m.sentence, m.start, m.end, m.trigger, m.cues, m.confidence, m.copy_of "
            "FROM mentions m JOIN documents d ON d.id = m.doc_id LEFT JOIN doc_clusters c ON c.doc_id = m.doc_id "
            f"WHERE m.type = ? AND m.source_id = ? AND m.target_id = ? AND {_VENTURE} = ? "
            "ORDER BY d.published, m.doc_id, m.id LIMIT ? OFFSET ?",
            (*tuple(rel), limit, offset),
        )
        out = []
        for r in rows:
            row = dict(r)
            row["attributes"] = json.loads(row["attributes"])
            row["cues"] = json.loads(row["cues"])
            out.append(row)
        return out

    def changes(self, since: str, limit: int = 1000) -> list[dict[str, Any]]:
        """History entries first reported on or after ``since``: new relationships and changes."""
        rows = self.db.execute(
            f"SELECT h.seq, h.status AS new_status, h.valid_from AS changed_from, h.first_reported AS reported, "
            f"h.attributes AS new_attributes, h.sources AS change_sources, {_REL_FIELDS} "
            f"FROM relationship_history h JOIN relationships r ON r.id = h.relationship_id "
            f"JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id "
            "WHERE h.first_reported >= ? ORDER BY h.first_reported DESC, r.independent_sources DESC LIMIT ?",
            (since, limit),
        )
        return [self._relationship(r) | {"new_attributes": json.loads(r["new_attributes"])} for r in rows]

    def conflicted_since(self, since: str) -> list[dict[str, Any]]:
        rows = self.db.execute(f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.conflicts != '[]' AND r.last_reported >= ?",
                               (since,))
        return [self._relationship(r) for r in rows]

    def stories(self, entity_id: int | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        if entity_id is None:
            rows = self.db.execute("SELECT * FROM stories ORDER BY coalesce(last, '') DESC, sources DESC, id "
                                   "LIMIT ? OFFSET ?", (limit, offset))
        else:
            rows = self.db.execute(
                "SELECT * FROM stories WHERE id IN (SELECT sd.story_id FROM story_docs sd JOIN mentions m ON "
                "m.doc_id = sd.doc_id WHERE m.source_id = ? OR m.target_id = ?) "
                "ORDER BY coalesce(last, '') DESC, sources DESC, id LIMIT ? OFFSET ?",
                (entity_id, entity_id, limit, offset))
        return [dict(r) | {"companies": json.loads(r["companies"])} for r in rows]

    def story(self, story_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id}")
        docs = [dict(r) for r in self.db.execute(
            "SELECT d.id, d.title, d.published, d.source, d.url, g.unit AS cluster FROM story_docs sd "
            "JOIN documents d ON d.id = sd.doc_id JOIN graph_docs g ON g.doc_id = sd.doc_id WHERE sd.story_id = ? "
            "ORDER BY d.published, d.id", (story_id,))]
        return dict(row) | {"companies": json.loads(row["companies"]), "documents_list": docs}

    def story_changes(self, doc_ids: Sequence[int]) -> dict[int, set[int]]:
        """Relationship id -> the history entries (seq) with evidence in the documents."""
        sql = ("SELECT DISTINCT h.relationship_id, h.seq FROM relationship_history h, json_each(h.evidence) e "
               "JOIN mentions m ON m.id = e.value WHERE m.doc_id IN ({marks})")
        out: dict[int, set[int]] = {}
        for r in self._select_in(sql, doc_ids):
            out.setdefault(r[0], set()).add(r[1])
        return out

    def graph_stats(self) -> dict[str, Any]:
        q = self.db.execute
        return {
            "relationships": {r[0]: r[1] for r in q("SELECT type, count(*) FROM relationships GROUP BY type")},
            "by_status": {r[0]: r[1] for r in q("SELECT status, count(*) FROM relationships GROUP BY status")},
            "conflicted": q("SELECT count(*) FROM relationships WHERE conflicts != '[]'").fetchone()[0],
            "stories": q("SELECT count(*) FROM stories").fetchone()[0],
        }

    def graph_nodes(self) -> Iterator[dict[str, Any]]:
        """Every entity at an end of a relationship, with its aliases."""
        rows = self.db.execute(
            "SELECT e.id, e.kind, e.name, (SELECT group_concat(alias, '|') FROM entity_aliases a "
            "WHERE a.entity_id = e.id) AS aliases FROM entities e WHERE e.id IN "
            "(SELECT source_id FROM relationships UNION SELECT target_id FROM relationships) ORDER BY e.id")
        for r in rows:
            yield dict(r) | {"aliases": r["aliases"].split("|") if r["aliases"] else []}

    def graph_edges(self) -> Iterator[dict[str, Any]]:
        rows = self.db.execute(f"SELECT {_REL_FIELDS} {_REL_FROM}ORDER BY r.id")
        for r in rows:
            yield self._relationship(r)


def history_entry(row: dict[str, Any], evidence: bool) -> tuple[int, dict[str, Any]]:
    """A ``relationship_history`` row as every backend returns it: its relationship's id, and the
    entry with its JSON decoded and no ``expected`` when there is none."""
    rel_id = row.pop("relationship_id")
    row["attributes"] = _json(row["attributes"])
    if evidence:
        row["evidence"] = _json(row["evidence"])
    if row["expected"] is None:
        del row["expected"]
    return rel_id, row


def _json(text: str) -> Any:
    """``json.loads``, without the parser for the empty objects most rows hold."""
    if text == "{}":
        return {}
    if text == "[]":
        return []
    return json.loads(text)


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

"use strict";
// keiretsu's web UI: plain DOM, no framework, no build step, nothing loaded from elsewhere.
// Every piece of news text enters the page as a text node (see h()), never as HTML, so an
// article that contains "<script>" shows it as words.

// Filled from /api/schema before the first page: the server's type table (models.RELATION_TYPES)
// is the one source of types, directions and colours.
let TYPES = [];
let UNDIRECTED = new Set();
const LIVE_TALKS = new Set(["rumoured", "proposed", "in_talks"]);
const OVER = new Set(["ended", "called_off"]);
const SVGNS = "http://www.w3.org/2000/svg";

// --- building the page ----------------------------------------------------------------------

function add(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k === "className" ? "class" : k, v === true ? "" : String(v));
  }
  return el;
}

function h(tag, attrs, ...children) {
  return add(setAttrs(document.createElement(tag), attrs), children);
}

function svg(tag, attrs, ...children) {
  return add(setAttrs(document.createElementNS(SVGNS, tag), attrs), children);
}

// Links that come from the news: only web addresses, never "javascript:" or "data:".
function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

const label = (type) => type.replace("_", " ");
const statusPill = (status) => h("span", { class: `status ${status}` }, label(status));
const arrow = (rel) => (UNDIRECTED.has(rel.type) ? " – " : " → ");

// Money as the wires write it: "757 mln USD", "1.11 bln USD".
function fmtAmount(value, currency) {
  const n = Number(value);
  if (!Number.isFinite(n)) return `${value}${currency ? " " + currency : ""}`;
  const round = (x) => String(Number(x.toFixed(2)));
  const text = Math.abs(n) >= 1e9 ? `${round(n / 1e9)} bln` : Math.abs(n) >= 1e6 ? `${round(n / 1e6)} mln` : n.toLocaleString("en");
  return currency ? `${text} ${currency}` : text;
}

function fmtValue(key, value, attrs) {
  if (key === "percent") return `${value}%`;
  if (key === "amount") return fmtAmount(value, attrs && attrs.currency);
  if (key === "status") return label(String(value));
  return Array.isArray(value) ? value.join(", ") : String(value);
}

// A relationship's terms as short phrases: "43%", "757 mln USD", "topics: steel".
function attrsText(attrs) {
  const out = [];
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "currency") continue;
    out.push(k === "percent" || k === "amount" ? fmtValue(k, v, attrs) : `${k}: ${fmtValue(k, v, attrs)}`);
  }
  return out;
}

function fmtAttrs(attrs) {
  const out = attrsText(attrs);
  return out.length ? h("div", { class: "attrs" }, out.map((a) => h("span", {}, a))) : null;
}

// A disagreement in words: "amount: 757 mln USD (2 reports) vs 750 mln USD (1 report)". The
// graph keeps up to 20 mentions per value, so 20 reads "20 or more".
function conflictWords(conflict, attrs) {
  const key = conflict.attribute || "value";
  const counts = Object.entries(conflict.values || {}).map(([v, ids]) => [v, Array.isArray(ids) ? ids.length : 1]);
  counts.sort((a, b) => b[1] - a[1]);
  const said = counts.map(([v, n]) => `${fmtValue(key, v, attrs)} (${n >= 20 ? "20 or more reports" : `${n} report${n === 1 ? "" : "s"}`})`);
  return `${label(key)}: ${said.length ? said.join(" vs ") : "the reports differ"}`;
}

const when = (d) => d || "undated";
const docName = (d) => d.title || (d.location || "").split("/").pop() || `document ${d.id}`;

// --- talking to the API ---------------------------------------------------------------------

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// --- routing --------------------------------------------------------------------------------

const routes = [
  [/^\/?$/, homePage],
  [/^\/entity\/(\d+)$/, entityPage],
  [/^\/relationship\/(\d+)$/, relationshipPage],
  [/^\/story\/(\d+)$/, storyPage],
  [/^\/stories$/, storiesPage],
  [/^\/changes$/, changesPage],
  [/^\/documents$/, documentsPage],
  [/^\/document\/(\d+)$/, documentPage],
  [/^\/search$/, searchPage],
];

let navigation = 0;

function currentRoute() {
  const raw = location.hash.replace(/^#/, "");
  const [path, query] = raw.split("?");
  return { path: path || "/", params: new URLSearchParams(query || "") };
}

async function render() {
  const mine = ++navigation;
  const { path, params } = currentRoute();
  const main = document.getElementById("main");
  const found = routes.find(([re]) => re.test(path));
  main.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  let content;
  try {
    content = found ? await found[1](path.match(found[0]), params) : h("p", { class: "error" }, `No page ${path}`);
  } catch (e) {
    content = h("p", { class: "error", role: "alert" }, e.message);
  }
  if (mine !== navigation) return; // the user went elsewhere meanwhile
  main.replaceChildren(content);
  const title = main.querySelector("h1");
  document.title = title ? `${title.textContent} · keiretsu` : "keiretsu";
}

function go(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

// --- search with autocomplete ---------------------------------------------------------------

function setupSearch() {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  let items = [], active = -1, timer = null, asked = 0;

  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", `suggestion-${i}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const choose = (entity) => { close(); input.value = entity.name; go(`#/entity/${entity.id}`); };

  async function suggest() {
    const q = input.value.trim();
    const mine = ++asked;
    if (!q) { close(); return; }
    let found = [];
    try { found = await api("/api/suggest", { q, limit: 8 }); } catch { found = []; }
    if (mine !== asked) return;
    items = found;
    list.replaceChildren(...items.map((e, i) => h("li", {
      id: `suggestion-${i}`, role: "option", "aria-selected": "false", "data-entity": e.id,
      onmousedown: (ev) => { ev.preventDefault(); choose(e); },
    }, h("span", {}, e.name), h("span", { class: "meta" }, `${e.kind} · ${e.relationships} rel.`))));
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    highlight(items.length ? 0 : -1);
  }

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && items.length) { ev.preventDefault(); list.hidden = false; highlight((active + 1) % items.length); }
    else if (ev.key === "ArrowUp" && items.length) { ev.preventDefault(); highlight((active - 1 + items.length) % items.length); }
    else if (ev.key === "Escape") { if (list.hidden) input.blur(); close(); }
    else if (ev.key === "Enter") {
      ev.preventDefault();
      clearTimeout(timer);
      const q = input.value.trim();
      if (!list.hidden && active >= 0 && items[active]) choose(items[active]);
      else if (q) { close(); go(`#/search?q=${encodeURIComponent(q)}`); }
    }
  });
  document.addEventListener("keydown", (ev) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (ev.key === "/" && !typing) { ev.preventDefault(); input.focus(); input.select(); }
  });
}

// --- shared pieces ----------------------------------------------------------------------------

function relationsTable(rels, onPick, dealsOf) {
  const rows = rels.map((r) => h("tr", {
    class: "pick", tabindex: 0, "data-rel": r.id,
    onclick: () => onPick(r), onkeydown: (ev) => { if (ev.key === "Enter") onPick(r); },
  },
  h("td", {}, r.source, arrow(r), r.target),
  h("td", { class: "type" }, label(r.type)),
  h("td", {}, statusPill(r.status)),
  h("td", {}, fmtAttrs(r.attributes)),
  h("td", { class: "small muted" }, `${r.independent_sources} source(s), ${r.mentions} mention(s)`),
  h("td", { class: "small muted" }, when(r.first_reported)),
  dealsOf ? h("td", { class: "small" }, (dealsOf.get(r.id) || []).map((d) => d.title).join("; ")) : null));
  const heads = ["Between", "Type", "Status", "Terms", "Evidence", "Reported", ...(dealsOf ? ["Deal"] : [])];
  return h("table", {}, h("thead", {}, h("tr", {}, heads.map((t) => h("th", {}, t)))), h("tbody", {}, rows));
}

function timelineList(events) {
  if (!events.length) return h("p", { class: "muted" }, "No dated changes.");
  return h("ul", { class: "timeline" }, events.map((e) => h("li", {},
    h("time", {}, when(e.date)),
    h("div", {},
      h("a", { href: `#/relationship/${e.relationship}` }, e.source, arrow(e), e.target), " ",
      h("span", { class: "type" }, label(e.type)), " ",
      e.previous && e.previous !== e.status ? [statusPill(e.previous), " → "] : null, statusPill(e.status),
      fmtAttrs(e.attributes),
      h("div", { class: "small muted" }, `reported ${when(e.reported)} · ${e.sources} independent source(s)`,
        e.expected ? ` · expected ${e.expected}` : "")))));
}

function storiesList(stories) {
  if (!stories.length) return h("p", { class: "muted" }, "No stories.");
  return h("ul", { class: "plain" }, stories.map((s) => h("li", {},
    h("a", { href: `#/story/${s.id}` }, s.title), h("div", { class: "small muted" },
      `${when(s.first)}${s.last && s.last !== s.first ? " to " + s.last : ""} · ${s.documents} document(s), ${s.sources} independent · `,
      s.companies.join(", ")))));
}

// A sentence with its trigger word marked.
function sentenceWithTrigger(sentence, trigger) {
  const i = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (i < 0) return h("blockquote", {}, sentence);
  return h("blockquote", {}, sentence.slice(0, i), h("mark", { class: "trigger" }, sentence.slice(i, i + trigger.length)),
    sentence.slice(i + trigger.length));
}

function relationshipDetail(rel, evidence, level = 2) {
  const [title, sub] = [`h${level}`, `h${level + 1}`];
  const dates = [rel.valid_from ? `valid from ${rel.valid_from}` : null, rel.valid_to ? `to ${rel.valid_to}` : null,
    `first reported ${when(rel.first_reported)}`, rel.last_reported ? `last ${rel.last_reported}` : null].filter(Boolean);
  return h("section", { class: "relationship", "data-rel": rel.id, "data-type": rel.type, "aria-label": "Relationship" },
    h(title, {}, h("a", { href: `#/relationship/${rel.id}` }, rel.source, arrow(rel), rel.target), " ",
      h("span", { class: "type" }, label(rel.type)), " ", statusPill(rel.status)),
    rel.venture ? h("div", {}, `Venture: ${rel.venture}`) : null,
    fmtAttrs(rel.attributes),
    h("div", { class: "small muted" }, dates.join(" · ")),
    h("div", { class: "small muted" }, `${rel.mentions} mention(s) in ${rel.independent_sources} independent source(s) · confidence ${rel.confidence.toFixed(2)}`),
    rel.conflicts.length ? h("div", { class: "conflict" }, h("strong", {}, "Reports disagree"),
      rel.conflicts.map((c) => h("div", { class: "small" }, conflictWords(c, rel.attributes),
        c.on ? h("span", { class: "muted" }, ` · on ${c.on}`) : null))) : null,
    h(sub, {}, "Status history"),
    h("ol", { class: "history" }, rel.history.map((e) => h("li", {}, statusPill(e.status), " ",
      e.valid_from ? `from ${e.valid_from}` : "", h("span", { class: "small muted" },
        ` · reported ${when(e.first_reported)} · ${e.sources} source(s)`, e.expected ? ` · expected ${e.expected}` : ""),
      fmtAttrs(e.attributes)))),
    h(sub, {}, `Evidence (${evidence.length} sentence${evidence.length === 1 ? "" : "s"})`),
    h("ul", { class: "plain evidence" }, evidence.map((ev) => h("li", { "data-mention": ev.id },
      sentenceWithTrigger(ev.sentence, ev.trigger),
      fmtAttrs(ev.attributes),
      h("div", { class: "small muted" },
        h("a", { href: `#/document/${ev.doc_id}` }, docName({ ...ev, id: ev.doc_id })),
        ` · ${ev.source || "unknown source"} · ${when(ev.published)} · `, statusPill(ev.status),
        ` · ${ev.copies} cop${ev.copies === 1 ? "y" : "ies"}`,
        ev.copies > 1 ? [" (", ev.documents.slice(1).map((d, i) => [i ? ", " : "", h("a", { href: `#/document/${d.doc_id}` }, `#${d.doc_id}`)]), ")"] : null)))));
}

async function loadRelationship(id, level = 2) {
  const [rel, evidence] = await Promise.all([api(`/api/relationships/${id}`), api(`/api/relationships/${id}/evidence`, { limit: 200 })]);
  return relationshipDetail(rel, evidence.items, level);
}

// The edge panel: two companies' ties, the deals they are part of, then each relationship with
// its history and evidence (open: the one asked about, else the best attested).
async function loadPair(pair, deals, open = pair.rels[0].id) {
  const details = await Promise.all(pair.rels.map((r) => loadRelationship(r.id, 3)));
  const ids = new Set(pair.rels.map((r) => r.id));
  const mine = (deals || []).filter((d) => d.parts.some((p) => ids.has(p.relationship)));
  const lead = pair.rels[0];
  const names = lead.source_id === pair.a ? [lead.source, lead.target] : [lead.target, lead.source];
  return h("div", { class: "pair", "data-pair": pair.key },
    h("h2", {}, `${names[0]} – ${names[1]}`),
    h("p", { class: "small muted" }, `${pair.rels.length} relationship${pair.rels.length === 1 ? "" : "s"}: `,
      pair.rels.map((r) => `${label(r.type)} (${label(r.status)})`).join(", ")),
    mine.map((d) => dealCard(d, ids)),
    pair.rels.length === 1 ? details : details.map((detail, i) => h("details", { class: "tie", open: pair.rels[i].id === open },
      h("summary", {}, label(pair.rels[i].type), " ", statusPill(pair.rels[i].status),
        attrsText(pair.rels[i].attributes).length ? ` · ${attrsText(pair.rels[i].attributes).join(", ")}` : ""), detail)));
}

// --- the neighbourhood graph ------------------------------------------------------------------

// Through CSSOM: the Content-Security-Policy refuses style attributes, not this.
function colour(el, property, type) {
  el.style.setProperty(property, `var(--${type})`);
  return el;
}

const typeRank = (type) => { const i = TYPES.indexOf(type); return i < 0 ? TYPES.length : i; };
const MAX_LABEL = 32; // characters of a name drawn on the graph; the whole name is in its tooltip
const shortName = (name) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

// Two companies' ties are one edge: every relationship between the pair, best attested first.
function pairsOf(edges) {
  const byPair = new Map();
  for (const e of edges) {
    if (e.source_id === e.target_id) continue;
    const [a, b] = e.source_id < e.target_id ? [e.source_id, e.target_id] : [e.target_id, e.source_id];
    const key = `${a}-${b}`;
    if (!byPair.has(key)) byPair.set(key, { key, a, b, rels: [] });
    if (!byPair.get(key).rels.some((r) => r.id === e.id)) byPair.get(key).rels.push(e);
  }
  for (const p of byPair.values()) {
    p.rels.sort((x, y) => (y.independent_sources || 0) - (x.independent_sources || 0) || typeRank(x.type) - typeRank(y.type) || x.id - y.id);
  }
  return [...byPair.values()];
}

// The deals each relationship is part of, by relationship id.
function dealIndex(deals) {
  const of = new Map();
  for (const d of deals || []) for (const p of d.parts) {
    if (!of.has(p.relationship)) of.set(p.relationship, []);
    of.get(p.relationship).push(d);
  }
  return of;
}

function oneLine(r) {
  const terms = attrsText(r.attributes);
  return `${r.source}${arrow(r)}${r.target}: ${label(r.type)}${terms.length ? ` (${terms.join(", ")})` : ""}, ${label(r.status)}`;
}

// Label sizes as the page draws them: measured in a hidden copy of the graph's own markup.
function measure(labels) {
  const probe = svg("svg", { class: "graph probe", "aria-hidden": "true" });
  const texts = labels.map(([text, center]) => {
    const t = svg("text", {}, text);
    probe.append(svg("g", { class: `node${center ? " center" : ""}` }, t));
    return t;
  });
  document.body.append(probe);
  const sizes = texts.map((t) => { const b = t.getBBox(); return { w: b.width, h: b.height, top: b.y }; });
  probe.remove();
  return sizes;
}

const overlap = (p, q) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;

// Where a node's label goes and the box its circle and label fill together: to the right of a
// node right of the centre, to the left of one left of it, above the centre itself.
function place(n) {
  const r = n.center ? 11 : 7;
  const side = n.center ? "above" : n.x >= n.cx ? "right" : "left";
  const tx = side === "above" ? 0 : side === "right" ? r + 5 : -(r + 5);
  const ty = side === "above" ? -(r + 7) : 4;
  const lx = side === "above" ? n.x - n.size.w / 2 : side === "right" ? n.x + tx : n.x + tx - n.size.w;
  const ly = n.y + ty + n.size.top;
  const pad = 2;
  n.side = side; n.tx = tx; n.ty = ty;
  n.label = { x1: lx - pad, y1: ly - pad, x2: lx + n.size.w + pad, y2: ly + n.size.h + pad };
  n.box = { x1: Math.min(n.x - r, n.label.x1), y1: Math.min(n.y - r, n.label.y1),
    x2: Math.max(n.x + r, n.label.x2), y2: Math.max(n.y + r, n.label.y2) };
  return n;
}

// The layout: the centre in the middle, the others on an ellipse in rows, right half top to
// bottom and left half bottom to top (a deal's companies side by side), each label pointing
// away from the centre so that no edge from the centre crosses it. Rows are at least a label
// apart, and the ellipse grows taller with the number of companies. Then every pair of boxes is
// checked and overlapping ones nudged apart vertically (the canvas grows) until none overlap.
function layout(center, others, W) {
  const sizes = measure([[shortName(center.name), true], ...others.map((o) => [shortName(o.name), false])]);
  const rowH = Math.max(16, ...sizes.map((s) => s.h)) + 6;
  const right = others.slice(0, Math.ceil(others.length / 2)), left = others.slice(right.length).reverse();
  const rows = Math.max(right.length, left.length, 1);
  const widths = sizes.slice(1).map((s) => s.w).sort((a, b) => a - b);
  const typical = widths.length ? widths[Math.floor(widths.length * 0.8)] : 0;
  const rx = Math.max(120, W / 2 - 24 - Math.min(typical, 220));
  const ry = Math.max(200, (rows * rowH) / 2 + rowH);
  const cx = W / 2, cy = ry + 40;
  const nodes = [place({ ...center, center: true, x: cx, y: cy, cx, size: sizes[0] })];
  const column = (list, sign, offset) => list.forEach((o, j) => {
    const y = cy - ry + ((j + offset) * 2 * ry) / rows;
    const x = cx + sign * rx * Math.sqrt(Math.max(0, 1 - ((y - cy) / ry) ** 2));
    nodes.push({ ...o, center: false, x, y, cx, size: sizes[1 + others.indexOf(o)] });
  });
  column(right, 1, 0.5);
  column(left, -1, rows === left.length ? 0.5 : 1);
  for (const n of nodes) {
    place(n);
    // A long name keeps inside the canvas: its node moves in instead.
    if (n.box.x2 > W - 4) { n.x -= n.box.x2 - (W - 4); place(n); }
    if (n.box.x1 < 4) { n.x += 4 - n.box.x1; place(n); }
  }
  separate(nodes);
  const top = Math.min(...nodes.map((n) => n.box.y1)), bottom = Math.max(...nodes.map((n) => n.box.y2));
  for (const n of nodes) { n.y += 16 - top; place(n); }
  return { nodes, W, H: Math.max(bottom - top + 32, 300) };
}

// Nudges apart every two boxes that overlap, the upper one up and the lower one down (the
// centre stays), until none do: each pass leaves the pair it moved apart, so the overlap left
// shrinks, and the canvas has room to grow downwards and upwards.
function separate(nodes) {
  for (let pass = 0; pass < 5000; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i], q = nodes[j];
        if (!overlap(p.box, q.box)) continue;
        const [up, down] = p.y < q.y || (p.y === q.y && i < j) ? [p, q] : [q, p];
        const need = up.box.y2 - down.box.y1 + 1;
        if (up.center) down.y += need;
        else if (down.center) up.y -= need;
        else { up.y -= need / 2; down.y += need / 2; }
        place(up); place(down);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function drawGraph(data, deals, onEdge, selected) {
  const center = data.nodes.find((n) => n.center);
  const inGraph = new Set(data.nodes.map((n) => n.id));
  const dealsOf = dealIndex(deals);
  // A deal's parts between two companies on the graph are drawn too (the seller's divestment
  // beside the buyer's acquisition), as chords shown while the deal is lit.
  const extra = [];
  for (const d of deals || []) for (const p of d.parts) {
    if (inGraph.has(p.source_id) && inGraph.has(p.target_id) && p.source_id !== center.id && p.target_id !== center.id) {
      extra.push({ id: p.relationship, type: p.type, status: p.status, source: p.source, target: p.target,
        source_id: p.source_id, target_id: p.target_id, attributes: p.attributes, independent_sources: p.independent_sources });
    }
  }
  const pairs = pairsOf([...data.edges, ...extra]);
  const leadOf = new Map();
  for (const p of pairs) {
    const other = p.a === center.id ? p.b : p.b === center.id ? p.a : null;
    if (other !== null) leadOf.set(other, p.rels[0]);
  }
  const firstDeal = new Map();
  (deals || []).forEach((d, i) => d.parts.forEach((p) => {
    for (const id of [p.source_id, p.target_id]) if (!firstDeal.has(id)) firstDeal.set(id, i);
  }));
  const others = data.nodes.filter((n) => !n.center).sort((a, b) =>
    (firstDeal.get(a.id) ?? Infinity) - (firstDeal.get(b.id) ?? Infinity)
    || typeRank(leadOf.get(a.id)?.type) - typeRank(leadOf.get(b.id)?.type) || a.name.localeCompare(b.name));
  const { nodes, W, H } = layout(center, others, 760);
  const at = new Map(nodes.map((n) => [n.id, n]));

  const root = svg("svg", { class: "graph", viewBox: `0 0 ${W} ${Math.round(H)}`, role: "group",
    "aria-label": `${center.name} and ${others.length} related companies and people` });
  const defs = svg("defs", {}, TYPES.map((t) => svg("marker", {
    id: `arrow-${t}`, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse",
    orient: "auto-start-reverse",
  }, colour(svg("path", { d: "M0,0 L10,5 L0,10 z" }), "fill", t))));
  root.append(defs);

  const links = svg("g", {});
  // A deal lights up (its chords appear) while one of its edges is pointed at, and stays lit
  // once one is chosen.
  let pinned = [];
  const lit = (ids) => {
    root.classList.toggle("dealing", ids.length > 0);
    root.querySelectorAll("g.link").forEach((g) => g.classList.toggle("lit",
      ids.some((d) => (g.getAttribute("data-deals") || "").split(" ").includes(String(d)))));
  };
  for (const pair of pairs) {
    const rels = pair.rels, lead = rels[0];
    // Drawn from the centre (a chord: from its best-attested tie's source) to the other end.
    const chord = pair.a !== center.id && pair.b !== center.id;
    const [from, to] = chord ? [at.get(lead.source_id), at.get(lead.target_id)]
      : pair.b === center.id ? [at.get(pair.b), at.get(pair.a)] : [at.get(pair.a), at.get(pair.b)];
    let d;
    if (chord) { // bowed towards the centre, away from the labels outside
      const c = at.get(center.id), mx = (from.x + to.x) / 2, my = (from.y + to.y) / 2;
      d = `M${from.x},${from.y} Q${mx + (c.x - mx) * 0.35},${my + (c.y - my) * 0.35} ${to.x},${to.y}`;
    } else d = `M${from.x},${from.y} L${to.x},${to.y}`;
    const types = [...new Set(rels.map((r) => r.type))].sort((x, y) => typeRank(x) - typeRank(y));
    const look = rels.every((r) => LIVE_TALKS.has(r.status)) ? " talks" : rels.every((r) => OVER.has(r.status)) ? " over" : "";
    const towards = (node) => rels.filter((r) => !UNDIRECTED.has(r.type) && r.target_id === node.id);
    const ahead = towards(to), back = towards(from);
    const dealIds = [...new Set(rels.flatMap((r) => (dealsOf.get(r.id) || []).map((x) => x.id)))];
    const names = `${from.name} – ${to.name}`;
    const path = svg("path", { class: `edge${look}${chord ? " chord" : ""}`, d,
      "marker-end": ahead.length ? `url(#arrow-${ahead[0].type})` : null,
      "marker-start": back.length ? `url(#arrow-${back[0].type})` : null });
    if (types.length === 1) colour(path, "stroke", types[0]);
    else { // one line, a band of colour for each type
      const id = `bands-${pair.key}`;
      const grad = svg("linearGradient", { id, gradientUnits: "userSpaceOnUse", x1: from.x, y1: from.y, x2: to.x, y2: to.y });
      types.forEach((t, i) => {
        grad.append(colour(svg("stop", { offset: i / types.length }), "stop-color", t));
        grad.append(colour(svg("stop", { offset: (i + 1) / types.length }), "stop-color", t));
      });
      defs.append(grad);
      path.style.setProperty("stroke", `url(#${id})`);
    }
    const tip = [names, ...rels.map(oneLine),
      ...dealIds.map((id) => { const x = deals.find((y) => y.id === id); return `Deal: ${x.title} (${x.parts.length} parts)`; })];
    const link = svg("g", {
      class: `link${chord ? " chord" : ""}${selected === pair.key ? " selected" : ""}`, tabindex: 0, role: "button",
      "data-pair": pair.key, "data-rel": lead.id, "data-rels": rels.map((r) => r.id).join(" "),
      "data-types": types.join(" "), "data-statuses": [...new Set(rels.map((r) => r.status))].join(" "),
      "data-deals": dealIds.join(" ") || null,
      "aria-label": `${names}: ${rels.map((r) => `${label(r.type)}, ${label(r.status)}`).join("; ")}`,
    }, svg("title", {}, tip.join("\n")), path, svg("path", { class: "hit", d }));
    const pick = () => {
      root.querySelectorAll("g.link.selected").forEach((g) => g.classList.remove("selected"));
      link.classList.add("selected");
      pinned = dealIds;
      lit(pinned);
      onEdge(pair);
    };
    link.addEventListener("click", pick);
    link.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
    link.addEventListener("mouseenter", () => lit(dealIds));
    link.addEventListener("focus", () => lit(dealIds));
    link.addEventListener("mouseleave", () => lit(pinned));
    link.addEventListener("blur", () => lit(pinned));
    if (chord) links.prepend(link); else links.append(link);
  }
  root.append(links);

  const group = svg("g", {});
  for (const n of nodes) {
    const anchor = n.side === "right" ? "start" : n.side === "left" ? "end" : "middle";
    const node = svg("g", {
      class: `node ${n.kind}${n.center ? " center" : ""}`, transform: `translate(${n.x},${n.y})`, "data-entity": n.id,
      tabindex: n.center ? null : 0, role: n.center ? null : "link", "aria-label": n.center ? null : `Open ${n.name}`,
    }, svg("title", {}, n.name), svg("circle", { r: n.center ? 11 : 7 }),
    // The centre's name sits where its edges meet: on a plate, so that they pass behind it.
    n.center ? svg("rect", { class: "plate", x: n.label.x1 - n.x, y: n.label.y1 - n.y, rx: 4,
      width: n.label.x2 - n.label.x1, height: n.label.y2 - n.label.y1 }) : null,
    svg("text", { x: n.tx, y: n.ty, "text-anchor": anchor }, shortName(n.name)));
    if (!n.center) {
      node.addEventListener("click", () => go(`#/entity/${n.id}`));
      node.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(`#/entity/${n.id}`); });
    }
    group.append(node);
  }
  root.append(group);
  root.lightDeal = (ids) => { pinned = ids; lit(ids); };
  return root;
}

function legend(edges) {
  const present = TYPES.filter((t) => edges.some((e) => e.type === t));
  const swatch = (t) => { const el = h("span", { "data-type": t }, label(t)); el.style.setProperty("--c", `var(--${t})`); return el; };
  return h("div", { class: "legend" }, present.map(swatch),
    h("span", { class: "dash" }, "dashed: rumoured or in talks"), "dotted: ended or called off",
    " · one line per two companies, a band of colour for each type of tie");
}

// --- deals ------------------------------------------------------------------------------------

function dealCard(deal, here) {
  return h("section", { class: "deal", "data-deal": deal.id, "aria-label": `Deal: ${deal.title}` },
    h("div", { class: "deal-head" }, h("span", { class: "badge" }, "deal"), " ", h("strong", {}, deal.title), " ",
      statusPill(deal.status),
      h("span", { class: "small muted" }, ` · ${deal.parts.length} parts · first reported ${when(deal.first_reported)}`)),
    h("ol", { class: "parts" }, deal.parts.map((p) => h("li", {
      "data-rel": p.relationship, class: here && here.has(p.relationship) ? "here" : null },
    h("span", { class: "role" }, p.role), " ",
    h("a", { href: `#/relationship/${p.relationship}` }, p.summary), " ", statusPill(p.status),
    attrsText(p.attributes).length ? h("span", { class: "small" }, ` · ${attrsText(p.attributes).join(", ")}`) : null,
    h("span", { class: "small muted" }, ` · ${p.why}`)))));
}

function dealsList(deals, onPick) {
  if (!deals.length) return h("p", { class: "muted" }, "No deal ties two or more of these relationships.");
  return h("ul", { class: "plain deals" }, deals.map((d) => h("li", {},
    onPick ? h("button", { type: "button", class: "linklike", "data-deal": d.id, onclick: () => onPick(d) }, d.title) : h("strong", {}, d.title),
    " ", statusPill(d.status), h("span", { class: "small muted" }, ` · ${d.parts.length} parts: ${roleCounts(d.parts)}`))));
}

// "buyer's acquisition, rival bid ×4, seller's divestment ×9"
function roleCounts(parts) {
  const counts = new Map();
  for (const p of parts) counts.set(p.role, (counts.get(p.role) || 0) + 1);
  return [...counts].map(([role, n]) => (n > 1 ? `${role} ×${n}` : role)).join(", ");
}

// --- pages ------------------------------------------------------------------------------------

async function homePage() {
  const [stats, rels, stories] = await Promise.all([api("/api/stats"), api("/api/relationships", { limit: 15 }),
    api("/api/stories", { limit: 8 })]);
  const relCount = Object.values(stats.graph.relationships).reduce((a, b) => a + b, 0);
  const table = relationsTable(rels.items, (r) => go(`#/relationship/${r.id}`));
  return h("div", {},
    h("h1", {}, "Who is tied to whom"),
    h("p", { class: "muted" }, `${stats.documents.toLocaleString("en")} documents (${stats.clusters.toLocaleString("en")} clusters of copies) · `,
      `${relCount.toLocaleString("en")} relationships · ${stats.graph.stories.toLocaleString("en")} stories. `,
      "Search a company above, or press ", h("kbd", {}, "/"), "."),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, "Best-attested relationships"), table),
      h("section", { class: "card" }, h("h2", {}, "Latest stories"), storiesList(stories.items))));
}

async function entityPage(match, params) {
  const id = match[1];
  const [profile, base, baseDeals] = await Promise.all([api(`/api/entities/${id}`), api(`/api/entities/${id}/graph`),
    api(`/api/entities/${id}/deals`)]);
  const panel = h("section", { class: "card", id: "panel", "aria-live": "polite" },
    h("p", { class: "muted" }, "Choose an edge (click, or Tab then Enter) to see its status history and every sentence behind it."));
  const graphBox = h("div", { class: "graph-wrap" });
  const dealsBox = h("div", { class: "graph-deals" });
  const note = h("div", { class: "small muted" });
  let selected = null, shown = { data: base, deals: baseDeals.deals };

  async function showPair(pair, open) {
    selected = pair.key;
    panel.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    try { panel.replaceChildren(await loadPair(pair, shown.deals, open)); } catch (err) { panel.replaceChildren(h("p", { class: "error" }, err.message)); }
  }
  // A row of the table: the edge it is drawn on, else the relationship alone.
  function showRel(r) {
    const pair = pairsOf(shown.data.edges).find((p) => p.rels.some((x) => x.id === r.id));
    showPair(pair || pairsOf([r])[0], r.id);
  }
  function showDeal(d) {
    const svgEl = graphBox.querySelector("svg.graph");
    if (svgEl) svgEl.lightDeal([d.id]);
    panel.replaceChildren(h("h2", {}, "Deal"), dealCard(d));
  }

  function show(data, deals) {
    shown = { data, deals };
    graphBox.replaceChildren(data.edges.length ? drawGraph(data, deals, showPair, selected)
      : h("p", { class: "muted" }, data.as_of ? `Nothing was known by ${data.as_of}.` : "No relationships."));
    dealsBox.replaceChildren(h("h3", {}, "Deals"), dealsList(deals, showDeal));
    note.replaceChildren(`${data.edges.length} of ${data.total} relationship(s)${data.truncated ? ", the best-attested" : ""}` +
      (data.as_of ? `, as known on ${data.as_of}` : ""));
  }

  // The slider steps through the dates on which something about these relationships was reported.
  const dates = [...new Set(base.edges.flatMap((e) => e.history.map((x) => x.first_reported)).filter(Boolean))].sort();
  const output = h("output", { for: "asof" }, "today");
  const slider = h("input", { id: "asof", type: "range", min: 0, max: dates.length, step: 1, value: dates.length,
    "aria-label": "As of date", disabled: dates.length ? null : true });
  let timer = null;
  const wanted = params.get("as_of");
  if (wanted) {
    let i = dates.findIndex((d) => d > wanted);
    slider.value = i < 0 ? dates.length : Math.max(i - 1, 0);
  }
  async function moveTo(i) {
    const asOf = i >= dates.length ? null : dates[i];
    output.value = asOf ? `as of ${asOf}` : "today";
    const hash = `#/entity/${id}${asOf ? `?as_of=${asOf}` : ""}`;
    history.replaceState(null, "", hash);
    if (!asOf) { show(base, baseDeals.deals); return; }
    const [data, deals] = await Promise.all([api(`/api/entities/${id}/graph`, { as_of: asOf }),
      api(`/api/entities/${id}/deals`, { as_of: asOf })]);
    show(data, deals.deals);
  }
  slider.addEventListener("input", () => { clearTimeout(timer); const i = Number(slider.value); timer = setTimeout(() => moveTo(i), 150); });
  show(base, baseDeals.deals);
  if (wanted) moveTo(Number(slider.value));

  const counts = Object.entries(profile.counts).map(([t, by]) => `${label(t)} ${Object.values(by).reduce((a, b) => a + b, 0)}`).join(" · ");
  const rels = Object.values(profile.relationships).flat();
  return h("div", { "data-entity": profile.id },
    h("h1", {}, profile.name, h("span", { class: "badge" }, profile.kind)),
    h("div", { class: "aliases" }, profile.aliases.length > 1 ? `Also: ${profile.aliases.filter((a) => a !== profile.name).join(", ")}` : "",
      counts ? h("div", { class: "small" }, counts) : null),
    h("div", { class: "grid" },
      h("section", { class: "card", "aria-label": "Neighbourhood" },
        h("h2", {}, "Neighbourhood"), graphBox, legend(base.edges),
        h("div", { class: "slider" }, h("label", { for: "asof" }, "Time"), slider, output), note, dealsBox),
      panel),
    profile.people.length ? h("section", { class: "card" }, h("h2", {}, "People"),
      h("ul", { class: "plain" }, profile.people.map((p) => h("li", {},
        h("a", { href: `#/relationship/${p.relationship}` }, p.name), ` · ${p.title || "role"} · `, statusPill(p.status))))) : null,
    h("section", { class: "card", "aria-label": "Deals" }, h("h2", {}, `Deals (${baseDeals.deals.length})`),
      baseDeals.deals.length ? baseDeals.deals.map((d) => dealCard(d))
        : h("p", { class: "muted" }, "No deal ties two or more of these relationships.")),
    h("section", { class: "card" }, h("h2", {}, "Relationships"),
      relationsTable(rels, (r) => { showRel(r); panel.scrollIntoView({ block: "nearest" }); }, dealIndex(baseDeals.deals))),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, "Timeline"), timelineList(profile.timeline)),
      h("section", { class: "card" }, h("h2", {}, "Stories"), storiesList(profile.stories))));
}

async function relationshipPage(match) {
  const [detail, deals] = await Promise.all([loadRelationship(match[1]), api(`/api/relationships/${match[1]}/deals`)]);
  const title = detail.querySelector("h2");
  const here = new Set([Number(match[1])]);
  return h("div", {}, h("h1", {}, title.textContent),
    deals.deals.length ? h("section", { class: "card" }, deals.deals.map((d) => dealCard(d, here))) : null,
    h("section", { class: "card" }, detail));
}

async function storyPage(match) {
  const story = await api(`/api/stories/${match[1]}`);
  return h("div", {},
    h("h1", {}, story.title),
    h("p", { class: "muted" }, `${when(story.first)}${story.last && story.last !== story.first ? " to " + story.last : ""} · `,
      `${story.documents} document(s), ${story.sources} independent · ${story.companies.join(", ")}`),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, "Timeline"), timelineList(story.timeline)),
      h("section", { class: "card" }, h("h2", {}, "Documents"), h("ul", { class: "plain" }, story.documents_list.map((d) => h("li", {},
        h("a", { href: `#/document/${d.id}` }, d.title || `document ${d.id}`),
        h("div", { class: "small muted" }, `${when(d.published)} · ${d.source || "unknown source"}${d.cluster !== d.id ? ` · copy in cluster ${d.cluster}` : ""}`)))))));
}

async function storiesPage(match, params) {
  const offset = Number(params.get("offset") || 0);
  const page = await api("/api/stories", { limit: 50, offset });
  return h("div", {}, h("h1", {}, "Stories"), h("section", { class: "card" }, storiesList(page.items), pager("#/stories", page)));
}

function pager(base, page, extra = "") {
  return h("div", { class: "pager" },
    page.offset > 0 ? h("a", { href: `${base}?offset=${Math.max(page.offset - page.limit, 0)}${extra}` }, "← Previous") : null,
    page.next_offset !== null ? h("a", { href: `${base}?offset=${page.next_offset}${extra}` }, "Next →") : null);
}

async function changesPage(match, params) {
  let since = params.get("since");
  if (!since) {
    const stats = await api("/api/stats");
    const last = stats.published_to ? new Date(stats.published_to.slice(0, 10)) : new Date();
    since = new Date(last.getTime() - 7 * 86400e3).toISOString().slice(0, 10);
  }
  const changes = await api("/api/changes", { since });
  const input = h("input", { type: "date", value: since, "aria-label": "Since",
    onchange: (ev) => go(`#/changes?since=${ev.target.value}`) });
  const row = (c, what) => h("li", {},
    h("a", { href: `#/relationship/${c.id}` }, c.source, arrow(c), c.target), " ", h("span", { class: "type" }, label(c.type)), " ",
    what, fmtAttrs(c.new_attributes), h("div", { class: "small muted" }, `reported ${when(c.reported)} · ${c.independent_sources} source(s)`));
  return h("div", {},
    h("h1", {}, "What changed"),
    h("p", {}, "Reported since ", input),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, `New (${changes.new.length})`),
        h("ul", { class: "plain" }, changes.new.map((c) => row(c, statusPill(c.new_status))))),
      h("section", { class: "card" }, h("h2", {}, `Changed (${changes.changed.length})`),
        h("ul", { class: "plain" }, changes.changed.map((c) => row(c, [statusPill(c.previous_status), " → ", statusPill(c.new_status)]))),
        h("h2", {}, `Conflicting reports (${changes.conflicts.length})`),
        h("ul", { class: "plain" }, changes.conflicts.map((c) => h("li", {},
          h("a", { href: `#/relationship/${c.id}` }, c.source, arrow(c), c.target), " ", label(c.type),
          c.conflicts.map((x) => h("div", { class: "small" }, conflictWords(x, c.attributes)))))))));
}

function docList(items) {
  return h("ul", { class: "plain" }, items.map((d) => h("li", {},
    h("a", { href: `#/document/${d.id}` }, docName(d)),
    h("div", { class: "small muted" }, `${when(d.published)} · ${d.source || "unknown source"} · ${d.chars.toLocaleString("en")} characters`),
    d.snippet ? h("div", { class: "snippet" }, snippet(d.snippet)) : null)));
}

// The store marks matches with [ and ]: marked as matches, as text.
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map((part) => part.startsWith("[") && part.endsWith("]") ? h("mark", {}, part.slice(1, -1)) : part);
}

async function documentsPage(match, params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const page = await api("/api/documents", { q, limit: 50, offset });
  const input = h("input", { type: "search", value: q, placeholder: "Words in the text", "aria-label": "Search documents",
    onkeydown: (ev) => { if (ev.key === "Enter") go(`#/documents?q=${encodeURIComponent(ev.target.value)}`); } });
  return h("div", {}, h("h1", {}, "Documents"), h("p", {}, input),
    h("section", { class: "card" }, page.items.length ? docList(page.items) : h("p", { class: "muted" }, "No documents."),
      pager("#/documents", page, q ? `&q=${encodeURIComponent(q)}` : "")));
}

async function searchPage(match, params) {
  const q = params.get("q") || "";
  if (!q) return h("p", { class: "muted" }, "Type a name or words above.");
  const found = await api("/api/search", { q, limit: 30 });
  return h("div", {}, h("h1", {}, `Search: ${q}`),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, "Documents"),
        found.documents.items.length ? docList(found.documents.items) : h("p", { class: "muted" }, "No document has every word.")),
      h("section", { class: "card" }, h("h2", {}, "Companies and people"),
        found.entities.length ? h("ul", { class: "plain" }, found.entities.map((e) => h("li", {},
          h("a", { href: `#/entity/${e.id}` }, e.name), h("span", { class: "small muted" }, ` · ${e.kind} · ${e.relationships} relationship(s)`))))
          : h("p", { class: "muted" }, "No name starts so."))));
}

// The text cut into runs that share the same marks: an entity, a relationship sentence, a trigger.
function highlighted(text, entities, mentions) {
  const n = text.length;
  const entityAt = new Array(n).fill(-1), sentence = new Uint8Array(n), trigger = new Uint8Array(n);
  entities.forEach((e, i) => { for (let k = Math.max(0, e.start); k < Math.min(n, e.end); k++) entityAt[k] = i; });
  for (const m of mentions) {
    for (let k = Math.max(0, m.start); k < Math.min(n, m.end); k++) sentence[k] = 1;
    if (m.trigger) {
      const at = text.slice(m.start, m.end).toLowerCase().indexOf(m.trigger.toLowerCase());
      if (at >= 0) for (let k = m.start + at; k < m.start + at + m.trigger.length; k++) trigger[k] = 1;
    }
  }
  const out = [];
  let k = 0;
  while (k < n) {
    let j = k + 1;
    while (j < n && entityAt[j] === entityAt[k] && sentence[j] === sentence[k] && trigger[j] === trigger[k]) j++;
    const part = text.slice(k, j);
    if (entityAt[k] >= 0) {
      const e = entities[entityAt[k]];
      out.push(h("mark", { class: e.kind, "data-entity": e.entity_id, title: `${e.name} (${e.kind})`, onclick: () => go(`#/entity/${e.entity_id}`) }, part));
    } else if (trigger[k]) out.push(h("mark", { class: "trigger" }, part));
    else if (sentence[k]) out.push(h("mark", {}, part));
    else out.push(part);
    k = j;
  }
  return out;
}

async function documentPage(match) {
  const doc = await api(`/api/documents/${match[1]}`);
  const url = safeUrl(doc.url);
  const named = new Map();
  for (const e of doc.entities) named.set(e.entity_id, e);
  const stated = new Map();
  for (const m of doc.mentions) stated.set(`${m.relationship}`, m);
  return h("div", {},
    h("h1", {}, docName(doc)),
    h("p", { class: "muted" }, `${when(doc.published)} · ${doc.source || "unknown source"} · `,
      url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url) : doc.location || ""),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("div", { class: "legend" }, h("mark", { class: "company" }, "company"), h("mark", { class: "person" }, "person"),
        h("mark", {}, "sentence stating a relationship"), h("mark", { class: "trigger" }, "trigger")),
      h("div", { class: "doctext" }, highlighted(doc.text, doc.entities, doc.mentions))),
      h("div", {},
        h("section", { class: "card" }, h("h2", {}, "Companies and people"),
          h("ul", { class: "plain" }, [...named.values()].map((e) => h("li", {}, h("a", { href: `#/entity/${e.entity_id}` }, e.name),
            h("span", { class: "small muted" }, ` · ${e.kind}`))))),
        h("section", { class: "card" }, h("h2", {}, "Relationships stated"),
          h("ul", { class: "plain" }, [...stated.values()].map((m) => h("li", {},
            m.relationship ? h("a", { href: `#/relationship/${m.relationship}` }, m.source, arrow(m), m.target) : [m.source, arrow(m), m.target],
            " ", h("span", { class: "type" }, label(m.type)), " ", statusPill(m.status), fmtAttrs(m.attributes))))),
        h("section", { class: "card" }, h("h2", {}, "Duplicates"),
          doc.duplicates ? h("ul", { class: "plain" }, doc.duplicates.members.map((d) => h("li", {},
            d.id === doc.id ? h("strong", {}, d.title || `document ${d.id}`) : h("a", { href: `#/document/${d.id}` }, d.title || `document ${d.id}`),
            h("div", { class: "small muted" }, `${d.level}${d.similarity !== null ? ` · similarity ${Number(d.similarity).toFixed(2)}` : ""} · ${when(d.published)} · ${d.source || "unknown source"}`))))
            : h("p", { class: "muted" }, "No copies or paraphrases of this document.")))));
}

// --- start --------------------------------------------------------------------------------------

window.addEventListener("hashchange", render);
document.addEventListener("DOMContentLoaded", async () => {
  setupSearch();
  const schema = await api("/api/schema");
  TYPES = schema.types.map((t) => t.type);
  UNDIRECTED = new Set(schema.types.filter((t) => !t.directed).map((t) => t.type));
  // Each type's colour as a custom property (--stake ...) that edges, markers and the legend read.
  for (const t of schema.types) document.documentElement.style.setProperty(`--${t.type}`, t.colour);
  render();
});

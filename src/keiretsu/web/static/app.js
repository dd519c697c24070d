"use strict";
// keiretsu's web UI: plain DOM, no framework, no build step, nothing loaded from elsewhere.
// Every piece of news text enters the page as a text node (see h()), never as HTML, so an
// article that contains "<script>" shows it as words.

// Filled from /api/schema before the first page: the server's models are the one source.
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

function fmtAttrs(attrs) {
  const out = [];
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "percent") out.push(`${v}%`);
    else if (k === "amount") out.push(`${Number(v).toLocaleString("en")}${attrs.currency ? " " + attrs.currency : ""}`);
    else if (k === "currency") continue;
    else if (Array.isArray(v)) out.push(`${k}: ${v.join(", ")}`);
    else out.push(`${k}: ${v}`);
  }
  return out.length ? h("div", { class: "attrs" }, out.map((a) => h("span", {}, a))) : null;
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

function relationsTable(rels, onPick) {
  const rows = rels.map((r) => h("tr", {
    class: "pick", tabindex: 0, "data-rel": r.id,
    onclick: () => onPick(r), onkeydown: (ev) => { if (ev.key === "Enter") onPick(r); },
  },
  h("td", {}, r.source, arrow(r), r.target),
  h("td", { class: "type" }, label(r.type)),
  h("td", {}, statusPill(r.status)),
  h("td", {}, fmtAttrs(r.attributes)),
  h("td", { class: "small muted" }, `${r.independent_sources} source(s), ${r.mentions} mention(s)`),
  h("td", { class: "small muted" }, when(r.first_reported))));
  return h("table", {}, h("thead", {}, h("tr", {}, ["Between", "Type", "Status", "Terms", "Evidence", "Reported"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows));
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

function relationshipDetail(rel, evidence) {
  const dates = [rel.valid_from ? `valid from ${rel.valid_from}` : null, rel.valid_to ? `to ${rel.valid_to}` : null,
    `first reported ${when(rel.first_reported)}`, rel.last_reported ? `last ${rel.last_reported}` : null].filter(Boolean);
  return h("section", { class: "relationship", "data-rel": rel.id, "aria-label": "Relationship" },
    h("h2", {}, h("a", { href: `#/relationship/${rel.id}` }, rel.source, arrow(rel), rel.target), " ",
      h("span", { class: "type" }, label(rel.type)), " ", statusPill(rel.status)),
    rel.venture ? h("div", {}, `Venture: ${rel.venture}`) : null,
    fmtAttrs(rel.attributes),
    h("div", { class: "small muted" }, dates.join(" · ")),
    h("div", { class: "small muted" }, `${rel.mentions} mention(s) in ${rel.independent_sources} independent source(s) · confidence ${rel.confidence.toFixed(2)}`),
    rel.conflicts.length ? h("div", { class: "conflict" }, h("strong", {}, "Reports disagree: "),
      rel.conflicts.map((c) => h("div", { class: "small" }, JSON.stringify(c)))) : null,
    h("h3", {}, "Status history"),
    h("ol", { class: "history" }, rel.history.map((e) => h("li", {}, statusPill(e.status), " ",
      e.valid_from ? `from ${e.valid_from}` : "", h("span", { class: "small muted" },
        ` · reported ${when(e.first_reported)} · ${e.sources} source(s)`, e.expected ? ` · expected ${e.expected}` : ""),
      fmtAttrs(e.attributes)))),
    h("h3", {}, `Evidence (${evidence.length} sentence${evidence.length === 1 ? "" : "s"})`),
    h("ul", { class: "plain evidence" }, evidence.map((ev) => h("li", { "data-mention": ev.id },
      sentenceWithTrigger(ev.sentence, ev.trigger),
      fmtAttrs(ev.attributes),
      h("div", { class: "small muted" },
        h("a", { href: `#/document/${ev.doc_id}` }, docName({ ...ev, id: ev.doc_id })),
        ` · ${ev.source || "unknown source"} · ${when(ev.published)} · `, statusPill(ev.status),
        ` · ${ev.copies} cop${ev.copies === 1 ? "y" : "ies"}`,
        ev.copies > 1 ? [" (", ev.documents.slice(1).map((d, i) => [i ? ", " : "", h("a", { href: `#/document/${d.doc_id}` }, `#${d.doc_id}`)]), ")"] : null)))));
}

async function loadRelationship(id) {
  const [rel, evidence] = await Promise.all([api(`/api/relationships/${id}`), api(`/api/relationships/${id}/evidence`, { limit: 200 })]);
  return relationshipDetail(rel, evidence.items);
}

// --- the neighbourhood graph ------------------------------------------------------------------

// Through CSSOM: the Content-Security-Policy refuses style attributes, not this.
function colour(el, property, type) {
  el.style.setProperty(property, `var(--${type})`);
  return el;
}

function drawGraph(data, onEdge, selected) {
  const W = 760, H = 560, cx = W / 2, cy = H / 2;
  const center = data.nodes.find((n) => n.center);
  const others = data.nodes.filter((n) => !n.center);
  const firstType = new Map();
  for (const e of data.edges) {
    const other = e.source_id === center.id ? e.target_id : e.source_id;
    if (!firstType.has(other)) firstType.set(other, e.type);
  }
  others.sort((a, b) => TYPES.indexOf(firstType.get(a.id)) - TYPES.indexOf(firstType.get(b.id)) || a.name.localeCompare(b.name));
  const pos = new Map([[center.id, [cx, cy, 0]]]);
  const R = Math.min(W, H) / 2 - 80, two = others.length > 24;
  others.forEach((o, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(others.length, 1);
    const r = two && i % 2 ? R * 0.66 : R;
    pos.set(o.id, [cx + r * Math.cos(a), cy + r * Math.sin(a), a]);
  });

  const root = svg("svg", { class: "graph", viewBox: `0 0 ${W} ${H}`, role: "group",
    "aria-label": `${center.name} and ${others.length} related companies and people` });
  const defs = svg("defs", {}, TYPES.map((t) => svg("marker", {
    id: `arrow-${t}`, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse",
    orient: "auto-start-reverse",
  }, colour(svg("path", { d: "M0,0 L10,5 L0,10 z" }), "fill", t))));
  root.append(defs);

  const byPair = new Map();
  for (const e of data.edges) {
    const k = [e.source_id, e.target_id].sort().join("-");
    if (!byPair.has(k)) byPair.set(k, []);
    byPair.get(k).push(e);
  }
  const links = svg("g", {});
  for (const group of byPair.values()) {
    group.forEach((e, k) => {
      if (e.source_id === e.target_id) return;
      const [x1, y1] = pos.get(e.source_id), [x2, y2] = pos.get(e.target_id);
      const mx = (x1 + x2) / 2, my = (y1 + y2) / 2, len = Math.hypot(x2 - x1, y2 - y1) || 1;
      // Parallel edges fan out: a curve's middle sits halfway to its control point, 22px apart.
      const bend = ((k - (group.length - 1) / 2) * 44 + 8) * (e.source_id < e.target_id ? 1 : -1);
      const qx = mx - ((y2 - y1) / len) * bend, qy = my + ((x2 - x1) / len) * bend;
      const d = `M${x1},${y1} Q${qx},${qy} ${x2},${y2}`;
      const look = LIVE_TALKS.has(e.status) ? " talks" : OVER.has(e.status) ? " over" : "";
      const link = svg("g", {
        class: `link${selected === e.id ? " selected" : ""}`, tabindex: 0, role: "button", "data-rel": e.id,
        "data-type": e.type, "data-status": e.status,
        "aria-label": `${e.source}${arrow(e)}${e.target}: ${label(e.type)}, ${label(e.status)}`,
      },
      svg("title", {}, `${e.source}${arrow(e)}${e.target}: ${label(e.type)}, ${label(e.status)}`),
      colour(svg("path", { class: `edge${look}`, d, "marker-end": UNDIRECTED.has(e.type) ? null : `url(#arrow-${e.type})` }), "stroke", e.type),
      svg("path", { class: "hit", d }));
      const pick = () => {
        root.querySelectorAll("g.link.selected").forEach((g) => g.classList.remove("selected"));
        link.classList.add("selected");
        onEdge(e);
      };
      link.addEventListener("click", pick);
      link.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
      links.append(link);
    });
  }
  root.append(links);

  const nodes = svg("g", {});
  for (const n of data.nodes) {
    const [x, y, a] = pos.get(n.id);
    const c = Math.cos(a), anchor = n.center ? "middle" : c > 0.25 ? "start" : c < -0.25 ? "end" : "middle";
    const tx = n.center ? 0 : Math.cos(a) * 12, ty = n.center ? -18 : Math.sin(a) * 14 + 4;
    const node = svg("g", {
      class: `node ${n.kind}${n.center ? " center" : ""}`, transform: `translate(${x},${y})`, "data-entity": n.id,
      tabindex: n.center ? null : 0, role: n.center ? null : "link", "aria-label": n.center ? null : `Open ${n.name}`,
    }, svg("circle", { r: n.center ? 11 : 7 }), svg("text", { x: tx, y: ty, "text-anchor": anchor }, n.name));
    if (!n.center) {
      node.addEventListener("click", () => go(`#/entity/${n.id}`));
      node.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(`#/entity/${n.id}`); });
    }
    nodes.append(node);
  }
  root.append(nodes);
  return root;
}

function legend(edges) {
  const present = TYPES.filter((t) => edges.some((e) => e.type === t));
  const swatch = (t) => { const el = h("span", { "data-type": t }, label(t)); el.style.setProperty("--c", `var(--${t})`); return el; };
  return h("div", { class: "legend" }, present.map(swatch),
    h("span", { class: "dash" }, "dashed: rumoured or in talks"), "dotted: ended or called off");
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
  const [profile, base] = await Promise.all([api(`/api/entities/${id}`), api(`/api/entities/${id}/graph`)]);
  const panel = h("section", { class: "card", id: "panel", "aria-live": "polite" },
    h("p", { class: "muted" }, "Choose an edge (click, or Tab then Enter) to see its status history and every sentence behind it."));
  const graphBox = h("div", { class: "graph-wrap" });
  const note = h("div", { class: "small muted" });
  let selected = null;

  async function showEdge(e) {
    selected = e.id;
    panel.replaceChildren(h("p", { class: "loading" }, "Loading…"));
    try { panel.replaceChildren(await loadRelationship(e.id)); } catch (err) { panel.replaceChildren(h("p", { class: "error" }, err.message)); }
  }

  function show(data) {
    graphBox.replaceChildren(data.edges.length ? drawGraph(data, showEdge, selected)
      : h("p", { class: "muted" }, data.as_of ? `Nothing was known by ${data.as_of}.` : "No relationships."));
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
    show(asOf ? await api(`/api/entities/${id}/graph`, { as_of: asOf }) : base);
  }
  slider.addEventListener("input", () => { clearTimeout(timer); const i = Number(slider.value); timer = setTimeout(() => moveTo(i), 150); });
  show(base);
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
        h("div", { class: "slider" }, h("label", { for: "asof" }, "Time"), slider, output), note),
      panel),
    profile.people.length ? h("section", { class: "card" }, h("h2", {}, "People"),
      h("ul", { class: "plain" }, profile.people.map((p) => h("li", {},
        h("a", { href: `#/relationship/${p.relationship}` }, p.name), ` · ${p.title || "role"} · `, statusPill(p.status))))) : null,
    h("section", { class: "card" }, h("h2", {}, "Relationships"), relationsTable(rels, (r) => { showEdge(r); panel.scrollIntoView({ block: "nearest" }); })),
    h("div", { class: "grid" },
      h("section", { class: "card" }, h("h2", {}, "Timeline"), timelineList(profile.timeline)),
      h("section", { class: "card" }, h("h2", {}, "Stories"), storiesList(profile.stories))));
}

async function relationshipPage(match) {
  const detail = await loadRelationship(match[1]);
  const title = detail.querySelector("h2");
  return h("div", {}, h("h1", {}, title.textContent), h("section", { class: "card" }, detail));
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
          h("a", { href: `#/relationship/${c.id}` }, c.source, arrow(c), c.target), " ", label(c.type)))))));
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
  render();
});

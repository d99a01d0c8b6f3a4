/* Compare any two bodies in the browser, from the exported mapping (compare/mapping.js, else the JSON).
   Runs only on pages with a form[data-ph-compare]. Text is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  function tokens(text) {
    return text.match(/\w+(?:['’]\w+)*|\s+|[^\w\s]/g) || [];
  }

  /* Word-level diff by longest common subsequence: fine for clause-sized texts. */
  function diff(oldText, newText) {
    var a = tokens(oldText), b = tokens(newText), n = a.length, m = b.length, i, j;
    var lcs = [];
    for (i = 0; i <= n; i++) { lcs.push(new Uint16Array(m + 1)); }
    for (i = n - 1; i >= 0; i--) {
      for (j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var ops = [];
    function push(kind, text) {
      var last = ops[ops.length - 1];
      if (last && last.kind === kind) { last.text += text; } else { ops.push({kind: kind, text: text}); }
    }
    i = 0; j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) { push("equal", a[i]); i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push("delete", a[i]); i++; }
      else { push("insert", b[j]); j++; }
    }
    for (; i < n; i++) { push("delete", a[i]); }
    for (; j < m; j++) { push("insert", b[j]); }
    return ops;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function hidden(text) { return el("span", "ph-visually-hidden", text); }

  function redline(oldText, newText) {
    var p = el("p", "ph-redline__text");
    diff(oldText, newText).forEach(function (op) {
      if (op.kind === "equal" || !op.text.trim()) { p.appendChild(document.createTextNode(op.text)); return; }
      var mark = el(op.kind === "insert" ? "ins" : "del", op.kind === "insert" ? "ph-ins" : "ph-del");
      mark.appendChild(hidden(op.kind === "insert" ? "[inserted: " : "[deleted: "));
      mark.appendChild(document.createTextNode(op.text));
      mark.appendChild(hidden("]"));
      p.appendChild(mark);
    });
    return p;
  }

  function stanceWords(stance, strength) {
    var text = stance.charAt(0).toUpperCase() + stance.slice(1);
    return strength === "informative" ? text : text + " (" + strength + ")";
  }

  function lowerFirst(text) { return text.charAt(0).toLowerCase() + text.slice(1); }

  /* The same words as the topic pages: proposed, or reviewed and how it relates to the reading. */
  function provenanceWords(link) {
    if (link.mapping_provenance === "proposed") { return "proposed topic and stance, not yet reviewed"; }
    if (link.stance_provenance === "proposed") { return "proposed, not yet reviewed"; }
    var words = link.agrees_with_reading ? "reviewed — agrees with the reading"
      : "reviewed — overrides the proposed " + stanceWords(link.proposed_stance, link.proposed_strength).toLowerCase();
    var by = [link.reviewed_by, link.reviewed_on].filter(Boolean);
    return by.length ? words + " (" + by.join(", ") + ")" : words;
  }

  /* The clause that states the body's position first, then its other clauses. */
  function headlineFirst(links) {
    return links.filter(function (l) { return l.headline; }).concat(links.filter(function (l) { return !l.headline; }));
  }

  /* A headline's scope as it reads after its stance (render/labels.py, scope_words). */
  function scopeWords(scope) {
    return (scope || []).map(function (term) {
      return /(equipment|accounts)$/.test(term) ? "on " + term : term;
    }).join("; ") || "none stated";
  }

  /* "prohibits" → "prohibit", "permits with conditions" → "permit with conditions". */
  function stancePlural(stance) {
    var space = stance.indexOf(" ");
    var verb = space < 0 ? stance : stance.slice(0, space);
    return verb.replace(/s$/, "") + (space < 0 ? "" : stance.slice(space));
  }

  /* The same words as the prepared pair pages (render/labels.py, pair_verdict_label): the same
     stance is "Same stance" only when the strength and the scope are the same too. */
  function verdictLabel(ha, hb, reviewed) {
    var provenance = reviewed ? " (reviewed)" : ", not all reviewed";
    if (ha.stance !== hb.stance) { return "Stances differ"; }
    var differs = [];
    if (ha.strength !== hb.strength) {
      differs.push("the strength differs (" + ha.strength + " / " + hb.strength + ")");
    }
    if (scopeWords(ha.scope) !== scopeWords(hb.scope)) {
      differs.push("the scope differs (" + scopeWords(ha.scope) + " / " + scopeWords(hb.scope) + ")");
    }
    if (!differs.length) { return "Same stance" + provenance; }
    return "Both " + stancePlural(ha.stance) + provenance + "; " + differs.join(" and ");
  }

  function verdict(a, b, names, first, second) {
    var ha = a.filter(function (l) { return l.headline; })[0] || a[0];
    var hb = b.filter(function (l) { return l.headline; })[0] || b[0];
    var reviewed = ha.stance_provenance === "reviewed" && hb.stance_provenance === "reviewed";
    var p = el("p", "ph-pair__verdict");
    p.appendChild(el("strong", null, verdictLabel(ha, hb, reviewed) + ":"));
    p.appendChild(document.createTextNode(" "));
    p.appendChild(document.createTextNode(
      names.get(first) + " " + lowerFirst(ha.summary) + " (" + ha.stance_provenance + "); " +
      names.get(second) + " " + lowerFirst(hb.summary) + " (" + hb.stance_provenance + ")." +
      (reviewed ? "" : " This rests on a proposal nobody has reviewed yet.")));
    return p;
  }

  function side(data, links, bodyName, base) {
    var box = el("div", "ph-pair__side");
    box.appendChild(el("p", "ph-pair__body", bodyName));
    if (!links.length) { box.appendChild(el("p", "ph-gap", "Not addressed")); return box; }
    headlineFirst(links).forEach(function (link) {
      var clause = data.clauseMap.get(link.clause);
      var card = el("div", "ph-mapping");
      var heading = el("h3", "ph-mapping__source");
      var a = el("a", null, clause.clause_label);
      a.href = base + clause.url;
      heading.appendChild(a);
      card.appendChild(heading);
      var stance = el("p", "ph-mapping__stance");
      stance.appendChild(el("strong", null, link.summary || stanceWords(link.stance, link.strength)));
      stance.appendChild(document.createTextNode(" "));
      stance.appendChild(el("span", "ph-tag ph-provenance ph-provenance--" + link.stance_provenance,
                            provenanceWords(link)));
      card.appendChild(stance);
      card.appendChild(el("blockquote", "ph-mapping__text", clause.text));
      box.appendChild(card);
    });
    return box;
  }

  function textOf(data, links) {
    return links.map(function (l) { return data.clauseMap.get(l.clause).text; }).join(" ");
  }

  function objects(fields, rows) {
    return rows.map(function (row) {
      var object = {};
      fields.forEach(function (field, i) { object[field] = row[i]; });
      return object;
    });
  }

  /* compare/mapping.js gives clauses and links as rows of values (clause_fields, link_fields), a link
     naming its clause by its place; the JSON gives objects, a link naming its clause by its key. */
  function prepare(data) {
    if (data.clauseMap) { return; }
    if (data.link_fields) {
      var clauses = objects(data.clause_fields, data.clauses);
      data.clauseMap = new Map(clauses.map(function (clause, i) { return [i, clause]; }));
      data.links = objects(data.link_fields, data.links);
    } else {
      data.clauseMap = new Map(Object.entries(data.clauses));
    }
  }

  function render(form, data, result) {
    var first = form.elements.first.value, second = form.elements.second.value;
    var names = new Map();
    data.bodies.forEach(function (b) { names.set(b.id, b.name); });
    prepare(data);
    var base = form.getAttribute("data-ph-site-root");
    result.textContent = "";
    result.appendChild(el("h2", null, names.get(first) + " and " + names.get(second)));
    if (first === second) { result.appendChild(el("p", null, "Choose two different bodies.")); return; }
    var shown = 0;
    data.topics.forEach(function (topic) {
      var of = function (body) {
        return data.links.filter(function (l) {
          var clause = data.clauseMap.get(l.clause);
          return l.topic === topic.id && clause && clause.body === body;
        });
      };
      var a = of(first), b = of(second);
      if (!a.length && !b.length) { return; }
      shown++;
      result.appendChild(el("h3", null, topic.title));
      if (a.length && b.length) { result.appendChild(verdict(a, b, names, first, second)); }
      var pair = el("div", "ph-pair");
      pair.appendChild(side(data, a, names.get(first), base));
      pair.appendChild(side(data, b, names.get(second), base));
      result.appendChild(pair);
      if (a.length && b.length) {
        var details = el("details", "ph-redline");
        details.appendChild(el("summary", null, "Word-by-word differences, " + names.get(first) + " → " + names.get(second)));
        details.appendChild(redline(textOf(data, a), textOf(data, b)));
        result.appendChild(details);
      }
    });
    result.insertBefore(el("p", null, shown + " topics addressed by at least one of them."), result.children[1]);
  }

  function start(form) {
    var result = form.parentNode.querySelector(".ph-any__result");
    var source = new URL(form.getAttribute("data-ph-compare"), document.baseURI);
    form.setAttribute("data-ph-site-root", new URL("../", source).href);
    // The page loads the mapping as a script too (compare/mapping.js): from file:// there is no fetch.
    var loading = window.__phMapping ? Promise.resolve(window.__phMapping) : fetch(source).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + r.statusText); }
      return r.json();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      result.textContent = "Loading…";
      loading.then(function (data) { render(form, data, result); }, function (error) {
        result.textContent = "The mapping file could not be read (" + error.message + ").";
      });
    });
  }

  function init() {
    var forms = document.querySelectorAll("form[data-ph-compare]");
    Array.prototype.forEach.call(forms, start);
  }

  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); }
  else { init(); }
})();

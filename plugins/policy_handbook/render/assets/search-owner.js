/* Search results say whose text they are: each result of Material's search gets a line with
 * its council and the text's status (e.g. "Dorset Council · In force"), from the labels the
 * plugin writes at build time (render/search_index.py labels_script). Text only, never HTML.
 */
(function () {
  "use strict";

  function sitePath(href) {
    var url;
    try { url = new URL(href, document.baseURI); } catch (error) { return null; }
    var base = new URL(document.querySelector("script[src*='search-owner.js']").src);
    // The site root is three folders above this script (assets/policy-handbook/search-owner.js).
    var root = base.pathname.replace(/assets\/policy-handbook\/search-owner\.js$/, "");
    var path = decodeURIComponent(url.pathname);
    if (path.indexOf(root) !== 0) return null;
    return path.slice(root.length).replace(/index\.html$/, "").replace(/\.html$/, "/");
  }

  function labelFor(path) {
    var data = window.__phSearchLabels;
    if (!data || path === null) return null;
    if (Object.prototype.hasOwnProperty.call(data.pages, path)) return data.pages[path];
    for (var i = 0; i < data.prefixes.length; i++) {
      if (path.indexOf(data.prefixes[i][0]) === 0) return data.prefixes[i][1];
    }
    return data.other;
  }

  function label(item) {
    if (item.querySelector(".ph-result-owner")) return;
    var link = item.querySelector("a.md-search-result__link");
    var article = link && link.querySelector("article");
    if (!article) return;
    var words = labelFor(sitePath(link.getAttribute("href")));
    if (!words) return;
    var owner = document.createElement("p");
    owner.className = "ph-result-owner";
    owner.textContent = words;
    var heading = article.querySelector("h1");
    if (heading) heading.insertAdjacentElement("afterend", owner);
    else article.appendChild(owner);
  }

  function watch() {
    var list = document.querySelector(".md-search-result__list");
    if (!list) return;
    var run = function () { list.querySelectorAll(".md-search-result__item").forEach(label); };
    new MutationObserver(run).observe(list, { childList: true, subtree: true });
    run();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();

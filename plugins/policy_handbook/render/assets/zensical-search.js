/*
 * Accessibility fixes for Zensical's search dialog; does nothing under Material.
 *
 * Zensical draws its search results inside a shadow root, out of reach of the handbook's
 * stylesheets. Two things fail WCAG 2.2 AA there: the path under each result is grey at 45 %
 * opacity (contrast below 4.5:1), and each result is named by its title alone although it shows
 * its path and an extract too (label in name, 2.5.3). This script gives the path a darker grey
 * and lets each result be named by everything it shows.
 */
(function () {
  "use strict";
  if (!window.MutationObserver || !("adoptedStyleSheets" in Document.prototype)) return;
  var CSS = '[role="listbox"] menu { color: rgb(var(--color-foreground) / .75); }';

  function mendResults(root) {
    root.querySelectorAll('[role="option"][aria-labelledby]').forEach(function (option) {
      option.removeAttribute("aria-labelledby");
      option.removeAttribute("aria-describedby");
    });
  }

  function mendRoot(root) {
    if (root.__policyHandbookMended) return;
    root.__policyHandbookMended = true;
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet]);
    mendResults(root);
    new MutationObserver(function () { mendResults(root); })
      .observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-labelledby"] });
  }

  function findRoots() {
    document.querySelectorAll("body > *").forEach(function (element) {
      if (element.shadowRoot) mendRoot(element.shadowRoot);
    });
  }

  function start() {
    if (!document.querySelector(".md-search__button")) return;  // not Zensical's search
    findRoots();
    new MutationObserver(findRoots).observe(document.body, { childList: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

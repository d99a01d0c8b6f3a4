/* The handbook opened from the file system (file://): links to folders open the folder's
 * index.html, as a web server would.
 *
 * With directory URLs (MkDocs' default) a page links to "policies/…/2017/"; from a copy
 * on disk the browser would show that folder's listing instead of its page. This script
 * does nothing over http(s). Links already on the page are fixed once; links added later
 * (Material's search results) are fixed as they appear. Search itself works from file://
 * through the iframe-worker shim (vendor/iframe-worker-shim.js, loaded in <head>) and
 * search/search_index.js, which the plugin writes next to search_index.json.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function fix(anchor) {
    var href = anchor.getAttribute("href");
    if (!href || href.charAt(0) === "#") return;
    var url = new URL(anchor.href);
    if (url.protocol !== "file:" || url.pathname.slice(-1) !== "/") return;
    url.pathname += "index.html";
    anchor.setAttribute("href", url.href);
  }

  function fixAll(root) {
    if (root.nodeType !== 1) return;
    if (root.tagName === "A") fix(root);
    var anchors = root.querySelectorAll("a[href]");
    for (var i = 0; i < anchors.length; i++) fix(anchors[i]);
  }

  fixAll(document.body);
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) fixAll(added[j]);
    }
  }).observe(document.body, { childList: true, subtree: true });
})();

/* The redline / clean-view switch of redline pages and committee packs (render/versions.py).
   The switch is hidden in the HTML and shown here, so without JavaScript no dead button is
   left: the clean text is then the version's own page, which the redline links to.
   The button is a real <button aria-pressed>, so it works with the keyboard. Elsewhere the
   script finds no switch and does nothing. */
(function () {
  "use strict";

  function setUp() {
    var switches = document.querySelectorAll("[data-ph-redline-switch]");
    Array.prototype.forEach.call(switches, function (wrapper) {
      var button = wrapper.querySelector("button[aria-controls]");
      var target = button && document.getElementById(button.getAttribute("aria-controls"));
      if (!target || button.hasAttribute("data-ph-ready")) return;
      button.setAttribute("data-ph-ready", "");
      wrapper.hidden = false;
      button.addEventListener("click", function () {
        var clean = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", clean ? "true" : "false");
        target.classList.toggle("ph-redline--clean", clean);
      });
    });
  }

  // Material's instant loading swaps pages without a reload and announces each through document$.
  if (typeof window.document$ !== "undefined" && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

/* Acknowledgement pages (render/acknowledge.py): the form, the receipt, and what a returning
 * reader is told. Loaded on every page; does nothing where there is no [data-ph-ack] element.
 *
 * A receipt is {document, version, version_label, status, effective_from, fingerprint, name,
 * employee_number, acknowledged_at, page_url}. It is kept in localStorage under the page's storage_key (one
 * per document) and, only when mkdocs.yml sets acknowledgement_endpoint, POSTed there as
 * JSON. Nothing else leaves the browser. User input only ever reaches the page as text
 * (textContent), never as HTML.
 */
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  /* A service that takes longer than this is treated as unreachable, so the reader can retry. */
  var SEND_TIMEOUT_SECONDS = 30;
  var RECEIPT_KEYS = ["document", "version", "version_label", "status", "effective_from", "fingerprint", "name",
    "employee_number", "acknowledged_at", "page_url"];

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function pad(n) { return String(n).padStart(2, "0"); }

  /* Local time with its offset from UTC, e.g. 2026-11-20T14:03:09+00:00. */
  function isoNow(date) {
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? "+" : "-";
    offset = Math.abs(offset);
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + "T" +
      pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds()) +
      sign + pad(Math.floor(offset / 60)) + ":" + pad(offset % 60);
  }

  /* "2026-11-20T14:03:09+00:00" → "20 November 2026 at 14:03", as the reader's clock read. */
  function when(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(iso || ""));
    if (!m) return "an unknown date";
    return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] + " at " + m[4] + ":" + m[5];
  }

  /* "2027-01-01" → "1 January 2027". */
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ""));
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : String(iso);
  }

  function quoted(text) { return "\u201c" + text + "\u201d"; }

  function readStored(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "null");
      return value && typeof value === "object" && value.version ? value : null;
    } catch (error) {
      return null;
    }
  }

  function forget(key) {
    try {
      window.localStorage.removeItem(key);
      return true;
    } catch (error) {
      return false;
    }
  }

  function store(key, receipt) {
    try {
      window.localStorage.setItem(key, JSON.stringify(receipt));
      return true;
    } catch (error) {
      return false;
    }
  }

  /* Keyed data as a Map, so that a stored id such as "__proto__" or "constructor" finds nothing. */
  function keyed(object) {
    return new Map(object && typeof object === "object" ? Object.entries(object) : []);
  }

  function setup(root) {
    if (root.getAttribute("data-ph-ack-ready")) return;
    root.setAttribute("data-ph-ack-ready", "yes");
    var data = JSON.parse(root.getAttribute("data-ph-ack"));
    var versions = keyed(data.versions);
    var changesSince = keyed(data.changes_since);
    var form = root.querySelector("#ph-ack-form");
    if (!form) return;  // a version not in force: a preview, with nothing to acknowledge
    var status = root.querySelector("#ph-ack-status");
    var summary = root.querySelector("#ph-ack-error-summary");
    var receiptBox = root.querySelector("#ph-ack-receipt");
    var fieldsList = root.querySelector("#ph-ack-receipt-fields");
    var sent = root.querySelector("#ph-ack-sent");
    var download = root.querySelector("#ph-ack-download");
    var again = root.querySelector("#ph-ack-again");
    var forgetRow = root.querySelector("#ph-ack-forget-row");
    var name = form.querySelector("#ph-ack-name");
    var employee = form.querySelector("#ph-ack-employee");
    var understood = form.querySelector("#ph-ack-read");
    var blobUrl = null;

    form.hidden = false;

    /* --- the receipt ------------------------------------------------------------- */

    function showReceipt(receipt) {
      fieldsList.textContent = "";
      /* The service's signed receipt has no status or date: for this page's version, say the page's. */
      var thisVersion = String(receipt.version) === String(data.version);
      var version = "status" in receipt || !thisVersion ? receipt : data;
      [["Policy", data.document_title + " (" + receipt.document + ")"],
        ["Version", receipt.version_label + " (" + receipt.version + ")"]].concat(
        "status" in version ? [["Status", version.status],
          ["In force from", version.effective_from ? day(version.effective_from) : "No date given in the policy"]] : [],
        [["Fingerprint (SHA-256)", receipt.fingerprint],
        ["Name", receipt.name],
        ["Employee number", receipt.employee_number || "Not given"],
        ["Acknowledged", when(receipt.acknowledged_at) + " (" + receipt.acknowledged_at + ")"]],
        receipt.signature ? [["Identity", receipt.identity === "self-declared" ? "Self-declared (the name you typed)" :
          "Signed in as " + receipt.user], ["Recorded by", receipt.recorded_by + ", receipt " + receipt.receipt_id],
          ["Signed with key", receipt.key_id]] : [["Page", receipt.page_url]]).forEach(function (row) {
        fieldsList.appendChild(el("dt", row[0]));
        var dd = el("dd");
        dd.appendChild(el(row[0].indexOf("Fingerprint") === 0 ? "code" : "span", row[1]));
        fieldsList.appendChild(dd);
      });
      /* A signed receipt keeps every key the service sent: each one is covered by the signature. */
      var json = JSON.stringify(receipt, receipt.signature ? null : RECEIPT_KEYS, 2);
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      blobUrl = URL.createObjectURL(new Blob([json], { type: "application/json" }));
      download.setAttribute("href", blobUrl);
      receiptBox.hidden = false;
      forgetRow.hidden = readStored(data.storage_key) === null;
      root.classList.add("ph-ack--has-receipt");
    }

    /* --- what a returning reader is told ----------------------------------------- */

    function paragraph(parts) {
      var p = el("p");
      parts.forEach(function (part) {
        p.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
      });
      return p;
    }

    function link(text, href) { return el("a", text, { href: href }); }

    function explain(stored) {
      status.textContent = "";
      if (!stored) return;
      var label = String(stored.version_label || stored.version);
      var at = when(stored.acknowledged_at);
      var known = versions.get(String(stored.version));
      var since = changesSince.get(String(stored.version));
      if (stored.version === data.version) {
        if (stored.fingerprint === data.fingerprint) {
          status.appendChild(paragraph(["You acknowledged this version, ", quoted(label), ", on " + at + ". ",
            "Your receipt is below."]));
          showReceipt(stored);
          form.hidden = true;
          again.hidden = false;
          if (data.endpoint && !stored.signature) {
            pending = stored;
            sendFailed("Not yet recorded: " + data.endpoint_host + " has not stored this acknowledgement; it is kept " +
              "only in this browser. Try sending it again.", true);
          }
        } else {
          status.appendChild(paragraph(["You acknowledged ", quoted(label), " on " + at + ", but its text has " +
            "changed since: your receipt's fingerprint is not this page's. Please read it again and acknowledge it below."]));
          status.classList.add("ph-ack__status--action");
        }
      } else if (since) {
        if (since.substantive) {
          status.classList.add("ph-ack__status--action");
          status.appendChild(paragraph(["You acknowledged ", quoted(label), " on " + at + "."]));
          status.appendChild(paragraph([el("strong", "The policy has changed since you acknowledged version " +
            quoted(label) + ": " + since.summary + "."), " ", link(since.redline_label, since.redline_url)]));
          if (since.steps.length > 1) {
            var list = el("ul", null, { "class": "ph-ack__steps" });
            since.steps.forEach(function (step) {
              var item = el("li");
              item.appendChild(link("From " + step.from_label + " to " + step.to_label, step.redline_url));
              item.appendChild(document.createTextNode(": " + step.summary + "."));
              list.appendChild(item);
            });
            status.appendChild(list);
          }
          status.appendChild(paragraph(["Please read this version and acknowledge it below: your acknowledgement of ",
            quoted(label), " does not cover it."]));
        } else {
          status.appendChild(paragraph(["You acknowledged ", quoted(label), " on " + at + ". ",
            "The policy has only changed editorially since (" + since.summary.replace(/^Editorial changes only: /, "") +
            "): no new acknowledgement is needed. ", link("See what changed", since.redline_url), "."]));
          status.classList.add("ph-ack__status--ok");
        }
      } else if (known) {
        status.appendChild(paragraph(["You acknowledged ", quoted(label), ", a later version than this one, on " + at +
          ". ", link("Go to " + label, known.url), "."]));
      } else {
        status.appendChild(paragraph(["You acknowledged a version of this policy (" + stored.version + ") on " + at +
          " that is not one of its published versions. Please acknowledge this version below."]));
        status.classList.add("ph-ack__status--action");
      }
    }

    /* --- validation -------------------------------------------------------------- */

    function setError(input, message) {
      var error = root.querySelector("#" + input.id + "-error");
      error.textContent = message ? "Error: " + message : "";
      error.hidden = !message;
      input.closest(".ph-field").classList.toggle("ph-field--error", !!message);
      if (message) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", error.id);
      } else {
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby");
      }
    }

    function validate() {
      var problems = [];
      var nameMessage = name.value.trim() ? "" : "Enter your name";
      var readMessage = understood.checked ? "" : "Tick the box to confirm you have read and understood this version";
      setError(name, nameMessage);
      setError(understood, readMessage);
      if (nameMessage) problems.push([name, nameMessage]);
      if (readMessage) problems.push([understood, readMessage]);
      summary.textContent = "";
      summary.hidden = !problems.length;
      if (problems.length) {
        summary.appendChild(el("h3", "There is a problem", { "class": "ph-ack__error-title" }));
        var list = el("ul");
        problems.forEach(function (problem) {
          var item = el("li");
          var a = link(problem[1], "#" + problem[0].id);
          a.addEventListener("click", function (event) {
            event.preventDefault();
            problem[0].focus();
          });
          item.appendChild(a);
          list.appendChild(item);
        });
        summary.appendChild(list);
        problems[0][0].focus();
      }
      return !problems.length;
    }

    /* --- sending ----------------------------------------------------------------- */

    /* The receipts service (policy-handbook receipts serve) answers 201 or 200 with
     * {recorded: true, receipt: <signed receipt>}, or 4xx with {recorded: false, message}.
     * A refusal is final; no answer or a server error keeps the local receipt and offers a retry. */
    var retryRow = root.querySelector("#ph-ack-retry-row");
    var retryButton = root.querySelector("#ph-ack-retry");
    var pending = null;

    function sendFailed(text, retry) {
      sent.textContent = text;
      root.classList.remove("ph-ack--sent");
      root.classList.add("ph-ack--send-failed");
      retryRow.hidden = !retry;
      pending = retry ? pending : null;
    }

    function send(receipt) {
      if (!data.endpoint) {
        sent.textContent = "Nothing was sent: this receipt is your record. Print it or download it, and hand it in.";
        return;
      }
      pending = receipt;
      retryRow.hidden = true;
      retryButton.disabled = true;
      sent.textContent = "Sending your acknowledgement to " + data.endpoint_host + "\u2026";
      var controller = typeof AbortController === "function" ? new AbortController() : null;
      var timer = controller && setTimeout(function () { controller.abort(); }, SEND_TIMEOUT_SECONDS * 1000);
      fetch(data.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(receipt, RECEIPT_KEYS),
        signal: controller ? controller.signal : undefined,
      }).then(function (response) {
        return response.json().catch(function (error) {
          if (error && error.name === "AbortError") throw error;
          return null;
        }).then(function (answer) {
          return { response: response, answer: answer };
        });
      }).then(function (result) {
        clearTimeout(timer);
        retryButton.disabled = false;
        var answer = result.answer;
        if (result.response.ok && answer && answer.recorded === true && answer.receipt &&
            typeof answer.receipt === "object" && answer.receipt.signature) {
          pending = null;
          var signed = answer.receipt;
          store(data.storage_key, signed);
          showReceipt(signed);
          sent.textContent = "Recorded: " + data.endpoint_host + " has stored your acknowledgement" +
            (answer.new === false ? " (you had already acknowledged this version; this is that record)" : "") +
            ". Your receipt is signed by it (receipt " + String(signed.receipt_id) + "). Keep a copy too: print or download it.";
          root.classList.remove("ph-ack--send-failed");
          root.classList.add("ph-ack--sent");
          retryRow.hidden = true;
        } else if (result.response.ok) {
          pending = null;
          sent.textContent = "Your receipt was sent to " + data.endpoint_host + ". It sent back no signed receipt, so " +
            "this copy is your record: print it or download it.";
          root.classList.add("ph-ack--sent");
          retryRow.hidden = true;
        } else if (result.response.status >= 400 && result.response.status < 500) {
          sendFailed("Not recorded: " + data.endpoint_host + " refused your acknowledgement" +
            (answer && typeof answer.message === "string" ? " (" + answer.message + ")" : " (" +
              result.response.status + ")") + ". Your receipt is kept in this browser; please tell HR.", false);
        } else {
          sendFailed("Not recorded: " + data.endpoint_host + " answered " + result.response.status +
            ". Your receipt is kept in this browser: try sending it again in a moment.", true);
        }
      }).catch(function (error) {
        clearTimeout(timer);
        retryButton.disabled = false;
        var said = error && error.name === "AbortError" ?
          "Not confirmed: " + data.endpoint_host + " did not answer within " + SEND_TIMEOUT_SECONDS +
            " seconds, so your acknowledgement may not have been recorded" :
          "Not recorded: " + data.endpoint_host + " could not be reached";
        sendFailed(said + ". Your receipt is kept in this " +
          "browser: try sending it again, or print or download it and hand it in.", true);
      });
    }

    retryButton.addEventListener("click", function () {
      if (pending) send(pending);
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!validate()) return;
      var receipt = {
        document: data.document,
        version: data.version,
        version_label: data.version_label,
        status: data.status,
        effective_from: data.effective_from,
        fingerprint: data.fingerprint,
        name: name.value.trim(),
        employee_number: employee.value.trim() || null,
        acknowledged_at: isoNow(new Date()),
        page_url: window.location.href.split("#")[0],
      };
      var kept = store(data.storage_key, receipt);
      status.textContent = "";
      status.className = "ph-ack__status";
      status.appendChild(paragraph(["Thank you, " + receipt.name + ": you acknowledged ", quoted(data.version_label),
        " on " + when(receipt.acknowledged_at) + ". " + (kept ? "This browser will remember it." :
          "This browser could not keep it, so print or download your receipt now.")]));
      showReceipt(receipt);
      form.hidden = true;
      again.hidden = false;
      receiptBox.focus();
      send(receipt);
    });

    again.addEventListener("click", function () {
      form.hidden = false;
      again.hidden = true;
      name.focus();
    });

    root.querySelector("#ph-ack-print").addEventListener("click", function () { window.print(); });

    /* A shared computer: the next person must not see this person's name, number or receipt. */
    root.querySelector("#ph-ack-forget").addEventListener("click", function () {
      var removed = forget(data.storage_key);
      var unsent = pending !== null;
      pending = null;
      fieldsList.textContent = "";
      sent.textContent = "";
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      blobUrl = null;
      download.setAttribute("href", "#ph-ack-receipt");
      receiptBox.hidden = true;
      retryRow.hidden = true;
      root.classList.remove("ph-ack--has-receipt", "ph-ack--sent", "ph-ack--send-failed");
      form.reset();
      form.hidden = false;
      again.hidden = true;
      status.textContent = "";
      status.className = "ph-ack__status";
      status.appendChild(paragraph([removed ? "Your receipt was removed from this browser" +
        (unsent ? " before it was recorded: if you did not keep a copy, acknowledge this version again." :
          ".") : "This browser could not remove your receipt: clear this site's data in the browser's settings."]));
      status.setAttribute("tabindex", "-1");
      status.focus();
    });

    explain(readStored(data.storage_key));
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ph-ack]"), setup);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init); // Material's instant navigation swaps pages without reloading
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

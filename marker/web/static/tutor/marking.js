// The marking view's running total, grade and bands as marks are typed, and the comment bank.
// The page works without this file: the server computes and checks the same on save.
(function () {
  "use strict";
  // Alt+PageDown / Alt+PageUp: next / previous script on the desk (on the "Start marking" page too).
  document.addEventListener("keydown", function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key !== "PageDown" && event.key !== "PageUp") { return; }
    var link = document.getElementById(event.key === "PageDown" ? "next-script" : "previous-script");
    if (link) { event.preventDefault(); link.click(); }
  });

  var form = document.getElementById("marking-form");
  if (!form) { return; }

  function parseBands(text) {
    try { return JSON.parse(text || "[]"); } catch (e) { return []; }
  }

  var gradeBands = parseBands(form.getAttribute("data-grade-bands"));
  var totalMarks = parseInt(form.getAttribute("data-total-marks"), 10) || 0;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input.mark-input"));

  function markOf(input) {
    var text = input.value.trim();
    if (!/^\d+$/.test(text)) { return null; }
    var value = parseInt(text, 10);
    var max = parseInt(input.getAttribute("max"), 10);
    return value >= 0 && value <= max ? value : null;
  }

  // The same rule as Rubric.grade_for: the band holding the percentage, else the highest floor reached.
  function gradeFor(total) {
    var pct = totalMarks ? 100 * total / totalMarks : 0;
    var reached = null;
    for (var i = 0; i < gradeBands.length; i++) {
      var band = gradeBands[i];
      if (band[0] <= pct && pct <= band[1]) { return band[2]; }
      if (pct >= band[0] && (reached === null || band[0] > reached[0])) { reached = band; }
    }
    return reached ? reached[2] : (gradeBands.length ? gradeBands[gradeBands.length - 1][2] : "–");
  }

  function bandFor(input, mark) {
    var bands = parseBands(input.getAttribute("data-bands"));
    for (var i = 0; i < bands.length; i++) {
      if (bands[i][0] <= mark && mark <= bands[i][1]) { return bands[i][2]; }
    }
    return "";
  }

  function update() {
    var total = 0;
    var any = false;
    inputs.forEach(function (input) {
      var mark = markOf(input);
      var hint = document.getElementById(input.getAttribute("aria-describedby"));
      var bad = input.value.trim() !== "" && mark === null;
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      if (hint) {
        hint.textContent = bad ? "Enter a whole number from 0 to " + input.getAttribute("max") + "."
          : (mark === null ? "" : "Band: " + bandFor(input, mark));
      }
      if (mark !== null) { total += mark; any = true; }
    });
    var totalEl = document.getElementById("total");
    var gradeEl = document.getElementById("grade");
    if (totalEl) { totalEl.textContent = String(total); }
    if (gradeEl && inputs.length) { gradeEl.textContent = any ? gradeFor(total) : "–"; }
  }

  inputs.forEach(function (input) { input.addEventListener("input", update); });

  // Picking a bank comment puts it in the comment box at once, then resets the choice so saving does not
  // add it a second time.
  Array.prototype.forEach.call(form.querySelectorAll(".comment-bank select"), function (select) {
    select.addEventListener("change", function () {
      var option = select.options[select.selectedIndex];
      var target = document.getElementById(select.getAttribute("data-target"));
      if (!option.value || !target) { return; }
      var text = option.getAttribute("data-text") || option.textContent;
      target.value = target.value.trim() ? target.value.replace(/\s+$/, "") + "\n" + text : text;
      select.selectedIndex = 0;
    });
  });

  // --- Band descriptors: pressing "Mark in Merit" puts the part's mark in that band (its lowest mark, unless
  // the mark is in the band already), for the tutor to adjust within it.
  Array.prototype.forEach.call(form.querySelectorAll("button.band-pick"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var input = document.getElementById(button.getAttribute("data-target"));
      if (!input) { return; }
      var low = parseInt(button.getAttribute("data-min"), 10);
      var high = parseInt(button.getAttribute("data-max"), 10);
      var mark = markOf(input);
      if (mark === null || mark < low || mark > high) { input.value = String(low); }
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.focus();
      input.select();
    });
  });

  // --- Keyboard: Alt+Down / Alt+Up move between parts.
  var panels = Array.prototype.slice.call(form.querySelectorAll("fieldset.part-panel"));
  function firstField(panel) {
    return panel.querySelector("input.mark-input, select, textarea");
  }
  document.addEventListener("keydown", function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var current = panels.findIndex(function (panel) { return panel.contains(document.activeElement); });
      var step = event.key === "ArrowDown" ? 1 : -1;
      var target = panels[Math.min(panels.length - 1, Math.max(0, current + step))];
      var field = target && firstField(target);
      if (field) { event.preventDefault(); field.focus(); field.scrollIntoView({ block: "center" }); }
    }
  });

  // --- Autosave and the warning before leaving with unsaved marks.
  var status = document.getElementById("autosave-status");
  var url = form.getAttribute("data-autosave-url");
  var version = form.querySelector("input[name=version]");
  var edits = 0;        // changes typed so far
  var savedEdits = 0;   // changes the last successful save included
  var timer = null;
  var inFlight = null;  // the save under way, if any
  var stopped = false;  // after a stale or closed answer: saving again could overwrite someone's marks
  var leaving = false;
  var waitingSubmit = null;

  function say(text) { if (status) { status.textContent = text; } }
  function dirty() { return edits !== savedEdits; }

  function save() {
    timer = null;
    if (!url || stopped || inFlight || !dirty()) { return; }
    var upTo = edits;
    var body = new FormData(form);
    body.delete("action");
    say("Saving…");
    inFlight = fetch(url, { method: "POST", body: body, credentials: "same-origin",
                            headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.ok && data.saved) {
            if (version && data.version !== undefined) { version.value = String(data.version); }
            savedEdits = upTo;
            var now = new Date();
            say("Draft saved at " + now.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) + ".");
          } else {
            if (response.status === 409) { stopped = true; }
            say((data && data.error) || "Not saved.");
          }
        });
      })
      .catch(function () { say("Not saved: the server could not be reached. Your marks are still on this page."); })
      .then(function () {
        inFlight = null;
        if (waitingSubmit) {
          var submitter = waitingSubmit.submitter;
          waitingSubmit = null;
          leaving = true;
          if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
        } else if (dirty() && !stopped) {
          schedule();
        }
      });
  }

  function schedule() {
    if (!url || stopped) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, 1500);
  }

  function changed(event) {
    if (event.target && event.target.closest && event.target.closest(".comment-bank select")) { return; }
    edits += 1;
    say("Unsaved changes.");
    schedule();
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  form.addEventListener("submit", function (event) {
    if (timer) { clearTimeout(timer); timer = null; }
    if (inFlight) {
      // Wait for the background save: its answer carries the version the pressed save must be checked against.
      event.preventDefault();
      waitingSubmit = { submitter: event.submitter || null };
      return;
    }
    leaving = true;
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !dirty()) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
})();

// Inline comments: selecting text inside one paragraph of the script fills that part's "comment on a passage"
// form with the passage and its position (block index, start offset in the block's text) and opens it.
(function () {
  "use strict";
  var script = document.querySelector("section.script");
  if (!script || !script.querySelector("form.note-form")) { return; }

  function blockOf(node) {
    var element = node && node.nodeType === 1 ? node : node && node.parentNode;
    return element ? element.closest("p.block[data-block]") : null;
  }

  script.addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var block = blockOf(range.startContainer);
    if (!block || block !== blockOf(range.endContainer)) { return; }
    var part = block.closest("article.script-part");
    var form = part ? part.querySelector("form.note-form") : null;
    if (!form) { return; }
    var quote = range.toString();
    if (!quote.trim()) { return; }
    // The start is counted in the block's text as shown (highlights and citations are elements inside it).
    var before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    form.elements.quote.value = quote;
    form.elements.block.value = block.getAttribute("data-block");
    form.elements.start.value = String(before.toString().length);
    var details = form.closest("details");
    if (details) { details.open = true; }
    form.elements.text.focus();
  });

  // Typing the passage by hand: the position chosen by a selection no longer applies (the server looks it up).
  Array.prototype.forEach.call(script.querySelectorAll("form.note-form"), function (form) {
    form.elements.quote.addEventListener("input", function () {
      form.elements.block.value = "";
      form.elements.start.value = "";
    });
  });
})();

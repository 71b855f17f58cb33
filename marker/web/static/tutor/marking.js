// The marking view's running total, grade and bands as marks are typed, and the comment bank.
// The page works without this file: the server computes and checks the same on save.
(function () {
  "use strict";
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
})();

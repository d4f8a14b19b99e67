// Filters for the checker HTML report. No network, no libraries: data attributes and hidden.
// The state of the filters lives in the URL fragment (#verdict=conflict&rule=...&q=...), so a
// filtered view can be bookmarked or shared. Script errors are collected in <body data-errors>.
(function () {
  "use strict";
  var body = document.body;
  function report(message) {
    body.setAttribute("data-errors", (body.getAttribute("data-errors") || "") + message + "\n");
  }
  window.addEventListener("error", function (event) { report(String(event.message)); });
  try {
    var panel = document.getElementById("filters");
    var controls = {
      verdict: document.getElementById("f-verdict"),
      rule: document.getElementById("f-rule"),
      state: document.getElementById("f-state"),
      q: document.getElementById("f-q")
    };
    var count = document.getElementById("f-count");
    var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
    var written = null;

    var apply = function () {
      var verdict = controls.verdict.value, rule = controls.rule.value;
      var state = controls.state.value, q = controls.q.value.trim().toLowerCase();
      var shown = 0;
      findings.forEach(function (f) {
        var ok = (!verdict || f.getAttribute("data-verdict") === verdict) &&
          (!rule || f.getAttribute("data-rule") === rule) &&
          (!state || f.getAttribute("data-state") === state) &&
          (!q || f.textContent.toLowerCase().indexOf(q) >= 0);
        f.hidden = !ok;
        if (ok) { shown += 1; }
      });
      groups.forEach(function (g) {
        var all = g.querySelectorAll("article.finding").length;
        var visible = g.querySelectorAll("article.finding:not([hidden])").length;
        g.hidden = visible === 0;
        g.querySelector(".count").textContent =
          "(" + (visible === all ? all : visible + " of " + all) + ")";
      });
      count.textContent = shown + " of " + findings.length + " findings shown";
    };

    var readFragment = function () {
      if (location.hash.indexOf("=") < 0) { return; }
      var params = new URLSearchParams(location.hash.slice(1));
      Object.keys(controls).forEach(function (name) {
        var value = params.get(name) || "";
        if (controls[name].value !== value) { controls[name].value = value; }
      });
    };

    var writeFragment = function () {
      var params = new URLSearchParams();
      Object.keys(controls).forEach(function (name) {
        if (controls[name].value) { params.set(name, controls[name].value); }
      });
      written = "#" + params.toString();
      location.replace(written);
    };

    panel.addEventListener("input", function () { apply(); writeFragment(); });
    window.addEventListener("hashchange", function () {
      // Our own write arriving late: the controls may already be ahead of it.
      if ((location.hash || "#") === written) { return; }
      readFragment();
      apply();
    });
    panel.hidden = false;
    readFragment();
    apply();
    body.setAttribute("data-ready", "1");
  } catch (error) {
    report(String(error));
  }
}());

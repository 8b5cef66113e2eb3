/* The embed page's script: year buttons, tooltips, and the page's height for the host page.
 * Every year's colours, values and tooltips came with the page (#bhxh-data), so switching a year
 * asks nothing of the server. Text is set with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bhxh-data").textContent);
  var years = Object.keys(data.years).sort();
  var shown = String(data.year);
  var tip = document.getElementById("bhxh-tip");
  var figure = tip.parentNode;
  var paths = document.querySelectorAll("path.district");
  var radios = document.querySelectorAll(".years [role=radio]");

  function show(year) {
    if (!data.years[year]) return;
    shown = year;
    var units = data.years[year].units;
    paths.forEach(function (path) {
      var unit = units[path.getAttribute("data-code")];
      path.setAttribute("fill", unit.missing ? "url(#bhxh-hatch)" : unit.fill);
      path.setAttribute("data-fill", unit.fill);
      var code = path.getAttribute("data-code");
      path.setAttribute("aria-label", data.names[code] + ": " + unit.tip.join("; "));
    });
    document.querySelectorAll(".labels text").forEach(function (text) {
      text.lastChild.textContent = units[text.getAttribute("data-code")].value;
    });
    document.querySelectorAll("[data-year]").forEach(function (element) {
      element.hidden = element.getAttribute("data-year") !== year;
    });
    document.querySelectorAll("[data-href-" + year + "]").forEach(function (link) {
      link.setAttribute("href", link.getAttribute("data-href-" + year));
    });
    radios.forEach(function (radio) {
      var on = radio.getAttribute("data-pick") === year;
      radio.setAttribute("aria-checked", on ? "true" : "false");
      radio.tabIndex = on ? 0 : -1;
    });
    document.body.setAttribute("data-shown", year);
    hide();
  }

  function choose(year) {
    if (year === shown) return;
    show(year);
    try {
      var url = new URL(location.href);
      url.searchParams.set("year", year);
      history.replaceState(null, "", url);
    } catch (error) { /* a page opened from a file has no history to rewrite */ }
  }

  radios.forEach(function (radio) {
    radio.addEventListener("click", function () { choose(radio.getAttribute("data-pick")); });
    radio.addEventListener("keydown", function (event) {
      var delta = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      var next = years[years.indexOf(shown) + delta];
      if (!next) return;
      choose(next);
      document.querySelector('.years [data-pick="' + next + '"]').focus();
    });
  });

  // The tooltip: on hover, on keyboard focus and on a tap; Escape or leaving hides it.
  var active = null;
  function place(path, x, y) {
    var unit = data.years[shown].units[path.getAttribute("data-code")];
    tip.textContent = "";
    var name = document.createElement("b");
    name.textContent = data.names[path.getAttribute("data-code")];
    tip.appendChild(name);
    unit.tip.forEach(function (line) {
      var row = document.createElement("span");
      row.textContent = line;
      tip.appendChild(row);
      tip.appendChild(document.createElement("br"));
    });
    tip.hidden = false;
    var box = figure.getBoundingClientRect();
    var left = Math.min(Math.max(4, x - box.left + 14), box.width - tip.offsetWidth - 4);
    var top = y - box.top + 14;
    if (top + tip.offsetHeight > box.height) top = Math.max(4, y - box.top - tip.offsetHeight - 14);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
    if (active && active !== path) active.classList.remove("active");
    active = path;
    path.classList.add("active");
  }
  function hide() {
    tip.hidden = true;
    if (active) active.classList.remove("active");
    active = null;
  }
  paths.forEach(function (path) {
    path.addEventListener("pointermove", function (event) { place(path, event.clientX, event.clientY); });
    path.addEventListener("pointerleave", function (event) { if (event.pointerType === "mouse") hide(); });
    path.addEventListener("focus", function () {
      var box = path.getBoundingClientRect();
      place(path, box.left + box.width / 2, box.top + box.height / 2);
    });
    path.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  document.addEventListener("pointerdown", function (event) {
    if (!event.target.classList || !event.target.classList.contains("district")) hide();
  });

  // Print the table too (a closed <details> prints closed).
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });

  // The year the address asks for (?year= or #year=), as the server does.
  var asked = new URLSearchParams(location.search).get("year") ||
    (location.hash.match(/year=(\d{4})/) || [])[1];
  if (asked && asked !== shown && data.years[asked]) show(asked);

  // Tell the host page how tall the page is (its snippet sizes the iframe to it).
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ "bhxh-geo-height": { id: data.name, height: height } }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  document.querySelectorAll("details").forEach(function (d) { d.addEventListener("toggle", report); });
  report();
  document.body.setAttribute("data-ready", "1");
})();

/* District choropleth for bhxh-geo, loaded once into streamlit-folium's iframe.
 *
 * The base map (constant, so the iframe is never rebuilt) calls bhxhMap.init() with the URL of
 * the simplified boundaries and the label layout; the geometry is fetched once and cached by
 * the browser. Each rerun sends only bhxhMap.show(options): for every year, colours, labels,
 * tooltips and the selected district, a few kilobytes each; the year buttons on the map switch
 * between them without a round trip.
 */
(function () {
  "use strict";
  var state = {
    map: null, layers: {}, labels: {}, layout: {}, payload: null, ready: false,
    views: {}, year: null, years: null, reported: false,
  };

  // The page names the geometry in this script's URL (?geo=…), so its download starts as soon
  // as the script runs instead of after the map is set up.
  var early = {};
  (function prefetch() {
    var script = document.currentScript;
    var geo = script && new URL(script.src).searchParams.get("geo");
    if (geo) early[geo] = fetch(geo).then(function (response) { return response.json(); });
  })();

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function svgElement(tag, attributes) {
    var element = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    return element;
  }

  // Missing values are drawn hatched (grey with dark stripes), never as a colour of the scale.
  function hatchPattern(svg, colours) {
    if (svg.querySelector("#bhxh-hatch")) return;
    var defs = svgElement("defs", {});
    var pattern = svgElement("pattern", {
      id: "bhxh-hatch", patternUnits: "userSpaceOnUse", width: "8", height: "8",
      patternTransform: "rotate(45)",
    });
    pattern.appendChild(svgElement("rect", { width: "8", height: "8", fill: colours.fill }));
    pattern.appendChild(svgElement("line", {
      x1: "0", y1: "0", x2: "0", y2: "8", stroke: colours.hatch, "stroke-width": "3",
    }));
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
  }

  // Keep the province filling the frame while the iframe settles or the window resizes,
  // until the viewer zooms or pans themselves.
  function keepFitted(map, bounds) {
    var touched = false;
    var fit = function () { if (!touched) map.fitBounds(bounds, { padding: [6, 6], animate: false }); };
    ["mousedown", "wheel", "touchstart", "keydown"].forEach(function (type) {
      map.getContainer().addEventListener(type, function () { touched = true; }, { passive: true });
    });
    map.on("resize", fit);
    fit();
    setTimeout(function () { map.invalidateSize(); fit(); }, 150);
  }

  function init(map, options) {
    state.map = map;
    keepFitted(map, options.bounds);
    state.layout = options.layout;
    map.createPane("bhxhLeaders").style.zIndex = 450;
    map.createPane("bhxhLabels").style.zIndex = 650;
    // Polygons exist (as placeholders) before streamlit-folium hooks its click handler onto
    // the map's layers; their rings arrive from the fetched file a moment later. They sit in a
    // feature group so a click reaches the handler with `layer` set: streamlit-folium then
    // returns the clicked feature (its code) as last_active_drawing.
    var districts = L.featureGroup().addTo(map);
    Object.keys(options.layout).forEach(function (code) {
      var p = options.layout[code];
      var layer = L.polygon([[p.anchor, p.anchor, p.anchor]], {
        color: "#ffffff", weight: 1.2, fillColor: "#eeeeee", fillOpacity: 1,
      });
      layer.feature = { type: "Feature", properties: { code: code, name: p.name } };
      state.layers[code] = layer.addTo(districts);
      if (p.leader) {
        L.polyline([p.anchor, p.label], {
          pane: "bhxhLeaders", color: "#111111", weight: 1.5, interactive: false,
        }).addTo(map);
        L.circleMarker(p.anchor, {
          pane: "bhxhLeaders", radius: 2.5, color: "#111111", fillOpacity: 1, interactive: false,
        }).addTo(map);
      }
      state.labels[code] = L.marker(p.label, {
        pane: "bhxhLabels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "bhxh-label", html: "", iconSize: null }),
      }).addTo(map);
    });
    hatchPattern(state.layers[Object.keys(state.layers)[0]]._renderer._container, options.missing);
    (early[options.geometryUrl] || fetch(options.geometryUrl).then(function (r) { return r.json(); }))
      .then(function (geojson) {
        geojson.features.forEach(function (feature) {
          var layer = state.layers[feature.properties.code];
          if (!layer) return;
          var depth = feature.geometry.type === "MultiPolygon" ? 2 : 1;
          layer.setLatLngs(L.GeoJSON.coordsToLatLngs(feature.geometry.coordinates, depth));
        });
        state.ready = true;
        if (state.payload) apply(state.payload);
      })
      .catch(reportDrawn);
  }

  // The year buttons, drawn on the map like a chart's timeline. A click shows that year's
  // payload at once (every year's came with the view), then tells the app, whose rerun brings
  // the title, legend and table up to date.
  function yearButtons(label) {
    if (!state.years) {
      var control = L.control({ position: "topright" });
      control.onAdd = function () {
        var box = L.DomUtil.create("div", "bhxh-years");
        box.setAttribute("role", "radiogroup");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.addEventListener("keydown", stepYear);
        return box;
      };
      state.years = control.addTo(state.map).getContainer();
    }
    var box = state.years;
    var years = Object.keys(state.views).sort();
    var signature = label + ":" + years.join(",");
    if (box.getAttribute("data-signature") !== signature) {
      box.innerHTML = "";
      box.setAttribute("aria-label", label);
      box.setAttribute("data-signature", signature);
      var caption = document.createElement("span");
      caption.className = "bhxh-years-label";
      caption.textContent = label;
      box.appendChild(caption);
      years.forEach(function (year) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = year;
        button.setAttribute("role", "radio");
        button.setAttribute("data-year", year);
        button.addEventListener("click", function () { chooseYear(year); });
        box.appendChild(button);
      });
    }
    markYear();
  }

  function markYear() {
    state.years.querySelectorAll("button").forEach(function (button) {
      var on = button.getAttribute("data-year") === state.year;
      button.setAttribute("aria-checked", on ? "true" : "false");
      button.tabIndex = on ? 0 : -1;
    });
  }

  function stepYear(event) {
    var delta = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    var years = Object.keys(state.views).sort();
    var next = years[years.indexOf(state.year) + delta];
    if (!next) return;
    chooseYear(next);
    state.years.querySelector('[data-year="' + next + '"]').focus();
  }

  function chooseYear(year) {
    if (year === state.year || !state.views[year]) return;
    state.year = year;
    markYear();
    apply(state.views[year]);
    // A fresh value each click: choosing again a year chosen earlier in this session still reruns
    // (Streamlit reruns only when the component's value changes).
    if (window.Streamlit) window.Streamlit.setComponentValue({ year: Number(year), at: Date.now() });
  }

  // What each rerun sends (streamlit-folium runs it after the base map's init): every year's
  // payload and the year the app shows.
  function show(options) {
    state.views = options.views;
    state.year = String(options.year);
    yearButtons(options.label);
    apply(state.views[state.year]);
  }

  function apply(payload) {
    state.payload = payload;
    if (!state.ready) return;
    var selected = null;
    Object.keys(payload.units).forEach(function (code) {
      var unit = payload.units[code];
      var layer = state.layers[code];
      if (!layer) return;
      layer.setStyle({
        fillColor: unit.missing ? "url(#bhxh-hatch)" : unit.fill,
        color: unit.selected ? "#000000" : "#ffffff",
        weight: unit.selected ? 4 : 1.2,
      });
      layer.getElement().setAttribute("data-code", code);
      layer.getElement().setAttribute("data-fill", unit.fill);
      if (unit.selected) selected = layer;
      var place = state.layout[code];
      var tooltip = "<b>" + esc(place.name) + "</b><br>" + unit.tip.map(esc).join("<br>");
      if (layer.getTooltip()) layer.setTooltipContent(tooltip);
      else layer.bindTooltip(tooltip, { sticky: true, className: "bhxh-tooltip" });
      state.labels[code].setIcon(L.divIcon({
        className: "bhxh-label" + (unit.selected ? " bhxh-label-selected" : ""),
        html: esc(place.short) + '<br><span class="bhxh-value">' + esc(unit.value) + "</span>",
        iconSize: null,
      }));
    });
    if (selected) selected.bringToFront();
    document.body.setAttribute("data-bhxh-view", payload.view || "");
    document.body.setAttribute("data-bhxh-ready", "1");
    reportDrawn();
  }

  // The app draws its legend, table and the rest of the page only once the map has drawn, so
  // that the map has the browser to itself while it loads (ui/map_first.py). Tell it once, after
  // the colours are painted, or as soon as they cannot be.
  function reportDrawn() {
    if (state.reported) return;
    state.reported = true;
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (window.Streamlit) window.Streamlit.setComponentValue({ drawn: Date.now() });
      }, 0);
    });
  }

  window.bhxhMap = { init: init, show: show };
})();

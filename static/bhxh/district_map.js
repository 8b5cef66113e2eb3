/* District choropleth for bhxh-geo, loaded once into streamlit-folium's iframe.
 *
 * The base map (constant, so the iframe is never rebuilt) calls bhxhMap.init() with the URL of
 * the simplified boundaries, the label layout and the colours (from bhxh_geo/colours.py: this
 * script holds none of its own); the geometry is fetched once and cached by the browser. Each
 * rerun sends only bhxhMap.show(options): for every year, colours, labels, tooltips and the
 * selected district, a few kilobytes each; the year buttons on the map switch between them
 * without a round trip.
 *
 * The map sizes itself to the screen: its frame takes the height left below it (all of it in
 * presentation mode), labels scale with it, and where a label has no room it is moved (with a
 * leader line), shortened to its value, or replaced by a number in a key, decided by measuring
 * the rendered boxes (district_labels.js decides where). Every district is a button: Tab
 * reaches it, Enter or Space opens it.
 */
(function () {
  "use strict";
  var state = {
    map: null, layers: {}, labels: {}, leaders: {}, dots: {}, outline: null, layout: {},
    payload: null, ready: false, views: {}, year: null, years: null, reported: false,
    present: false, text: {}, lang: "vi", rings: null, ringsZoom: null, key: null,
    placing: false, frameHeight: null, bounds: null, labelPx: 15,
  };
  var LABEL_PAD = 3;   // px around a label's text, kept free of other labels
  var EDGE = 4;        // px a label keeps from the map's edge and its controls

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
    pattern.appendChild(svgElement("rect", { width: "8", height: "8", fill: colours.missingFill }));
    pattern.appendChild(svgElement("line", {
      x1: "0", y1: "0", x2: "0", y2: "8", stroke: colours.missingHatch, "stroke-width": "3",
    }));
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
  }

  // The stylesheet names colours only through these variables.
  function setColours(colours) {
    var style = document.documentElement.style;
    Object.keys(colours).forEach(function (name) {
      style.setProperty("--bhxh-" + name.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }), colours[name]);
    });
  }

  // --- the frame: the height the screen has left -------------------------------------------

  function parentScroller(frame) {
    for (var node = frame.parentElement; node; node = node.parentElement) {
      var overflow = frame.ownerDocument.defaultView.getComputedStyle(node).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
    }
    return null;
  }

  // The province's height per pixel of width, at any zoom (Web Mercator).
  function aspect() {
    var b = state.bounds;
    var sw = state.map.project(b[0], 10), ne = state.map.project(b[1], 10);
    return (sw.y - ne.y) / (ne.x - sw.x);
  }

  function sizeFrame() {
    var frame = null;
    try { frame = window.frameElement; } catch (error) { frame = null; }
    if (!frame || !state.map) return;
    var host = frame.ownerDocument.defaultView;
    var width = frame.getBoundingClientRect().width || window.innerWidth;
    var scroller = parentScroller(frame);
    var top = frame.getBoundingClientRect().top + (scroller ? scroller.scrollTop : host.scrollY);
    var available = Math.floor(host.innerHeight - top - 12);
    // What the province needs at this width, the year buttons above it included.
    var ideal = Math.ceil(width * aspect()) + (state.years ? state.years.offsetHeight + 20 : 60);
    var height;
    if (state.present) height = Math.max(300, available);
    else if (host.innerWidth <= 640) height = ideal;
    else height = Math.min(ideal, Math.max(available, 420));
    if (state.frameHeight !== null && Math.abs(height - state.frameHeight) < 3) return;
    state.frameHeight = height;
    frame.style.height = height + "px";
    var div = document.getElementById("map_div");
    if (div) div.style.height = height + "px";
    state.map.getContainer().style.height = height + "px";
    scaleText(host);
    state.map.invalidateSize({ pan: false });
  }

  // Labels keep their proportion to the map (and, presenting, to the title, which the page
  // sizes from the screen's height the same way), never under a readable minimum.
  function scaleText(host) {
    var height = state.frameHeight || state.map.getSize().y;
    var px = state.present
      ? Math.max(15, 0.018 * host.innerHeight)
      : Math.min(17, Math.max(13, 0.024 * height));
    state.labelPx = Math.round(px * 10) / 10;
    document.documentElement.style.setProperty("--bhxh-label-px", state.labelPx + "px");
  }

  // Keep the province filling the frame while the iframe settles or the window resizes,
  // until the viewer zooms or pans themselves.
  function keepFitted(map, bounds) {
    var touched = false, fitting = false;
    // The province under the year buttons, never beneath them.
    var fit = function () {
      if (touched) return;
      fitting = true;
      var top = state.years ? state.years.offsetHeight + 14 : 56;
      map.fitBounds(bounds, { paddingTopLeft: [6, top], paddingBottomRight: [6, 6], animate: false });
      fitting = false;
    };
    state.refit = fit;
    map.on("dragstart", function () { touched = true; });
    map.on("zoomstart", function () { if (!fitting) touched = true; });
    map.on("resize", fit);
    fit();
    var host = null;
    try { host = window.frameElement && window.frameElement.ownerDocument.defaultView; } catch (error) { host = null; }
    if (host) host.addEventListener("resize", function () { sizeFrame(); schedulePlacing(); });
    // What is above the map can change height after it has drawn (the controls, which come
    // after the map, wrap onto a second row on a narrower screen): the map then takes the
    // height left again. The page's content block grows with them; the map's own change of
    // height leaves its top where it is, so this settles at once (sizeFrame ignores < 3 px).
    var content = null;
    try { content = window.frameElement.closest('[data-testid="stMainBlockContainer"]'); } catch (error) { content = null; }
    if (content && host.ResizeObserver) {
      var lastTop = null;
      new host.ResizeObserver(function () {
        var top = window.frameElement.getBoundingClientRect().top;
        if (lastTop !== null && Math.abs(top - lastTop) < 1) return;
        lastTop = top;
        sizeFrame();
      }).observe(content);
    }
    setTimeout(function () { sizeFrame(); map.invalidateSize(); fit(); }, 150);
  }

  function init(map, options) {
    // folium's header forbids zooming the page; people must be able to (WCAG 1.4.4).
    document.querySelectorAll('meta[name="viewport"]').forEach(function (viewport) {
      viewport.setAttribute("content", "width=device-width, initial-scale=1");
    });
    state.map = map;
    state.layout = options.layout;
    state.bounds = options.bounds;
    state.colours = options.colours;
    setColours(options.colours);
    sizeFrame();
    keepFitted(map, options.bounds);
    map.createPane("bhxhLeaders").style.zIndex = 450;
    map.createPane("bhxhSelected").style.zIndex = 460;
    map.getPane("bhxhSelected").style.pointerEvents = "none";
    var labelPane = map.createPane("bhxhLabels");
    labelPane.style.zIndex = 620;  // under the tooltips (650)
    // The labels repeat what each district's button announces.
    labelPane.setAttribute("aria-hidden", "true");
    // Polygons exist (as placeholders) before streamlit-folium hooks its click handler onto
    // the map's layers; their rings arrive from the fetched file a moment later. They sit in a
    // feature group so a click reaches the handler with `layer` set: streamlit-folium then
    // returns the clicked feature (its code) as last_active_drawing.
    var districts = L.featureGroup().addTo(map);
    // Tab goes through the districts from north to south, as the eye reads the map.
    var codes = Object.keys(options.layout).sort(function (a, b) {
      var pa = options.layout[a].anchor, pb = options.layout[b].anchor;
      return (pb[0] - pa[0]) || (pa[1] - pb[1]);
    });
    codes.forEach(function (code) {
      var p = options.layout[code];
      var layer = L.polygon([[p.anchor, p.anchor, p.anchor]], {
        color: options.colours.border, weight: 1.2, fillColor: options.colours.placeholder,
        fillOpacity: 1, className: "bhxh-district",
      });
      layer.feature = { type: "Feature", properties: { code: code, name: p.name } };
      state.layers[code] = layer.addTo(districts);
      district(layer, code);
      state.leaders[code] = L.polyline([p.anchor, p.anchor], {
        pane: "bhxhLeaders", color: options.colours.leader, weight: 1.5, interactive: false,
        opacity: 0,
      }).addTo(map);
      state.dots[code] = L.circleMarker(p.anchor, {
        pane: "bhxhLeaders", radius: 2.5, color: options.colours.leader, fillOpacity: 1,
        interactive: false, opacity: 0, fill: false,
      }).addTo(map);
      state.labels[code] = L.marker(p.anchor, {
        pane: "bhxhLabels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "bhxh-label", html: "", iconSize: null }),
      }).addTo(map);
    });
    state.outline = L.polygon([], {
      pane: "bhxhSelected", color: options.colours.selectedBorder, weight: 4, fill: false,
      interactive: false, className: "bhxh-selected-outline",
    }).addTo(map);
    var svg = state.layers[codes[0]]._renderer._container;
    svg.setAttribute("role", "group");
    hatchPattern(svg, options.colours);
    map.on("zoomend resize", schedulePlacing);
    (early[options.geometryUrl] || fetch(options.geometryUrl).then(function (r) { return r.json(); }))
      .then(function (geojson) {
        geojson.features.forEach(function (feature) {
          var layer = state.layers[feature.properties.code];
          if (!layer) return;
          var depth = feature.geometry.type === "MultiPolygon" ? 2 : 1;
          layer.setLatLngs(L.GeoJSON.coordsToLatLngs(feature.geometry.coordinates, depth));
        });
        state.ready = true;
        state.rings = null;
        if (state.payload) apply(state.payload);
      })
      .catch(reportDrawn);
  }

  // A district is a toggle button: Tab reaches it, Enter or Space opens (or clears) it, as a
  // click does; its name and value are its accessible name.
  function district(layer, code) {
    var element = layer.getElement();
    element.setAttribute("tabindex", "0");
    element.setAttribute("role", "button");
    element.setAttribute("data-code", code);
    // A click or a tap selects without focusing: no ring and no tooltip stay behind (the
    // keyboard's focus shows both).
    element.addEventListener("mousedown", function (event) { event.preventDefault(); });
    element.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      var anchor = L.latLng(state.layout[code].anchor);
      layer.fire("click", { latlng: anchor, originalEvent: event }, true);
    });
  }

  // --- labels: measured, placed, shortened or numbered where there is no room -------------

  function schedulePlacing() {
    if (state.placing) return;
    state.placing = true;
    requestAnimationFrame(function () { state.placing = false; placeLabels(); });
  }

  // Each district's rings in layer pixels at the current zoom and origin (to test where a
  // label sits), each with its bounding box.
  function viewKey() {
    var origin = state.map.getPixelOrigin();
    return state.map.getZoom() + ":" + origin.x + ":" + origin.y;
  }

  function rings() {
    var key = viewKey();
    if (state.rings && state.ringsKey === key) return state.rings;
    var out = {};
    Object.keys(state.layers).forEach(function (code) {
      var flat = [];
      (function walk(list) {
        if (!list.length) return;
        if (list[0] instanceof L.LatLng) {
          var xs = [], ys = [];
          list.forEach(function (ll) {
            var p = state.map.latLngToLayerPoint(ll);
            xs.push(p.x);
            ys.push(p.y);
          });
          flat.push({
            xs: xs, ys: ys, x0: Math.min.apply(null, xs), x1: Math.max.apply(null, xs),
            y0: Math.min.apply(null, ys), y1: Math.max.apply(null, ys),
          });
        } else list.forEach(walk);
      })(state.layers[code].getLatLngs());
      out[code] = flat;
    });
    state.rings = out;
    state.ringsKey = key;
    return out;
  }

  // Where the labels may go: the map's frame, less its controls (in layer pixels).
  function free() {
    var map = state.map, origin = map.containerPointToLayerPoint([0, 0]), size = map.getSize();
    var box = window.bhxhLabels.box;
    var frame = box(origin.x + EDGE, origin.y + EDGE, size.x - 2 * EDGE, size.y - 2 * EDGE);
    var container = map.getContainer().getBoundingClientRect();
    var blocked = [];
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (control) {
      var r = control.getBoundingClientRect();
      if (!r.width || !r.height) return;
      blocked.push(box(origin.x + r.left - container.left - EDGE, origin.y + r.top - container.top - EDGE,
        r.width + 2 * EDGE, r.height + 2 * EDGE));
    });
    return { frame: frame, blocked: blocked };
  }

  // Label sizes rounded up a little, so that a new year's values (a digit wider or narrower)
  // mostly keep the layout already made.
  function rounded(px) { return Math.ceil(px / 6) * 6; }

  function measure(code) {
    var element = state.labels[code].getElement();
    var value = element.querySelector(".bhxh-value");
    var n = Math.ceil(state.labelPx * 1.3) + 2 * LABEL_PAD;
    return {
      full: { w: rounded(element.offsetWidth), h: element.offsetHeight },
      value: value ? { w: rounded(value.offsetWidth + 2 * LABEL_PAD), h: value.offsetHeight + 2 * LABEL_PAD } : null,
      number: { w: n, h: n },
    };
  }

  function setMode(element, mode) {
    ["full", "value", "number"].forEach(function (m) {
      element.classList.toggle("bhxh-mode-" + m, m === mode);
    });
    element.setAttribute("data-mode", mode);
  }

  function placeLabels() {
    if (!state.ready || !state.payload) return;
    var map = state.map, codes = Object.keys(state.layout);
    // A year's toggle changes the values, never the labels' boxes (see widest): nothing to move.
    var shape = JSON.stringify([viewKey(), map.getSize(), state.labelPx, codes.map(function (code) {
      var unit = state.payload.units[code];
      return [state.layout[code].short, unit && unit.value ? widest(code) : 0];
    })]);
    if (state.shape === shape && state.layoutDone) {
      updateKey(codes.filter(function (c) { return state.layoutDone[c].mode === "number"; }));
      return;
    }
    codes.forEach(function (code) {
      var element = state.labels[code].getElement();
      setMode(element, "full");
      element.style.width = "";
      element.style.height = "";
    });
    var sizes = {};
    codes.forEach(function (code) { sizes[code] = measure(code); });
    var space = free();
    // The same sizes on the same view: the layout already made holds (a year toggle, a rerun).
    var key = JSON.stringify([viewKey(), state.map.getSize(), space, sizes]);
    if (state.layoutKey === key && state.layoutDone) {
      state.shape = shape;
      showLayout(codes, state.layoutDone, anchorsOf(codes));
      return;
    }
    var problem = { codes: codes, sizes: sizes, rings: rings(), anchors: {}, preferred: {} };
    codes.forEach(function (code) {
      problem.anchors[code] = map.latLngToLayerPoint(state.layout[code].anchor);
      problem.preferred[code] = map.latLngToLayerPoint(state.layout[code].label);
    });
    var anchors = problem.anchors;
    var attempt = function (space) { return window.bhxhLabels.layout(problem, space); };
    var keyed = function (layout) { return codes.filter(function (c) { return layout[c].mode === "number"; }); };
    var layout = attempt(space);
    var numbered = keyed(layout);
    updateKey(numbered);
    if (numbered.length) {
      // The key takes room of its own: place again around it.
      layout = attempt(free());
      numbered = keyed(layout);
      updateKey(numbered);
    }
    state.layoutKey = key;
    state.layoutDone = layout;
    state.shape = shape;
    showLayout(codes, layout, anchors);
  }

  function anchorsOf(codes) {
    var out = {};
    codes.forEach(function (code) { out[code] = state.map.latLngToLayerPoint(state.layout[code].anchor); });
    return out;
  }

  function showLayout(codes, layout, anchors) {
    var map = state.map;
    updateKey(codes.filter(function (c) { return layout[c].mode === "number"; }));
    codes.forEach(function (code) {
      var b = layout[code].box, mode = layout[code].mode, element = state.labels[code].getElement();
      setMode(element, mode);
      element.style.width = b.w + "px";
      element.style.height = b.h + "px";
      state.labels[code].setLatLng(map.layerPointToLatLng([b.x, b.y]));
      var a = anchors[code], leader = layout[code].leader;
      if (!leader) {
        state.leaders[code].setStyle({ opacity: 0 });
        state.dots[code].setStyle({ opacity: 0, fill: false });
      } else {
        state.leaders[code].setLatLngs([map.layerPointToLatLng(leader[0]), map.layerPointToLatLng(leader[1])]);
        state.leaders[code].setStyle({ opacity: 1 });
        state.dots[code].setLatLng(map.layerPointToLatLng(a));
        state.dots[code].setStyle({ opacity: 1, fill: true });
      }
    });
    document.body.setAttribute("data-bhxh-labels", codes.map(function (c) { return layout[c].mode; }).join(","));
    // For tests and screenshots: the screen this layout was made for.
    var host = null;
    try { host = window.frameElement && window.frameElement.ownerDocument.defaultView; } catch (error) { host = null; }
    document.body.setAttribute("data-bhxh-layout", host ? host.innerWidth + "x" + host.innerHeight : "");
  }

  // The numbered districts' names and values, in a box of its own on the map.
  function updateKey(numbered) {
    var signature = numbered.join(",") + "|" + (state.payload && state.payload.view);
    if (state.key && state.key.signature === signature) return;
    if (!state.key) {
      var control = L.control({ position: "bottomleft" });
      control.onAdd = function () {
        var element = L.DomUtil.create("div", "bhxh-key");
        element.setAttribute("aria-hidden", "true");
        L.DomEvent.disableClickPropagation(element);
        return element;
      };
      state.key = { control: control.addTo(state.map), signature: "" };
    }
    state.key.signature = signature;
    var element = state.key.control.getContainer();
    element.style.display = numbered.length ? "" : "none";
    element.innerHTML = numbered.map(function (code, index) {
      var unit = state.payload.units[code];
      return '<div><span class="bhxh-key-number">' + (index + 1) + "</span> " + esc(state.layout[code].short)
        + (unit && unit.value ? " " + esc(unit.value) : "") + "</div>";
    }).join("");
    numbered.forEach(function (code, index) {
      var number = state.labels[code].getElement().querySelector(".bhxh-number");
      if (number) number.textContent = String(index + 1);
    });
  }

  // --- the year buttons ----------------------------------------------------------------------

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
      caption.setAttribute("aria-hidden", "true");
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

  // --- what each rerun sends -------------------------------------------------------------------

  // The map's name and description, in the page's language: on the iframe (what a screen reader
  // announces on reaching it), the document and the SVG of districts.
  function describe(text, lang) {
    document.documentElement.lang = lang;
    document.title = text.title;
    var description = document.getElementById("bhxh-description");
    if (!description) {
      description = document.createElement("p");
      description.id = "bhxh-description";
      description.className = "bhxh-sr-only";
      document.body.appendChild(description);
    }
    description.textContent = text.description;
    var container = state.map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", text.title);
    container.setAttribute("aria-describedby", "bhxh-description");
    var svg = state.layers[Object.keys(state.layers)[0]]._renderer._container;
    svg.setAttribute("aria-label", text.districts);
    try {
      if (window.frameElement) window.frameElement.setAttribute("title", text.title);
    } catch (error) { /* another origin: the frame keeps its own title */ }
    if (state.map.zoomControl) {
      var zoomIn = state.map.zoomControl._zoomInButton, zoomOut = state.map.zoomControl._zoomOutButton;
      [[zoomIn, text.zoomIn], [zoomOut, text.zoomOut]].forEach(function (pair) {
        if (!pair[0]) return;
        pair[0].title = pair[1];
        pair[0].setAttribute("aria-label", pair[1]);
      });
    }
  }

  // What each rerun sends (streamlit-folium runs it after the base map's init): every year's
  // payload and the year the app shows.
  function show(options) {
    state.views = options.views;
    state.year = String(options.year);
    state.text = options.text;
    state.lang = options.lang;
    if (state.present !== Boolean(options.present)) {
      state.present = Boolean(options.present);
      state.frameHeight = null;
    }
    document.documentElement.classList.toggle("bhxh-present", state.present);
    yearButtons(options.label);
    sizeFrame();
    if (state.refit) state.refit();
    apply(state.views[state.year]);
  }

  function widest(code) {
    var most = 0;
    Object.keys(state.views).forEach(function (year) {
      var unit = state.views[year].units[code];
      if (unit && unit.value) most = Math.max(most, unit.value.length);
    });
    return most;
  }

  function apply(payload) {
    state.payload = payload;
    if (state.text.description) {
      describe({
        title: payload.title, description: state.text.description, districts: state.text.districts,
        zoomIn: state.text.zoomIn, zoomOut: state.text.zoomOut,
      }, state.lang);
    }
    if (!state.ready) return;
    var selected = null;
    Object.keys(payload.units).forEach(function (code) {
      var unit = payload.units[code];
      var layer = state.layers[code];
      if (!layer) return;
      layer.setStyle({ fillColor: unit.missing ? "url(#bhxh-hatch)" : unit.fill });
      var element = layer.getElement();
      element.setAttribute("data-fill", unit.fill);
      element.setAttribute("aria-label", state.layout[code].name + ": " + unit.tip[0]);
      element.setAttribute("aria-pressed", unit.selected ? "true" : "false");
      if (unit.selected) selected = layer;
      var place = state.layout[code];
      var tooltip = "<b>" + esc(place.name) + "</b><br>" + unit.tip.map(esc).join("<br>");
      if (layer.getTooltip()) layer.setTooltipContent(tooltip);
      else layer.bindTooltip(tooltip, { sticky: true, className: "bhxh-tooltip" });
      var label = state.labels[code].getElement();
      label.className = label.className.replace(/\s*bhxh-label-selected/g, "") + (unit.selected ? " bhxh-label-selected" : "");
      // As wide as the widest of the years' values (digits are all one width), so that a year's
      // toggle leaves every label's box, and so the layout, as it was.
      var html = '<span class="bhxh-name">' + esc(place.short) + "</span>"
        + (unit.value ? '<span class="bhxh-value" style="min-width:' + widest(code) + 'ch">' + esc(unit.value) + "</span>" : "")
        + '<span class="bhxh-number"></span>';
      if (label.getAttribute("data-html") !== html) {
        label.innerHTML = html;
        label.setAttribute("data-html", html);
      }
    });
    // The selected district's border on top of its neighbours', without reordering the
    // districts (their order is the keyboard's).
    state.outline.setLatLngs(selected ? selected.getLatLngs() : []);
    var outline = state.outline.getElement();
    if (outline) outline.setAttribute("data-selected", selected ? selected.feature.properties.code : "");
    placeLabels();
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

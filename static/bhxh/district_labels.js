/* Where the map's printed labels go, in pixels: the placement district_map.js asks for once it
 * has measured the labels as rendered. No DOM here, only boxes.
 *
 * A label (name over value) goes, cheapest first: where the server's layout (bhxh_geo/label_placement.py)
 * put it, or around its district with a leader line; as its value only (the name is in the
 * tooltip and the table); or as a number that the key on the map explains. Nothing overlaps,
 * nothing leaves the map or sits under its controls, no leader crosses a label.
 */
(function () {
  "use strict";

  // On whole pixels, as Leaflet draws a marker: two boxes that touch in the layout then touch
  // on the screen, where rounding fractional corners could overlap them by a pixel.
  function box(x, y, w, h) { return { x: Math.round(x), y: Math.round(y), w: w, h: h }; }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function within(a, frame) {
    return a.x >= frame.x && a.y >= frame.y && a.x + a.w <= frame.x + frame.w && a.y + a.h <= frame.y + frame.h;
  }

  function containsPoint(polygonRings, x, y) {
    var inside = false;
    for (var r = 0; r < polygonRings.length; r++) {
      var ring = polygonRings[r];
      if (x < ring.x0 || x > ring.x1 || y < ring.y0 || y > ring.y1) continue;
      var xs = ring.xs, ys = ring.ys;
      for (var i = 0, j = xs.length - 1; i < xs.length; j = i++) {
        if ((ys[i] > y) !== (ys[j] > y) && x < ((xs[j] - xs[i]) * (y - ys[i])) / (ys[j] - ys[i]) + xs[i]) inside = !inside;
      }
    }
    return inside;
  }

  // Share of a box (sampled on a 3×3 grid) that lies inside a district.
  function shareInside(polygonRings, b) {
    var hits = 0;
    for (var i = 0; i < 3; i++) {
      for (var j = 0; j < 3; j++) {
        if (containsPoint(polygonRings, b.x + b.w * (i + 0.5) / 3, b.y + b.h * (j + 0.5) / 3)) hits++;
      }
    }
    return hits / 9;
  }

  function candidates(centre, w, h, steps) {
    var out = [centre];
    steps.forEach(function (step) {
      for (var angle = 0; angle < 360; angle += 30) {
        var r = (angle * Math.PI) / 180;
        out.push(L.point(centre.x + Math.cos(r) * (w / 2 + h / 2) * step, centre.y + Math.sin(r) * h * step));
      }
    });
    return out;
  }

  // Does the segment p–q cross box b? (Liang–Barsky clipping.)
  function crosses(p, q, b) {
    var t0 = 0, t1 = 1, dx = q.x - p.x, dy = q.y - p.y;
    var edges = [[-dx, p.x - b.x], [dx, b.x + b.w - p.x], [-dy, p.y - b.y], [dy, b.y + b.h - p.y]];
    for (var i = 0; i < 4; i++) {
      var e = edges[i][0], f = edges[i][1];
      if (e === 0) { if (f < 0) return false; continue; }
      var r = f / e;
      if (e < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
      else { if (r < t0) return false; if (r < t1) t1 = r; }
    }
    return t1 - t0 > 0.02;
  }

  // The leader from a district's anchor to the nearest point of its label box.
  function leaderEnd(a, b) {
    return L.point(Math.min(Math.max(a.x, b.x), b.x + b.w), Math.min(Math.max(a.y, b.y), b.y + b.h));
  }

  // What a label costs where it would sit, in heights of its full box: lower is better; null
  // where it cannot go (off the map, under a control or another label, or where its leader
  // would cross another label).
  function cost(code, b, unitHeight, space, placed, anchors, polygonRings) {
    if (!within(b, space.frame)) return null;
    for (var i = 0; i < space.blocked.length; i++) if (overlaps(b, space.blocked[i])) return null;
    var anchor = anchors[code], end = leaderEnd(anchor, b);
    var leader = end.x !== anchor.x || end.y !== anchor.y;
    for (var j = 0; j < placed.length; j++) {
      if (overlaps(b, placed[j].box)) return null;
      if (leader && crosses(anchor, end, placed[j].box)) return null;
      if (placed[j].leader && crosses(placed[j].leader[0], placed[j].leader[1], b)) return null;
    }
    var covered = 0;
    Object.keys(anchors).forEach(function (other) {
      var a = anchors[other];
      if (other !== code && a.x > b.x && a.x < b.x + b.w && a.y > b.y && a.y < b.y + b.h) covered++;
    });
    var cx = b.x + b.w / 2, cy = b.y + b.h / 2;
    var distance = Math.sqrt((cx - anchor.x) * (cx - anchor.x) + (cy - anchor.y) * (cy - anchor.y)) / unitHeight;
    return 0.6 * distance + (leader ? 0.6 : 0) + 1.5 * (1 - shareInside(polygonRings[code], b)) + 3 * covered;
  }

  // Every place and form a district's label could take, cheapest first is chosen: the whole
  // label (name and value) where the layout put it or around the district; its value only;
  // a number that the key explains.
  var MODE_COST = { full: 0, value: 1.4, number: 5 };
  function choose(code, size, preferred, space, placed, anchors, polygonRings, fullOnly) {
    var best = null, unit = size.full.h;
    var consider = function (mode, dims, centre, bonus) {
      if (fullOnly && mode !== "full") return;
      var b = box(centre.x - dims.w / 2, centre.y - dims.h / 2, dims.w, dims.h);
      var c = cost(code, b, unit, space, placed, anchors, polygonRings);
      if (c === null) return;
      c += MODE_COST[mode] - (bonus || 0);
      if (!best || c < best.cost) {
        var end = leaderEnd(anchors[code], b), a = anchors[code];
        best = { box: b, mode: mode, cost: c, leader: end.x !== a.x || end.y !== a.y ? [a, end] : null };
      }
    };
    consider("full", size.full, preferred, 0.8);
    candidates(anchors[code], size.full.w, size.full.h, [0.6, 1.0, 1.4, 1.9, 2.5]).forEach(function (centre) {
      consider("full", size.full, centre);
    });
    // A shorter form costs at least its own price: look for one only when it could be cheaper.
    if (best && best.cost <= MODE_COST.value) return best;
    if (size.value) {
      candidates(anchors[code], size.value.w, size.value.h, [0.7, 1.2, 1.8, 2.5]).forEach(function (centre) {
        consider("value", size.value, centre);
      });
    }
    if (best && best.cost <= MODE_COST.number) return best;
    candidates(anchors[code], size.number.w, size.number.h, [0.8, 1.4, 2.2, 3.2, 4.5, 6, 8]).forEach(function (centre) {
      consider("number", size.number, centre);
    });
    if (best || fullOnly) return best;
    var n = size.number, a = anchors[code];
    return { box: box(a.x - n.w / 2, a.y - n.h / 2, n.w, n.h), mode: "number", leader: null, forced: true };
  }

  function layout(problem, space) {
    var codes = problem.codes, sizes = problem.sizes, anchors = problem.anchors;
    var preferred = problem.preferred, polygonRings = problem.rings, fit = {};
    codes.forEach(function (code) {
      var a = anchors[code], full = sizes[code].full;
      fit[code] = shareInside(polygonRings[code], box(a.x - full.w / 2, a.y - full.h / 2, full.w, full.h));
    });
    // Labels that fit inside their district first, then the small districts take the room left
    // (and move, shorten or number themselves).
    var order = codes.slice().sort(function (a, b) { return fit[b] - fit[a]; });
    var placed = [], result = {};
    order.forEach(function (code) {
      var chosen = choose(code, sizes[code], preferred[code], space, placed, anchors, polygonRings);
      chosen.code = code;
      placed.push(chosen);
      result[code] = chosen;
    });
    // A label shortened or numbered gets its name back where the one or two labels in the
    // way can move and keep theirs: a few rounds of local repair.
    var modeCost = function (list) {
      return list.reduce(function (sum, p) { return sum + MODE_COST[p.mode]; }, 0);
    };
    var blocking = function (b, leader, other) {
      return overlaps(b, other.box) || (leader && crosses(leader[0], leader[1], other.box))
        || (other.leader && crosses(other.leader[0], other.leader[1], b));
    };
    var repair = function (code) {
      var mine = result[code], size = sizes[code], a = anchors[code];
      var others = placed.filter(function (p) { return p.code !== code; });
      var spots = [preferred[code]].concat(candidates(a, size.full.w, size.full.h, [0, 0.6, 1.0, 1.4]));
      for (var s = 0; s < spots.length; s++) {
        var b = box(spots[s].x - size.full.w / 2, spots[s].y - size.full.h / 2, size.full.w, size.full.h);
        var end = leaderEnd(a, b), leader = end.x !== a.x || end.y !== a.y ? [a, end] : null;
        var inWay = others.filter(function (p) { return blocking(b, leader, p); });
        if (!inWay.length || inWay.length > 2) continue;
        var rest = others.filter(function (p) { return inWay.indexOf(p) < 0; });
        if (cost(code, b, size.full.h, space, rest, anchors, polygonRings) === null) continue;
        var full = { box: b, mode: "full", leader: leader, code: code };
        var trial = rest.concat([full]), moved = [], ok = true;
        for (var k = 0; k < inWay.length && ok; k++) {
          var c = inWay[k].code;
          var again = choose(c, sizes[c], preferred[c], space, trial, anchors, polygonRings);
          if (again.forced) ok = false;
          again.code = c;
          trial.push(again);
          moved.push(again);
        }
        if (!ok || modeCost([full].concat(moved)) >= modeCost([mine].concat(inWay))) continue;
        placed = trial;
        trial.forEach(function (p) { result[p.code] = p; });
        return;
      }
    };
    order.forEach(function (code) { if (result[code].mode !== "full") repair(code); });
    // A district with no free place keeps its number on itself: the labels in its way move.
    for (var round = 0; round < 3; round++) {
      var moved = false;
      codes.forEach(function (code) {
        if (!result[code].forced) return;
        placed.forEach(function (other) {
          if (other.code === code || !overlaps(other.box, result[code].box)) return;
          var rest = placed.filter(function (p) { return p !== other; });
          var again = choose(other.code, sizes[other.code], preferred[other.code], space, rest, anchors, polygonRings);
          again.code = other.code;
          placed[placed.indexOf(other)] = again;
          result[other.code] = again;
          moved = true;
        });
      });
      if (!moved) break;
    }
    return result;
  }

  window.bhxhLabels = { layout: layout, box: box, overlaps: overlaps };
})();

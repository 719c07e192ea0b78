// Charts: an element with data-chart holds a JSON description, drawn with uPlot when the page
// loads and again after every htmx swap. The description:
//   { "x": [epoch seconds...], "series": [{"label": "PHQ-9", "values": [...], "step": false}],
//     "lines": [{"value": 10, "label": "response"}], "yLabel": "score", "xKind": "time" | "number" }
// A table of the same figures sits next to every chart for keyboard and screen-reader users, and
// serves as its legend. Reference lines are drawn across the whole plot with their label.
(function () {
  var palette = ["#0b5cad", "#b3001b", "#14532d", "#6b4400", "#5b2a86"];

  var DAY = 86400;

  // Reference lines (response, remission) span the whole plot, whatever the x values, with their label.
  function referenceLines(lines) {
    return function (u) {
      var ctx = u.ctx;
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#4a4a4a";
      ctx.fillStyle = "#1a1a1a";
      ctx.font = (11 * devicePixelRatio) + "px system-ui, sans-serif";
      ctx.textAlign = "left";
      ctx.textBaseline = "bottom";
      lines.forEach(function (line) {
        var y = u.valToPos(line.value, "y", true);
        ctx.beginPath();
        ctx.moveTo(u.bbox.left, y);
        ctx.lineTo(u.bbox.left + u.bbox.width, y);
        ctx.stroke();
        ctx.fillText(line.label, u.bbox.left + 4 * devicePixelRatio, y - 3 * devicePixelRatio);
      });
      ctx.restore();
    };
  }

  // Points close together in time (or one point) would make uPlot spread the axis over years:
  // such an axis is given a fixed span around them.
  function xScale(spec) {
    var scale = { time: spec.xKind !== "number" };
    var xs = spec.x.filter(function (v) { return v !== null; });
    if (xs.length) {
      var min = Math.min.apply(null, xs), max = Math.max.apply(null, xs);
      var pad = spec.xKind === "number" ? 1 : DAY;
      if (max - min < pad) {
        scale.range = [min - pad, max + pad];
      }
    }
    return scale;
  }

  function draw(el) {
    if (el.dataset.drawn === "1" || typeof uPlot === "undefined") { return; }
    var spec = JSON.parse(el.dataset.chart);
    var data = [spec.x];
    var series = [{ label: spec.xLabel || "" }];
    spec.series.forEach(function (s, i) {
      data.push(s.values);
      series.push({
        label: s.label, stroke: s.color || palette[i % palette.length], width: 2,
        paths: s.step ? uPlot.paths.stepped({ align: 1 }) : undefined,
        points: { show: s.points !== false }
      });
    });
    var lines = spec.lines || [];
    var yScale = spec.yRange ? { range: spec.yRange } : {};
    if (!spec.yRange && lines.length) {
      // keep the reference lines in view
      yScale = { range: function (u, min, max) {
        lines.forEach(function (l) { min = Math.min(min, l.value); max = Math.max(max, l.value); });
        return [Math.min(0, min), max + Math.max(1, (max - min) * 0.1)];
      } };
    }
    var width = Math.max(260, el.clientWidth || 600);
    new uPlot({
      width: width, height: spec.height || 220,
      // the table beside every chart is its legend and its text alternative
      legend: { show: false },
      scales: { x: xScale(spec), y: yScale },
      axes: [{}, { label: spec.yLabel || "" }],
      series: series,
      hooks: { draw: lines.length ? [referenceLines(lines)] : [] }
    }, data, el);
    el.dataset.drawn = "1";
  }

  function drawAll(root) {
    (root || document).querySelectorAll("[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSettle", function (e) { drawAll(e.target); });
  window.kapCharts = { drawAll: drawAll };
})();

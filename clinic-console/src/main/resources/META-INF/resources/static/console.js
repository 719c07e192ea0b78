// Charts: an element with data-chart holds a JSON description, drawn with uPlot when the page
// loads and again after every htmx swap. The description:
//   { "x": [epoch seconds...], "series": [{"label": "PHQ-9", "values": [...], "step": false}],
//     "lines": [{"value": 10, "label": "response"}], "yLabel": "score", "xKind": "time" | "number" }
// A table of the same figures sits next to every chart for keyboard and screen-reader users.
(function () {
  var palette = ["#0b5cad", "#b3001b", "#14532d", "#6b4400", "#5b2a86"];

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
    (spec.lines || []).forEach(function (line, i) {
      data.push(spec.x.map(function () { return line.value; }));
      series.push({ label: line.label, stroke: "#4a4a4a", dash: [6, 4], width: 1, points: { show: false } });
    });
    var width = Math.max(280, el.clientWidth || 600);
    new uPlot({
      width: width, height: spec.height || 220,
      scales: { x: { time: spec.xKind !== "number" }, y: spec.yRange ? { range: spec.yRange } : {} },
      axes: [{}, { label: spec.yLabel || "" }],
      series: series
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

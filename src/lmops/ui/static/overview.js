// The overview's charts, drawn with uPlot from the JSON the page carries.
(function () {
  const data = JSON.parse(document.getElementById("chart-data").textContent);
  const colours = ["#2456c7", "#c7242f", "#1f8a4c", "#b26b00", "#7b3fc4", "#00838f", "#5d6b78"];
  function draw(el, names, lines) {
    const width = Math.max(300, el.clientWidth || 520);
    const series = [{}].concat(names.map((name, i) => ({ label: name, stroke: colours[i % colours.length], width: 1.5, spanGaps: false })));
    new uPlot({ width: width, height: 180, series: series, scales: { x: { time: true } }, legend: { show: names.length > 1 } }, [data.x].concat(lines), el);
  }
  document.querySelectorAll("[data-chart]").forEach((el) => {
    const name = el.dataset.chart;
    if (name === "latency") {
      draw(el, ["p50", "p95", "p99"], [data.p50, data.p95, data.p99]);
    } else if (name === "tokens" || name === "cost") {
      const groups = Object.keys(data[name]).slice(0, 7);
      draw(el, groups, groups.map((g) => data[name][g]));
    } else {
      draw(el, [name], [data[name]]);
    }
  });
  document.body.dataset.charts = "drawn";
})();

// Draws each chart of the statistics page from the JSON the server wrote beside its canvas.
// Without Chart.js (or without JavaScript) the table view below each chart stays the way to read it.
(function () {
  "use strict";
  var COLOURS = ["#1f5fa8", "#9db9dd", "#c0582b", "#f0b48f", "#2e7d4f", "#8e5ea2", "#6b7785"];

  function draw(section) {
    var data = section.querySelector('script[type="application/json"]');
    var canvas = section.querySelector("canvas");
    if (!data || !canvas) return;
    var config = JSON.parse(data.textContent);
    // Figures read as the tables under the charts do, in the page's language (7.497 in Vietnamese, 7,497 in
    // English); every axis counts whole things (groups, cases, millions of đồng): no step of 4,5.
    config.options.locale = document.documentElement.lang === "en" ? "en-US" : "vi-VN";
    Object.keys(config.options.scales || {}).forEach(function (axis) {
      var scale = config.options.scales[axis];
      scale.ticks = Object.assign({ precision: 0 }, scale.ticks || {});
    });
    config.data.datasets.forEach(function (dataset, index) {
      var colour = COLOURS[index % COLOURS.length];
      dataset.backgroundColor = colour;
      dataset.borderColor = colour;
    });
    section.chart = new window.Chart(canvas, config);
    section.dataset.drawn = "true";
  }

  function start() {
    if (!window.Chart) return;
    document.querySelectorAll("section.chart").forEach(draw);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

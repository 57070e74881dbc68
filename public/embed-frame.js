// Compute Atlas embed, inside the iframe: tells the page around it how tall the chart is, so that
// page (with /embed.js) can size the iframe to fit. Plain ES2017, no build step.
// The message goes to one origin only: the parent's, from the #origin= fragment /embed.js adds to
// the iframe's address, else from document.referrer. With neither, nothing is posted.
(function () {
  "use strict";
  if (window.parent === window) return;
  var target = "";
  try {
    var match = /(?:^#|&)origin=([^&]*)/.exec(location.hash);
    var from = match ? decodeURIComponent(match[1]) : document.referrer;
    if (from) target = new URL(from).origin;
  } catch (error) {
    target = "";
  }
  if (!target || target === "null") return;
  var last = -1;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "compute-atlas:height", height: height }, target);
  }
  report();
  // /embed.js asks again when it starts after this frame has reported (only the parent may ask).
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== target) return;
    if (!event.data || event.data.type !== "compute-atlas:measure") return;
    last = -1;
    report();
  });
  window.addEventListener("load", report);
  if (typeof ResizeObserver === "function") new ResizeObserver(report).observe(document.documentElement);
  else window.addEventListener("resize", report);
})();

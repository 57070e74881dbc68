// Compute Atlas embeds, on the page that shows them. Plain ES2017, no build step.
// 1. Turns every <div data-compute-atlas-embed="<embed URL>"> into an iframe of that URL (only URLs
//    of the site this script comes from), telling the embed our origin in a #origin= fragment.
// 2. Resizes each of our iframes to the height its embed posts, accepting a message only from the
//    site this script comes from and only from the window of one of those iframes. Frames that
//    were there before this script ran are asked to post their height again.
// Loading it twice (several snippets on one page) is harmless: the second copy does nothing.
(function () {
  "use strict";
  if (window.__computeAtlasEmbed) return;
  var script = document.currentScript;
  if (!script || !script.src) return;
  window.__computeAtlasEmbed = true;
  var ours = new URL(script.src).origin;
  var FRAME = "data-compute-atlas-embed-frame";

  function build(placeholder) {
    var url;
    try {
      url = new URL(placeholder.getAttribute("data-compute-atlas-embed"), ours);
    } catch (error) {
      return;
    }
    if (url.origin !== ours) return;
    url.hash = "origin=" + encodeURIComponent(location.origin);
    var height = parseInt(placeholder.getAttribute("data-height"), 10);
    var frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = placeholder.getAttribute("data-title") || "Compute Atlas chart";
    frame.loading = "lazy";
    frame.setAttribute(FRAME, "");
    frame.style.cssText = "width:100%;border:0;display:block;height:" + clamp(height > 0 ? height : 480) + "px";
    placeholder.replaceWith(frame);
  }

  function clamp(height) {
    return Math.min(5000, Math.max(100, Math.round(height)));
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll("div[data-compute-atlas-embed]"), build);
    // An iframe snippet's frame may have loaded, and posted its height to nobody, before this
    // script ran (async, deferred by the CMS): ask each of our frames to post it again. A frame
    // still loading drops the request (another origin) and posts on its own once loaded.
    Array.prototype.forEach.call(document.querySelectorAll("iframe[" + FRAME + "]"), function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "compute-atlas:measure" }, ours);
    });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== ours || !data || data.type !== "compute-atlas:height") return;
    if (typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.querySelectorAll("iframe[" + FRAME + "]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = clamp(data.height) + "px";
    }
  });

  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();

/* cmkb: behaviour added to every page. Runs on each page Material shows, instant or not. */
(function () {
  "use strict";

  function showReviewNotices(root) {
    var today = new Date().toISOString().slice(0, 10);
    root.querySelectorAll(".cmkb-review[data-review-by]").forEach(function (node) {
      node.hidden = node.getAttribute("data-review-by") >= today;
    });
  }

  function onPage(fn) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(function () { fn(document); });
    } else {
      document.addEventListener("DOMContentLoaded", function () { fn(document); });
    }
  }

  onPage(showReviewNotices);
})();

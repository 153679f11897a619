/* cmkb: behaviour added to every page. Runs on each page Material shows, instant or not.
   Nothing here sends anything anywhere: progress lives in this browser's localStorage. */
(function () {
  "use strict";

  var script = document.currentScript;
  var assetBase = script ? script.src.replace(/cmkb\.js(\?.*)?$/, "") : "";
  var lang = document.documentElement.lang || "en";
  // the interface words, written into every page by the build from cmkb/i18n
  var texts = document.getElementById("cmkb-texts");
  var T = texts ? JSON.parse(texts.textContent) : {};

  /* ---------- progress store ---------- */
  // a site in several languages keeps progress per language; a site in one language keeps its keys as they were
  var progressLanguage = document.querySelector("meta[name='cmkb-progress-language']");
  var scope = progressLanguage ? ":" + progressLanguage.content : "";
  function key(edition, module) { return "cmkb:v1:" + edition + scope + ":" + module; }
  function readProgress(edition, module) {
    try { return JSON.parse(localStorage.getItem(key(edition, module))) || null; } catch (e) { return null; }
  }
  function writeProgress(edition, module, record) {
    try { localStorage.setItem(key(edition, module), JSON.stringify(record)); } catch (e) { /* private mode: progress is not kept */ }
  }

  /* ---------- review notices ---------- */
  function showReviewNotices(root) {
    var today = new Date().toISOString().slice(0, 10);
    root.querySelectorAll(".cmkb-review[data-review-by]").forEach(function (node) {
      node.hidden = node.getAttribute("data-review-by") >= today;
    });
  }

  /* ---------- quizzes (quizdown-js, loaded only where a quiz is) ---------- */
  var quizdownLoading = null;
  function loadQuizdown() {
    if (window.quizdown) { return Promise.resolve(window.quizdown); }
    if (!quizdownLoading) {
      quizdownLoading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = assetBase + "quizdown.js";
        s.onload = function () { resolve(window.quizdown); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return quizdownLoading;
  }

  var findQuiz = window.cmkbQuizHook.findQuiz;
  var solvedOf = window.cmkbQuizHook.solvedOf;

  function accessibilityPatch(node) {
    // quizdown's icon buttons carry only a title: give them a name screen readers announce
    var root = node.shadowRoot;
    if (!root) { return; }
    root.querySelectorAll("button[title]:not([aria-label])").forEach(function (b) { b.setAttribute("aria-label", b.getAttribute("title")); });
    root.querySelectorAll("button.up:not([aria-label]), button.down:not([aria-label])").forEach(function (b) {
      var item = b.closest(".item");
      var text = item ? (item.querySelector(".content") || item).textContent.trim() : "";
      b.setAttribute("aria-label", (b.classList.contains("up") ? T.up : T.down) + T.colon + text);
    });
    if (!root.querySelector("style[data-cmkb]")) {
      // the credits link is grey on white below WCAG's contrast ratio
      var style = document.createElement("style");
      style.setAttribute("data-cmkb", "");
      style.textContent = ".credits a, .credits { color: #4d4d4d !important; }";
      root.appendChild(style);
    }
    var main = root.querySelector(".quizdown-content") || root.firstElementChild;
    if (main && !main.hasAttribute("aria-live")) { main.setAttribute("aria-live", "polite"); }
  }

  function renderQuiz(node) {
    if (node.getAttribute("data-rendered")) { return; }
    node.setAttribute("data-rendered", "pending");
    loadQuizdown().then(function (qd) {
      var app = qd.createApp(node.getAttribute("data-quiz"), node, {});
      node.setAttribute("data-rendered", "yes");
      var quiz = findQuiz(app);
      var edition = node.getAttribute("data-edition");
      var module = node.getAttribute("data-module");
      var ids = JSON.parse(node.getAttribute("data-questions"));
      var backs = JSON.parse(node.getAttribute("data-back"));
      var passMark = Number(node.getAttribute("data-pass-mark"));
      accessibilityPatch(node);
      new MutationObserver(function () { accessibilityPatch(node); }).observe(node.shadowRoot, { childList: true, subtree: true });
      if (!quiz || !quiz.isEvaluated) { return; }
      quiz.isEvaluated.subscribe(function (evaluated) {
        if (!evaluated) { return; }
        var solved = {}, correct = 0, wrong = [];
        quiz.questions.forEach(function (q, i) {
          var ok = solvedOf(q);
          solved[ids[i]] = ok;
          if (ok) { correct += 1; } else if (backs[i] && backs[i].url) { wrong.push(backs[i]); }
        });
        var score = Math.round(100 * correct / ids.length);
        var old = readProgress(edition, module) || {};
        var best = Math.max(score, old.best || 0);
        writeProgress(edition, module, { best: best, passed: best >= passMark, last: score, solved: solved, questions: ids, date: new Date().toISOString().slice(0, 10) });
        node.setAttribute("data-score", String(score));
        node.setAttribute("data-result", score >= passMark ? "passed" : "failed");
        showReview(node, wrong);
        markNavigation(document);
      });
    });
  }

  function showReview(node, wrong) {
    var box = node.nextElementSibling;
    if (!box || !box.classList.contains("cmkb-quiz-review")) { return; }
    var list = box.querySelector("ul");
    list.textContent = "";
    var seen = {};
    wrong.forEach(function (b) {
      if (seen[b.url]) { return; }
      seen[b.url] = true;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = b.url;
      a.textContent = T.review + b.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = wrong.length === 0;
  }

  /* ---------- onboarding overview, navigation marks, certificate ---------- */
  function onboardingData(root) {
    var n = root.querySelector("[data-onboarding]") || document.querySelector("[data-onboarding]");
    return n ? JSON.parse(n.getAttribute("data-onboarding")) : null;
  }

  function fillOverview(root) {
    var data = onboardingData(root);
    if (!data) { return; }
    data.modules.forEach(function (m) {
      var p = readProgress(data.edition, m.id);
      root.querySelectorAll('.cmkb-status[data-module="' + m.id + '"]').forEach(function (s) {
        s.textContent = p ? (p.passed ? "✓ " + T.passed : T.failed) : T.notStarted;
        s.className = "cmkb-status " + (p ? (p.passed ? "cmkb-passed" : "cmkb-failed") : "");
      });
      root.querySelectorAll('.cmkb-best[data-module="' + m.id + '"]').forEach(function (s) {
        s.textContent = p ? p.best + " %" : "—";
      });
    });
  }

  function markNavigation(root) {
    var edition = document.querySelector("meta[name='cmkb-edition']");
    var links = root.querySelectorAll(".md-nav__link[href*='onboarding/'], .md-nav__link[href$='.html']");
    links.forEach(function (a) {
      var m = (a.getAttribute("href") || "").match(/(?:^|\/)onboarding\/([a-z0-9-]+)\.html$|^([a-z0-9-]+)\.html$/);
      if (!m) { return; }
      var module = m[1] || m[2];
      var ed = edition ? edition.content : null;
      if (!ed) { return; }
      var p = readProgress(ed, module);
      if (p && p.passed && !a.querySelector(".cmkb-done")) {
        var mark = document.createElement("span");
        mark.className = "cmkb-done";
        mark.textContent = " ✓";
        mark.setAttribute("aria-label", T.passed);
        a.appendChild(mark);
      }
    });
  }

  function fillCertificate(root) {
    var box = root.querySelector(".cmkb-certificate:not([data-ready])");
    if (!box) { return; }
    box.setAttribute("data-ready", "");
    var data = JSON.parse(box.getAttribute("data-onboarding"));
    var input = box.querySelector("#cmkb-name");
    var body = box.querySelector(".cmkb-certificate-body");
    var nameKey = "cmkb:v1:" + data.edition + ":learner";
    try { input.value = localStorage.getItem(nameKey) || ""; } catch (e) { /* ignore */ }
    function draw() {
      try { localStorage.setItem(nameKey, input.value); } catch (e) { /* ignore */ }
      var rows = data.modules.map(function (m) { return { m: m, p: readProgress(data.edition, m.id) }; });
      var left = rows.filter(function (r) { return !(r.p && r.p.passed); }).length;
      body.textContent = "";
      if (left) {
        var p = document.createElement("p");
        p.className = "cmkb-certificate-pending";
        p.textContent = T.remaining.replace("{n}", left);
        body.appendChild(p);
        box.querySelector(".cmkb-print").disabled = true;
        return;
      }
      box.querySelector(".cmkb-print").disabled = false;
      var h = document.createElement("p");
      h.className = "cmkb-certificate-name";
      h.textContent = (input.value.trim() || T.unnamed) + " " + T.done + " (" + document.title.split(" - ").pop() + "), " + T.on + " " + new Date().toLocaleDateString(lang) + ".";
      body.appendChild(h);
      var table = document.createElement("table");
      var head = table.insertRow();
      [T.module, T.score].forEach(function (t) { var th = document.createElement("th"); th.textContent = t; head.appendChild(th); });
      rows.forEach(function (r) {
        var tr = table.insertRow();
        tr.insertCell().textContent = r.m.title;
        tr.insertCell().textContent = r.p.best + " % (" + r.p.date + ")";
      });
      body.appendChild(table);
    }
    input.addEventListener("input", draw);
    box.querySelector(".cmkb-print").addEventListener("click", function () { window.print(); });
    draw();
  }

  function onPage(fn) {
    // Material's document$ fires for every page shown, instant navigation included; it may
    // never fire where instant navigation cannot work (file://), so the first page is also
    // handled on its own. Every step below is idempotent.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { fn(document); });
    } else {
      fn(document);
    }
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(function () { fn(document); });
    }
  }

  function labelChecklists(root) {
    // a checklist's box is named by its item's text, for screen readers and axe
    root.querySelectorAll(".task-list-item input[type='checkbox']:not([aria-label])").forEach(function (box) {
      var item = box.closest(".task-list-item");
      var text = item ? item.textContent.replace(/\s+/g, " ").trim() : "";
      box.setAttribute("aria-label", text.length > 120 ? text.slice(0, 117) + "…" : text);
    });
  }

  function labelSearchDialog() {
    // Material's search dialog has no accessible name (axe: aria-dialog-name)
    var dialog = document.querySelector(".md-search[role='dialog']:not([aria-label])");
    var input = document.querySelector(".md-search__input");
    if (dialog && input) { dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder || "Search"); }
  }

  function reachScrollingTables() {
    // Material wraps tables in a box that scrolls sideways when they are wider than the page:
    // the keyboard reaches that box, named for screen readers (axe: scrollable-region-focusable)
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", T.scrollTable);
        wrap.setAttribute("data-cmkb-scroll", "");
      } else if (!scrolls && wrap.hasAttribute("data-cmkb-scroll")) {
        ["tabindex", "role", "aria-label", "data-cmkb-scroll"].forEach(function (a) { wrap.removeAttribute(a); });
      }
    });
  }
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(reachScrollingTables, 150);
  });
  window.addEventListener("load", reachScrollingTables);

  onPage(function (root) {
    reachScrollingTables();
    labelSearchDialog();
    labelChecklists(root);
    showReviewNotices(root);
    root.querySelectorAll(".cmkb-quiz").forEach(renderQuiz);
    fillOverview(root);
    fillCertificate(root);
    markNavigation(root);
  });
})();

/* cmkb SCORM 1.2 SCO: one onboarding module, scored by quizdown-js and reported to the LMS. */
(function () {
  "use strict";

  function findAPI(win) {
    for (var depth = 0; win && depth < 10; depth++) {
      if (win.API) { return win.API; }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }
  var api = findAPI(window) || (window.opener ? findAPI(window.opener) : null);
  var status = document.getElementById("status");
  var finished = false;

  if (api) {
    api.LMSInitialize("");
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    api.LMSCommit("");
  } else {
    var texts = document.getElementById("cmkb-texts");
    status.textContent = texts ? JSON.parse(texts.textContent).noLms : "";
  }

  function finish() {
    if (api && !finished) {
      finished = true;
      api.LMSFinish("");
    }
  }
  window.addEventListener("pagehide", finish);

  var node = document.getElementById("quiz");
  var passMark = Number(node.getAttribute("data-pass-mark"));
  var app = window.quizdown.createApp(node.getAttribute("data-quiz"), node, {});
  var quiz = window.cmkbQuizHook.findQuiz(app);
  if (!quiz) { return; }
  quiz.isEvaluated.subscribe(function (evaluated) {
    if (!evaluated) { return; }
    var total = quiz.questions.length;
    var correct = Number(quiz.evaluate());
    var score = Math.round(100 * correct / total);
    var passed = score >= passMark;
    node.setAttribute("data-score", String(score));
    status.textContent = score + " / 100";
    if (api && !finished) {
      api.LMSSetValue("cmi.core.score.min", "0");
      api.LMSSetValue("cmi.core.score.max", "100");
      api.LMSSetValue("cmi.core.score.raw", String(score));
      api.LMSSetValue("cmi.core.lesson_status", passed ? "passed" : "failed");
      api.LMSCommit("");
      finish();
    }
  });
})();

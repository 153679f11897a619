/* cmkb: reach quizdown-js's quiz object (score, answers) through Svelte's internals.
   quizdown-js is pinned (assets/quizdown.js); a browser test covers this hook. Used by the
   site's cmkb.js and by the SCORM package's sco.js. */
(function () {
  "use strict";

  function findQuiz(app) {
    var ctx = app && app.$$ && app.$$.ctx;
    if (!ctx) { return null; }
    for (var i = 0; i < ctx.length; i++) {
      if (ctx[i] && ctx[i].questions && typeof ctx[i].evaluate === "function") { return ctx[i]; }
    }
    return null;
  }

  function solvedOf(question) {
    var s = question.solved;
    if (s && typeof s.subscribe === "function") { var v = false; s.subscribe(function (x) { v = x; })(); return !!v; }
    return !!s;
  }

  window.cmkbQuizHook = { findQuiz: findQuiz, solvedOf: solvedOf };
})();

/* cmkb: stemmed search for Material for MkDocs.
   Material's search worker adds a trailing wildcard to every query term ("approvals*"), and
   lunr skips stemming for wildcard terms: "approvals" never finds "approval", and stop words
   ("de", "the") match everything that starts with them. This file is loaded as the search
   worker: it stems each plain query term and drops stop words, in the site's language, before
   Material's worker (imported below) sees the query. The index itself is left as Material
   builds it, so the stemmed prefix ("approv*", "répons*") matches every inflected form. */
(function () {
  "use strict";
  var lang = "en";

  function tools() {
    if (typeof lunr === "undefined") { return null; }
    var l = lang === "en" ? lunr : lunr[lang];
    return l && l.stemmer && l.stopWordFilter ? l : null;
  }

  /* Everyday words → the words the pages use ("piraté" → "sécurité compte"), from the
     site's synonyms.yml, written before this file as self.cmkbSynonyms. The reader's own
     words stay in the query; the pages' words are added to it. */
  function expand(query) {
    var synonyms = self.cmkbSynonyms || {};
    var text = " " + query.toLowerCase().replace(/[’']/g, " ").replace(/\s+/g, " ") + " ";
    var added = [];
    Object.keys(synonyms).sort(function (a, b) { return b.length - a.length; }).forEach(function (phrase) {
      var at = text.indexOf(" " + phrase + " ");
      if (at >= 0) {
        added.push(synonyms[phrase]);
        text = text.slice(0, at + 1) + text.slice(at + phrase.length + 2);  // a phrase counts once
      }
    });
    return added.length ? query + " " + added.join(" ") : query;
  }

  function fold(text) {  // one character for one: "é" → "e", so positions stay those of the word
    return text.split("").map(function (c) { return c.normalize("NFD")[0]; }).join("");
  }

  function rewrite(query) {
    var l = tools();
    query = expand(query);
    if (!l) { return query; }
    var kept = [];
    query.split(/\s+/).forEach(function (term) {
      if (!term) { return; }
      if (/["+\-~^*:]/.test(term)) { kept.push(term); return; }  // the user's own syntax
      var word = term.toLowerCase();
      var token = new lunr.Token(word);
      if (l.stopWordFilter(token) === undefined) { return; }
      // The index holds whole words, so only the part of the stem the word starts with can
      // match: Snowball rewrites some endings ("publications" → "publiqu", "modérer" → "moder").
      // Compared without accents, so that "modèle" (stem "model") keeps "modèl", not "mod".
      var stem = fold(l.stemmer(token).toString()), plain = fold(word), n = 0;
      while (n < stem.length && n < plain.length && stem[n] === plain[n]) { n++; }
      kept.push(n >= 3 ? word.slice(0, n) : word);
    });
    return kept.length ? kept.join(" ") : query;
  }

  self.addEventListener("message", function (ev) {
    var msg = ev.data;
    if (!msg) { return; }
    if (msg.type === 0 && msg.data && msg.data.config && msg.data.config.lang) {
      lang = msg.data.config.lang[0] || "en";
    } else if (msg.type === 2 && typeof msg.data === "string") {
      msg.data = rewrite(msg.data);
    }
  });
})();

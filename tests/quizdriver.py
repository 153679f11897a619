"""Drive a rendered quizdown quiz in the browser, by clicking or by keyboard alone."""

from __future__ import annotations

import re

LABELS = {
    "fr": {"next": "Suivant", "evaluate": "Réponse"},
    "en": {"next": "Next", "evaluate": "Evaluate"},
}


def parse_quizdown(text: str) -> list[dict]:
    """Questions of a quizdown source: type and answers (text, correct), in order."""
    questions: list[dict] = []
    for line in text.split("\n"):
        if line.startswith("### "):
            questions.append({"question": line[4:], "type": None, "answers": []})
            continue
        if not questions:
            continue
        q = questions[-1]
        m = re.match(r"^(1\.|-) \[(x| )\] (.*)$", line)
        if m:
            q["type"] = "single" if m.group(1) == "1." else "multiple"
            q["answers"].append((m.group(3), m.group(2) == "x"))
            continue
        m = re.match(r"^\d+\. (.*)$", line)
        if m:
            q["type"] = "sequence"
            q["answers"].append((m.group(1), True))
    return questions


class QuizDriver:
    """Answers the quiz on the current page; ``keyboard=True`` uses Tab, Space and Enter only."""

    def __init__(self, page, lang: str, keyboard: bool = False, selector: str = ".cmkb-quiz"):
        self.page = page
        self.selector = selector
        self.quiz = page.locator(selector)
        self.labels = LABELS[lang]
        self.keyboard = keyboard
        page.wait_for_function("s => { const q = document.querySelector(s); return q && q.shadowRoot && q.shadowRoot.querySelector('h3'); }", arg=selector)
        self.questions = parse_quizdown(self.quiz.get_attribute("data-quiz"))

    def _activate(self, locator, key: str = "Enter") -> None:
        if not self.keyboard:
            locator.click()
            return
        handle = locator.element_handle()
        for _ in range(200):
            focused = self.page.evaluate_handle("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; }")
            if self.page.evaluate("([a, b]) => a === b || (b.contains && b.contains(a)) || (a && a.contains && a.contains(b) && a.tagName === 'LABEL')", [focused, handle]):
                self.page.keyboard.press(key)
                return
            self.page.keyboard.press("Tab")
        raise AssertionError(f"could not reach {locator} with the Tab key")

    def _choose(self, text: str) -> None:
        label = self.quiz.locator("label", has_text=text).first
        self._activate(label.locator("input") if self.keyboard else label, "Space")

    def _order(self, wanted: list[str]) -> None:
        items = self.quiz.locator(".dragdroplist .list .item")
        for k, text in enumerate(wanted):
            for _ in range(len(wanted) * 2):
                current = [t.strip() for t in self.quiz.locator(".dragdroplist .list .item .content").all_inner_texts()]
                idx = current.index(text)
                if idx == k:
                    break
                self._activate(items.nth(idx).locator("button.up"))

    def take(self, right: bool) -> None:
        """Answer every question, rightly or wrongly, then ask for the result."""
        for i, q in enumerate(self.questions):
            if q["type"] == "sequence":
                order = [a for a, _ in q["answers"]]
                self._order(order if right else list(reversed(order)))
            elif right:
                for text, ok in q["answers"]:
                    if ok:
                        self._choose(text)
            else:
                wrong = [t for t, ok in q["answers"] if not ok]
                self._choose(wrong[0])
            button = self.labels["next"] if i < len(self.questions) - 1 else self.labels["evaluate"]
            self._activate(self.quiz.get_by_role("button", name=button, exact=True))
        self.page.wait_for_function("s => document.querySelector(s).hasAttribute('data-score')", arg=self.selector)

    @property
    def result(self) -> str:
        return self.quiz.get_attribute("data-result")

"""English interface texts and edition defaults."""

from __future__ import annotations

from . import ErrorPageTexts, HandbookTexts, OnboardingTexts, PageTexts, ReferenceTexts, Texts

TEXTS = Texts(
    home="Home",
    areas={
        "onboarding": "Onboarding",
        "culture": "Culture",
        "governance": "Governance",
        "crisis": "Crisis",
        "platforms": "Platforms",
        "roles": "Roles",
        "measurement": "Measurement",
        "cases": "Cases",
        "company": "Our company",
        "reference": "Reference",
    },
    glossary="Glossary",
    glossary_intro=(
        "The field's terms, as the pages of this site use them. Hover over an underlined term in a page to see its "
        "definition."
    ),
    edition_reference="Edition reference",
    review_notice="Review was due on {date}: this content may be out of date. Tell: {owner}.",
    cases_untagged="Untagged",
    in_short="In short",
    sources="Sources",
    facts_checked="Facts checked on {date}.",
    legal_scope_title="Jurisdiction",
    legal_scope="This page states {jurisdiction}.",
    jurisdictions={
        "fr": "French law (with the EU rules that apply in France)",
        "eu": "EU-wide rules only: check your national law with counsel",
        "uk": "the law of England and Wales (UK)",
    },
    permalink_title="Link to this section",
    language_name="English",
    this_page_in="This page in English",
    read_site_in="Read the site in English",
    not_found=ErrorPageTexts(
        heading="Page not found (error 404)",
        body="There is no page at this address. Start again from the home page, or use the search.",
        menu="Navigation menu",
        search="Search",
    ),
    date_format="%Y-%m-%d",
    onboarding=OnboardingTexts(
        title="Onboarding",
        intro=(
            "The path has {n} modules. Each is a few pages to read, then a quiz; a module is passed at {mark}% correct "
            "answers. Your progress stays in this browser: nothing is sent anywhere."
        ),
        module="Module",
        status="Status",
        best="Best score",
        read_first="Read before the quiz",
        quiz="Quiz",
        not_started="Not started",
        certificate="Certificate of completion",
        certificate_intro=(
            "When every module is passed, type your name and print this page (or save it as PDF) to hand it to your "
            "manager."
        ),
        name="Your name",
        print="Print the certificate",
        wrong="To review",
        read_again="Read the section again",
        passed_message="Module passed",
        failed_message="Module not passed: read the sections listed, then try again",
    ),
    page=PageTexts(
        owner="Owner: {owner}",
        review_by="Review by {date}",
        suggest="Suggest a change",
        edit="Edit this page",
        feedback_subject="Suggestion: {title}",
        feedback_body="Page: {title}\nAddress: {address}\n\nWhat is wrong or missing:\n",
    ),
    handbook=HandbookTexts(
        title="The whole handbook, printable",
        intro="Every page of the handbook in reading order, to print or save as PDF from the browser.",
        built="Built on {date}",
        version="Version {version}",
        contents="Contents",
        appendix="Appendix",
    ),
    script={
        "passed": "Passed",
        "failed": "Not passed",
        "notStarted": "Not started",
        "remaining": "{n} module(s) still to pass before the certificate.",
        "done": "completed the social-media onboarding",
        "on": "on",
        "score": "Score",
        "module": "Module",
        "unnamed": "(type your name)",
        "review": "Read again: ",
        "up": "Move up",
        "down": "Move down",
        "colon": ": ",
        "scrollTable": "Scrollable table",
        "noLms": "No LMS found: the score will not be recorded.",
    },
    reference=ReferenceTexts(
        title="Edition reference",
        intro=(
            "Every key of an edition file (`editions/<id>.yml`), generated from the schema that `cmkb` validates "
            "against, so it cannot drift from the code. Unset keys take the default shown, or a generic wording in the "
            "edition's language where it says so. Editors that read JSON Schema complete and check the file as you "
            "type: see `editions/edition.schema.json`."
        ),
        headers=("key", "type", "meaning", "default", "example"),
        types={
            "text": "text",
            "mapping": "mapping",
            "whole number": "whole number",
            "true or false": "true or false",
            "list of text": "list of text",
            "list of mappings": "list of mappings",
            "required": "required",
            "generic entries in the edition's language": "generic entries in the edition's language",
        },
        descriptions=None,
    ),
    # mirrors the edition's keys; `title` is formatted with the company's name
    defaults={
        "title": "Social media at {name}",
        "company": {"name": "Your company"},
        "governance": {
            "first_response": "1 h",
            "check_frequency": "three times per working day",
            "approvals": [
                {
                    "content": "Answer to an everyday question or complaint",
                    "approver": "Community manager (alone)",
                    "delay": "1 h",
                },
                {
                    "content": "Post planned in the editorial calendar",
                    "approver": "Communications manager",
                    "delay": "24 h",
                },
                {
                    "content": "Product, partnership or figures announcement",
                    "approver": "Head of marketing",
                    "delay": "48 h",
                },
                {"content": "Position on a sensitive issue", "approver": "Chief executive", "delay": "4 h"},
            ],
            "autonomy": [
                "Answer frequent questions with the approved answers",
                "Thank, share and like positive content that fits the charter",
                "Hide or delete a message that breaks the moderation charter",
                "Move a complaint to customer service in a private message",
                "Postpone a scheduled post",
            ],
            "fast_track": {"approver": "Head of communications", "delay": "30 min"},
        },
        "crisis": {
            "levels": [
                {
                    "level": 1,
                    "name": "Incident",
                    "triggers": ["A few isolated negative messages", "Authors with small audiences", "No media pickup"],
                    "actions": ["Answer within the usual delay", "Log the incident"],
                    "decides": "Community manager",
                },
                {
                    "level": 2,
                    "name": "Alert",
                    "triggers": [
                        "Criticism growing within hours",
                        "An influential account or a journalist picks it up",
                        "A large share of reactions agree with the criticism",
                    ],
                    "actions": [
                        "Call the crisis decision owner",
                        "Pause scheduled posts",
                        "Prepare a holding statement",
                    ],
                    "decides": "Head of communications",
                },
                {
                    "level": 3,
                    "name": "Crisis",
                    "triggers": [
                        "National or trade media coverage",
                        "Safety, legal or ethical questions raised",
                        "Possible impact on revenue or lasting reputation",
                    ],
                    "actions": [
                        "Convene the crisis team",
                        "Publish the holding statement",
                        "Keep one reference page up to date",
                    ],
                    "decides": "Chief executive",
                },
            ],
            "holding_statement_delay": "1 h",
            "unreachable_after": "30 min",
            "decision_owner": {"role": "Head of communications"},
        },
        "legal": {"jurisdiction": "eu"},
    },
)

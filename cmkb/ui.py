"""Interface wording of generated pages, per language."""

from __future__ import annotations

UI = {
    "fr": {
        "home": "Accueil",
        "areas": {
            "onboarding": "Parcours d'intégration",
            "culture": "Culture",
            "governance": "Gouvernance",
            "crisis": "Crise",
            "roles": "Métiers",
            "measurement": "Mesure",
            "cases": "Cas",
            "company": "Notre entreprise",
            "reference": "Référence",
        },
        "glossary": "Glossaire",
        "glossary_intro": "Les termes du métier, tels que les emploient les pages de ce site. Survolez un terme souligné dans une page pour voir sa définition.",
        "edition_reference": "Référence des éditions",
        "review_notice": "Relecture attendue depuis le {date} : ce contenu est peut-être dépassé. Signalez-le à : {owner}.",
        "cases_untagged": "Sans étiquette",
        "in_short": "En bref",
    },
    "en": {
        "home": "Home",
        "areas": {
            "onboarding": "Onboarding",
            "culture": "Culture",
            "governance": "Governance",
            "crisis": "Crisis",
            "roles": "Roles",
            "measurement": "Measurement",
            "cases": "Cases",
            "company": "Our company",
            "reference": "Reference",
        },
        "glossary": "Glossary",
        "glossary_intro": "The field's terms, as the pages of this site use them. Hover over an underlined term in a page to see its definition.",
        "edition_reference": "Edition reference",
        "review_notice": "Review was due on {date}: this content may be out of date. Tell: {owner}.",
        "cases_untagged": "Untagged",
        "in_short": "In short",
    },
}

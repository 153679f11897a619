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

ONBOARDING = {
    "fr": {
        "title": "Parcours d'intégration",
        "intro": "Le parcours compte {n} modules. Chacun se compose de pages à lire puis d'un quiz ; un module est validé à partir de {mark} % de bonnes réponses. Votre progression reste dans ce navigateur : rien n'est envoyé.",
        "module": "Module",
        "status": "Statut",
        "best": "Meilleur score",
        "read_first": "À lire avant le quiz",
        "quiz": "Quiz",
        "not_started": "Pas commencé",
        "certificate": "Attestation de fin de parcours",
        "certificate_intro": "Quand tous les modules sont validés, saisissez votre nom puis imprimez cette page (ou enregistrez-la en PDF) pour la remettre à votre responsable.",
        "name": "Votre nom",
        "print": "Imprimer l'attestation",
        "wrong": "À revoir",
    },
    "en": {
        "title": "Onboarding",
        "intro": "The path has {n} modules. Each is a few pages to read, then a quiz; a module is passed at {mark}% correct answers. Your progress stays in this browser: nothing is sent anywhere.",
        "module": "Module",
        "status": "Status",
        "best": "Best score",
        "read_first": "Read before the quiz",
        "quiz": "Quiz",
        "not_started": "Not started",
        "certificate": "Certificate of completion",
        "certificate_intro": "When every module is passed, type your name and print this page (or save it as PDF) to hand it to your manager.",
        "name": "Your name",
        "print": "Print the certificate",
        "wrong": "To review",
    },
}

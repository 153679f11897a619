"""Generic values an edition gets for what it leaves unset, in its own language.

Pages read well with these: a near-empty edition builds into a complete, generic site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .edition import Edition

DEFAULTS = {
    "fr": {
        "company_name": "Votre entreprise",
        "title": "Réseaux sociaux — {name}",
        "first_response": "1 h",
        "check_frequency": "trois fois par jour ouvré",
        "fast_track": {"approver": "Direction de la communication", "delay": "30 min"},
        "holding_statement_delay": "1 h",
        "unreachable_after": "30 min",
        "jurisdiction": "fr",
        "decision_owner_role": "Direction de la communication",
        "approvals": [
            {"content": "Réponse à une question ou à une réclamation courante", "approver": "Community manager (en autonomie)", "delay": "1 h"},
            {"content": "Publication prévue au calendrier éditorial", "approver": "Responsable communication", "delay": "24 h"},
            {"content": "Annonce d'un produit, d'un partenariat ou d'un chiffre", "approver": "Direction marketing", "delay": "48 h"},
            {"content": "Prise de position sur un sujet sensible", "approver": "Direction générale", "delay": "4 h"},
        ],
        "autonomy": [
            "Répondre aux questions fréquentes avec les réponses validées",
            "Remercier, relayer et aimer les contenus positifs qui respectent la charte",
            "Masquer ou supprimer un message contraire à la charte de modération",
            "Rediriger une réclamation vers le service client en message privé",
            "Décaler une publication programmée",
        ],
        "levels": [
            {"level": 1, "name": "Incident", "triggers": ["Quelques messages négatifs isolés", "Auteurs peu suivis", "Aucune reprise médiatique"], "actions": ["Répondre dans le délai habituel", "Consigner l'incident dans le suivi"], "decides": "Community manager"},
            {"level": 2, "name": "Alerte", "triggers": ["Critiques qui se multiplient en quelques heures", "Un compte influent ou un journaliste s'en empare", "Une part notable des réactions approuve la critique"], "actions": ["Prévenir le responsable de crise", "Suspendre les publications programmées", "Préparer une déclaration d'attente"], "decides": "Responsable communication"},
            {"level": 3, "name": "Crise", "triggers": ["Reprise par des médias nationaux ou professionnels", "Mise en cause de la sécurité, de la loi ou de l'éthique", "Impact possible sur le chiffre d'affaires ou la réputation durable"], "actions": ["Réunir la cellule de crise", "Publier la déclaration d'attente", "Tenir une page de référence à jour"], "decides": "Direction générale"},
        ],
    },
    "en": {
        "company_name": "Your company",
        "title": "Social media at {name}",
        "first_response": "1 h",
        "check_frequency": "three times per working day",
        "fast_track": {"approver": "Head of communications", "delay": "30 min"},
        "holding_statement_delay": "1 h",
        "unreachable_after": "30 min",
        "jurisdiction": "eu",
        "decision_owner_role": "Head of communications",
        "approvals": [
            {"content": "Answer to an everyday question or complaint", "approver": "Community manager (alone)", "delay": "1 h"},
            {"content": "Post planned in the editorial calendar", "approver": "Communications manager", "delay": "24 h"},
            {"content": "Product, partnership or figures announcement", "approver": "Head of marketing", "delay": "48 h"},
            {"content": "Position on a sensitive issue", "approver": "Chief executive", "delay": "4 h"},
        ],
        "autonomy": [
            "Answer frequent questions with the approved answers",
            "Thank, share and like positive content that fits the charter",
            "Hide or delete a message that breaks the moderation charter",
            "Move a complaint to customer service in a private message",
            "Postpone a scheduled post",
        ],
        "levels": [
            {"level": 1, "name": "Incident", "triggers": ["A few isolated negative messages", "Authors with small audiences", "No media pickup"], "actions": ["Answer within the usual delay", "Log the incident"], "decides": "Community manager"},
            {"level": 2, "name": "Alert", "triggers": ["Criticism growing within hours", "An influential account or a journalist picks it up", "A large share of reactions agree with the criticism"], "actions": ["Alert the crisis owner", "Pause scheduled posts", "Prepare a holding statement"], "decides": "Communications manager"},
            {"level": 3, "name": "Crisis", "triggers": ["National or trade media coverage", "Safety, legal or ethical questions raised", "Possible impact on revenue or lasting reputation"], "actions": ["Convene the crisis team", "Publish the holding statement", "Keep one reference page up to date"], "decides": "Chief executive"},
        ],
    },
}


def apply_defaults(edition: "Edition") -> None:
    """Fill what the edition left unset, in place."""
    from .edition import Approval, Level

    d = DEFAULTS[edition.language]
    company = edition.company
    if not company.name:
        company.name = d["company_name"]
    if not edition.title:
        edition.title = d["title"].format(name=company.name)
    gov = edition.governance
    gov.first_response = gov.first_response or d["first_response"]
    gov.check_frequency = gov.check_frequency or d["check_frequency"]
    if gov.approvals is None:
        gov.approvals = [Approval(**a) for a in d["approvals"]]
    if gov.autonomy is None:
        gov.autonomy = list(d["autonomy"])
    gov.fast_track.approver = gov.fast_track.approver or d["fast_track"]["approver"]
    gov.fast_track.delay = gov.fast_track.delay or d["fast_track"]["delay"]
    for net in edition.networks:
        net.check_frequency = net.check_frequency or gov.check_frequency
        net.response_time = net.response_time or gov.first_response
    crisis = edition.crisis
    if crisis.levels is None:
        crisis.levels = [Level(**lv) for lv in d["levels"]]
    crisis.holding_statement_delay = crisis.holding_statement_delay or d["holding_statement_delay"]
    crisis.unreachable_after = crisis.unreachable_after or d["unreachable_after"]
    edition.legal.jurisdiction = edition.legal.jurisdiction or d["jurisdiction"]
    crisis.decision_owner.role = crisis.decision_owner.role or d["decision_owner_role"]

"""French wording of the edition reference, for French editions' sites.

Keyed by the same paths as the generated reference; a test fails if a key of the schema has
no French description here, so the two cannot drift apart.
"""

from __future__ import annotations

TITLE = "Référence des éditions"
INTRO = (
    "Toutes les clés d'un fichier d'édition (`editions/<id>.yml`), générées à partir du schéma "
    "que `cmkb` applique : elles ne peuvent pas diverger du code. Une clé absente prend la valeur "
    "par défaut indiquée, ou une formulation générique dans la langue de l'édition. Les éditeurs "
    "qui lisent le JSON Schema complètent et vérifient le fichier pendant la saisie : voir "
    "`editions/edition.schema.json`."
)
HEADERS = ("clé", "type", "signification", "par défaut", "exemple")

DESCRIPTIONS = {
    "title": "Titre du site. Par défaut, un titre construit avec le nom de l'entreprise.",
    "language": "Langue de l'interface, de la recherche et des playbooks : `fr` ou `en`.",
    "company": "L'entreprise à qui l'édition est destinée.",
    "company.name": "Nom de l'entreprise, tel qu'il apparaît dans les pages et les déclarations.",
    "company.description": "Une phrase sur ce que fait l'entreprise.",
    "company.values": "Les valeurs qui guident les prises de position publiques.",
    "company.tone": "Le ton de la marque, en une phrase.",
    "branding": "Logo et couleurs.",
    "branding.logo": "Fichier du logo (SVG ou PNG), relatif au dossier de l'édition `editions/<id>/`.",
    "branding.primary": "Couleur principale : un nom de la palette Material ou une valeur `#rrggbb`.",
    "branding.accent": "Couleur d'accent (liens, focus) : un nom de la palette Material ou une valeur `#rrggbb`.",
    "networks": "Les comptes que l'entreprise anime.",
    "networks[].name": "Le réseau.",
    "networks[].handle": "L'identifiant ou le nom de la page.",
    "networks[].purpose": "À quoi sert le compte.",
    "networks[].check_frequency": "À quelle fréquence le community manager le consulte. Par défaut, celle de la gouvernance.",
    "networks[].response_time": "Délai visé pour une première réponse publique. Par défaut, `governance.first_response`.",
    "networks[].platform": "La fiche plateforme qui couvre ce compte. Déduite de `name` pour les réseaux courants (X ou Twitter, Facebook, Instagram, LinkedIn, TikTok, YouTube, Threads, WhatsApp).",
    "networks[].owner": "Qui répond du compte (un rôle, ou un rôle et un nom).",
    "networks[].admins": "Qui détient les droits d'administration.",
    "networks[].two_factor": "Sa méthode de double authentification.",
    "networks[].recovery": "Le contact de récupération : qui peut reprendre la main sur le compte, et comment.",
    "networks[].pause": "Où suspendre les publications programmées et la publicité de ce compte.",
    "governance": "Qui décide quoi.",
    "governance.first_response": "Délai visé pour une première réponse publique à une question ou une réclamation.",
    "governance.check_frequency": "Fréquence de consultation des comptes, sauf indication contraire par réseau.",
    "governance.approvals": "Le circuit de validation : qui valide quel type de publication, dans quel délai.",
    "governance.approvals[].content": "Le type de publication ou de réponse.",
    "governance.approvals[].approver": "Le rôle qui valide (ou « community manager » quand aucune validation n'est requise).",
    "governance.approvals[].delay": "Délai maximal de validation.",
    "governance.autonomy": "Ce que le community manager fait seul, sans validation.",
    "governance.fast_track": "La procédure d'urgence en cas de crise.",
    "governance.fast_track.approver": "Le seul rôle qui valide les déclarations pendant une crise.",
    "governance.fast_track.delay": "Délai maximal d'une validation en procédure d'urgence.",
    "governance.fast_track.deputies": "Qui valide, dans cet ordre, quand la personne qui valide ne répond pas.",
    "governance.fast_track.deputies[].role": "Le rôle.",
    "governance.fast_track.deputies[].name": "La personne qui l'occupe.",
    "governance.fast_track.deputies[].phone": "Numéro de téléphone.",
    "governance.fast_track.deputies[].email": "Adresse électronique.",
    "crisis": "Réglages de la gestion de crise.",
    "crisis.levels": "Les niveaux de gravité, du moins grave au plus grave.",
    "crisis.levels[].level": "Son numéro, 1 étant le moins grave.",
    "crisis.levels[].name": "Son nom.",
    "crisis.levels[].triggers": "Ce qui place une situation à ce niveau.",
    "crisis.levels[].actions": "Ce que l'on fait à ce niveau.",
    "crisis.levels[].decides": "Qui décide à ce niveau.",
    "crisis.decision_owner": "La seule personne qui décide pendant une crise.",
    "crisis.decision_owner.role": "Le rôle qui décide.",
    "crisis.decision_owner.name": "La personne qui l'occupe.",
    "crisis.decision_owner.phone": "Numéro de téléphone.",
    "crisis.decision_owner.deputies": "Qui décide, dans cet ordre, quand la personne qui décide ne répond pas.",
    "crisis.decision_owner.deputies[].role": "Le rôle.",
    "crisis.decision_owner.deputies[].name": "La personne qui l'occupe.",
    "crisis.decision_owner.deputies[].phone": "Numéro de téléphone.",
    "crisis.decision_owner.deputies[].email": "Adresse électronique.",
    "crisis.contacts": "Les contacts d'escalade, par rôle.",
    "crisis.contacts[].role": "Le rôle dans la crise.",
    "crisis.contacts[].name": "La personne qui l'occupe.",
    "crisis.contacts[].phone": "Numéro de téléphone.",
    "crisis.contacts[].email": "Adresse électronique.",
    "crisis.holding_statement_delay": "Délai de publication de la déclaration d'attente une fois la crise déclarée.",
    "crisis.unreachable_after": "Combien de temps essayer la personne qui décide, puis chaque suppléant, avant que la personne d'astreinte puisse publier seule la déclaration d'attente pré-validée.",
    "crisis.on_call": "La couverture hors des heures de bureau : l'astreinte et le point d'entrée des alertes.",
    "crisis.on_call.rota": "Le planning d'astreinte.",
    "crisis.on_call.rota[].who": "La personne ou l'équipe d'astreinte.",
    "crisis.on_call.rota[].hours": "Quand.",
    "crisis.on_call.rota[].phone": "Numéro de téléphone.",
    "crisis.on_call.rota[].email": "Adresse électronique.",
    "crisis.on_call.intake": "Où chacun envoie une alerte (un canal, une adresse, un numéro).",
    "departments": "Les services et leurs objectifs sur les réseaux sociaux.",
    "departments[].name": "Le service.",
    "departments[].objectives": "Ses objectifs sur les réseaux sociaux.",
    "legal": "Le droit qu'exposent les pages juridiques.",
    "legal.jurisdiction": "`fr` : droit français (avec les règles européennes applicables en France) ; `eu` : règles de l'Union européenne seules, pour une entreprise qui vérifie son droit national avec son conseil ; `uk` : droit d'Angleterre et du pays de Galles (UK GDPR, ASA et code CAP). Par défaut `fr` pour une édition française, `eu` pour une édition anglaise (avec un avertissement de `cmkb check`).",
    "playbooks": "Les playbooks que l'édition inclut.",
    "playbooks.include": "Domaines (`crisis`) ou pages (`crisis/first-hour`) à inclure. Vide : tout.",
    "playbooks.exclude": "Domaines ou pages à retirer.",
    "pages": "Pages supplémentaires rédigées par l'entreprise.",
    "pages[].file": "Fichier Markdown, relatif au dossier de l'édition `editions/<id>/`.",
    "pages[].area": "Rubrique de navigation : un domaine existant (`culture`, `crisis`, `cases`...) ou `company`.",
    "overrides": "Identifiant de page → fichier Markdown du dossier de l'édition qui remplace cette page.",
    "onboarding": "Le parcours d'intégration.",
    "onboarding.modules": "Les modules de quiz, dans l'ordre où on les suit. Par défaut, tous.",
    "onboarding.exclude": "Modules à retirer.",
    "onboarding.pass_mark": "Score, en pourcentage, nécessaire pour valider un module.",
    "site": "Publication du site.",
    "site.offline": "Construire pour une ouverture depuis `file://` et tout serveur web (sans navigation instantanée). `false` : serveur web uniquement, avec navigation instantanée.",
    "site.url": "L'adresse de publication du site ; obligatoire avec `offline: false`.",
}

TYPES = {
    "text": "texte", "mapping": "ensemble de clés", "whole number": "nombre entier", "true or false": "true ou false",
    "list of text": "liste de textes", "list of mappings": "liste d'ensembles de clés", "required": "obligatoire",
    "generic entries in the edition's language": "entrées génériques dans la langue de l'édition",
}

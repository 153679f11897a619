"""French interface texts and edition defaults."""

from __future__ import annotations

from . import ErrorPageTexts, HandbookTexts, OnboardingTexts, PageTexts, ReferenceTexts, Texts

TEXTS = Texts(
    home="Accueil",
    areas={
        "onboarding": "Parcours d'intégration",
        "culture": "Culture",
        "governance": "Gouvernance",
        "crisis": "Crise",
        "platforms": "Plateformes",
        "roles": "Métiers",
        "measurement": "Mesure",
        "cases": "Cas",
        "company": "Notre entreprise",
        "reference": "Référence",
    },
    glossary="Glossaire",
    glossary_intro=(
        "Les termes du métier, tels que les emploient les pages de ce site. Survolez un terme souligné dans une "
        "page pour voir sa définition."
    ),
    edition_reference="Référence des éditions",
    review_notice="Relecture attendue depuis le {date} : ce contenu est peut-être dépassé. Signalez-le à : {owner}.",
    cases_untagged="Sans étiquette",
    in_short="En bref",
    sources="Sources",
    facts_checked="Faits vérifiés le {date}.",
    legal_scope_title="Droit applicable",
    legal_scope="Cette page expose {jurisdiction}.",
    jurisdictions={
        "fr": "le droit français (avec les règles européennes qui s'appliquent en France)",
        "eu": "les seules règles de l'Union européenne : vérifiez le droit national avec votre conseil",
        "uk": "le droit du Royaume-Uni (Angleterre et pays de Galles)",
    },
    permalink_title="Lien vers cette section",
    language_name="Français",
    this_page_in="Cette page en français",
    read_site_in="Lire le site en français",
    not_found=ErrorPageTexts(
        heading="Page introuvable (erreur 404)",
        body="Aucune page ne se trouve à cette adresse. Repartez de l'accueil ou utilisez la recherche.",
        menu="Menu de navigation",
        search="Recherche",
    ),
    date_format="%d/%m/%Y",
    onboarding=OnboardingTexts(
        title="Parcours d'intégration",
        intro=(
            "Le parcours compte {n} modules. Chacun se compose de pages à lire puis d'un quiz ; un module est validé à "
            "partir de {mark} % de bonnes réponses. Votre progression reste dans ce navigateur : rien n'est envoyé."
        ),
        module="Module",
        status="Statut",
        best="Meilleur score",
        read_first="À lire avant le quiz",
        quiz="Quiz",
        not_started="Pas commencé",
        certificate="Attestation de fin de parcours",
        certificate_intro=(
            "Quand tous les modules sont validés, saisissez votre nom puis imprimez cette page (ou enregistrez-la en "
            "PDF) pour la remettre à votre responsable."
        ),
        name="Votre nom",
        print="Imprimer l'attestation",
        wrong="À revoir",
        read_again="Relire la section",
        passed_message="Module validé",
        failed_message="Module non validé : relisez les sections indiquées, puis recommencez",
    ),
    page=PageTexts(
        owner="Responsable : {owner}",
        review_by="À relire avant le {date}",
        suggest="Proposer une modification",
        edit="Modifier cette page",
        feedback_subject="Suggestion : {title}",
        feedback_body="Page : {title}\nAdresse : {address}\n\nCe qui est faux ou manque :\n",
    ),
    handbook=HandbookTexts(
        title="Le manuel complet, à imprimer",
        intro="Toutes les pages du manuel dans l'ordre de lecture, à imprimer ou à enregistrer en PDF depuis le navigateur.",
        built="Généré le {date}",
        version="Version {version}",
        contents="Sommaire",
        appendix="Annexe",
    ),
    script={
        "passed": "Validé",
        "failed": "Non validé",
        "notStarted": "Pas commencé",
        "remaining": "Il reste {n} module(s) à valider avant l'attestation.",
        "done": "a suivi le parcours d'intégration réseaux sociaux",
        "on": "le",
        "score": "Score",
        "module": "Module",
        "unnamed": "(saisissez votre nom)",
        "review": "Relire : ",
        "up": "Monter",
        "down": "Descendre",
        "colon": " : ",
        "scrollTable": "Tableau défilant",
        "noLms": "Aucune plateforme de formation trouvée : le score ne sera pas enregistré.",
    },
    reference=ReferenceTexts(
        title="Référence des éditions",
        intro=(
            "Toutes les clés d'un fichier d'édition (`editions/<id>.yml`), générées à partir du schéma que `cmkb` "
            "applique : elles ne peuvent pas diverger du code. Une clé absente prend la valeur par défaut indiquée, ou "
            "une formulation générique dans la langue de l'édition. Les éditeurs qui lisent le JSON Schema complètent "
            "et vérifient le fichier pendant la saisie : voir `editions/edition.schema.json`."
        ),
        headers=("clé", "type", "signification", "par défaut", "exemple"),
        types={
            "text": "texte",
            "mapping": "ensemble de clés",
            "whole number": "nombre entier",
            "true or false": "true ou false",
            "list of text": "liste de textes",
            "list of mappings": "liste d'ensembles de clés",
            "required": "obligatoire",
            "generic entries in the edition's language": "entrées génériques dans la langue de l'édition",
        },
        descriptions={
            "title": "Titre du site. Par défaut, un titre construit avec le nom de l'entreprise.",
            "language": "Langue de l'interface, de la recherche et des playbooks : `fr` ou `en`.",
            "languages": "Pour un site en plusieurs langues, à la place de `language` : les langues, la principale d'abord. Tout texte peut alors être donné une fois pour toutes, ou par langue sous la forme `{fr: ..., en: ...}`.",
            "company": "L'entreprise à qui l'édition est destinée.",
            "company.name": "Nom de l'entreprise, tel qu'il apparaît dans les pages et les déclarations.",
            "company.description": "Une phrase sur ce que fait l'entreprise.",
            "company.values": "Les valeurs qui guident les prises de position publiques.",
            "company.tone": "Le ton de la marque, en une phrase.",
            "branding": "Logo et couleurs.",
            "branding.logo": "Fichier du logo (SVG ou PNG), relatif au dossier de l'édition `editions/<id>/`.",
            "branding.primary": "Couleur principale : un nom de la palette Material ou une valeur `#rrggbb`. Le bandeau "
            "la garde telle quelle, son texte en noir ou en blanc selon le meilleur contraste ; liens et boutons l'utilisent "
            "sur fond blanc, foncée au besoin pour atteindre le contraste de 4,5:1 (WCAG AA) : `cmkb check` signale alors "
            "une valeur `#rrggbb` trop claire, son contraste mesuré et la couleur employée à sa place.",
            "branding.accent": "Couleur d'accent (survol, focus ; liens si c'est une valeur `#rrggbb`) : un nom de la "
            "palette Material ou une valeur `#rrggbb`. Comme texte sur fond blanc, elle est foncée au besoin jusqu'au "
            "contraste de 4,5:1 (WCAG AA) ; `cmkb check` signale une valeur `#rrggbb` trop claire, avec son contraste "
            "mesuré et la couleur employée à sa place.",
            "networks": "Les comptes que l'entreprise anime.",
            "networks[].name": "Le réseau.",
            "networks[].handle": "L'identifiant ou le nom de la page.",
            "networks[].purpose": "À quoi sert le compte.",
            "networks[].check_frequency": "À quelle fréquence le community manager le consulte. Par défaut, celle de la "
            "gouvernance.",
            "networks[].response_time": "Délai visé pour une première réponse publique. Par défaut, "
            "`governance.first_response`.",
            "networks[].platform": "La fiche plateforme qui couvre ce compte. Déduite de `name` pour les réseaux "
            "courants (X ou Twitter, Facebook, Instagram, LinkedIn, TikTok, YouTube, Threads, "
            "WhatsApp).",
            "networks[].owner": "Qui répond du compte (un rôle, ou un rôle et un nom).",
            "networks[].admins": "Qui détient les droits d'administration.",
            "networks[].two_factor": "Sa méthode de double authentification.",
            "networks[].recovery": "Le contact de récupération : qui peut reprendre la main sur le compte, et comment.",
            "networks[].pause": "Où suspendre les publications programmées et la publicité de ce compte.",
            "governance": "Qui décide quoi.",
            "governance.first_response": "Délai visé pour une première réponse publique à une question ou une "
            "réclamation.",
            "governance.check_frequency": "Fréquence de consultation des comptes, sauf indication contraire par réseau.",
            "governance.approvals": "Le circuit de validation : qui valide quel type de publication, dans quel délai.",
            "governance.approvals[].content": "Le type de publication ou de réponse.",
            "governance.approvals[].approver": "Le rôle qui valide (ou « community manager » quand aucune validation "
            "n'est requise).",
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
            "crisis.holding_statement_delay": "Délai de publication de la déclaration d'attente une fois la crise "
            "déclarée.",
            "crisis.unreachable_after": "Combien de temps essayer la personne qui décide, puis chaque suppléant, avant "
            "que la personne d'astreinte puisse publier seule la déclaration d'attente "
            "pré-validée.",
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
            "legal.jurisdiction": "`fr` : droit français (avec les règles européennes applicables en France) ; `eu` : "
            "règles de l'Union européenne seules, pour une entreprise qui vérifie son droit "
            "national avec son conseil ; `uk` : droit d'Angleterre et du pays de Galles (UK GDPR, "
            "ASA et code CAP). Par défaut `fr` pour une édition française, `eu` pour une édition "
            "anglaise (avec un avertissement de `cmkb check`).",
            "playbooks": "Les playbooks que l'édition inclut.",
            "playbooks.include": "Domaines (`crisis`) ou pages (`crisis/first-hour`) à inclure. Vide : tout.",
            "playbooks.exclude": "Domaines ou pages à retirer.",
            "pages": "Pages supplémentaires rédigées par l'entreprise.",
            "pages[].file": "Fichier Markdown, relatif au dossier de l'édition `editions/<id>/`.",
            "pages[].area": "Rubrique de navigation : un domaine existant (`culture`, `crisis`, `cases`...) ou "
            "`company`.",
            "overrides": "Identifiant de page → fichier Markdown du dossier de l'édition qui remplace cette page.",
            "onboarding": "Le parcours d'intégration.",
            "onboarding.modules": "Les modules de quiz, dans l'ordre où on les suit. Par défaut, tous.",
            "onboarding.exclude": "Modules à retirer.",
            "onboarding.pass_mark": "Score, en pourcentage, nécessaire pour valider un module.",
            "site": "Publication du site.",
            "site.offline": "Construire pour une ouverture depuis `file://` et tout serveur web (sans navigation "
            "instantanée). `false` : serveur web uniquement, avec navigation instantanée.",
            "site.url": "L'adresse de publication du site ; obligatoire avec `offline: false`. Avec elle, la page 404 sert aussi de page d'erreur du serveur web pour une adresse manquante à toute profondeur.",
            "site.feedback": "Où les lecteurs proposent une modification : l'adresse de création d'un ticket (https) ou une "
            "adresse `mailto:`. Chaque page affiche alors un lien « Proposer une modification » prérempli avec son titre "
            "et son adresse ; le site lui-même n'envoie rien.",
            "site.repo_url": "Le dépôt (https) qui contient les pages propres à l'édition ; avec `edit_path`, les pages "
            "de l'entreprise affichent un lien « Modifier cette page ».",
            "site.edit_path": "Chemin, après `repo_url`, qui ouvre la modification d'une page de l'édition : `{file}` "
            "désigne le fichier de la page dans le dossier de l'édition, `{edition}` l'identifiant de l'édition.",
        },
    ),
    # mirrors the edition's keys; `title` is formatted with the company's name
    defaults={
        "title": "Réseaux sociaux — {name}",
        "company": {"name": "Votre entreprise"},
        "governance": {
            "first_response": "1 h",
            "check_frequency": "trois fois par jour ouvré",
            "approvals": [
                {
                    "content": "Réponse à une question ou à une réclamation courante",
                    "approver": "Community manager (en autonomie)",
                    "delay": "1 h",
                },
                {
                    "content": "Publication prévue au calendrier éditorial",
                    "approver": "Responsable communication",
                    "delay": "24 h",
                },
                {
                    "content": "Annonce d'un produit, d'un partenariat ou d'un chiffre",
                    "approver": "Direction marketing",
                    "delay": "48 h",
                },
                {
                    "content": "Prise de position sur un sujet sensible",
                    "approver": "Direction générale",
                    "delay": "4 h",
                },
            ],
            "autonomy": [
                "Répondre aux questions fréquentes avec les réponses validées",
                "Remercier, relayer et aimer les contenus positifs qui respectent la charte",
                "Masquer ou supprimer un message contraire à la charte de modération",
                "Rediriger une réclamation vers le service client en message privé",
                "Décaler une publication programmée",
            ],
            "fast_track": {"approver": "Direction de la communication", "delay": "30 min"},
        },
        "crisis": {
            "levels": [
                {
                    "level": 1,
                    "name": "Incident",
                    "triggers": [
                        "Quelques messages négatifs isolés",
                        "Auteurs peu suivis",
                        "Aucune reprise médiatique",
                    ],
                    "actions": ["Répondre dans le délai habituel", "Consigner l'incident dans le suivi"],
                    "decides": "Community manager",
                },
                {
                    "level": 2,
                    "name": "Alerte",
                    "triggers": [
                        "Critiques qui se multiplient en quelques heures",
                        "Un compte influent ou un journaliste s'en empare",
                        "Une part notable des réactions approuve la critique",
                    ],
                    "actions": [
                        "Appeler la personne qui décide en crise",
                        "Suspendre les publications programmées",
                        "Préparer une déclaration d'attente",
                    ],
                    "decides": "Direction de la communication",
                },
                {
                    "level": 3,
                    "name": "Crise",
                    "triggers": [
                        "Reprise par des médias nationaux ou professionnels",
                        "Mise en cause de la sécurité, de la loi ou de l'éthique",
                        "Impact possible sur le chiffre d'affaires ou la réputation durable",
                    ],
                    "actions": [
                        "Réunir la cellule de crise",
                        "Publier la déclaration d'attente",
                        "Tenir une page de référence à jour",
                    ],
                    "decides": "Direction générale",
                },
            ],
            "holding_statement_delay": "1 h",
            "unreachable_after": "30 min",
            "decision_owner": {"role": "Direction de la communication"},
        },
        "legal": {"jurisdiction": "fr"},
    },
)

"""The edition: one company's knowledge base, described by one YAML file.

This module is the single source of truth for the edition schema. The JSON Schema file
(``editions/edition.schema.json``) and the managers' reference page are generated from
these models.
"""

from __future__ import annotations

import copy
import re
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import InvalidInput, Problem, did_you_mean, display_path
from .i18n import LANGUAGES, Jurisdiction, Lang, texts
from .text import text_problem
from .theme import COLOUR_NAMES, HEX
from .untrusted import edition_id_problem, symlink_problem
from .yamlsrc import Located, load_yaml

#: Largest edition file read.
MAX_EDITION_BYTES = 256 * 1024

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

Text = Annotated[str, Field(min_length=1, max_length=500)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True, str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _plain_text(cls, value: Any) -> Any:
        """Every text of an edition is one line without control characters (it lands in pages, YAML, XML)."""
        texts = [value] if isinstance(value, str) else []
        if isinstance(value, list):
            texts = [v for v in value if isinstance(v, str)]
        elif isinstance(value, dict):
            texts = [str(v) for kv in value.items() for v in kv]
        for text in texts:
            problem = text_problem(text)
            if problem:
                raise ValueError(problem)
        return value


class Company(Model):
    """Who the edition is for."""

    name: str = Field(
        "",
        max_length=120,
        description="The company's name, as it appears in pages and statements. Defaults to a generic wording in the edition's language.",
        examples=["Boulangeries Martin"],
    )
    description: str = Field(
        "",
        max_length=500,
        description="One sentence on what the company does.",
        examples=["Twelve bakeries in the Lyon area"],
    )
    values: list[Text] = Field(
        default_factory=list,
        description="The values that guide public positions.",
        examples=[["Proximity", "Craft", "Honesty"]],
    )
    tone: str = Field(
        "",
        max_length=500,
        description="The tone of voice in one sentence.",
        examples=["Warm, plain-spoken, never ironic about customers"],
    )


class Branding(Model):
    """Logo and colours of the site."""

    logo: str | None = Field(
        None,
        description="Logo file (SVG or PNG), relative to the edition's folder `editions/<id>/`.",
        examples=["logo.svg"],
    )
    primary: str = Field(
        "indigo",
        description="Primary colour: a Material palette name or a `#rrggbb` hex value. The header keeps it as given, "
        "its text black or white, whichever contrasts more; links and buttons use it on white, darkened where needed "
        "to reach a contrast of 4.5:1 (WCAG AA): `cmkb check` then warns about a `#rrggbb` value that is too light, "
        "with its measured contrast and the colour used instead.",
        examples=["teal", "#8a1538"],
    )
    accent: str = Field(
        "indigo",
        description="Accent colour (hover, focus; links when it is a `#rrggbb` value): a Material palette name or a "
        "`#rrggbb` hex value. As text on white it is darkened where needed to reach a contrast of 4.5:1 (WCAG AA); "
        "`cmkb check` warns about a `#rrggbb` value that is too light, with its measured contrast and the colour used "
        "instead.",
        examples=["amber"],
    )

    @field_validator("primary", "accent")
    @classmethod
    def _colour(cls, value: str) -> str:
        if value in COLOUR_NAMES or HEX.match(value):
            return value
        raise ValueError(
            f"'{value}' is not a colour: use a #rrggbb value or one of {', '.join(COLOUR_NAMES)}"
            + did_you_mean(value, COLOUR_NAMES)
        )


PLATFORMS = ("x", "facebook", "instagram", "linkedin", "tiktok", "youtube", "threads", "whatsapp")
# network names people write → the platform sheet that covers them
_PLATFORM_NAMES = {
    "x": "x",
    "twitter": "x",
    "x (twitter)": "x",
    "facebook": "facebook",
    "instagram": "instagram",
    "linkedin": "linkedin",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "threads": "threads",
    "whatsapp": "whatsapp",
    "whatsapp channels": "whatsapp",
    "chaîne whatsapp": "whatsapp",
}


class Network(Model):
    """A social network account the company runs: the register used in a crisis."""

    name: Text = Field(description="The network.", examples=["LinkedIn"])
    platform: Literal["x", "facebook", "instagram", "linkedin", "tiktok", "youtube", "threads", "whatsapp"] | None = (
        Field(
            None,
            description="The platform sheet that covers this account. Deduced from `name` for the usual networks (X or Twitter, Facebook, Instagram, LinkedIn, TikTok, YouTube, Threads, WhatsApp).",
            examples=["linkedin"],
        )
    )
    handle: str = Field(
        "", max_length=120, description="The account's handle or page name.", examples=["@boulangeries-martin"]
    )
    purpose: str = Field(
        "", max_length=300, description="What the account is for.", examples=["Recruiting and company news"]
    )
    check_frequency: str = Field(
        "",
        max_length=120,
        description="How often the community manager checks it. Defaults to the governance default.",
        examples=["3 times per working day"],
    )
    response_time: str = Field(
        "",
        max_length=60,
        description="Target delay for a first public answer. Defaults to `governance.first_response`.",
        examples=["2 h"],
    )
    owner: str = Field(
        "",
        max_length=120,
        description="Who is accountable for the account (a role, or a role and a name).",
        examples=["Head of communications"],
    )
    admins: str = Field(
        "",
        max_length=200,
        description="Who holds admin rights on it.",
        examples=["Head of communications, community manager"],
    )
    two_factor: str = Field(
        "", max_length=120, description="Its two-factor method.", examples=["Security key (two keys, one in the safe)"]
    )
    recovery: str = Field(
        "",
        max_length=200,
        description="The recovery contact: who can get the account back, and how.",
        examples=["IT service desk, recovery codes in the password manager"],
    )
    pause: str = Field(
        "",
        max_length=200,
        description="Where scheduled posts and ads for this account are paused.",
        examples=["Meta Business Suite › Planner; Ads Manager › Campaigns"],
    )

    @model_validator(mode="after")
    def _deduce_platform(self) -> Network:
        if self.platform is None:
            self.platform = _PLATFORM_NAMES.get(self.name.casefold())  # type: ignore[assignment]
        return self


class Approval(Model):
    """Who approves one kind of post, and how fast."""

    content: Text = Field(description="The kind of post or answer.", examples=["Product announcement"])
    approver: Text = Field(
        description="The role that approves it (or 'community manager' when no approval is needed).",
        examples=["Head of marketing"],
    )
    delay: Text = Field(description="Maximum delay for the approval.", examples=["4 h"])


class Contact(Model):
    """A person to call during a crisis."""

    role: Text = Field(description="The role in the crisis.", examples=["Legal counsel"])
    name: str = Field("", max_length=120, description="Who holds it.", examples=["Claire Dupont"])
    phone: str = Field(
        "", max_length=40, pattern=r"^[+0-9 ().-]*$", description="Phone number.", examples=["+33 6 12 34 56 78"]
    )
    email: str = Field(
        "",
        max_length=120,
        pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$",
        description="Email address.",
        examples=["claire.dupont@example.com"],
    )

    @property
    def label(self) -> str:
        """The role, and the name in brackets when there is one: `Legal counsel (Claire Dupont)`."""
        return f"{self.role} ({self.name})" if self.name else self.role


class FastTrack(Model):
    """The crisis fast track: one approver, a short delay."""

    approver: str = Field(
        "",
        max_length=120,
        description="The one role that approves statements during a crisis.",
        examples=["Head of communications"],
    )
    delay: str = Field("", max_length=60, description="Maximum delay for a fast-track approval.", examples=["30 min"])
    deputies: list[Contact] = Field(
        default_factory=list,
        description="Who approves, in this order, when the approver does not answer.",
        examples=[[{"role": "Communications manager", "name": "Léa Moreau", "phone": "+33 6 98 76 54 32"}]],
    )


class Governance(Model):
    """Who decides what."""

    first_response: str = Field(
        "",
        max_length=60,
        description="Target delay for a first public answer to a question or complaint.",
        examples=["1 h"],
    )
    check_frequency: str = Field(
        "",
        max_length=120,
        description="How often accounts are checked, unless a network says otherwise.",
        examples=["3 times per working day"],
    )
    approvals: list[Approval] | None = Field(
        None,
        description="The approval chain: who approves which kind of post, within what delay. Defaults to a generic three-line chain.",
    )
    autonomy: list[Text] | None = Field(
        None, description="What the community manager does alone, without approval. Defaults to a generic list."
    )
    fast_track: FastTrack = Field(default_factory=FastTrack, description="The crisis fast track.")


class DecisionOwner(Model):
    """The one person who decides during a crisis."""

    role: str = Field("", max_length=120, description="The role that decides.", examples=["Managing director"])
    name: str = Field("", max_length=120, description="Who holds it.", examples=["Paul Martin"])
    phone: str = Field(
        "", max_length=40, pattern=r"^[+0-9 ().-]*$", description="Phone number.", examples=["+33 6 12 34 56 78"]
    )
    deputies: list[Contact] = Field(
        default_factory=list,
        description="Who decides, in this order, when the decision owner does not answer.",
        examples=[[{"role": "Deputy managing director", "name": "Luc Bernard", "phone": "+33 6 22 33 44 55"}]],
    )

    @property
    def label(self) -> str:
        """The role, and the name in brackets when there is one."""
        return f"{self.role} ({self.name})" if self.name else self.role


class OnCallSlot(Model):
    """Who is on call, when, and how to reach them."""

    who: Text = Field(description="The person or team on call.", examples=["Malo Guillou (community manager)"])
    hours: Text = Field(description="When.", examples=["Weekdays 18:00–22:00, weekends 9:00–21:00"])
    phone: str = Field(
        "", max_length=40, pattern=r"^[+0-9 ().-]*$", description="Phone number.", examples=["+33 6 55 66 77 88"]
    )
    email: str = Field(
        "",
        max_length=120,
        pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$",
        description="Email address.",
        examples=["astreinte@example.com"],
    )


class OnCall(Model):
    """Cover outside office hours."""

    rota: list[OnCallSlot] = Field(default_factory=list, description="The on-call rota.")
    intake: str = Field(
        "",
        max_length=200,
        description="Where anyone sends an alert (a channel, an address, a number).",
        examples=["#social-alerts on Teams, or +33 6 00 00 00 00"],
    )


class Level(Model):
    """One crisis severity level."""

    level: int = Field(ge=1, le=9, description="Its number, 1 being the least severe.", examples=[1])
    name: Text = Field(description="Its name.", examples=["Incident"])
    triggers: list[Text] = Field(min_length=1, description="What puts a situation at this level.")
    actions: list[Text] = Field(min_length=1, description="What is done at this level.")
    decides: Text = Field(description="Who decides at this level.", examples=["Community manager"])


class Crisis(Model):
    """Crisis response settings."""

    levels: list[Level] | None = Field(
        None, description="The severity levels, least severe first. Defaults to three generic levels."
    )
    decision_owner: DecisionOwner = Field(
        default_factory=DecisionOwner, description="The one person who decides during a crisis."
    )
    contacts: list[Contact] = Field(default_factory=list, description="Escalation contacts by role.")
    holding_statement_delay: str = Field(
        "",
        max_length=60,
        description="Delay to publish a holding statement once a crisis is declared.",
        examples=["1 h"],
    )
    unreachable_after: str = Field(
        "",
        max_length=60,
        description="How long to try the decision owner, then each deputy, before the on-call person may publish the pre-approved holding statement alone.",
        examples=["30 min"],
    )
    on_call: OnCall = Field(
        default_factory=OnCall, description="Cover outside office hours: the rota and where alerts go."
    )

    @field_validator("levels")
    @classmethod
    def _levels_in_order(cls, levels: list[Level] | None) -> list[Level] | None:
        if levels is not None:
            numbers = [lv.level for lv in levels]
            if numbers != list(range(1, len(levels) + 1)):
                raise ValueError(f"levels must be numbered 1, 2, 3... in order; found {numbers}")
        return levels


class Department(Model):
    """A department with its social-media objectives."""

    name: Text = Field(description="The department.", examples=["Human resources"])
    objectives: list[Text] = Field(
        default_factory=list,
        description="Its objectives on social media.",
        examples=[["Attract applicants for shop jobs"]],
    )


class Selection(Model):
    """Which playbooks the edition includes."""

    include: list[str] = Field(
        default_factory=list,
        description="Areas (`crisis`) or page ids (`crisis/first-hour`) to include. Empty means all.",
        examples=[["culture", "crisis"]],
    )
    exclude: list[str] = Field(
        default_factory=list, description="Areas or page ids to leave out.", examples=[["governance/legal-essentials"]]
    )


class ExtraPage(Model):
    """A page written by the company, stored in the edition's folder."""

    file: Text = Field(
        description="Markdown file, relative to the edition's folder `editions/<id>/`.", examples=["pages/our-tools.md"]
    )
    area: str = Field(
        "company",
        description="Navigation area: an existing area (`culture`, `crisis`, `cases`...) or `company`.",
        examples=["cases"],
    )


class Onboarding(Model):
    """The onboarding path."""

    modules: list[str] | None = Field(
        None,
        description="Quiz modules in the order learners take them. Defaults to every module.",
        examples=[["culture", "crisis"]],
    )
    exclude: list[str] = Field(default_factory=list, description="Modules to leave out.")
    pass_mark: int = Field(80, ge=1, le=100, description="Score in percent needed to pass a module.", examples=[75])


class Site(Model):
    """How the site is published."""

    @model_validator(mode="after")
    def _instant_needs_url(self) -> Site:
        if not self.offline and not self.url:
            raise ValueError("offline: false (instant navigation) needs url: the address where the site is published")
        return self

    offline: bool = Field(
        True,
        description="Build for opening from `file://` and any web server (no instant navigation). Set to false for a web server only, with instant navigation.",
    )
    url: str = Field(
        "",
        max_length=300,
        pattern=r"^(https?://[^\s<>\"]+)?$",
        description="The address where the site is published, if any; required with `offline: false`. With it, the 404 page also works as the web server's error page for a missing address at any depth.",
        examples=["https://intranet.example.com/social/"],
    )
    feedback: str = Field(
        "",
        max_length=300,
        description='Where readers suggest a change: an issue tracker\'s new-issue address (https) or a `mailto:` address. Every page then shows a "Suggest a change" link pre-filled with its title and address; the site itself sends nothing.',
        examples=["https://gitlab.example.com/comms/handbook/-/issues/new", "mailto:handbook@example.com"],
    )
    repo_url: str = Field(
        "",
        max_length=300,
        description="The repository (https) that holds this edition's own pages; with `edit_path`, the company's pages show an \"Edit this page\" link.",
        examples=["https://gitlab.example.com/comms/handbook"],
    )
    edit_path: str = Field(
        "",
        max_length=300,
        description="Path after `repo_url` that edits one of the edition's pages: `{file}` stands for the page's file in the edition's folder, `{edition}` for the edition's id.",
        examples=["-/edit/main/editions/{edition}/{file}"],
    )

    @field_validator("feedback")
    @classmethod
    def _feedback(cls, value: str) -> str:
        if not value or _HTTPS.match(value):
            return value
        if value.lower().startswith("mailto:"):
            if _MAILTO.match(value):
                return value
            raise ValueError("not a valid mailto: address; write it as mailto:name@example.com")
        raise ValueError("use an https:// address of an issue tracker or a mailto:name@example.com address")

    @field_validator("repo_url")
    @classmethod
    def _repo_url(cls, value: str) -> str:
        if value and not _HTTPS.match(value):
            raise ValueError("use the repository's https:// address")
        return value

    @field_validator("edit_path")
    @classmethod
    def _edit_path(cls, value: str) -> str:
        if not value:
            return value
        unknown = set(re.findall(r"\{([^}]*)\}", value)) - {"file", "edition"}
        if "{file}" not in value or unknown or not _EDIT_PATH.match(value) or ".." in value.split("/"):
            raise ValueError(
                "write a path inside the repository with {file} (and optionally {edition}), e.g. "
                "-/edit/main/editions/{edition}/{file}"
            )
        return value

    @model_validator(mode="after")
    def _edit_needs_repo(self) -> Site:
        if self.edit_path and not self.repo_url:
            raise ValueError("edit_path needs repo_url: the repository's https:// address")
        return self


_HTTPS = re.compile(r"^https://[^\s<>\"'`\\]+$")
_MAILTO = re.compile(r"^mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(\?[^\s<>\"'`\\]*)?$", re.I)
_EDIT_PATH = re.compile(r"^[A-Za-z0-9._~/{}@+-]+$")


class Legal(Model):
    """Which law the legal pages state."""

    jurisdiction: Jurisdiction | None = Field(
        None,
        description="`fr`: French law (with the EU rules that apply in France); `eu`: EU-wide rules only, for a company that checks its national law with counsel; `uk`: the law of England and Wales (UK GDPR, ASA and CAP code). Defaults to `fr` for French editions and to `eu` for English ones (with a warning from `cmkb check`).",
        examples=["uk"],
    )


class Edition(Model):
    """One company's edition of the knowledge base."""

    title: str = Field(
        "",
        max_length=120,
        description="Site title. Defaults to a title built from the company's name.",
        examples=["Social media at Martin"],
    )
    language: Lang = Field(
        "fr", description="Language of the interface, the search and the playbooks: `fr` or `en`.", examples=["en"]
    )
    languages: list[Lang] = Field(
        default_factory=list,
        description="For a site in several languages, instead of `language`: the languages, the main one first. Any text may then be given once for all, or per language as `{fr: ..., en: ...}`.",
        examples=[["fr", "en"]],
    )
    company: Company = Field(default_factory=Company, description="Who the edition is for.")
    branding: Branding = Field(default_factory=Branding, description="Logo and colours.")
    networks: list[Network] = Field(default_factory=list, description="The accounts the company runs.")
    governance: Governance = Field(default_factory=Governance, description="Who decides what.")
    crisis: Crisis = Field(default_factory=Crisis, description="Crisis response settings.")
    departments: list[Department] = Field(
        default_factory=list, description="Departments and their social-media objectives."
    )
    legal: Legal = Field(default_factory=Legal, description="Which law the legal pages state.")
    playbooks: Selection = Field(default_factory=Selection, description="Which playbooks the edition includes.")
    pages: list[ExtraPage] = Field(default_factory=list, description="Extra pages written by the company.")
    overrides: dict[str, str] = Field(
        default_factory=dict,
        description="Page id → Markdown file in the edition's folder that replaces that playbook page.",
        examples=[{"crisis/first-hour": "pages/first-hour.md"}],
    )
    onboarding: Onboarding = Field(default_factory=Onboarding, description="The onboarding path.")
    site: Site = Field(default_factory=Site, description="How the site is published.")

    @model_validator(mode="before")
    @classmethod
    def _language_defaults(cls, data: Any) -> Any:
        """Fill what the edition leaves unset with its language's defaults, in one step."""
        if not isinstance(data, dict) or data.get("language", "fr") not in LANGUAGES:
            return data  # not a mapping, or an unknown language: validation reports it
        defaults = {k: v for k, v in texts(data.get("language", "fr")).defaults.items() if k != "title"}
        return _merge(defaults, data)  # the title is made from the company's name once validated

    @property
    def bilingual(self) -> bool:
        """One site in several languages (``languages:`` with more than one)."""
        return len(self.languages) > 1

    @model_validator(mode="after")
    def _derived_defaults(self) -> Edition:
        """Values that default to other values of the same edition."""
        if not self.title:
            self.title = texts(self.language).defaults["title"].format(name=self.company.name)
        for net in self.networks:
            net.check_frequency = net.check_frequency or self.governance.check_frequency
            net.response_time = net.response_time or self.governance.first_response
        return self


def _merge(defaults: Any, data: Any) -> Any:
    """``data`` over ``defaults``: mappings merge key by key; anything set (not null, not empty text) wins."""
    if isinstance(defaults, dict) and isinstance(data, dict):
        out = dict(data)
        for key, value in defaults.items():
            out[key] = _merge(value, data.get(key)) if key in data else copy.deepcopy(value)
        return out
    return copy.deepcopy(defaults) if data is None or data == "" else data


def _message(err: dict) -> str:
    kind = err["type"]
    loc = err["loc"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = _model_at(loc[:-1])
        known = list(parent.model_fields) if parent else []
        hint = did_you_mean(key, known)
        return f"unknown key '{key}'{hint}; known keys here: {', '.join(known)}"
    if kind == "missing":
        return f"'{loc[-1]}' is required here; add it"
    if kind == "literal_error" and loc and loc[-1] == "language":
        return f"unknown language {err['input']!r}; use {' or '.join(repr(lang) for lang in LANGUAGES)}"
    if kind == "string_pattern_mismatch":
        return f"'{_dotted(loc)}': {_PATTERN_HINTS.get(loc[-1], 'invalid value')} (got {err.get('input')!r})"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return (
        f"'{_dotted(loc)}': {msg} (got {err.get('input')!r})"
        if "input" in err and not isinstance(err.get("input"), (dict, list))
        else f"'{_dotted(loc)}': {msg}"
    )


_PATTERN_HINTS = {
    "email": "not an email address; write it as name@example.com",
    "phone": "not a phone number; use digits, spaces, +, (, ), . and - only",
    "url": "not a web address; start it with https:// or http://",
}


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc``."""
    model: Any = Edition
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        ann = field.annotation
        found = None
        for cand in (ann, *typing.get_args(ann), *[a for t in typing.get_args(ann) for a in typing.get_args(t)]):
            if isinstance(cand, type) and issubclass(cand, BaseModel):
                found = cand
                break
        if found is None:
            return None
        model = found
    return model


def edition_folder(path: Path) -> Path:
    """The folder holding an edition's own files: ``editions/<id>/`` beside ``editions/<id>.yml``."""
    return path.parent / path.stem


def validate_edition_data(src: Located) -> Edition:
    """Validate parsed YAML; every problem becomes a ``path:line`` message."""
    data = src.data if src.data is not None else {}
    if not isinstance(data, dict):
        raise InvalidInput([src.problem((), "an edition must be a mapping of keys (title:, language:, company: ...)")])
    src.data = data
    return src.validate(Edition, _message)


def check_paths(edition: Edition, src: Located) -> list[Problem]:
    """Files named by the edition exist and stay inside the edition's folder."""
    folder = edition_folder(src.path)
    problems = []
    named: list[tuple[tuple, str]] = []
    if edition.branding.logo:
        named.append((("branding", "logo"), edition.branding.logo))
    named += [(("pages", i, "file"), p.file) for i, p in enumerate(edition.pages)]
    named += [(("overrides", k), v) for k, v in edition.overrides.items()]
    for loc, rel in named:
        problem = _path_problem(folder, rel)
        if problem:
            problems.append(src.problem(loc, problem))
    return problems


def _path_problem(folder: Path, rel: str) -> str | None:
    """Why a file named by the edition cannot be read: outside the folder, through a link, missing."""
    shown = display_path(folder)
    why = symlink_problem(folder, rel)
    if why:
        return why
    target = folder / rel
    if not target.is_file():
        return f"file '{rel}' not found in {shown}/; check the name or add the file"
    return None


def resolve_file(path: Path, rel: str) -> Path:
    """A file named by an edition, already checked by :func:`check_paths` (never read through a link)."""
    return edition_folder(path) / rel


def edition_languages(src: Located) -> list[str]:
    """The edition's languages, the main one first: ``languages:``, or the one ``language:``."""
    data = src.data
    if "languages" not in data:
        return [data.get("language", "fr")]
    if "language" in data:
        raise InvalidInput(
            [
                src.problem(
                    ("language", "__key__"),
                    "both 'language' and 'languages' are given; keep 'language: fr' for one language "
                    "or 'languages: [fr, en]' for several",
                )
            ]
        )
    given = data["languages"]
    choices = " and ".join(repr(lang) for lang in LANGUAGES)
    if not isinstance(given, list) or not given:
        raise InvalidInput(
            [
                src.problem(
                    ("languages",),
                    f"'languages' is a list of languages, the main one first, e.g. [fr, en]; use {choices}",
                )
            ]
        )
    problems = []
    for i, lang in enumerate(given):
        if lang not in LANGUAGES:
            problems.append(src.problem(("languages", i), f"unknown language {lang!r}; use {choices}"))
        elif lang in given[:i]:
            problems.append(src.problem(("languages", i), f"language {lang!r} is given twice; give each language once"))
    if problems:
        raise InvalidInput(problems)
    return list(given)


def _per_language(value: Any) -> bool:
    """A mapping whose keys are all language codes: one value per language."""
    return isinstance(value, dict) and bool(value) and all(key in LANGUAGES for key in value)


def project_language(src: Located, lang: str, languages: list[str]) -> Located:
    """The edition's data in ``lang``: every ``{fr: ..., en: ...}`` mapping becomes its ``lang`` value.

    Line numbers follow the values (a problem in the English name points at the ``en:`` line).
    A mapping that lacks ``lang`` is reported at its own line.
    """
    problems: list[Problem] = []
    lines: dict[tuple, int] = {}

    def walk(value: Any, loc: tuple, at: tuple) -> Any:
        for suffix in ((), ("__key__",)):
            if (*at, *suffix) in src.lines:
                lines[(*loc, *suffix)] = src.lines[(*at, *suffix)]
        if _per_language(value):
            if lang not in value:
                given = ", ".join(f"{key}: ..." for key in languages)
                problems.append(
                    src.problem(
                        at,
                        f"'{_dotted(loc)}' has no '{lang}' value; give it as {{{given}}} or as one text for both",
                    )
                )
                return None
            return walk(value[lang], loc, (*at, lang))
        if isinstance(value, dict):
            return {key: walk(item, (*loc, key), (*at, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item, (*loc, i), (*at, i)) for i, item in enumerate(value)]
        return value

    data = walk(src.data, (), ())
    if problems:
        raise InvalidInput(problems)
    if "languages" in data:  # a site in several languages: this one is the edition's language here
        data = {"language": lang, **data, "languages": languages}
    lines.setdefault(("language",), lines.get(("languages",), 1))
    return Located(src.path, data, lines)


def load_editions(path: Path) -> list[tuple[Edition, Located]]:
    """Read, validate and check an edition file: one edition per language, the main one first.

    Raise :class:`InvalidInput` with every problem of every language.
    """
    wrong_name = edition_id_problem(path)
    if wrong_name:
        raise InvalidInput([wrong_name])
    src = load_yaml(path, MAX_EDITION_BYTES)
    if src.data is None:
        src.data = {}
    if not isinstance(src.data, dict):
        return [_load_one(src)]  # validation reports it
    languages = edition_languages(src)
    if languages[0] not in LANGUAGES:
        return [_load_one(src)]  # an unknown `language:`: validation reports it
    found, problems = [], []
    for lang in languages:
        try:
            found.append(_load_one(project_language(src, lang, languages)))
        except InvalidInput as exc:
            problems += [p for p in exc.problems if p not in problems]
    if problems:
        raise InvalidInput(problems)
    return found


def _load_one(src: Located) -> tuple[Edition, Located]:
    edition = validate_edition_data(src)
    problems = check_paths(edition, src)
    if problems:
        raise InvalidInput(problems)
    return edition, src


def load_edition(path: Path, language: str | None = None) -> tuple[Edition, Located]:
    """The edition in ``language`` (default: its main language); raise :class:`InvalidInput` on any problem."""
    found = load_editions(path)
    if language is None:
        return found[0]
    for edition, src in found:
        if edition.language == language:
            return edition, src
    edition, src = found[0]
    shown = ", ".join(edition.languages or [edition.language])
    raise InvalidInput(
        [src.problem(("languages",), f"this edition is not written in '{language}'; its languages: {shown}")]
    )

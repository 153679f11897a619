"""The edition schema exported for editors (JSON Schema) and for managers (a Markdown reference)."""

from __future__ import annotations

import json
from typing import Any

from .edition import Edition

SCHEMA_FILE = "editions/edition.schema.json"
REFERENCE_FILE = "docs/edition-reference.md"


def json_schema() -> dict:
    schema = Edition.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cmkb edition"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _resolve(schema: dict, node: dict) -> dict:
    if "$ref" in node:
        return schema["$defs"][node["$ref"].split("/")[-1]]
    for key in ("anyOf", "oneOf"):
        if key in node:
            for option in node[key]:
                if option.get("type") != "null":
                    return _resolve(schema, option)
    return node


def _type(schema: dict, node: dict) -> str:
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " or ".join(_type(schema, o) for o in node[key] if o.get("type") != "null")
    if "$ref" in node:
        return "mapping"
    if "enum" in node:
        return " or ".join(f"`{v}`" for v in node["enum"])
    if "const" in node:
        return f"`{node['const']}`"
    t = node.get("type", "any")
    if t == "array":
        item = node.get("items", {})
        return f"list of {'mappings' if '$ref' in item else _type(schema, item)}"
    if t == "object":
        return "mapping"
    return {"string": "text", "integer": "whole number", "boolean": "true or false"}.get(t, t)


def _fmt(value: Any) -> str:
    if value in (None, "", [], {}):
        return "—"
    return "`" + json.dumps(value, ensure_ascii=False) + "`"


def reference_markdown(lang: str = "en") -> str:
    """Every edition key with its meaning, type, default and an example, in English or French."""
    from . import reference_fr

    schema = json_schema()
    if lang == "fr":
        head = [f"# {reference_fr.TITLE}", "", reference_fr.INTRO, "", "| " + " | ".join(reference_fr.HEADERS) + " |"]
    else:
        head = [
            "# Edition reference",
            "",
            "Every key of an edition file (`editions/<id>.yml`), generated from the schema that",
            "`cmkb` validates against, so it cannot drift from the code. Unset keys take the",
            "default shown, or a generic wording in the edition's language where it says so.",
            "Editors that read JSON Schema complete and check the file as you type: see",
            f"`{SCHEMA_FILE}`.",
            "",
            "| key | type | meaning | default | example |",
        ]
    lines = head + ["| --- | --- | --- | --- | --- |"]

    def walk(node: dict, prefix: str) -> None:
        for name, prop in node.get("properties", {}).items():
            key = f"{prefix}{name}"
            target = _resolve(schema, prop)
            if target.get("type") == "array" and "$ref" in target.get("items", {}):
                item = schema["$defs"][target["items"]["$ref"].split("/")[-1]]
                lines.append(_row(key, prop, schema, lang))
                walk(item, f"{key}[].")
                continue
            lines.append(_row(key, prop, schema, lang))
            if "properties" in target:
                walk(target, f"{key}.")

    walk(schema, "")
    lines.append("")
    return "\n".join(lines)


def _language_default(key: str) -> str | None:
    """The default an unset key takes, per language (see cmkb/defaults.py)."""
    from .defaults import DEFAULTS

    scalar = {
        "title": "title", "company.name": "company_name", "governance.first_response": "first_response",
        "governance.check_frequency": "check_frequency", "crisis.holding_statement_delay": "holding_statement_delay",
        "crisis.decision_owner.role": "decision_owner_role",
    }
    if key in scalar:
        fr, en = (DEFAULTS[lang][scalar[key]] for lang in ("fr", "en"))
        return f"fr: `{fr}`; en: `{en}`" if fr != en else f"`{fr}`"
    if key in ("governance.fast_track.approver", "governance.fast_track.delay"):
        field = key.rsplit(".", 1)[1]
        fr, en = (DEFAULTS[lang]["fast_track"][field] for lang in ("fr", "en"))
        return f"fr: `{fr}`; en: `{en}`" if fr != en else f"`{fr}`"
    lists = {"governance.approvals": "approvals", "governance.autonomy": "autonomy", "crisis.levels": "levels"}
    if key in lists:
        return f"{len(DEFAULTS['fr'][lists[key]])} generic entries in the edition's language"
    return None


def _row(key: str, prop: dict, schema: dict, lang: str = "en") -> str:
    from . import reference_fr

    desc = prop.get("description") or _resolve(schema, prop).get("description", "")
    kind = _type(schema, prop)
    if lang == "fr":
        desc = reference_fr.DESCRIPTIONS[key]
        kind = reference_fr.TYPES.get(kind, kind)
    example = prop.get("examples", [None])[0] if prop.get("examples") else None
    default = prop.get("default")
    required = key.split(".")[-1].removesuffix("[]") in _resolve_parent_required(schema, key)
    default_txt = "required" if required else (_language_default(key) or _fmt(default))
    if lang == "fr":
        default_txt = default_txt.replace("generic entries in the edition's language", reference_fr.TYPES["generic entries in the edition's language"])
        default_txt = reference_fr.TYPES["required"] if default_txt == "required" else default_txt
    cell = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    return f"| `{key}` | {cell(kind)} | {cell(desc)} | {cell(default_txt)} | {cell(_fmt(example))} |"


def _resolve_parent_required(schema: dict, key: str) -> set[str]:
    parts = key.replace("[]", "").split(".")
    node: dict = schema
    for part in parts[:-1]:
        prop = node.get("properties", {}).get(part, {})
        node = _resolve(schema, prop)
        if node.get("type") == "array":
            node = _resolve(schema, node.get("items", {}))
    return set(node.get("required", []))

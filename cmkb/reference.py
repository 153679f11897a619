"""The edition schema exported for editors (JSON Schema) and for managers (a Markdown reference)."""

from __future__ import annotations

import json
from typing import Any

from .edition import Edition
from .i18n import LANGUAGES, texts

SCHEMA_FILE = "editions/edition.schema.json"
REFERENCE_FILE = "docs/edition-reference.md"


def json_schema() -> dict:
    schema = Edition.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cmkb edition"
    return schema


def json_schema_text() -> str:
    """The schema editors read: texts may also be given per language, as the loader accepts them."""
    schema = json_schema()
    for node in [schema, *schema["$defs"].values()]:
        for name, prop in node.get("properties", {}).items():
            if node is not schema or name not in ("language", "languages"):
                node["properties"][name] = _per_language(prop)
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


_ANNOTATIONS = ("title", "description", "default", "examples")


def _per_language(prop: dict) -> dict:
    """A text, or a list of texts, that may also be given as ``{fr: ..., en: ...}``."""
    text = prop.get("type") == "string" or (
        prop.get("type") == "array" and prop.get("items", {}).get("type") == "string"
    )
    if not text:
        return prop
    core = {k: v for k, v in prop.items() if k not in _ANNOTATIONS}
    by_language = {
        "type": "object",
        "properties": {lang: core for lang in LANGUAGES},
        "additionalProperties": False,
        "minProperties": 1,
    }
    return {**{k: v for k, v in prop.items() if k in _ANNOTATIONS}, "anyOf": [core, by_language]}


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
    """Every edition key with its meaning, type, default and an example, in the edition's language."""
    words = texts(lang).reference
    schema = json_schema()
    lines = [
        f"# {words.title}",
        "",
        words.intro,
        "",
        "| " + " | ".join(words.headers) + " |",
        "| --- | --- | --- | --- | --- |",
    ]

    def walk(node: dict, prefix: str) -> None:
        for name, prop in node.get("properties", {}).items():
            key = f"{prefix}{name}"
            target = _resolve(schema, prop)
            lines.append(_row(key, prop, schema, lang))
            if target.get("type") == "array" and "$ref" in target.get("items", {}):
                walk(schema["$defs"][target["items"]["$ref"].split("/")[-1]], f"{key}[].")
            elif "properties" in target:
                walk(target, f"{key}.")

    walk(schema, "")
    lines.append("")
    return "\n".join(lines)


def _language_default(key: str) -> str | None:
    """The default an unset key takes, per language (the `defaults` of cmkb/i18n)."""
    values = []
    for lang in LANGUAGES:
        node: Any = texts(lang).defaults
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        values.append(node)
    if all(v is None or isinstance(v, dict) for v in values):
        return None  # a mapping: its keys show their own defaults
    if isinstance(values[0], list):
        return f"{len(values[0])} generic entries in the edition's language"
    if len(set(map(str, values))) == 1:
        return f"`{values[0]}`"
    return "; ".join(f"{lang}: `{v}`" for lang, v in zip(LANGUAGES, values, strict=True))


def _row(key: str, prop: dict, schema: dict, lang: str = "en") -> str:
    words = texts(lang).reference
    desc = prop.get("description") or _resolve(schema, prop).get("description", "")
    if words.descriptions is not None:
        desc = words.descriptions[key]
    kind = _type(schema, prop)
    example = prop.get("examples", [None])[0] if prop.get("examples") else None
    required = key.split(".")[-1].removesuffix("[]") in _resolve_parent_required(schema, key)
    default = "required" if required else (_language_default(key) or _fmt(prop.get("default")))
    for english, translated in words.types.items():  # whole type words only: `list of text`, `required`...
        kind = translated if kind == english else kind
        default = (
            default.replace(english, translated) if english.startswith("generic") or default == english else default
        )

    def cell(value: str) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    return f"| `{key}` | {cell(kind)} | {cell(desc)} | {cell(default)} | {cell(_fmt(example))} |"


def _resolve_parent_required(schema: dict, key: str) -> set[str]:
    parts = key.replace("[]", "").split(".")
    node: dict = schema
    for part in parts[:-1]:
        prop = node.get("properties", {}).get(part, {})
        node = _resolve(schema, prop)
        if node.get("type") == "array":
            node = _resolve(schema, node.get("items", {}))
    return set(node.get("required", []))

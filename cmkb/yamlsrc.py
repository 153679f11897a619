"""YAML loading that remembers where each value came from.

PyYAML's composed node tree carries line numbers; we walk it beside the plain data so a
validation error at ``governance.approvals[2].delay`` can name the line it stands on.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import InvalidInput, Problem, display_path

# libyaml's parser when PyYAML has it (it has on the usual wheels): several times faster
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Limits for YAML that may come from a company: size (by default), nesting depth.
MAX_YAML_BYTES = 1024 * 1024
MAX_DEPTH = 20
_STR_TAG = "tag:yaml.org,2002:str"


class _UniqueKeyLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that refuses duplicate keys instead of keeping the last one silently."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key '{key}' (first given on line {seen[key] + 1}); keep only one",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class Located:
    """Parsed YAML data plus the line of every path inside it."""

    path: Path
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int:
        """Line of the deepest known prefix of ``loc`` (a tuple of keys and indexes)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def problem(self, loc: tuple, message: str, warning: bool = False) -> Problem:
        return Problem(display_path(self.path), self.line_of(loc), message, warning)

    def validate(self, model, message):
        """``model`` validated from this data; each error located and worded by ``message(err)``."""
        try:
            return model.model_validate(self.data)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                loc = tuple(err["loc"])
                # an unknown key is reported on the key's own line, not its value's
                at = (*loc, "__key__") if err["type"] == "extra_forbidden" else loc
                problems.append(self.problem(at, message(err)))
            raise InvalidInput(problems) from None


def _index_lines(node: yaml.Node, loc: tuple, lines: dict[tuple, int]) -> None:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR_TAG:
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "a list or mapping"
                raise _Refused(
                    key_node.start_mark, f'key {shown!r} is not text; quote it ("{shown}":) or use a plain name'
                )
            key = key_node.value
            lines[(*loc, key, "__key__")] = key_node.start_mark.line + 1
            _index_lines(value_node, (*loc, key), lines)
            # a null value (``key:``) sits on the key's line
            lines[(*loc, key)] = (
                key_node.start_mark.line + 1
                if value_node.tag.endswith(":null") or isinstance(value_node, yaml.ScalarNode)
                else value_node.start_mark.line + 1
            )
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*loc, i), lines)


class _Refused(Exception):
    def __init__(self, mark: Any, message: str):
        self.mark, self.message = mark, message


def _check_events(text: str) -> None:
    """Refuse aliases (a few bytes can expand to gigabytes) and deep nesting, from the event stream.

    The events come before any node is composed: nothing is expanded, nothing recurses.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                event.start_mark,
                f"YAML alias '*{event.anchor}': aliases and anchors are not allowed; write the value out in full",
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep; flatten the structure")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def parse_yaml(text: str, path: Path, line_offset: int = 0) -> Located:
    """Parse YAML text; syntax errors become :class:`InvalidInput` with the line."""
    shown = display_path(path)
    try:
        _check_events(text)
        # one parse: the node tree gives the lines (and refuses keys that are not text), then the data
        loader = _UniqueKeyLoader(text)
        try:
            node = loader.get_single_node()
            lines: dict[tuple, int] = {}
            if node is not None:
                _index_lines(node, (), lines)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except _Refused as exc:
        line = (exc.mark.line + 1 if exc.mark else 1) + line_offset
        raise InvalidInput([Problem(shown, line, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "end of stream" in (exc.problem or ""):
            mark = exc.context_mark  # an unclosed quote or bracket: point at where it opened
        line = (mark.line + 1 if mark else 1) + line_offset
        what = exc.problem or "invalid YAML"
        if exc.context and "duplicate key" not in what:
            what = f"{exc.context}, {what}"
        raise InvalidInput(
            [Problem(shown, line, f"YAML syntax: {what}; check the indentation and quoting around this line")]
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - non-marked errors are rare
        raise InvalidInput([Problem(shown, 1 + line_offset, f"YAML syntax: {exc}")]) from None
    except (RecursionError, ValueError, OverflowError, TypeError) as exc:  # a value PyYAML cannot build
        raise InvalidInput(
            [Problem(shown, 1 + line_offset, f"YAML value cannot be read ({exc}); simplify it")]
        ) from None
    if line_offset:
        lines = {k: v + line_offset for k, v in lines.items()}
    return Located(path, data, lines)


def load_yaml(path: Path, limit: int = MAX_YAML_BYTES) -> Located:
    """Read and parse a YAML file of at most ``limit`` bytes."""
    try:
        info = path.stat()
        size = info.st_size
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput([Problem(display_path(path), 0, "not a regular file; give a YAML file")])
        if size > limit:
            raise InvalidInput(
                [
                    Problem(
                        display_path(path), 1, f"file of {size} bytes, more than the {limit} allowed; make it smaller"
                    )
                ]
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput([Problem(display_path(path), 0, "file not found; check the path")]) from None
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            [Problem(display_path(path), 1, f"not UTF-8 text ({exc.reason}); save the file as UTF-8")]
        ) from None
    return parse_yaml(text, path)

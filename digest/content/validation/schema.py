"""Pydantic's findings as editors' problems: one line each, at the line of the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from digest.content.loader import Document, Location, field_name

__all__ = ["describe", "field_name", "validate_model"]
from digest.model.problems import Problem, did_you_mean

M = TypeVar("M", bound=BaseModel)


_TYPE_NAMES: dict[type, str] = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "empty",
    bytes: "binary data",
    dt.date: "a date",
    dt.datetime: "a date and time",
    set: "a set",
}


def describe(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _message(error: Any, model: type[BaseModel]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if value is None and kind.endswith("_type"):
        return "must not be empty"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, error["loc"][:-1])
        return "unknown key" + did_you_mean(str(error["loc"][-1]), {k: repr(k) for k in allowed})
    if kind in ("string_type", "string_sub_type"):
        hint = "; put it in quotes" if isinstance(value, bool | int | float) else ""
        return f"must be text, not {describe(value)}{hint}"
    if kind == "list_type":
        return f"must be a list, not {describe(value)}"
    if kind == "too_short":
        return "must have at least one item"
    if kind == "too_long":  # pydantic says "List should have at most 20 items after validation"
        context = error.get("ctx") or {}
        most, length = context.get("max_length"), context.get("actual_length")
        return f"has {length} items; at most {most} are allowed" if most else "has too many items"
    if kind == "string_too_long":
        most = (error.get("ctx") or {}).get("max_length")
        return f"is longer than {most:,} characters" if most else "is too long"
    if kind in ("bool_type", "bool_parsing"):
        shown = repr(value) if isinstance(value, str | int | float) else describe(value)
        return f"must be true or false, not {shown}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"must be a mapping of keys to values, not {describe(value)}"
    message: str = error["msg"]
    return message.removeprefix("Value error, ")


def _allowed_keys(model: type[BaseModel], location: Sequence[str | int]) -> list[str]:
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return []
        annotation = info.annotation
        args = getattr(annotation, "__args__", ())
        current = next(
            (a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)),
            None,
        )
        if current is None:
            return []
    return list(current.model_fields)


def validate_model(
    doc: Document, data: Any, model: type[M], base: Location = ()
) -> tuple[M | None, list[Problem]]:
    """`data` as a `model`, or None and one problem per pydantic error."""
    if not isinstance(data, dict):
        message = f"must be a mapping of keys to values, not {describe(data)}"
        return None, [doc.problem(base, field_name(base), message)]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            location = (*base, *error["loc"])
            problems.append(doc.problem(location, field_name(location), _message(error, model)))
        return None, problems

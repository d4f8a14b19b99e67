"""The closed set of rule kinds. Each module defines FIELDS (what a message template may use),
PARAMS (parameters and their defaults) and `run(ctx, rule) -> list[Finding]`."""

from __future__ import annotations

from types import ModuleType

from checker.kinds import (
    attribution,
    currency,
    date,
    entity_list,
    modality,
    name_spelling,
    negation,
    not_comparable,
    number,
    quote_wording,
    single_source,
    timeline,
    unit,
)

KINDS: dict[str, ModuleType] = {
    "attribution": attribution,
    "currency": currency,
    "date": date,
    "entity-list": entity_list,
    "modality": modality,
    "name-spelling": name_spelling,
    "negation": negation,
    "not-comparable": not_comparable,
    "number": number,
    "quote-wording": quote_wording,
    "single-source": single_source,
    "timeline": timeline,
    "unit": unit,
}

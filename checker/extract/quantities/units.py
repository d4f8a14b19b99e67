"""Units of what a figure counts: a measure in its dimension's base unit ("10 km" meets "10,000
m"), and the currency an amount's symbol or word stands for ("$" for several dollars)."""

from __future__ import annotations

from checker.extract.quantities.tables import BASE_UNIT, tables
from checker.records import Quantity


def to_base(q: Quantity) -> tuple[float, str] | None:
    """A measure in its dimension's base unit ("10 km" -> (10000.0, "m")), else None."""
    t = tables()
    m = t.measures.get(q.unit)
    if m is None or q.dimension not in (m.dimension, "age"):
        return None
    if m.dimension == "temperature":
        c = (q.value - 32) * 5 / 9 if m.unit == "fahrenheit" else q.value
        return (c, "celsius")
    return (q.value * m.factor, BASE_UNIT.get(m.dimension, m.unit))


def resolve_currency(form: str, default: str, sentence: str) -> str:
    """An ambiguous symbol takes the currency of the one country the sentence names."""
    t = tables()
    amb = t.ambiguous.get(form) or t.ambiguous.get(form.lower())
    if amb is None:
        return default
    hits = {iso for iso, rx in amb.cues if rx.search(sentence)}
    if len(hits) == 1:
        return next(iter(hits))
    return amb.default


def symbol_currencies(q: Quantity) -> tuple[str, tuple[str, ...]] | None:
    """For an amount whose symbol or word stands for several currencies ("$5", "50 pesos"):
    (the one it is read as without evidence, every one it may stand for); else None."""
    t = tables()
    if q.currency is None:
        return None
    text = q.text
    if text[-3:] == q.currency and text[-4:-3].isspace():
        return None  # "$1,083 CAD": the code after the amount says which
    prefix = next((f for f in t.prefix_longest_first if text.startswith(f)), None)
    low = text.lower()
    candidates = [prefix] if prefix else [w for w in t.ambiguous if low.endswith(" " + w)]
    for form in candidates:
        amb = t.ambiguous.get(form)
        if amb:
            return amb.default, (amb.default, *amb.also)
    return None


def currency_ambiguity(q: Quantity) -> tuple[str, ...]:
    """Other currencies an amount's symbol or word could mean ("$5" -> AUD, CAD, ...), or ()."""
    found = symbol_currencies(q)
    return tuple(c for c in found[1] if c != q.currency) if found else ()


def ambiguity_note(q: Quantity) -> str:
    """Why an amount's currency is a guess ("¥ is written for both ..."), or ""."""
    t = tables()
    alts = currency_ambiguity(q)
    if not alts:
        return ""
    for amb in t.ambiguous.values():
        if set(alts) <= {amb.default, *amb.also}:
            return amb.note
    return ""

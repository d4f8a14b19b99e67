"""`checker explain TOPIC`: what the report does that is no rule of its own.

Rules document themselves from their files (checker/explain.py). Families of copies are no
rule: they weigh every rule's findings. Their page is here, with an example story that the
test suite runs (tests/test_families.py), so the page cannot drift from what checker does.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, fields

from checker.families import DEFAULTS


@dataclass(frozen=True)
class Topic:
    name: str
    description: str
    example: tuple[tuple[str, str], ...]  # (source id, text)
    outcome: str  # what the report says of the example


FAMILIES = Topic(
    name="families",
    description=(
        "Outlets that run copies of one story (a wire story from AP, Reuters, AFP, IANS... "
        "republished with light edits) are one witness, not several. Two outlets are one "
        "family when their texts share at least {min_shared} near-identical sentences of "
        "{min_words} words or more ({min_shared_words} words in all; quotations left out, "
        "since outlets quote the same speaker without copying each other; rapidfuzz ratio "
        "{min_ratio:g} or more: an edited word, a dropped dateline), or when they credit the "
        "same one agency in their name or in a dateline, byline or sign-off ('MENLO PARK (AP) "
        "—', '/TASS/', '(AFP)' closing the text; the agencies and the names they are "
        "credited under are rules/lexicon/agencies.yaml, which a rules folder may extend). "
        'The report lists the families (every format; JSON: "families"). Each finding '
        "whose outlets include copies of one story says how many independent families stand "
        "on each side ('3 outlets, 1 family vs 2 outlets, 2 families'). A discrepancy "
        "inside one family is an editing difference: still reported, since a changed "
        "quotation in a copy matters, and said so in its message and in "
        "details.editing_difference. A single-source fact counts families: what only the "
        "copies of one story print is single-source, one finding citing each copy. Cost "
        "stays near-linear in sentences: sentences are sketched by the smallest hashes of "
        "their word trigrams (bottom-k MinHash), and only those sharing a sketch value are "
        "compared."
    ),
    example=(
        (
            "harbour-times",
            "LISBON (AFP) - Portugal's ferry operator Transtejo cancelled all crossings on "
            "Monday after a strike by its engineers entered its third day. The company said "
            "the walkout had stranded about 40,000 commuters who rely on the river service "
            'every morning. "We will not negotiate under pressure," chief executive Marta '
            "Lobo told reporters.",
        ),
        (
            "coast-herald",
            "Portugal's ferry operator Transtejo cancelled all crossings on Monday after a "
            "strike by its engineers entered its third day. The company said the walkout had "
            "stranded about 40,000 commuters who rely on the river service every morning. "
            '"We will never negotiate under pressure," chief executive Marta Lobo told '
            "reporters. (AFP)",
        ),
        (
            "river-post",
            "Ferry crossings between Lisbon and the south bank stopped on Monday as "
            "Transtejo engineers kept up their strike for a third day, leaving commuters to "
            "find buses and trains.",
        ),
    ),
    outcome=(
        "Families of copies: AFP: coast-herald, harbour-times (they share two "
        "near-identical sentences and both credit AFP). The changed quotation ('not' / "
        "'never') is reported as a conflict ('2 outlets, 1 family'): an editing "
        "difference within one family of copies. river-post is a family of its own."
    ),
)

TOPICS = {t.name: t for t in (FAMILIES,)}


def explain_topic(name: str) -> str | None:
    """The topic's page, or None when there is no such topic."""
    topic = TOPICS.get(name)
    if topic is None:
        return None
    params = {f.name: getattr(DEFAULTS, f.name) for f in fields(DEFAULTS)}
    out = [f"{topic.name}  (not a rule: it weighs every rule's findings)", ""]
    out += textwrap.wrap(topic.description.format(**params), 88) + [""]
    out.append("Parameters: " + ", ".join(f"{k}={v}" for k, v in params.items()))
    out += ["", "Example:"]
    for source, text in topic.example:
        out += textwrap.wrap(text, 86, initial_indent=f"  {source}: ", subsequent_indent="    ")
    out += ["", *textwrap.wrap(topic.outcome, 88)]
    out.append("\nDefined in checker/families.py and checker/witnesses.py")
    return "\n".join(out)

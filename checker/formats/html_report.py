"""One self-contained HTML page for reading a report: claims side by side, differences marked.

All article text reaches the page through Jinja2 autoescaping; Python only hands the template
plain strings and (text, changed) token lists, never markup. The inline style and script are
allowed by their sha256 in a Content-Security-Policy that forbids everything else, so even a
missed escape could not run script or load anything from the network.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from checker.records import Article, ClaimRef, Finding, Report, Source, Verdict

Segment = tuple[str, bool]  # (text, differs from another outlet's wording)

_TOKEN = re.compile(r"\s+|\w+(?:[.,'’\-]\w+)*|[^\w\s]")
# Typographic variants that are not a difference in wording.
_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "–": "-",
        "—": "-",
        "‒": "-",
        "−": "-",
    }
)

# A run of at most this many words against at most as many is a changed word or phrase; longer
# runs are rewording.
_PINPOINT = 3

VERDICT_TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.NOT_COMPARABLE: "Not comparable",
    Verdict.CONSISTENT: "Consistent",
    Verdict.SINGLE_SOURCE: "Single source",
}


def _is_number(key: str) -> bool:
    return any(ch.isdigit() for ch in key)


def _changed_words(a: list[str], b: list[str]) -> set[int]:
    """Indexes of a's tokens that differ from b, compared case- and quote-insensitively.

    Marked: a few words swapped, added or dropped between shared words ("affecting" for
    "effecting", "about 370" for "300"), and any number that differs. Not marked: where one
    outlet only quoted more (unmatched words at either end), a passage put in other words
    (a long run on both sides: marking all of it would point at nothing), punctuation.
    """
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if not any(tag == "equal" for tag, *_ in ops):
        return set()  # nothing in common: no word is "the" difference
    changed: set[int] = set()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or (tag == "delete" and (i1 == 0 or i2 == len(a))):
            continue
        if max(i2 - i1, j2 - j1) <= _PINPOINT:
            changed.update(range(i1, i2))
        else:
            theirs = {k for k in b[j1:j2] if _is_number(k)}
            changed.update(i for i in range(i1, i2) if _is_number(a[i]) and a[i] not in theirs)
    return {i for i in changed if not all(unicodedata.category(ch)[0] == "P" for ch in a[i])}


def word_diff(texts: Sequence[str]) -> list[list[Segment]]:
    """Split each text into segments, marking the words it does not share with some other text.

    "The bank is “affecting” the rules" against "The bank is "effecting" the rules" marks
    only affecting/effecting. Joining a text's segments gives the text back unchanged.
    """
    tokens = [_TOKEN.findall(t) for t in texts]
    words = [[i for i, tok in enumerate(toks) if not tok.isspace()] for toks in tokens]
    keys = [
        [toks[i].casefold().translate(_FOLD) for i in idx]
        for toks, idx in zip(tokens, words, strict=True)
    ]
    out: list[list[Segment]] = []
    for n, toks in enumerate(tokens):
        flags = [False] * len(toks)
        for m in range(len(texts)):
            if m != n:
                for w in _changed_words(keys[n], keys[m]):
                    flags[words[n][w]] = True
        # Mark the space between two marked words too, so "new law" is one highlight.
        for i in range(1, len(toks) - 1):
            if toks[i].isspace() and flags[i - 1] and flags[i + 1]:
                flags[i] = True
        segments: list[Segment] = []
        for tok, flag in zip(toks, flags, strict=True):
            if segments and segments[-1][1] == flag:
                segments[-1] = (segments[-1][0] + tok, flag)
            else:
                segments.append((tok, flag))
        out.append(segments)
    return out


def safe_url(url: str) -> str | None:
    """The URL if a reader may follow it (http or https with a host), else None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


@dataclass(frozen=True)
class ClaimView:
    segments: list[Segment]
    start: int
    end: int
    line: int | None


@dataclass(frozen=True)
class ColumnView:
    source: str
    outlet: str
    url: str  # as given, shown as text when it is not a followable link
    href: str | None
    published: str
    date_basis: str
    path: str
    language: str
    claims: list[ClaimView]


@dataclass(frozen=True)
class FindingView:
    id: str
    verdict: str
    rule: str
    kind: str
    severity: str
    message: str
    state: str
    note: str
    details: list[tuple[str, str]]
    columns: list[ColumnView]


def _detail_text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def _line(article: Article | None, offset: int) -> int | None:
    if article is None or not 0 <= offset <= len(article.text):
        return None
    return article.text.count("\n", 0, offset) + 1


def _source_view(source: str, src: Source | None) -> dict[str, str | None]:
    url = src.url if src else ""
    return {
        "source": source,
        "outlet": (src.outlet if src else "") or source,
        "url": url,
        "href": safe_url(url),
        "published": src.published.isoformat() if src and src.published else "",
        "date_basis": src.date_basis if src else "",
        "path": src.path if src else "",
        "language": src.language if src else "",
    }


def finding_view(
    finding: Finding, sources: dict[str, Source], articles: dict[str, Article]
) -> FindingView:
    claims: list[ClaimRef] = sorted(finding.claims, key=lambda c: (c.source, c.start, c.end))
    diffs = word_diff([c.text for c in claims])
    columns: list[ColumnView] = []
    for claim, segments in zip(claims, diffs, strict=True):
        view = ClaimView(
            segments, claim.start, claim.end, _line(articles.get(claim.source), claim.start)
        )
        if columns and columns[-1].source == claim.source:
            columns[-1].claims.append(view)
        else:
            meta = _source_view(claim.source, sources.get(claim.source))
            columns.append(ColumnView(**meta, claims=[view]))  # type: ignore[arg-type]
    return FindingView(
        id=finding.id,
        verdict=finding.verdict.value,
        rule=finding.rule,
        kind=finding.kind,
        severity=finding.severity,
        message=finding.message,
        state=finding.state.value,
        note=finding.note,
        details=[(k, _detail_text(v)) for k, v in finding.details],
        columns=columns,
    )


def _asset(name: str) -> str:
    return (resources.files("checker") / "templates" / name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def render(report: Report) -> str:
    import jinja2  # loaded only when HTML is asked for
    from markupsafe import Markup

    from checker import __version__

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "templates"),
        autoescape=True,  # every {{ }} is escaped; the template uses no |safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; style-src '{_csp_hash(css)}'; script-src '{_csp_hash(js)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    sources = {s.source: s for s in report.sources}
    articles = {a.source.source: a for a in report.articles}
    findings = sorted(report.findings, key=Finding.sort_key)
    groups = [
        (
            verdict.value,
            VERDICT_TITLES[verdict],
            [finding_view(f, sources, articles) for f in findings if f.verdict is verdict],
        )
        for verdict in Verdict
    ]
    return env.get_template("report.html.j2").render(
        story=report.story,
        version=__version__,
        csp=csp,
        # Our own static files, hashed into the CSP above: the only markup not escaped.
        css=Markup(css),
        js=Markup(js),
        summary=report.summary(),
        sources=[_source_view(s.source, s) for s in sorted(report.sources, key=lambda s: s.source)],
        groups=[g for g in groups if g[2]],
        rules=sorted({f.rule for f in findings}),
        states=sorted({f.state.value for f in findings}),
        stale=sorted(report.stale),
    )

"""One self-contained HTML page for reading a report: claims side by side, differences marked.

All article text reaches the page through Jinja2 autoescaping; Python only hands the template
plain strings and (text, changed) token lists, never markup. The inline style and script are
allowed by their sha256 in a Content-Security-Policy that forbids everything else, so even a
missed escape could not run script or load anything from the network.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from checker.formats.chart import STATE_CLASS, Chart, chart
from checker.formats.highlight import Segment, highlight, word_diff
from checker.records import Article, ClaimRef, Finding, Report, Source, Verdict
from checker.timeline import points_of, state_text, title, when_text

__all__ = ["render", "safe_url", "word_diff"]

VERDICT_TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.NOT_COMPARABLE: "Not comparable",
    Verdict.CONSISTENT: "Consistent",
    Verdict.SINGLE_SOURCE: "Single source",
}


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
    confidence: str  # "0.80"
    confidence_level: str  # "high", "medium", "low"
    message: str
    state: str
    note: str
    details: list[tuple[str, str]]
    columns: list[ColumnView]
    # a timeline finding's chart and its figures in time order (checker/formats/chart.py)
    chart: Chart | None = None
    chart_title: str = ""
    points: tuple[PointView, ...] = ()


@dataclass(frozen=True)
class PointView:
    when: str
    source: str
    figure: str
    state: str
    state_class: str
    basis: str


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
    diffs = highlight(finding, claims)
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
        confidence=f"{finding.confidence:.2f}",
        confidence_level=finding.confidence_level,
        message=finding.message,
        state=finding.state.value,
        note=finding.note,
        details=[(k, _detail_text(v)) for k, v in finding.details if not k.startswith("point_")],
        columns=columns,
        **_timeline_view(finding),
    )


def _timeline_view(finding: Finding) -> dict[str, object]:
    rows = points_of(finding.details) if finding.kind == "timeline" else []
    if not rows:
        return {}
    return {
        "chart": chart(rows),
        "chart_title": title(finding.details),
        "points": tuple(
            PointView(
                when_text(r),
                r.source,
                r.figure,
                state_text(r),
                STATE_CLASS.get(r.state, "current"),
                r.basis,
            )
            for r in rows
        ),
    }


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
        families=report.families,
    )

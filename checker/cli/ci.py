"""The CI commands: `checker baseline`, `checker resolve` and `checker ci`.

Thin: each command reads the configuration, calls the library (checker.check, the baseline and
resolutions modules) and turns the outcome into output and an exit code (checker.records.ExitCode).
checker/cli/__init__.py adds them to the app with `register(app)`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from checker.cli.common import (
    BaselineOpt,
    FormatOpt,
    IgnoreOpt,
    OutputOpt,
    QuietOpt,
    ResolutionsOpt,
    RulesOpt,
    SelectOpt,
    StoryArg,
    check_output,
    emit,
    guarded,
    pick_format,
    run_check,
    say,
    selection_of,
)
from checker.cli.progress import progress_display
from checker.config import FAIL_ON, Config, load_config, parse_confidence
from checker.errors import CheckerError
from checker.output import write_stdout
from checker.records import ExitCode, Finding, Report, StaleEntry, State


def register(app: typer.Typer) -> None:
    app.command("baseline")(baseline)
    app.command("resolve")(resolve)
    app.command("ci")(ci)


# ---------------------------------------------------------------- checker baseline


@guarded
def baseline(
    story: StoryArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            show_default=False,
            help="Baseline file to write (default: config `baseline`, else checker-baseline.json).",
        ),
    ] = None,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Record today's findings as known, so `checker ci` fails only on new ones.

    The file is sorted JSON, one finding per line, no timestamps:
    commit it. Rewriting it for an unchanged story changes nothing.
    Keep it outside the story folder.
    """
    from checker.baseline import BaselineEntry, load_baseline, save_baseline
    from checker.corpus.output import is_corpus_output

    if is_corpus_output(story):  # a corpus: one baseline per story id (docs/ci.md)
        from checker.cli.corpus import baseline_corpus

        return baseline_corpus(story, output)
    config = load_config()
    path = output or Path(config.baseline)
    check_output(path, story)
    before = load_baseline(path)  # refuse to overwrite a file that is not a baseline
    with progress_display(quiet) as progress:
        report = run_check(story, config, selection_of(config, rules, select, ignore), progress)
    entries = {f.id: BaselineEntry.of(f) for f in report.findings}
    changed = save_baseline(path, entries.values())
    added = len(entries.keys() - before.keys())
    dropped = len(before.keys() - entries.keys())
    what = f"{added} added, {dropped} dropped" if changed else "unchanged"
    say(f"baseline: {path}: {len(entries)} findings ({what})")


# ---------------------------------------------------------------- checker resolve


@guarded
def resolve(
    finding_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            show_default=False,
            help="The finding's id, as `checker diff` and `checker ci` show it.",
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            show_default=False,
            help="corrected (an outlet fixed it), accepted (the difference is real and fine) "
            "or false-alarm (checker was wrong).",
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            metavar="TEXT",
            show_default=False,
            help="Why, in a sentence: readers of the report see it.",
        ),
    ] = None,
    by: Annotated[str, typer.Option("--by", metavar="NAME", help="Who decided.")] = "",
    resolutions: ResolutionsOpt = None,
    from_csv: Annotated[
        Path | None,
        typer.Option(
            "--from-csv",
            metavar="FILE",
            show_default=False,
            help="Import the decisions an editor filled in a `checker diff --format csv` "
            "(or xlsx) export, instead of giving one ID.",
        ),
    ] = None,
    from_xlsx: Annotated[
        Path | None,
        typer.Option(
            "--from-xlsx",
            metavar="FILE",
            show_default=False,
            help="The same for a `checker diff --format xlsx` workbook.",
        ),
    ] = None,
    story: Annotated[
        Path | None,
        typer.Option(
            "--story",
            metavar="STORY",
            show_default=False,
            help="Accept only ids of findings in STORY's current report (run with the rules, "
            "--select and --ignore that `checker ci` uses).",
        ),
    ] = None,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Record an editor's decision on a finding: it shows as resolved, never fails CI.

    Decisions live in a sorted JSON file, one line per finding
    (checker-resolutions.json by default), that merges cleanly in git.
    A second decision on the same ID replaces the first.
    With --from-csv FILE (or --from-xlsx FILE), the decisions filled in an export;
    a row without decided_by takes --by.
    With --story STORY, an ID that is not a finding of STORY is refused.
    """
    from checker.resolutions import Resolution, add_resolutions, check_resolution, parse_status

    config = load_config()
    path = resolutions or Path(config.resolutions)
    check_output(path, story)
    if story is None and (rules is not None or select or ignore):
        raise CheckerError("resolve", "--rules, --select and --ignore need --story STORY")
    if from_csv is not None and from_xlsx is not None:
        raise CheckerError("resolve", "give --from-csv FILE or --from-xlsx FILE, not both")
    sheet = from_csv if from_csv is not None else from_xlsx
    if sheet is not None:
        if finding_id or status or note:
            raise CheckerError("resolve", "give either --from-csv FILE or ID --status --note")
        known = _finding_ids(story, config, rules, select, ignore) if story is not None else None
        _import_csv(sheet, path, by.strip(), known)
        return
    if not finding_id or status is None or note is None:
        raise CheckerError("resolve", "give a finding ID, --status and --note (or --from-csv FILE)")
    decision = Resolution(finding_id, parse_status(status, "--status"), note.strip(), by.strip())
    check_resolution(decision, str(path))  # a malformed id is refused before the story runs
    if story is not None and finding_id not in _finding_ids(story, config, rules, select, ignore):
        raise CheckerError(finding_id, f"no such finding in the current report of {story}")
    changes = add_resolutions(path, [decision])
    done = "recorded" if changes.added else "updated" if changes.updated else "already recorded"
    say(f"resolve: {path}: {finding_id} {decision.status}: {done}")


def _finding_ids(
    story: Path,
    config: Config,
    rules: Path | None,
    select: list[str] | None,
    ignore: list[str] | None,
) -> frozenset[str]:
    """The ids of STORY's current findings, with the rule selection `checker ci` would use."""
    report = run_check(story, config, selection_of(config, rules, select, ignore))
    return frozenset(f.id for f in report.findings)


def _import_csv(
    csv_path: Path, resolutions: Path, by: str, known_ids: frozenset[str] | None
) -> None:
    from checker.csv_import import import_csv_decisions  # issue 4: the CSV round trip

    result = import_csv_decisions(csv_path, resolutions, known_ids=known_ids, by=by)
    for row in result.unmatched:
        say(f"warning: {csv_path}:{row.line}: {row.finding_id or '(no id)'}: {row.reason}")
    imported = _count(len(result.imported), "decision", "decisions")
    unused = _count(len(result.unmatched), "row", "rows")
    undecided = f", {_count(result.undecided, 'row', 'rows')} undecided" if result.undecided else ""
    say(
        f"resolve: {resolutions}: {imported} imported from {csv_path}, {unused} not used{undecided}"
    )


# ---------------------------------------------------------------- checker ci


@guarded
def ci(
    story: StoryArg,
    baseline: BaselineOpt = None,
    resolutions: ResolutionsOpt = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="WHAT",
            show_default=False,
            help="conflict: fail on new conflicts; any: on new not-comparable findings too "
            "(default: config `fail-on`, else conflict).",
        ),
    ] = None,
    min_confidence: Annotated[
        str | None,
        typer.Option(
            "--min-confidence",
            metavar="LEVEL",
            show_default=False,
            help="Fail only on findings at least this sure: a number from 0 to 1, or low, "
            "medium (0.5), high (0.75); others are listed, not failing (default: config "
            "`min-confidence`, else 0).",
        ),
    ] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Rewrite the baseline without its stale entries.")
    ] = False,
    format: FormatOpt = None,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    corpus: Annotated[
        bool,
        typer.Option(
            "--corpus",
            help="STORY is a corpus feed or folder, grouped and checked like `checker corpus` "
            "(a corpus output folder is recognised without it); --baseline and --resolutions "
            "then name folders of <story-id>.json files.",
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Fail the build only on new, unresolved conflicts.

    \b
    Exit 0: every conflict is in the baseline or resolved.
    Exit 1: at least one new conflict (each listed with its id).
    Exit 2: a usage, configuration, input or internal error.

    Baseline or resolution entries no longer found are reported, never fatal.
    With --format or -o it also writes the report, e.g. --format sarif -o checker.sarif.
    """
    from checker.baseline import load_baseline, save_baseline
    from checker.states import failing

    config = load_config()
    gate = fail_on or config.fail_on
    if gate not in FAIL_ON:
        raise CheckerError("--fail-on", f"unknown value {gate!r} (expected {' or '.join(FAIL_ON)})")
    floor = config.min_confidence
    if min_confidence is not None:
        floor = parse_confidence(
            min_confidence, lambda what: CheckerError("--min-confidence", what)
        )
    from checker.corpus.output import is_corpus_output

    if corpus or is_corpus_output(story):
        if format or output:
            raise CheckerError("--format", "not for a corpus: `checker corpus` writes the reports")
        from checker.cli.corpus import ci_corpus

        return ci_corpus(story, baseline, resolutions, gate, prune, rules, select, ignore, floor)
    fmt = pick_format(format, config) if format or output else None
    check_output(output, story)
    baseline_path = baseline or Path(config.baseline)
    resolutions_path = resolutions or Path(config.resolutions)
    with progress_display(quiet) as progress:
        report = run_check(
            story,
            config,
            selection_of(config, rules, select, ignore),
            progress,
            baseline=baseline_path,
            resolutions=resolutions_path,
        )
    bad = failing(report, gate, floor)
    if fmt is not None:
        emit(report, fmt, output, story)
    # The list of failing findings goes to stdout, unless the report is already there.
    if fmt is not None and output is None:
        sys.stderr.write(_describe(bad, report))
        sys.stderr.flush()
    else:
        write_stdout(_describe(bad, report))
    for entry in report.stale:
        path = baseline_path if entry.file == "baseline" else resolutions_path
        say(f"warning: {path}: {_stale(entry)}")
    if prune:
        check_output(baseline_path, story)
        gone = {e.id for e in report.stale if e.file == "baseline"}
        if gone:
            kept = [e for e in load_baseline(baseline_path).values() if e.id not in gone]
            save_baseline(baseline_path, kept)
            say(f"ci: {baseline_path}: pruned {_count(len(gone), 'stale entry', 'stale entries')}")
    say(f"ci: {_summary(report, bad, gate, floor)}")
    raise typer.Exit(ExitCode.FINDINGS if bad else ExitCode.OK)


def _describe(findings: tuple[Finding, ...], report: Report) -> str:
    """Each finding's id, verdict, rule and message, then each claim at path:line:column."""
    from checker.positions import LineIndex

    index = LineIndex(report.articles)
    paths = {s.source: s.path for s in report.sources}
    lines = []
    for finding in findings:
        lines.append(f"{finding.id}  {finding.verdict.value}  {finding.rule}  {finding.message}")
        for claim in finding.claims:
            where = paths.get(claim.source, claim.source)
            if claim.source in index:
                line, column = index.position(claim.source, claim.start)
                where = f"{where}:{line}:{column}"
            lines.append(f"    {where}: {' '.join(claim.text.split())}")
    return "".join(f"{line}\n" for line in lines)


def _stale(entry: StaleEntry) -> str:
    if entry.file == "baseline":
        about = "; ".join(x for x in (entry.rule, ", ".join(entry.sources)) if x)
        return (
            f"{entry.id} ({about}) is no longer found: the finding went away "
            "(`checker ci --prune` drops it)"
        )
    return f"{entry.id} ({entry.note}) matches no finding any more"


def _summary(report: Report, bad: tuple[Finding, ...], gate: str, floor: float = 0.0) -> str:
    states = {s: sum(1 for f in report.findings if f.state is s) for s in State}
    counts = (
        f"{len(report.findings)} findings: {states[State.NEW]} new, "
        f"{states[State.KNOWN]} known, {states[State.RESOLVED]} resolved"
    )
    if report.stale:
        counts += f"; {_count(len(report.stale), 'stale entry', 'stale entries')}"
    from checker.states import failing

    below = len(failing(report, gate)) - len(bad)
    if below:
        counts += f"; {below} below confidence {floor:.2f}, not failing"
    if not bad:
        return f"passed ({counts})"
    what = "conflict" if gate == "conflict" else "conflict or not-comparable finding"
    return (
        f"failed: {_count(len(bad), f'new unresolved {what}', f'new unresolved {what}s')} "
        f"({counts})"
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"

"""`checker fetch`: a story folder built from article URLs.

Each page is downloaded with trafilatura (a timeout, a size cap, SSRF protection: no private
or loopback addresses unless asked, no silent fallback to unverified TLS) and its article
text extracted as for a `.html` file. The folder gets one `<source>.txt` per article (the
text checker reads, so offsets in reports index that file) and a `sources.csv` with outlet,
url, published and language from the page's metadata. A URL that fails is reported and left
out; the others are kept. The folder appears whole or not at all, and is never overwritten.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from checker.errors import CheckerError
from checker.ingest.capture import Capture
from checker.limits import DEFAULT_LIMITS, Limits
from checker.progress import Progress, silent

_LABEL = re.compile(r"[^a-z0-9]+")
_SKIP_LABELS = {"www", "amp", "m", "mobile", "edition", "news"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True)
class Fetched:
    url: str
    source: str
    capture: Capture


@dataclass(frozen=True)
class Failed:
    url: str
    reason: str


@dataclass(frozen=True)
class FetchResult:
    folder: Path
    fetched: tuple[Fetched, ...]
    failed: tuple[Failed, ...]


def source_id(url: str, taken: set[str]) -> str:
    """A source id from the site's name: https://www.harbourtimes.example/x -> harbourtimes."""
    host = (urlsplit(url).hostname or "page").lower()
    labels = [lab for lab in host.split(".") if lab not in _SKIP_LABELS]
    name = _LABEL.sub("-", labels[0] if len(labels) > 1 else (labels or ["page"])[0]).strip("-")
    name = name or "page"
    chosen, n = name, 1
    while chosen in taken:
        n += 1
        chosen = f"{name}-{n}"
    taken.add(chosen)
    return chosen


class _Reasons(logging.Handler):
    """trafilatura says why a download failed only in its log: keep the last error."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.last = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.last = record.getMessage()


def _config(timeout: float, allow_private: bool, limits: Limits) -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, round(timeout))))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(limits.max_file_bytes))
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    return config


def fetch_page(url: str, config: ConfigParser, limits: Limits) -> Capture:
    """Download one page and extract its article; CheckerError(url, why) when it cannot."""
    from trafilatura.downloads import fetch_response

    from checker.ingest.decoding import decode
    from checker.ingest.html import from_html

    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise CheckerError(url, "only http:// and https:// URLs are fetched")
    reasons = _Reasons()
    logger = logging.getLogger("trafilatura")
    logger.addHandler(reasons)
    try:
        response = fetch_response(url, config=config)
    finally:
        logger.removeHandler(reasons)
    if response is None:
        why = reasons.last.replace(url, "").strip(" :") or "no response"
        raise CheckerError(url, f"download failed: {why}")
    if response.status != 200:
        raise CheckerError(url, f"the server answered HTTP {response.status}")
    data = response.data or b""
    if not data.strip():
        raise CheckerError(url, "the server sent an empty page")
    headers = getattr(response, "headers", None) or {}
    declared = _CHARSET.search(headers.get("content-type", ""))
    text, encoding = decode(data, url, declared.group(1) if declared else None)
    capture = from_html(text, encoding, url)
    limits.check_text(capture.text, url)
    return capture


def _manifest(fetched: Sequence[Fetched]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "file", "outlet", "url", "published", "language"])
    for f in fetched:
        c = f.capture
        writer.writerow(
            [f.source, f"{f.source}.txt", c.outlet, c.url or f.url, c.published, c.language]
        )
    return out.getvalue()


def _claim_target(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise CheckerError(target, "exists and is not a folder; fetch writes a new story folder")
    if target.is_dir() and any(target.iterdir()):
        raise CheckerError(target, "exists and is not empty; fetch never overwrites a story")


def fetch_story(
    urls: Sequence[str],
    target: Path,
    *,
    timeout: float = 20.0,
    allow_private: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = silent,
) -> FetchResult:
    """Fetch `urls` into the new story folder `target`; the URLs that failed are listed in the
    result. CheckerError (nothing written) when none could be fetched or `target` is taken."""
    if not urls:
        raise CheckerError("fetch", "give at least one URL")
    _claim_target(target)
    config = _config(timeout, allow_private, limits)
    taken: set[str] = set()
    fetched: list[Fetched] = []
    failed: list[Failed] = []
    for i, url in enumerate(urls, 1):
        try:
            capture = fetch_page(url, config, limits)
        except CheckerError as err:
            failed.append(Failed(url, err.what))
        else:
            fetched.append(Fetched(url, source_id(capture.url or url, taken), capture))
        progress("fetch", i, len(urls))
    if not fetched:
        reasons = "; ".join(f"{f.url}: {f.reason}" for f in failed)
        raise CheckerError(target, f"no page could be fetched ({reasons})")
    _write(target, fetched)
    return FetchResult(target, tuple(fetched), tuple(failed))


def _write(target: Path, fetched: Sequence[Fetched]) -> None:
    """Write the folder beside `target` and rename it into place: never half a story."""
    parent = target.parent if str(target.parent) else Path(".")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    except OSError as err:
        raise CheckerError(parent, f"cannot write here: {err.strerror or err}") from None
    try:
        for f in fetched:
            (staging / f"{f.source}.txt").write_text(f.capture.text + "\n", encoding="utf-8")
        (staging / "sources.csv").write_text(_manifest(fetched), encoding="utf-8")
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it 0700
        _claim_target(target)  # again: another process may have made it meanwhile
        if target.is_dir():
            target.rmdir()  # empty, checked above
        os.rename(staging, target)
    except OSError as err:
        raise CheckerError(target, f"cannot write the story: {err.strerror or err}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

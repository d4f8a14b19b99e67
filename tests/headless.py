"""Headless Chromium for the HTML report: the DOM after scripts ran, console errors, screenshots.

Used by tests/test_html.py and by `make screenshot`:

    python tests/headless.py REPORT.html OUT.png [FRAGMENT [WIDTH,HEIGHT]]

FRAGMENT (e.g. "verdict=conflict") sets the report's filters before the picture is taken.

Only the standard library: the browser's own --dump-dom and --screenshot switches.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Quiet, offline, throwaway profile: nothing in a test run may reach the network.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
)
_CONSOLE = re.compile(r"(INFO|WARNING|ERROR):CONSOLE[^\]]*\]\s*(.*)")


def find_browser() -> str | None:
    """Path of a Chromium that starts, or None."""
    for name in (os.environ.get("CHECKER_BROWSER", ""), *CANDIDATES):
        path = shutil.which(name) if name else None
        if not path:
            continue
        try:
            done = subprocess.run([path, "--version"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return path
    return None


@dataclass(frozen=True)
class Page:
    dom: str  # serialised DOM after the page's scripts ran
    console: tuple[str, ...]  # console messages: script errors, CSP violations, logs


def _run(browser: str, args: list[str], workdir: Path) -> subprocess.CompletedProcess[str]:
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=workdir))
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def load(browser: str, url: str, workdir: Path, size: str | None = None) -> Page:
    """The page's DOM after its scripts ran, in a window of `size` ("WIDTH,HEIGHT") if given."""
    window = [f"--window-size={size}"] if size else []
    done = _run(browser, [*window, "--dump-dom", url], workdir)
    if not done.stdout.strip():
        raise RuntimeError(f"{browser} printed no DOM for {url}: {done.stderr[-2000:]}")
    console = tuple(m.group(2) for m in map(_CONSOLE.search, done.stderr.splitlines()) if m)
    return Page(done.stdout, console)


# Headless Chromium opens no window narrower than this.
MIN_WIDTH = 500


def narrow_copy(page: Path, width: int, workdir: Path) -> Path:
    """A copy of a report laid out in a root `width` px wide, for widths below MIN_WIDTH (the
    page's narrow-screen rules apply below 640 px either way). The copy drops the page's CSP,
    which would refuse the one style rule this adds."""
    html = page.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    html = html.replace("</head>", f"<style>html {{ width: {width}px; }}</style></head>")
    copy = workdir / f"{page.stem}-{width}px.html"
    copy.write_text(html, encoding="utf-8")
    return copy


def screenshot(browser: str, url: str, png: Path, workdir: Path, size: str = "1280,2000") -> None:
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    width, height = (int(n) for n in size.split(","))
    if width < MIN_WIDTH and url.startswith("file:"):
        path, _, fragment = url.partition("#")
        page = Path(urllib.parse.unquote(urllib.parse.urlsplit(path).path))
        url = narrow_copy(page, width, workdir).as_uri() + (f"#{fragment}" if fragment else "")
        size = f"{width},{height}"
    window = f"{max(width, MIN_WIDTH)},{height}"
    done = _run(browser, [f"--screenshot={png.resolve()}", f"--window-size={window}", url], workdir)
    if not png.is_file():
        raise RuntimeError(f"{browser} wrote no screenshot: {done.stderr[-2000:]}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3, 4):
        print("usage: python tests/headless.py REPORT.html OUT.png [FRAGMENT [WIDTH,HEIGHT]]",
              file=sys.stderr)
        return 2
    browser = find_browser()
    if browser is None:
        print("no Chromium found (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        url = Path(argv[0]).resolve().as_uri() + (f"#{argv[2]}" if len(argv) > 2 else "")
        size = argv[3] if len(argv) > 3 else "1280,2000"
        screenshot(browser, url, Path(argv[1]), Path(tmp), size)
    print(f"wrote {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Writing what checker produces: a file is either whole on disk or not changed at all.

`write_atomic` writes a temp file beside the target, checks every write, fsyncs and renames it
over the target. The temp file is removed on every exit path Python sees (errors, Ctrl-C,
SIGTERM, SIGHUP); a `kill -9` cannot be caught, so temp files carry a name no one takes for a
report (hidden, `.checker-partial-<pid>-<random>`, no report suffix), and the next write to
the same target removes those its dead writers left.

`check_output_path` is what `-o` refuses before any work is done: a device, a symbolic link,
a folder, a read-only file, and anything inside the story being checked (it would be read back
as an article on the next run).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from checker.errors import CheckerError

PARTIAL = ".checker-partial-"
_PARTIAL_NAME = re.compile(r"\.(?P<target>.+)\.checker-partial-(?P<pid>\d+)-[0-9a-f]+")


def write_atomic(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Replace `path` with `data` in one rename. Raises OSError (the old file is intact)."""
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(target)
    mode = _mode_for(target)
    # os.urandom is what secrets.token_hex reads; importing secrets pulls in hmac and OpenSSL's
    # hashlib (3-5 ms of every command, `--version` included) for these eight hex digits.
    tmp = target.parent / f".{target.name}{PARTIAL}{os.getpid()}-{os.urandom(4).hex()}"
    with _signals_raise():
        try:
            # O_EXCL: never write through a file or link someone planted under the temp name.
            # The mode passes through the umask, as for any file the user creates.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o666)
            try:
                _write_all(fd, payload)
                os.fsync(fd)
                if mode is not None:
                    os.fchmod(fd, mode)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    _fsync_dir(target.parent)


def write_stdout(data: str | bytes) -> None:
    """Write a report to standard output; a full disk or a closed pipe is a CheckerError."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        sys.stdout.flush()
        out = sys.stdout.buffer
        out.write(payload)
        out.flush()
    except OSError as err:
        silence_stdout()
        raise CheckerError("standard output", f"cannot write: {reason(err)}") from None


def check_output_path(path: Path, story: Path | None = None) -> None:
    """Refuse an -o target that cannot be replaced safely. Raises CheckerError naming it."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise CheckerError(path, f"cannot write: {reason(err)}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise CheckerError(
                path, "is a symbolic link: give the file it points to, or another name"
            )
        if stat.S_ISDIR(info.st_mode):
            raise CheckerError(path, "is a folder: give a file name")
        if not stat.S_ISREG(info.st_mode):
            raise CheckerError(path, "is not a regular file (a device or a pipe): give a file name")
        if not os.access(path, os.W_OK):
            raise CheckerError(path, "cannot write: the file is read-only")
    if story is not None and _inside(path, story):
        what = "an input of the story" if story.is_file() else f"inside the story folder {story}"
        raise CheckerError(
            path, f"is {what}: the next run would read it as an article; write it elsewhere"
        )


def _inside(path: Path, story: Path) -> bool:
    try:
        where = path.parent.resolve() / path.name
        home = story.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the story read will say so
        return False
    return where == home or (home.is_dir() and where.is_relative_to(home))


def _mode_for(target: Path) -> int | None:
    """Keep the permissions of a file being replaced; a new file gets the umask's."""
    try:
        info = target.stat()
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # never expected from a regular file; do not spin on it
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not every system lets a folder be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_partials(target: Path) -> None:
    """Remove temp files of this target whose writer is gone (killed with -9)."""
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        match = _PARTIAL_NAME.fullmatch(name)
        if not match or match["target"] != target.name or _alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            (target.parent / name).unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process (or an absurd number): leave its file alone
    return True


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While a temp file exists, SIGTERM and SIGHUP unwind like Ctrl-C, so it is removed."""
    caught = (signal.SIGTERM, signal.SIGHUP) if hasattr(signal, "SIGHUP") else (signal.SIGTERM,)
    previous = {}

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        for signum in caught:
            previous[signum] = signal.signal(signum, stop)
    except ValueError:  # not the main thread: signals cannot be handled here
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the exit flush does not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def reason(err: OSError) -> str:
    """An OSError in words, for a `cannot write` message."""
    if err.errno == errno.EPIPE:
        return "the reader closed the pipe"
    return err.strerror or str(err)


_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

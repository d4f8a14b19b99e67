"""checker: find what outlets reporting the same event disagree on."""

from checker.api import check
from checker.errors import CheckerError

__version__ = "0.1.0"
__all__ = ["CheckerError", "__version__", "check"]

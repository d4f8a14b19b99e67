"""Property tests over the library API: random articles from 2-4 outlets (words, numbers,
currency symbols, quotation marks, dates, Unicode) never crash the pipeline, and the report
does not depend on the order the sources come in or on how their lines are wrapped."""

from __future__ import annotations

import re
import textwrap
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from checker.pipeline import analyse
from checker.records import Article, Report, Source
from checker.rulepack import load_rules

RULES = load_rules()

WORDS = (
    "the council said minister police report workers company fares rose fell by about over "
    "nearly more than less not never has have decided plans to considering could would pay "
    "week month year people boats buses accounts devices data requests government court fine "
    "and or but in on at of for from with between per cent percent million billion thousand"
).split()
NAMES = ["Apple", "Microsoft", "Zoom", "Hong Kong", "Lyon", "Maria Lopez", "Bayline Ferries"]
UNICODE = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\u2028\u2029"
    ),
    min_size=1,
    max_size=8,
)
NUMBER = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(0, 10**7).map("{:,}".format),
    st.floats(0, 1000, allow_nan=False).map("{:.1f}".format),
    st.integers(0, 100).map("{}%".format),
    st.sampled_from(["one", "two", "dozens of", "a third of", "half"]),
)
MONEY = st.builds(
    "{}{}{}".format,
    st.sampled_from(["$", "€", "£", "HK$", "NZ$", "¥", "USD ", "EUR ", ""]),
    st.integers(1, 10**6).map("{:,}".format),
    st.sampled_from(["", "m", " million", " billion", " euros", " dollars"]),
)
DATE = st.one_of(
    st.dates(date(1950, 1, 1), date(2050, 12, 31)).map(lambda d: d.strftime("%d %B %Y")),
    st.dates(date(1950, 1, 1), date(2050, 12, 31)).map(lambda d: d.strftime("%B %d, %Y")),
    st.dates(date(1950, 1, 1), date(2050, 12, 31)).map(date.isoformat),
    st.sampled_from(["last week", "on Tuesday", "yesterday", "next month", "in July"]),
)
TOKEN = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    NUMBER,
    MONEY,
    DATE,
    UNICODE,
)
QUOTES = st.sampled_from(['"{}"', "“{}”", "‘{}’", "'{}'", "«{}»", '"{}', "{}”", "{}"])


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(TOKEN, min_size=2, max_size=18))
    if draw(st.booleans()):  # quote a stretch of the sentence, perhaps unbalanced
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i, len(words) - 1))
        words[i : j + 1] = [draw(QUOTES).format(" ".join(words[i : j + 1]))]
    text = " ".join(words)
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ".", "!", "?", ",\u201d", ""]))


@st.composite
def article_text(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentence(), min_size=1, max_size=4), min_size=1, max_size=4)
    )
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


@st.composite
def story(draw: st.DrawFn) -> list[Article]:
    n = draw(st.integers(2, 4))
    texts = [draw(article_text()) for _ in range(n)]
    if draw(st.booleans()):  # outlets that copy a sentence from each other, as they do
        shared = draw(sentence())
        texts = [f"{t.rstrip()} {shared}\n" for t in texts]
    published = draw(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
    return [Article(_source(i, published), text) for i, text in enumerate(texts)]


def _source(i: int, published: date | None) -> Source:
    return Source(
        source=f"outlet{i}",
        outlet=f"Outlet {i}",
        url="",
        published=published,
        date_basis="sources.csv" if published else "unknown",
        language="en",
        path=f"outlet{i}.txt",
        encoding="utf-8",
    )


def findings_of(report: Report) -> list[tuple]:
    return [(f.id, f.rule, f.verdict, f.message, f.claims) for f in report.findings]


def wrapped(article: Article, width: int) -> Article:
    """The same article hard-wrapped, as plain-text wire copy is."""
    paragraphs = article.text.split("\n\n")
    text = "\n\n".join(textwrap.fill(p, width, break_long_words=False) for p in paragraphs)
    return Article(article.source, text)


@given(story())
def test_random_articles_never_crash_and_source_order_does_not_matter(articles) -> None:
    report = analyse("random", articles, RULES)
    assert findings_of(analyse("random", articles[::-1], RULES)) == findings_of(report)


# Found by the property below, when the cleaner joined lines only in an article with several
# breaks before a lower-case word or a digit: unwrapped, outlet1 has two single-source findings
# ("$815,590 ...", "about a third; ...; $145,972 ..."); wrapped at
# 62 (one such break), it had none, each paragraph's first lines read as headings.
WRAPPED_EXAMPLE = (
    'The Apple September 03, 1960 $815,590 dollars the. The 2000-01-01 the. January 01, 2000 the the. "the" the the 01 January 2000 the.\n\n'
    "The the. The about a third of A a third of Apple the on Tuesday July 08, 2003 $145,972 euros the February 19, 1957 on Tuesday 15 December 2001 the the the the. "
    '"the" the the January 01, 2000.\n'
)


def test_a_paragraph_wrapped_before_a_capital_keeps_its_findings() -> None:
    articles = [
        Article(_source(0, None), "The the.\n"),
        Article(_source(1, None), WRAPPED_EXAMPLE),
    ]
    plain = analyse("random", articles, RULES)
    rewrapped = analyse("random", [wrapped(a, 62) for a in articles], RULES)
    said = " ".join(f.message for f in plain.findings)
    assert "$815,590" in said and "$145,972" in said  # each paragraph's single-source figure
    assert [f.message for f in rewrapped.findings] == [f.message for f in plain.findings]
    # The evidence is cited as it stands in the wrapped article, line breaks and all.
    text = wrapped(articles[1], 62).text
    cited = [c for f in rewrapped.findings for c in f.claims]
    assert all(c.text == text[c.start : c.end] for c in cited)
    assert any("\n" in c.text for c in cited)


def spaced(article: Article, after_sentence: str) -> Article:
    """The article with its words one space apart, `after_sentence` after a sentence's end (one
    space or a typist's two). A wrapper drops the spaces where it breaks a line, so a longer run
    there could not be told from a line that ended short of the margin."""
    text = re.sub(" {2,}", " ", article.text)
    text = re.sub(r"([.!?…][\"'”’»)\]]*) (?=\S)", rf"\1{after_sentence}", text)
    return Article(article.source, text)


@given(story(), st.integers(62, 95), st.sampled_from([" ", "  "]))
def test_line_wrapping_does_not_change_what_is_found(articles, width: int, after: str) -> None:
    def content(report: Report) -> list[tuple]:
        return sorted((f.id, f.rule, f.verdict, f.message) for f in report.findings)

    articles = [spaced(a, after) for a in articles]
    plain = analyse("random", articles, RULES)
    rewrapped = analyse("random", [wrapped(a, width) for a in articles], RULES)
    assert content(rewrapped) == content(plain)


@given(st.text(alphabet=" \n\tab,-–", max_size=400), st.data())
def test_the_last_word_read_near_a_position_is_the_last_word_of_the_whole_span(text, data):
    # Read from a window before `hi` so that each figure of a long sentence costs the same.
    from checker.segment import last_word

    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    assert last_word(text, lo, hi) == (text[lo:hi].split() or [""])[-1]

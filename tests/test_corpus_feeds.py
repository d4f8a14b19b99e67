"""Real feeds are messy: a corpus groups undated articles by what they say and dates them from
their story, leaves out the lines it cannot read and lists them, and accounts for every line."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from checker.corpus.inputs import read_corpus
from checker.corpus.output import write_corpus
from checker.corpus.running import Outcome

TRAM = (
    "A tram derailed near Ostbahnhof station in Lindau, injuring 12 passengers. Police said "
    "the operator, Lindauer Verkehrsbetriebe, had suspended line 7. Driver Piet Amsel was "
    "questioned by police."
)
FIRE = (
    "A fire destroyed a paint warehouse on Kessler Street in Marbach. Fire chief Martina "
    "Oyelaran said 43 firefighters fought the blaze for six hours. No one was hurt."
)
CAKE = "Whisk eggs, sugar and butter; bake the cake golden."


def line(id: str, text: str, *, day: str | None = None, url: str = "", source: str = "") -> str:
    doc = {"id": id, "source": source or id, "outlet": (source or id).title(), "url": url}
    return json.dumps(doc | ({"published": day} if day else {}) | {"title": "", "text": text})


def dates(corpus) -> dict[str, tuple[date | None, str]]:
    return {m.id: (m.published, m.date_basis) for s in corpus.stories for m in s.members}


def stories(corpus) -> list[list[str]]:
    return sorted(sorted(m.id for m in s.members) for s in corpus.stories)


def test_undated_articles_of_every_kind_are_grouped_and_say_how_they_were_dated(tmp_path):
    day = tmp_path / "day"
    day.mkdir()
    lines = [
        line("t-field", TRAM + " It happened on Monday.", day="2024-06-03"),
        line("t-url", TRAM, url="https://gazette.example/news/2024/06/03/tram-derails/"),
        line("t-dateline", "LINDAU, June 4, 2024 (Wire) - " + TRAM),
        line("t-weekday", TRAM.replace("derailed", "derailed on Monday")),
        line("t-nothing", TRAM.replace("12", "twelve")),
        line("f-field", FIRE, day="2024-06-20"),
        line("f-nothing", FIRE.replace("43", "forty-three")),
        line("cake", CAKE),
    ]
    (day / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = (
        '<html><head><title>Tram derails in Lindau</title><meta property="article:published_time"'
        f' content="2024-06-04T09:00:00Z"></head><body><article><p>{TRAM}</p></article></body>'
        "</html>"
    )
    (day / "courier.html").write_text(page, encoding="utf-8")

    corpus = read_corpus(day)

    assert stories(corpus) == [
        ["cake"],
        ["courier.html", "t-dateline", "t-field", "t-nothing", "t-url", "t-weekday"],
        ["f-field", "f-nothing"],
    ]
    tram_basis = "borrowed: median date of the dated articles it is grouped with "
    tram_basis += "(courier.html, t-dateline, t-field, t-url)"
    assert dates(corpus) == {
        "t-field": (date(2024, 6, 3), "feed field 'published'"),
        "t-url": (date(2024, 6, 3), "url: '/2024/06/03'"),
        "t-dateline": (date(2024, 6, 4), "article text: 'June 4, 2024'"),
        "courier.html": (date(2024, 6, 4), "html page metadata"),
        "t-weekday": (date(2024, 6, 3), tram_basis + ", for its relative dates ('Monday')"),
        "t-nothing": (date(2024, 6, 3), tram_basis),
        "f-field": (date(2024, 6, 20), "feed field 'published'"),
        "f-nothing": (
            date(2024, 6, 20),
            "borrowed: median date of the dated articles it is grouped with (f-field)",
        ),
        "cake": (None, "unknown: no date in the feed, the URL or the article's first lines"),
    }
    # What is checked is dated the same way: the reports read its relative dates against it.
    (tram,) = [s for s in corpus.stories if len(s.members) > 2]
    checked = {a.source.path: a.source for a in tram.story.articles}
    assert checked["t-weekday"].published == date(2024, 6, 3)
    assert checked["t-weekday"].date_basis.startswith("borrowed: ")


BAD_LINES = {
    "invalid JSON": '{"id": "b1", "source": "x", "text": "cut short',
    "missing text": json.dumps({"id": "b2", "source": "x", "title": "Only a title"}),
    "duplicate id": line("t1", FIRE, day="2024-06-03", source="other"),
    "over-long": line("b4", TRAM + " More." * 100_000, day="2024-06-03"),
    "no id": json.dumps({"source": "x", "text": TRAM}),
    "not an object": "[1, 2, 3]",
    "bad date": line("b7", TRAM, day="the day before yesterday"),
}


def test_each_kind_of_bad_line_is_listed_in_the_index_and_the_rest_is_checked(tmp_path):
    feed = tmp_path / "day.jsonl"
    good = [line("t1", TRAM, day="2024-06-03"), line("t2", TRAM, source="wire")]
    feed.write_text("\n".join([good[0], *BAD_LINES.values(), good[1]]) + "\n", encoding="utf-8")
    corpus = read_corpus(feed)
    assert stories(corpus) == [["t1", "t2"]]
    outcomes = {s.id: Outcome(s.id, error="not checked here") for s in corpus.stories}
    write_corpus(tmp_path / "out", corpus.stories, outcomes, rejected=corpus.rejected)
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    shown = feed.as_posix()
    assert [(r["file"], r["line"], r["id"]) for r in index["rejected"]] == [
        (shown, 2, "b1"),
        (shown, 3, "b2"),
        (shown, 4, "t1"),
        (shown, 5, "b4"),
        (shown, 6, None),
        (shown, 7, None),
        (shown, 8, "b7"),
    ]
    reasons = [r["reason"] for r in index["rejected"]]
    assert reasons[0].startswith("invalid JSON: Unterminated string")
    assert reasons[1] == "missing or empty 'text' field"
    assert reasons[2] == "duplicate id 't1' (already on line 1)"
    assert "longer than max-article-chars = 500,000" in reasons[3]
    assert reasons[4] == "missing or empty 'id' field (a corpus feed needs one per line)"
    assert reasons[5].startswith("expected a JSON object")
    assert "'the day before yesterday' is not a valid ISO date" in reasons[6]


# ---------------------------------------------------------------- every line accounted for

GOOD = st.builds(
    lambda text, day, url: {"text": text, "day": day, "url": url},
    st.sampled_from([TRAM, FIRE, CAKE, TRAM.replace("12", "twelve"), FIRE + " Police said."]),
    st.one_of(st.none(), st.sampled_from(["2024-06-03", "2024-06-04", "2024-07-30"])),
    st.sampled_from(["", "https://x.example/2024/06/05/a", "https://x.example/a"]),
)
BAD = st.sampled_from([*BAD_LINES.values(), "   ", ""])


@given(st.lists(st.one_of(GOOD, BAD), min_size=1, max_size=12), st.data())
def test_the_index_accounts_for_every_line_once_grouped_or_rejected(tmp_path_factory, items, data):
    folder = tmp_path_factory.mktemp("feed")
    lines = []
    for n, item in enumerate(items):
        if isinstance(item, dict):
            # Ids are drawn from a few, so some lines repeat an earlier line's id.
            drawn = data.draw(st.sampled_from([f"a{n}", f"a{n}", "a0", "a1"]))
            item = line(drawn, item["text"], day=item["day"], url=item["url"], source=f"s{n}")
        lines.append(item)
    feed = folder / "day.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written = [n for n, text in enumerate(lines, 1) if text.strip()]
    try:
        corpus = read_corpus(feed)
    except Exception as err:  # only a feed without any line is refused
        assert not written, err
        return
    outcomes = {s.id: Outcome(s.id, error="not checked here") for s in corpus.stories}
    write_corpus(folder / "out", corpus.stories, outcomes, rejected=corpus.rejected)
    index = json.loads((folder / "out" / "index.json").read_text(encoding="utf-8"))

    grouped = [a["id"] for s in index["stories"] for a in s["articles"]]
    rejected = [r["line"] for r in index["rejected"]]
    assert len(grouped) == len(set(grouped))  # in one story each
    assert len(rejected) == len(set(rejected))
    assert len(grouped) + len(rejected) == len(written)
    first_of = {}
    for n in written:
        doc = _object(lines[n - 1])
        if n not in rejected:
            assert doc["id"] in grouped and doc["id"] not in first_of
            first_of[doc["id"]] = n
    assert set(grouped) == set(first_of)


def _object(text: str) -> dict:
    try:
        doc = json.loads(text)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}

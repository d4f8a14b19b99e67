"""Event grouping: a day's feed split into its stories, with ids that survive tomorrow's feed."""

from __future__ import annotations

import json
from datetime import date

from corpus_support import adjusted_rand_index, story_feed

from checker.corpus.grouping import GroupingOptions, group, story_id
from checker.ingest.feed import read_feed


def labels(groups, items) -> list[str]:
    owner = {m.id: g.id for g in groups for m in g.members}
    return [owner[i.id] for i in items]


def test_the_invented_stories_shuffled_into_one_feed_are_recovered(tmp_path):
    truth = story_feed(tmp_path / "day.jsonl", seed=7)
    items = read_feed(tmp_path / "day.jsonl", need_ids=True)
    groups = group(items)
    ari = adjusted_rand_index([truth[i.id] for i in items], labels(groups, items))
    assert ari >= 0.95
    assert len(truth) > 40 and len({*truth.values()}) >= 14


def test_the_invented_stories_are_recovered_even_when_all_dated_the_same_day(tmp_path):
    # Without the time window to separate them, only the shared rare words can.
    truth = story_feed(tmp_path / "day.jsonl", seed=11, one_day=date(2024, 3, 11))
    items = read_feed(tmp_path / "day.jsonl", need_ids=True)
    ari = adjusted_rand_index([truth[i.id] for i in items], labels(group(items), items))
    assert ari >= 0.95


def test_adjusted_rand_index_is_one_for_the_same_split_and_low_for_a_random_one():
    assert adjusted_rand_index(list("aabbcc"), list("xxyyzz")) == 1.0
    assert adjusted_rand_index(list("aabbcc"), list("xyzxyz")) < 0.1


def article(id: str, source: str, text: str, day: str = "2024-06-03") -> str:
    doc = {"id": id, "source": source, "outlet": source.title(), "url": ""}
    return json.dumps(doc | {"published": day, "title": "", "text": text})


# Two events on one day in one city, told with much of the same vocabulary (fire, police,
# the city, the mayor); what tells them apart is the rare words: the street, the building,
# the numbers, the names.
WAREHOUSE = (
    "A fire destroyed a paint warehouse on Kessler Street in Lindau on Monday. Fire chief "
    "Martina Oyelaran said 43 firefighters fought the blaze for six hours. Police said the "
    "mayor of Lindau visited the site. No one was hurt, police said."
)
TRAM = (
    "A tram derailed near Ostbahnhof station in Lindau on Monday, injuring 12 passengers. "
    "Police said the tram operator, Lindauer Verkehrsbetriebe, had suspended line 7. The mayor "
    "of Lindau visited the site. Driver Piet Amsel was questioned by police."
)


def test_two_events_on_the_same_day_with_shared_vocabulary_stay_apart(tmp_path):
    warehouse = [
        article("w1", "courier", WAREHOUSE),
        article("w2", "gazette", WAREHOUSE.replace("43", "forty-three").replace("Monday", "Mon")),
        article(
            "w3",
            "wire",
            "Paint warehouse on Kessler Street burns; Martina Oyelaran: "
            "43 firefighters. " + WAREHOUSE[120:],
        ),
    ]
    tram = [
        article("t1", "courier", TRAM),
        article("t2", "gazette", TRAM.replace("12", "twelve")),
        article(
            "t3",
            "wire",
            "Line 7 suspended after Ostbahnhof tram derailment; Piet Amsel "
            "questioned. " + TRAM[90:],
        ),
    ]
    feed = tmp_path / "day.jsonl"
    feed.write_text("\n".join(warehouse + tram) + "\n", encoding="utf-8")
    groups = group(read_feed(feed, need_ids=True))
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [
        ["t1", "t2", "t3"],
        ["w1", "w2", "w3"],
    ]


def test_the_same_words_a_month_apart_are_two_stories(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        article("a", "courier", TRAM) + "\n" + article("b", "gazette", TRAM, "2024-07-03") + "\n"
    )
    assert len(group(read_feed(feed, need_ids=True), GroupingOptions(window_days=3))) == 2


def test_an_outlets_updated_version_is_a_copy_and_its_latest_is_checked(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                article("c1", "courier", TRAM, "2024-06-03"),
                article("c2", "courier", TRAM + " Service resumed at noon.", "2024-06-04"),
                article("g1", "gazette", TRAM.replace("12", "twelve")),
            ]
        )
        + "\n"
    )
    (story,) = group(read_feed(feed, need_ids=True))
    assert [m.id for m in story.checked] == ["c2", "g1"]
    assert [m.id for m in story.copies] == ["c1"]


def test_one_outlets_two_different_articles_are_never_one_story(tmp_path):
    profile = (
        "Piet Amsel, the driver of the tram that derailed near Ostbahnhof, has worked for "
        "Lindauer Verkehrsbetriebe for 20 years, a colleague said. He was released."
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                article("c1", "courier", TRAM),
                article("c2", "courier", profile),
                article("g1", "gazette", TRAM.replace("12", "twelve")),
            ]
        )
        + "\n"
    )
    groups = group(read_feed(feed, need_ids=True))
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [["c1", "g1"], ["c2"]]


def test_story_ids_survive_a_feed_that_adds_articles(tmp_path):
    today = tmp_path / "today.jsonl"
    truth = story_feed(today, seed=1)
    before = group(read_feed(today, need_ids=True))
    # Tomorrow a new outlet runs a wire copy of one of today's articles.
    copied = json.loads(today.read_text().splitlines()[0])
    late = copied | {"id": "late-1", "source": "late-wire", "outlet": "Late Wire"}
    tomorrow = tmp_path / "tomorrow.jsonl"
    tomorrow.write_text(today.read_text() + json.dumps(late) + "\n")
    after = group(read_feed(tomorrow, need_ids=True))
    assert {g.id for g in after} == {g.id for g in before}
    (extended,) = [g for g in after if "late-1" in {m.id for m in g.members}]
    assert {truth[m.id] for m in extended.members if m.id != "late-1"} == {truth[copied["id"]]}


def test_an_undated_article_joins_the_story_it_matches_whenever_the_others_happened(tmp_path):
    # Without a date it may be any day: its words alone say which story it belongs to, and
    # the window then applies around the dates of the articles it matched.
    fire = WAREHOUSE.replace("Monday", "Sunday")
    undated = json.loads(article("t2", "gazette", TRAM.replace("12", "twelve")))
    del undated["published"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                article("t1", "courier", TRAM, "2024-06-03"),
                article("w1", "courier", fire, "2024-06-03"),
                json.dumps(undated),
                article("w2", "gazette", fire.replace("43", "forty-three"), "2024-08-20"),
            ]
        )
        + "\n"
    )
    groups = group(read_feed(feed, need_ids=True))
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [["t1", "t2"], ["w1"], ["w2"]]
    (tram,) = [g for g in groups if len(g.members) == 2]
    assert tram.id == story_id(tram.members[:1])  # named after its first dated article


def test_an_undated_article_like_two_reports_weeks_apart_joins_its_closest_only(tmp_path):
    # A follow-up three weeks later repeats the first report's words; the undated article is
    # closer to the first. Through it the two reports must not become one story.
    first = WAREHOUSE.replace("six hours", "six hours near the Ebersbach canal")
    undated = json.loads(article("u", "wire", first.replace("43", "forty-three")))
    del undated["published"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                article("w1", "courier", first, "2024-06-03"),
                article("w2", "gazette", WAREHOUSE + " The owner will rebuild.", "2024-06-24"),
                json.dumps(undated),
            ]
        )
        + "\n"
    )
    groups = group(read_feed(feed, need_ids=True))
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [["u", "w1"], ["w2"]]

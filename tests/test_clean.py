"""Cleaning: page furniture goes, every sentence of the article stays, offsets stay exact."""

from __future__ import annotations

import itertools
import textwrap
from datetime import date
from pathlib import Path

import pytest

from checker.clean import clean, load_boilerplate, parse_boilerplate
from checker.errors import CheckerError
from checker.ingest import load_story
from checker.lexicon import pack_dir
from checker.records import Article, CleanArticle, Source

ROOT = Path(__file__).resolve().parents[1]
FERRY = ROOT / "tests" / "stories" / "ferry-strike"
REFERENCE = ROOT / "fixtures" / "hk-data-requests"
PATTERNS = load_boilerplate()


def article(text: str, source: str = "test") -> Article:
    return Article(
        Source(source, source, "", date(2021, 3, 1), "test", "en", f"{source}.txt", "utf-8"), text
    )


def cleaned_story(folder: Path) -> dict[str, CleanArticle]:
    return {a.source.source: clean(a) for a in load_story(folder).articles}


def prose(ca: CleanArticle) -> list[str]:
    return [ca.article.text[b.start : b.end] for b in ca.blocks if b.kind == "prose"]


def headings(ca: CleanArticle) -> list[str]:
    return [ca.article.text[b.start : b.end] for b in ca.blocks if b.kind == "heading"]


def kept_text(ca: CleanArticle) -> str:
    return "\n".join(ca.article.text[b.start : b.end] for b in ca.blocks)


def removed(ca: CleanArticle) -> dict[str, str]:
    """Removed text -> pattern id."""
    return {ca.article.text[s:e]: pid for s, e, pid in ca.removed}


def in_prose(ca: CleanArticle, sentence: str) -> bool:
    return any(sentence in " ".join(p.split()) for p in prose(ca))


# ---------------------------------------------------------------- the pattern file


def test_every_pattern_has_examples_both_ways():
    for p in PATTERNS.patterns:
        assert p.match_examples and p.keep_examples, f"{p.id} needs match and keep examples"


@pytest.mark.parametrize("pattern", PATTERNS.patterns, ids=lambda p: p.id)
def test_pattern_examples(pattern):
    for line in pattern.match_examples:
        assert PATTERNS.removes(pattern, line), f"{pattern.id} should remove {line!r}"
    for line in pattern.keep_examples:
        assert not PATTERNS.removes(pattern, line), f"{pattern.id} should keep {line!r}"


def test_examples_that_should_stay_survive_every_pattern():
    """A keep example of one pattern must not be eaten by another one."""
    for p in PATTERNS.patterns:
        for line in p.keep_examples:
            assert not any(
                PATTERNS.removes(q, line) for q in PATTERNS.patterns if q.scope in ("line", "trim")
            ), line


def test_boilerplate_is_loaded_once():
    assert load_boilerplate() is load_boilerplate()


def test_the_default_pack_passes_every_check_a_users_file_gets():
    """A run skips compiling the default pack's patterns one by one; this does it instead."""
    import yaml

    path = pack_dir() / "lexicon" / "boilerplate.yaml"
    text = path.read_text(encoding="utf-8")
    checked = parse_boilerplate(yaml.safe_load(text), text, str(path))
    assert checked.patterns == PATTERNS.patterns


@pytest.mark.parametrize(
    ("yaml_text", "line", "what"),
    [
        (
            "patterns:\n  - id: x\n    group: ad\n    scope: line\n    description: d\n    regex: '(a'\n",
            2,
            "pattern 1: bad regex",
        ),
        (
            "patterns:\n  - id: x\n    group: ad\n    scope: page\n    description: d\n    regex: a\n",
            2,
            "pattern 1: 'scope' must be one of line, tail, trim, end",
        ),
        (
            "patterns:\n  - id: x\n    group: ad\n    scope: line\n    description: d\n    regex: a\n"
            "  - id: x\n    group: ad\n    scope: line\n    description: d\n    regex: b\n",
            2,
            "pattern 2: duplicate id 'x'",
        ),
        (
            "patterns:\n  - id: Bad_Id\n    group: ad\n    scope: line\n    description: d\n    regex: a\n",
            2,
            "pattern 1: 'id' must be lower-case words joined by dashes",
        ),
        (
            "patterns:\n  - id: x\n    group: ad\n    scope: line\n    description: d\n    regex: '(a)\\1'\n",
            2,
            "pattern 1: back-references are not allowed",
        ),
    ],
)
def test_a_broken_pattern_file_names_file_line_and_problem(tmp_path, yaml_text, line, what):
    path = tmp_path / "boilerplate.yaml"
    path.write_text(yaml_text)
    with pytest.raises(CheckerError) as info:
        load_boilerplate(path)
    assert info.value.where == f"{path}:{line}"
    assert info.value.what.startswith(what)


def test_custom_patterns_replace_the_default_ones():
    import yaml

    text = (
        "patterns:\n  - id: house-promo\n    group: ad\n    scope: line\n"
        "    description: Our own promo line.\n    regex: 'try the app.*'\n"
    )
    pats = parse_boilerplate(yaml.safe_load(text), text, "custom.yaml")
    ca = clean(article("Ferries stopped on Monday, the union said.\nTry the app today\n"), pats)
    assert removed(ca) == {"Try the app today": "house-promo"}


# ---------------------------------------------------------------- offsets


@pytest.mark.parametrize("folder", [REFERENCE, FERRY], ids=lambda f: f.name)
def test_blocks_index_the_article_text_exactly(folder):
    for ca in cleaned_story(folder).values():
        text = ca.article.text
        spans = sorted([(b.start, b.end) for b in ca.blocks] + [(s, e) for s, e, _ in ca.removed])
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, "blocks and removals never overlap"
        for b in ca.blocks:
            assert b.kind in ("prose", "heading")
            assert text[b.start : b.end] == text[b.start : b.end].strip() != ""
        # Everything that is not white space is either kept or removed.
        covered = set()
        for s, e in spans:
            covered.update(range(s, e))
        assert all(text[i].isspace() or i in covered for i in range(len(text))), folder.name


# ---------------------------------------------------------------- the reference story


REFERENCE_FURNITURE = {
    "1news": [
        "Your playlist will load after this ad",
        "Source:\u00a0 1 NEWS",
        "MOST",
        "POPULAR STORIES",
        "Married couple unsure why visa to NZ was denied",
        "Fiji confirms case of Covid-19 in border quarantine",
        "World",
        "01:22",
    ],
    "bolnews": ["Also Read", "Adsense 300 x 250"],
    "firstonline": ["Share", "comments"],
    "hkfp": [
        "zoom lessons coronavirus covid social distancing",
        "Zoom. Photo: May James/HKFP.",
        "BLM rally black lives matter mask coronavirus covid masks",
        "File Photo: May James/HKFP.",
        "Policies & Ethics",
        "contact hkfp",
        "Kelly Ho has an interest in local politics",
    ],
}


@pytest.mark.parametrize("source", sorted(REFERENCE_FURNITURE))
def test_reference_furniture_is_removed(source):
    ca = cleaned_story(REFERENCE)[source]
    kept = kept_text(ca)
    for line in REFERENCE_FURNITURE[source]:
        assert line not in kept.splitlines() and f"\n{line}" not in kept, line
        assert any(line in ca.article.text[s:e] for s, e, _ in ca.removed), line


def test_every_reference_sentence_stays_in_prose():
    """Every line of the five articles that states a fact is kept as prose, word for word."""
    story = cleaned_story(REFERENCE)
    furniture = {s: set(lines) for s, lines in REFERENCE_FURNITURE.items()}
    for source, ca in story.items():
        for line in ca.article.text.splitlines():
            line = line.strip()
            words = line.split()
            sentence = line.endswith((".", ".”", '."', "?", ",”")) and len(words) >= 6
            if not sentence or any(f in line for f in furniture.get(source, ())):
                continue
            if line.startswith("Facebook, Google and Twitter have already made similar"):
                line = line.removesuffix(" Source: 1 NEWS")  # a video caption's credit
            assert in_prose(ca, " ".join(line.split())), f"{source}: {line}"


def test_reference_specific_facts_survive():
    story = cleaned_story(REFERENCE)
    assert in_prose(
        story["1news"], "Since the law’s passing on June 30, about 370 people have been arrested."
    )
    assert in_prose(
        story["1news"], "Companies who fail to comply could face fines of up to NZ$19,700."
    )
    assert in_prose(
        story["1news"], "Facebook, Google and Twitter have already made similar announcements."
    )
    assert "Source: 1 NEWS" not in kept_text(story["1news"])
    assert in_prose(
        story["bolnews"],
        "Video-sharing app TikTok has also announced its plans to exit Hong Kong within days.",
    )
    assert in_prose(story["hkfp"], "On Tuesday, Hong Kong police won new powers")
    assert in_prose(story["hkfp"], "HK$100,000 and six months behind bars.")
    assert in_prose(story["bbc"], "it received requests for data concerning 358 devices")
    # A standfirst long enough to carry claims is prose; headlines are headings.
    assert in_prose(
        story["firstonline"],
        "after the security law passed by Beijing, no more information on user profiles",
    )
    assert "Hong Kong: the giants of the web lock down user data" in headings(story["firstonline"])


def test_a_repeated_headline_is_kept_once_as_heading():
    ca = cleaned_story(REFERENCE)["bolnews"]
    heads = headings(ca)
    assert heads[0] == "Hong Kong security law: Zoom & Microsoft decide to ‘pause’ police help"
    assert sum("decide to" in h for h in heads) == 1
    assert "duplicate-line" in removed(ca).values()


# ---------------------------------------------------------------- our own stories


def test_invented_article_furniture_is_removed_with_its_pattern_ids():
    ca = cleaned_story(FERRY)["northgate"]
    gone = removed(ca)
    assert gone["Share"] == "share-widget"
    assert gone["Advertisement"] == "ad-label"
    assert gone["harbour terminal crowds commuters waiting"] == "lowercase-line"
    assert (
        gone["Commuters wait at the Quay Street terminal. Photo: Dana Whitlock/Northgate Courier"]
        == "caption-credit-suffix"
    )
    assert gone["READ MORE: Council approves new harbour budget"] == "related-link"
    assert gone["Port Elling ferry strike strands thousands of commuters"] == "duplicate-line"
    assert gone["Facebook Twitter Email"] == "share-networks"
    assert (
        next(pid for text, pid in gone.items() if text.startswith("Dana Whitlock is a"))
        == "author-bio"
    )
    tail = next(text for text, pid in gone.items() if pid == "related-section")
    assert tail.startswith("Related stories") and tail.endswith("© 2021 Northgate Media Ltd")


def test_invented_article_keeps_its_sentences_and_headings():
    ca = cleaned_story(FERRY)["northgate"]
    assert prose(ca) == [
        "Ferry workers in Port Elling walked off the job on Monday, cancelling 42 sailings and "
        "leaving about 9,000 commuters stranded.",
        "The Maritime Workers Guild said 1,200 of its members joined the strike after pay talks "
        "with Bayline Ferries collapsed last week.",
        '"We offered a 3% rise and we remain ready to talk," a Bayline Ferries spokeswoman said.',
        "The guild is seeking a 7% increase, citing a rise in living costs.",
        "Talks are scheduled to resume on Thursday, according to the city's transport office.",
    ]
    assert headings(ca) == [
        "Port Elling ferry strike strands thousands of commuters",
        "By Dana Whitlock, Transport Reporter",
        "Published 2 March 2021",
    ]


def test_html_and_json_articles_are_cleaned_too():
    story = cleaned_story(FERRY)
    # The page's figure caption no longer reaches the cleaner: HTML extraction leaves it out.
    assert "Quay Street" not in removed(story["valley"]) and not in_prose(
        story["valley"], "A ferry moored at Quay Street"
    )
    assert removed(story["valley"])["Read more: Commuters turn to buses"] == "related-link"
    assert in_prose(story["valley"], "“We regret the disruption,” Bayline Ferries said")
    assert removed(story["harbourwatch"]) == {"Sponsored content": "ad-label"}
    assert len(prose(story["harbourwatch"])) == 3


def test_hard_wrapped_paragraphs_are_one_block():
    ca = cleaned_story(FERRY)["coastline"]
    paragraphs = prose(ca)
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Port Elling's ferry fleet sat idle")
    assert paragraphs[0].endswith("42 scheduled crossings across the harbour.")
    assert "\n" in paragraphs[0]  # the block spans the original line breaks


WRAPPED_PARAGRAPHS = [
    "Crews of the Maritime Workers Guild returned to work on Friday after Bayline Ferries "
    "raised its offer to a 5% rise, the guild said.",
    "The strike cancelled 42 sailings a day. About 9,000 commuters were stranded on Monday "
    "alone, according to the city's transport office.",
    "The guild had sought a 7% rise while the operator offered 3% before the talks. Both sides "
    "called the deal fair.",
]


def wrap(paragraph: str) -> str:
    return textwrap.fill(paragraph, 78)


def test_a_wrapped_paragraph_is_one_block_whatever_follows_each_break():
    """At 78 columns every break falls before a capital (inside a name, before a weekday, after
    a full stop): a wrapper breaks where the next word would overflow the margin, not where
    grammar allows."""
    text = "\n\n".join(wrap(p) for p in WRAPPED_PARAGRAPHS) + "\n"
    assert "Bayline\nFerries" in text and "on\nMonday" in text and "talks.\nBoth" in text
    blocks = prose(clean(article(text)))
    assert [" ".join(b.split()) for b in blocks] == WRAPPED_PARAGRAPHS
    assert all("\n" in b for b in blocks)  # offsets still index the wrapped text


def test_two_spaces_after_a_full_stop_are_counted_at_the_margin():
    """A typist's two spaces after a full stop: the wrapper broke the line because "Both" did
    not fit after both spaces, and dropped them, leaving the line one column short."""
    paragraphs = [
        "The guild had sought a 7% rise while the operator offered 3% before the talks.  "
        "Both sides called the deal fair.",
        "The strike is the first on the network since 2009, when most crews stopped work for "
        "two days over low pay.",
    ]
    text = "\n\n".join(textwrap.fill(p, 83) for p in paragraphs) + "\n"
    assert "talks.\nBoth" in text and max(len(line) for line in text.splitlines()) == 83
    blocks = prose(clean(article(text)))
    assert [" ".join(b.split()) for b in blocks] == [" ".join(p.split()) for p in paragraphs]


def test_wrapped_paragraphs_without_blank_lines_between_them_stay_apart():
    """A paragraph's last line leaves room at the margin: the next line starts a paragraph."""
    first, second, _ = WRAPPED_PARAGRAPHS
    blocks = prose(clean(article(f"{wrap(first)}\n{wrap(second)}\n")))
    assert [" ".join(b.split()) for b in blocks] == [first, second]


def test_lines_set_without_blank_lines_elsewhere_do_not_split_a_wrapped_paragraph():
    """Two short sentences set one under the other at the end do not make the paragraph above
    them, set apart by a blank line, end where a sentence reached the margin."""
    text = f"{wrap(WRAPPED_PARAGRAPHS[2])}\n\nTalks resume on Thursday.\nThe operator declined to comment.\n"
    assert [" ".join(b.split()) for b in prose(clean(article(text)))] == [
        WRAPPED_PARAGRAPHS[2],
        "Talks resume on Thursday.",
        "The operator declined to comment.",
    ]


def test_a_caption_wrapped_over_lines_is_removed_whole():
    """Its second line is a caption on its own ("... Photo: ..."), and so is the whole."""
    caption = (
        "Striking crews of the Maritime Workers Guild gather outside the Bayline Ferries "
        "terminal on Monday. Photo: Dana Whitlock / Northgate Courier"
    )
    first, second, _ = WRAPPED_PARAGRAPHS
    text = f"{wrap(first)}\n\n{wrap(caption)}\n\n{wrap(second)}\n"
    assert "Bayline\nFerries terminal on Monday. Photo:" in text
    ca = clean(article(text))
    assert [" ".join(b.split()) for b in prose(ca)] == [first, second]
    assert {" ".join(t.split()): pid for t, pid in removed(ca).items()} == {
        caption: "caption-credit-suffix"
    }


def test_headline_byline_list_items_and_credits_keep_their_lines_in_a_wrapped_article():
    first, second, _ = WRAPPED_PARAGRAPHS
    text = (
        f"FERRY STRIKE ENDS\nBy Dana Whitlock\n{wrap(first)}\nPhoto: Jane Roe\n"
        f"The deal includes:\n- a 5% rise from April;\n- 40 new crew posts.\n\n{wrap(second)}\n"
    )
    ca = clean(article(text))
    assert [" ".join(text[b.start : b.end].split()) for b in ca.blocks] == [
        "FERRY STRIKE ENDS",
        "By Dana Whitlock",
        first,
        "The deal includes:",
        "a 5% rise from April;",
        "40 new crew posts.",
        second,
    ]
    assert removed(ca) == {"Photo: Jane Roe": "caption-label"}


def test_a_narrow_article_with_a_paragraph_on_each_line_keeps_its_lines_apart():
    """No blank lines and no line over 80 columns, as in a wrapped article; but a line ends a
    sentence short of the longest with more text below it, which a wrapper never leaves, so the
    line that ends a sentence a word short of the longest line ends its paragraph too."""
    lines = [
        "Officials said on Monday that someone had altered the budget file.",
        "The attackers also posted a message on five pages of the council website.",
        "The finance director said the council was assessing the damage to each file.",
        "Police are investigating.",
    ]
    assert prose(clean(article("\n".join(lines) + "\n"))) == lines


def test_alt_text_just_before_a_caption_is_removed():
    text = (
        "Ferries stopped running on Monday as crews walked out over pay.\n\n"
        "Guild members picket outside the Quay Street terminal\n"
        "Photo: Jane Roe\n\n"
        "Crowds of stranded commuters gathered at the terminal\n\n"
        "Talks are due to resume on Thursday, the operator said.\n"
    )
    gone = removed(clean(article(text)))
    assert gone["Guild members picket outside the Quay Street terminal"] == "alt-text"
    assert gone["Photo: Jane Roe"] == "caption-label"
    # Not before a caption: an unpunctuated line stays (here, a heading).
    assert "Crowds of stranded commuters gathered at the terminal" not in gone


def test_markdown_heading_marks_are_outside_the_block():
    ca = clean(
        article("# Ferry strike ends\n\n- Crews returned to work on Friday, the guild said.\n")
    )
    assert headings(ca) == ["Ferry strike ends"]
    assert prose(ca) == ["Crews returned to work on Friday, the guild said."]


# ---------------------------------------------------------------- safety of the mechanisms


def test_a_tail_box_in_mid_article_does_not_swallow_the_rest():
    text = (
        "Ferries stopped running on Monday as crews walked out over pay.\n\n"
        "Related stories\n\nBus drivers vote on new contract\n\nHarbour tunnel reopens\n\n"
        "The operator said it would run a reduced timetable from Wednesday morning.\n\n"
        "Talks between the guild and the operator are due to resume on Thursday afternoon.\n"
    )
    ca = clean(article(text))
    assert prose(ca)[-2:] == [
        "The operator said it would run a reduced timetable from Wednesday morning.",
        "Talks between the guild and the operator are due to resume on Thursday afternoon.",
    ]
    assert "Bus drivers vote on new contract" not in kept_text(ca)


def test_tail_patterns_wait_for_the_article_body():
    text = (
        "Comments\n\nFerry strike ends after three days\n\n"
        "Crews returned to work on Friday after the guild accepted a 5% offer.\n"
    )
    ca = clean(article(text))
    assert prose(ca) == ["Crews returned to work on Friday after the guild accepted a 5% offer."]


def test_sentences_mentioning_furniture_words_are_kept():
    text = (
        "Ferries stopped running on Monday as crews walked out.\n\n"
        "Share prices of the operator fell 4% on Tuesday.\n\n"
        "Photographers were kept behind a barrier at the terminal.\n\n"
        "Comments from the minister angered the guild.\n\n"
        "More than 40 sailings were cancelled, the operator said.\n"
    )
    ca = clean(article(text))
    assert len(prose(ca)) == 5 and not ca.removed


def test_a_headings_only_article_keeps_its_headings():
    ca = clean(article("Ferry strike\n\nPort Elling\n"))
    assert headings(ca) == ["Ferry strike", "Port Elling"] and not ca.removed


def test_long_unpunctuated_body_line_is_prose():
    text = (
        "Ferries stopped running on Monday as crews walked out.\n\n"
        "On Tuesday the operator cancelled a further 30 sailings and warned of more "
        "disruption to come\n"
    )
    assert len(prose(clean(article(text)))) == 2


def test_a_subheading_that_states_a_fact_is_prose_and_a_section_header_is_not():
    text = (
        "Ferries stopped running on Monday as crews walked out.\n\n"
        "Union says crews have had no rise since 2019\n\n"
        "What happens next\n\n"
        "Talks resume on Thursday.\n"
    )
    ca = clean(article(text))
    assert "Union says crews have had no rise since 2019" in prose(ca)
    assert headings(ca) == ["What happens next"]


# ---------------------------------------------------------------- a rules dir's own patterns

SPONSOR_PATTERN = """
  - id: brought-to-you-by
    group: ad
    scope: line
    description: 'A sponsor line: "This report was brought to you by ...".'
    regex: '(?:this (?:report|story|article|feature) (?:was|is) )?brought to you by .{1,60}'
    examples:
      match: ["This report was brought to you by Example Co."]
      keep: ["The parcel was brought to you by a courier."]
"""
SPONSOR_LINE = "This report was brought to you by Acme Widgets."


def test_a_rules_dir_with_its_own_boilerplate_file_replaces_the_default_patterns(tmp_path):
    """`--rules DIR` with lexicon/boilerplate.yaml: the clean stage uses that file instead."""
    import checker
    from checker.lexicon import pack_dir
    from checker.pipeline import boilerplate_of

    story = tmp_path / "fares"
    story.mkdir()
    (story / "harbour-times.txt").write_text(
        "Ferry fares to rise\n\n"
        "The city council voted on Monday to raise ferry fares by 12% from next month.\n"
        f"{SPONSOR_LINE}\n"
        "A council spokesman said the rise would pay for 40 new boats.\n",
        encoding="utf-8",
    )
    (story / "valley-post.txt").write_text(
        "The council raised ferry fares by 15% on Monday, citing fuel costs.\n"
        "The spokesman said the rise would pay for 40 new boats.\n",
        encoding="utf-8",
    )
    rules = tmp_path / "newsroom-rules"
    (rules / "lexicon").mkdir(parents=True)
    default = (pack_dir() / "lexicon" / "boilerplate.yaml").read_text(encoding="utf-8")
    (rules / "lexicon" / "boilerplate.yaml").write_text(
        default.rstrip("\n") + "\n" + SPONSOR_PATTERN, encoding="utf-8"
    )

    text = (story / "harbour-times.txt").read_text(encoding="utf-8")
    assert boilerplate_of(None) is None and boilerplate_of(tmp_path) is None
    assert in_prose(clean(article(text)), SPONSOR_LINE)  # by default, it reads as prose
    custom = clean(article(text), boilerplate_of(rules))
    assert removed(custom) == {SPONSOR_LINE: "brought-to-you-by"}
    assert in_prose(custom, "A council spokesman said the rise would pay for 40 new boats.")

    def sponsor_claims(report) -> list[str]:
        return [c.text for c in report.claims if "Acme" in c.text]

    assert sponsor_claims(checker.check(story)) == [SPONSOR_LINE]
    assert sponsor_claims(checker.check(story, rules_dir=rules)) == []

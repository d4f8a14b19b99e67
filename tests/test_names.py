"""The story's name registry: one person written several ways, headlines read for names,
and two people who share a surname kept apart. Invented outlets and people throughout."""

from __future__ import annotations

import pytest

from checker.extract.names import Relation, person_name, relate, short_form
from checker.pipeline import analyse
from checker.records import Article, Claim, Finding, Source
from checker.registry import NameRegistry
from checker.rulepack import load_rules

RULES = load_rules()


def _report(**articles: str):
    story = [
        Article(
            Source(
                source=sid.replace("_", "-"),
                outlet=sid,
                url="",
                published=None,
                date_basis="test",
                language="en",
                path=f"{sid}.md",
                encoding="utf-8",
            ),
            text,
        )
        for sid, text in articles.items()
    ]
    return analyse("names", story, RULES)


def _names(report) -> list[Finding]:
    return [f for f in report.findings if f.rule == "name-spelling"]


def test_titles_and_descriptions_are_not_part_of_a_name() -> None:
    assert person_name("Fisheries Minister Tove Hallgren") == "Tove Hallgren"
    assert person_name("Dr Tove Hallgren") == "Tove Hallgren"
    assert person_name("Renowned Singer Ana Maria Ruiz") == "Ana Maria Ruiz"
    assert person_name("Mauricio Ana Ruiz") == "Mauricio Ana Ruiz"
    # a known given name that is also an English word stays ("Bill", "Rose")
    assert person_name("Rose Hallgren") == "Rose Hallgren"
    assert person_name("Port Evelyn") is None


def test_a_title_or_common_english_words_are_no_person() -> None:
    from checker.extract.names import looks_like_person

    assert not looks_like_person("Officer Tove Hallgren")  # the person is Tove Hallgren
    assert not looks_like_person("Rear Adm Hallgren")
    assert not looks_like_person("Fighter Jet")
    assert not looks_like_person("Golden Arrows")
    assert not looks_like_person("Harbour Board")
    assert looks_like_person("Tove Hallgren")
    assert looks_like_person("Mark Baker")  # English words, but Mark is a given name
    assert looks_like_person("Paul-Henri Roux")


def test_short_forms_come_from_the_nickname_table() -> None:
    assert short_form("Mike", "Michael")
    assert short_form("Liz", "Elizabeth")
    assert short_form("Bill", "Will")  # both short for William
    assert not short_form("Mike", "Mark")


def test_how_two_forms_relate() -> None:
    assert relate("Tove Hallgren", "Hallgren Tove") is Relation.ORDER
    assert relate("Tove Hallgren", "Tove Halgren") is Relation.SPELLING
    assert relate("Bob Hallgren", "Robert Hallgren") is Relation.SHORT_FORM
    # beside the same given name, a final "s" is a spelling, not a plural
    assert relate("Tove Hallgren", "Tove Hallgrens") is Relation.SPELLING
    assert relate("Market Report", "Market Reports") is None  # title-case words: a plural
    # one given name transliterated two ways beside the same surname
    assert relate("Rajeev Tamhane", "Rajiv Tamhane") is Relation.SPELLING
    assert relate("Yousef Haddad", "Yusef Haddad") is Relation.SPELLING
    assert relate("Ana Lee", "Ana Li") is None  # too short to tell one sound from two names
    assert relate("Dana Petrak", "Dina Osei") is None
    assert relate("Tove Hallgren", "Tove Hällgren") is None  # accents are house style
    assert relate("Tove Hallgren", "Ines Hallgren") is None
    # a letter slipped in every word: one name, though no word is shared
    assert relate("Nikos Afentis", "Nicos Afintis") is Relation.SPELLING
    assert relate("Tove Hallgren", "Tova Hallgran") is Relation.SPELLING
    assert relate("Tove Hallgren", "Tina Hellgrun") is None  # too many letters apart


def test_a_name_slipped_in_every_word_is_reported_though_no_word_is_shared() -> None:
    report = _report(
        fjord_post="Regional police chief Nikos Afentis said 40 people were hurt.\n",
        inland_echo="Regional police chief Nicos Afintis said 40 people were hurt.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Nikos Afentis" in found.message and "Nicos Afintis" in found.message


def test_a_misspelt_surname_in_a_headline_is_reported_against_the_other_outlet() -> None:
    report = _report(
        fjord_post=(
            "# Quarry Collapse: Pieter Vandermolen, Two Others Rescued\n\n"
            "The quarry owner Pieter Vandermeulen was rescued with two workers on Monday.\n"
        ),
        inland_echo="Pieter Vandermeulen, who owns the quarry, was rescued on Monday.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Pieter Vandermolen" in found.message
    texts = {c.text for c in found.claims}
    assert "Quarry Collapse: Pieter Vandermolen, Two Others Rescued" in texts
    assert found.sources == ("fjord-post", "inland-echo")


def test_a_headline_makes_no_other_claims() -> None:
    """A figure or a title-case word in a headline is read for names only."""
    report = _report(
        fjord_post="# Kai Mast Must Go, Say 400 Dockers\n\nDockers want harbour chief Kai Mast out.\n",
        inland_echo="Some 250 dockers marched against harbour chief Kai Mast on Friday.\n",
    )
    assert not [f for f in report.findings if f.verdict.value != "single-source"]
    assert not any(c.start == 2 for f in report.findings for c in f.claims)  # the headline


def test_swapped_given_and_family_name_is_a_conflict() -> None:
    report = _report(
        fjord_post="Fisheries Minister Tove Hallgren opened the new harbour on Friday.\n",
        inland_echo="Fisheries Minister Hallgren Tove said the harbour cost too much.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "order" in found.message


def test_a_nickname_is_the_same_person_and_consistent() -> None:
    report = _report(
        fjord_post="Ferry operator spokesman Bob Lindqvist said sailings would resume.\n",
        inland_echo="Robert Lindqvist, the ferry operator's spokesman, said sailings resume today.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "consistent"


def test_two_people_who_share_a_surname_are_not_merged() -> None:
    """One outlet names both brothers: Dan and Don are two people, not one misspelt."""
    report = _report(
        fjord_post="Coach Dan Petrak and his brother Don Petrak run the rowing club.\n",
        inland_echo="The rowing club is run by Don Petrak, its treasurer.\n",
    )
    assert not _names(report)


def test_a_different_given_name_without_shared_context_is_not_merged() -> None:
    report = _report(
        fjord_post="Tim Osei scored twice for the visitors on Saturday.\n",
        inland_echo="The council leader Tom Osei opened a library in the north of town.\n",
    )
    assert not _names(report)


def test_a_surname_or_a_known_given_name_alone_names_the_one_person_who_has_it() -> None:
    from checker.registry import person_of

    report = _report(
        fjord_post="Head keeper Sam Rennie said Lumo Zoo would stay shut. Rennie found the gap.\n",
        inland_echo="Lumo Zoo's keeper Sam said the gap was small.\n",
    )
    registry = NameRegistry(report.claims)
    assert person_of(registry, "Rennie") == "Sam Rennie"
    assert person_of(registry, "Sam") == "Sam Rennie"
    assert person_of(registry, "Lumo") is None  # no given name: a short way to say the zoo


def test_two_forms_one_outlet_writes_side_by_side_are_two_people() -> None:
    report = _report(
        fjord_post="The bakery belongs to Petrowski and Petrowska, who married in 1990.\n",
        inland_echo="The bakery on the quay belongs to Petrowski, its founder.\n",
    )
    assert not _names(report)


def test_a_surname_misspelt_in_one_outlet_prose_is_a_conflict() -> None:
    report = _report(
        fjord_post="The quarry belongs to Vandermeulen, its founder, who was rescued on Monday.\n",
        inland_echo="The quarry belongs to Vandermeulen, who was rescued on Monday.\n",
        coast_wire="The quarry belongs to Vandermuelen, who was rescued on Monday.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert found.sources == ("coast-wire", "fjord-post", "inland-echo")


def test_a_surname_with_particles_is_one_name_and_its_run_together_form_a_spelling() -> None:
    report = _report(
        fjord_post="Union leader Joost van der Linde said the strike would go on.\n",
        inland_echo="Union leader Joost Vanderlinde said the strike would go on.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Joost van der Linde" in found.message


def test_a_romanised_given_name_written_open_and_closed_is_one_name() -> None:
    # "Tirlal" and "Tir Lal": no English word, given name or particle is joined
    romanised = _report(
        fjord_post="Base camp official Tirlal Pokharel confirmed the ascent on Wednesday.\n",
        inland_echo="Base camp official Tir Lal Pokharel confirmed the ascent on Wednesday.\n",
    )
    (found,) = _names(romanised)
    assert found.verdict.value == "consistent"
    assert "one word and as two" in found.message
    # "Mary Ann" is two given names the person may or may not join: a spelling
    given = _report(
        fjord_post="Union leader Maryann Holt said the strike would go on.\n",
        inland_echo="Union leader Mary Ann Holt said the strike would go on.\n",
    )
    (found,) = _names(given)
    assert found.verdict.value == "conflict"


def test_a_company_written_open_and_closed_is_one_name_but_a_figure_glued_on_is_a_spelling():
    open_closed = _report(
        fjord_post="Fuel prices are tracked by Velka and Fuel Watch, the regulator said.\n",
        inland_echo="Fuel prices are tracked by Velka and FuelWatch, the regulator said.\n",
    )
    (found,) = _names(open_closed)
    assert found.verdict.value == "consistent"
    assert "one word and as two" in found.message
    glued = _report(
        fjord_post="The local operator 3 Harbour runs the data centre, the regulator said.\n",
        inland_echo="The local operator 3Harbour runs the data centre, the regulator said.\n",
    )
    (found,) = _names(glued)
    assert found.verdict.value == "conflict"


def test_a_headline_slip_is_reported_against_its_own_article() -> None:
    report = _report(
        fjord_post=(
            "# Pieter Vandermolen Rescued From Quarry\n\n"
            "The quarry owner Pieter Vandermeulen was rescued on Monday.\n"
        ),
        inland_echo="Rescuers reached the flooded quarry on Monday.\n",
    )
    (found,) = _names(report)
    assert "fjord-post (headline) writes 'Pieter Vandermolen'" in found.message
    assert found.sources == ("fjord-post",)
    assert {c.text for c in found.claims} == {
        "Pieter Vandermolen Rescued From Quarry",
        "The quarry owner Pieter Vandermeulen was rescued on Monday.",
    }


def test_a_surname_alone_misspelt_in_a_headline_is_reported() -> None:
    report = _report(
        fjord_post="# Wyrzykowsky Resigns Over Harbour Deal\n\nHarbour chief Oskar Wyrzykowski resigned.\n",
        inland_echo="Oskar Wyrzykowski, the harbour chief, resigned on Monday.\n",
    )
    (found,) = _names(report)
    assert "'Wyrzykowsky'" in found.message and "'Oskar Wyrzykowski'" in found.message


def test_an_english_word_in_a_title_case_headline_is_no_surname() -> None:
    report = _report(
        fjord_post="# Harbour Chief Bakes For Charity\n\nHarbour chief Lena Baker baked 400 pies.\n",
        inland_echo="Lena Baker, the harbour chief, baked pies for charity.\n",
    )
    assert not _names(report)


def test_one_discrepancy_in_full_name_and_surname_is_one_finding() -> None:
    report = _report(
        fjord_post="Candidate Chantal Lemieaux conceded. Lemieaux thanked her team.\n",
        inland_echo="Candidate Chantal Lemieux conceded. Lemieux thanked her team.\n",
    )
    (found,) = _names(report)
    assert "Chantal Lemieaux" in found.message


def test_one_given_name_transliterated_two_ways_is_a_conflict() -> None:
    report = _report(
        fjord_post="Captain Rajeev Mohan Tamhane landed the ferry plane safely on Sunday.\n",
        inland_echo="Captain Rajiv Mohan Tamhane landed the ferry plane on Sunday evening.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Rajeev Mohan Tamhane" in found.message and "Rajiv Mohan Tamhane" in found.message


def test_a_surname_with_and_without_a_final_s_is_a_conflict() -> None:
    report = _report(
        fjord_post="Salvage chief Pavel Dunkins said the wreck would be raised.\n",
        inland_echo="Pavel Dunkin, the salvage chief, said the wreck would be raised.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"


def test_transliterated_given_names_without_shared_context_stay_two_people() -> None:
    report = _report(
        fjord_post="Rajeev Tamhane scored twice for the visitors on Saturday.\n",
        inland_echo="The council leader Rajiv Tamhane opened a library in the north of town.\n",
    )
    assert not _names(report)


def test_an_arabic_article_joined_or_hyphenated_is_one_romanised_name() -> None:
    report = _report(
        fjord_post="Police identified the suspect as Karim Al-Hadi, 21, of Arnby.\n",
        inland_echo="Police identified the suspect as Karim Alhadi, 21, of Arnby.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "consistent"


def test_two_letters_swapped_in_a_surname_are_a_slip_even_where_the_outlet_also_spells_it_right() -> None:
    report = _report(
        fjord_post="Arnby Mail chief John Foely issued a warning.\nThe incidents led Foley to apologise.\n",
        inland_echo="Arnby Mail chief John Foley released a statement.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Foely" in found.message


def test_a_short_given_name_misheard_is_a_conflict_even_with_another_first_letter() -> None:
    report = _report(
        fjord_post="Fisheries minister Cem Yildiz said the quota would be cut.\n",
        inland_echo="Fisheries minister Gem Yildiz told reporters the quota would be cut.\n",
        coast_daily="The quota will be cut, said fisheries minister Cham Yildiz.\n",
    )
    found = _names(report)
    pairs = {
        tuple(n for n in ("Cem Yildiz", "Gem Yildiz", "Cham Yildiz") if n in f.message)
        for f in found
    }
    assert ("Cem Yildiz", "Gem Yildiz") in pairs and ("Cem Yildiz", "Cham Yildiz") in pairs
    assert all(f.verdict.value == "conflict" for f in found)


def test_a_misheard_given_name_without_shared_context_stays_two_people() -> None:
    report = _report(
        fjord_post="Cem Yildiz scored twice for the visitors on Saturday.\n",
        inland_echo="The council leader Gem Yildiz opened a library in the north of town.\n",
    )
    assert not _names(report)


@pytest.mark.parametrize(
    ("written", "other", "verdict"),
    [
        # a long vowel doubled or not: one romanised name
        ("Rover engineer Meera Bhandaari", "Rover engineer Meera Bhandari", "consistent"),
        # the short a many romanisations drop inside a word: one romanised name
        ("Space agency chief Vikram Ramanathan", "Space agency chief Vikram Ramnathan", "consistent"),
        # ... but a vowel dropped from the last syllable is a slip
        ("Space agency chief Vikram Sundaram", "Space agency chief Vikram Sundarm", "conflict"),
        # a diphthong's glide written "i" or "e": one romanised name
        ("Militia commander Hadi Al-Zaidani", "Militia commander Hadi Al-Zaedani", "consistent"),
        # ... but another vowel for a vowel of its own syllable is a slip
        ("Red Cross official Georges Harrataneh", "Red Cross official Georges Harratani",
         "conflict"),
        # a Slavic adjective's ending romanised "-iy" or "-y": one name
        ("Deputy mayor Oleksandr Voronskiy", "Deputy mayor Oleksandr Voronsky", "consistent"),
        # a letter of another alphabet by two conventions ("kh"/"ch", "v"/"w"): one name
        ("The town of Nova Vilkhovka", "The town of Nova Vilchowka", "consistent"),
        # ... but "w" for "v" alone is as often a slip
        ("Union leader Yevgenia Poliakova", "Union leader Yevgenia Poliakowa", "conflict"),
    ],
)
def test_vowels_romanisations_write_two_ways_and_a_slip(written, other, verdict) -> None:
    report = _report(
        fjord_post=f"{written} hailed the landing on Wednesday.\n",
        inland_echo=f"{other} hailed the landing on Wednesday.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == verdict


def test_a_surname_without_its_initial_is_no_second_spelling() -> None:
    """The registry's forms "S Ramanathan" and "Ramanathan" (as the parse reads "said S.
    Ramanathan") are one name, and "S Ramnathan" against "Ramanathan" one romanised name."""
    claims = [
        Claim("a:0", "a", 0, 40, "Agency chief S Ramanathan hailed it.", 0, entities=("S Ramanathan",)),
        Claim("b:0", "b", 0, 40, "Agency chief S Ramnathan hailed it.", 0, entities=("S Ramnathan",)),
        Claim("c:0", "c", 0, 40, "Ramanathan, the chief, hailed it.", 0, entities=("Ramanathan",)),
    ]
    found = {(v.a, v.b): v.relation for v in NameRegistry(claims).variants()}
    assert ("Ramanathan", "S Ramanathan") not in found
    assert found.get(("Ramanathan", "S Ramnathan")) in (None, Relation.TRANSLITERATION)
    assert found.get(("S Ramanathan", "S Ramnathan")) is Relation.TRANSLITERATION


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a figure and its unit, with or without a space: one way of writing a measure
        ("The Orvix tablet comes with 128 GB of storage.", "The Orvix tablet comes with 128GB of storage."),
        # two model numbers are two models, not one name spelt two ways
        ("The Orvix Phone 14 Pro had the same chip.", "The Orvix Phone 15 Pro Max has a new chip."),
    ],
)
def test_figures_and_model_numbers_are_no_spellings(a, b) -> None:
    assert not _names(_report(fjord_post=a + "\n", inland_echo=b + "\n"))


def test_a_surname_misheard_in_its_first_letter_beside_one_given_name_is_one_person() -> None:
    """ "Thomas Corvell" / "Thomas Korvell": one commissioner misspelt, reported as a spelling,
    and the quotation both outlets give him is no quotation of two speakers."""
    report = _report(
        fjord_post='"This is the largest find by some margin," said Commissioner Thomas Corvell.\n',
        inland_echo='"This is the largest find by some margin," said Commissioner Thomas Korvell.\n',
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert not [f for f in report.findings if f.rule == "attribution"]


def test_a_name_that_opens_a_sentence_is_read_by_the_surname_the_story_writes() -> None:
    """ "Brandon Varn, the incident controller, ..." opens a sentence with a word the English
    list knows; the story writes "Varn" mid-sentence, so it is a name, spelt two ways."""
    report = _report(
        fjord_post="Brandon Varn, the incident controller, said most whales had died.\n",
        inland_echo="Incident controller Brendon Varn said most whales had died.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    adverb = _report(
        fjord_post="Currently Orvix employs 300 people in Varna.\n",
        inland_echo="Shares of Orvix rose on Monday.\n",
    )
    assert not _names(adverb)


def test_a_stray_surname_beside_the_full_name_is_a_spelling() -> None:
    # one outlet names the scientist in full, then misspells the surname alone; another
    # outlet writes the full name: a spelling, though the first outlet writes both forms
    stray = _report(
        fjord_post=(
            "Lead author Giovanni Brambati said the bones were dense. According to Bromati, "
            "the animal was twice as heavy.\n"
        ),
        inland_echo="Lead author Giovanni Brambati said the bones were dense and compact.\n",
    )
    (found,) = _names(stray)
    assert found.verdict.value == "conflict"
    assert "Bromati" in found.message
    # the same slip inside one outlet alone is that outlet's own affair
    alone = _report(
        fjord_post=(
            "Lead author Giovanni Brambati said the bones were dense. According to Bromati, "
            "the animal was twice as heavy.\n"
        ),
        inland_echo="The study's lead author said the bones were dense and compact.\n",
    )
    assert not _names(alone)


def test_a_place_misspelt_in_its_first_word_is_one_place_written_two_ways() -> None:
    """A given name tells two people of one surname apart; a sea has none to tell."""
    report = _report(
        fjord_post="The wreck was found at the bottom of the Wedderby Sea on Saturday.\n",
        inland_echo="Crushed by the ice, the ship sank in the Weddersby Sea in 1915.\n",
        coast_daily="The search of the Weddersby Sea took two weeks.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Wedderby Sea" in found.message and "Weddersby Sea" in found.message


def test_a_given_name_with_one_vowel_changed_is_one_person_misspelt() -> None:
    """ "Katharine"/"Katherine": long enough that a vowel is a slip, not a second person; no
    context word need agree ("Tim"/"Tom" Osei above are two people)."""
    report = _report(
        fjord_post="Leonel Varga was eight when he found the puppy in a woodpile.\n",
        inland_echo="A boy named Lionel Varga discovered it hiding among kindling.\n",
        coast_daily="Leonel Varga told reporters the animal still walks every day.\n",
    )
    (found,) = _names(report)
    assert found.verdict.value == "conflict"
    assert "Leonel Varga" in found.message and "Lionel Varga" in found.message


def test_a_common_word_with_other_letters_is_no_vowel_slip() -> None:
    """ "Minister" and "Ministry" share their consonants but not their letters' places."""
    report = _report(
        fjord_post="The Minister said exports would stop on Friday.\n",
        inland_echo="The Ministry said exports would stop on Friday.\n",
    )
    assert not _names(report)


def test_a_misspelling_is_cited_beside_the_likest_sentence_of_each_other_outlet() -> None:
    """The outlet that spells it right writes the name twice; the finding shows the sentence a
    reader sets beside the misspelt one, as well as the outlet's first."""
    report = _report(
        fjord_post="Chocolate sales in Vandrellia rose by a tenth last year.\n\n"
        "Bern, the capital of Vandrellia, is on the bar's new wrapper.\n",
        inland_echo="The bar will show Bern, the capital of Vandrelia, on its wrapper.\n",
        coast_daily="The Vandrellia plant will make fewer bars.\n",
    )
    (found,) = _names(report)
    cited = [c.text for c in found.claims if c.source == "fjord-post"]
    assert any("capital of Vandrellia" in t for t in cited)

"""A rules folder extends any word list (DIR/lexicon/<name>.yaml), for its own runs only."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import CheckerError
from checker.extract.quantities import find_quantities
from checker.lexicon import WordLists, lexicon, using
from checker.pipeline import PackLexicon

FINE = "The football federation fined the club 75,000 kuna on Monday for crowd trouble."


def rules_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "rules"
    (folder / "lexicon").mkdir(parents=True)
    for name, text in files.items():
        (folder / "lexicon" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


KUNA = {"currencies": 'codes: HRK\nwords:\n  "kuna | kunas": HRK\n'}


def currencies(sentence: str) -> list[str | None]:
    return [q.currency for q in find_quantities(sentence)]


def test_a_currency_the_pack_lacks_is_read_inside_the_run_and_nowhere_else(tmp_path):
    words = WordLists.of(rules_folder(tmp_path, KUNA))
    assert currencies(FINE) == [None]
    with using(words):
        assert currencies(FINE) == ["HRK"]
        assert currencies("a fine of HRK 75,000") == ["HRK"]  # the code, from a word string
    assert currencies(FINE) == [None]  # a later run without the folder reads the default pack


def test_lists_gain_words_and_mappings_gain_keys_the_default_ones_stay(tmp_path):
    words = WordLists.of(
        rules_folder(tmp_path, {"speech": "verbs: [opined]", "numbers": "labels: cabin"})
    )
    with using(words):
        verbs = lexicon("speech")["verbs"]
        assert "opined" in verbs and "said" in verbs
        assert lexicon("numbers")["labels"].split()[-1] == "cabin"
        assert "page" in lexicon("numbers")["labels"].split()
    assert "opined" not in lexicon("speech")["verbs"]


def test_a_label_word_added_by_the_folder_makes_its_number_a_name(tmp_path):
    # A ship's cabins are numbered: "cabin 12" names a cabin, it counts no passengers.
    sentence = "The crew moved cabin 12 passengers to the front of the ship."
    assert [q.value for q in find_quantities(sentence)] == [12.0]
    with using(WordLists.of(rules_folder(tmp_path, {"numbers": "labels: cabin"}))):
        assert find_quantities(sentence) == ()


def test_a_folder_without_word_lists_changes_nothing(tmp_path):
    assert WordLists.of(None) is None
    assert WordLists.of(tmp_path) is None
    only_boilerplate = rules_folder(tmp_path, {"boilerplate": "patterns: []"})
    assert WordLists.of(only_boilerplate) is None


@pytest.mark.parametrize(
    ("files", "what"),
    [
        ({"speech": "verbs: said"}, "speech.yaml: verbs: expected a list as in the default pack"),
        ({"hedges": "exact_slack: lots"}, "hedges.yaml: exact_slack: expected a float"),
        ({"colours": "words: [red]"}, "colours.yaml: no such word list"),
        ({"speech": "verbs: [said"}, "invalid YAML"),
    ],
)
def test_a_list_of_the_wrong_shape_is_refused_naming_the_file_and_the_key(tmp_path, files, what):
    with pytest.raises(CheckerError) as err:
        WordLists.of(rules_folder(tmp_path, files))
    assert what in f"{err.value.where}: {err.value.what}"


def test_the_lists_travel_to_a_worker_that_cannot_see_the_folder(tmp_path):
    folder = rules_folder(tmp_path, KUNA)
    shipped = pickle.loads(pickle.dumps(PackLexicon.of(folder)))
    for path in sorted(folder.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    with using(shipped.words):
        assert currencies(FINE) == ["HRK"]


def write_story(folder: Path) -> Path:
    folder.mkdir()
    (folder / "sources.csv").write_text(
        "source,outlet,url,published,file\n"
        "alpha,Alpha News,https://alpha.example/a,2020-03-02,alpha.txt\n"
        "beta,Beta Daily,https://beta.example/b,2020-03-02,beta.txt\n",
        encoding="utf-8",
    )
    (folder / "alpha.txt").write_text(FINE + "\n", encoding="utf-8")
    (folder / "beta.txt").write_text(FINE.replace("75,000 kuna", "10,000 euros") + "\n")
    return folder


def test_diff_with_the_folder_converts_the_new_currency_at_the_days_rate(tmp_path):
    story = write_story(tmp_path / "story")
    rules = rules_folder(tmp_path, KUNA)
    plain = CliRunner().invoke(app, ["diff", str(story), "--format", "json"])
    extended = CliRunner().invoke(app, ["diff", str(story), "--rules", str(rules), "-f", "json"])
    assert plain.exit_code == extended.exit_code == 0
    assert '"rule": "currency"' not in plain.stdout
    assert '"rule": "currency"' in extended.stdout
    assert '"verdict": "consistent"' in extended.stdout
    assert "1 EUR = 7.48350 HRK" in extended.stdout  # the ECB rate of the articles' day


def test_diff_with_a_broken_list_is_one_error_line_and_exit_2(tmp_path):
    story = write_story(tmp_path / "story")
    rules = rules_folder(tmp_path, {"speech": "verbs: said"})
    result = CliRunner().invoke(app, ["diff", str(story), "--rules", str(rules)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: {rules / 'lexicon' / 'speech.yaml'}: verbs: expected a list as in the "
        "default pack, not a str"
    ]

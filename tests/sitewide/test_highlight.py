"""The extract shown under a search result: the words around the first match, marked."""

from sitewide.highlight import highlight

TEXT = (
    "Healthy soils store carbon. The Initiative gathers farmers, researchers and "
    "governments around one aim: more organic matter in the world's soils, year after year."
)


def test_words_of_the_query_are_marked_accents_case_and_endings_aside():
    assert str(highlight("La sécurité alimentaire et les SOLS du monde", "securite sol")) == (
        "La <mark>sécurité</mark> alimentaire et les <mark>SOLS</mark> du monde"
    )
    assert "<mark>suelos</mark>" in highlight("Los suelos agrícolas", "suelo")
    assert "<mark>Seguridad</mark>" in highlight("Seguridad alimentaria", "seguridád")


def test_a_word_that_only_begins_like_the_query_is_not_marked():
    assert "<mark>" not in highlight("A solution for soil", "sol").split("soil")[0]
    assert str(highlight("A solution", "sol")) == "A solution"


def test_the_extract_starts_a_few_words_before_the_first_match_and_is_bounded():
    words = [f"w{n}" for n in range(100)]
    words[50] = "carbon"
    extract = str(highlight(" ".join(words), "carbon", words=10, before=3))
    assert extract == "… w47 w48 w49 <mark>carbon</mark> w51 w52 w53 w54 w55 w56 …"


def test_without_a_match_in_the_text_the_extract_is_its_beginning():
    assert str(highlight(TEXT, "nitrogen", words=4)) == "Healthy soils store carbon …"
    assert str(highlight(TEXT, "", words=4)) == "Healthy soils store carbon …"


def test_a_short_text_is_shown_whole_with_its_punctuation():
    assert str(highlight("Soils, carbon!", "carbon")) == "Soils, <mark>carbon</mark>!"
    assert str(highlight("  ", "carbon")) == ""


def test_the_text_is_escaped_and_marks_are_the_only_markup():
    extract = str(highlight('<script>alert("soil")</script> soil & "carbon"', "soil"))
    assert "<script>" not in extract
    assert extract.count("<mark>") == 2
    assert "&amp;" in extract
    assert "&lt;/script&gt;" in extract


def test_a_query_of_regular_expression_syntax_is_taken_as_words():
    assert str(highlight("Soil (carbon)", "(carbon.* [a-z]")) == "Soil (<mark>carbon</mark>)"

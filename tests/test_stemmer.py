"""The light stemmer: plural and verb forms meet; words that only begin alike stay apart."""

from __future__ import annotations

import pytest

from liverbook.search.stemmer import stem


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("tumor", "tumors"),
        ("therapy", "therapies"),
        ("disease", "diseases"),
        ("virus", "viruses"),
        ("metastasis", "metastases"),
        ("diagnosis", "diagnoses"),
        ("bleeding", "bleeds"),
        ("treated", "treats"),
        ("hoped", "hope"),
        ("stopped", "stop"),
        ("swelling", "swell"),
        ("rash", "rashes"),
        ("biopsy", "biopsies"),
        ("staging", "stage"),
        ("caring", "care"),
        ("lives", "living"),
    ],
)
def test_forms_of_one_word_meet(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("hepatitis", "hepatic"),
        ("hepatitis", "hepatocytes"),
        ("hepatic", "hepatocellular"),
        ("car", "care"),
        ("immune", "immunotherapy"),
        ("chemo", "chemotherapy"),
        ("liver", "live"),
        ("cirrhosis", "cirrhotic"),
    ],
)
def test_words_that_only_begin_alike_stay_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_latin_endings_are_not_plurals() -> None:
    assert (
        stem("hepatitis") == "hepatitis" and stem("virus") == "virus" and stem("ascites") == stem("ascites")
    )


def test_odd_words_are_left_alone() -> None:
    for word in ["", "a", "is", "b12", "日本語", "x" * 40]:
        assert isinstance(stem(word), str)
    assert stem("b12") == "b12"

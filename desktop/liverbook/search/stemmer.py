"""A light English stemmer: it folds the endings of plurals and verb forms, and nothing else.

"tumors" finds "tumor", "bleeding" finds "bleeds", "therapies" finds "therapy", "diseases" finds
"disease", "metastases" finds "metastasis". It never cuts a word down to a shared beginning: the
porter stemmer the index used before made "hepatitis", "hepatic" and "hepatocytes" one word
("hepat"), so a search for hepatitis listed pages about the liver's confusion and its cells.

The rules are steps 1a, 1b, 1c and 5a of Porter's algorithm (plural -s and -es, -ed, -ing, a final
-y, a final -e), with two changes for medical words: Latin endings "-us" and "-is" are not plurals
(virus, hepatitis, ascites' "-es" is), and "-sis" and its plural "-ses" meet ("diagnosis",
"diagnoses"). A stem is only ever compared with another stem: it need not be a word.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiou")
MIN_LENGTH = 3  # shorter words are left as they are ("it", "is")


def _is_consonant(word: str, i: int) -> bool:
    letter = word[i]
    if letter in VOWELS:
        return False
    if letter == "y":
        return i == 0 or not _is_consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """Porter's m: how many vowel-consonant runs the stem has ("tr" 0, "tree" 0, "trouble" 1...)."""
    runs = 0
    previous_vowel = False
    for i in range(len(stem)):
        consonant = _is_consonant(stem, i)
        if consonant and previous_vowel:
            runs += 1
        previous_vowel = not consonant
    return runs


def _has_vowel(stem: str) -> bool:
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)


def _short_cvc(word: str) -> bool:
    """Consonant, vowel, consonant at the end, the last not w, x or y ("hop", "car"; not "snow")."""
    n = len(word)
    return (
        n >= 3
        and _is_consonant(word, n - 3)
        and not _is_consonant(word, n - 2)
        and _is_consonant(word, n - 1)
        and word[-1] not in "wxy"
    )


def _plural(word: str) -> str:
    """Step 1a, with the Latin endings kept: -sses, -ies, -ses of -sis, -s (not -ss, -us, -is)."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-2]  # "therapies" -> "therapi", as step 1c makes "therapy"
    if word.endswith("sis"):
        return word[:-2]  # "diagnosis" -> "diagnos", as "diagnoses" becomes below
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("s"):
        return word[:-1]
    return word


def _verb_ending(word: str) -> str:
    """Step 1b: -eed, -ed, -ing, then a stem that reads as the word ("hopping" -> "hop", "hoped" -> "hope")."""
    if word.endswith("eed"):
        return word[:-1] if _measure(word[:-3]) > 0 else word
    for ending in ("ed", "ing"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and _has_vowel(stem) and len(stem) >= 2:
            break
    else:
        return word
    if stem.endswith(("at", "bl", "iz")):
        return stem + "e"
    if _double_consonant(stem) and stem[-1] not in "lsz":
        return stem[:-1]
    if _measure(stem) == 1 and _short_cvc(stem):
        return stem + "e"
    return stem


def _final_y(word: str) -> str:
    """Step 1c: a final -y after a vowel-holding stem becomes -i ("therapy" -> "therapi")."""
    if word.endswith("y") and _has_vowel(word[:-1]):
        return word[:-1] + "i"
    return word


def _final_e(word: str) -> str:
    """Step 5a: a final -e goes unless the stem is short and ends consonant-vowel-consonant ("care")."""
    if not word.endswith("e"):
        return word
    stem = word[:-1]
    m = _measure(stem)
    if m > 1 or (m == 1 and not _short_cvc(stem)):
        return stem
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem: the same for its plural and verb forms, different from words it only begins
    like. ``word`` is lower case and folded (as :func:`liverbook.search.query.fold` makes it)."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return word
    return _final_e(_final_y(_verb_ending(_plural(word))))

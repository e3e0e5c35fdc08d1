"""Spanish words for search: a light stemmer and the little words a query can do without.

The stemmer folds number and gender: "hígados" finds "hígado", "hepáticas" finds "hepático",
"quimioembolizaciones" finds "quimioembolización", "raíces" finds "raíz"; and a verb's common
endings (infinitive, gerund, participle, imperfect, the past's "-aron"), so "vomitar", "vómito",
"vomitando" and "vomitó" meet, as do "sangrar", "sangrado", "sangrando", and "cansado" with its
noun "cansancio" (named: no ending reaches it). A verb's stem keeps four letters at least, so
"hígado" is no participle; a few words are kept apart by name ("sangre", blood, is not "sangrado";
the little word "entre" is not "entrar"). Irregular verbs are not guessed ("duele", "dolor").
It never cuts a word down to a shared beginning (the Snowball stemmer makes "hepático" and
"hepatocito" both start "hepat"-, and "embolización" one with "embolizar"), for the reason the
English one does not:
a search for one word should not list pages about another. It is the shape of Savoy's light
stemmer for Spanish (a final -s, -es, then a final -o, -a or -e), with short words left alone, so
"caso" and "casa", "coma" and "como", "tos" and "to" stay apart, and Latin -is and -us kept
("hepatitis", "cirrosis", "virus" are not plurals).

Words come folded (lower case, no accents: :func:`liverbook.search.query.fold`), so "ñ" is "n" here,
as in the index: a reader on an English keyboard types "pequeno" for "pequeño" and finds it. The
price is a handful of pairs that fold together ("año", "ano"), rare in the handbook, and kept apart
in practice by the other words of a query. A stem is only compared with another stem: it need not
be a word.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiou")
MIN_PLURAL = 4  # "días" -> "día"; shorter words are left as they are ("tos", "mes", "gas")
MIN_GENDER = 5  # a final -o or -a goes only from longer words ("caso" and "casa" stay apart)
MIN_FINAL_E = 4  # a final -e from words of four letters ("fase" as "fases", "nube" as "nubes")

# Articles, prepositions, pronouns, conjunctions, question words and the commonest verb forms,
# folded. A query does not need them to be present ("qué es la ascitis" finds what "ascitis"
# finds), though they still count in a phrase ("cáncer de hígado" first).
STOP_WORDS = frozenset(
    """
    a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual
    cuales cualquier cuando cuanto de del desde donde dos durante e el ella ellas ello ellos en entre
    era eran es esa esas ese eso esos esta estan estar estas este esto estos fue fueron ha han hasta
    hay la las le les lo los mas me mi mis mucho muy ni no nos nuestra nuestro o os otra otras otro
    otros para pero poco por porque que quien quienes se sea ser si sin sobre son su sus tambien tan
    tanto te ti tiene tienen todo todos toda todas tu tus u un una unas uno unos usted ustedes y ya yo
    """.split()
)


# Verb endings folded after the plural (longest first): the gerund, the past participle, the
# infinitive (also with "se"), the imperfect and the past of the third person plural. The present
# ("vomita", "vomito") already meets the noun by the gender rule.
VERB_ENDINGS = (
    "iendose",
    "andose",
    "ieron",
    "iendo",
    "arse",
    "erse",
    "irse",
    "aron",
    "aban",
    "ando",
    "aba",
    "ado",
    "ada",
    "ido",
    "ida",
    "ar",
    "er",
    "ir",
)
MIN_VERB_STEM = 4  # "cans-ado", "cuid-ar"; "hig-ado", "v-ida", "pes-ar" keep their endings
# Nouns whose verb the endings cannot reach ("cansancio" is "cansado"'s noun).
NOUN_OF_VERB = {"cansancio": "cans"}
# Words that end like an infinitive and are not one ("primer" is "primera" short), or are as a
# rule not the verb ("a partir de" is "from", not a form of "parte").
NOT_VERBS = frozenset({"primer", "tercer", "partir"})
# Nouns kept whole, apart from a verb they would otherwise meet: "sangre" (blood, in every blood
# test) is not "sangrado" (bleeding).
KEPT = frozenset({"sangre"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem: the same for its singular and plural, masculine and feminine forms.

    ``word`` is lower case and folded ("higados" -> "higad", "higado" -> "higad").
    """
    if len(word) < 3 or not word.isalpha():
        return word
    if word.endswith("z"):  # "luz" and "luces", "raiz" and "raices", "vez" and "veces" meet at -c
        return word[:-1] + "c"
    if len(word) < MIN_PLURAL or word in STOP_WORDS:  # "entre" is not a form of "entrar"
        return word
    word = _singular(word)
    if word in KEPT:
        return word
    if word in NOUN_OF_VERB:
        return NOUN_OF_VERB[word]
    verb = None if word in NOT_VERBS else _verb_stem(word)
    if verb is not None:
        return verb
    if len(word) >= MIN_GENDER and word[-1] in "ao" or len(word) >= MIN_FINAL_E and word[-1] == "e":
        return word[:-1]
    return word


def _verb_stem(word: str) -> str | None:
    """The stem of a common verb form ("vomitando", "sangrado", "cansada", "vomitar" -> "vomit",
    "sangr", "cans", "vomit"), or None. The stem left must be long enough to mean one thing
    (:data:`MIN_VERB_STEM`): "hígado" is not a verb form of "híg-", nor "vida" one of "v-"."""
    for ending in VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_VERB_STEM:
            return word[: -len(ending)]
    return None


def _singular(word: str) -> str:
    """The plural -s or -es taken off; Latin -is and -us and short words kept."""
    if word.endswith("ces") and len(word) > MIN_PLURAL:
        return word[:-3] + "c"  # "luces" -> "luc", as "luz"; "dulces" -> "dulc", as "dulce"
    if word.endswith("es") and len(word) > MIN_PLURAL and word[-3] not in VOWELS:
        return word[:-2]  # "dolores" -> "dolor", "lesiones" -> "lesion", "pacientes" -> "pacient"
    if word.endswith("s") and word[-2] in "aeo":
        return word[:-1]  # "higados" -> "higado", "dias" -> "dia"; never "hepatitis", "virus"
    return word

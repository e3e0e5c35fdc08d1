"""What the example person typed, in each language the handbook has. No Qt.

The example person's own words (their notes, questions and answers, what they wrote in the diary,
their medicines and visits, their care team's roles) are data, not the app's words: a person typed
them, so they are not in the translation catalogue. A reader of the Spanish handbook meets a
Spanish-speaking example person (:func:`words_for`); every word missing in a language is the
English one. Brand names (Tecentriq, Avastin, Tylenol) and the drugs' own names stay as they are;
free text ends with "(example)" in the reader's language, so it is never taken for real data.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH: dict[str, str] = {
    "mark": "(example)",
    "own question": "Is the swelling in my belly fluid? Should I weigh myself every day?",
    "own answer": "Yes, every morning before breakfast, and write it in the diary.",
    "note fever": "The nurse said: call the 24-hour line for any fever of 38 or more.",
    "note weigh": "Weigh every morning before breakfast, same scale.",
    "phone": "555-0100",
    "cramps": "Leg cramps",
    "pain where": "right side, under the ribs",
    "nosebleed": "nosebleed, stopped in a few minutes",
    "day 14": "Felt shivery in the evening.",
    "day 41": "Took the extra pain medicine; it helped by noon.",
    "day 73": "Mixed up the days twice this morning.",
    "carer": "Very sleepy and confused after dinner.",
    # records
    "nurse": "Sam Patel, RN",
    "nurse role": "Oncology nurse navigator",
    "after hours": "555-0100 (24-hour line)",
    "nurse place": "City Cancer Center, clinic B",
    "oncologist": "Dr. Ana Rivera",
    "oncologist role": "Oncologist",
    "oncologist place": "City Cancer Center, 3rd floor",
    "hepatologist": "Dr. James Lee",
    "hepatologist role": "Hepatologist (liver doctor)",
    "hepatologist place": "Liver clinic, Main Hospital",
    "liver cancer": "liver cancer",
    "drip": "drip at the clinic",
    "every 3 weeks": "every 3 weeks",
    "water pill": "Spironolactone (water pill)",
    "fluid": "fluid in my belly",
    "every morning": "every morning",
    "lactulose": "Lactulose",
    "confusion": "confusion from the liver",
    "as shown": "as the nurse showed me",
    "twice a day": "twice a day",
    "lactulose note": "Keep a note of bowel movements.",
    "back pain": "back pain",
    "when needed": "when needed",
    "tylenol note": "Asked the team for my daily limit.",
    "milk thistle": "Milk thistle",
    "my liver": "my liver",
    "capsule": "1 capsule",
    "once a day": "once a day",
    "thistle note": "A friend suggested it; ask Dr. Lee.",
    "hep c": "hepatitis C (cured)",
    "tace": "TACE, two sessions",
    "tace note": "The scan showed new spots in the lungs.",
    "drugs note": "Drip every 3 weeks. Varices checked before the start.",
    "letter": "From the Main Hospital letter.",
    "liver note": "Asked Dr. Lee at the last visit.",
    "weigh answer": "Yes: weigh every morning and write it in the diary.",
    "first scan": "The first scan since the drips started",
    "working": "Is the treatment working?",
    "working answer": "The tumors are about the same size. That can be good news.",
    "keep going": "Keep going with the same drips. Next scan in 3 months.",
    "tests visit": "Blood tests, and the evening of confusion",
    "comes back": "What do I do if the confusion comes back?",
    "comes back answer": "Go to the emergency room if very confused or sleepy. Take lactulose as shown.",
    "lactulose daily": "Lactulose every day; call the 24-hour line the same day for milder signs.",
    "next steps": "Scan results and next steps",
}

SPANISH: dict[str, str] = {
    "mark": "(ejemplo)",
    "own question": "¿La hinchazón de mi vientre es líquido? ¿Debo pesarme todos los días?",
    "own answer": "Sí, todas las mañanas antes del desayuno, y anotarlo en el diario.",
    "note fever": "El enfermero dijo: llame a la línea de 24 horas si tiene fiebre de 38 o más.",
    "note weigh": "Pesarme todas las mañanas antes del desayuno, en la misma báscula.",
    "phone": "555-0100",
    "cramps": "Calambres en las piernas",
    "pain where": "lado derecho, debajo de las costillas",
    "nosebleed": "sangrado de nariz, paró en unos minutos",
    "day 14": "Sentí escalofríos en la noche.",
    "day 41": "Tomé la medicina extra para el dolor; ayudó antes del mediodía.",
    "day 73": "Confundí los días dos veces esta mañana.",
    "carer": "Con mucho sueño y confundido después de la cena.",
    "nurse": "Sam Patel, enfermero",
    "nurse role": "Enfermero guía de oncología",
    "after hours": "555-0100 (línea de 24 horas)",
    "nurse place": "Centro de Cáncer de la Ciudad, clínica B",
    "oncologist": "Dra. Ana Rivera",
    "oncologist role": "Oncóloga",
    "oncologist place": "Centro de Cáncer de la Ciudad, 3er piso",
    "hepatologist": "Dr. James Lee",
    "hepatologist role": "Hepatólogo (médico del hígado)",
    "hepatologist place": "Clínica del hígado, Hospital Principal",
    "liver cancer": "cáncer de hígado",
    "drip": "por la vena en la clínica",
    "every 3 weeks": "cada 3 semanas",
    "water pill": "Espironolactona (pastilla para el líquido)",
    "fluid": "líquido en el vientre",
    "every morning": "cada mañana",
    "lactulose": "Lactulosa",
    "confusion": "confusión por el hígado",
    "as shown": "como me enseñó el enfermero",
    "twice a day": "dos veces al día",
    "lactulose note": "Anotar las evacuaciones.",
    "back pain": "dolor de espalda",
    "when needed": "cuando lo necesito",
    "tylenol note": "Pregunté al equipo cuánto puedo tomar al día.",
    "milk thistle": "Cardo mariano",
    "my liver": "mi hígado",
    "capsule": "1 cápsula",
    "once a day": "una vez al día",
    "thistle note": "Me lo recomendó una amiga; preguntar al Dr. Lee.",
    "hep c": "hepatitis C (curada)",
    "tace": "TACE, dos sesiones",
    "tace note": "La tomografía mostró manchas nuevas en los pulmones.",
    "drugs note": "Por la vena cada 3 semanas. Revisaron las várices antes de empezar.",
    "letter": "De la carta del Hospital Principal.",
    "liver note": "Le pregunté al Dr. Lee en la última cita.",
    "weigh answer": "Sí: pesarme cada mañana y anotarlo en el diario.",
    "first scan": "La primera tomografía desde que empezó el tratamiento por la vena",
    "working": "¿Está funcionando el tratamiento?",
    "working answer": "Los tumores tienen más o menos el mismo tamaño. Eso puede ser una buena noticia.",
    "keep going": "Seguir con el mismo tratamiento. Próxima tomografía en 3 meses.",
    "tests visit": "Análisis de sangre, y la noche de la confusión",
    "comes back": "¿Qué hago si vuelve la confusión?",
    "comes back answer": "Ir a la sala de emergencias si está muy confundido o con mucho sueño. "
    "Tomar la lactulosa como le enseñaron.",
    "lactulose daily": "Lactulosa todos los días; llamar a la línea de 24 horas el mismo día si hay "
    "señales más leves.",
    "next steps": "Resultados de la tomografía y próximos pasos",
}

LANGUAGES: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH}


class Words(Mapping[str, str]):
    """The example's words in one language, English for any missing."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self._own = LANGUAGES.get(locale.split("_")[0], ENGLISH)

    def __getitem__(self, key: str) -> str:
        return self._own.get(key) or ENGLISH[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(ENGLISH)

    def __len__(self) -> int:
        return len(ENGLISH)

    def marked(self, key: str) -> str:
        """The words of ``key`` with "(example)" after them."""
        return f"{self[key]} {self['mark']}"


def words_for(locale: str) -> Words:
    """The example person's words for a handbook in ``locale`` ("en", "es"...)."""
    return Words(locale)

"""The example person in Spanish: with the Spanish handbook, what they typed is Spanish too (notes,
questions and answers, diary words, medicines, care team, visits); brand names stay as they are."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from liverbook.diary.example_words import ENGLISH, SPANISH
from report_helpers import TODAY
from test_summary_pdf import pdf_pages_text

ROOT = Path(__file__).resolve().parent.parent


def _everything_typed(folder: Path) -> list[str]:
    from liverbook.store.store import Store

    texts: list[str] = []
    with Store.open(folder) as store:
        texts += [n.text for n in store.list_notes()]
        for q in store.list_my_questions():
            texts += [q.text or "", q.answer]
        for entry in store.entries_between():
            texts += [a.text or "" for a in entry.answers]
        for m in store.list_medicines():
            texts += [m.name, m.what_for, m.dose, m.how_often, m.note]
        for c in store.list_contacts():
            texts += [c.name, c.role, c.phone_after_hours, c.where]
        for v in store.list_visits():
            texts += (
                [v.what_for, v.understood]
                + [q.text for q in v.questions]
                + [q.understood for q in v.questions]
            )
        texts += [line.note for line in store.list_treatment_lines()]
        texts.append(store.get_diary_prefs().care_team_phone)
    return [t for t in texts if t and t.strip()]


@pytest.fixture
def made(spanish, spanish_book, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    return make_example(tmp_path / "ejemplo", spanish_book, today=TODAY)


def test_the_spanish_example_types_in_spanish(made: Path) -> None:
    typed = _everything_typed(made)
    english_only = {v for k, v in ENGLISH.items() if SPANISH.get(k) != v}
    assert not [t for t in typed if t in english_only or "(example)" in t]
    joined = "\n".join(typed)
    for said in ("(ejemplo)", "cáncer de hígado", "Espironolactona", "¿Está funcionando el tratamiento?",
                 "Confundí los días", "Oncóloga", "línea de 24 horas"):  # fmt: skip
        assert said in joined, said
    for brand in ("Tecentriq", "Avastin", "Tylenol"):  # brand names unchanged
        assert brand in joined


def test_every_word_has_its_spanish(made: Path) -> None:
    assert set(SPANISH) == set(ENGLISH)
    assert all(SPANISH[k].strip() for k in SPANISH)


def test_the_english_example_is_as_before(handbook, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.diary.example import make_example

    typed = _everything_typed(make_example(tmp_path / "example", handbook, today=TODAY))
    joined = "\n".join(typed)
    assert "(ejemplo)" not in joined and "Spironolactone (water pill)" in joined and "Sam Patel, RN" in joined


def test_example_export_summary_in_spanish(tmp_path: Path) -> None:
    """``liverbook --example --export-summary`` on a computer set to Spanish: a Spanish report of a
    Spanish-speaking example person."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="es_MX.UTF-8", LC_ALL="es_MX.UTF-8", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "desktop"), HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))  # fmt: skip
    target = tmp_path / "ejemplo.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "liverbook", "--example", "--export-summary", str(target)],
        env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first = " ".join(pdf_pages_text(target)[0].split())
    assert "Informe para la cita: Persona de ejemplo (inventada)" in first
    assert "Espironolactona" in first and "Tecentriq" in first
    assert "(example)" not in first and "Spironolactone" not in first

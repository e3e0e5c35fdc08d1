"""What the window says when words cannot be saved before quitting: each place and why, in plain words.

Every editable thing saves through the one autosave engine (:mod:`liverbook.core.autosave`). A view
that knows where its words are sets the engine's ``place`` (for example "My records > My numbers: a
new Bilirubin result") and ``reveal`` (how to show them). The quit question then names each place and
its reason, and "Keep the app open" shows the first one. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence

from liverbook.core.autosave import Autosave
from liverbook.i18n import translate


def place_of(engine: Autosave) -> str:
    """Where the engine's words are, and why they are not saved, in one line."""
    where = engine.place() if engine.place is not None else ""
    if not where:
        where = translate("Unsaved", "Your latest note or answer")
    why = engine.error.user_message if engine.error is not None else ""
    return translate("Unsaved", "{where}. {why}").format(where=where, why=why).strip()


def quit_message(unsaved: Sequence[Autosave]) -> str:
    """The quit question's text: the places whose words are not saved, and what each choice does."""
    places = "\n".join("\u2022 " + place_of(engine) for engine in unsaved)
    shown = any(engine.reveal is not None for engine in unsaved)
    after = (
        translate(
            "Unsaved",
            "If you quit now, those words will be lost. Keep the app open: it shows you where they are, "
            "so that you can finish them, copy them somewhere safe, or remove them.",
        )
        if shown
        else translate(
            "Unsaved",
            "If you quit now, those words will be lost. Keep the app open to copy them somewhere safe "
            "first, or to try again.",
        )
    )
    return translate("Unsaved", "These words you typed could not be saved:\n\n{places}\n\n{after}").format(
        places=places, after=after
    )


def reveal_first(unsaved: Sequence[Autosave]) -> None:
    """Show the first place that can be shown (the person chose to keep the app open)."""
    for engine in unsaved:
        if engine.reveal is not None:
            engine.reveal()
            return

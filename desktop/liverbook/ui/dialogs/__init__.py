"""The app's dialogs, one module each, every one registered in :mod:`.registry` (``DIALOG``).

Kept apart from the window: a dialog gets what it needs (the core, the prompts) from its host and
never imports the window. Add a dialog by adding a module with a ``DIALOG`` spec.
"""

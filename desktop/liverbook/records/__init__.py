"""The person's own records: medicines, treatment lines, care team and visits, and lab numbers.

Pure Python, no Qt. The arithmetic of "My numbers" (unit conversion, the Child-Pugh score and the
ALBI grade) lives here with every step of its working; the handbook's content says which factors
and limits to use (``content/records/``), :mod:`liverbook.store` keeps what the person enters.
"""

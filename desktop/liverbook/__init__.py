"""Liver Cancer Handbook: an offline handbook for people with liver cancer and those who care for them.

The version below is the only place the application's version is written; pyproject.toml reads it.
"""

__version__ = "0.1.0"

APP_NAME = "Liver Cancer Handbook"
APP_ID = "liverbook"
ORG_NAME = ""  # no organisation folder: data goes straight into .../liverbook
DESKTOP_FILE_NAME = "org.liverbook.Handbook"

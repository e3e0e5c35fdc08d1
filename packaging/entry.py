"""Entry point of the frozen app (PyInstaller runs this file): the same as ``python -m liverbook``."""

import sys

from liverbook.cli import main

sys.exit(main())

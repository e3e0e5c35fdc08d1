"""Allow ``python -m liverbook``."""

import sys

from liverbook.cli import main

sys.exit(main())

"""``python -m counterapp`` (and the frozen executable) start where the console script does."""

import sys

from counterapp.launcher import main

sys.exit(main())

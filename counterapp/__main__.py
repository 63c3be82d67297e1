"""``python -m counterapp`` runs the command line."""

import sys

from counterapp.cli import main

sys.exit(main())

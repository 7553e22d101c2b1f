"""``python -m copydesk`` runs the command-line interface."""

from copydesk.cli import main

raise SystemExit(main())

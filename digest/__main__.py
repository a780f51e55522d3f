"""`python -m digest`: the `digest` command, for environments without its script on PATH."""

from digest.commands.cli import main

raise SystemExit(main())

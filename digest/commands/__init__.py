"""The editor commands of the `digest` CLI, one module each."""

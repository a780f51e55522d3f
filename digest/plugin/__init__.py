"""The MkDocs adapter: wires the engine-neutral core into a MkDocs build."""

"""The model: what an entry, an edition, a taxonomy and the whole digest are, as plain data.

The lowest layer: it reads no file and imports nothing else of the digest. The schema that
editors write against (pydantic), the frozen records validation makes, the corpus pages read,
and the small rules everything shares (problems, names, URLs, terminal-safe text).
"""

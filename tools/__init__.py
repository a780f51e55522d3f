"""Scripts for measuring the built site as a reader gets it (make lighthouse, make screenshots)."""

"""The content: files of the content folder to validated records, with every problem at once.

What may be in `content/` (the allow-list), files read with the line of every key, Markdown
rendered with the site's settings and sanitized by the allow-list, and the validation rules.
Imports only the model.
"""

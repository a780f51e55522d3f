"""The site: the digest model to what readers and subscribers get.

Generated pages (front matter as data, an HTML body from Jinja2 templates), feeds, editions
(web, feeds, email), link previews and structured data. Pure: data in, files out; no cache
and no process of its own. Imports the model and the content layer.
"""

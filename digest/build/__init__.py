"""The build: runs the content and site layers over a whole project, fast and repeatably.

The one cache store, the keys derived from each stage's declared inputs, the worker processes,
and the pipeline that ties them (`digest check`, the MkDocs plugin and `digest generate` all
go through it). Imports the layers below; nothing below imports it.
"""

"""tracker: a peace-talks timeline tracker.

Ingest news articles, extract the dated events they report, curate them and print timelines.
"""

__version__ = "0.1.0"

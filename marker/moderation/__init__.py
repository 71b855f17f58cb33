"""Moderation: allocating markers, blind second marking, comparing markings, agreed marks, samples, statistics.

Pure: it takes plain data classes (marks per part per marker) and never touches the database or the web. The
web layer converts its rows into ``ScriptMarks`` and calls these functions.
"""

from marker.moderation.model import MarkerMarks, ScriptMarks, ScriptResult

__all__ = ["MarkerMarks", "ScriptMarks", "ScriptResult"]

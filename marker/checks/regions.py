"""Regions of a report that are not a marked part: the labels segmentation gives such blocks.

Segmentation labels every block of a document with the id of the part it belongs to, or one of these.
The reference checker reads the labels to find the reference lists and the part each citation is in.
"""

from __future__ import annotations

import re

FRONT_MATTER = "@front"  # cover page, contents, introduction: everything before the first part
REFERENCE_LIST = "@references"  # a reference list or bibliography, at the end or inside a task
APPENDIX = "@appendix"  # appendices: never counted

_REFERENCE_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:task\s*\d+\s*[-–—:]?\s*)?(?:references?(?:\s+list)?|reference\s+list|bibliography|"
    r"list\s+of\s+references|sources|works\s+cited)(?:\s+(?:for|–|-)\s+task\s*\d+.*)?\s*:?\s*$",
    re.IGNORECASE,
)
# Either may carry a section number, typed or Word's ("4 References", "5. Appendix A").
_APPENDIX_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?appendi(?:x|ces)\b", re.IGNORECASE)


def is_reference_list_heading(text: str) -> bool:
    """Whether a heading starts a reference list ("References", "Reference list", "Bibliography", ...)."""
    return bool(_REFERENCE_HEADING.match(text.strip()))


def is_appendix_heading(text: str) -> bool:
    """Whether a heading starts the appendices."""
    return bool(_APPENDIX_HEADING.match(text.strip()))

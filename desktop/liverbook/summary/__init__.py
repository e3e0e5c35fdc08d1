"""The personalized summary to take to the doctor: what goes in (:mod:`.choices`), the HTML
(:mod:`.build`, pure Python), and pages, PDF and printing (:mod:`.pdf`, QtGui only, imported on use).
"""

from liverbook.summary.build import Summary, SummaryData, build_summary, gather, suggested_pdf_name, user_text
from liverbook.summary.choices import SummaryChoices

__all__ = [
    "Summary",
    "SummaryChoices",
    "SummaryData",
    "build_summary",
    "gather",
    "suggested_pdf_name",
    "user_text",
]

"""Report requests: letters that ask for a report, the units' answers and the reminders sent."""

from ngoaivu.register.models.readings import ReadingState

from .requests import ReportRequest, ReportRequestQuerySet
from .submissions import ReminderSent, Submission, submission_file_path
from .transfers import UnitTransfer

__all__ = [
    "ReadingState",
    "ReminderSent",
    "ReportRequest",
    "ReportRequestQuerySet",
    "Submission",
    "UnitTransfer",
    "submission_file_path",  # migrations/0002 names it here
]

"""Judging links as text: is this the person's broker, a copy of it, or unknown?

Nothing here fetches, resolves or opens a link.
"""

from secguard.core.links.judge import LinkJudge
from secguard.core.links.verdict import JudgeResult, LinkVerdict, Reason, Verdict

__all__ = ["JudgeResult", "LinkJudge", "LinkVerdict", "Reason", "Verdict"]

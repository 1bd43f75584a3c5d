"""What a person looks at in one account review (step 5), with what to look for.

The page of step 5 shows these; ``core.review`` keeps the reviews themselves and
is read before the window's first paint, this module only when the page is built.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewItem:
    """One thing to look at, with a plain explanation of what to look for."""

    id: str
    title_id: str
    why_id: str


REVIEW_ITEMS: tuple[ReviewItem, ...] = tuple(
    ReviewItem(item, f"review.item_{item}", f"review.item_{item}_why")
    for item in (
        "login_history",
        "holdings",
        "no_unknown_trades",
        "contact_details",
        "notifications",
    )
)

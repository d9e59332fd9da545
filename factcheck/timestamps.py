"""The one form of every date the service stores and returns: ISO 8601 in UTC to the second, 2025-04-17T08:30:00Z."""
from datetime import date, datetime, time, timezone


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string, to the second."""
    return utc_timestamp(datetime.now(timezone.utc))


def utc_timestamp(value: str | date | datetime) -> str:
    """An ISO 8601 date or date-time as a UTC timestamp: a day is its midnight, a time without a zone is UTC;
    ValueError for anything else."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip())
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    try:
        value = value.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("out of range in UTC") from None
    return value.replace(microsecond=0, tzinfo=None).isoformat() + "Z"

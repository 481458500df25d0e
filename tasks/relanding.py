"""Later days: which landed days a run that changed its day, or a backfill, leaves stale or never landed, and what
it says about them. Pure: the caller reads the warehouse and the landing folder and passes the days it found."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Where:
    """What a message's ``newsetl backfill`` command names: the run's input, whether it is a landing folder (with
    ``YYYY-MM-DD`` sub-folders), and the warehouse."""

    input: Path
    warehouse: Path
    landing_area: bool

    @property
    def source(self) -> Path | str:
        """The ``--input`` of a re-landing command: pasted without one, it would read the default input into the
        given warehouse, so an input that is no landing folder is named as a placeholder."""
        return self.input if self.landing_area else "<their landing folder>"


def days_text(days: Sequence[date]) -> str:
    """Days for a message: each of up to five, else the first and last and how many."""
    return ", ".join(map(str, days)) if len(days) <= 5 else f"{days[0]} to {days[-1]}, {len(days)} days"


def later_than(landed: Iterable[date], after: date) -> list[date]:
    """The landed days after ``after``, in the order given."""
    return [d for d in landed if d > after]


def owned_until(day: date, backfill_end: date | None) -> date:
    """The last day a run of ``day`` lands itself: a backfill lands the days up to its end in order, so only the
    days after both are left for a warning."""
    return max(day, backfill_end or day)


def from_first(days: Iterable[date], first: date | None) -> list[date]:
    """``days`` from ``first`` on (none when there is no first): what a backfill starting there lands again."""
    return [] if first is None else [d for d in days if d >= first]


@dataclass(frozen=True)
class Warn:
    """A run that changed its day only warns about the later days: ``why`` (said after "without its documents"),
    and whether the days named start at the first one the change reaches (else every later landed day)."""

    why: str
    from_first_stale: bool


def only_warn(cap: int, where: Where) -> Warn | None:
    """None when a run that changed its day lands the later days again itself (up to ``cap``). A cap of 0 only
    warns, from the first later day the change reaches (the backfill it names skips the ones still current); an
    input without ``YYYY-MM-DD`` folders cannot be read a day at a time, and every later landed day is named."""
    if cap > 0 and where.landing_area:
        return None
    if cap <= 0:
        return Warn("", from_first_stale=where.landing_area)
    return Warn(f" ({where.input} has no YYYY-MM-DD folders to read them from)", from_first_stale=False)


def at_cap(relanded: Sequence[date], cap: int) -> bool:
    """The run has landed as many later days again as ``reland_later_days`` lets it."""
    return len(relanded) >= cap


def cap_text(relanded: Sequence[date]) -> str:
    """Why a run that stopped at its cap warns about the days left."""
    return f" (this run landed {len(relanded)} again, its reland_later_days limit)"


def later_days_message(where: Where, changed: str, later: Sequence[date], why: str = "", shown: str | None = None) -> str:
    """The warning about the landed ``later`` days that ``changed`` (who changed which day) left stale."""
    return (f"{len(later)} later day(s) ({shown or days_text(later)}) were landed before {changed}: their "
            f"duplicates were decided without its documents{why}; land them again with `newsetl backfill --start "
            f"{later[0]} --end {later[-1]} --input {where.source} --warehouse {where.warehouse}` (it lands only the days "
            "whose earlier documents changed)")


def later_days_warning(where: Where, day: date, later: Sequence[date], why: str = "") -> str | None:
    """A run's warning that ``later`` days landed before it changed ``day`` were de-duplicated without its stories
    (a copy they hold of one is a second copy, and a story they skipped as this day's may be gone from it); None
    when there are none."""
    if not later:
        return None
    return later_days_message(where, f"this run changed {day}", later, why, f"{later[0]} to {later[-1]}")


def later_day_failed(where: Where, day: date, relanded: Sequence[date], stale: date, last: date, error: BaseException) -> str:
    """The error of a run that published ``day`` but failed to land the later day ``stale`` again: what it did
    land again, and the backfill that retries from ``stale`` to ``last``."""
    done = f"; landed again: {', '.join(map(str, relanded))}" if relanded else ""
    return (f"{day} was published{done}; landing the later day {stale} again failed ({type(error).__name__}: {error}); "
            f"retry with `newsetl backfill --start {stale} --end {last} --input {where.input} --warehouse {where.warehouse}`")


def unread_later_message(where: Where, changed: str, unread: Sequence[date]) -> str | None:
    """The warning about the landed later days the run's landing folder holds no input for: it cannot land them
    again, so they are kept as landed, not checked against ``changed`` (whose documents: "1987-03-12's documents",
    "the documents of 1987-03-11, 1987-03-12"); None when there are none."""
    if not unread:
        return None
    return (f"{len(unread)} later day(s) ({days_text(unread)}) have no input in {where.input}: kept as landed, not "
            f"checked against {changed} (a copy they hold of one of them is a second copy); land them again "
            f"from the input they came from: `newsetl backfill --start {unread[0]} --end {unread[-1]} --input "
            f"<their landing folder> --warehouse {where.warehouse}`, or a day read from a file or flat folder with "
            f"`newsetl run --logical-date <day> --input <it> --warehouse {where.warehouse}`")


def documents_of(day: date) -> str:
    """Whose documents a run that changed ``day`` did not check its unread later days against."""
    return f"{day}'s documents"


def relanded_line(stale: date, day: date) -> str:
    """What a run prints for each later day it landed again."""
    return f"{stale}: landed again after {day} changed"


def never_landed_message(where: Where, landed: Collection[date], folder_days: Iterable[date], after: date) -> str | None:
    """The days of the landing folder (``folder_days``) after ``after`` that were never landed, when a later day is
    landed (else the later folders are simply next); None when there are none."""
    if not any(d > after for d in landed):
        return None
    never = [d for d in folder_days if d > after and d not in landed]
    if not never:
        return None
    shown = ", ".join(map(str, never)) if len(never) <= 5 else f"{never[0]} to {never[-1]}"
    return (f"{len(never)} later day(s) of {where.input} were never landed ({shown}); land them with `newsetl backfill "
            f"--start {never[0]} --end {never[-1]} --input {where.input} --warehouse {where.warehouse}`")


def backfill_warnings(where: Where, changed: Sequence[date], stale: Sequence[date], never: str | None,
                      unread: Sequence[date] = ()) -> list[str]:
    """What a backfill says once, at its end, about the days its ``changed`` days left stale: the landed ``stale``
    ones after its range (naming those), the landed ``unread`` ones its landing folder holds no input for (in its
    range or after it), and the never-landed message, if any."""
    out = []
    if changed and stale:
        out.append(later_days_message(where, f"this backfill changed {days_text(changed)}", stale))
    if changed and unread:
        out.append(unread_later_message(where, f"the documents of {days_text(changed)}", unread) or "")
    if never:
        out.append(never)
    return out


def backfill_days(start: date, end: date) -> list[date]:
    """The days of a backfill, ``start`` to ``end`` inclusive."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def backfill_step(day: date, landed: Collection[date], reprocess: bool, unchanged: Callable[[date], bool],
                  no_input: Callable[[date], bool] = lambda _: False) -> tuple[bool, str | None]:
    """Whether a backfill runs ``day``, and the line it prints first. A landed day is skipped when
    ``unchanged(day)`` (its input and the earlier copies of its documents are as when it was landed); a file that
    reached its folder later used to be skipped for good. A landed day the landing folder holds no input for
    (``no_input``) is kept as it is, and said so, also under ``reprocess``: it was not landed from this folder.
    ``unchanged`` and ``no_input`` are asked only about landed days (``unchanged`` not under ``reprocess``)."""
    if day not in landed:
        return True, None
    if no_input(day):  # even with --reprocess, which would land it again from nothing: an empty partition
        return False, f"{day}: no input in the landing folder, kept as landed"
    if reprocess:
        return True, None
    if unchanged(day):
        return False, f"{day}: already landed, skipped"
    return True, (f"{day}: its input changed since it was landed (a late file?), or an earlier day now holds copies of "
                  "its documents differently, landing it again")


def backfill_day_line(day: date, summary: Mapping[str, object]) -> str:
    """What a backfill prints after a day's run; a day whose stories were all landed before says how many
    it found again (review 32: "0 documents" for a folder of four stories landed the day before)."""
    dups = int(summary.get("duplicates", 0) or 0)
    return (f"{day}: {summary['status']}, {summary['documents loaded']} documents, "
            + (f"{dups} duplicates of stories landed before, " if dups else "") + f"{summary['rejected']} rejected")

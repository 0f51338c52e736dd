"""The superior agency's merge: units' Phụ lục III sheets — eidroster's own, or typed
by hand by any clerk — and agency-style tables (a row per unit) read, recognised,
checked and merged into the numbers of Phụ lục I. Nothing here writes a document:
the command (``aggregate``) and the window write Phụ lục I with
:mod:`eidroster.reports.phu_luc_i` from the :class:`~eidroster.domain.agency.MergeResult`.

The steps, one module each, each readable alone:

1. :mod:`.read` — a file's sheets as rows of cells (Unicode, merged ranges filled);
   :mod:`.cells` reads one count cell ("1.097", "1,097", "12 người", "-" …).
2. :mod:`.recognise` — which sheet holds the table and what kind of file it is, with
   :mod:`.layout` (the header, in the words of :mod:`.headers`), :mod:`.rows`
   (departments, groups, subtotals, the total), :mod:`.names` (the unit, its dates) and
   :mod:`.personal` (a list of people is refused whole).
3. :mod:`.check` — every rule and subtotal, each problem with unit, row and column;
   a unit with an unreadable cell is held out, never merged short.
4. :mod:`.merge` — one row per unit (duplicates settled by date), the totals.

:mod:`.issuer` says whether the agency's own header and signer are set.
"""

from eidroster.domain.agency import MergeResult, Problem, UnitLine
from eidroster.services.agency.cells import parse_count, parse_rate
from eidroster.services.agency.check import reconcile
from eidroster.services.agency.issuer import agency_settings, missing_settings
from eidroster.services.agency.merge import merge_files
from eidroster.services.agency.recognise import recognise

__all__ = ["MergeResult", "Problem", "UnitLine", "agency_settings", "merge_files",
           "missing_settings", "parse_count", "parse_rate", "recognise", "reconcile"]

"""Report writers: Phụ lục III / I (aggregate sheet), Phụ lục IV (confidential list),
the head's summary and the submission folder, as .xlsx (openpyxl) and PDF (reportlab).

Pure I/O: no Qt. The writers take plain values (``domain.aggregate.Aggregate``, the
settings dict, ``services.summary.PendingPerson`` rows) and write files atomically;
:mod:`eidroster.reports.exports` joins them to the database for the CLI and the window.
"""

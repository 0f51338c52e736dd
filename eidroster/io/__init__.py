"""Pure file I/O (spreadsheets, PDFs, atomic writes): no Qt, no database."""

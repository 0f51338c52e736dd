"""eidroster: the e-ID (định danh điện tử mức 2) roster of one Vietnamese public unit."""

__version__ = "0.1.0"

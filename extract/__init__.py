"""Rule-based extraction of dated events, organisations, counts and places from
Chinese government bulletins. The pipeline lives in ``extract.pipeline``."""

__version__ = "0.1.0"

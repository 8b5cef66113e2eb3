"""bhxh-geo: social-insurance coverage targets and actuals of Gia Lai's 17 districts, on a map."""

__version__ = "0.1.0"

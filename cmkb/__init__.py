"""cmkb: a company's social-media knowledge base, built from one YAML file per edition."""

from __future__ import annotations

__version__ = "0.1.0"

"""Notebook-first research library for sparse autoencoders on transformer activations"""

__version__ = "0.0.1"

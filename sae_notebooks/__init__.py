"""Notebook-first research library for sparse autoencoders on transformer activations

Modules:

- `sae_notebooks.zoo`: Two small transformers trained here and shipped inside the package, so that every chapter runs offline: a grokked modular-addition model whose algorithm is known, and a tiny language model of Python source."""

__version__ = "0.0.1"

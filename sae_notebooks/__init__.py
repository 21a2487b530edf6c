"""Notebook-first research library for sparse autoencoders on transformer activations

Modules:

- `sae_notebooks.seed_study`: Would another seed have found this feature? Seeds × architecture × width × L0 on the grokked modular-addition model (where the Fourier features are known) and on the tiny LM, init seed against data-order seed, stability over training, and what predicts a stable latent."""

__version__ = "0.0.1"

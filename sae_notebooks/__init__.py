"""Notebook-first research library for sparse autoencoders on transformer activations

Modules:

- `sae_notebooks.activations`: Token sources, hook points, a shuffling activation store, scaling, and a disk cache that many trainings read back.
- `sae_notebooks.cli`: `sae-notebooks train`, `demo`, `stability`, `dream`, `dashboard` and `docs`: the library's main jobs from a shell.
- `sae_notebooks.core`: Devices, seeds, strict configs and safe file writing: the small things every other chapter leans on.
- `sae_notebooks.dashboards`: One page per feature – top activating contexts coloured by activation, quantile groups, activation density, logit effects, upstream/downstream features with links, dreamed prompts – built from the activation cache's provenance, as a single HTML file that works offline; a notebook browser; a headless-Chromium check.
- `sae_notebooks.demo`: `sae-notebooks demo`: the grokked modular-addition model's Fourier features recovered by five SAE architectures, their seed stability against nulls, feature hedging on a toy, and a tiny-LM feature's dreamed prompts, dashboard and attribution graph – one offline HTML report, offline, on two CPU cores.
- `sae_notebooks.dictionaries`: Cosines between the latent directions of two dictionaries – an SAE against the true features of a toy model, or one SAE against another – and the matchings built on them.
- `sae_notebooks.docs`: An offline docs site and README from the notebooks: nbdev's own processing, nbconvert's HTML, the notebooks' committed results at full size, plotly figures and maths drawn without a CDN, and a headless browser that checks every page.
- `sae_notebooks.dream`: Collect an SAE's feature activations over prompts, filter and cluster the features, pick representatives, optimise inputs that drive each one (soft prompt, PEZ, GCG, EPO), explain them with a scored rule, and plot it all – each stage a function, the whole in one call.
- `sae_notebooks.evals`: Splicing SAEs into a model (at several hooks, with the error term dropped, held constant or a node with gradients, latents exposed for attribution and editable for patching and steering), and how much of the model's behaviour survives the splice: CE loss recovered, CE increase and KL in nats, KL score, and reconstruction metrics on held-out tokens.
- `sae_notebooks.fourier`: The grokked modular-addition model as a ground truth for SAE features: its activations over all p² inputs, each key frequency's plane, how much of each plane an SAE's latents recover, and which latents are Fourier.
- `sae_notebooks.hedging`: Narrow SAEs mix correlated features into their latents: single-latent toys, the analytic loss curve, width sweeps, and balanced Matryoshka's trade between hedging and absorption.
- `sae_notebooks.hedging_eval`: How much does an SAE hedge? Widen it by a few latents, keep training, and see how much of the old latents' change lands in the new latents' directions – for our SAEs and SAELens ones alike.
- `sae_notebooks.lens`: Attribution between SAE features across layers (attribution patching and integrated gradients, every latent and error node at once), edges with their total and direct effects, verification by real activation patching, circuit faithfulness, a target feature's upstream/downstream graph, clusters of features by their connections, and steering along a decoder direction.
- `sae_notebooks.saes`: One interface for every sparse autoencoder architecture, each an ensemble of independently seeded members trained in one batched pass.
- `sae_notebooks.seed_study`: Would another seed have found this feature? Seeds × architecture × width × L0 on the grokked modular-addition model (where the Fourier features are known) and on the tiny LM, init seed against data-order seed, stability over training, and what predicts a stable latent.
- `sae_notebooks.stability`: Would another seed have found this feature? Every matching metric in use, each next to a null, with confidence intervals from resampling seeds – for two SAEs, an ensemble, or any list of SAELens SAEs.
- `sae_notebooks.sweeps`: Grids of SAE ensembles – architecture × width × k/λ × hook, every cell's seeds trained as one ensemble – run in-process or as tasks on a Ray cluster, resumable, into one tidy results table.
- `sae_notebooks.synthetic`: Our ensembles and SAELens's trainer on the same SynthSAEBench-style data: recovery of the true features, seed stability, and whether stability predicts recovery latent by latent.
- `sae_notebooks.toy_models`: Activations built from features we chose ourselves, so that what an SAE learned can be checked against the truth.
- `sae_notebooks.training`: One trainer for every architecture and every ensemble: Adam with warmup and decay, per-member clipping, per-member data orders, dead-latent tracking, metrics, checksummed atomic checkpoints and exact resume.
- `sae_notebooks.zoo`: Two small transformers trained here and shipped in the package so that every chapter runs offline: a grokked modular-addition model whose algorithm is known, and a tiny language model of Python source."""

__version__ = "0.0.1"

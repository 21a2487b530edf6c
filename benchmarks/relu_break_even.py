"""Where ReLU's sparse path (training on the active pairs) and the dense pass break even.

Run: `python benchmarks/relu_break_even.py 0.1 0.13 0.145 0.16 0.2 0.3` (each argument lowers `b_enc` by that
much, which sets the share of latents that fire). For the benchmark's ReLU ensemble (8 × 1024 latents, d_in 128,
batch 4096, initial weights, one thread) it times one forward and backward with the pairs forced on
(`sparse_below = 1`) and off (`0`), alternating, 6 repeats each; the first repeat is dropped as warm-up, and it
prints the other five, their median, and the load average. No SAELens counterpart: this sets `sparse_below`.
"""
import os, statistics, sys, time, copy
import torch
import ensemble_vs_saelens as B
from sae_notebooks.saes import SparseCodes

torch.set_num_threads(1)
x_first, x = list(B.toy_model().batches(B.BATCH, n_batches=2, seed=1))
base = B.our_ensemble("relu", x_first, 1000).train()


def forward_backward(sae) -> float:
    "Milliseconds for one training forward and backward."
    start = time.perf_counter()
    out = sae(x)
    sum(out.losses.values()).sum().backward()
    sae.zero_grad(set_to_none=True)
    return 1000 * (time.perf_counter() - start)


for shift in map(float, sys.argv[1:] or ["0.1", "0.16", "0.3"]):
    sae = copy.deepcopy(base)
    with torch.no_grad():
        sae.b_enc.sub_(shift)
        firing = (sae.pre_acts(x) > 0).float().mean().item()
    times = {"pairs": [], "dense": []}
    for repeat in range(6):
        for mode in (("pairs", "dense") if repeat % 2 else ("dense", "pairs")):
            sae.sparse_below = 1.0 if mode == "pairs" else 0.0
            times[mode].append(forward_backward(sae))
    assert isinstance(sae(x).f, SparseCodes) == (mode == "pairs")
    print(f"firing {100 * firing:.1f}%: " + "; ".join(
        f"{k} {', '.join(f'{t:.0f}' for t in v[1:])} -> median {statistics.median(v[1:]):.0f} ms" for k, v in times.items())
        + f"; load {os.getloadavg()[0]:.2f}", flush=True)

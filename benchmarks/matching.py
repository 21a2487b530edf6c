"""Seconds for every matching metric of `sae_notebooks.stability` on two 16,384-latent SAEs (d_in 512),
how that time scales with the number of latents, and the error of the sparse matching against exact
Hungarian where exact is feasible.

Run: `python benchmarks/matching.py` (`--help` for options). It prints:
- `matching: X s` – the median over `--repeats` of `seed_stability` on a two-member TopK ensemble with
  16,384 latents and d_in 512: mean max |cos| both ways, signed and |·| one-to-one matching, the shared
  fraction (encoders matched too), the per-latent table, and the same on the random-dictionary null
  (`random_null=True`, the default). Every repeat is printed with its CPU time (all threads) and the load
  average: on a shared machine the wall time measures the neighbours as much as the code, while CPU time
  divided by the thread count is what the same run takes on idle cores.
- a table of exact (dense `linear_sum_assignment`) vs sparse (top-k candidates, `k=16`) matching at
  `--exact-sizes` latents, on random dictionaries and on correlated, trained-like ones: the mean matched
  cosine of each, their difference (exact − sparse, never negative up to rounding), the share of latents
  whose partner differs, and both times;
- a scaling table from `--min-latents` (2,048) to `--max-latents` latents (observed pair only, one run
  each above 16k) with wall and CPU seconds and where the time goes (cProfile's cumulative seconds of the
  tiled top-k cosines, the sparse matching, and the exact re-solve of weak pairs). `--scaling-only` skips
  the headline and the exact-vs-sparse table.

The trained-like pair: seed A's decoder rows are Gaussian with an anisotropic spectrum (variance ∝ 1/i
along axis i, so latents are correlated with each other, as in real SAEs); 80% of seed B's latents are
noisy copies of A's (in a random order), the rest fresh draws from the same distribution; encoders are
the decoders plus noise. Timings depend on what else runs on the machine: the load average
(`os.getloadavg()`, 1/5/15 min) is printed next to every number.
"""
import argparse, cProfile, os, pstats, statistics, time

import numpy as np
import torch
import torch.nn.functional as F

from sae_notebooks.core import default_device, member_generator
from sae_notebooks.saes import make_sae
from sae_notebooks import stability
from sae_notebooks.stability import matched_pairs, seed_dictionaries, seed_stability


def load() -> str:
    return "load " + "/".join(f"{x:.1f}" for x in os.getloadavg())


def trained_like(n: int, d: int, seed: int, shared: float = 0.8, noise: float = 0.5) -> tuple[torch.Tensor, torch.Tensor]:
    "Decoder rows [2, n, d] of two correlated seeds (see the module docstring)."
    g = member_generator(seed, 0, "trained-like")
    scale = torch.arange(1, d + 1, dtype=torch.float32) ** -0.5
    a = torch.randn(n, d, generator=g) * scale
    copies = a[torch.randperm(n, generator=g)] + noise * torch.randn(n, d, generator=g) * scale
    fresh = torch.randn(n, d, generator=g) * scale
    b = torch.where(torch.rand(n, 1, generator=g) < shared, copies, fresh)
    return F.normalize(torch.stack([a, b]), dim=-1)


def random_pair(n: int, d: int, seed: int) -> torch.Tensor:
    return F.normalize(torch.randn(2, n, d, generator=member_generator(seed, 0, "random pair")), dim=-1)


def ensemble(decoders: torch.Tensor, seed: int):
    "A two-member TopK ensemble with these decoder rows and encoders = decoders + noise."
    n_seeds, n, d = decoders.shape
    sae = make_sae("topk", d_in=d, d_sae=n, n_seeds=n_seeds, k=32, device=str(default_device()))
    noise = torch.randn(decoders.shape, generator=member_generator(seed, 0, "encoder noise")) / d ** 0.5
    with torch.no_grad():
        sae.W_dec.copy_(decoders)
        sae.W_enc.copy_((decoders + 0.5 * noise).transpose(1, 2))
    return sae


def timed(fn):
    start = time.perf_counter(); out = fn()
    return time.perf_counter() - start, out


def timed_with_cpu(fn):
    "Wall seconds, CPU seconds of this process (all threads) and the result."
    cpu = time.process_time(); wall, out = timed(fn)
    return wall, time.process_time() - cpu, out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--latents", type=int, default=16384, help="latents per SAE for the headline timing")
    p.add_argument("--d-in", type=int, default=512, help="width of the SAEs")
    p.add_argument("--repeats", type=int, default=3, help="repeats of the headline timing")
    p.add_argument("--min-latents", type=int, default=2048, help="smallest size in the scaling table")
    p.add_argument("--max-latents", type=int, default=65536, help="largest size in the scaling table")
    p.add_argument("--scaling-only", action="store_true", help="only the scaling table")
    p.add_argument("--exact-sizes", type=int, nargs="*", default=[2048, 4096, 8192], help="sizes for exact vs sparse")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, device {default_device()}, {load()}")

    if not args.scaling_only:
        headline_and_errors(args)
    scaling(args)


def headline_and_errors(args):
    "The headline `matching: X s` and the exact-vs-sparse table."
    sae = ensemble(trained_like(args.latents, args.d_in, args.seed), args.seed)
    times, cpu_times = [], []
    for r in range(args.repeats):
        before = load()
        seconds, cpu, report = timed_with_cpu(lambda: seed_stability(sae, seed=args.seed, progress=False))
        times.append(seconds); cpu_times.append(cpu)
        print(f"repeat {r}: {seconds:.1f} s wall, {cpu:.1f} s CPU ({before} before, {load()} after)", flush=True)
    print(report.summary.set_index("metric")[["value", "random_null", "random_ratio"]].round(4).to_string())
    print(f"matching: {statistics.median(times):.1f} s  (median of {args.repeats}, two {args.latents}-latent SAEs, "
          f"d_in {args.d_in}, with the random null; median CPU time {statistics.median(cpu_times):.1f} s over "
          f"{torch.get_num_threads()} threads, so about {statistics.median(cpu_times) / torch.get_num_threads():.1f} s wall "
          "on that many idle cores)")

    print("\nexact vs sparse matching (k=16):")
    print(f"{'dictionaries':>12} {'latents':>8} {'kind':>8} {'exact':>9} {'sparse':>9} {'exact-sparse':>12} {'partners differ':>15} "
          f"{'exact s':>8} {'sparse s':>8}")
    for n in args.exact_sizes:
        for name, pair in [("random", random_pair(n, args.d_in, args.seed)), ("trained-like", trained_like(n, args.d_in, args.seed))]:
            a, b = [s.decoder for s in seed_dictionaries(pair.to(default_device()))]
            for kind in ("signed", "absolute"):
                t_exact, (_, cols_exact, cos_exact) = timed(lambda: matched_pairs(a, b, kind, exact=True))
                t_sparse, (_, cols_sparse, cos_sparse) = timed(lambda: matched_pairs(a, b, kind, exact=False))
                value = (lambda c: np.abs(c).mean()) if kind == "absolute" else np.mean
                e, s = value(cos_exact), value(cos_sparse)
                print(f"{name:>12} {n:>8} {kind:>8} {e:>9.6f} {s:>9.6f} {e - s:>12.2e} {(cols_exact != cols_sparse).mean():>15.4f} "
                      f"{t_exact:>8.2f} {t_sparse:>8.2f}  {load()}", flush=True)


PHASES = {  # cProfile function name: column of the scaling table
    "top_cosines": "top-k cos",
    "min_weight_full_bipartite_matching": "sparse match",
    "_refine": "re-solve",
}


def _profiled_by_name(fn):
    "`fn` behind a Python function of the same name: cProfile does not see into compiled (Cython) functions."
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__code__ = wrapper.__code__.replace(co_name=fn.__name__)
    return wrapper


stability.min_weight_full_bipartite_matching = _profiled_by_name(stability.min_weight_full_bipartite_matching)


def profiled(fn):
    "Wall and CPU seconds of `fn()` and the cumulative seconds cProfile gives each function in `PHASES`."
    profile = cProfile.Profile()
    wall, cpu, _ = timed_with_cpu(lambda: profile.runcall(fn))
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (calls, ..., total, cumulative, callers)
    phases = {name: sum(v[3] for (_, _, f), v in stats.items() if f == name) for name in PHASES}
    return wall, cpu, phases


def scaling(args):
    "Seconds of `seed_stability` on the observed pair from --min-latents to --max-latents, with a profile."
    print("\nscaling (observed pair only, no null; phases: cProfile cumulative wall seconds):")
    print(f"{'latents':>8} {'wall s':>8} {'CPU s':>8} " + " ".join(f"{c:>12}" for c in PHASES.values()) + "  load")
    n = args.min_latents
    while n <= args.max_latents:
        sae = ensemble(trained_like(n, args.d_in, args.seed), args.seed)
        runs = [
            profiled(lambda: seed_stability(sae, random_null=False, progress=False))
            for _ in range(1 if n > 16384 else 2)
        ]
        wall, cpu, phases = sorted(runs, key=lambda r: r[0])[len(runs) // 2]  # the median run (the slower of 2)
        print(
            f"{n:>8} {wall:>8.1f} {cpu:>8.1f} " + " ".join(f"{phases[f]:>12.1f}" for f in PHASES)
            + f"  {load()}  (wall of runs: {', '.join(f'{r[0]:.1f}' for r in runs)})",
            flush=True,
        )
        n *= 2

if __name__ == "__main__":
    main()

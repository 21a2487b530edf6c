"""Ensembles of 8 SAEs trained by sae_notebooks in one batched run, against the same 8 SAEs trained
by SAELens's own trainers (`sae_lens.SAETrainer` one after another, and `MultiSAETrainer` in
lockstep), on the same activations, for every architecture.

Run: `python benchmarks/ensemble_vs_saelens.py` (TopK; `--arch all` for ReLU, JumpReLU, TopK,
BatchTopK and Matryoshka; `--memory` for the peak memory of a wide ensemble, on CPU; `--device cuda` to
train both libraries on a GPU; `--help` for options).
`--warm-steps N` first trains our ensemble N steps on batches of another seed, untimed, and every timed
run of both libraries starts from its parameters: a training run's steady state rather than its first
steps. That matters for ReLU, whose latents are dense at initialisation and sparse later (our ReLU
trains on the active pairs once few enough fire); `--l1-coefficient` sets its L1 coefficient.
Timings depend on the machine and on whatever else shares it, so every result line carries the load
average. For each architecture it prints:
- every run (`--runs`, default 3, in one process, SAELens and ours alternating which goes first):
  the wall time of each trainer and the speedup of that run; then the median speedup;
- the held-out MSE, L0 and dead fraction of the trained SAEs (mean over the 8, with the range of the
  MSE);
- where our step's time goes (a torch.profiler run of a few steps: encoder matmul, top-k, decode,
  backward, optimiser, other) next to the floor, one dense encoder matmul per member;
- last `speedup: X.XX (CPU time: Y.YY)` (medians of the per-run ratios of wall-clock and of CPU time;
  with `--arch all`, one line per architecture).

Setup, identical for both libraries:
- activations: a toy model with 1024 true features in random directions of a 128-dim space, firing
  independently with power-law probabilities (3 per row on average) and magnitudes 1 ± 0.3; the
  batches are drawn once before timing and fed, in the same order, to both;
- SAEs: d_in 128, d_sae 1024, batch 4096, the same number of steps; TopK-style k 16 (BatchTopK and
  Matryoshka: 16 per row on average; Matryoshka prefixes 128, 256, 512 and 1024, equal weights);
  ReLU with L1 coefficient 0.1 unless `--l1-coefficient` says otherwise (decoder-norm weighted in both); JumpReLU with SAELens's default
  "step" L0 loss, coefficient 0.1, bandwidth 0.05, initial threshold 0.01; identical initial weights
  (our member i is copied into SAELens SAE i, with b_dec at the geometric median of the first batch);
- Adam, lr 3e-4, betas (0.9, 0.999), constant learning rate, gradient norm clipped at 1 per SAE;
- decoder rows kept at unit norm: the gradient component along each row is removed before clipping
  and the rows are renormalised after each step. This is our rule; SAELens gets the same two
  operations through PyTorch hooks on its SAE's `W_dec` and its trainer's optimizer (and
  `rescale_acts_by_decoder_norm=False` for the TopK family, which with unit rows changes nothing).
  For TopK both libraries then compute the same function with the same gradients, so the MSEs agree
  up to floating-point order; for the other architectures the losses differ in details (the
  JumpReLU and BatchTopK threshold rules, AuxK for Matryoshka), so their MSE and L0 are printed
  to show the runs are comparable, not identical;
- AuxK on in the TopK family, k_aux = 64, coefficient 1/32, same dead window.

`MultiSAETrainer` (what SAELens's `MultiSAETrainingRunner` drives) holds one `SAETrainer` per SAE and
steps them one after another on each shared batch: it saves the language model's forward pass when
several SAEs train on one model, but on given activations it does the same SAE work as 8 separate
trainers. `--multi` times it too (TopK).
"""
import os
os.environ.setdefault("TQDM_DISABLE", "1")  # SAE trainers always draw a progress bar
import argparse, copy, resource, statistics, subprocess, sys, time
from typing import NamedTuple

import torch
from torch.profiler import ProfilerActivity, profile, record_function
from sae_lens import (BatchTopKTrainingSAE, BatchTopKTrainingSAEConfig, JumpReLUTrainingSAE, JumpReLUTrainingSAEConfig,
                      LoggingConfig, MatryoshkaBatchTopKTrainingSAE, MatryoshkaBatchTopKTrainingSAEConfig, SAETrainer,
                      StandardTrainingSAE, StandardTrainingSAEConfig, TopKTrainingSAE, TopKTrainingSAEConfig)
from sae_lens.config import SAETrainerConfig
from sae_lens.training.multi_sae_trainer import MultiSAETrainer

from sae_notebooks import saes
from sae_notebooks.saes import BatchTopKSAE, latent_fire_counts, make_sae, squared_error
from sae_notebooks.toy_models import ToyModel
from sae_notebooks.training import TrainConfig, train_sae, train_step

D_IN, D_SAE, K, BATCH, N_SAES = 128, 1024, 16, 4096, 8
DEVICE = "cpu"  # `--device`: where both libraries train (the data are drawn on CPU and moved)
LR, BETAS, AUX_COEFFICIENT = 3e-4, (0.9, 0.999), 1 / 32
TOPK_FAMILY = dict(aux_loss_coefficient=AUX_COEFFICIENT, rescale_acts_by_decoder_norm=False)
ARCHS = {  # name: (our make_sae keywords, SAELens training SAE class, its config class, config keywords)
    "relu": (dict(l1_coefficient=0.1), StandardTrainingSAE, StandardTrainingSAEConfig, dict(l1_coefficient=0.1)),
    "jumprelu": (dict(l0_coefficient=0.1, bandwidth=0.05, init_threshold=0.01), JumpReLUTrainingSAE,
                 JumpReLUTrainingSAEConfig, dict(l0_coefficient=0.1, jumprelu_bandwidth=0.05, jumprelu_init_threshold=0.01)),
    "topk": (dict(k=K, aux_coefficient=AUX_COEFFICIENT), TopKTrainingSAE, TopKTrainingSAEConfig, dict(k=K, **TOPK_FAMILY)),
    "batchtopk": (dict(k=K, aux_coefficient=AUX_COEFFICIENT, threshold_lr=0.01), BatchTopKTrainingSAE,
                  BatchTopKTrainingSAEConfig, dict(k=K, topk_threshold_lr=0.01, **TOPK_FAMILY)),
    "matryoshka": (dict(k=K, aux_coefficient=AUX_COEFFICIENT, threshold_lr=0.01, prefix_widths=(128, 256, 512)),
                   MatryoshkaBatchTopKTrainingSAE, MatryoshkaBatchTopKTrainingSAEConfig,
                   dict(k=K, topk_threshold_lr=0.01, matryoshka_widths=[128, 256, 512, D_SAE], **TOPK_FAMILY)),
}


def load() -> str: return f"load {os.getloadavg()[0]:.2f}"


class Seconds(NamedTuple):
    wall: float # wall-clock seconds
    cpu: float  # CPU seconds of this process (all threads): with other processes sharing the cores,
                # the steadier measure of the work done


class Clock:
    "Wall and CPU time since creation."
    def __init__(self): sync(); self.wall, self.cpu = time.perf_counter(), time.process_time()
    def read(self) -> Seconds:
        sync()
        return Seconds(time.perf_counter() - self.wall, time.process_time() - self.cpu)


def sync():
    "Wait for queued GPU work, so that wall times include it (no-op on CPU)."
    if DEVICE.startswith("cuda"): torch.cuda.synchronize()


def toy_model(d_in: int = D_IN, seed: int = 0) -> ToyModel:
    "1024 features in random directions of `d_in` dims, power-law firing probabilities, magnitudes 1 ± 0.3."
    g = torch.Generator().manual_seed(seed)
    p = (0.001 * torch.rand(1024, generator=g) ** -0.7).clamp(max=0.05)
    return ToyModel(d_in, p.tolist(), std_magnitude=0.3, orthogonal=False, seed=seed, device="cpu")


START: dict[str, torch.Tensor] = {}  # `--warm-steps`: the parameters every run starts from (empty: fresh ones)


def our_ensemble(arch: str, first_batch: torch.Tensor, dead_window: int, d_sae: int = D_SAE):
    "The 8-member ensemble, b_dec at the geometric median of the first batch (or the `START` parameters)."
    sae = make_sae(arch, d_in=first_batch.shape[-1], d_sae=d_sae, n_seeds=N_SAES, device=DEVICE,
                   dead_after_tokens=(dead_window + 1) * BATCH, **ARCHS[arch][0])
    sae.init_b_dec(first_batch, "geometric_median")
    if START: sae.load_state_dict(START, strict=False)
    return sae


def saelens_copy(arch: str, ours, member: int):
    "A SAELens training SAE of `arch` with the weights of one of our members."
    _, cls, cfg_cls, kw = ARCHS[arch]
    sae = cls(cfg_cls(d_in=ours.cfg.d_in, d_sae=ours.cfg.d_sae, device=DEVICE, **{**kw, **(
        dict(matryoshka_widths=list(kw["matryoshka_widths"])) if "matryoshka_widths" in kw else {})}))
    with torch.no_grad():
        for name in ("W_enc", "b_enc", "W_dec", "b_dec", "threshold")[: 5 if arch == "jumprelu" else 4]:
            getattr(sae, name).copy_(getattr(ours, name)[member])  # SAELens's JumpReLU keeps θ itself too
    return sae


def keep_unit_norm_decoder(trainer: SAETrainer):
    "Our decoder rule for a SAELens trainer: no gradient along the rows (before clipping), rows renormalised after each step."
    W_dec = trainer.sae.W_dec

    @torch.no_grad()
    def remove_parallel_grad(W):
        unit = W / W.norm(dim=-1, keepdim=True)
        W.grad -= (W.grad * unit).sum(-1, keepdim=True) * unit

    @torch.no_grad()
    def renormalise(*_): W_dec.div_(W_dec.norm(dim=-1, keepdim=True))

    W_dec.register_post_accumulate_grad_hook(remove_parallel_grad)
    trainer.optimizer.register_step_post_hook(renormalise)


def our_config(steps: int) -> TrainConfig:
    return TrainConfig(total_steps=steps, lr=LR, betas=BETAS, lr_decay_fraction=0.0, grad_clip=1.0, b_dec_init=None,
                       log_every=steps)


def train_ours(arch: str, batches: list[torch.Tensor], dead_window: int, d_sae: int = D_SAE):
    "Train our ensemble on `batches`; return it and the wall time."
    sae = our_ensemble(arch, batches[0], dead_window, d_sae)
    clock = Clock()
    train_sae(sae, batches, our_config(len(batches)), progress=False)
    return sae, clock.read()


def saelens_trainer_config(batches, dead_window: int) -> SAETrainerConfig:
    return SAETrainerConfig(total_training_samples=len(batches) * BATCH, train_batch_size_samples=BATCH, lr=LR,
                            lr_end=LR, adam_beta1=BETAS[0], adam_beta2=BETAS[1], lr_scheduler_name="constant",
                            device=DEVICE, dead_feature_window=dead_window, feature_sampling_window=10**9,
                            n_checkpoints=0, save_final_checkpoint=False, logger=LoggingConfig(log_to_wandb=False))


def train_saelens(arch: str, batches: list[torch.Tensor], dead_window: int, d_sae: int = D_SAE):
    "Train the same 8 SAEs one after another with SAELens's trainer; return their SAEs and the wall time."
    ours, saes, seconds = our_ensemble(arch, batches[0], dead_window, d_sae), [], Seconds(0.0, 0.0)
    for member in range(N_SAES):
        trainer = SAETrainer(saelens_trainer_config(batches, dead_window), saelens_copy(arch, ours, member), iter(batches))
        keep_unit_norm_decoder(trainer)
        clock = Clock()
        trainer.fit()
        seconds = Seconds(*(a + b for a, b in zip(seconds, clock.read())))
        saes.append(trainer.sae)
    return saes, seconds


def train_saelens_multi(arch: str, batches: list[torch.Tensor], dead_window: int):
    "The same 8 SAEs in SAELens's `MultiSAETrainer` (one shared batch per step, the SAEs stepped in turn)."
    ours = our_ensemble(arch, batches[0], dead_window)
    saes = {f"sae{m}": saelens_copy(arch, ours, m) for m in range(N_SAES)}
    multi = MultiSAETrainer(saelens_trainer_config(batches, dead_window), saes, {name: "h" for name in saes},
                            iter({"h": b} for b in batches))
    for trainer in multi.trainers.values(): keep_unit_norm_decoder(trainer)
    clock = Clock()
    multi.fit()
    return list(saes.values()), clock.read()


@torch.no_grad()
def ours_metrics(sae, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per-member MSE, L0 and dead fraction of our ensemble on `x`. BatchTopK and Matryoshka are evaluated as
    SAELens's training SAEs encode: with the batch top-k over all of `x` (our training rule, on a copy, so
    that the learned inference threshold, which starts at 0 and is still near it after a few steps, plays
    no part); the other architectures with their inference rule."""
    if isinstance(sae, BatchTopKSAE):
        x_hat, codes, _ = copy.deepcopy(sae).train()(x)
        fires = latent_fire_counts(codes)
        return squared_error(x[None], x_hat), fires.sum(-1) / x.shape[0], (fires == 0).float().mean(-1)
    x_hat, f, _ = sae.eval()(x)
    return squared_error(x[None], x_hat), (f > 0).float().sum(-1).mean(-1), ((f > 0).sum(1) == 0).float().mean(-1)


@torch.no_grad()
def saelens_metrics(saes, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    "Per-SAE MSE, L0 and dead fraction (no firing on `x`) of SAELens SAEs on `x`."
    fs = [sae.eval().encode(x) for sae in saes]
    x_hats = torch.stack([sae.decode(f) for sae, f in zip(saes, fs)])
    return (squared_error(x[None], x_hats), torch.stack([(f > 0).float().sum(-1).mean() for f in fs]),
            torch.stack([((f > 0).sum(0) == 0).float().mean() for f in fs]))


def best_time(fn, repeats: int = 20) -> float:
    "Fastest of `repeats` calls of `fn`, in seconds."
    times = []
    for _ in range(repeats):
        sync(); start = time.perf_counter(); fn(); sync(); times.append(time.perf_counter() - start)
    return min(times)


PHASES = ("encoder matmul", "top-k", "decode", "backward", "optimiser", "other")
NUMBA_SELECTION = ("striped_topk_block", "striped_topk_rows", "entries_at_least", "count_above", "collect_above",
                   "count_above_in_parts", "collect_above_in_parts")  # CPU selection in numba (serial, parallel): not torch ops, so named


def phase_of(event) -> str:
    "The phase of a profiler event: by its name, or by an enclosing backward or optimiser call."
    names, e = [], event
    while e is not None: names.append(e.name); e = e.cpu_parent
    if any(n.startswith("autograd::engine::evaluate_function") for n in names): return "backward"
    if any(n.startswith("Optimizer.step") or n == "aten::_fused_adam_" for n in names): return "optimiser"
    if event.name in ("aten::addmm", "aten::baddbmm", "aten::bmm", "aten::mm"):  # a product whose output has
        shapes = [s for s in event.input_shapes if len(s) >= 2]                  # d_in columns decodes
        return "decode" if len(shapes) >= 2 and shapes[1][-1] == D_IN else "encoder matmul"
    if event.name in ("aten::topk", *NUMBA_SELECTION): return "top-k"
    if "embedding_bag" in event.name: return "decode"
    return "other"


def phase_table(sae, batches: list[torch.Tensor]) -> dict[str, float]:
    "Milliseconds per training step in each phase, from a torch.profiler run over `batches` (self CPU times)."
    opt = torch.optim.Adam(sae.parameters(), lr=LR, betas=BETAS, fused=True)
    cfg, per_phase = our_config(len(batches)), dict.fromkeys(PHASES, 0.0)
    sae.train()
    kernels = {name: getattr(saes, name) for name in NUMBA_SELECTION}

    def named(name):
        def call(*args):
            with record_function(name): return kernels[name](*args)
        return call

    for name in kernels: setattr(saes, name, named(name))
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        start = time.perf_counter()
        for step, x in enumerate(batches): train_step(sae, opt, x, cfg, step)
        wall = time.perf_counter() - start
    for name, kernel in kernels.items(): setattr(saes, name, kernel)
    for e in prof.events(): per_phase[phase_of(e)] += e.self_cpu_time_total / 1000 / len(batches)
    return per_phase | {"wall (profiled)": 1000 * wall / len(batches)}


def warm_start(arch: str, held_out: torch.Tensor, args) -> str:
    "Train our `arch` ensemble `args.warm_steps` steps on batches of another seed and make its parameters `START`."
    START.clear()
    if not args.warm_steps: return "from initialisation"
    warm = list(toy_model().batches(BATCH, n_batches=args.warm_steps, seed=2))
    sae, _ = train_ours(arch, [b.to(DEVICE) for b in warm], args.dead_window)
    mse, l0, _ = ours_metrics(sae, held_out)
    START.update({name: p.detach().clone() for name, p in sae.named_parameters()})
    return f"from our ensemble after {args.warm_steps} untimed steps (held-out MSE {mse.mean():.4f}, L0 {l0.mean():.2f})"


def compare(arch: str, batches, held_out, args, start: str) -> float:
    "Alternating runs of SAELens and ours on `arch`; print every run, the metrics and the phases; return the median speedup."
    relu = f", L1 {args.l1_coefficient}" if arch == "relu" else ""
    print(f"\n== {arch}: {N_SAES} SAEs, d_in {D_IN}, d_sae {D_SAE}, batch {BATCH}{relu}, {len(batches)} steps "
          f"{start}, {torch.get_num_threads()} threads, {load()}")
    train_ours(arch, batches[:3], args.dead_window); train_saelens(arch, batches[:3], args.dead_window)  # warm up
    trainers = {"SAELens": lambda: train_saelens(arch, batches, args.dead_window),
                "ours": lambda: train_ours(arch, batches, args.dead_window)}
    if args.multi: trainers["SAELens multi"] = lambda: train_saelens_multi(arch, batches, args.dead_window)
    seconds, trained, ratios = {name: [] for name in trainers}, {}, []
    for run in range(args.runs):
        order = list(trainers) if run % 2 == 0 else list(reversed(trainers))
        for name in order:
            trained[name], t = trainers[name](); seconds[name].append(t)
        ratios.append(Seconds(*(a / b for a, b in zip(seconds["SAELens"][-1], seconds["ours"][-1]))))
        print(f"run {run + 1} ({' then '.join(order)}): " + ", ".join(
            f"{name} {s[-1].wall:.2f} s wall, {s[-1].cpu:.2f} s CPU" for name, s in seconds.items()) +
            f"; speedup {ratios[-1].wall:.2f} wall, {ratios[-1].cpu:.2f} CPU; {load()}")
    sae_steps = N_SAES * len(batches)
    medians = {name: Seconds(*map(statistics.median, zip(*s))) for name, s in seconds.items()}
    for name, sae in trained.items():
        mse, l0, dead = (ours_metrics if name == "ours" else saelens_metrics)(sae, held_out)
        print(f"{name:>14}: median {medians[name].wall:6.2f} s wall ({1000 * medians[name].wall / sae_steps:6.2f} ms per "
              f"SAE-step), {medians[name].cpu:6.2f} s CPU; held-out MSE "
              f"{mse.mean():.4f} (min {mse.min():.4f}, max {mse.max():.4f}), L0 {l0.mean():.2f}, dead {100 * dead.mean():.1f}%")
    if args.multi:
        print(f"MultiSAETrainer / sequential SAETrainer: {medians['SAELens multi'].wall / medians['SAELens'].wall:.2f} "
              f"wall, {medians['SAELens multi'].cpu / medians['SAELens'].cpu:.2f} CPU")
    x, W = batches[0], torch.randn(D_IN, D_SAE, device=DEVICE)
    floor = N_SAES * 1000 * best_time(lambda: x @ W)
    if DEVICE != "cpu":  # the phases are CPU self times: on a GPU they say where the launches go, not the work
        print(f"floor = dense encoder matmul x{N_SAES} = {floor:.1f} ms on {DEVICE}; per-phase profile: CPU only")
        return finish(arch, ratios)
    phases = phase_table(trained["ours"], batches[:args.profile_steps])
    print(f"ours per step, ms ({args.profile_steps} profiled steps; floor = dense encoder matmul "
          f"[{BATCH},{D_IN}]x[{D_IN},{D_SAE}] x{N_SAES} = {floor:.1f} ms; {load()}):")
    print("  " + " | ".join(f"{name} {ms:.1f}" for name, ms in phases.items()))
    print(f"  step / floor: {phases['wall (profiled)'] / floor:.2f}")
    return finish(arch, ratios)


def finish(arch: str, ratios: list[Seconds]) -> Seconds:
    "Print and return the median speedup over the runs."
    speedup = Seconds(*map(statistics.median, zip(*ratios)))
    print(f"{arch} median speedup: {speedup.wall:.2f} wall (runs {', '.join(f'{r.wall:.2f}' for r in ratios)}), "
          f"{speedup.cpu:.2f} CPU (runs {', '.join(f'{r.cpu:.2f}' for r in ratios)}); {load()}")
    return speedup


WIDE = dict(d_in=512, d_sae=16384, k=32)


def peak_rss_child(library: str, steps: int):
    "Train 8 wide TopK SAEs (d_in 512, d_sae 16384, k 32, batch 4096) with `library` and print the peak RSS."
    ARCHS["topk"][0]["k"] = ARCHS["topk"][3]["k"] = WIDE["k"]
    batches = list(toy_model(WIDE["d_in"]).batches(BATCH, n_batches=steps, seed=1))
    train = train_ours if library == "ours" else train_saelens
    _, seconds = train("topk", batches, 20, WIDE["d_sae"])
    print(f"{library}: {steps} steps of 8 TopK SAEs (d_in 512, d_sae 16384, k 32, batch 4096) in {seconds.wall:.1f} s "
          f"({seconds.cpu:.1f} s CPU), "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GB; {load()}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--arch", default="topk", choices=[*ARCHS, "all"], help="architecture to compare")
    parser.add_argument("--steps", type=int, default=100, help="training steps (batches of 4096) per SAE")
    parser.add_argument("--runs", type=int, default=3, help="alternating timed runs per architecture")
    parser.add_argument("--profile-steps", type=int, default=5, help="steps in the per-phase profile")
    parser.add_argument("--dead-window", type=int, default=20, help="steps without firing before a latent counts as dead")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument("--device", default="cpu", help="where both libraries train: cpu, cuda, cuda:1, ...")
    parser.add_argument("--multi", action="store_true", help="also time SAELens's MultiSAETrainer")
    parser.add_argument("--l1-coefficient", type=float, default=0.1, help="ReLU's L1 coefficient (both libraries)")
    parser.add_argument("--warm-steps", type=int, default=0,
                        help="first train our ensemble this many steps on other batches, untimed; every timed run of "
                             "both libraries then starts from its parameters (with fresh optimiser and dead-latent state)")
    parser.add_argument("--memory", action="store_true",
                        help="peak RSS of each library training 8 TopK SAEs at d_in 512, d_sae 16384 (separate processes)")
    parser.add_argument("--memory-steps", type=int, default=1, help="training steps in the memory check")
    parser.add_argument("--rss-child", choices=["ours", "SAELens"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    global DEVICE
    DEVICE = args.device
    if args.rss_child: return peak_rss_child(args.rss_child, args.memory_steps)
    if args.memory:
        for library in ("ours", "SAELens"):
            subprocess.run([sys.executable, __file__, "--rss-child", library, "--memory-steps", str(args.memory_steps),
                            "--threads", str(args.threads)], check=True)
        return

    ARCHS["relu"][0]["l1_coefficient"] = ARCHS["relu"][3]["l1_coefficient"] = args.l1_coefficient
    data = [b.to(DEVICE) for b in toy_model().batches(BATCH, n_batches=args.steps + 4, seed=1)]
    batches, held_out = data[:args.steps], torch.cat(data[args.steps:])
    speedups = {arch: compare(arch, batches, held_out, args, warm_start(arch, held_out, args))
                for arch in (ARCHS if args.arch == "all" else [args.arch])}
    for arch, s in speedups.items(): print(f"speedup{'' if len(speedups) == 1 else ' ' + arch}: {s.wall:.2f} (CPU time: {s.cpu:.2f})")


if __name__ == "__main__":
    main()

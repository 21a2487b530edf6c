"""An ensemble of 8 TopK SAEs trained by sae_notebooks in one batched run, against the same 8 SAEs
trained one after another by SAELens's own trainer (`sae_lens.SAETrainer`), on the same activations.

Run: `python benchmarks/ensemble_vs_saelens.py` (2-3 minutes on 2 idle CPU cores, far longer when
other processes share them; `--help` for options). It prints, for each trainer, the wall time, the
time per SAE-step, and the MSE, L0 and dead fraction of the trained SAEs on held-out activations
(mean over the 8, with the range of the MSE); the time of one dense encoder matmul, the floor no TopK
trainer can go below (every latent's pre-activation is needed to choose the top k); and last
`speedup: X.XX` (SAELens wall time / ours).

Setup, identical for both trainers:
- activations: a toy model with 1024 true features in random directions of a 128-dim space, firing
  independently with power-law probabilities (3 per row on average) and magnitudes 1 ± 0.3; the
  batches are drawn once before timing and fed, in the same order, to both trainers;
- SAEs: TopK, d_in 128, d_sae 1024, k 16, batch 4096, the same number of steps; identical initial
  weights (our member i is copied into SAELens SAE i, with b_dec at the geometric median of the
  first batch);
- Adam, lr 3e-4, betas (0.9, 0.999), constant learning rate (no warmup or decay), gradient norm
  clipped at 1 per SAE;
- decoder rows kept at unit norm: the gradient component along each row is removed before clipping
  and the rows are renormalised after each step. This is our TopK SAE's rule; SAELens has no such
  option, so it gets the same two operations through PyTorch hooks on its SAE's `W_dec` and its
  trainer's optimizer (and `rescale_acts_by_decoder_norm=False`, which with unit rows changes
  nothing but saves it a [batch, d_sae] multiply). Both trainers then compute the same function
  with the same gradients, so the MSEs agree up to floating-point order.
  `--saelens-free-decoder` instead trains SAELens as configured by default (free decoder norms,
  `rescale_acts_by_decoder_norm=True`): a different optimisation path, with a different MSE;
- AuxK on in both, k_aux = d_in / 2 = 64, coefficient 1/32, same dead window: SAELens counts a latent
  dead after more than `dead_window` steps without firing, we after `(dead_window + 1) · batch`
  tokens, which is the same step. (In the default run no latent dies, so AuxK costs neither anything.)

Differences that remain:
- AuxK weighting, when latents are dead: SAELens scales its AuxK loss by min(#dead / k_aux, 1); we use
  the top min(k_aux, #dead) dead latents of each member without that scale;
- SAELens computes on dense [batch, d_sae] activations (`use_sparse_activations=False`, its default;
  in sae-lens 6.54.12 its sparse path fails in the backward pass with `rescale_acts_by_decoder_norm`);
  we compute on the active (row, latent) pairs only.
"""
import os
os.environ.setdefault("TQDM_DISABLE", "1")  # SAETrainer always draws a progress bar
import argparse, time

import torch
from sae_lens import LoggingConfig, SAETrainer, TopKTrainingSAE, TopKTrainingSAEConfig
from sae_lens.config import SAETrainerConfig

from sae_notebooks.saes import make_sae, squared_error
from sae_notebooks.toy_models import ToyModel
from sae_notebooks.training import TrainConfig, train_sae

D_IN, D_SAE, K, BATCH, N_SAES = 128, 1024, 16, 4096, 8
LR, BETAS, AUX_COEFFICIENT = 3e-4, (0.9, 0.999), 1 / 32


def toy_model(seed: int = 0) -> ToyModel:
    "1024 features in random directions of 128 dims, power-law firing probabilities, magnitudes 1 ± 0.3."
    g = torch.Generator().manual_seed(seed)
    p = (0.001 * torch.rand(1024, generator=g) ** -0.7).clamp(max=0.05)
    return ToyModel(D_IN, p.tolist(), std_magnitude=0.3, orthogonal=False, seed=seed, device="cpu")


def our_ensemble(first_batch: torch.Tensor, dead_window: int):
    "The 8-member TopK ensemble, b_dec at the geometric median of the first batch."
    sae = make_sae("topk", d_in=D_IN, d_sae=D_SAE, k=K, n_seeds=N_SAES, aux_coefficient=AUX_COEFFICIENT,
                   dead_after_tokens=(dead_window + 1) * BATCH, device="cpu")
    sae.init_b_dec(first_batch, "geometric_median")
    return sae


def saelens_copy(ours, member: int, free_decoder: bool) -> TopKTrainingSAE:
    "A SAELens TopK training SAE with the weights of one of our members."
    sae = TopKTrainingSAE(TopKTrainingSAEConfig(d_in=D_IN, d_sae=D_SAE, k=K, aux_loss_coefficient=AUX_COEFFICIENT,
                                                rescale_acts_by_decoder_norm=free_decoder, device="cpu"))
    with torch.no_grad():
        for name in ("W_enc", "b_enc", "W_dec", "b_dec"): getattr(sae, name).copy_(getattr(ours, name)[member])
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


def train_ours(batches: list[torch.Tensor], dead_window: int):
    "Train our ensemble on `batches`; return it and the wall time."
    sae = our_ensemble(batches[0], dead_window)
    cfg = TrainConfig(total_steps=len(batches), lr=LR, betas=BETAS, lr_decay_fraction=0.0, grad_clip=1.0,
                      b_dec_init=None, log_every=len(batches))
    start = time.perf_counter()
    train_sae(sae, batches, cfg, progress=False)
    return sae, time.perf_counter() - start


def train_saelens(batches: list[torch.Tensor], dead_window: int, free_decoder: bool):
    "Train the same 8 SAEs one after another with SAELens's trainer; return the trainers and the wall time."
    ours = our_ensemble(batches[0], dead_window)
    trainers, seconds = [], 0.0
    for member in range(N_SAES):
        cfg = SAETrainerConfig(total_training_samples=len(batches) * BATCH, train_batch_size_samples=BATCH,
                               lr=LR, lr_end=LR, adam_beta1=BETAS[0], adam_beta2=BETAS[1], lr_scheduler_name="constant",
                               device="cpu", dead_feature_window=dead_window, feature_sampling_window=10**9,
                               n_checkpoints=0, save_final_checkpoint=False,
                               logger=LoggingConfig(log_to_wandb=False))
        trainers.append(SAETrainer(cfg, saelens_copy(ours, member, free_decoder), iter(batches)))
        if not free_decoder: keep_unit_norm_decoder(trainers[-1])
        start = time.perf_counter()
        trainers[-1].fit()
        seconds += time.perf_counter() - start
    return trainers, seconds


@torch.no_grad()
def ours_mse_l0(sae, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    "Per-member MSE and L0 of our ensemble on `x`."
    x_hat, f, _ = sae.eval()(x)
    return squared_error(x[None], x_hat), (f > 0).float().sum(-1).mean(-1)


@torch.no_grad()
def saelens_mse_l0(saes, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    "Per-SAE MSE and L0 of SAELens SAEs on `x`."
    fs = [sae.eval().encode(x) for sae in saes]
    x_hats = torch.stack([sae.decode(f) for sae, f in zip(saes, fs)])
    return squared_error(x[None], x_hats), torch.stack([(f > 0).float().sum(-1).mean() for f in fs])


def best_time(fn, repeats: int = 20) -> float:
    "Fastest of `repeats` calls of `fn`, in seconds."
    times = []
    for _ in range(repeats):
        start = time.perf_counter(); fn(); times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=100, help="training steps (batches of 4096) per SAE")
    parser.add_argument("--dead-window", type=int, default=20, help="steps without firing before a latent counts as dead")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument("--saelens-free-decoder", action="store_true",
                        help="train SAELens with its default free decoder norms instead of our unit-norm rule")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    data = list(toy_model().batches(BATCH, n_batches=args.steps + 4, seed=1))
    batches, held_out = data[:args.steps], torch.cat(data[args.steps:])
    print(f"{args.steps} steps of {BATCH} rows, {N_SAES} TopK SAEs (d_in {D_IN}, d_sae {D_SAE}, k {K}), "
          f"{torch.get_num_threads()} threads, load {os.getloadavg()[0]:.2f}")

    train_ours(batches[:3], args.dead_window); train_saelens(batches[:3], args.dead_window, args.saelens_free_decoder)  # warm up
    theirs, t_theirs = train_saelens(batches, args.dead_window, args.saelens_free_decoder)
    ours, t_ours = train_ours(batches, args.dead_window)

    x, W = batches[0], torch.randn(D_IN, D_SAE)
    t_matmul = best_time(lambda: x @ W)
    sae_steps = N_SAES * args.steps
    dead_theirs = torch.stack([t.dead_neurons.float().mean() for t in theirs]).mean()
    for name, (mse, l0), dead, seconds in [
            ("SAELens", saelens_mse_l0([t.sae for t in theirs], held_out), dead_theirs, t_theirs),
            ("ours", ours_mse_l0(ours, held_out), ours.dead_mask.float().mean(), t_ours)]:
        print(f"{name:>8}: {seconds:7.2f} s, {1000 * seconds / sae_steps:6.2f} ms per SAE-step, held-out MSE "
              f"{mse.mean():.4f} (min {mse.min():.4f}, max {mse.max():.4f}), L0 {l0.mean():.2f}, dead {100 * dead:.1f}%")
    print(f"dense encoder matmul [{BATCH},{D_IN}]x[{D_IN},{D_SAE}]: {1000 * t_matmul:.2f} ms, x{N_SAES}: "
          f"{1000 * N_SAES * t_matmul:.2f} ms; ours per step (all {N_SAES}): {1000 * t_ours / args.steps:.2f} ms; "
          f"load {os.getloadavg()[0]:.2f}")
    print(f"speedup: {t_theirs / t_ours:.2f}")


if __name__ == "__main__":
    main()

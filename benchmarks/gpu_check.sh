#!/usr/bin/env bash
# The GPU check of issue 14, prepared for a machine with CUDA (none has been lent so far): the test
# suite, then the training benchmark for every architecture and the matching benchmark on the GPU, in
# one run that fits a short device lease (about 10 minutes on a recent GPU). Prints the GPU, every
# part's output and a last line `gpu check: tests passed|FAILED`; exits 1 if the tests fail.
# Run from anywhere: bash benchmarks/gpu_check.sh [STEPS]   (training steps per run, default 50)
set -uo pipefail
cd "$(dirname "$0")/.."
steps=${1:-50}
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || true
python -c "import torch; assert torch.cuda.is_available(), 'torch sees no CUDA device'
print('torch', torch.__version__, 'CUDA', torch.version.cuda, torch.cuda.get_device_name())" || exit 1
nbdev-test; tests=$?
for arch in topk relu jumprelu batchtopk matryoshka; do
  python benchmarks/ensemble_vs_saelens.py --arch "$arch" --device cuda --steps "$steps" --runs 3 --threads 8
done
python benchmarks/matching.py --repeats 3 --max-latents 16384
if [ "$tests" = 0 ]; then echo "gpu check: tests passed"; else echo "gpu check: tests FAILED"; fi
exit "$tests"

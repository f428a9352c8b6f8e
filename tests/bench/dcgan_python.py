#!/usr/bin/env python3
"""Reference speed of the DCGAN-64 template in PyTorch, for tests/bench/run_dcgan_bench.sh.

The network and training step are those of the DCGAN example in pytorch/examples (dcgan/main.py):
nz=100, ngf=ndf=64, one channel, 64x64 images, BCE loss, Adam(lr 2e-4, betas 0.5/0.999). Data is an
in-memory tensor of 1024 images in [-1, 1] (random unless --data names a .npy file), shuffled by a
seeded permutation each epoch. The first --warmup steps are not timed.

    /usr/bin/python3 tests/bench/dcgan_python.py --steps 12 --threads 2 --batch 64

Prints one JSON line: {"images_per_second": ..., "steps": ..., "threads": ..., "torch": ...}.
"""
import argparse
import json
import sys
import time

import torch
import torch.nn as nn
import torch.optim as optim

NZ, NGF, NDF, NC = 100, 64, 64, 1


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(NZ, NGF * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(NGF * 8),
            nn.ReLU(True),
            nn.ConvTranspose2d(NGF * 8, NGF * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NGF * 4),
            nn.ReLU(True),
            nn.ConvTranspose2d(NGF * 4, NGF * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NGF * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(NGF * 2, NGF, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NGF),
            nn.ReLU(True),
            nn.ConvTranspose2d(NGF, NC, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, z):
        return self.main(z)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(NC, NDF, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(NDF, NDF * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NDF * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(NDF * 2, NDF * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NDF * 4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(NDF * 4, NDF * 8, 4, 2, 1, bias=False),
            nn.BatchNorm2d(NDF * 8),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(NDF * 8, 1, 4, 1, 0, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x):
        return self.main(x).view(-1, 1).squeeze(1)


def weights_init(m):
    name = m.__class__.__name__
    if name.find("Conv") != -1:
        nn.init.normal_(m.weight, 0.0, 0.02)
    elif name.find("BatchNorm") != -1:
        nn.init.normal_(m.weight, 1.0, 0.02)
        nn.init.zeros_(m.bias)


def load_data(path, n, size, gen):
    if path is None:
        return torch.rand(n, NC, size, size, generator=gen) * 2 - 1
    import numpy as np

    a = np.load(path).astype("float32")
    if a.ndim == 3:  # N, H, W
        a = a[:, None]
    if a.ndim != 4 or a.shape[1] != NC or a.shape[2] != size or a.shape[3] != size:
        raise SystemExit(f"--data: expected shape (N, {size}, {size}) or (N, 1, {size}, {size}), got {a.shape}")
    t = torch.from_numpy(a)
    lo, hi = float(t.min()), float(t.max())
    if lo < -1 or hi > 1:  # rescale to [-1, 1] like the engine's input normalisation
        t = (t - lo) / max(hi - lo, 1e-12) * 2 - 1
    return t.contiguous()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=12, help="timed training steps (default 12)")
    ap.add_argument("--warmup", type=int, default=2, help="untimed steps before them (default 2)")
    ap.add_argument("--batch", type=int, default=64, help="batch size (default 64)")
    ap.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--images", type=int, default=1024, help="size of the random dataset (default 1024)")
    ap.add_argument("--data", default=None, help="optional .npy of 64x64 images instead of random data")
    args = ap.parse_args()
    if args.steps < 1 or args.warmup < 0 or args.batch < 1 or args.threads < 1:
        ap.error("--steps, --batch, --threads must be >= 1 and --warmup >= 0")

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    device = torch.device("cpu")

    data = load_data(args.data, args.images, 64, gen)
    n = data.shape[0]
    if n < args.batch:
        raise SystemExit(f"dataset has {n} images, fewer than one batch of {args.batch}")

    netG = Generator().to(device)
    netG.apply(weights_init)
    netD = Discriminator().to(device)
    netD.apply(weights_init)
    criterion = nn.BCELoss()
    optimizerD = optim.Adam(netD.parameters(), lr=2e-4, betas=(0.5, 0.999))
    optimizerG = optim.Adam(netG.parameters(), lr=2e-4, betas=(0.5, 0.999))
    real_label, fake_label = 1.0, 0.0

    def batches():
        # Full batches of a fresh seeded permutation per epoch (drop_last, like a DataLoader).
        while True:
            perm = torch.randperm(n, generator=gen)
            for i in range(0, n - args.batch + 1, args.batch):
                yield data[perm[i:i + args.batch]]

    def train_step(real_cpu):
        # (1) Update D: maximize log(D(x)) + log(1 - D(G(z)))
        netD.zero_grad()
        real = real_cpu.to(device)
        batch_size = real.size(0)
        label = torch.full((batch_size,), real_label, dtype=real.dtype, device=device)
        output = netD(real)
        errD_real = criterion(output, label)
        errD_real.backward()

        noise = torch.randn(batch_size, NZ, 1, 1, device=device)
        fake = netG(noise)
        label.fill_(fake_label)
        output = netD(fake.detach())
        errD_fake = criterion(output, label)
        errD_fake.backward()
        errD = errD_real + errD_fake
        optimizerD.step()

        # (2) Update G: maximize log(D(G(z)))
        netG.zero_grad()
        label.fill_(real_label)
        output = netD(fake)
        errG = criterion(output, label)
        errG.backward()
        optimizerG.step()
        return errD.item(), errG.item()

    it = batches()
    for _ in range(args.warmup):
        train_step(next(it))
    t0 = time.perf_counter()
    for _ in range(args.steps):
        loss_d, loss_g = train_step(next(it))  # .item() synchronises, so the clock is honest
    elapsed = time.perf_counter() - t0

    print(json.dumps({
        "images_per_second": round(args.steps * args.batch / elapsed, 3),
        "steps": args.steps,
        "threads": args.threads,
        "batch": args.batch,
        "seconds": round(elapsed, 3),
        "loss_d": round(loss_d, 4),
        "loss_g": round(loss_g, 4),
        "torch": torch.__version__,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the templates vae, cvae, vae-gan, pix2pix, unet and resnet-classifier (models/*.json)
for image sizes 32, 64, 128 and 256. The JSON files are the source of truth and are embedded in
the engine at build time; this script only saves writing their repetitive layers by hand.
Run from anywhere: python3 scripts/make_templates.py"""

import json
import math
import os

SIZES = [32, 64, 128, 256]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models")


class Net:
    def __init__(self, name, role):
        self.name, self.role, self.nodes, self.edges = name, role, [], []
        self.row = 0

    def node(self, id, type, column=0, **params):
        self.nodes.append({"id": id, "type": type, "params": params, "position": [column * 260, self.row * 90]})
        self.row += 1
        return id

    def edge(self, src, dst, port="in"):
        self.edges.append({"from": src + ".out", "to": dst + "." + port})

    def chain(self, src, id, type, column=0, **params):
        self.node(id, type, column, **params)
        self.edge(src, id)
        return id

    def join(self, type, id, a, b, column=0):
        self.node(id, type, column)
        self.edge(a, id, "a")
        self.edge(b, id, "b")
        return id

    def json(self):
        return {"name": self.name, "role": self.role, "nodes": self.nodes, "edges": self.edges}


def downsamplings(size, last=4):
    return int(math.log2(size // last))


# --- VAE family -----------------------------------------------------------------------------

def vae_encoder(size, latent, conditional):
    n = Net("Encoder", "encoder")
    x = n.node("image", "ImageInput", channels="$channels", height="$image_size", width="$image_size")
    if conditional:
        label = n.node("label", "LabelInput", 1, classes=2)
        x = n.join("Concat", "join", x, label)
    channels = 32
    for i in range(1, downsamplings(size) + 1):
        x = n.chain(x, f"conv{i}", "Conv2d", out_channels=channels, kernel_size=4, stride=2, padding=1, bias=False)
        x = n.chain(x, f"bn{i}", "BatchNorm2d")
        x = n.chain(x, f"lrelu{i}", "LeakyReLU", negative_slope=0.2)
        channels = min(channels * 2, 256)
    x = n.chain(x, "flatten", "Flatten")
    n.node("mu", "Linear", 0, out_features=latent)
    n.edge(x, "mu")
    n.node("logvar", "Linear", 1, out_features=latent)
    n.edge(x, "logvar")
    n.node("sampler", "Sampler")
    n.edge("mu", "sampler", "mu")
    n.edge("logvar", "sampler", "logvar")
    n.chain("sampler", "z", "Output")
    return n.json()


def dcgan_generator(size, latent, conditional, name="Decoder", role="decoder", first=256):
    n = Net(name, role)
    x = n.node("z", "LatentInput", size=latent)
    width = latent
    if conditional:
        label = n.node("label", "LabelInput", 1, classes=2)
        x = n.join("Concat", "join", x, label)
        width += 2
    x = n.chain(x, "reshape", "Reshape", shape=[width, 1, 1])
    steps = downsamplings(size)
    channels = [min(first, 32 * 2 ** (steps - 1 - i)) for i in range(steps)]
    x = n.chain(x, "up1", "ConvTranspose2d", out_channels=channels[0], kernel_size=4, stride=1, padding=0, bias=False)
    x = n.chain(x, "bn1", "BatchNorm2d")
    x = n.chain(x, "relu1", "ReLU")
    for i in range(1, steps):
        x = n.chain(x, f"up{i + 1}", "ConvTranspose2d", out_channels=channels[i], kernel_size=4, stride=2, padding=1,
                    bias=False)
        x = n.chain(x, f"bn{i + 1}", "BatchNorm2d")
        x = n.chain(x, f"relu{i + 1}", "ReLU")
    x = n.chain(x, f"up{steps + 1}", "ConvTranspose2d", out_channels="$channels", kernel_size=4, stride=2, padding=1,
                bias=False)
    x = n.chain(x, "tanh", "Tanh")
    n.chain(x, "image", "Output")
    return n.json()


def dcgan_discriminator(size):
    n = Net("Discriminator", "discriminator")
    x = n.node("image", "ImageInput", channels="$channels", height="$image_size", width="$image_size")
    channels = 32
    for i in range(1, downsamplings(size) + 1):
        x = n.chain(x, f"conv{i}", "Conv2d", out_channels=channels, kernel_size=4, stride=2, padding=1, bias=False)
        if i > 1:
            x = n.chain(x, f"bn{i}", "BatchNorm2d")
        x = n.chain(x, f"lrelu{i}", "LeakyReLU", negative_slope=0.2)
        channels = min(channels * 2, 256)
    x = n.chain(x, "score_conv", "Conv2d", out_channels=1, kernel_size=4, stride=1, padding=0, bias=False)
    x = n.chain(x, "sigmoid", "Sigmoid")
    x = n.chain(x, "flatten", "Flatten")
    n.chain(x, "score", "Output")
    return n.json()


# --- pix2pix ---------------------------------------------------------------------------------

def pix2pix_generator(size):
    """U-Net of Isola et al. at half the paper's width, down to 2x2, skip connections by Concat."""
    n = Net("Generator", "generator")
    x = n.node("mask", "ImageInput", channels=1, height="$image_size", width="$image_size")
    depth = int(math.log2(size)) - 1
    widths = [min(32 * 2 ** i, 256) for i in range(depth)]
    skips = []
    for i, c in enumerate(widths, start=1):
        x = n.chain(x, f"down{i}", "Conv2d", out_channels=c, kernel_size=4, stride=2, padding=1, bias=False)
        if i > 1 and i < depth:
            x = n.chain(x, f"down{i}_bn", "BatchNorm2d")
        x = n.chain(x, f"down{i}_act", "LeakyReLU", negative_slope=0.2)
        skips.append(x)
    for i in range(depth - 1, 0, -1):
        x = n.chain(x, f"up{i}", "ConvTranspose2d", 1, out_channels=widths[i - 1], kernel_size=4, stride=2, padding=1,
                    bias=False)
        x = n.chain(x, f"up{i}_bn", "BatchNorm2d", 1)
        x = n.chain(x, f"up{i}_act", "ReLU", 1)
        x = n.join("Concat", f"skip{i}", x, skips[i - 1], 1)
    x = n.chain(x, "to_image", "ConvTranspose2d", 1, out_channels="$channels", kernel_size=4, stride=2, padding=1,
                bias=True)
    x = n.chain(x, "tanh", "Tanh", 1)
    n.chain(x, "image", "Output", 1)
    return n.json()


def patchgan(size):
    """70x70 PatchGAN of Isola et al. (C64-C128-C256-C512): one realness score per patch."""
    n = Net("Discriminator", "discriminator")
    src = n.node("mask", "ImageInput", channels=1, height="$image_size", width="$image_size")
    tgt = n.node("image", "ImageInput", 1, channels="$channels", height="$image_size", width="$image_size")
    x = n.join("Concat", "pair", src, tgt)
    for i, (c, stride) in enumerate([(64, 2), (128, 2), (256, 2), (512, 1)], start=1):
        x = n.chain(x, f"conv{i}", "Conv2d", out_channels=c, kernel_size=4, stride=stride, padding=1, bias=i == 1)
        if i > 1:
            x = n.chain(x, f"bn{i}", "BatchNorm2d")
        x = n.chain(x, f"lrelu{i}", "LeakyReLU", negative_slope=0.2)
    x = n.chain(x, "patches", "Conv2d", out_channels=1, kernel_size=4, stride=1, padding=1, bias=True)
    n.chain(x, "scores", "Output")
    return n.json()


# --- U-Net segmenter --------------------------------------------------------------------------

def double_conv(n, x, prefix, channels, column):
    for k in (1, 2):
        x = n.chain(x, f"{prefix}_conv{k}", "Conv2d", column, out_channels=channels, kernel_size=3, stride=1, padding=1,
                    bias=False)
        x = n.chain(x, f"{prefix}_bn{k}", "BatchNorm2d", column)
        x = n.chain(x, f"{prefix}_relu{k}", "ReLU", column)
    return x


def unet(size):
    """U-Net of Ronneberger et al. at a quarter of the paper's width, four poolings, padded convolutions."""
    n = Net("Segmenter", "segmenter")
    x = n.node("image", "ImageInput", channels="$channels", height="$image_size", width="$image_size")
    widths = [16, 32, 64, 128]
    skips = []
    for i, c in enumerate(widths, start=1):
        x = double_conv(n, x, f"enc{i}", c, 0)
        skips.append(x)
        x = n.chain(x, f"pool{i}", "MaxPool2d", kernel_size=2, stride=2, padding=0)
    x = double_conv(n, x, "bottom", 256, 0)
    for i in range(len(widths), 0, -1):
        c = widths[i - 1]
        x = n.chain(x, f"up{i}", "ConvTranspose2d", 1, out_channels=c, kernel_size=2, stride=2, padding=0, bias=True)
        x = n.join("Concat", f"skip{i}", x, skips[i - 1], 1)
        x = double_conv(n, x, f"dec{i}", c, 1)
    x = n.chain(x, "to_mask", "Conv2d", 1, out_channels=1, kernel_size=1, stride=1, padding=0, bias=True)
    x = n.chain(x, "sigmoid", "Sigmoid", 1)
    n.chain(x, "mask", "Output", 1)
    return n.json()


# --- ResNet classifier -----------------------------------------------------------------------

def residual_block(n, x, prefix, channels, downsample):
    stride = 2 if downsample else 1
    y = n.chain(x, f"{prefix}_conv1", "Conv2d", out_channels=channels, kernel_size=3, stride=stride, padding=1, bias=False)
    y = n.chain(y, f"{prefix}_bn1", "BatchNorm2d")
    y = n.chain(y, f"{prefix}_relu1", "ReLU")
    y = n.chain(y, f"{prefix}_conv2", "Conv2d", out_channels=channels, kernel_size=3, stride=1, padding=1, bias=False)
    y = n.chain(y, f"{prefix}_bn2", "BatchNorm2d")
    shortcut = x
    if downsample:
        shortcut = n.chain(x, f"{prefix}_project", "Conv2d", 1, out_channels=channels, kernel_size=1, stride=2,
                           padding=0, bias=False)
        shortcut = n.chain(shortcut, f"{prefix}_project_bn", "BatchNorm2d", 1)
    y = n.join("Add", f"{prefix}_add", y, shortcut)
    return n.chain(y, f"{prefix}_relu2", "ReLU")


def resnet(size):
    """He et al.'s residual network in its CIFAR form: a 3x3 stem, one residual block per stage,
    the width doubling and the map halving from stage to stage, global average pooling."""
    n = Net("Classifier", "classifier")
    x = n.node("image", "ImageInput", channels="$channels", height="$image_size", width="$image_size")
    x = n.chain(x, "stem", "Conv2d", out_channels=16, kernel_size=3, stride=1, padding=1, bias=False)
    x = n.chain(x, "stem_bn", "BatchNorm2d")
    x = n.chain(x, "stem_relu", "ReLU")
    stages = 3 + int(math.log2(size // 32))
    for s in range(stages):
        x = residual_block(n, x, f"stage{s + 1}", min(16 * 2 ** s, 256), downsample=s > 0)
    x = n.chain(x, "pool", "GlobalAvgPool")
    x = n.chain(x, "flatten", "Flatten")
    x = n.chain(x, "classes", "Linear", out_features=2)
    n.chain(x, "scores", "Output")
    return n.json()


TEMPLATES = [
    {
        "id": "vae",
        "title": "Variational autoencoder (VAE)",
        "recipe": "vae",
        "description": "An encoder squeezes each image into a short list of numbers (a point in the latent space), and "
                       "a decoder paints the image back from that point. Training makes the points of all images "
                       "spread like a bell curve, so any random point decodes to a plausible image. Its images are "
                       "smoother than a GAN's, but training is stable and you can encode a real image and explore "
                       "its neighbourhood.",
        "paper": "D. P. Kingma, M. Welling. Auto-Encoding Variational Bayes. ICLR 2014 (arXiv:1312.6114).",
        "training": {"optimizer": "adam", "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999,
                     "reconstruction_loss": "mse", "kl_beta": 1.0, "kl_warmup_steps": 500},
        "networks": lambda s: [vae_encoder(s, 128, False), dcgan_generator(s, 128, False)],
    },
    {
        "id": "cvae",
        "title": "Conditional VAE",
        "recipe": "cvae",
        "description": "A VAE that is told the class of each image (here normal or lesion): encoder and decoder both "
                       "receive it. After training you pick the class and a random point, and the decoder paints an "
                       "image of that class, so the latent space holds what varies within a class.",
        "paper": "K. Sohn, H. Lee, X. Yan. Learning Structured Output Representation using Deep Conditional Generative "
                 "Models. NeurIPS 2015.",
        "training": {"optimizer": "adam", "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999,
                     "reconstruction_loss": "mse", "kl_beta": 1.0, "kl_warmup_steps": 500},
        "networks": lambda s: [vae_encoder(s, 128, True), dcgan_generator(s, 128, True)],
    },
    {
        "id": "vae-gan",
        "title": "VAE-GAN",
        "recipe": "vae-gan",
        "description": "A VAE whose decoder is also a GAN generator: a discriminator learns to tell real images from "
                       "decoded ones, and the reconstruction is judged by what the discriminator sees rather than "
                       "pixel by pixel. The images come out sharper than a plain VAE's while the encoder still maps "
                       "every image into the latent space.",
        "paper": "A. B. L. Larsen, S. K. Sønderby, H. Larochelle, O. Winther. Autoencoding beyond pixels using a learned "
                 "similarity metric. ICML 2016 (arXiv:1512.09300).",
        "training": {"optimizer": "adam", "learning_rate": 0.0002, "beta1": 0.5, "beta2": 0.999,
                     "adversarial_loss": "bce", "kl_beta": 1.0, "kl_warmup_steps": 500,
                     "reconstruction_weight": 0.01, "feature_layer": "lrelu3", "weight_init": "dcgan"},
        "networks": lambda s: [vae_encoder(s, 128, False), dcgan_generator(s, 128, False), dcgan_discriminator(s)],
    },
    {
        "id": "pix2pix",
        "title": "Pix2Pix (image-to-image)",
        "recipe": "pix2pix",
        "description": "Learns to translate one kind of image into another from matching pairs; here it turns a lesion "
                       "mask into a brain slice with that lesion. The generator is a U-Net whose skip connections "
                       "carry fine detail straight across, and a PatchGAN discriminator judges each small patch, "
                       "which keeps textures sharp. A pixel-wise L1 term keeps the output close to the true image.",
        "paper": "P. Isola, J.-Y. Zhu, T. Zhou, A. A. Efros. Image-to-Image Translation with Conditional Adversarial "
                 "Networks. CVPR 2017 (arXiv:1611.07004).",
        "training": {"optimizer": "adam", "learning_rate": 0.0002, "beta1": 0.5, "beta2": 0.999,
                     "adversarial_loss": "bce", "l1_weight": 100.0, "pair_direction": "mask-to-image",
                     "weight_init": "dcgan"},
        "networks": lambda s: [pix2pix_generator(s), patchgan(s)],
    },
    {
        "id": "unet",
        "title": "U-Net segmenter",
        "recipe": "segmentation",
        "description": "Marks which pixels belong to a structure, here the lesion. It shrinks the image step by step to "
                       "see the context, then grows it back to full size, and skip connections hand the fine detail "
                       "of each size across so the outline stays precise. The standard network for medical image "
                       "segmentation; trained with the Dice loss, which copes with small lesions.",
        "paper": "O. Ronneberger, P. Fischer, T. Brox. U-Net: Convolutional Networks for Biomedical Image "
                 "Segmentation. MICCAI 2015 (arXiv:1505.04597).",
        "training": {"optimizer": "adam", "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999,
                     "segmentation_loss": "bce-dice"},
        "networks": lambda s: [unet(s)],
    },
    {
        "id": "resnet-classifier",
        "title": "ResNet classifier",
        "recipe": "classifier",
        "description": "Sorts images into classes, here normal or with a lesion. Each residual block adds its result to "
                       "its own input, so the signal and the learning reach deep layers easily. Reports accuracy, "
                       "precision, recall, specificity and F1 on images held out from training.",
        "paper": "K. He, X. Zhang, S. Ren, J. Sun. Deep Residual Learning for Image Recognition. CVPR 2016 "
                 "(arXiv:1512.03385).",
        "training": {"optimizer": "adam", "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999,
                     "classifier_loss": "cross-entropy"},
        "networks": lambda s: [resnet(s)],
    },
]


def main():
    for t in TEMPLATES:
        out = {"format": "medsynth.template", "version": 1, "channels": [1, 3], "image_sizes": SIZES,
               "id": t["id"], "title": t["title"], "recipe": t["recipe"], "description": t["description"],
               "paper": t["paper"], "training": t["training"],
               "variants": {str(s): {"networks": t["networks"](s)} for s in SIZES}}
        with open(os.path.join(HERE, t["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()

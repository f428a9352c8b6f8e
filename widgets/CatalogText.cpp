#include "CatalogText.h"

#include <QCoreApplication>

namespace medsynth::widgets {

namespace {

// The English source texts, exactly as the engine has them, marked for lupdate.
const char* const kStrings[] = {
    QT_TRANSLATE_NOOP("LayerCatalog", "Image input"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Where images from your dataset enter the network. Each image is a grid of pixels with one channel (grey, as in most scans) or three (colour). Its size must match the images the dataset is prepared at."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Channels"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Height"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Width"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Latent vector z"),
    QT_TRANSLATE_NOOP("LayerCatalog", "A list of random numbers drawn from a normal distribution, the seed from which a generator paints an image. Each number is one direction in the 'latent space'; moving through that space changes the picture smoothly. 100 numbers is the classic choice for a DCGAN."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Size"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Fully connected"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Connects every input number to every output number, each connection with its own learned weight: y = W x + b. Use it on vectors, for example to turn a latent vector into the first small feature map of a generator, or features into class scores."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Outputs"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Bias"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Spectral norm"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Convolution"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Slides small learned filters over the image to detect local patterns such as edges, textures and, deeper in the network, shapes. With stride 2 it also halves the image size. Output size per side: (n + 2p - f) / s + 1 for input size n, padding p, filter size f and stride s."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Filters"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Kernel size"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Stride"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Padding"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Transposed convolution"),
    QT_TRANSLATE_NOOP("LayerCatalog", "The reverse of a convolution: each input pixel spreads a learned filter over a larger output, so the image grows (doubles with stride 2). Generators use it to paint a full image from a small feature map. Output size per side: (n - 1) s + f - 2p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Output padding"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Batch normalisation"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Rescales each channel so that, over the current batch, its values have mean 0 and spread 1, then applies a learned scale and shift. It keeps training stable and lets larger learning rates work; DCGAN uses it in both networks except at the generator's output and the discriminator's input."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Epsilon"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Momentum"),
    QT_TRANSLATE_NOOP("LayerCatalog", "ReLU"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Keeps positive values and sets negative ones to zero: f(x) = max(0, x). Simple and fast, it lets deep networks learn; the DCGAN generator uses it after every hidden layer."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Like ReLU, but negative values are multiplied by a small slope instead of being zeroed: f(x) = x if x > 0, else a x. The small slope keeps gradients flowing, which is why GAN discriminators use it (a = 0.2)."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Negative slope"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Tanh"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Squashes any value into the range -1 to 1 with an S-shaped curve. A generator ends with it because training images are scaled to -1 to 1."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Sigmoid"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Squashes any value into 0 to 1: f(x) = 1 / (1 + e^-x). A discriminator ends with it to give the probability that its input is a real image."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Flatten"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Lays a feature map out as one long list of numbers (channels x height x width values), so that fully connected layers or a final score can use it. Nothing is learned."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Reshape"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Arranges the same numbers in a new shape, for example a latent vector of 100 values as a 100x1x1 feature map that transposed convolutions can grow into an image. The number of values must not change."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Shape"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Output"),
    QT_TRANSLATE_NOOP("LayerCatalog", "What the network hands back: a generated image for a generator, a realness score for a discriminator. Training reads its result here."),
    QT_TRANSLATE_NOOP("LayerCatalog", "DCGAN"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Deep convolutional GAN: a generator grows a random vector into an image with transposed convolutions, batch normalisation and ReLU, ending in Tanh; a discriminator shrinks an image to a single realness score with strided convolutions, batch normalisation and Leaky ReLU, ending in Sigmoid. The two are trained against each other with binary cross-entropy. A good first GAN: stable, fast, and it learns visibly within minutes."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Upsample"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Makes the image larger by a whole factor, copying each pixel (nearest) or blending neighbours (bilinear); nothing is learned. Followed by a convolution it is a common alternative to the transposed convolution that avoids its checkerboard artifacts, because every output pixel is made from the same number of input pixels."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Scale"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Mode"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Max pooling"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Keeps only the largest value in each small window, so the image shrinks (halves with a 2x2 window and stride 2) while the strongest responses survive. Nothing is learned. Output size per side: (n + 2p - f) / s + 1."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Window"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Average pooling"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Replaces each small window by the average of its values, so the image shrinks smoothly. Nothing is learned. Output size per side: (n + 2p - f) / s + 1."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Global average pooling"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Averages each channel over the whole image, leaving one number per channel (a channels x 1 x 1 result). Classifiers use it to summarise what was found, wherever it was in the image."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Instance normalisation"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Like batch normalisation, but each image is normalised on its own, channel by channel, so the result does not depend on the other images in the batch. Image-to-image models such as Pix2Pix use it; it works with a batch of one."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Dropout"),
    QT_TRANSLATE_NOOP("LayerCatalog", "While training, sets a random share p of the values to zero (and scales the rest up), so the network cannot rely on any single feature; this reduces overfitting. When the model is used after training it does nothing."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Drop probability"),
    QT_TRANSLATE_NOOP("LayerCatalog", "ELU"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Like ReLU for positive values, but negative values bend smoothly towards -a instead of stopping at zero: f(x) = x if x > 0, else a (e^x - 1). The smooth curve keeps the average output near zero, which can speed up learning."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Alpha"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Softmax"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Turns a list of scores into probabilities that are all positive and add up to 1: f(x)_i = e^(x_i) / sum_j e^(x_j). A classifier ends with it to give the probability of each class."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Add"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Adds two tensors of the same shape value by value. With it a block's input can skip ahead and be added to the block's output (a residual connection), which lets very deep networks train."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Concatenate channels"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Min pooling"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Keeps only the smallest value in each small window, so the image shrinks while the darkest or weakest responses survive; useful where the interesting structures are dark. Nothing is learned. Output size per side: (n + 2p - f) / s + 1."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Global max pooling"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Keeps the largest value of each channel over the whole image, one number per channel (a channels x 1 x 1 result): whether a feature appeared anywhere, not where. Nothing is learned."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Depthwise-separable convolution"),
    QT_TRANSLATE_NOOP("LayerCatalog", "A convolution in two cheap steps: first one small filter per channel looks at each channel on its own (depthwise), then a 1x1 convolution mixes the channels (pointwise). It sees as much as a normal convolution with far fewer weights and computations, which suits small devices and small datasets."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Layer normalisation"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Normalises all the values of one image (or one vector) together to mean 0 and spread 1, then applies a learned scale and shift per value. It does not depend on the batch, so it behaves the same in training and in use."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Channel dropout"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Dropout for feature maps: while training, switches off whole channels at random (a share p of them), because neighbouring pixels are too alike for single-pixel dropout to help. It does nothing when the model is used after training."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Self-attention"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Lets every position of a feature map look at every other position and borrow from the ones most related to it, so distant parts of an image (left and right hemispheres, say) can agree. This is the SAGAN block: it starts switched off (a learned weight of 0) and the network turns it up as it learns."),
    QT_TRANSLATE_NOOP("LayerCatalog", "VAE sampler"),
    QT_TRANSLATE_NOOP("LayerCatalog", "The heart of a variational autoencoder: from a mean mu and a log-variance it draws a latent vector z = mu + e^(log-variance / 2) x noise, with fresh normal noise each time (the reparameterisation trick, which lets training pass through the random draw). It also measures how far mu and the variance are from a standard normal distribution: the KL term of the VAE loss. In use after training it returns mu."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Class label"),
    QT_TRANSLATE_NOOP("LayerCatalog", "The class of each image (for example 0 normal, 1 lesion), for conditional models that learn to make or judge an image of a chosen class. One-hot encoding turns class k into a list of zeros with a single 1 at place k; an embedding learns a short list of numbers for each class instead."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Classes"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Encoding"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Embedding size"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Stacks two feature maps of the same height and width into one with the channels of both. U-Net's skip connections use it to hand fine detail from the encoder straight to the decoder. It also joins two vectors end to end, and a vector to a feature map by repeating the vector at every pixel, which is how conditional models add a class label."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Conditional DCGAN"),
    QT_TRANSLATE_NOOP("LayerCatalog", "A DCGAN that is told the class of each image (here normal or lesion): the generator receives the class beside its random vector, and the discriminator sees the class repeated over the image as extra channels. After training you choose which class to generate, for example more lesion images for a rare class."),
    QT_TRANSLATE_NOOP("LayerCatalog", "WGAN-GP"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Wasserstein GAN with gradient penalty: the discriminator becomes a critic that gives an unbounded realness score (no Sigmoid, no batch normalisation), and training moves the generator's images towards the real ones by the Wasserstein distance. A gradient penalty keeps the critic smooth. The critic is updated several times per generator update. Slower per step than a DCGAN, but its loss tracks image quality and it rarely collapses."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Variational autoencoder (VAE)"),
    QT_TRANSLATE_NOOP("LayerCatalog", "An encoder squeezes each image into a short list of numbers (a point in the latent space), and a decoder paints the image back from that point. Training makes the points of all images spread like a bell curve, so any random point decodes to a plausible image. Its images are smoother than a GAN's, but training is stable and you can encode a real image and explore its neighbourhood."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Conditional VAE"),
    QT_TRANSLATE_NOOP("LayerCatalog", "A VAE that is told the class of each image (here normal or lesion): encoder and decoder both receive it. After training you pick the class and a random point, and the decoder paints an image of that class, so the latent space holds what varies within a class."),
    QT_TRANSLATE_NOOP("LayerCatalog", "VAE-GAN"),
    QT_TRANSLATE_NOOP("LayerCatalog", "A VAE whose decoder is also a GAN generator: a discriminator learns to tell real images from decoded ones, and the reconstruction is judged by what the discriminator sees rather than pixel by pixel. The images come out sharper than a plain VAE's while the encoder still maps every image into the latent space."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Pix2Pix (image-to-image)"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Learns to translate one kind of image into another from matching pairs; here it turns a lesion mask into a brain slice with that lesion. The generator is a U-Net whose skip connections carry fine detail straight across, and a PatchGAN discriminator judges each small patch, which keeps textures sharp. A pixel-wise L1 term keeps the output close to the true image."),
    QT_TRANSLATE_NOOP("LayerCatalog", "U-Net segmenter"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Marks which pixels belong to a structure, here the lesion. It shrinks the image step by step to see the context, then grows it back to full size, and skip connections hand the fine detail of each size across so the outline stays precise. The standard network for medical image segmentation; trained with the Dice loss, which copes with small lesions."),
    QT_TRANSLATE_NOOP("LayerCatalog", "ResNet classifier"),
    QT_TRANSLATE_NOOP("LayerCatalog", "Sorts images into classes, here normal or with a lesion. Each residual block adds its result to its own input, so the signal and the learning reach deep layers easily. Reports accuracy, precision, recall, specificity and F1 on images held out from training."),
    // Parameter help (the inspector's tooltips).
    QT_TRANSLATE_NOOP("LayerCatalog", "1 for grey images, 3 for colour."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Image height in pixels."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Image width in pixels."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many random numbers z holds."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many classes there are."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How a class becomes numbers."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Numbers per class, for an embedding."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many numbers come out."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Learn an offset b for each output."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Divide the weights by their largest singular value (spectral normalisation, Miyato et al. 2018), so the layer cannot stretch its input by more than 1; steadies a discriminator."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many filters, i.e. output channels."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Width and height of each filter, f."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Step between filter positions, s."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Zero pixels added around the border, p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Learn an offset per filter (not needed before BatchNorm)."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many output channels."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How much the image grows, s."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Pixels trimmed from each border, p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Extra pixels added on one side."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Small number that avoids division by zero."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How fast the running statistics follow the batches."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How many times larger each side becomes."),
    QT_TRANSLATE_NOOP("LayerCatalog", "How the new pixels are filled in."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Width and height of the window, f."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Step between windows, s."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Pixels added around the border, p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Width and height of each per-channel filter, f."),
    QT_TRANSLATE_NOOP("LayerCatalog", "Learn an offset per output channel."),
    QT_TRANSLATE_NOOP("LayerCatalog", "The share of channels switched off, p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "The share of values set to zero, p."),
    QT_TRANSLATE_NOOP("LayerCatalog", "The slope a for negative inputs."),
    QT_TRANSLATE_NOOP("LayerCatalog", "The value a that negative outputs approach."),
    QT_TRANSLATE_NOOP("LayerCatalog", "The new shape, e.g. [100, 1, 1]."),
};

}  // namespace

QString CatalogText::translate(const std::string& english)
{
    return QCoreApplication::translate("LayerCatalog", english.c_str());
}

QString CatalogText::title(const engine::BlockSpec& block) { return translate(block.title); }
QString CatalogText::explanation(const engine::BlockSpec& block) { return translate(block.explanation); }
QString CatalogText::paramLabel(const engine::ParamSpec& param) { return translate(param.label); }
QString CatalogText::paramHelp(const engine::ParamSpec& param) { return translate(param.help); }
QString CatalogText::templateTitle(const engine::TemplateInfo& info) { return translate(info.title); }
QString CatalogText::templateDescription(const engine::TemplateInfo& info) { return translate(info.description); }

QStringList CatalogText::translatableStrings()
{
    QStringList out;
    for (const char* s : kStrings)
        if (s)
            out << QString::fromUtf8(s);
    return out;
}

QStringList CatalogText::missingStrings()
{
    QStringList used;
    for (const engine::BlockSpec& block : engine::LayerCatalog::instance().blocks()) {
        used << QString::fromStdString(block.title) << QString::fromStdString(block.explanation);
        for (const engine::ParamSpec& param : block.params)
            used << QString::fromStdString(param.label) << QString::fromStdString(param.help);
    }
    for (const engine::TemplateInfo& info : engine::listTemplates())
        used << QString::fromStdString(info.title) << QString::fromStdString(info.description);
    const QStringList known = translatableStrings();
    QStringList missing;
    for (const QString& s : used)
        if (!s.isEmpty() && !known.contains(s) && !missing.contains(s))
            missing << s;
    return missing;
}

}  // namespace medsynth::widgets

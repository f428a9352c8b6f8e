#include "medsynth/engine/LayerCatalog.h"

#include "medsynth/engine/GraphDocument.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace medsynth::engine {

namespace {

using nlohmann::json;

ParamSpec integer(std::string name, std::string label, int64_t value, int64_t minimum, int64_t maximum,
                  std::string help)
{
    ParamSpec p;
    p.name = std::move(name);
    p.label = std::move(label);
    p.kind = ParamKind::Integer;
    p.defaultValue = value;
    p.minimum = static_cast<double>(minimum);
    p.maximum = static_cast<double>(maximum);
    p.help = std::move(help);
    return p;
}

ParamSpec real(std::string name, std::string label, double value, double minimum, double maximum, std::string help)
{
    ParamSpec p = integer(std::move(name), std::move(label), 0, 0, 0, std::move(help));
    p.kind = ParamKind::Real;
    p.defaultValue = value;
    p.minimum = minimum;
    p.maximum = maximum;
    return p;
}

ParamSpec boolean(std::string name, std::string label, bool value, std::string help)
{
    ParamSpec p = integer(std::move(name), std::move(label), 0, 0, 0, std::move(help));
    p.kind = ParamKind::Boolean;
    p.defaultValue = value;
    return p;
}

ParamSpec choice(std::string name, std::string label, std::vector<std::string> choices, std::string help)
{
    ParamSpec p = integer(std::move(name), std::move(label), 0, 0, 0, std::move(help));
    p.kind = ParamKind::Choice;
    p.defaultValue = choices.front();
    p.choices = std::move(choices);
    return p;
}

ParamSpec integerList(std::string name, std::string label, std::vector<int64_t> value, std::string help)
{
    ParamSpec p = integer(std::move(name), std::move(label), 0, 1, 65536, std::move(help));
    p.kind = ParamKind::IntegerList;
    p.defaultValue = value;
    return p;
}

const std::vector<PortSpec> kIn = {{"in", "The incoming tensor."}};
const std::vector<PortSpec> kOut = {{"out", "The result."}};

ShapeRuleResult fail(std::string error, std::string fix)
{
    ShapeRuleResult r;
    r.error = std::move(error);
    r.fix = std::move(fix);
    return r;
}

ShapeRuleResult single(TensorShape shape)
{
    ShapeRuleResult r;
    r.outputs["out"] = std::move(shape);
    return r;
}

// The one input of a single-input block, which must be an image-like C x H x W tensor.
bool imageInput(const std::map<std::string, TensorShape>& inputs, TensorShape& shape, ShapeRuleResult& failure)
{
    const TensorShape& in = inputs.at("in");
    if (!in.isImage()) {
        failure = fail("expects an image-like input (channels x height x width) but receives " + in.toString(),
                       "insert a Reshape block before it that turns the " + in.toString() +
                           " vector into channels x height x width");
        return false;
    }
    shape = in;
    return true;
}

ShapeRule sameShape()
{
    return [](const json&, const std::map<std::string, TensorShape>& in) { return single(in.at("in")); };
}

// Weights of a (transposed) convolution with square kernels, plus one bias per output channel.
int64_t filterParameters(int64_t in, int64_t out, int64_t kernel, bool bias)
{
    return in * out * kernel * kernel + (bias ? out : 0);
}

// Output size of a convolution along one axis: floor((n + 2p - k) / s) + 1.
int64_t convolvedSize(int64_t n, int64_t k, int64_t s, int64_t p) { return (n + 2 * p - k) / s + 1; }
// Output size of a transposed convolution: (n - 1) s - 2p + k + output_padding.
int64_t transposedSize(int64_t n, int64_t k, int64_t s, int64_t p, int64_t op) { return (n - 1) * s - 2 * p + k + op; }

// Global pooling: one value per channel, channels x 1 x 1.
ShapeRuleResult globalPoolingRule(const json&, const std::map<std::string, TensorShape>& in)
{
    TensorShape s;
    ShapeRuleResult failure;
    return imageInput(in, s, failure) ? single({{s.dims[0], 1, 1}}) : failure;
}

ShapeRuleResult convolutionRule(const json& params, const std::map<std::string, TensorShape>& inputs)
{
    TensorShape in;
    ShapeRuleResult failure;
    if (!imageInput(inputs, in, failure))
        return failure;
    const int64_t k = params["kernel_size"], s = params["stride"], p = params["padding"];
    const int64_t h = in.dims[1], w = in.dims[2];
    if (h + 2 * p < k || w + 2 * p < k)
        return fail("has a " + std::to_string(k) + "x" + std::to_string(k) + " kernel but its input is only " +
                        std::to_string(h) + "x" + std::to_string(w) + " pixels (with padding " + std::to_string(p) + ")",
                    "use a kernel of at most " + std::to_string(std::min(h, w) + 2 * p) +
                        ", more padding, or remove a down-sampling layer before it");
    const int64_t out = params["out_channels"];
    ShapeRuleResult result = single({{out, convolvedSize(h, k, s, p), convolvedSize(w, k, s, p)}});
    result.parameters = filterParameters(in.dims[0], out, k, params["bias"]);
    // Each output value sums in x k x k products.
    result.multiplyAdds = result.outputs["out"].elementCount() * in.dims[0] * k * k;
    return result;
}

ShapeRuleResult transposedRule(const json& params, const std::map<std::string, TensorShape>& inputs)
{
    TensorShape in;
    ShapeRuleResult failure;
    if (!imageInput(inputs, in, failure))
        return failure;
    const int64_t k = params["kernel_size"], s = params["stride"], p = params["padding"];
    const int64_t op = params["output_padding"];
    if (op >= s)
        return fail("has output padding " + std::to_string(op) + ", which must be smaller than its stride " +
                        std::to_string(s),
                    "set output padding to at most " + std::to_string(s - 1));
    const int64_t h = transposedSize(in.dims[1], k, s, p, op), w = transposedSize(in.dims[2], k, s, p, op);
    if (h < 1 || w < 1)
        return fail("would produce an empty image (" + std::to_string(h) + "x" + std::to_string(w) + ")",
                    "reduce its padding below " + std::to_string(p));
    const int64_t out = params["out_channels"];
    ShapeRuleResult result = single({{out, h, w}});
    result.parameters = filterParameters(in.dims[0], out, k, params["bias"]);
    // Each input value spreads over out x k x k outputs.
    result.multiplyAdds = in.elementCount() * out * k * k;
    return result;
}

ShapeRuleResult poolingRule(const json& params, const std::map<std::string, TensorShape>& inputs)
{
    TensorShape in;
    ShapeRuleResult failure;
    if (!imageInput(inputs, in, failure))
        return failure;
    const int64_t k = params["kernel_size"], s = params["stride"], p = params["padding"];
    if (2 * p > k)
        return fail("has padding " + std::to_string(p) + ", more than half its " + std::to_string(k) + "x" +
                        std::to_string(k) + " window",
                    "set padding to at most " + std::to_string(k / 2));
    if (in.dims[1] + 2 * p < k || in.dims[2] + 2 * p < k)
        return fail("has a " + std::to_string(k) + "x" + std::to_string(k) + " window but its input is only " +
                        std::to_string(in.dims[1]) + "x" + std::to_string(in.dims[2]) + " pixels",
                    "use a window of at most " + std::to_string(std::min(in.dims[1], in.dims[2]) + 2 * p));
    return single({{in.dims[0], convolvedSize(in.dims[1], k, s, p), convolvedSize(in.dims[2], k, s, p)}});
}

// Two inputs "a" and "b" of any shape; the rule of Add and Concat decides what fits.
const std::vector<PortSpec> kPair = {{"a", "The first incoming tensor."}, {"b", "The second incoming tensor."}};

std::vector<BlockSpec> buildCatalog()
{
    std::vector<BlockSpec> blocks;

    {
        BlockSpec b;
        b.type = "ImageInput";
        b.title = "Image input";
        b.category = "Inputs";
        b.explanation =
            "Where images from your dataset enter the network. Each image is a grid of pixels with one channel "
            "(grey, as in most scans) or three (colour). Its size must match the images the dataset is prepared at.";
        b.outputs = {{"out", "The image, channels x height x width."}};
        b.params = {integer("channels", "Channels", 1, 1, 4, "1 for grey images, 3 for colour."),
                    integer("height", "Height", 64, 1, 4096, "Image height in pixels."),
                    integer("width", "Width", 64, 1, 4096, "Image width in pixels.")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>&) {
            return single({{p["channels"].get<int64_t>(), p["height"].get<int64_t>(), p["width"].get<int64_t>()}});
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "LatentInput";
        b.title = "Latent vector z";
        b.category = "Inputs";
        b.explanation =
            "A list of random numbers drawn from a normal distribution, the seed from which a generator paints an "
            "image. Each number is one direction in the 'latent space'; moving through that space changes the "
            "picture smoothly. 100 numbers is the classic choice for a DCGAN.";
        b.outputs = {{"out", "The latent vector z."}};
        b.params = {integer("size", "Size", 100, 1, 4096, "How many random numbers z holds.")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>&) {
            return single({{p["size"].get<int64_t>()}});
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "LabelInput";
        b.title = "Class label";
        b.category = "Inputs";
        b.explanation =
            "The class of each image (for example 0 normal, 1 lesion), for conditional models that learn to make or "
            "judge an image of a chosen class. One-hot encoding turns class k into a list of zeros with a single 1 "
            "at place k; an embedding learns a short list of numbers for each class instead.";
        b.outputs = {{"out", "The encoded label."}};
        b.params = {integer("classes", "Classes", 2, 2, 1000, "How many classes there are."),
                    choice("encoding", "Encoding", {"one-hot", "embedding"}, "How a class becomes numbers."),
                    integer("embedding_size", "Embedding size", 16, 1, 1024, "Numbers per class, for an embedding.")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>&) {
            const bool embedding = p["encoding"] == "embedding";
            const int64_t classes = p["classes"], size = p["embedding_size"];
            ShapeRuleResult result = single({{embedding ? size : classes}});
            result.parameters = embedding ? classes * size : 0;
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Linear";
        b.title = "Fully connected";
        b.category = "Layers";
        b.explanation =
            "Connects every input number to every output number, each connection with its own learned weight: "
            "y = W x + b. Use it on vectors, for example to turn a latent vector into the first small feature map "
            "of a generator, or features into class scores.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("out_features", "Outputs", 128, 1, 1 << 20, "How many numbers come out."),
                    boolean("bias", "Bias", true, "Learn an offset b for each output."),
                    boolean("spectral_norm", "Spectral norm", false,
                            "Divide the weights by their largest singular value (spectral normalisation, Miyato et al. "
                            "2018), so the layer cannot stretch its input by more than 1; steadies a discriminator.")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>& in) {
            if (!in.at("in").isVector())
                return fail("expects a vector but receives " + in.at("in").toString(),
                            "insert a Flatten block before it");
            const int64_t out = p["out_features"];
            ShapeRuleResult result = single({{out}});
            result.parameters = in.at("in").dims[0] * out + (p["bias"].get<bool>() ? out : 0);
            result.multiplyAdds = in.at("in").dims[0] * out;
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Conv2d";
        b.title = "Convolution";
        b.category = "Layers";
        b.explanation =
            "Slides small learned filters over the image to detect local patterns such as edges, textures and, "
            "deeper in the network, shapes. With stride 2 it also halves the image size. Output size per side: "
            "(n + 2p - f) / s + 1 for input size n, padding p, filter size f and stride s.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("out_channels", "Filters", 64, 1, 8192, "How many filters, i.e. output channels."),
                    integer("kernel_size", "Kernel size", 4, 1, 31, "Width and height of each filter, f."),
                    integer("stride", "Stride", 2, 1, 16, "Step between filter positions, s."),
                    integer("padding", "Padding", 1, 0, 32, "Zero pixels added around the border, p."),
                    boolean("bias", "Bias", false, "Learn an offset per filter (not needed before BatchNorm)."),
                    boolean("spectral_norm", "Spectral norm", false,
                            "Divide the weights by their largest singular value (spectral normalisation, Miyato et al. "
                            "2018), so the layer cannot stretch its input by more than 1; steadies a discriminator.")};
        b.shapeRule = convolutionRule;
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "ConvTranspose2d";
        b.title = "Transposed convolution";
        b.category = "Layers";
        b.explanation =
            "The reverse of a convolution: each input pixel spreads a learned filter over a larger output, so the "
            "image grows (doubles with stride 2). Generators use it to paint a full image from a small feature map. "
            "Output size per side: (n - 1) s + f - 2p.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("out_channels", "Filters", 64, 1, 8192, "How many output channels."),
                    integer("kernel_size", "Kernel size", 4, 1, 31, "Width and height of each filter, f."),
                    integer("stride", "Stride", 2, 1, 16, "How much the image grows, s."),
                    integer("padding", "Padding", 1, 0, 32, "Pixels trimmed from each border, p."),
                    integer("output_padding", "Output padding", 0, 0, 15, "Extra pixels added on one side."),
                    boolean("bias", "Bias", false, "Learn an offset per filter (not needed before BatchNorm)."),
                    boolean("spectral_norm", "Spectral norm", false,
                            "Divide the weights by their largest singular value (spectral normalisation, Miyato et al. "
                            "2018), so the layer cannot stretch its input by more than 1; steadies a discriminator.")};
        b.shapeRule = transposedRule;
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "BatchNorm2d";
        b.title = "Batch normalisation";
        b.category = "Normalisation";
        b.explanation =
            "Rescales each channel so that, over the current batch, its values have mean 0 and spread 1, then "
            "applies a learned scale and shift. It keeps training stable and lets larger learning rates work; "
            "DCGAN uses it in both networks except at the generator's output and the discriminator's input.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {real("eps", "Epsilon", 1e-5, 1e-12, 1.0, "Small number that avoids division by zero."),
                    real("momentum", "Momentum", 0.1, 0.0, 1.0, "How fast the running statistics follow the batches.")};
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            TensorShape s;
            ShapeRuleResult failure;
            if (!imageInput(in, s, failure))
                return failure;
            ShapeRuleResult result = single(s);
            result.parameters = 2 * s.dims[0];  // a scale and a shift per channel
            return result;
        };
        blocks.push_back(std::move(b));
    }

    {
        BlockSpec b;
        b.type = "Upsample";
        b.title = "Upsample";
        b.category = "Layers";
        b.explanation =
            "Makes the image larger by a whole factor, copying each pixel (nearest) or blending neighbours "
            "(bilinear); nothing is learned. Followed by a convolution it is a common alternative to the "
            "transposed convolution that avoids its checkerboard artifacts, because every output pixel is made "
            "from the same number of input pixels.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("scale", "Scale", 2, 2, 8, "How many times larger each side becomes."),
                    choice("mode", "Mode", {"nearest", "bilinear"}, "How the new pixels are filled in.")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>& in) {
            TensorShape s;
            ShapeRuleResult failure;
            if (!imageInput(in, s, failure))
                return failure;
            const int64_t f = p["scale"];
            return single({{s.dims[0], s.dims[1] * f, s.dims[2] * f}});
        };
        blocks.push_back(std::move(b));
    }
    const auto pooling = [&](const char* type, const char* title, const char* explanation) {
        BlockSpec b;
        b.type = type;
        b.title = title;
        b.category = "Layers";
        b.explanation = explanation;
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("kernel_size", "Window", 2, 1, 31, "Width and height of the window, f."),
                    integer("stride", "Stride", 2, 1, 16, "Step between windows, s."),
                    integer("padding", "Padding", 0, 0, 15, "Pixels added around the border, p.")};
        b.shapeRule = poolingRule;
        blocks.push_back(std::move(b));
    };
    pooling("MaxPool2d", "Max pooling",
            "Keeps only the largest value in each small window, so the image shrinks (halves with a 2x2 window and "
            "stride 2) while the strongest responses survive. Nothing is learned. Output size per side: "
            "(n + 2p - f) / s + 1.");
    pooling("MinPool2d", "Min pooling",
            "Keeps only the smallest value in each small window, so the image shrinks while the darkest or weakest "
            "responses survive; useful where the interesting structures are dark. Nothing is learned. Output size "
            "per side: (n + 2p - f) / s + 1.");
    pooling("AvgPool2d", "Average pooling",
            "Replaces each small window by the average of its values, so the image shrinks smoothly. Nothing is "
            "learned. Output size per side: (n + 2p - f) / s + 1.");
    {
        BlockSpec b;
        b.type = "GlobalAvgPool";
        b.title = "Global average pooling";
        b.category = "Layers";
        b.explanation =
            "Averages each channel over the whole image, leaving one number per channel (a channels x 1 x 1 "
            "result). Classifiers use it to summarise what was found, wherever it was in the image.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.shapeRule = globalPoolingRule;
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "GlobalMaxPool";
        b.title = "Global max pooling";
        b.category = "Layers";
        b.explanation =
            "Keeps the largest value of each channel over the whole image, one number per channel (a channels x 1 x "
            "1 result): whether a feature appeared anywhere, not where. Nothing is learned.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.shapeRule = globalPoolingRule;
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "SeparableConv2d";
        b.title = "Depthwise-separable convolution";
        b.category = "Layers";
        b.explanation =
            "A convolution in two cheap steps: first one small filter per channel looks at each channel on its own "
            "(depthwise), then a 1x1 convolution mixes the channels (pointwise). It sees as much as a normal "
            "convolution with far fewer weights and computations, which suits small devices and small datasets.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integer("out_channels", "Filters", 64, 1, 8192, "How many output channels."),
                    integer("kernel_size", "Kernel size", 3, 1, 31, "Width and height of each per-channel filter, f."),
                    integer("stride", "Stride", 1, 1, 16, "Step between filter positions, s."),
                    integer("padding", "Padding", 1, 0, 32, "Zero pixels added around the border, p."),
                    boolean("bias", "Bias", false, "Learn an offset per output channel.")};
        b.shapeRule = [](const json& params, const std::map<std::string, TensorShape>& inputs) {
            ShapeRuleResult result = convolutionRule(params, inputs);
            if (result.error.empty()) {
                const int64_t in = inputs.at("in").dims[0], k = params["kernel_size"], out = params["out_channels"];
                result.parameters = in * k * k + filterParameters(in, out, 1, params["bias"]);
                // Depthwise: k x k products per value of each input channel; pointwise: in per output.
                const int64_t pixels = result.outputs["out"].dims[1] * result.outputs["out"].dims[2];
                result.multiplyAdds = pixels * in * k * k + pixels * out * in;
            }
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "InstanceNorm2d";
        b.title = "Instance normalisation";
        b.category = "Normalisation";
        b.explanation =
            "Like batch normalisation, but each image is normalised on its own, channel by channel, so the result "
            "does not depend on the other images in the batch. Image-to-image models such as Pix2Pix use it; it "
            "works with a batch of one.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {real("eps", "Epsilon", 1e-5, 1e-12, 1.0, "Small number that avoids division by zero.")};
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            TensorShape s;
            ShapeRuleResult failure;
            if (!imageInput(in, s, failure))
                return failure;
            ShapeRuleResult result = single(s);
            result.parameters = 2 * s.dims[0];  // a scale and a shift per channel
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "LayerNorm";
        b.title = "Layer normalisation";
        b.category = "Normalisation";
        b.explanation =
            "Normalises all the values of one image (or one vector) together to mean 0 and spread 1, then applies a "
            "learned scale and shift per value. It does not depend on the batch, so it behaves the same in training "
            "and in use.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {real("eps", "Epsilon", 1e-5, 1e-12, 1.0, "Small number that avoids division by zero.")};
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            ShapeRuleResult result = single(in.at("in"));
            result.parameters = 2 * in.at("in").elementCount();
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Dropout2d";
        b.title = "Channel dropout";
        b.category = "Normalisation";
        b.explanation =
            "Dropout for feature maps: while training, switches off whole channels at random (a share p of them), "
            "because neighbouring pixels are too alike for single-pixel dropout to help. It does nothing when the "
            "model is used after training.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {real("p", "Drop probability", 0.2, 0.0, 0.99, "The share of channels switched off, p.")};
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            TensorShape s;
            ShapeRuleResult failure;
            return imageInput(in, s, failure) ? single(s) : failure;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Dropout";
        b.title = "Dropout";
        b.category = "Normalisation";
        b.explanation =
            "While training, sets a random share p of the values to zero (and scales the rest up), so the network "
            "cannot rely on any single feature; this reduces overfitting. When the model is used after training it "
            "does nothing.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {real("p", "Drop probability", 0.5, 0.0, 0.99, "The share of values set to zero, p.")};
        b.shapeRule = sameShape();
        blocks.push_back(std::move(b));
    }
    const auto activation = [&](const char* type, const char* title, const char* explanation) {
        BlockSpec b;
        b.type = type;
        b.title = title;
        b.category = "Activations";
        b.explanation = explanation;
        b.inputs = kIn;
        b.outputs = kOut;
        b.shapeRule = sameShape();
        blocks.push_back(std::move(b));
        return &blocks.back();
    };
    activation("ReLU", "ReLU",
               "Keeps positive values and sets negative ones to zero: f(x) = max(0, x). Simple and fast, it lets deep "
               "networks learn; the DCGAN generator uses it after every hidden layer.");
    activation("LeakyReLU", "Leaky ReLU",
               "Like ReLU, but negative values are multiplied by a small slope instead of being zeroed: "
               "f(x) = x if x > 0, else a x. The small slope keeps gradients flowing, which is why GAN "
               "discriminators use it (a = 0.2).")
        ->params = {real("negative_slope", "Negative slope", 0.2, 0.0, 1.0, "The slope a for negative inputs.")};
    activation("Tanh", "Tanh",
               "Squashes any value into the range -1 to 1 with an S-shaped curve. A generator ends with it because "
               "training images are scaled to -1 to 1.");
    activation("Sigmoid", "Sigmoid",
               "Squashes any value into 0 to 1: f(x) = 1 / (1 + e^-x). A discriminator ends with it to give the "
               "probability that its input is a real image.");
    activation("ELU", "ELU",
               "Like ReLU for positive values, but negative values bend smoothly towards -a instead of stopping at "
               "zero: f(x) = x if x > 0, else a (e^x - 1). The smooth curve keeps the average output near zero, which "
               "can speed up learning.")
        ->params = {real("alpha", "Alpha", 1.0, 0.0, 10.0, "The value a that negative outputs approach.")};
    activation("Softmax", "Softmax",
               "Turns a list of scores into probabilities that are all positive and add up to 1: "
               "f(x)_i = e^(x_i) / sum_j e^(x_j). A classifier ends with it to give the probability of each class.");
    {
        BlockSpec b;
        b.type = "Add";
        b.title = "Add";
        b.category = "Structure";
        b.explanation =
            "Adds two tensors of the same shape value by value. With it a block's input can skip ahead and be added "
            "to the block's output (a residual connection), which lets very deep networks train.";
        b.inputs = kPair;
        b.outputs = kOut;
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            const TensorShape& a = in.at("a");
            const TensorShape& c = in.at("b");
            if (a != c)
                return fail("receives " + a.toString() + " and " + c.toString() + ", which cannot be added",
                            "make both inputs the same shape, for example with a 1x1 convolution on the skip path");
            return single(a);
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Concat";
        b.title = "Concatenate channels";
        b.category = "Structure";
        b.explanation =
            "Stacks two feature maps of the same height and width into one with the channels of both. U-Net's skip "
            "connections use it to hand fine detail from the encoder straight to the decoder. It also joins two "
            "vectors end to end, and a vector to a feature map by repeating the vector at every pixel, which is how "
            "conditional models add a class label.";
        b.inputs = kPair;
        b.outputs = kOut;
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            const TensorShape& a = in.at("a");
            const TensorShape& c = in.at("b");
            if (a.isVector() && c.isVector())
                return single({{a.dims[0] + c.dims[0]}});
            if (a.isImage() && c.isVector())
                return single({{a.dims[0] + c.dims[0], a.dims[1], a.dims[2]}});
            if (a.isVector() && c.isImage())
                return single({{a.dims[0] + c.dims[0], c.dims[1], c.dims[2]}});
            if (!a.isImage() || !c.isImage() || a.dims[1] != c.dims[1] || a.dims[2] != c.dims[2])
                return fail("receives " + a.toString() + " and " + c.toString() +
                                "; it needs two feature maps of the same height and width",
                            "resize one input (pooling, upsampling or a strided convolution) so both have the same "
                            "height and width");
            return single({{a.dims[0] + c.dims[0], a.dims[1], a.dims[2]}});
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "SelfAttention";
        b.title = "Self-attention";
        b.category = "Structure";
        b.explanation =
            "Lets every position of a feature map look at every other position and borrow from the ones most "
            "related to it, so distant parts of an image (left and right hemispheres, say) can agree. This is the "
            "SAGAN block: it starts switched off (a learned weight of 0) and the network turns it up as it learns.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            TensorShape s;
            ShapeRuleResult failure;
            if (!imageInput(in, s, failure))
                return failure;
            const int64_t c = s.dims[0], reduced = std::max<int64_t>(1, c / 8);
            if (s.dims[1] * s.dims[2] > 128 * 128)
                return fail("would compare " + std::to_string(s.dims[1] * s.dims[2]) +
                                " positions with each other, too many for memory",
                            "place it after down-sampling, on a feature map of at most 128x128");
            ShapeRuleResult result = single(s);
            // Query and key 1x1 convolutions to c/8 channels, value to c channels, all with bias; and gamma.
            result.parameters = 2 * (c * reduced + reduced) + (c * c + c) + 1;
            // Query, key and value projections, then N x N similarities and the weighted sum.
            const int64_t n = s.dims[1] * s.dims[2];
            result.multiplyAdds = n * c * (2 * reduced + c) + n * n * (reduced + c);
            return result;
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Sampler";
        b.title = "VAE sampler";
        b.category = "Structure";
        b.explanation =
            "The heart of a variational autoencoder: from a mean mu and a log-variance it draws a latent vector "
            "z = mu + e^(log-variance / 2) x noise, with fresh normal noise each time (the reparameterisation "
            "trick, which lets training pass through the random draw). It also measures how far mu and the "
            "variance are from a standard normal distribution: the KL term of the VAE loss. In use after training "
            "it returns mu.";
        b.inputs = {{"mu", "The mean of the latent distribution."},
                    {"logvar", "The logarithm of its variance, same shape as mu."}};
        b.outputs = {{"out", "The sampled latent vector z."}};
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            if (in.at("mu") != in.at("logvar"))
                return fail("receives a mean of " + in.at("mu").toString() + " and a log-variance of " +
                                in.at("logvar").toString() + "; they must have the same shape",
                            "give the two layers that feed it the same number of outputs");
            return single(in.at("mu"));
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Flatten";
        b.title = "Flatten";
        b.category = "Structure";
        b.explanation =
            "Lays a feature map out as one long list of numbers (channels x height x width values), so that fully "
            "connected layers or a final score can use it. Nothing is learned.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>& in) {
            return single({{in.at("in").elementCount()}});
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Reshape";
        b.title = "Reshape";
        b.category = "Structure";
        b.explanation =
            "Arranges the same numbers in a new shape, for example a latent vector of 100 values as a 100x1x1 "
            "feature map that transposed convolutions can grow into an image. The number of values must not change.";
        b.inputs = kIn;
        b.outputs = kOut;
        b.params = {integerList("shape", "Shape", {100, 1, 1}, "The new shape, e.g. [100, 1, 1].")};
        b.shapeRule = [](const json& p, const std::map<std::string, TensorShape>& in) {
            TensorShape out{p["shape"].get<std::vector<int64_t>>()};
            if (out.elementCount() != in.at("in").elementCount())
                return fail("cannot arrange " + std::to_string(in.at("in").elementCount()) + " values (" +
                                in.at("in").toString() + ") as " + out.toString() + " (" +
                                std::to_string(out.elementCount()) + " values)",
                            "choose a shape whose sizes multiply to " + std::to_string(in.at("in").elementCount()));
            return single(out);
        };
        blocks.push_back(std::move(b));
    }
    {
        BlockSpec b;
        b.type = "Output";
        b.title = "Output";
        b.category = "Outputs";
        b.explanation =
            "What the network hands back: a generated image for a generator, a realness score for a discriminator. "
            "Training reads its result here.";
        b.inputs = kIn;
        b.shapeRule = [](const json&, const std::map<std::string, TensorShape>&) { return ShapeRuleResult{}; };
        blocks.push_back(std::move(b));
    }
    return blocks;
}

std::string kindName(ParamKind kind)
{
    switch (kind) {
    case ParamKind::Integer: return "a whole number";
    case ParamKind::Real: return "a number";
    case ParamKind::Boolean: return "true or false";
    case ParamKind::Choice: return "one of the listed choices";
    case ParamKind::IntegerList: return "a list of whole numbers";
    }
    return "a value";
}

std::string formatNumber(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

const ParamSpec* BlockSpec::findParam(const std::string& name) const
{
    for (const ParamSpec& p : params)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool BlockSpec::hasInput(const std::string& port) const
{
    for (const PortSpec& p : inputs)
        if (p.name == port)
            return true;
    return false;
}

bool BlockSpec::hasOutput(const std::string& port) const
{
    for (const PortSpec& p : outputs)
        if (p.name == port)
            return true;
    return false;
}

LayerCatalog::LayerCatalog() : blocks_(buildCatalog()) {}

const LayerCatalog& LayerCatalog::instance()
{
    static const LayerCatalog catalog;
    return catalog;
}

const BlockSpec* LayerCatalog::find(const std::string& type) const
{
    for (const BlockSpec& b : blocks_)
        if (b.type == type)
            return &b;
    return nullptr;
}

json LayerCatalog::completeParams(const std::string& nodeId, const std::string& type, const json& params) const
{
    const BlockSpec* spec = find(type);
    if (!spec)
        throw GraphError("Node '" + nodeId + "' has the unknown layer type '" + type + "'.");
    json complete = json::object();
    for (const auto& [key, value] : params.items())
        if (!spec->findParam(key))
            throw GraphError("Node '" + nodeId + "' (" + type + ") has no parameter '" + key + "'.");
    for (const ParamSpec& p : spec->params) {
        const json value = params.contains(p.name) ? params.at(p.name) : p.defaultValue;
        const std::string where = "Node '" + nodeId + "': parameter '" + p.name + "'";
        bool typeOk = false;
        switch (p.kind) {
        case ParamKind::Integer: typeOk = value.is_number_integer(); break;
        case ParamKind::Real: typeOk = value.is_number(); break;
        case ParamKind::Boolean: typeOk = value.is_boolean(); break;
        case ParamKind::Choice:
            typeOk = value.is_string() &&
                     std::find(p.choices.begin(), p.choices.end(), value.get<std::string>()) != p.choices.end();
            break;
        case ParamKind::IntegerList:
            typeOk = value.is_array() && !value.empty();
            for (const json& v : value)
                typeOk = typeOk && v.is_number_integer() && v.get<int64_t>() >= 1;
            break;
        }
        if (!typeOk)
            throw GraphError(where + " must be " + kindName(p.kind) + ".");
        if (p.kind == ParamKind::Integer || p.kind == ParamKind::Real) {
            const double v = value.get<double>();
            if (!(v >= p.minimum && v <= p.maximum))
                throw GraphError(where + " is " + formatNumber(v) + "; it must lie between " +
                                 formatNumber(p.minimum) + " and " + formatNumber(p.maximum) + ".");
        }
        complete[p.name] = value;
    }
    return complete;
}

}  // namespace medsynth::engine

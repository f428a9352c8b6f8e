#include "Recipe.h"

#include <algorithm>
#include <stdexcept>

namespace medsynth::engine {

std::unique_ptr<Recipe> makeRecipe(const std::string& name)
{
    if (name == "gan" || name == "cgan" || name == "wgan-gp")
        return makeGanRecipe(name);
    if (name == "vae" || name == "cvae")
        return makeVaeRecipe(name == "cvae");
    if (name == "vae-gan")
        return makeVaeGanRecipe();
    if (name == "pix2pix")
        return makePix2PixRecipe();
    if (name == "classifier")
        return makeClassifierRecipe();
    if (name == "segmentation")
        return makeSegmentationRecipe();
    throw std::invalid_argument("The recipe '" + name + "' is unknown.");
}

TensorShape imageShapeOf(const ImageSet& data)
{
    return TensorShape{{data.channels, data.height, data.width}};
}

void requireImageInput(const GraphModule& network, const std::string& what, const TensorShape& imageShape)
{
    if (network->inputNames().empty() || network->inputIsLabel(0) || network->inputShape() != imageShape)
        throw std::invalid_argument("The dataset's images are " + imageShape.toString() +
                                    " (channels x height x width) but the " + what + " expects " +
                                    network->inputShape().toString() +
                                    ". Choose the model's image size and channels to match the dataset.");
}

void requireLabels(const ImageSet& data, int64_t classes, const std::string& recipeTitle)
{
    if (data.labels.size() != static_cast<size_t>(data.count))
        throw std::invalid_argument("The " + recipeTitle + " needs a class for every image, but this dataset has no "
                                    "labels. Use a dataset with labels (the demo data has them: 0 normal, 1 lesion).");
    const auto unlabelled = std::count(data.labels.begin(), data.labels.end(), -1);
    if (unlabelled > 0)
        throw std::invalid_argument("The " + recipeTitle + " needs a class for every image, but " +
                                    std::to_string(unlabelled) + " of the " + std::to_string(data.count) +
                                    " images have none (the labels CSV or the folders do not name them). Label "
                                    "them, or remove them from the folder.");
    for (int label : data.labels)
        if (label < 0 || label >= classes)
            throw std::invalid_argument("The dataset has class " + std::to_string(label) + " but the model knows " +
                                        std::to_string(classes) + " classes (0 to " + std::to_string(classes - 1) +
                                        "). Give the model " + std::to_string(label + 1) + " classes or more.");
}

void requireMasks(const ImageSet& data, const std::string& recipeTitle)
{
    if (data.masks.size() != data.maskSize() * data.count)
        throw std::invalid_argument("The " + recipeTitle + " needs a mask for every image, but this dataset has "
                                    "none. Use a dataset with masks (the demo data has lesion masks).");
}

torch::Tensor sideBySide(const std::vector<torch::Tensor>& panels)
{
    int64_t channels = 1;
    for (const torch::Tensor& p : panels)
        channels = std::max(channels, p.size(1));
    std::vector<torch::Tensor> expanded;
    for (const torch::Tensor& p : panels)
        expanded.push_back(p.size(1) == channels ? p : p.expand({p.size(0), channels, p.size(2), p.size(3)}));
    return torch::cat(expanded, 3);
}

}  // namespace medsynth::engine

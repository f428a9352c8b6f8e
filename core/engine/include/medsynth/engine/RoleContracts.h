#pragma once
// Role contracts: what each network of a model must take and give for its role, checked on top of
// shape inference, and which roles a training recipe needs. A generator turns z (and a label) or an
// image into an image of the dataset's shape; a discriminator takes such an image (and a label) and
// gives one score or a patch map; an encoder turns an image into mu and log-variance vectors; a
// decoder turns z into an image; a classifier turns an image into K class scores; a segmenter turns
// an image into a mask of the same height and width. Between networks: the discriminator judges
// what the generator makes, and the decoder's z is as long as the encoder's mu. Each diagnostic
// names the node and says how to fix it (for a convolution that misses the size by a little, the
// padding that fits). Pure C++.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TensorShape.h"

#include <string>
#include <vector>

namespace medsynth::engine {

// The roles a recipe trains, in the order its networks are usually shown; empty for an unknown
// recipe. gan, cgan, wgan-gp: generator, discriminator; vae, cvae: encoder, decoder; vae-gan:
// encoder, decoder, discriminator; pix2pix: generator, discriminator; classifier: classifier;
// segmentation: segmenter.
std::vector<std::string> rolesForRecipe(const std::string& recipe);
// The recipe a model's graph file suggests (its "training" section), or "" when it names none.
std::string recipeOfDocument(const GraphDocument& document);

struct RoleContext {
    std::string recipe;  // checks that each role it needs is present; empty: no check
    TensorShape image;   // the dataset's images (C x H x W); empty dims: not known
};

struct RoleContractReport {
    std::vector<std::vector<ShapeDiagnostic>> networks;  // parallel to document.networks
    std::vector<ShapeDiagnostic> document;               // about the model as a whole
    bool ok() const;
};

// shapes must be parallel to document.networks (inferShapes of each). A network whose own shape
// inference has errors is not checked further: those errors come first.
RoleContractReport checkRoleContracts(const GraphDocument& document, const std::vector<NetworkShapes>& shapes,
                                      const RoleContext& context);

}  // namespace medsynth::engine

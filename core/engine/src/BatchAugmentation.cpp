#include "BatchAugmentation.h"

#include <cmath>

namespace medsynth::engine {

namespace {

// n numbers uniform in [-1, 1), drawn on the CPU from the run's stream, moved to the device.
torch::Tensor symmetric(int64_t n, torch::Generator& random, const torch::Device& device)
{
    return (torch::rand({n}, random) * 2 - 1).to(device);
}

}  // namespace

std::pair<torch::Tensor, torch::Tensor> augmentBatch(const Augmentation& a, const torch::Tensor& imagesIn,
                                                     const torch::Tensor& masksIn, torch::Generator& random)
{
    if (!a.any())
        return {imagesIn, masksIn};
    torch::NoGradGuard noGrad;
    const int64_t n = imagesIn.size(0);
    const torch::Device device = imagesIn.device();
    torch::Tensor images = imagesIn, masks = masksIn;

    // Draws in a fixed order, each only when its change is on: a run without one draws the same
    // numbers for the others as before it was added.
    if (a.flip) {
        const torch::Tensor flipped = (torch::rand({n}, random) < 0.5).to(device).view({n, 1, 1, 1});
        images = torch::where(flipped, images.flip({3}), images);
        if (masks.defined())
            masks = torch::where(flipped, masks.flip({3}), masks);
    }
    if (a.rotationDegrees > 0 || a.shiftFraction > 0) {
        const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
        torch::Tensor angle = torch::zeros({n}, options), dx = torch::zeros({n}, options), dy = torch::zeros({n}, options);
        if (a.rotationDegrees > 0)
            angle = symmetric(n, random, device) * (a.rotationDegrees * M_PI / 180.0);
        if (a.shiftFraction > 0) {
            // Normalised coordinates span 2 across the image: a share f of it is 2f.
            dx = symmetric(n, random, device) * (2 * a.shiftFraction);
            dy = symmetric(n, random, device) * (2 * a.shiftFraction);
        }
        // theta maps output coordinates to input coordinates: rotate, then shift.
        const torch::Tensor cos = angle.cos(), sin = angle.sin();
        const torch::Tensor theta =
            torch::stack({torch::stack({cos, -sin, dx}, 1), torch::stack({sin, cos, dy}, 1)}, 1);
        namespace F = torch::nn::functional;
        const torch::Tensor grid = F::affine_grid(theta, images.sizes().vec(), /*align_corners=*/false);
        const auto bilinear = F::GridSampleFuncOptions()
                                  .mode(torch::kBilinear)
                                  .padding_mode(torch::kZeros)
                                  .align_corners(false);
        // Sampled as [0, 2] so that what comes from outside is 0, then back: -1, black.
        images = F::grid_sample(images.to(torch::kFloat32) + 1, grid, bilinear) - 1;
        if (masks.defined())  // the same grid; bilinear and thresholded, so mask and image edges agree
            masks = (F::grid_sample(masks.to(torch::kFloat32), grid, bilinear) >= 0.5).to(masksIn.scalar_type());
    }
    if (a.intensityJitter > 0) {
        // In display terms v = (x + 1) / 2: v -> clamp(v * contrast + brightness), per image.
        const torch::Tensor contrast = (1 + symmetric(n, random, device) * a.intensityJitter).view({n, 1, 1, 1});
        const torch::Tensor brightness = (symmetric(n, random, device) * a.intensityJitter).view({n, 1, 1, 1});
        const torch::Tensor v = (images + 1) * 0.5;
        images = (v * contrast + brightness).clamp(0, 1) * 2 - 1;
    }
    return {images.to(imagesIn.scalar_type()).clamp(-1, 1), masks};
}

}  // namespace medsynth::engine

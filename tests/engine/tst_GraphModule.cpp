// GraphModule (engine-private, LibTorch): the compiled network computes what LibTorch's own
// modules compute. The CPU transposed convolution is our own (batched product + col2im), so its
// output and all its gradients (second derivatives too) are compared with torch::conv_transpose2d; forwardLogits is the
// output before the final Sigmoid. Built with QT_NO_KEYWORDS, so Qt and LibTorch share this unit.

#include "GraphModule.h"

#include <QtTest>

using namespace medsynth::engine;
using nlohmann::json;

namespace {

GraphNetwork chain(int channels, int size, const std::vector<std::pair<std::string, json>>& blocks)
{
    GraphNetwork n;
    n.name = "test";
    n.role = "discriminator";
    n.nodes.push_back({"x", "ImageInput", {{"channels", channels}, {"height", size}, {"width", size}}});
    std::string previous = "x";
    for (size_t i = 0; i < blocks.size(); ++i) {
        const std::string id = "b" + std::to_string(i);
        n.nodes.push_back({id, blocks[i].first, blocks[i].second});
        n.edges.push_back({{previous, "out"}, {id, "in"}});
        previous = id;
    }
    n.nodes.push_back({"out", "Output", json::object()});
    n.edges.push_back({{previous, "out"}, {"out", "in"}});
    return n;
}

double relativeError(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>() / std::max(1e-12, b.abs().max().item<double>());
}

}  // namespace

class GraphModuleTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transposedConvolutionEqualsLibTorch_data()
    {
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("outputPadding");
        QTest::addColumn<bool>("bias");
        QTest::newRow("dcgan first layer") << 4 << 1 << 4 << 1 << 0 << 0 << false;
        QTest::newRow("dcgan upsampling") << 4 << 4 << 4 << 2 << 1 << 0 << false;
        QTest::newRow("odd, bias, output padding") << 3 << 5 << 3 << 2 << 1 << 1 << true;
        QTest::newRow("stride 3") << 2 << 3 << 5 << 3 << 2 << 2 << true;
    }

    void transposedConvolutionEqualsLibTorch()
    {
        QFETCH(int, inChannels);
        QFETCH(int, size);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, outputPadding);
        QFETCH(bool, bias);
        torch::manual_seed(3);
        GraphModule module(chain(inChannels, size,
                                 {{"ConvTranspose2d", {{"out_channels", 5}, {"kernel_size", kernel}, {"stride", stride},
                                                       {"padding", padding}, {"output_padding", outputPadding},
                                                       {"bias", bias}}}}));
        const torch::Tensor weight = module->named_parameters()["b0.weight"];
        const torch::Tensor x = torch::randn({3, inChannels, size, size}, torch::requires_grad());
        const torch::Tensor ours = module->forward(x);
        const torch::Tensor reference = torch::conv_transpose2d(
            x, weight, bias ? module->named_parameters()["b0.bias"] : torch::Tensor(), stride, padding, outputPadding);
        QCOMPARE(ours.sizes().vec(), reference.sizes().vec());
        QVERIFY(relativeError(ours, reference) < 1e-5);

        // Gradients with respect to the input and the weight, for the same upstream gradient.
        const torch::Tensor upstream = torch::randn_like(reference);
        const auto ourGrads = torch::autograd::grad({ours}, {x, weight}, {upstream}, /*retain_graph=*/true);
        const auto refGrads = torch::autograd::grad({reference}, {x, weight}, {upstream}, /*retain_graph=*/true);
        QVERIFY(relativeError(ourGrads[0], refGrads[0]) < 1e-5);
        QVERIFY(relativeError(ourGrads[1], refGrads[1]) < 1e-5);

        // Second derivatives (a WGAN-GP critic differentiates its input gradient's norm): the
        // backward is made of differentiable convolutions.
        const auto ourInputGrad = torch::autograd::grad({ours}, {x}, {upstream}, true, /*create_graph=*/true)[0];
        const auto refInputGrad = torch::autograd::grad({reference}, {x}, {upstream}, true, /*create_graph=*/true)[0];
        const auto ourSecond = torch::autograd::grad({ourInputGrad.pow(2).sum()}, {weight})[0];
        const auto refSecond = torch::autograd::grad({refInputGrad.pow(2).sum()}, {weight})[0];
        QVERIFY(relativeError(ourSecond, refSecond) < 1e-5);
    }

    void spectralNormBoundsTheLargestSingularValue()
    {
        // After some training-mode passes the power iteration has converged: the weight the layer
        // uses has largest singular value 1, and the layer computes exactly with that weight.
        torch::manual_seed(7);
        for (const char* type : {"Conv2d", "ConvTranspose2d", "Linear"}) {
            const bool linear = std::string(type) == "Linear";
            GraphNetwork n = linear ? chain(1, 4, {{"Flatten", json::object()},
                                                   {"Linear", {{"out_features", 6}, {"spectral_norm", true}}}})
                                    : chain(3, 8, {{type, {{"out_channels", 5}, {"kernel_size", 3}, {"stride", 1},
                                                           {"padding", 1}, {"bias", true}, {"spectral_norm", true}}}});
            GraphModule module(n);
            {
                torch::NoGradGuard noGrad;  // large weights, so the normalisation has work to do
                for (auto& parameter : module->parameters())
                    parameter.mul_(8.0);
            }
            module->train();
            const torch::Tensor x = linear ? torch::randn({2, 1, 4, 4}) : torch::randn({2, 3, 8, 8});
            for (int i = 0; i < 60; ++i)
                module->forward(x);
            module->eval();
            torch::NoGradGuard noGrad;
            const auto parameters = module->named_parameters();
            torch::Tensor weight, bias;
            for (const auto& item : parameters) {
                if (item.key().find("weight") != std::string::npos)
                    weight = item.value();
                if (item.key().find("bias") != std::string::npos)
                    bias = item.value();
            }
            QVERIFY(weight.defined());
            const bool transposed = std::string(type) == "ConvTranspose2d";
            const torch::Tensor matrix = (transposed ? weight.transpose(0, 1) : weight).reshape({linear ? 6 : 5, -1});
            const double sigma = std::get<1>(torch::svd(matrix)).max().item<double>();
            QVERIFY2(sigma > 1.05, type);  // the raw weight would stretch: the normalisation matters
            const torch::Tensor expected =
                linear ? torch::linear(x.flatten(1), weight / sigma, bias)
                       : transposed ? torch::conv_transpose2d(x, weight / sigma, bias, 1, 1)
                                    : torch::conv2d(x, weight / sigma, bias, 1, 1);
            const double error = relativeError(module->forward(x), expected);
            QVERIFY2(error < 1e-3, (std::string(type) + ": " + std::to_string(error)).c_str());
            // u and v are buffers, saved with the network.
            int buffers = 0;
            for (const auto& item : module->named_buffers())
                buffers += item.key().find("_sn_") != std::string::npos ? 1 : 0;
            QCOMPARE(buffers, 2);
        }
    }

    void logitsAreTheOutputBeforeTheFinalSigmoid()
    {
        torch::manual_seed(4);
        GraphModule module(chain(1, 8, {{"Conv2d", {{"out_channels", 1}, {"kernel_size", 8}, {"padding", 0}}},
                                        {"Sigmoid", json::object()},
                                        {"Flatten", json::object()}}));
        QVERIFY(module->endsWithSigmoid());
        const torch::Tensor x = torch::randn({4, 1, 8, 8});
        const torch::Tensor logits = module->forwardLogits(x);
        QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{4, 1}));
        QVERIFY(relativeError(torch::sigmoid(logits), module->forward(x)) < 1e-6);

        GraphModule plain(chain(1, 8, {{"Conv2d", {{"out_channels", 1}, {"kernel_size", 8}, {"padding", 0}}}}));
        QVERIFY(!plain->endsWithSigmoid());
        QVERIFY(plain->forwardLogits(x).equal(plain->forward(x)));
    }

    void samplerDrawsAroundMuAndMeasuresKl()
    {
        GraphNetwork n;
        n.name = "vae";
        n.role = "encoder";
        n.nodes = {{"x", "LatentInput", {{"size", 6}}},
                   {"mu", "Linear", {{"out_features", 2}}},
                   {"logvar", "Linear", {{"out_features", 2}}},
                   {"z", "Sampler", json::object()},
                   {"out", "Output", json::object()}};
        n.edges = {{{"x", "out"}, {"mu", "in"}}, {{"x", "out"}, {"logvar", "in"}},
                   {{"mu", "out"}, {"z", "mu"}}, {{"logvar", "out"}, {"z", "logvar"}}, {{"z", "out"}, {"out", "in"}}};
        torch::manual_seed(5);
        GraphModule module(n);
        const torch::Tensor x = torch::randn({4, 6});
        const auto values = module->forwardAll(x);
        const torch::Tensor& mu = values.at("mu.out");
        const torch::Tensor& logvar = values.at("logvar.out");
        const torch::Tensor expected = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(1).mean();
        QVERIFY(module->klDivergence().defined());
        QVERIFY(relativeError(module->klDivergence(), expected) < 1e-6);
        QVERIFY(!values.at("z.out").equal(mu));  // training: a random draw around mu
        module->eval();
        QVERIFY(module->forward(x).equal(module->forwardAll(x).at("mu.out")));  // in use: mu itself
    }

    void labelsBecomeOneHotVectors()
    {
        GraphNetwork n;
        n.name = "labels";
        n.role = "classifier";
        n.nodes = {{"label", "LabelInput", {{"classes", 4}}}, {"out", "Output", json::object()}};
        n.edges = {{{"label", "out"}, {"out", "in"}}};
        GraphModule module(n);
        QVERIFY(module->inputIsLabel(0));
        const torch::Tensor encoded = module->forward(torch::tensor({2, 0, 3}, torch::kLong));
        QVERIFY(encoded.equal(torch::tensor({{0.f, 0.f, 1.f, 0.f}, {1.f, 0.f, 0.f, 0.f}, {0.f, 0.f, 0.f, 1.f}})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, module->forward(GraphModuleImpl::Inputs{}));
    }

    void selfAttentionStartsAsIdentity()
    {
        torch::manual_seed(6);
        GraphModule module(chain(4, 5, {{"SelfAttention", json::object()}}));
        const torch::Tensor x = torch::randn({2, 4, 5, 5});
        QVERIFY(module->forward(x).equal(x));  // gamma starts at 0
        // Channels-last activations (CUDA training) go through too, to the same values.
        for (torch::Tensor& p : module->parameters())
            if (p.dim() == 1 && p.numel() == 1)
                p.data().fill_(0.5);  // gamma: the attention counts
        const torch::Tensor plain = module->forward(x);
        const torch::Tensor last = module->forward(x.contiguous(at::MemoryFormat::ChannelsLast));
        QVERIFY(relativeError(last, plain) < 1e-5);
    }
};

QTEST_APPLESS_MAIN(GraphModuleTest)
#include "tst_GraphModule.moc"

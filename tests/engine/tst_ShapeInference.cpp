// Shape inference: every shape and parameter count it predicts equals what the compiled LibTorch
// module really has, over a sweep of parameters and over every template; mistakes get a named diagnostic.

#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

using namespace medsynth::engine;
using nlohmann::json;

namespace {

// image input -> one block -> output
GraphNetwork singleBlock(const std::string& type, const json& params, int channels, int size)
{
    GraphNetwork n;
    n.name = "probe";
    n.role = "discriminator";
    n.nodes = {{"image", "ImageInput", {{"channels", channels}, {"height", size}, {"width", size}}},
               {"block", type, params},
               {"out", "Output", json::object()}};
    n.edges = {{{"image", "out"}, {"block", "in"}}, {{"block", "out"}, {"out", "in"}}};
    return n;
}

void compareWithCompiled(const GraphNetwork& network)
{
    const NetworkShapes inferred = inferShapes(network);
    QVERIFY2(inferred.ok(), inferred.diagnostics.empty() ? "" : inferred.diagnostics.front().message.c_str());
    QCOMPARE(inferred.parameterCount, compiledParameterCount(network));
    const auto real = probeCompiledShapes(network, 2);
    for (const auto& [port, shape] : inferred.portShapes) {
        QVERIFY2(real.count(port), port.c_str());
        QVERIFY2(real.at(port) == shape,
                 (network.name + " " + port + ": inferred " + shape.toString() + ", compiled " + real.at(port).toString()).c_str());
    }
}

}  // namespace

class ShapeInferenceTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void convolutionSweepMatchesLibTorch()
    {
        int checked = 0;
        for (int size : {5, 8, 13, 32})
            for (int k : {1, 3, 4, 5})
                for (int s : {1, 2, 3})
                    for (int p : {0, 1, 2}) {
                        if (size + 2 * p < k)
                            continue;
                        compareWithCompiled(singleBlock(
                            "Conv2d", {{"out_channels", 3}, {"kernel_size", k}, {"stride", s}, {"padding", p}, {"bias", size % 2 == 1}},
                            2, size));
                        ++checked;
                    }
        QVERIFY(checked > 100);
    }

    void transposedConvolutionSweepMatchesLibTorch()
    {
        int checked = 0;
        for (int size : {1, 4, 7})
            for (int k : {1, 3, 4})
                for (int s : {1, 2, 3})
                    for (int p : {0, 1})
                        for (int op = 0; op < s; ++op) {
                            if ((size - 1) * s - 2 * p + k + op < 1)
                                continue;
                            compareWithCompiled(singleBlock("ConvTranspose2d",
                                                            {{"out_channels", 2}, {"kernel_size", k}, {"stride", s},
                                                             {"padding", p}, {"output_padding", op}, {"bias", true}},
                                                            3, size));
                            ++checked;
                        }
        QVERIFY(checked > 50);
    }

    void otherBlocksMatchLibTorch()
    {
        compareWithCompiled(singleBlock("BatchNorm2d", json::object(), 3, 8));
        compareWithCompiled(singleBlock("LeakyReLU", {{"negative_slope", 0.1}}, 1, 8));
        compareWithCompiled(singleBlock("Flatten", json::object(), 3, 4));
        compareWithCompiled(singleBlock("Reshape", {{"shape", {12, 2, 2}}}, 3, 4));

        GraphNetwork linear = singleBlock("Flatten", json::object(), 3, 4);
        linear.nodes.push_back({"fc", "Linear", {{"out_features", 5}, {"bias", true}}});
        linear.edges.back() = {{"block", "out"}, {"fc", "in"}};
        linear.edges.push_back({{"fc", "out"}, {"out", "in"}});
        compareWithCompiled(linear);
        QCOMPARE(inferShapes(linear).parameterCount, int64_t(48 * 5 + 5));
    }

    void poolingAndUpsamplingMatchLibTorch()
    {
        int checked = 0;
        for (const char* type : {"MaxPool2d", "AvgPool2d", "MinPool2d"})
            for (int size : {4, 7, 16})
                for (int k : {1, 2, 3})
                    for (int s : {1, 2, 3})
                        for (int p = 0; 2 * p <= k; ++p) {
                            compareWithCompiled(singleBlock(type, {{"kernel_size", k}, {"stride", s}, {"padding", p}}, 2, size));
                            ++checked;
                        }
        QVERIFY(checked > 60);
        for (const char* mode : {"nearest", "bilinear"})
            for (int scale : {2, 3})
                compareWithCompiled(singleBlock("Upsample", {{"scale", scale}, {"mode", mode}}, 3, 5));
        compareWithCompiled(singleBlock("GlobalAvgPool", json::object(), 4, 6));
        compareWithCompiled(singleBlock("InstanceNorm2d", json::object(), 3, 8));
        compareWithCompiled(singleBlock("Dropout", {{"p", 0.3}}, 3, 8));
        compareWithCompiled(singleBlock("ELU", {{"alpha", 0.5}}, 3, 8));
        compareWithCompiled(singleBlock("Softmax", json::object(), 3, 8));
        compareWithCompiled(singleBlock("GlobalMaxPool", json::object(), 4, 6));
        compareWithCompiled(singleBlock("LayerNorm", json::object(), 3, 5));
        compareWithCompiled(singleBlock("Dropout2d", {{"p", 0.3}}, 3, 8));
        compareWithCompiled(singleBlock("SelfAttention", json::object(), 4, 6));
        GraphNetwork wide = singleBlock("Conv2d", {{"out_channels", 16}, {"kernel_size", 1}, {"padding", 0}}, 2, 4);
        wide.nodes.push_back({"attention", "SelfAttention", json::object()});
        wide.edges.back() = {{"block", "out"}, {"attention", "in"}};
        wide.edges.push_back({{"attention", "out"}, {"out", "in"}});
        compareWithCompiled(wide);  // 16 channels: query and key reduced to 2
        for (int k : {1, 3, 5})
            for (int s : {1, 2})
                compareWithCompiled(singleBlock("SeparableConv2d", {{"out_channels", 5}, {"kernel_size", k}, {"stride", s},
                                                                    {"padding", k / 2}, {"bias", s == 2}}, 3, 9));

        const NetworkShapes bad = inferShapes(singleBlock("MaxPool2d", {{"kernel_size", 2}, {"padding", 2}}, 1, 8));
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.diagnostics.front().fix).contains("at most 1"));
    }

    void skipConnectionsMatchLibTorch()
    {
        // image -> conv a (4 channels), image -> conv b (c channels, maybe smaller) -> Add / Concat -> out
        const auto twoBranches = [](const std::string& join, int channelsB, int strideB) {
            GraphNetwork n = singleBlock("Conv2d", {{"out_channels", 4}, {"kernel_size", 3}, {"stride", 1}, {"padding", 1}}, 2, 8);
            n.nodes.push_back({"other", "Conv2d", {{"out_channels", channelsB}, {"kernel_size", 3}, {"stride", strideB}, {"padding", 1}}});
            n.nodes.push_back({"join", join, json::object()});
            n.edges = {{{"image", "out"}, {"block", "in"}},  {{"image", "out"}, {"other", "in"}},
                       {{"block", "out"}, {"join", "a"}},    {{"other", "out"}, {"join", "b"}},
                       {{"join", "out"}, {"out", "in"}}};
            return n;
        };
        compareWithCompiled(twoBranches("Add", 4, 1));
        compareWithCompiled(twoBranches("Concat", 6, 1));
        QCOMPARE(inferShapes(twoBranches("Concat", 6, 1)).outputs.at("out").toString(), std::string("10x8x8"));

        NetworkShapes bad = inferShapes(twoBranches("Add", 3, 1));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.diagnostics.front().nodeId, std::string("join"));
        QVERIFY(QString::fromStdString(bad.diagnostics.front().message).contains("4x8x8 and 3x8x8"));
        bad = inferShapes(twoBranches("Concat", 4, 2));
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.diagnostics.front().fix).contains("same"));
    }

    void vaeSamplerMatchesLibTorch()
    {
        // image -> Flatten -> Linear mu, Linear logvar -> Sampler -> Output
        GraphNetwork n = singleBlock("Flatten", json::object(), 1, 4);
        n.nodes.push_back({"mu", "Linear", {{"out_features", 3}}});
        n.nodes.push_back({"logvar", "Linear", {{"out_features", 3}}});
        n.nodes.push_back({"z", "Sampler", json::object()});
        n.edges = {{{"image", "out"}, {"block", "in"}}, {{"block", "out"}, {"mu", "in"}},
                   {{"block", "out"}, {"logvar", "in"}}, {{"mu", "out"}, {"z", "mu"}},
                   {{"logvar", "out"}, {"z", "logvar"}}, {{"z", "out"}, {"out", "in"}}};
        compareWithCompiled(n);
        QCOMPARE(inferShapes(n).outputs.at("out").toString(), std::string("3"));
        n.nodes[3].params["out_features"] = 4;  // logvar no longer matches mu
        const NetworkShapes bad = inferShapes(n);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.diagnostics.front().nodeId, std::string("z"));
    }

    void conditionalNetworksMatchLibTorch()
    {
        for (const char* encoding : {"one-hot", "embedding"}) {
            // z + class label -> Concat -> Reshape -> ConvTranspose2d -> Output
            GraphNetwork g;
            g.name = "conditional generator";
            g.role = "generator";
            g.nodes = {{"z", "LatentInput", {{"size", 8}}},
                       {"label", "LabelInput", {{"classes", 3}, {"encoding", encoding}, {"embedding_size", 4}}},
                       {"join", "Concat", json::object()},
                       {"shape", "Reshape", {{"shape", {std::string(encoding) == "one-hot" ? 11 : 12, 1, 1}}}},
                       {"up", "ConvTranspose2d", {{"out_channels", 2}, {"kernel_size", 4}, {"stride", 1}, {"padding", 0}}},
                       {"out", "Output", json::object()}};
            g.edges = {{{"z", "out"}, {"join", "a"}}, {{"label", "out"}, {"join", "b"}}, {{"join", "out"}, {"shape", "in"}},
                       {{"shape", "out"}, {"up", "in"}}, {{"up", "out"}, {"out", "in"}}};
            compareWithCompiled(g);
            QCOMPARE(inferShapes(g).outputs.at("out").toString(), std::string("2x4x4"));

            // image + class label repeated at every pixel -> Concat -> Conv2d -> Output
            GraphNetwork d = singleBlock("Concat", json::object(), 1, 8);
            d.nodes.push_back({"label", "LabelInput", {{"classes", 3}, {"encoding", encoding}, {"embedding_size", 4}}});
            d.nodes.push_back({"conv", "Conv2d", {{"out_channels", 2}}});
            d.edges = {{{"image", "out"}, {"block", "a"}}, {{"label", "out"}, {"block", "b"}},
                       {{"block", "out"}, {"conv", "in"}}, {{"conv", "out"}, {"out", "in"}}};
            compareWithCompiled(d);
            QCOMPARE(inferShapes(d).portShapes.at("block.out").dims[0], int64_t(std::string(encoding) == "one-hot" ? 4 : 5));
        }
    }

    void everyTemplateVariantMatchesLibTorch()
    {
        for (const TemplateInfo& info : listTemplates())
            for (int channels : info.channels)
                for (int size : info.imageSizes) {
                    const GraphDocument doc = instantiateTemplate(info.id, channels, size);
                    for (const GraphNetwork& network : doc.networks) {
                        compareWithCompiled(network);
                        const NetworkShapes shapes = inferShapes(network);
                        QCOMPARE(shapes.edgeShapes.size(), network.edges.size());
                        for (const TensorShape& s : shapes.edgeShapes)
                            QVERIFY(!s.dims.empty());
                    }
                    if (info.recipe != "gan" && info.recipe != "cgan" && info.recipe != "wgan-gp")
                        continue;  // the GAN contract below; tst_TemplateLibrary and tst_Recipes check the others
                    const NetworkShapes g = inferShapes(*doc.findNetwork("generator"));
                    QCOMPARE(g.outputs.begin()->second.toString(),
                             std::to_string(channels) + "x" + std::to_string(size) + "x" + std::to_string(size));
                    const NetworkShapes d = inferShapes(*doc.findNetwork("discriminator"));
                    QCOMPARE(d.outputs.begin()->second.toString(), std::string("1"));
                }
    }

    void mismatchNamesTheNodeAndAFix()
    {
        GraphNetwork n = singleBlock("Conv2d", {{"kernel_size", 7}, {"padding", 0}}, 1, 4);
        NetworkShapes shapes = inferShapes(n);
        QVERIFY(!shapes.ok());
        QCOMPARE(shapes.diagnostics.front().nodeId, std::string("block"));
        QVERIFY(QString::fromStdString(shapes.diagnostics.front().message).contains("'block'"));
        QVERIFY(!shapes.diagnostics.front().fix.empty());

        n = singleBlock("Reshape", {{"shape", {5, 5}}}, 1, 4);
        shapes = inferShapes(n);
        QVERIFY(!shapes.ok());
        QVERIFY(QString::fromStdString(shapes.diagnostics.front().fix).contains("16"));
    }

    void unconnectedInputIsReported()
    {
        GraphNetwork n = singleBlock("ReLU", json::object(), 1, 4);
        n.edges.erase(n.edges.begin());
        const NetworkShapes shapes = inferShapes(n);
        QVERIFY(!shapes.ok());
        QCOMPARE(shapes.diagnostics.front().nodeId, std::string("block"));
        QVERIFY(QString::fromStdString(shapes.diagnostics.front().message).contains("nothing connected"));
        QVERIFY(shapes.edgeShapes[0].dims.empty());  // the edge after the broken node has no shape
    }

    void compiledModuleRefusesABrokenGraph()
    {
        const GraphNetwork n = singleBlock("Conv2d", {{"kernel_size", 9}, {"padding", 0}}, 1, 4);
        QVERIFY_THROWS_EXCEPTION(GraphError, probeCompiledShapes(n));
    }
};

QTEST_APPLESS_MAIN(ShapeInferenceTest)
#include "tst_ShapeInference.moc"

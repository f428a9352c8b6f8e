// Role contracts: every template keeps them at every size; each broken contract gives a message
// that names the node and a fix that really fixes it (the padding it proposes is applied and the
// problem goes away); a recipe's missing roles are reported.

#include "medsynth/engine/RoleContracts.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QtTest>

using namespace medsynth::engine;
using nlohmann::json;

namespace {

std::vector<NetworkShapes> shapesOf(const GraphDocument& document)
{
    std::vector<NetworkShapes> shapes;
    for (const GraphNetwork& network : document.networks)
        shapes.push_back(inferShapes(network));
    return shapes;
}

RoleContractReport check(const GraphDocument& document, const RoleContext& context)
{
    return checkRoleContracts(document, shapesOf(document), context);
}

std::string allMessages(const RoleContractReport& report)
{
    std::string text;
    for (const auto& list : report.networks)
        for (const ShapeDiagnostic& d : list)
            text += "[" + d.nodeId + "] " + d.message + " " + d.fix + "\n";
    for (const ShapeDiagnostic& d : report.document)
        text += d.message + " " + d.fix + "\n";
    return text;
}

GraphNetwork* networkWithRole(GraphDocument& document, const std::string& role)
{
    for (GraphNetwork& network : document.networks)
        if (network.role == role)
            return &network;
    return nullptr;
}

TensorShape image(int64_t c, int64_t s) { return {{c, s, s}}; }

}  // namespace

class RoleContractsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTemplateKeepsItsContracts()
    {
        int checked = 0;
        for (const TemplateInfo& info : listTemplates())
            for (int channels : info.channels)
                for (int size : info.imageSizes) {
                    const GraphDocument document = instantiateTemplate(info.id, channels, size);
                    QCOMPARE(recipeOfDocument(document), info.recipe);
                    const RoleContractReport report = check(document, {info.recipe, image(channels, size)});
                    QVERIFY2(report.ok(), (info.id + " " + std::to_string(size) + ": " + allMessages(report)).c_str());
                    ++checked;
                }
        QVERIFY(checked >= 24);
    }

    void generatorSizeMismatchProposesThePaddingThatFits()
    {
        GraphDocument document = instantiateTemplate("dcgan", 1, 64);
        GraphNetwork* generator = networkWithRole(document, "generator");
        QVERIFY(generator);
        // The last transposed convolution with padding 2 gives 62x62 instead of 64x64.
        GraphNode* last = nullptr;
        for (GraphNode& node : generator->nodes)
            if (node.type == "ConvTranspose2d")
                last = &node;
        QVERIFY(last);
        last->params["padding"] = 2;
        const RoleContractReport report = check(document, {"gan", image(1, 64)});
        QVERIFY(!report.ok());
        const std::string text = allMessages(report);
        QVERIFY2(text.find("ConvTranspose2d '" + last->id + "' gives 62x62, but the dataset's images are 64x64 (Generator)") !=
                     std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("set the padding of '" + last->id + "' to 1") != std::string::npos, text.c_str());
        // The discriminator still takes 64x64 images, so only the generator is at fault.
        const size_t g = static_cast<size_t>(generator - document.networks.data());
        QCOMPARE(report.networks[g].size(), size_t(1));
        QCOMPARE(report.networks[g][0].nodeId, last->id);
        // Applying the fix removes the problem.
        last->params["padding"] = 1;
        QVERIFY(check(document, {"gan", image(1, 64)}).ok());
    }

    void channelMismatchNamesTheFilters()
    {
        const GraphDocument document = instantiateTemplate("dcgan", 1, 32);
        const RoleContractReport report = check(document, {"gan", image(3, 32)});
        const std::string text = allMessages(report);
        QVERIFY2(text.find("gives 1 channels, but the dataset's images are 3x32x32 (3 channels)") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Set the filters of '") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Discriminator input 'image' takes 1x32x32 but the dataset's images are 3x32x32") !=
                     std::string::npos,
                 text.c_str());
    }

    void discriminatorMustJudgeTheGeneratorsImage()
    {
        GraphDocument document = instantiateTemplate("dcgan", 1, 64);
        GraphNetwork* discriminator = networkWithRole(document, "discriminator");
        for (GraphNode& node : discriminator->nodes)
            if (node.type == "ImageInput")
                node.params["channels"] = 3;
        // Without a dataset shape, the generator's 1x64x64 is what the discriminator must take.
        const RoleContractReport report = check(document, {"gan", {}});
        const std::string text = allMessages(report);
        QVERIFY2(text.find("Discriminator input 'image' takes 3x64x64 but the generator 'Generator' makes 1x64x64") !=
                     std::string::npos,
                 text.c_str());
        QVERIFY(!report.ok());
    }

    void discriminatorGivesOneScoreOrPatches()
    {
        GraphDocument document;
        GraphNetwork d;
        d.name = "D";
        d.role = "discriminator";
        d.nodes = {{"x", "ImageInput", {{"channels", 1}, {"height", 16}, {"width", 16}}},
                   {"c", "Conv2d", {{"out_channels", 4}}},
                   {"o", "Output", json::object()}};
        d.edges = {{{"x", "out"}, {"c", "in"}}, {{"c", "out"}, {"o", "in"}}};
        document.networks = {d};
        RoleContractReport report = check(document, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.networks[0].front().nodeId, std::string("o"));
        QVERIFY(report.networks[0].front().message.find("one score (1) or a map of patch scores") != std::string::npos);
        document.networks[0].nodes[1].params["out_channels"] = 1;  // a PatchGAN map: fine
        QVERIFY(check(document, {}).ok());
    }

    void encoderAndDecoderAgreeOnZ()
    {
        GraphDocument document;
        document.training = {{"recipe", "vae"}};
        GraphNetwork encoder;
        encoder.name = "Encoder";
        encoder.role = "encoder";
        encoder.nodes = {{"x", "ImageInput", {{"channels", 1}, {"height", 8}, {"width", 8}}},
                         {"flat", "Flatten", json::object()},
                         {"mu", "Linear", {{"out_features", 16}}},
                         {"logvar", "Linear", {{"out_features", 8}}},
                         {"mu_out", "Output", json::object()},
                         {"logvar_out", "Output", json::object()}};
        encoder.edges = {{{"x", "out"}, {"flat", "in"}},
                         {{"flat", "out"}, {"mu", "in"}},
                         {{"flat", "out"}, {"logvar", "in"}},
                         {{"mu", "out"}, {"mu_out", "in"}},
                         {{"logvar", "out"}, {"logvar_out", "in"}}};
        GraphNetwork decoder;
        decoder.name = "Decoder";
        decoder.role = "decoder";
        decoder.nodes = {{"z", "LatentInput", {{"size", 32}}},
                         {"fc", "Linear", {{"out_features", 64}}},
                         {"shape", "Reshape", {{"shape", {1, 8, 8}}}},
                         {"out", "Output", json::object()}};
        decoder.edges = {{{"z", "out"}, {"fc", "in"}}, {{"fc", "out"}, {"shape", "in"}}, {{"shape", "out"}, {"out", "in"}}};
        document.networks = {encoder, decoder};
        document = graphFromJson(graphToJson(document));  // a valid document

        const RoleContractReport report = check(document, {recipeOfDocument(document), image(1, 8)});
        const std::string text = allMessages(report);
        QVERIFY2(text.find("differ in length (16 and 8)") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Decoder input 'z' takes 32 numbers, but the encoder 'Encoder' gives 16") != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("Set the size of 'z' to 16") != std::string::npos, text.c_str());

        document.networks[0].nodes[3].params["out_features"] = 16;
        document.networks[1].nodes[0].params["size"] = 16;
        const RoleContractReport fixed = check(document, {"vae", image(1, 8)});
        QVERIFY2(fixed.ok(), allMessages(fixed).c_str());
    }

    void missingRolesOfTheRecipe()
    {
        GraphDocument document = instantiateTemplate("dcgan", 1, 32);
        document.networks.pop_back();  // no discriminator
        const RoleContractReport report = check(document, {"gan", image(1, 32)});
        QCOMPARE(report.document.size(), size_t(1));
        QVERIFY(report.document[0].message.find("trains a discriminator") != std::string::npos);
        QCOMPARE(rolesForRecipe("vae-gan"), (std::vector<std::string>{"encoder", "decoder", "discriminator"}));
        QVERIFY(rolesForRecipe("no-such-recipe").empty());
    }

    void classifierAndSegmenterShapes()
    {
        GraphDocument document;
        GraphNetwork c;
        c.name = "C";
        c.role = "classifier";
        c.nodes = {{"x", "ImageInput", {{"channels", 1}, {"height", 8}, {"width", 8}}},
                   {"pool", "GlobalAvgPool", json::object()},
                   {"flat", "Flatten", json::object()},
                   {"fc", "Linear", {{"out_features", 1}}},
                   {"o", "Output", json::object()}};
        c.edges = {{{"x", "out"}, {"pool", "in"}},
                   {{"pool", "out"}, {"flat", "in"}},
                   {{"flat", "out"}, {"fc", "in"}},
                   {{"fc", "out"}, {"o", "in"}}};
        GraphNetwork s;
        s.name = "S";
        s.role = "segmenter";
        s.nodes = {{"x", "ImageInput", {{"channels", 1}, {"height", 16}, {"width", 16}}},
                   {"c", "Conv2d", {{"out_channels", 1}, {"kernel_size", 3}, {"stride", 1}, {"padding", 0}}},
                   {"o", "Output", json::object()}};
        s.edges = {{{"x", "out"}, {"c", "in"}}, {{"c", "out"}, {"o", "in"}}};
        document.networks = {c, s};
        const RoleContractReport report = check(document, {});
        const std::string text = allMessages(report);
        QVERIFY2(text.find("one score per class") != std::string::npos, text.c_str());
        QVERIFY2(text.find("gives 14x14, but its mask must be, like its input, 16x16") != std::string::npos, text.c_str());
        QVERIFY2(text.find("set the padding of 'c' to 1") != std::string::npos, text.c_str());
    }
};

QTEST_GUILESS_MAIN(RoleContractsTest)
#include "tst_RoleContracts.moc"

#include "CommandLine.h"
#include "Commands.h"

#include "medsynth/engine/LayerCatalog.h"
#include "medsynth/engine/RoleContracts.h"
#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"
#ifdef MEDSYNTH_WITH_IO
#include "medsynth/io/PhantomWriter.h"
#endif

#include <iostream>

namespace medsynth::cli {

int phantomsCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << R"(Usage: medsynth-cli phantoms --out DIR [OPTIONS]

Writes the built-in demo data: procedural brain-MR-like slices (skull, brain with grey and white
matter, ventricles, and in about half of them a lesion), deterministic by seed. DICOM files are
MR images, 16-bit, with window centre/width and synthetic identifiers only; a labels.csv
(file,label: 0 normal, 1 lesion) is written beside them.

Options:
  --out DIR          folder to write into (created if missing)
  --count N          number of slices (default 100)
  --size S           square size in pixels (default 128)
  --seed K           random seed (default 1)
  --format F         dicom (default) or png
)";
        return 0;
    }
    const CommandLine cl(args, {"out", "count", "size", "seed", "format"});
    if (!cl.has("out"))
        throw UsageError("--out DIR is required.");
    const std::string format = cl.text("format", "dicom");
    if (format != "dicom" && format != "png")
        throw UsageError("--format must be dicom or png, not '" + format + "'.");
    const int count = static_cast<int>(cl.integer("count", 100, 1, 1000000));
    const int size = static_cast<int>(cl.integer("size", 128, 8, 4096));
    const uint64_t seed = static_cast<uint64_t>(cl.integer("seed", 1, 0, INT64_MAX));
#ifdef MEDSYNTH_WITH_IO
    const auto files = io::writePhantomDataset(cl.text("out", ""), count, size, seed,
                                               format == "png" ? io::PhantomFormat::Png : io::PhantomFormat::Dicom);
    std::cout << "Wrote " << files.size() << " " << format << " phantom slices of " << size << "x" << size << " to "
              << cl.text("out", "") << "\n";
    return 0;
#else
    (void)count, (void)size, (void)seed;
    throw std::runtime_error("This medsynth-cli was built with MEDSYNTH_ENGINE_ONLY and writes no image files.");
#endif
}

int validateCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << "Usage: medsynth-cli validate GRAPH.json [--channels N --image-size S]\n\n"
                     "Prints each network's shapes, parameter count, multiply-adds and problems, including the\n"
                     "contracts of the networks' roles (a generator makes the image a discriminator judges, ...)\n"
                     "and the roles the model's recipe needs. With --channels and --image-size, also checks\n"
                     "that the networks make and take images of that shape (the dataset's).\n"
                     "Exit 0 when valid, 1 when not, 2 when the file cannot be read.\n";
        return 0;
    }
    const CommandLine cl(args, {"channels", "image-size"});
    if (cl.positional().size() != 1)
        throw UsageError("Give exactly one graph file.");
    if (cl.has("channels") != cl.has("image-size"))
        throw UsageError("Give --channels and --image-size together.");
    engine::RoleContext context;
    if (cl.has("channels")) {
        const int64_t side = cl.integer("image-size", 64, 4, 4096);
        context.image.dims = {cl.integer("channels", 1, 1, 4), side, side};
    }
    engine::GraphDocument document;
    try {
        document = engine::loadGraphFile(cl.positional().front());
    } catch (const engine::GraphError& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
    context.recipe = engine::recipeOfDocument(document);
    std::vector<engine::NetworkShapes> shapes;
    for (const engine::GraphNetwork& network : document.networks)
        shapes.push_back(engine::inferShapes(network));
    const engine::RoleContractReport contracts = engine::checkRoleContracts(document, shapes, context);
    auto print = [](const engine::ShapeDiagnostic& d) {
        std::cout << "  " << (d.severity == engine::ShapeDiagnostic::Severity::Error ? "error: " : "warning: ")
                  << d.message << (d.fix.empty() ? "" : " " + d.fix) << "\n";
    };
    bool valid = contracts.ok();
    for (size_t n = 0; n < document.networks.size(); ++n) {
        const engine::GraphNetwork& network = document.networks[n];
        std::cout << network.name << " (" << network.role << ")\n";
        for (size_t i = 0; i < network.edges.size(); ++i)
            std::cout << "  " << network.edges[i].from.node << " -> " << network.edges[i].to.node << "  "
                      << shapes[n].edgeShapes[i].toString() << "\n";
        if (shapes[n].ok())
            std::cout << "  parameters: " << shapes[n].parameterCount << "\n  multiply-adds per image: "
                      << shapes[n].multiplyAdds << "\n";
        for (const engine::ShapeDiagnostic& d : shapes[n].diagnostics)
            print(d);
        for (const engine::ShapeDiagnostic& d : contracts.networks[n])
            print(d);
        valid = valid && shapes[n].ok();
    }
    if (!contracts.document.empty())
        std::cout << "Model\n";
    for (const engine::ShapeDiagnostic& d : contracts.document)
        print(d);
    std::cout << (valid ? "valid\n" : "not valid\n");
    return valid ? 0 : 1;
}

int templatesCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << "Usage: medsynth-cli templates\n\nLists the built-in model templates.\n";
        return 0;
    }
    CommandLine cl(args, {});
    for (const engine::TemplateInfo& t : engine::listTemplates()) {
        std::cout << t.id << "  " << t.title << "  (recipe " << t.recipe << "; sizes";
        for (int s : t.imageSizes)
            std::cout << " " << s;
        std::cout << "; channels";
        for (int c : t.channels)
            std::cout << " " << c;
        std::cout << ")\n  " << t.description << "\n  Paper: " << t.paper << "\n";
    }
    return 0;
}

}  // namespace medsynth::cli

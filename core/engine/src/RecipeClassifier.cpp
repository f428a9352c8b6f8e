// Recipe classifier: a CNN image -> K class scores (logits), trained with cross-entropy or focal
// loss. Reports loss, accuracy, precision, recall, specificity and F1 on the batch, and the same
// on the held-out images. With more than two classes, precision, recall, specificity and F1 are
// those of class 1 against the rest (the demo data's "lesion").
// It generates no images: samples() is undefined, so the run writes no sample grids.

#include "Losses.h"
#include "Recipe.h"

namespace medsynth::engine {

namespace {

NamedTensors metricTensors(const ClassificationMetrics& m, const torch::TensorOptions& options)
{
    const auto t = [&](double v) { return torch::full({}, v, options.dtype(torch::kFloat64)); };
    return {{"accuracy", t(m.accuracy)}, {"precision", t(m.precision)}, {"recall", t(m.recall)},
            {"specificity", t(m.specificity)}, {"f1", t(m.f1)}};
}

class ClassifierRecipe : public Recipe {
public:
    std::vector<std::string> roles() const override { return {"classifier"}; }
    std::string generatingRole() const override { return {}; }
    bool holdsOut() const override { return true; }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& c = s.network("classifier");
        requireImageInput(c, "classifier", imageShapeOf(data));
        if (c->inputNames().size() != 1)
            throw GraphError("The classifier recipe needs a classifier with one input, the image.");
        if (!c->outputShape().isVector() || c->outputShape().dims[0] < 2)
            throw GraphError("The classifier must end in one score per class (a vector of at least 2 values), but it "
                             "gives " + c->outputShape().toString() + ". End it in a Linear block with one output "
                             "per class.");
        const GraphNetwork& network = *s.experiment.graph.findNetwork("classifier");
        for (const GraphEdge& edge : network.edges) {
            const GraphNode* to = network.findNode(edge.to.node);
            const GraphNode* from = network.findNode(edge.from.node);
            if (to && from && to->type == "Output" && from->type == "Softmax")
                throw GraphError("The classifier ends in Softmax, but the loss applies softmax itself. Connect the "
                                 "block before '" + from->id + "' to the Output directly.");
        }
        classes_ = c->outputShape().dims[0];
        requireLabels(data, classes_, "classifier");
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& c = s.network("classifier");
        const Batch batch = s.nextBatch();
        clearGradients(*c);
        const torch::Tensor logits = c->forward(inputsFor(c, {batch.images}));
        const torch::Tensor loss = s.experiment.classifierLoss == "focal"
                                       ? focalLoss(logits, batch.labels, s.experiment.focalGamma)
                                       : torch::cross_entropy_loss(logits, batch.labels);
        loss.backward();
        const torch::Tensor norm = gradientNorm({*c});
        s.entry("classifier").optimizer->step();
        NamedTensors out = {{"loss", loss}};
        const ClassificationMetrics m =
            classificationMetrics(confusionCounts(logits.detach().argmax(1), batch.labels));
        for (auto& named : metricTensors(m, loss.options()))
            out.push_back(std::move(named));
        out.push_back({"grad_norm_g", norm});
        return out;
    }

    torch::Tensor samples(TrainingState&, GraphModule&) override { return {}; }

    NamedValues evaluate(TrainingState& s) override
    {
        const torch::Tensor predictions = heldOutOutputs(s, s.network("classifier"), /*logits=*/false).argmax(1);
        const ClassificationMetrics m = classificationMetrics(confusionCounts(predictions, s.onDevice(s.heldOutLabels)));
        return {{"accuracy", m.accuracy}, {"precision", m.precision}, {"recall", m.recall},
                {"specificity", m.specificity}, {"f1", m.f1}};
    }

private:
    int64_t classes_ = 0;
};

}  // namespace

std::unique_ptr<Recipe> makeClassifierRecipe() { return std::make_unique<ClassifierRecipe>(); }

}  // namespace medsynth::engine

#include "GraphLayout.h"

#include <algorithm>
#include <map>
#include <vector>

namespace medsynth::widgets {

namespace {

constexpr double kColumnGap = 60.0;  // between boxes of a layer
constexpr double kRowGap = 50.0;     // between layers, room for the shape labels on the edges
constexpr int kSweeps = 4;

}  // namespace

QHash<QString, QPointF> layeredLayout(const engine::GraphNetwork& network,
                                      const std::function<QSizeF(const QString& nodeId)>& boxSize)
{
    const size_t count = network.nodes.size();
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < count; ++i)
        index[network.nodes[i].id] = i;
    std::vector<std::vector<size_t>> feeders(count), fed(count);
    for (const engine::GraphEdge& edge : network.edges) {
        const auto from = index.find(edge.from.node), to = index.find(edge.to.node);
        if (from == index.end() || to == index.end())
            continue;
        feeders[to->second].push_back(from->second);
        fed[from->second].push_back(to->second);
    }

    // Layers by longest path, in topological order (Kahn); nodes on a cycle stay in layer 0.
    std::vector<int> layer(count, 0), pending(count);
    std::vector<size_t> ready;
    for (size_t i = 0; i < count; ++i)
        if ((pending[i] = static_cast<int>(feeders[i].size())) == 0)
            ready.push_back(i);
    for (size_t k = 0; k < ready.size(); ++k) {
        const size_t n = ready[k];
        for (size_t next : fed[n]) {
            layer[next] = std::max(layer[next], layer[n] + 1);
            if (--pending[next] == 0)
                ready.push_back(next);
        }
    }
    const int layers = count == 0 ? 0 : *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<size_t>> rows(static_cast<size_t>(layers));
    for (size_t i = 0; i < count; ++i)  // document order first: stable for equal barycentres
        rows[static_cast<size_t>(layer[i])].push_back(i);

    // Order within layers by the barycentre of the neighbours in the layer above (down sweeps) or
    // below (up sweeps).
    std::vector<double> order(count, 0.0);
    auto numberRow = [&](const std::vector<size_t>& row) {
        for (size_t p = 0; p < row.size(); ++p)
            order[row[p]] = static_cast<double>(p);
    };
    for (const auto& row : rows)
        numberRow(row);
    auto sortRow = [&](std::vector<size_t>& row, const std::vector<std::vector<size_t>>& neighbours) {
        std::vector<double> key(count, 0.0);
        for (size_t n : row) {
            double sum = 0;
            int seen = 0;
            for (size_t m : neighbours[n])
                if (layer[m] != layer[n]) {
                    sum += order[m];
                    ++seen;
                }
            key[n] = seen ? sum / seen : order[n];
        }
        std::stable_sort(row.begin(), row.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
        numberRow(row);
    };
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
        for (size_t r = 1; r < rows.size(); ++r)
            sortRow(rows[r], feeders);
        for (size_t r = rows.size(); r-- > 1;)
            sortRow(rows[r - 1], fed);
    }

    QHash<QString, QPointF> positions;
    double y = 0;
    for (const auto& row : rows) {
        double width = 0, height = 0;
        for (size_t n : row) {
            const QSizeF size = boxSize(QString::fromStdString(network.nodes[n].id));
            width += size.width();
            height = std::max(height, size.height());
        }
        width += kColumnGap * static_cast<double>(row.empty() ? 0 : row.size() - 1);
        double x = -width / 2;  // every layer centred on x = 0
        for (size_t n : row) {
            const QString id = QString::fromStdString(network.nodes[n].id);
            positions.insert(id, QPointF(x, y));
            x += boxSize(id).width() + kColumnGap;
        }
        y += height + kRowGap;
    }
    return positions;
}

}  // namespace medsynth::widgets

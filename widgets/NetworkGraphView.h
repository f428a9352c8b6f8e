#pragma once
// NetworkGraphView: a read-only drawing of one network of a GraphDocument. Each node is a box
// with its block's title, the node id and the parameters set on the node; nodes are laid out top
// to bottom in layers (longest path from an input), and every edge is labelled with the shape
// that shape inference gives it ("512x4x4"). A node with a shape diagnostic gets a red frame, and
// its tooltip explains the block and the problem. The view copies the network and never edits
// it; the designer can build on it later. Ctrl + mouse wheel zooms. GUI thread only.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/ShapeInference.h"

#include <QGraphicsView>
#include <QStringList>

class QGraphicsScene;

namespace medsynth::widgets {

class NetworkGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit NetworkGraphView(QWidget* parent = nullptr);

    // Copies the network, runs shape inference on it and redraws.
    void setNetwork(const engine::GraphNetwork& network);
    void clearNetwork();

    const engine::GraphNetwork& network() const { return network_; }
    const engine::NetworkShapes& shapes() const { return shapes_; }
    int nodeBoxCount() const { return nodeBoxes_; }
    // The text of every edge label, in the order of network().edges (for tests).
    QStringList edgeLabels() const { return edgeLabels_; }

    void zoomBy(double factor);
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuildScene();
    void scrollToInputs();

    QGraphicsScene* scene_ = nullptr;
    engine::GraphNetwork network_;
    engine::NetworkShapes shapes_;
    QStringList edgeLabels_;
    int nodeBoxes_ = 0;
    double zoom_ = 1.0;
    bool scrollToInputsPending_ = false;
};

}  // namespace medsynth::widgets

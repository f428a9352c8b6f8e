#pragma once
// SampleHistory: a training run's fixed-seed sample grids over time. The newest grid shows as it
// arrives; a slider under it replays earlier ones (the same z, so the images' change is the model's
// learning). Moving the slider back holds the view on that grid while new ones keep being stored;
// moving it to the right end follows the run again. To bound memory, at most maxGrids() are kept:
// past that, every second one is dropped and later grids are kept at the wider spacing, so the
// whole run stays covered evenly.
// GUI thread only.

#include <cstddef>  // before ImageSet.h, which uses size_t
#include "medsynth/engine/ImageSet.h"

#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QSlider;

namespace medsynth::widgets {

class SampleGridView;

class SampleHistory : public QWidget {
    Q_OBJECT
public:
    explicit SampleHistory(QWidget* parent = nullptr);

    void addGrid(qint64 step, const engine::ImageBuffer& grid);
    void addGrid(qint64 step, const QImage& grid);
    void clear();

    SampleGridView* view() const { return view_; }
    int count() const { return static_cast<int>(grids_.size()); }
    qint64 stepAt(int index) const;
    // The grid shown: its index, and whether the view follows new grids.
    int currentIndex() const;
    bool following() const { return following_; }
    // Shows an earlier grid (the last index follows the run again).
    void showGrid(int index);
    static constexpr int maxGrids() { return 200; }

private:
    void updateSlider();
    void display(int index);

    struct Grid {
        qint64 step = 0;
        QImage image;
        qint64 arrival = 0;  // how many grids came before it
    };
    qint64 arrivals_ = 0;
    qint64 stride_ = 1;
    std::vector<Grid> grids_;
    SampleGridView* view_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* label_ = nullptr;
    bool following_ = true;
};

}  // namespace medsynth::widgets

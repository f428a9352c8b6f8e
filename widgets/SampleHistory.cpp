#include "SampleHistory.h"

#include "ImageBufferConversion.h"
#include "SampleGridView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace medsynth::widgets {

SampleHistory::SampleHistory(QWidget* parent)
    : QWidget(parent)
    , view_(new SampleGridView(this))
    , slider_(new QSlider(Qt::Horizontal, this))
    , label_(new QLabel(this))
{
    slider_->setObjectName(QStringLiteral("sampleHistorySlider"));
    slider_->setToolTip(tr("Replay the samples of earlier steps; the right end follows the run."));
    slider_->setEnabled(false);
    label_->setObjectName(QStringLiteral("sampleHistoryLabel"));
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("Step 10,000,000 (live)")));
    connect(slider_, &QSlider::valueChanged, this, &SampleHistory::showGrid);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(slider_, 1);
    row->addWidget(label_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addLayout(row);
}

void SampleHistory::addGrid(qint64 step, const engine::ImageBuffer& grid) { addGrid(step, imageBufferToQImage(grid)); }

void SampleHistory::addGrid(qint64 step, const QImage& grid)
{
    if (grid.isNull())
        return;
    // Grids are kept at a stride of arrivals that doubles whenever the list is full, so the whole
    // run stays covered evenly; the newest is always there (replaced by the next when off-stride).
    const qint64 arrival = arrivals_++;
    if (!grids_.empty() && grids_.back().arrival % stride_ != 0)
        grids_.pop_back();
    grids_.push_back({step, grid, arrival});
    if (count() > maxGrids()) {
        stride_ *= 2;
        std::vector<Grid> kept;
        for (size_t i = 0; i < grids_.size(); ++i)
            if (grids_[i].arrival % stride_ == 0 || i + 1 == grids_.size())
                kept.push_back(std::move(grids_[i]));
        grids_ = std::move(kept);
    }
    if (following_)
        display(count() - 1);
    updateSlider();
}

void SampleHistory::clear()
{
    grids_.clear();
    arrivals_ = 0;
    stride_ = 1;
    following_ = true;
    view_->clear();
    updateSlider();
}

qint64 SampleHistory::stepAt(int index) const
{
    return index >= 0 && index < count() ? grids_[static_cast<size_t>(index)].step : -1;
}

int SampleHistory::currentIndex() const { return count() == 0 ? -1 : slider_->value(); }

void SampleHistory::showGrid(int index)
{
    if (index < 0 || index >= count())
        return;
    following_ = index == count() - 1;
    display(index);
    updateSlider();
}

void SampleHistory::display(int index)
{
    const Grid& grid = grids_[static_cast<size_t>(index)];
    view_->setImage(grid.image);
    view_->setCaption(tr("Samples at step %1").arg(QLocale().toString(grid.step)));
}

void SampleHistory::updateSlider()
{
    const QSignalBlocker block(slider_);
    slider_->setEnabled(count() > 1);
    slider_->setRange(0, std::max(0, count() - 1));
    if (following_)
        slider_->setValue(count() - 1);
    const int shown = currentIndex();
    if (shown < 0)
        label_->clear();
    else
        label_->setText(following_ ? tr("Step %1 (live)").arg(QLocale().toString(stepAt(shown)))
                                   : tr("Step %1 of %2").arg(QLocale().toString(stepAt(shown)),
                                                             QLocale().toString(stepAt(count() - 1))));
}

}  // namespace medsynth::widgets

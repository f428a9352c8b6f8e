#include "RunsPanel.h"

#include "AppPaths.h"
#include "MetricChart.h"
#include "MetricNames.h"
#include "RunFollower.h"
#include "RunPickerDialog.h"
#include "SampleGridView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace medsynth::gui {

namespace {

const QString kWindowName = QStringLiteral("runsWindow");
const QString kLastFolderKey = QStringLiteral("runs/lastFolder");
constexpr int kChartMinimumHeight = 220;
constexpr int kChartColumnWidth = 340;  // a chart per this many pixels of width, 1 to 3 a row

// Distinct colours that stay apart for the colour-blind and on white (Tableau 10).
const std::array<QColor, 10> kRunColours = {
    QColor(31, 119, 180), QColor(214, 39, 40),  QColor(44, 160, 44),   QColor(255, 127, 14), QColor(148, 103, 189),
    QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207)};

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

}  // namespace

RunsPanel::RunsPanel(QWidget* parent)
    : QWidget(parent)
{
    followButton_ = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Follow a run folder..."), this);
    followButton_->setObjectName(QStringLiteral("followRunButton"));
    followButton_->setToolTip(tr("Watch one run as it trains, also one that medsynth-cli writes on another machine "
                                 "into a shared folder."));
    compareButton_ = new QPushButton(tr("Compare runs..."), this);
    compareButton_->setObjectName(QStringLiteral("compareRunsButton"));
    compareButton_->setToolTip(tr("Add runs to those shown: choose a run folder, or a folder that holds several runs."));
    removeButton_ = new QPushButton(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Remove"), this);
    removeButton_->setObjectName(QStringLiteral("removeRunButton"));
    removeButton_->setToolTip(tr("Remove the selected runs from the charts. Their folders are not touched."));
    removeButton_->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(followButton_);
    buttons->addWidget(compareButton_);
    buttons->addWidget(removeButton_);
    buttons->addStretch(1);

    messageLabel_ = new QLabel(this);
    messageLabel_->setObjectName(QStringLiteral("runsMessage"));
    messageLabel_->setWordWrap(true);
    messageLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLabel_->setStyleSheet(QStringLiteral("#runsMessage { background: #fff4e5; border: 1px solid #f0c36d; "
                                                "border-radius: 4px; padding: 6px; color: #5c3c00; }"));
    messageLabel_->hide();

    runList_ = new QTreeWidget(this);
    runList_->setObjectName(QStringLiteral("runList"));
    runList_->setColumnCount(2);
    runList_->setHeaderLabels({tr("Run"), tr("Progress")});
    runList_->setRootIsDecorated(false);
    runList_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    runList_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    runList_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    runList_->header()->setStretchLastSection(false);
    runList_->setMinimumHeight(80);
    runList_->setTextElideMode(Qt::ElideMiddle);  // run names differ at both ends: date and template

    samples_ = new widgets::SampleGridView(this);
    samples_->setObjectName(QStringLiteral("runSampleGrid"));
    samples_->setPlaceholderText(tr("The latest sample grid of the selected run appears here."));

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(runList_);
    side->addWidget(samples_);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);

    chartArea_ = new QWidget;
    chartGrid_ = new QGridLayout(chartArea_);
    chartGrid_->setContentsMargins(0, 0, 0, 0);
    emptyLabel_ = new QLabel(tr("No run is shown yet.\n\n\"Follow a run folder...\" watches one run as it trains: "
                                "its curves and its latest samples update while it runs, also when medsynth-cli "
                                "writes it on another machine into a shared folder.\n\n\"Compare runs...\" "
                                "overlays several runs, one colour per run."),
                             chartArea_);
    emptyLabel_->setObjectName(QStringLiteral("runsEmptyText"));
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setMargin(24);
    chartScroll_ = new QScrollArea(this);
    chartScroll_->setWidget(chartArea_);
    chartScroll_->setWidgetResizable(true);
    chartScroll_->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(chartScroll_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 900});
    side->setMinimumWidth(200);
    chartScroll_->setMinimumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(messageLabel_);
    layout->addWidget(splitter, 1);

    connect(followButton_, &QPushButton::clicked, this, &RunsPanel::chooseRunToFollow);
    connect(compareButton_, &QPushButton::clicked, this, &RunsPanel::chooseRunsToCompare);
    connect(removeButton_, &QPushButton::clicked, this, &RunsPanel::removeSelectedRuns);
    connect(runList_, &QTreeWidget::itemSelectionChanged, this, [this] {
        removeButton_->setEnabled(!runList_->selectedItems().isEmpty());
        updateSamples();
    });
    layoutCharts();
    // Filters last, once every widget they look at exists.
    samples_->installEventFilter(this);  // its caption is elided to its width
    chartScroll_->viewport()->installEventFilter(this);  // charts per row follow its width
}

RunsPanel::~RunsPanel() = default;

RunsPanel* RunsPanel::windowFor(QWidget* owner)
{
    QWidget* window = owner ? owner->findChild<QWidget*>(kWindowName, Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new QWidget(owner, Qt::Window);
        window->setObjectName(kWindowName);
        window->setWindowTitle(tr("Runs - MedSynth Workbench"));
        auto* layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new RunsPanel(window));
        window->resize(1200, 760);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window->findChild<RunsPanel*>();
}

RunFollower* RunsPanel::run(int index) const
{
    return index >= 0 && index < runCount() ? runs_[static_cast<size_t>(index)].follower : nullptr;
}

QColor RunsPanel::runColour(int index) const
{
    return index >= 0 && index < runCount() ? runs_[static_cast<size_t>(index)].colour : QColor();
}

int RunsPanel::indexOf(const RunFollower* follower) const
{
    for (size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i].follower == follower)
            return static_cast<int>(i);
    return -1;
}

int RunsPanel::shownRun() const
{
    const QList<QTreeWidgetItem*> selected = runList_->selectedItems();
    if (!selected.isEmpty())
        return runList_->indexOfTopLevelItem(selected.first());
    return runCount() - 1;
}

QStringList RunsPanel::valueNames() const
{
    QStringList names;
    for (const ValueChart& chart : charts_)
        names << chart.key;
    return names;
}

widgets::MetricChart* RunsPanel::chart(const QString& valueName) const
{
    for (const ValueChart& chart : charts_)
        if (chart.key == valueName)
            return chart.chart;
    return nullptr;
}

QString RunsPanel::message() const { return messageLabel_->text(); }

void RunsPanel::setPollInterval(int milliseconds)
{
    pollInterval_ = milliseconds;
    for (const Run& run : runs_)
        run.follower->setPollInterval(milliseconds);
}

void RunsPanel::pollNow()
{
    for (const Run& run : runs_)
        run.follower->pollNow();
}

bool RunsPanel::followRun(const QString& folder)
{
    // Check the folder before anything shown goes away.
    engine::RunHistory probe;
    if (!probe.open(QDir::cleanPath(folder).toStdString())) {
        error_ = tr("This folder cannot be followed. %1").arg(QString::fromStdString(probe.errorMessage()));
        updateMessage();
        return false;
    }
    removeAllRuns();
    return addRun(folder);
}

bool RunsPanel::addRun(const QString& folder)
{
    const QString clean = QDir::cleanPath(folder);
    for (const Run& run : runs_)
        if (run.follower->folder() == clean) {
            error_ = tr("The run '%1' is shown already.").arg(QDir::toNativeSeparators(clean));
            updateMessage();
            return false;
        }
    auto* follower = new RunFollower(this);
    follower->setPollInterval(pollInterval_);
    if (!follower->follow(clean)) {
        error_ = tr("This folder cannot be followed. %1").arg(follower->errorString());
        delete follower;
        updateMessage();
        return false;
    }
    error_.clear();

    Run run;
    run.follower = follower;
    run.colour = freeColour();
    run.item = new QTreeWidgetItem(runList_);
    run.item->setIcon(0, swatch(run.colour));
    run.item->setText(0, follower->name());
    runs_.push_back(run);

    connect(follower, &RunFollower::recordsAdded, this,
            [this, follower](const std::vector<engine::MetricRecord>& records) { addRecords(follower, records); });
    connect(follower, &RunFollower::historyReset, this, &RunsPanel::rebuildCharts);
    connect(follower, &RunFollower::problemChanged, this, &RunsPanel::updateMessage);
    connect(follower, &RunFollower::polled, this, [this, follower] {
        updateRunItem(indexOf(follower));
        updateSamples();
    });
    addRecords(follower, follower->records());
    updateRunItem(runCount() - 1);
    updateSamples();
    updateMessage();
    Q_EMIT runsChanged();
    return true;
}

int RunsPanel::addRuns(const QStringList& folders)
{
    int added = 0;
    QStringList refused;
    for (const QString& folder : folders) {
        if (addRun(folder))
            ++added;
        else
            refused << error_;
    }
    error_ = refused.join(QLatin1Char('\n'));
    updateMessage();
    return added;
}

void RunsPanel::removeRun(int index)
{
    if (index < 0 || index >= runCount())
        return;
    Run run = runs_[static_cast<size_t>(index)];
    runs_.erase(runs_.begin() + index);
    run.follower->stop();
    run.follower->disconnect(this);
    run.follower->deleteLater();  // it may be the sender of the signal that got us here
    delete run.item;
    rebuildCharts();
    updateSamples();
    updateMessage();
    Q_EMIT runsChanged();
}

void RunsPanel::removeAllRuns()
{
    while (!runs_.empty())
        removeRun(runCount() - 1);
}

void RunsPanel::removeSelectedRuns()
{
    std::vector<int> rows;
    for (QTreeWidgetItem* item : runList_->selectedItems())
        rows.push_back(runList_->indexOfTopLevelItem(item));
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        removeRun(row);
}

QColor RunsPanel::freeColour() const
{
    for (const QColor& colour : kRunColours) {
        if (std::none_of(runs_.begin(), runs_.end(), [&](const Run& run) { return run.colour == colour; }))
            return colour;
    }
    return kRunColours[runs_.size() % kRunColours.size()];  // more runs than colours: they repeat
}

RunsPanel::ValueChart& RunsPanel::chartFor(const QString& key)
{
    for (ValueChart& chart : charts_)
        if (chart.key == key)
            return chart;
    ValueChart made;
    made.key = key;
    made.chart = new widgets::MetricChart(MetricNames::title(key), MetricNames::axisLabel(key), chartArea_);
    made.chart->setObjectName(QStringLiteral("runChart_") + key);
    made.chart->setMinimumHeight(kChartMinimumHeight);
    if (key == QLatin1String("epoch"))
        made.chart->setSmoothing(1.0);  // a count, not a noisy measurement
    if (const auto log = logScales_.find(key); log != logScales_.end() && log->second)
        made.chart->setLogScale(true);
    const auto before = std::find_if(charts_.begin(), charts_.end(), [&](const ValueChart& other) {
        const int rank = MetricNames::rank(key), otherRank = MetricNames::rank(other.key);
        return rank != otherRank ? rank < otherRank : key < other.key;
    });
    const auto inserted = charts_.insert(before, std::move(made));
    layoutCharts();
    return *inserted;
}

void RunsPanel::addRecords(const RunFollower* follower, const std::vector<engine::MetricRecord>& records)
{
    const int index = indexOf(follower);
    if (index < 0)
        return;
    for (const engine::MetricRecord& record : records) {
        for (const auto& [name, value] : record.values) {
            ValueChart& chart = chartFor(QString::fromStdString(name));
            auto series = chart.series.find(follower);
            if (series == chart.series.end())
                series = chart.series.emplace(follower, chart.chart->addSeries(follower->name(), runColour(index))).first;
            chart.chart->addValue(series->second, static_cast<double>(record.step), value);
            const QString group = MetricNames::group(chart.key);
            if (!record.featureLabel.empty() && (group == QLatin1String("fid") || group == QLatin1String("kid"))) {
                QString& features = chart.features[follower];
                if (features != QString::fromStdString(record.featureLabel)) {
                    features = QString::fromStdString(record.featureLabel);
                    titleByFeatures(chart);
                }
            }
        }
    }
}

void RunsPanel::titleByFeatures(ValueChart& chart)
{
    QStringList labels;
    for (const auto& [run, features] : chart.features)
        if (!labels.contains(features))
            labels << features;
    const QString title = MetricNames::title(chart.key);
    if (labels.size() == 1)
        chart.chart->setTitle(QStringLiteral("%1: %2").arg(title, labels.front()));
    else if (labels.size() > 1)
        chart.chart->setTitle(tr("%1: the runs were measured with different features (%2), so their values are not "
                                 "comparable")
                                  .arg(title, labels.join(QStringLiteral("; "))));
}

void RunsPanel::rebuildCharts()
{
    // MetricChart has no way to take a series out, so a removed run or a rewritten history means
    // new charts, filled again from the records every follower keeps.
    for (ValueChart& chart : charts_) {
        logScales_[chart.key] = chart.chart->logScale();
        delete chart.chart;
    }
    charts_.clear();
    for (const Run& run : runs_)
        addRecords(run.follower, run.follower->records());
    layoutCharts();
}

void RunsPanel::layoutCharts()
{
    const int width = chartScroll_->viewport()->width();
    columns_ = std::clamp(width / kChartColumnWidth, 1, 3);
    while (QLayoutItem* item = chartGrid_->takeAt(0))
        delete item;  // the layout item only; the widgets stay
    for (int row = 0; row < chartGrid_->rowCount(); ++row)
        chartGrid_->setRowStretch(row, 0);
    emptyLabel_->setVisible(charts_.empty());
    if (charts_.empty()) {
        chartGrid_->addWidget(emptyLabel_, 0, 0);
        return;
    }
    for (size_t i = 0; i < charts_.size(); ++i)
        chartGrid_->addWidget(charts_[i].chart, static_cast<int>(i) / columns_, static_cast<int>(i) % columns_);
    // Extra space goes below the charts, not into stretching the last row.
    chartGrid_->setRowStretch(static_cast<int>((charts_.size() + columns_ - 1) / columns_), 1);
}

bool RunsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == samples_ && event->type() == QEvent::Resize)
        updateSampleCaption();
    if (watched == chartScroll_->viewport() && event->type() == QEvent::Resize) {
        if (std::clamp(chartScroll_->viewport()->width() / kChartColumnWidth, 1, 3) != columns_)
            layoutCharts();
    }
    return QWidget::eventFilter(watched, event);
}

void RunsPanel::updateRunItem(int index)
{
    if (index < 0 || index >= runCount())
        return;
    const RunFollower& follower = *runs_[static_cast<size_t>(index)].follower;
    QTreeWidgetItem* item = runs_[static_cast<size_t>(index)].item;
    const engine::RunDescription& description = follower.description();
    const QLocale locale;
    QString progress;
    if (follower.outcome().finished)
        progress = follower.outcome().stopped ? tr("stopped at step %1").arg(locale.toString(follower.lastStep()))
                                              : tr("finished, %1 steps").arg(locale.toString(follower.lastStep()));
    else if (follower.records().empty())
        progress = tr("waiting for the first step");
    else if (description.totalSteps > 0)
        progress = tr("step %1 of %2").arg(locale.toString(follower.lastStep()), locale.toString(qint64(description.totalSteps)));
    else
        progress = tr("step %1").arg(locale.toString(follower.lastStep()));
    item->setText(1, progress);
    item->setIcon(1, follower.problem().isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));

    QStringList tip;
    tip << QDir::toNativeSeparators(follower.folder());
    tip << tr("Experiment %1: template %2, recipe %3")
               .arg(QString::fromStdString(description.name), QString::fromStdString(description.templateId),
                    QString::fromStdString(description.recipe));
    if (!description.device.empty())
        tip << tr("Trains on %1").arg(QString::fromStdString(description.device));
    if (!follower.problem().isEmpty())
        tip << follower.problem();
    item->setToolTip(0, tip.join(QLatin1Char('\n')));
    item->setToolTip(1, tip.join(QLatin1Char('\n')));
}

void RunsPanel::updateSamples()
{
    const int index = shownRun();
    if (index < 0) {
        samples_->clear();
        samples_->setCaption(QString());
        samples_->setPlaceholderText(tr("The latest sample grid of the selected run appears here."));
        shownSample_.clear();
        return;
    }
    const RunFollower& follower = *runs_[static_cast<size_t>(index)].follower;
    const QString file = follower.latestSampleFile();
    if (file == shownSample_ && (samples_->hasImage() || file.isEmpty()))
        return;
    if (file.isEmpty()) {
        samples_->clear();
        samples_->setCaption(QString());
        samples_->setPlaceholderText(tr("%1 has no sample grid yet.").arg(follower.name()));
        shownSample_.clear();
        return;
    }
    const QImage image(file);
    if (image.isNull())
        return;  // still arriving over the network, or unreadable: the next poll tries again
    samples_->setImage(image);
    shownSample_ = file;
    updateSampleCaption();
}

void RunsPanel::updateSampleCaption()
{
    const int index = shownRun();
    if (index < 0 || shownSample_.isEmpty())
        return;
    const RunFollower& follower = *runs_[static_cast<size_t>(index)].follower;
    // The step always shows; the run's name gives way in its middle when the view is narrow.
    const QString step = tr("step %1").arg(QLocale().toString(follower.latestSampleStep()));
    const int room = samples_->width() - samples_->fontMetrics().horizontalAdvance(step + QStringLiteral(", ")) - 16;
    const QString name = samples_->fontMetrics().elidedText(follower.name(), Qt::ElideMiddle, std::max(room, 40));
    samples_->setCaption(tr("%1, %2").arg(name, step));
}

void RunsPanel::updateMessage()
{
    QStringList lines;
    if (!error_.isEmpty())
        lines << error_;
    for (const Run& run : runs_)
        if (!run.follower->problem().isEmpty())
            lines << tr("%1: %2").arg(run.follower->name(), run.follower->problem());
    showMessage(lines.join(QLatin1Char('\n')));
}

void RunsPanel::showMessage(const QString& text)
{
    messageLabel_->setText(text);
    messageLabel_->setVisible(!text.isEmpty());
}

QString RunsPanel::dialogFolder() const
{
    const QString remembered = QSettings().value(kLastFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return runsFolder_.isEmpty() ? AppPaths::runsDir() : runsFolder_;
}

void RunsPanel::rememberFolder(const QString& folder) { QSettings().setValue(kLastFolderKey, folder); }

QStringList RunsPanel::runFoldersIn(const QString& folder)
{
    if (engine::RunHistory::looksLikeRunFolder(QDir::cleanPath(folder).toStdString()))
        return {QDir::cleanPath(folder)};
    QStringList runs;
    const QFileInfoList children = QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo& child : children)
        if (engine::RunHistory::looksLikeRunFolder(child.absoluteFilePath().toStdString()))
            runs << QDir::cleanPath(child.absoluteFilePath());
    return runs;
}

void RunsPanel::chooseRunToFollow()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Follow a run folder"), dialogFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(QFileInfo(folder).absolutePath());
    followRun(folder);
}

void RunsPanel::chooseRunsToCompare()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a run folder, or a folder that holds runs"), dialogFolder());
    if (folder.isEmpty())
        return;
    const QStringList runs = runFoldersIn(folder);
    if (runs.isEmpty()) {
        error_ = tr("'%1' holds no training run: neither it nor a folder in it has an experiment.json. Choose a run "
                    "folder, or the folder that holds your runs (for example the one medsynth-cli train writes into).")
                     .arg(QDir::toNativeSeparators(folder));
        updateMessage();
        return;
    }
    if (runs.size() == 1 && runs.first() == QDir::cleanPath(folder)) {
        rememberFolder(QFileInfo(folder).absolutePath());
        addRun(folder);
        return;
    }
    rememberFolder(folder);

    // Several runs: the user ticks those to compare.
    QStringList shown;
    for (const Run& run : runs_)
        shown << run.follower->folder();
    const QStringList chosen = RunPickerDialog::choose(this, runs, shown);
    addRuns(chosen);
}

}  // namespace medsynth::gui

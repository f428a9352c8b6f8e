#include "DemoDataGenerator.h"

#include "medsynth/io/PhantomWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace medsynth::gui {

DemoDataGenerator::DemoDataGenerator(QObject* parent)
    : QObject(parent)
{
}

DemoDataGenerator::~DemoDataGenerator()
{
    cancelAndWait();
}

bool DemoDataGenerator::isPresent(const QString& dir)
{
    QDir folder(dir);
    return folder.exists() && !folder.entryList({QStringLiteral("*.dcm")}, QDir::Files).isEmpty();
}

void DemoDataGenerator::start(const QString& dir)
{
    if (thread_)
        return;
    cancel_ = false;
    ok_ = false;
    error_.clear();
    thread_ = QThread::create([this, dir] {
        const QString partial = dir + QStringLiteral(".partial");
        try {
            QDir(partial).removeRecursively();  // leftovers of an interrupted first start
            if (!QDir().mkpath(partial))
                throw std::runtime_error("cannot create the folder " + partial.toStdString());
            engine::PhantomOptions options;
            options.size = kImageSize;
            options.seed = kSeed;
            // One slice at a time (rather than io::writePhantomDataset) so closing the app can
            // cancel between two files.
            for (int i = 0; i < kImageCount && !cancel_; ++i) {
                const engine::PhantomSlice slice = engine::generatePhantomSlice(i, options);
                const QString file = QStringLiteral("%1/phantom_%2.dcm").arg(partial).arg(i, 4, 10, QLatin1Char('0'));
                io::writePhantomDicom(slice, i, kSeed, file.toStdString());
                QMetaObject::invokeMethod(this, [this, i] { Q_EMIT progress(i + 1, kImageCount); },
                                          Qt::QueuedConnection);
            }
            if (cancel_) {
                QDir(partial).removeRecursively();
                return;
            }
            QDir().mkpath(QFileInfo(dir).absolutePath());
            if (QFileInfo::exists(dir))
                QDir(dir).removeRecursively();
            if (!QDir().rename(partial, dir))
                throw std::runtime_error("cannot rename " + partial.toStdString() + " to " + dir.toStdString());
            ok_ = true;
        } catch (const std::exception& error) {
            error_ = QString::fromStdString(error.what());
            QDir(partial).removeRecursively();
        }
    });
    thread_->setObjectName(QStringLiteral("demo data"));
    connect(thread_, &QThread::finished, this, &DemoDataGenerator::onThreadFinished);
    thread_->start(QThread::LowPriority);
}

void DemoDataGenerator::cancelAndWait()
{
    if (!thread_)
        return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
}

void DemoDataGenerator::onThreadFinished()
{
    if (!thread_)
        return;  // cancelAndWait() already cleaned up
    thread_->wait();
    thread_->deleteLater();
    thread_ = nullptr;
    if (cancel_)
        Q_EMIT finished(false, QString());
    else
        Q_EMIT finished(ok_, error_);
}

}  // namespace medsynth::gui

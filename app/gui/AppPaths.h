#pragma once
// AppPaths: where the GUI keeps its files. Everything lives under one data folder: the
// environment variable MEDSYNTH_DATA_DIR when set (tests point it at a temporary folder), else
// the platform's application data location (QStandardPaths::AppDataLocation).
//   <data>/demo/brain-mr/   the demo dataset, created on first start
//   <data>/runs/<yyyyMMdd-hhmmss>_<template>/   one folder per training run

#include <QDateTime>
#include <QString>

namespace medsynth::gui {

class AppPaths {
public:
    static QString dataDir();
    static QString demoDatasetDir();
    static QString runsDir();
    // Where live evaluation caches the real images' feature statistics (keyed by content, never
    // by a path or a patient value): <data>/cache/features.
    static QString featureCacheDir();
    // Where prepared training sets are cached so that a second run on a folder does not decode
    // every file again (keyed by a SHA-256 of the files' sizes and times and the options, never
    // by a path or a patient value): <data>/cache/datasets.
    static QString datasetCacheDir();
    // A new, not yet existing run folder path for a run of templateId started at time.
    static QString newRunFolder(const QString& templateId, const QDateTime& time = QDateTime::currentDateTime());
};

}  // namespace medsynth::gui

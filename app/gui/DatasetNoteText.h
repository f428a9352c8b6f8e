#pragma once
// DatasetNoteText: a note on a folder's preparation (io::DatasetNote: how the images were split by
// patient, an empty validation split, a CT window that some images kept out of, label rows that
// could not be used) in the user's language. The IO layer words the same notes in English for the
// CLI (io::datasetNoteText); this words their particulars again with tr().

#include "medsynth/io/DatasetLoader.h"

#include <QCoreApplication>
#include <QString>

namespace medsynth::gui {

class DatasetNoteText {
    Q_DECLARE_TR_FUNCTIONS(DatasetNoteText)

public:
    static QString text(const io::DatasetNote& note);
};

}  // namespace medsynth::gui

#include "DatasetNoteText.h"

#include <QLocale>
#include <QStringList>

namespace medsynth::gui {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

}  // namespace

QString DatasetNoteText::text(const io::DatasetNote& note)
{
    using Kind = io::DatasetNote::Kind;
    using Rows = io::DatasetNote::Rows;
    // Whole sentences for each source of rows, so that each language can decline it as it needs.
    const bool page = note.rows == Rows::DataPage;
    const QString seed = QString::number(note.seed);  // an identifier, not a quantity: never grouped
    switch (note.kind) {
    case Kind::SplitByPatient: {
        const QString counts = tr("%1 training, %2 validation and %3 test images.")
                                   .arg(number(note.train), number(note.validation), number(note.test));
        if (note.rows != Rows::None)
            return (page ? tr("Split by patient (as set in the Data page, seed %1 for patients it does not place): %2")
                         : tr("Split by patient (as set in the labels CSV, seed %1 for patients it does not place): %2"))
                .arg(seed, counts);
        return tr("Split by patient (seed %1): %2").arg(seed, counts);
    }
    case Kind::NoValidationListed:
        return page ? tr("No image is in the validation split (the Data page puts none there), so held-out metrics are "
                         "not measured.")
                    : tr("No image is in the validation split (the labels CSV puts none there), so held-out metrics "
                         "are not measured.");
    case Kind::NoValidationFell:
        return tr("No image fell in the validation split (the folder has %1 patient(s) or file group(s)), so held-out "
                  "metrics are not measured; they need more patients.")
            .arg(number(note.groups));
    case Kind::WindowPartlyApplied: {
        QStringList others;
        for (const auto& [modality, count] : note.otherModalities)
            others << QString::fromStdString(modality) + QLatin1Char(' ') + number(count);
        return tr("The %1 window was applied to %2 CT image(s); %3 image(s) of other modalities keep their own "
                  "window.")
            .arg(QString::fromStdString(note.window), number(note.applied), others.join(QStringLiteral(", ")));
    }
    case Kind::LabelRowsUnused: {
        QStringList lines;
        for (int line : note.lines)
            lines << QString::number(line);
        if (note.moreLines)
            lines << QStringLiteral("...");
        const QString where = lines.isEmpty() ? QString() : tr(" (line %1)").arg(lines.join(QStringLiteral(", ")));
        return (page ? tr("%1 row(s) of the Data page could not be used: they name no image in the folder, or put a "
                          "patient in two splits, or are not \"file,label,split\"%2. Open the folder on the Data page to "
                          "see each one.")
                     : tr("%1 row(s) of the labels CSV could not be used: they name no image in the folder, or put a "
                          "patient in two splits, or are not \"file,label,split\"%2. Open the folder on the Data page to "
                          "see each one."))
            .arg(number(note.unusedRows), where);
    }
    }
    return QString::fromStdString(io::datasetNoteText(note));
}

}  // namespace medsynth::gui

// medsynth: the MedSynth Workbench desktop application. Sets up the application identity (used
// by QSettings and QStandardPaths), loads the translation for the system locale, and shows the
// main window.

#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifndef MEDSYNTH_VERSION
#define MEDSYNTH_VERSION "0.0.0"
#endif

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MedSynth"));
    QApplication::setApplicationName(QStringLiteral("MedSynth Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MEDSYNTH_VERSION));

    // Our strings from the embedded :/i18n/medsynth_<lang>.qm, Qt's own (dialog buttons) from
    // the Qt installation; a missing file leaves English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("medsynth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    medsynth::gui::MainWindow window;
    window.show();
    return app.exec();
}

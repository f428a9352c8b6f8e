// CatalogText: every user-facing string of the layer catalog and the templates is marked for
// translation, and the translations are used when installed.

#include "CatalogText.h"

#include <QTranslator>
#include <QtTest>

using namespace medsynth;

class CatalogTextTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCatalogStringIsMarkedForTranslation()
    {
        const QStringList missing = widgets::CatalogText::missingStrings();
        for (const QString& s : missing)
            qWarning().noquote() << "missing:" << s;
        QVERIFY2(missing.isEmpty(), "Add the strings above to kStrings in widgets/CatalogText.cpp and run lupdate.");
    }

    void germanTranslationIsUsed()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(MEDSYNTH_QM_DIR "/medsynth_de.qm")));
        QCoreApplication::installTranslator(&german);
        const engine::BlockSpec* conv = engine::LayerCatalog::instance().find("ConvTranspose2d");
        QVERIFY(conv);
        const QString title = widgets::CatalogText::title(*conv);
        QVERIFY2(title != QString::fromStdString(conv->title), qPrintable(title));
        QVERIFY(widgets::CatalogText::explanation(*conv) != QString::fromStdString(conv->explanation));
        for (const engine::ParamSpec& param : conv->params)  // the inspector's tooltips
            QVERIFY2(widgets::CatalogText::paramHelp(param) != QString::fromStdString(param.help), param.help.c_str());
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(widgets::CatalogText::title(*conv), QString::fromStdString(conv->title));
    }
};

QTEST_MAIN(CatalogTextTest)
#include "tst_CatalogText.moc"

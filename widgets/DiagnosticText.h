#pragma once
// DiagnosticText: a training diagnostic (engine::DiagnosticReport), and why a run uses its device
// (engine::RunStarted), in the user's language. The engine words them in English for the CLI and
// the run folder, and gives their particulars (the loss, the steps looked at, the last good
// checkpoint, the device chosen...) as fields; this class words them again with tr(). A report of
// a kind it does not know keeps the engine's English.

#include "medsynth/engine/TrainingRun.h"

#include <QCoreApplication>
#include <QString>

namespace medsynth::widgets {

class DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    static QString message(const engine::DiagnosticReport& report);  // what happened
    static QString remedy(const engine::DiagnosticReport& report);   // what to do
    static QString deviceReason(const engine::RunStarted& report);   // why this device, where the data live
};

}  // namespace medsynth::widgets

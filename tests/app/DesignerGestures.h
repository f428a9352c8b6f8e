#pragma once
// Mouse and drag-and-drop gestures on the network designer, sent as the real events a user's hand
// makes (shared by the designer and main-window suites).

#include "BlockPalette.h"
#include "DesignerView.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QtTest>

namespace medsynth::tests {

using widgets::BlockPalette;
using widgets::DesignerView;

// Sends the drag-enter, drag-move and drop a palette drag would send; returns whether the drop
// was accepted.
inline bool dropOn(DesignerView& view, const QString& mimeType, const QByteArray& data, QPoint viewportPos)
{
    QMimeData mime;
    mime.setData(mimeType, data);
    QDragEnterEvent enter(viewportPos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(viewportPos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    QDropEvent drop(QPointF(viewportPos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &drop);
    return drop.isAccepted();
}

inline bool dropBlock(DesignerView& view, const char* type, QPoint viewportPos)
{
    return dropOn(view, BlockPalette::mimeType(), QByteArray(type), viewportPos);
}

// A left-button drag in the view's viewport between two scene points, in several steps.
inline void dragInView(DesignerView& view, QPointF fromScene, QPointF toScene)
{
    const QPoint from = view.mapFromScene(fromScene);
    const QPoint to = view.mapFromScene(toScene);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
}

}  // namespace medsynth::tests

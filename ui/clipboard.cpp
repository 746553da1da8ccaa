#include "clipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace hearth::ui {

Clipboard::Clipboard(QObject *parent)
    : QObject(parent) {
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &Clipboard::textChanged);
}

QString Clipboard::text() const {
    return QGuiApplication::clipboard()->text();
}

void Clipboard::setText(const QString &text) {
    QGuiApplication::clipboard()->setText(text);
}

} // namespace hearth::ui

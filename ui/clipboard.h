#pragma once
// The system clipboard for QML (Qt Quick has no clipboard type): "Copy text" on a post that
// could not be saved or sent, so nothing the member wrote is lost.
//
//   onClicked: Clipboard.text = lostText

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth::ui {

class Clipboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit Clipboard(QObject *parent = nullptr);

    QString text() const;
    void setText(const QString &text);

Q_SIGNALS:
    void textChanged();
};

} // namespace hearth::ui

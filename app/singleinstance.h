#pragma once
// One hearth per user: the first one listens on a local socket named for the user and their app
// data folder; a second one (the desktop opening a hearth://invite/CODE link) hands its message
// to it and exits, and the first raises its window and acts on the message.
//
//   if (SingleInstance::sendToRunning(name, link)) return 0;
//   SingleInstance instance(name); instance.listen();
//   connect(&instance, &SingleInstance::messageReceived, ...);

#include <QObject>
#include <QString>

class QLocalServer;

namespace hearth::app {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(QString name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for this user and app data folder (so two test homes never meet).
    static QString defaultName();
    // Hands `message` ("" just raises the window) to a hearth listening on `name`; true when one
    // took it within `timeoutMs`.
    static bool sendToRunning(const QString &name, const QString &message, int timeoutMs = 1500);

    // Starts listening (replacing the socket of an instance that died); false when it cannot.
    bool listen();
    QString name() const { return m_name; }

Q_SIGNALS:
    // A second hearth said this (e.g. hearth://invite/CODE; "" to just show the window).
    void messageReceived(const QString &message);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace hearth::app

#include "singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace hearth::app {

namespace {
// One line of UTF-8; nothing an invite link needs comes near it.
constexpr qint64 MessageMax = 4096;
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray digest =
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("hearth-") + qEnvironmentVariable("USER", QStringLiteral("user")) +
           QLatin1Char('-') + QString::fromLatin1(digest);
}

bool SingleInstance::sendToRunning(const QString &name, const QString &message, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running one answers once it has taken the message.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen() {
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // A socket file left by a hearth that crashed: nobody answers on it, so take it over.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MessageMax)
                    socket->abort();
                return;
            }
            const QString message = QString::fromUtf8(socket->readLine(MessageMax)).trimmed();
            socket->write("ok\n");
            socket->flush();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace hearth::app

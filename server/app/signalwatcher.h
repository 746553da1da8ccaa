#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe trick), so hearthd can
// stop accepting, close its streams and leave the event loop instead of dying mid-write.

#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

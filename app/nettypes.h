#pragma once
// Makes the network side's objects known to QML as uncreatable types of Hearth.App, so that
// AppContext's `session` and `sync` properties are typed (qmllint checks their use) and QML can
// name their states (Session.SignedIn, SyncEngine.Online). hearth_net itself stays free of QML.

#include "net/session.h"
#include "net/syncengine.h"

#include <QtQml/qqml.h>

namespace hearth::app {

struct SessionForeign {
    Q_GADGET
    QML_FOREIGN(hearth::net::Session)
    QML_NAMED_ELEMENT(Session)
    QML_UNCREATABLE("The session belongs to AppContext.")
};

struct SyncEngineForeign {
    Q_GADGET
    QML_FOREIGN(hearth::net::SyncEngine)
    QML_NAMED_ELEMENT(SyncEngine)
    QML_UNCREATABLE("AppContext creates the sync engine of the signed-in account.")
};

} // namespace hearth::app

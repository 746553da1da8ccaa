#pragma once
// One member's app in the client integration tests: their cache file and a sync engine signed in
// as them, polling and backing off quickly against a test hearthd. Header-only: the tests that
// use it build it in.

#include "cache/cachestore.h"
#include "net/syncengine.h"
#include "protocol/auth.h"

#include <QUrl>
#include <memory>

namespace hearth::testing {

struct MemberApp {
    std::unique_ptr<cache::CacheStore> store;
    net::SyncEngine engine;

    bool open(const QString &path, const protocol::AuthResponse &who, const QUrl &server,
              QString *error) {
        store = cache::CacheStore::open(path, error);
        if (!store)
            return false;
        store->setLocalUser(who.userId, who.displayName);
        engine.setStore(store.get());
        engine.setServerUrl(server);
        engine.setToken(who.token);
        engine.setPollInterval(300);
        engine.setBackoff(100, 800);
        engine.start();
        return true;
    }
};

} // namespace hearth::testing

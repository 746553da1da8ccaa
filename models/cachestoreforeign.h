#pragma once
// Makes hearth::cache::CacheStore known to QML as the uncreatable type `CacheStore`, so models'
// `store` properties are typed and qmllint can check them. The app creates the store (one per
// signed-in account) and hands it to QML.

#include "cache/cachestore.h"

#include <QtQml/qqml.h>

namespace hearth::models {

struct CacheStoreForeign {
    Q_GADGET
    QML_FOREIGN(hearth::cache::CacheStore)
    QML_NAMED_ELEMENT(CacheStore)
    QML_UNCREATABLE("The app creates the CacheStore of the signed-in account.")
};

} // namespace hearth::models

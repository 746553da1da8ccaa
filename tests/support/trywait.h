#pragma once
// Waiting for a state that may come and go. Qt 6.4's QTRY_VERIFY evaluates its expression again
// after the wait ends: a sync client that is idle one moment and syncing the next (a push
// stream's poke starts another cycle) fails it with a bogus "the timeout was too short". This
// waits until the expression is true once, and reports that moment.
//
//   HEARTH_TRY_VERIFY(client->idle(), 15000);

#include <QTest>

#define HEARTH_TRY_VERIFY(expr, timeout)                                                           \
    QVERIFY2(QTest::qWaitFor([&]() -> bool { return bool(expr); }, timeout),                       \
             "timed out waiting for: " #expr)

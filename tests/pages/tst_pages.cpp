// Qt Quick Test runner for the people, events and notifications pages. Each test file gets its
// own cache file, filled as a sync would fill it for Sam in two communities (PagesFixture), as
// `testStore`, with the fixture's ids as `fixture` and `testSupport` (the outbox, files).

#include "pagesfixture.h"
#include "pagestestsupport.h"

#include "cache/cachestore.h"
#include "ui/qmlwarnings.h"

#include <QDateTime>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Hearth_UiPlugin)
Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

using namespace hearth;

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder for the test caches");
    }

    // Called once per test file, each with its own engine: a fresh cache for each.
    void qmlEngineAvailable(QQmlEngine *engine) {
        // Qt Test puts its own message handler in front of ours as the first file starts, so
        // only from the second file on are warnings counted: ours goes back in front here.
        ui::QmlWarnings::install();
        engine->addImportPath(QStringLiteral("qrc:/"));
        QString error;
        auto store = cache::CacheStore::open(
            m_dir.filePath(QStringLiteral("pages%1.sqlite").arg(m_stores.size())), &error);
        if (!store)
            qFatal("cannot open a test cache: %s", qPrintable(error));
        const QVariantMap ids = testing::PagesFixture::ids();
        store->setLocalUser(ids.value(QStringLiteral("me")).toString(),
                            ids.value(QStringLiteral("meName")).toString());
        store->applySyncPage(testing::PagesFixture::syncPage(QDateTime::currentMSecsSinceEpoch()));
        store->waitForWrites();
        auto *support = new testing::PagesTestSupport(store.get(), m_dir.path(), engine);
        // Test set-up only: the app itself registers everything declaratively.
        engine->rootContext()->setContextProperty(QStringLiteral("testStore"), store.get());
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), ids);
        engine->rootContext()->setContextProperty(QStringLiteral("testSupport"), support);
        m_stores.push_back(std::move(store));
    }

    void cleanupTestCase() {
        for (auto &store : m_stores)
            store->waitForWrites();
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<cache::CacheStore>> m_stores;
};

// A QML warning, binding loop or TypeError on a page fails the run, as in tests/qml.
int main(int argc, char **argv) {
    ui::QmlWarnings::install();
    int status = 0;
    {
        Setup setup;
        status =
            quick_test_main_with_setup(argc, argv, "hearth_pages", QUICK_TEST_SOURCE_DIR, &setup);
    }
    return ui::QmlWarnings::exitStatus(status);
}

#include "tst_pages.moc"

// Every type Hearth.Models registers, read from the module's own type description (the
// .qmltypes file qmltyperegistrar writes at build time, so nothing is listed by hand): each
// creatable one is made from QML with a real cache, list models pass QAbstractItemModelTester
// and number their roles from Qt::UserRole + 1 with a name each, singletons are reached by name,
// and every type has its own model test (tests/unit/client/tst_<type>.cpp, registered with ctest).
// A new model without a test fails here.

#include "cache/cachestore.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Hearth_ModelsPlugin)

namespace {

struct RegisteredType {
    QString name; // the QML name
    bool creatable = true;
    bool singleton = false; // one instance the engine makes (WireConstants)
};

// The Hearth.Models exports of a .qmltypes file: its top-level Component blocks.
QList<RegisteredType> registeredTypes(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    static const QRegularExpression exportOf(QStringLiteral("\"Hearth\\.Models/(\\w+) [0-9.]+\""));
    QList<RegisteredType> types;
    std::optional<RegisteredType> current;
    int depth = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (depth == 1 && line.startsWith(QLatin1StringView("Component {")))
            current = RegisteredType();
        if (depth == 2 && current) {
            if (line.startsWith(QLatin1StringView("exports:"))) {
                const auto match = exportOf.match(line);
                if (match.hasMatch())
                    current->name = match.captured(1);
            } else if (line == QLatin1StringView("isCreatable: false")) {
                current->creatable = false;
            } else if (line == QLatin1StringView("isSingleton: true")) {
                current->singleton = true;
            }
        }
        depth += int(line.count(QLatin1Char('{'))) - int(line.count(QLatin1Char('}')));
        if (depth == 1 && current) {
            if (!current->name.isEmpty())
                types.append(*current);
            current.reset();
        }
    }
    return types;
}

QString readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestModelRegistry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<hearth::cache::CacheStore> m_store;
    QList<RegisteredType> m_types;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_types = registeredTypes(QStringLiteral(HEARTH_MODELS_QMLTYPES), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The module's known types are among them (the parse found the blocks).
        QStringList names;
        for (const auto &t : std::as_const(m_types))
            names.append(t.name);
        QVERIFY2(names.contains(QStringLiteral("FeedModel")), qPrintable(names.join(u' ')));
        m_store =
            hearth::cache::CacheStore::open(m_dir.filePath(QStringLiteral("r.sqlite")), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void everyTypeHasAModelTest_data() {
        QTest::addColumn<QString>("type");
        for (const auto &t : std::as_const(m_types))
            QTest::newRow(qPrintable(t.name)) << t.name;
    }
    void everyTypeHasAModelTest() {
        QFETCH(QString, type);
        const QString test = QStringLiteral("tst_") + type.toLower();
        const QString source =
            readAll(QStringLiteral(HEARTH_CLIENT_TESTS_DIR "/") + test + QStringLiteral(".cpp"));
        QVERIFY2(!source.isEmpty(),
                 qPrintable(QStringLiteral("%1 has no model test: add tests/unit/client/%2.cpp")
                                .arg(type, test)));
        QVERIFY2(source.contains(type),
                 qPrintable(QStringLiteral("%1.cpp does not test %2").arg(test, type)));
        const QString cmake = readAll(QStringLiteral(HEARTH_CLIENT_TESTS_DIR "/CMakeLists.txt"));
        QVERIFY2(cmake.contains(QStringLiteral("hearth_add_test(") + test + QLatin1Char(' ')),
                 qPrintable(QStringLiteral("%1 is not registered with ctest").arg(test)));
    }

    void everyTypeIsMadeFromQmlOrRefused_data() { everyTypeHasAModelTest_data(); }
    void everyTypeIsMadeFromQmlOrRefused() {
        QFETCH(QString, type);
        const auto it = std::find_if(m_types.cbegin(), m_types.cend(),
                                     [&](const RegisteredType &t) { return t.name == type; });
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        if (it->singleton) {
            // Reached by name, never made: it holds no state and reads no cache.
            component.setData(
                QStringLiteral("import QtQml\nimport Hearth.Models\n"
                               "QtObject { readonly property QtObject instance: %1 }\n")
                    .arg(type)
                    .toUtf8(),
                QUrl(QStringLiteral("registry.qml")));
            std::unique_ptr<QObject> holder(component.create());
            QVERIFY2(holder, qPrintable(component.errorString()));
            QVERIFY(holder->property("instance").value<QObject *>());
            return;
        }
        component.setData(QStringLiteral("import Hearth.Models\n%1 {}\n").arg(type).toUtf8(),
                          QUrl(QStringLiteral("registry.qml")));
        std::unique_ptr<QObject> object(component.create());
        if (!it->creatable) {
            // Made in C++ and handed to QML (the cache): QML cannot make one of its own.
            QVERIFY(!object);
            QVERIFY(component.errorString().contains(type));
            return;
        }
        QVERIFY2(object, qPrintable(component.errorString()));
        const int storeProperty = object->metaObject()->indexOfProperty("store");
        QVERIFY2(storeProperty >= 0, "every Hearth.Models type reads the cache: `store`");
        auto *model = qobject_cast<QAbstractItemModel *>(object.get());
        std::unique_ptr<QAbstractItemModelTester> tester;
        if (model)
            tester = std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(object->setProperty("store", QVariant::fromValue(m_store.get())));
        if (!model)
            return;
        const QHash<int, QByteArray> roles = model->roleNames();
        QVERIFY(!roles.isEmpty());
        for (int role = Qt::UserRole + 1; role <= Qt::UserRole + int(roles.size()); ++role)
            QVERIFY2(!roles.value(role).isEmpty(),
                     qPrintable(QStringLiteral("role %1 has no name").arg(role)));
        QCOMPARE(model->rowCount(), 0); // an empty cache
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"

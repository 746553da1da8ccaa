#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace hearth::ui {

namespace {
std::unique_ptr<QTranslator> &installed() {
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

bool Translations::install(const QLocale &locale) {
    remove();
    auto translator = std::make_unique<QTranslator>();
    // Tries hearth_de_DE, hearth_de, ... for each of the locale's UI languages in order.
    if (!translator->load(locale, QStringLiteral("hearth"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed() = std::move(translator);
    return true;
}

void Translations::remove() {
    if (installed()) {
        QCoreApplication::removeTranslator(installed().get());
        installed().reset();
    }
}

} // namespace hearth::ui

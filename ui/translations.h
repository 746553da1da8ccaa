#pragma once
// Hearth's own translations: the .qm files qt_add_translations builds from
// resources/translations/hearth_<language>.ts, embedded under :/i18n. The app installs the one
// that matches the system's languages; tests install one by name.

#include <QLocale>

namespace hearth::ui {

class Translations {
public:
    // Installs the best translation for `locale`'s UI languages (none for English or a language
    // without one). Returns true when one was installed. Replaces any installed before.
    static bool install(const QLocale &locale);
    // Back to the source texts (English).
    static void remove();
};

} // namespace hearth::ui

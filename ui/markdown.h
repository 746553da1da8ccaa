#pragma once
// Turns what members write (markdown) into the rich text a QML Text shows, safely for text
// written by anyone: raw HTML is shown as the text it is, and nothing is ever fetched from the
// network. An image becomes a link naming it and its site, which the member may choose to open in
// the browser. Links take the colour given, so they follow the theme as it changes. Mentions
// (@handle, as hearthd finds them for its notifications) stand out in the link colour, and a
// mention of me on a highlight behind it.
//
//   Text { textFormat: Text.RichText; text: Markdown.toHtml(body, Theme.link) }
//   Text { textFormat: Text.RichText; text: Markdown.toHtml(body, Theme.link, "sam",
//   Theme.accentSoft) }

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth::ui {

class Markdown : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Markdown(QObject *parent = nullptr);

    // HTML for Text.RichText: no <img>, no raw HTML of the author's, links in `linkColor`.
    Q_INVOKABLE QString toHtml(const QString &markdown, const QColor &linkColor) const;
    // The same, with mentions of `myHandle` (case-insensitive) on `mentionBackground`.
    Q_INVOKABLE QString toHtml(const QString &markdown, const QColor &linkColor,
                               const QString &myHandle, const QColor &mentionBackground) const;
    // The words only (for accessible names and one-line previews), on one line.
    Q_INVOKABLE QString toPlainText(const QString &markdown) const;
};

} // namespace hearth::ui

#include "markdown.h"

#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace hearth::ui {

namespace {

// GitHub's dialect (tables, task lists, strike-through, bare URLs as links) without HTML: a post's
// "<img src=…>" or "<script>" is text, never markup.
constexpr auto Features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                          QTextDocument::MarkdownNoHTML);

struct Span {
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

QList<Span> spans(const QTextDocument &doc) {
    QList<Span> found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                found.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
    }
    return found;
}

QString imageLabel(const QTextImageFormat &image) {
    const QString alt = image.property(QTextFormat::ImageAltText).toString().trimmed();
    const QUrl url(image.name());
    const QString site = url.host().isEmpty() ? url.toString() : url.host();
    if (alt.isEmpty())
        return QCoreApplication::translate("Markdown", "Image from %1").arg(site);
    return QCoreApplication::translate("Markdown", "Image: %1 (%2)").arg(alt, site);
}

// Every image becomes a link to it: the document never loads it, and the member sees what was
// there and where it lives.
void replaceImages(QTextDocument &doc, const QColor &linkColor) {
    const QList<Span> all = spans(doc);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->format.isImageFormat())
            continue;
        const QTextImageFormat image = it->format.toImageFormat();
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(image.name());
        link.setFontUnderline(true);
        link.setForeground(linkColor);
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(imageLabel(image), link);
    }
}

void colourLinks(QTextDocument &doc, const QColor &linkColor) {
    for (const Span &span : spans(doc)) {
        if (!span.format.isAnchor())
            continue;
        QTextCharFormat colour;
        colour.setForeground(linkColor);
        QTextCursor cursor(&doc);
        cursor.setPosition(span.position);
        cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(colour);
    }
}

// @handle as hearthd reads it (server/domain/notifications.cpp): not inside a word or an address,
// 2–32 of a-z 0-9 _ . -, a trailing . or - left out.
void markMentions(QTextDocument &doc, const QColor &color, const QString &myHandle,
                  const QColor &mineBackground) {
    static const QRegularExpression pattern(QStringLiteral("(?<![a-z0-9_.@-])@([a-z0-9_.-]{2,32})"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            QString handle = match.captured(1);
            while (handle.endsWith(QLatin1Char('.')) || handle.endsWith(QLatin1Char('-')))
                handle.chop(1);
            if (handle.size() < 2)
                continue;
            const int start = block.position() + int(match.capturedStart(0));
            QTextCursor cursor(&doc);
            cursor.setPosition(start + 1); // the format of the character before: the '@'
            if (cursor.charFormat().isAnchor() || cursor.charFormat().fontFixedPitch())
                continue; // inside a link or code: left as written
            cursor.setPosition(start);
            cursor.setPosition(start + 1 + int(handle.size()), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setForeground(color);
            format.setFontWeight(QFont::DemiBold);
            if (!myHandle.isEmpty() && handle.compare(myHandle, Qt::CaseInsensitive) == 0 &&
                mineBackground.isValid())
                format.setBackground(mineBackground);
            cursor.mergeCharFormat(format);
        }
    }
}

QString documentHtml(const QTextDocument &doc) {
    QString html = doc.toHtml();
    // The document's default font would override the Text item's (size, family): drop it.
    static const QRegularExpression bodyStyle(QStringLiteral("<body style=\"[^\"]*\">"));
    html.replace(bodyStyle, QStringLiteral("<body>"));
    return html;
}

} // namespace

Markdown::Markdown(QObject *parent)
    : QObject(parent) {}

QString Markdown::toHtml(const QString &markdown, const QColor &linkColor) const {
    return toHtml(markdown, linkColor, QString(), QColor());
}

QString Markdown::toHtml(const QString &markdown, const QColor &linkColor, const QString &myHandle,
                         const QColor &mentionBackground) const {
    if (markdown.isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown, Features);
    replaceImages(doc, linkColor);
    colourLinks(doc, linkColor);
    if (markdown.contains(QLatin1Char('@')))
        markMentions(doc, linkColor, myHandle, mentionBackground);
    return documentHtml(doc);
}

QString Markdown::toPlainText(const QString &markdown) const {
    if (markdown.isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown, Features);
    QString text = doc.toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text.simplified();
}

} // namespace hearth::ui

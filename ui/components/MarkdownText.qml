import QtQuick
import Hearth.Ui

// A member's markdown, shown safely (Markdown.toHtml: no remote images, no raw HTML) with links
// and @mentions in the theme's colour, and mentions of me (`myHandle`) highlighted. A link opens
// in the browser only when the member clicks it.
Text {
    id: label

    property string markdown
    property string myHandle

    text: Markdown.toHtml(markdown, Theme.link, myHandle, Theme.mentionBackground)
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.fontSizeBody
    onLinkActivated: link => Qt.openUrlExternally(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: Markdown.toPlainText(markdown)

    HoverHandler {
        enabled: label.hoveredLink.length > 0
        cursorShape: Qt.PointingHandCursor
    }
}

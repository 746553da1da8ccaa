import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// One post in a short list outside its feed (a profile's recent posts): kind, title or the start
// of the body, community and time. Enter or a click opens its thread.
ItemDelegate {
    id: row

    property string kind
    property string title
    property string body
    property string communityName
    property date createdAt
    property int commentCount: 0
    property date now: new Date()

    // Markdown marks are noise in a one-line excerpt.
    readonly property string excerpt: body.replace(/[*_`#>\[\]]+/g, "").replace(/\(https?:[^)]*\)/g, "")
                                          .replace(/\s+/g, " ").trim()

    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1 in %2, %3").arg(title.length > 0 ? title : excerpt)
                                         .arg(communityName)
                                         .arg(Format.relativeTime(createdAt, now))

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radiusM
        color: row.down ? Theme.surfaceAlt : row.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: row.visualFocus ? 2 : 1
        border.color: row.visualFocus ? Theme.focusRing : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            KindChip {
                kind: row.kind
            }

            Text {
                objectName: "postMeta"
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(row.communityName).arg(Format.relativeTime(row.createdAt, row.now))
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }

            Text {
                text: Format.comments(row.commentCount)
                visible: row.commentCount > 0
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }

        Text {
            objectName: "postHeadline"
            Layout.fillWidth: true
            text: row.title.length > 0 ? row.title : row.excerpt
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 1
            color: Theme.text
            font.pixelSize: Theme.fontSizeBody
            font.weight: row.title.length > 0 ? Font.DemiBold : Font.Normal
        }

        Text {
            Layout.fillWidth: true
            visible: row.title.length > 0 && row.excerpt.length > 0
            text: row.excerpt
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall + 1
        }
    }
}

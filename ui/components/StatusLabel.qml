import QtQuick
import Hearth.Ui

// A small pill saying where the member stands with a community in Discover: member, joining,
// request sent, full, not joined. Empty text: nothing shown.
Rectangle {
    id: pill

    property string status // member | joining | requested | banned | refused | full | open
    property string text

    readonly property color tone: status === "member" ? Theme.success
                                 : status === "full" || status === "refused" || status === "banned" ? Theme.danger
                                 : status === "requested" || status === "joining" ? Theme.warning
                                 : Theme.textSecondary

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.22 : 0.12)

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Text {
        id: label
        anchors.centerIn: parent
        text: pill.text
        color: pill.tone
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
    }
}

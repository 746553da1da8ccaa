import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Where the connection stands: Online, Connecting..., Syncing..., or Offline with the number of
// posts still waiting in the outbox. Clicking it asks for a sync now.
AbstractButton {
    id: pill

    enum State { Offline, Connecting, Syncing, Online }

    property int status: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property string detail

    readonly property bool pulsing: status === SyncStatusPill.State.Syncing
                                    || status === SyncStatusPill.State.Connecting
    property real pulse

    SequentialAnimation on pulse {
        running: pill.pulsing
        loops: Animation.Infinite
        NumberAnimation { to: 0.3; duration: 600; easing.type: Easing.InOutQuad }
        NumberAnimation { to: 1; duration: 600; easing.type: Easing.InOutQuad }
    }

    readonly property color dotColor: {
        switch (status) {
        case SyncStatusPill.State.Online: return Theme.success;
        case SyncStatusPill.State.Syncing: return Theme.accent;
        case SyncStatusPill.State.Connecting: return Theme.warning;
        default: return Theme.textMuted;
        }
    }

    text: {
        switch (status) {
        case SyncStatusPill.State.Online:
            return unsentCount > 0 ? qsTr("Online — sending %n", "", unsentCount) : qsTr("Online");
        case SyncStatusPill.State.Syncing:
            return qsTr("Syncing…");
        case SyncStatusPill.State.Connecting:
            return unsentCount > 0 ? qsTr("Connecting… — %n unsent", "", unsentCount)
                                   : qsTr("Connecting…");
        default:
            return unsentCount > 0 ? qsTr("Offline — %n unsent", "", unsentCount) : qsTr("Offline");
        }
    }

    Accessible.name: detail.length > 0 ? text + ". " + detail : text
    ToolTip.visible: hovered && detail.length > 0
    ToolTip.text: detail
    ToolTip.delay: 500

    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM

    background: Rectangle {
        radius: height / 2
        color: pill.hovered ? Theme.surfaceAlt : "transparent"
        border.color: Theme.border
        border.width: 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Rectangle {
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: pill.dotColor
            opacity: pill.pulsing ? pill.pulse : 1
        }

        Text {
            text: pill.text
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSizeSmall
        }
    }
}

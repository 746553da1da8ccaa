import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui

// Where the connection stands: Online, Connecting…, Syncing… (with what has arrived so far on a
// first sync), or Offline with the number of writes still waiting. Writes the server refused are
// counted in red. Clicking it (or Enter) opens the outbox.
AbstractButton {
    id: pill

    enum State { Offline, Connecting, Syncing, Online }

    property int status: SyncStatusPill.State.Offline
    property int unsentCount: 0
    property int failedCount: 0
    property string detail
    // The account's first sync: everything is still arriving.
    property bool firstSync: false
    // What has arrived so far on a first sync, e.g. "3 communities, 120 posts".
    property string progressText

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
        if (failedCount > 0)
            return Theme.danger;
        switch (status) {
        case SyncStatusPill.State.Online: return Theme.success;
        case SyncStatusPill.State.Syncing: return Theme.accent;
        case SyncStatusPill.State.Connecting: return Theme.warning;
        default: return Theme.textMuted;
        }
    }

    readonly property string stateText: {
        switch (status) {
        case SyncStatusPill.State.Online:
            return unsentCount > 0 ? qsTr("Online — sending %n", "", unsentCount) : qsTr("Online");
        case SyncStatusPill.State.Syncing:
            if (firstSync)
                return progressText.length > 0 ? qsTr("First sync — %1").arg(progressText)
                                               : qsTr("First sync…");
            return qsTr("Syncing…");
        case SyncStatusPill.State.Connecting:
            return unsentCount > 0 ? qsTr("Connecting… — %n unsent", "", unsentCount)
                                   : qsTr("Connecting…");
        default:
            return unsentCount > 0 ? qsTr("Offline — %n unsent", "", unsentCount) : qsTr("Offline");
        }
    }
    readonly property string failedText: failedCount > 0 ? qsTr("%n not sent", "", failedCount) : ""

    text: failedText.length > 0 ? stateText + " · " + failedText : stateText

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1. Open the outbox").arg(detail.length > 0 ? text + ". " + detail : text)
    ToolTip.visible: hovered && detail.length > 0
    ToolTip.text: detail
    ToolTip.delay: 500

    hoverEnabled: true
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: pill.hovered ? Theme.surfaceAlt : "transparent"
        border.color: pill.visualFocus ? Theme.focusRing : Theme.border
        border.width: pill.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        RowLayout {
            spacing: Theme.spacingS

            Rectangle {
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: pill.dotColor
                opacity: pill.pulsing ? pill.pulse : 1
            }

            Text {
                objectName: "pillText"
                Layout.fillWidth: true
                text: pill.stateText
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall
            }

            Text {
                objectName: "pillFailed"
                visible: pill.failedText.length > 0
                text: pill.failedText
                color: Theme.danger
                font.pixelSize: Theme.fontSizeSmall
                font.weight: Font.DemiBold
            }
        }

        // A first sync can take a while: show that it is moving.
        ProgressBar {
            objectName: "firstSyncProgress"
            Layout.fillWidth: true
            Layout.bottomMargin: 2
            visible: pill.firstSync && pill.status === SyncStatusPill.State.Syncing
            indeterminate: true
            implicitHeight: 3
        }
    }
}

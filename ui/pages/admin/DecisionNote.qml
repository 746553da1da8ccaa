import QtQuick
import QtQuick.Layouts
import Hearth.Ui

// What became of an organizer's decision about one member or report: waiting in the outbox to be
// sent (or for the server), or refused by hearthd with its reason (a rank, a full community, my
// role changed meanwhile, a report resolved by someone else first), with a way to let it go.
// Nothing shows once the server has applied it.
Rectangle {
    id: note

    // The mutation name (membership.approve, .ban, ...), "" for none.
    property string decision
    property bool failed: false
    property string error
    // What the decision is called, when its mutation name does not say (a report's resolution
    // is a removal or a dismissal); "" names it after `decision`.
    property string label

    signal dismissed()

    readonly property string what: {
        if (label.length > 0)
            return label;
        switch (decision) {
        case "membership.approve": return qsTr("Approval");
        case "membership.deny": return qsTr("Refusal");
        case "membership.remove": return qsTr("Removal");
        case "membership.ban": return qsTr("Ban");
        case "membership.unban": return qsTr("Unban");
        case "membership.setRole": return qsTr("Role change");
        default: return qsTr("Change");
        }
    }
    readonly property string message: failed
        ? qsTr("%1 refused by the server: %2").arg(what).arg(error.length > 0 ? error : qsTr("no reason given"))
        : qsTr("%1 waiting to be sent").arg(what)

    visible: decision.length > 0
    implicitWidth: row.implicitWidth + 2 * Theme.spacingS
    implicitHeight: row.implicitHeight + Theme.spacingXs * 2
    radius: Theme.radiusS
    color: failed ? Theme.dangerSoft : Theme.warningSoft

    Accessible.role: Accessible.StaticText
    Accessible.name: message

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Text {
            objectName: "decisionText"
            Layout.fillWidth: true
            text: note.message
            wrapMode: Text.Wrap
            color: note.failed ? Theme.danger : Theme.warning
            font.pixelSize: Theme.fontSizeSmall
        }

        SecondaryButton {
            objectName: "dismissDecision"
            visible: note.failed
            compact: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss: %1 refused").arg(note.what)
            onClicked: note.dismissed()
        }
    }
}

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// Settings, one section at a time: Appearance (theme, text size: live and remembered),
// Notifications (desktop alerts on this machine; per community and the daily digest, kept on the
// server), Offline storage (each community's size, keep
// offline, clear what is saved), Accounts (several servers, switch, add, sign out) and About.
Page {
    id: page

    property Preferences preferences
    // ui-pages: why desktop alerts cannot be shown here ("" where there is a system tray).
    property string trayUnavailableReason
    property StorageUsageModel storage
    // My alert level per community and the daily digest (kept by hearthd: they follow me).
    property AlertPreferences alertPreferences
    property CommunityListModel communities
    property string displayName
    property string handle
    property string serverUrl
    // Accounts kept on this computer: [{serverUrl, handle, userId, displayName}].
    property var accounts: []
    // Writes not yet on the server (waiting or refused): kept when the cache is cleared.
    property int unsentCount: 0
    property string appVersion
    property string qtVersion
    property bool online: true

    // "appearance", "notifications", "storage", "accounts" or "about".
    property string section: "appearance"
    readonly property var sections: [
        { id: "appearance", label: qsTr("Appearance") },
        { id: "notifications", label: qsTr("Notifications") },
        { id: "storage", label: qsTr("Offline storage") },
        { id: "accounts", label: qsTr("Accounts") },
        { id: "about", label: qsTr("About Hearth") }
    ]
    readonly property bool dialogOpen: clearDialog.opened
    readonly property alias clearDialog: clearDialog

    signal closed()
    signal switchAccountRequested(string serverUrl, string handle)
    signal addAccountRequested()
    signal signOutRequested()
    signal clearCacheRequested()
    signal shortcutsRequested()

    function sectionIndex(id: string): int {
        for (let i = 0; i < sections.length; ++i) {
            if (sections[i].id === id)
                return i;
        }
        return 0;
    }

    onSectionChanged: if (section === "storage" && storage) storage.refresh()
    onVisibleChanged: if (visible && section === "storage" && storage) storage.refresh()

    ConfirmDialog {
        id: clearDialog
        objectName: "clearCacheDialog"
        title: qsTr("Clear what is saved on this computer?")
        message: (page.unsentCount > 0
                  ? qsTr("Hearth removes the posts, comments and events saved here and downloads your communities again. Your %n unsent changes are kept and still sent.", "", page.unsentCount)
                  : qsTr("Hearth removes the posts, comments and events saved here and downloads your communities again."))
                 + (page.online ? "" : " " + qsTr("You are offline: your communities stay empty until the connection returns."))
        confirmText: qsTr("Clear")
        destructive: true
        onConfirmed: page.clearCacheRequested()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    background: Rectangle {
        color: Theme.background
    }

    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + 2 * Theme.spacingM
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.border
        }

        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            SecondaryButton {
                objectName: "backButton"
                text: qsTr("← Back")
                Accessible.name: qsTr("Close the settings (Escape)")
                onClicked: page.closed()
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontSizeTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Sections
        ListView {
            id: nav
            objectName: "settingsSections"
            Layout.preferredWidth: 200
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingL
            model: page.sections
            currentIndex: page.sectionIndex(page.section)
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            spacing: 2
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Settings sections")
            onCurrentIndexChanged: if (currentIndex >= 0) page.section = page.sections[currentIndex].id

            delegate: ItemDelegate {
                id: navItem

                required property var modelData
                required property int index
                readonly property bool current: ListView.isCurrentItem

                objectName: "section_" + modelData.id
                width: ListView.view.width - Theme.spacingL
                x: Theme.spacingS
                text: modelData.label
                focusPolicy: Qt.NoFocus
                hoverEnabled: true
                Accessible.role: Accessible.ListItem
                Accessible.name: text
                Accessible.selected: current
                onClicked: page.section = modelData.id

                background: Rectangle {
                    radius: Theme.radiusS
                    color: navItem.current ? Theme.surface : navItem.hovered ? Theme.surfaceAlt : "transparent"
                    border.width: navItem.current && nav.activeFocus ? 2 : navItem.current ? 1 : 0
                    border.color: navItem.current && nav.activeFocus ? Theme.focusRing : Theme.border
                }

                contentItem: Text {
                    text: navItem.text
                    color: navItem.current ? Theme.text : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeBody
                    font.weight: navItem.current ? Font.DemiBold : Font.Normal
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: content.implicitHeight + 2 * Theme.spacingXl
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ScrollBar.vertical: ScrollBar { }

            FollowFocus {
                flickable: flick
            }

            StackLayout {
                id: content
                x: Theme.spacingXl
                y: Theme.spacingXl
                width: Math.min(flick.width - 2 * Theme.spacingXl, 640)
                currentIndex: nav.currentIndex

                // Appearance
                ColumnLayout {
                    objectName: "appearanceSection"
                    spacing: Theme.spacingL

                    SettingsHeading { text: qsTr("Theme") }

                    ChoiceButtons {
                        objectName: "themeChoice"
                        accessibleName: qsTr("Theme")
                        options: [
                            { value: "system", label: qsTr("Like the system") },
                            { value: "light", label: qsTr("Light") },
                            { value: "dark", label: qsTr("Dark") }
                        ]
                        value: page.preferences ? page.preferences.theme : "system"
                        onChosen: value => { if (page.preferences) page.preferences.theme = value; }
                    }

                    SettingsHeading { text: qsTr("Text size") }

                    ChoiceButtons {
                        objectName: "textSizeChoice"
                        accessibleName: qsTr("Text size")
                        options: [
                            { value: 0.9, label: qsTr("Small") },
                            { value: 1, label: qsTr("Default") },
                            { value: 1.15, label: qsTr("Large") },
                            { value: 1.3, label: qsTr("Larger") }
                        ]
                        value: page.preferences ? page.preferences.textScale : 1
                        onChosen: value => { if (page.preferences) page.preferences.textScale = value; }
                    }

                    // What posts will look like
                    Rectangle {
                        objectName: "appearancePreview"
                        Layout.fillWidth: true
                        implicitHeight: previewColumn.implicitHeight + 2 * Theme.spacingL
                        radius: Theme.radiusM
                        color: Theme.surface
                        border.width: 1
                        border.color: Theme.border

                        ColumnLayout {
                            id: previewColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.spacingL
                            spacing: Theme.spacingXs

                            RowLayout {
                                spacing: Theme.spacingS
                                Avatar { name: "Ines Weaves"; size: 30; circular: true }
                                Text {
                                    text: qsTr("Ines")
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSizeBody
                                    font.weight: Font.DemiBold
                                }
                                KindChip { kind: "showcase" }
                            }

                            Text {
                                Layout.fillWidth: true
                                text: qsTr("Indigo scarves, first batch")
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeLarge + 1
                                font.weight: Font.DemiBold
                            }

                            Text {
                                Layout.fillWidth: true
                                text: qsTr("This is how posts read with the theme and text size you chose.")
                                wrapMode: Text.Wrap
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSizeBody
                            }
                        }
                    }
                }

                // Notifications
                ColumnLayout {
                    objectName: "notificationsSection"
                    spacing: Theme.spacingL

                    SettingsHeading { text: qsTr("On this computer") }

                    ToggleSwitch {
                        objectName: "desktopAlertsSwitch"
                        Layout.fillWidth: true
                        text: qsTr("Show desktop alerts for mentions, replies and event reminders")
                        checked: page.preferences ? page.preferences.desktopAlerts : true
                        onToggled: if (page.preferences) page.preferences.desktopAlerts = checked
                    }

                    SettingsNote {
                        objectName: "alertsNote"
                        text: qsTr("Alerts appear while Hearth is open but you are working in another window. Notifications always collect in Hearth, whatever you choose here.")
                    }

                    // ui-pages: where there is no tray, say what happens instead.
                    SettingsNote {
                        objectName: "trayUnavailableNote"
                        visible: page.trayUnavailableReason.length > 0
                        text: page.trayUnavailableReason
                    }

                    SettingsHeading { text: qsTr("On every computer") }

                    ToggleSwitch {
                        objectName: "digestSwitch"
                        Layout.fillWidth: true
                        text: qsTr("One daily summary at 9:00 instead of an alert for each")
                        checked: page.alertPreferences ? page.alertPreferences.digest : false
                        onToggled: if (page.alertPreferences) page.alertPreferences.digest = checked
                    }

                    Repeater {
                        model: page.alertPreferences

                        delegate: RowLayout {
                            id: levelRow

                            required property string communityId
                            required property string name
                            required property string level

                            objectName: "alerts_" + communityId
                            Layout.fillWidth: true
                            spacing: Theme.spacingM

                            Avatar {
                                name: levelRow.name
                                size: 32
                            }

                            Text {
                                Layout.fillWidth: true
                                text: levelRow.name
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody
                                font.weight: Font.DemiBold
                            }

                            SegmentedControl {
                                objectName: "alertLevel"
                                accessibleName: qsTr("Alerts from %1").arg(levelRow.name)
                                options: [{value: "all", label: qsTr("Everything")},
                                          {value: "mentions", label: qsTr("Mentions and replies")},
                                          {value: "none", label: qsTr("Nothing")}]
                                value: levelRow.level
                                onActivated: value => page.alertPreferences.setLevel(levelRow.communityId, value)
                            }
                        }
                    }

                    SettingsNote {
                        objectName: "alertLevelsNote"
                        text: page.alertPreferences && page.alertPreferences.count === 0
                              ? qsTr("Once you join a community, choose here how much of it alerts you.")
                              : qsTr("Kept on your server, so Hearth alerts you the same way on another computer. “Mentions and replies” also lets through the answer to your join request.")
                    }
                }

                // Offline storage
                ColumnLayout {
                    objectName: "storageSection"
                    spacing: Theme.spacingL

                    SettingsHeading { text: qsTr("Saved on this computer") }

                    Text {
                        objectName: "storageTotal"
                        Layout.fillWidth: true
                        text: page.storage ? qsTr("%1 in all. Everything you have seen stays readable and searchable offline.").arg(Format.bytes(page.storage.fileBytes))
                                           : ""
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody
                    }

                    Repeater {
                        model: page.communities

                        delegate: RowLayout {
                            id: usage

                            required property string communityId
                            required property string name
                            required property int postCount
                            required property bool keepOffline
                            required property bool historyComplete

                            objectName: "storage_" + communityId
                            Layout.fillWidth: true
                            spacing: Theme.spacingM

                            Avatar {
                                name: usage.name
                                size: 32
                            }

                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0

                                Text {
                                    Layout.fillWidth: true
                                    text: usage.name
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSizeBody
                                    font.weight: Font.DemiBold
                                }

                                Text {
                                    objectName: "usageDetail"
                                    Layout.fillWidth: true
                                    text: {
                                        // (fileBytes: re-read after every measurement)
                                        const size = page.storage && page.storage.fileBytes >= 0
                                                     ? Format.bytes(page.storage.bytesOf(usage.communityId)) : "";
                                        const posts = qsTr("%n posts", "", usage.postCount);
                                        const whole = usage.keepOffline && usage.historyComplete ? qsTr("the whole history")
                                                    : usage.keepOffline ? qsTr("getting the whole history…")
                                                    : qsTr("recent posts and what you opened");
                                        return [size, posts, whole].join(" · ");
                                    }
                                    elide: Text.ElideRight
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSizeSmall
                                }
                            }

                            ToggleSwitch {
                                objectName: "keepOfflineSwitch"
                                text: qsTr("Keep offline")
                                checked: usage.keepOffline
                                Accessible.name: qsTr("Keep all of %1 offline").arg(usage.name)
                                onToggled: page.communities.setKeepOffline(usage.communityId, checked)
                            }
                        }
                    }

                    SettingsNote {
                        text: qsTr("“Keep offline” saves a community's whole history here, not only what you have scrolled through.")
                    }

                    SecondaryButton {
                        objectName: "clearCacheButton"
                        flat: false
                        destructive: true
                        text: qsTr("Clear saved content…")
                        onClicked: clearDialog.open()
                    }
                }

                // Accounts
                ColumnLayout {
                    objectName: "accountsSection"
                    spacing: Theme.spacingL

                    SettingsHeading { text: qsTr("Signed in") }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM

                        Avatar {
                            name: page.displayName.length > 0 ? page.displayName : page.handle
                            size: 40
                            circular: true
                        }

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0

                            Text {
                                objectName: "currentAccountName"
                                text: page.displayName.length > 0 ? page.displayName : page.handle
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody
                                font.weight: Font.DemiBold
                            }

                            Text {
                                Layout.fillWidth: true
                                text: "@" + page.handle + " · " + page.serverUrl
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }

                        SecondaryButton {
                            objectName: "signOutButton"
                            flat: false
                            text: qsTr("Sign out…")
                            onClicked: page.signOutRequested()
                        }
                    }

                    SettingsHeading {
                        text: qsTr("Other accounts on this computer")
                        visible: otherAccounts.count > 0
                    }

                    Repeater {
                        id: otherAccounts
                        model: {
                            const others = [];
                            for (let i = 0; i < page.accounts.length; ++i) {
                                const a = page.accounts[i];
                                if (a.handle !== page.handle || a.serverUrl !== page.serverUrl)
                                    others.push(a);
                            }
                            return others;
                        }

                        delegate: RowLayout {
                            id: other

                            required property var modelData
                            readonly property string accountName: modelData.displayName !== undefined
                                                                  && modelData.displayName.length > 0
                                                                  ? modelData.displayName : modelData.handle

                            Layout.fillWidth: true
                            spacing: Theme.spacingM

                            Avatar {
                                name: other.accountName
                                size: 32
                                circular: true
                            }

                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0

                                Text {
                                    text: other.accountName
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSizeBody
                                }

                                Text {
                                    Layout.fillWidth: true
                                    text: "@" + other.modelData.handle + " · " + other.modelData.serverUrl
                                    elide: Text.ElideRight
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSizeSmall
                                }
                            }

                            SecondaryButton {
                                objectName: "switchTo_" + other.modelData.handle
                                flat: false
                                text: qsTr("Switch")
                                Accessible.name: qsTr("Switch to %1 on %2").arg(other.accountName).arg(other.modelData.serverUrl)
                                onClicked: page.switchAccountRequested(other.modelData.serverUrl, other.modelData.handle)
                            }
                        }
                    }

                    SecondaryButton {
                        objectName: "addAccountButton"
                        flat: false
                        text: qsTr("Add an account on another server…")
                        onClicked: page.addAccountRequested()
                    }

                    SettingsNote {
                        text: qsTr("Each account keeps its own saved communities and outbox on this computer. Switching keeps you signed in to the others.")
                    }
                }

                // About
                ColumnLayout {
                    objectName: "aboutSection"
                    spacing: Theme.spacingM

                    RowLayout {
                        spacing: Theme.spacingM

                        BrandMark {
                            size: 40
                        }

                        ColumnLayout {
                            spacing: 0

                            Text {
                                text: qsTr("Hearth")
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeTitle
                                font.weight: Font.Bold
                            }

                            Text {
                                text: qsTr("A desktop home for micro communities")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSizeBody
                            }
                        }
                    }

                    GridLayout {
                        objectName: "aboutFacts"
                        columns: 2
                        columnSpacing: Theme.spacingXl
                        rowSpacing: Theme.spacingS

                        SettingsNote { text: qsTr("Version") }
                        Text {
                            objectName: "appVersion"
                            text: page.appVersion
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                        SettingsNote { text: qsTr("Qt") }
                        Text {
                            text: page.qtVersion
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                        SettingsNote { text: qsTr("Sync protocol") }
                        Text {
                            text: "v1"
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                        SettingsNote { text: qsTr("Server") }
                        Text {
                            objectName: "aboutServer"
                            text: page.serverUrl
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                        }
                    }

                    SecondaryButton {
                        Layout.topMargin: Theme.spacingM
                        flat: false
                        text: qsTr("Keyboard shortcuts")
                        onClicked: page.shortcutsRequested()
                    }
                }
            }
        }
    }
}

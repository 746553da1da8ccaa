pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// The Manage pane's Settings section: the community's name, tagline, description, topics, who
// may join and the member cap (owners only), the welcome message and the guidelines (markdown,
// with a preview), in one form checked as typed against the wire's limits. Save sends only what
// changed (community.update, through the outbox) based on the version the form was loaded at;
// it shows "Saved" once hearthd applied it, "Waiting to be sent" while offline, or the server's
// reason by the field it names with everything typed kept. Another organizer's change reloads
// the form when it has no unsaved edits; with edits, the section says so.
FocusScope {
    id: section

    property CacheStore store
    property string communityId
    property string communityName
    property bool online: true
    required property OrganizerRights rights

    readonly property alias settings: settings
    readonly property alias scroller: scroller
    readonly property alias saveButton: saveButton
    readonly property alias revertButton: revertButton
    readonly property alias reacceptSwitch: reacceptSwitch

    // The form's values, keyed as community.update's args.
    property string visibility: "public"
    property int memberCap: WireConstants.memberCapSuggested
    readonly property var values: ({
        name: nameField.text,
        tagline: taglineField.text,
        description: descriptionEditor.text,
        topics: topicsInput.topics,
        visibility: section.visibility,
        memberCap: section.memberCap,
        welcome: welcomeEditor.text,
        guidelines: guidelinesEditor.text
    })
    readonly property var changed: settings.loaded ? settings.changedFields(values) : []
    readonly property bool dirty: changed.length > 0
    readonly property bool guidelinesChanged: changed.indexOf("guidelines") >= 0
    readonly property bool pending: settings.saveState === CommunitySettings.Pending
    readonly property bool refused: settings.saveState === CommunitySettings.Refused
    // Someone else's change is cached behind my unsaved edits.
    readonly property bool changedElsewhere: dirty && !pending && settings.cachedVersion > settings.version

    // Problems as sentences ("" when fine): the wire's limits, then the server's reason for the
    // field it named.
    readonly property string nameError: nameField.text.trim().length === 0
                                        ? qsTr("A community needs a name.") : serverError("name")
    readonly property string taglineError: serverError("tagline")
    readonly property string descriptionError: descriptionEditor.text.length > WireConstants.descriptionMaxLength
                                               ? qsTr("Shorten this to %n characters.", "", WireConstants.descriptionMaxLength)
                                               : serverError("description")
    readonly property string topicsError: serverError("topics")
    readonly property string visibilityError: serverError("visibility")
    readonly property string memberCapError: {
        if (memberCap < settings.seatsTaken)
            return qsTr("%n members are in already: the cap cannot be below that.", "", settings.seatsTaken);
        if (memberCap < WireConstants.memberCapMin || memberCap > WireConstants.memberCapMax)
            return qsTr("Choose a cap from %1 to %2.").arg(WireConstants.memberCapMin).arg(WireConstants.memberCapMax);
        return serverError("memberCap");
    }
    readonly property string welcomeError: welcomeEditor.text.length > WireConstants.welcomeMaxLength
                                           ? qsTr("Shorten the welcome message to %n characters.", "", WireConstants.welcomeMaxLength)
                                           : serverError("welcome")
    readonly property string guidelinesError: guidelinesEditor.text.length > WireConstants.guidelinesMaxLength
                                              ? qsTr("Shorten the guidelines to %n characters.", "", WireConstants.guidelinesMaxLength)
                                              : serverError("guidelines")
    readonly property bool valid: nameField.text.trim().length > 0
                                  && descriptionEditor.text.length <= WireConstants.descriptionMaxLength
                                  && welcomeEditor.text.length <= WireConstants.welcomeMaxLength
                                  && guidelinesEditor.text.length <= WireConstants.guidelinesMaxLength
                                  && memberCap >= Math.max(settings.seatsTaken, WireConstants.memberCapMin)
                                  && memberCap <= WireConstants.memberCapMax
    readonly property bool canSave: rights.canEditSettings && dirty && valid && !pending
    readonly property var formFields: ["name", "tagline", "description", "topics", "visibility", "memberCap", "welcome", "guidelines"]
    readonly property string statusText: {
        if (pending)
            return online ? qsTr("Saving…") : qsTr("Waiting to be sent: your changes go out as soon as Hearth is back online.");
        if (refused) {
            if (settings.errorCode === "conflict")
                return qsTr("Not saved: another organizer changed these settings meanwhile. Revert to see theirs, then make your change again.");
            if (formFields.indexOf(settings.errorField) >= 0)
                return qsTr("Not saved: the server refused a field, shown above.");
            return qsTr("Not saved: %1").arg(settings.errorMessage);
        }
        if (changedElsewhere)
            return qsTr("Another organizer changed these settings since you started. Revert loads their version; saving yours would be refused.");
        if (settings.saveState === CommunitySettings.Applied && !dirty)
            return qsTr("Saved");
        return "";
    }

    function serverError(field: string): string {
        return refused && settings.errorField === field ? settings.errorMessage : "";
    }

    function focusFirst() {
        nameField.input.forceActiveFocus();
    }

    // The form shows the loaded settings.
    function fill() {
        nameField.text = settings.name;
        taglineField.text = settings.tagline;
        descriptionEditor.text = settings.description;
        topicsInput.text = "";
        topicsInput.topics = Array.from(settings.topics);
        visibility = settings.visibility.length > 0 ? settings.visibility : "public";
        memberCap = settings.memberCap;
        welcomeEditor.text = settings.welcome;
        guidelinesEditor.text = settings.guidelines;
        reacceptSwitch.checked = false;
    }

    function save() {
        if (!canSave)
            return;
        settings.save(values, guidelinesChanged && reacceptSwitch.checked);
    }

    function revert() {
        settings.forgetOutcome();
        fill();
    }

    Component.onCompleted: fill()

    CommunitySettings {
        id: settings
        store: section.store
        communityId: section.communityId
        editing: section.dirty
        onReloaded: section.fill()
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: section.visible && section.canSave
        onActivated: section.save()
    }

    ScrollingColumn {
        id: scroller
        objectName: "settingsScroller"
        anchors.fill: parent
        topPadding: 0
        columnWidth: Math.max(0, width - Theme.spacingL)

        ColumnLayout {
            width: parent ? parent.width : 0
            spacing: Theme.spacingL

            SettingsHeading {
                text: qsTr("About the community")
            }

            FormField {
                id: nameField
                objectName: "settingsName"
                Layout.fillWidth: true
                label: qsTr("Name")
                enabled: section.rights.canEditSettings
                maximumLength: WireConstants.communityNameMaxLength
                errorText: section.nameError
                hint: qsTr("Up to %n characters. The address stays as it is.", "", WireConstants.communityNameMaxLength)
                onAccepted: section.save()
            }

            FormField {
                id: taglineField
                objectName: "settingsTagline"
                Layout.fillWidth: true
                label: qsTr("Tagline")
                enabled: section.rights.canEditSettings
                placeholderText: qsTr("One line under the name")
                maximumLength: WireConstants.taglineMaxLength
                errorText: section.taglineError
                hint: qsTr("One line under the name, up to %n characters.", "", WireConstants.taglineMaxLength)
                onAccepted: section.save()
            }

            MarkdownEditor {
                id: descriptionEditor
                objectName: "settingsDescription"
                Layout.fillWidth: true
                editorHeight: 140
                enabled: section.rights.canEditSettings
                label: qsTr("Description")
                errorText: section.descriptionError
                hint: qsTr("What the community is for and who it is for, shown to people deciding whether to join.")
            }

            TopicsInput {
                id: topicsInput
                objectName: "settingsTopics"
                Layout.fillWidth: true
                enabled: section.rights.canEditSettings
                errorText: section.topicsError
                // Here Enter only adds: the form has no next step to go on to.
                hint: qsTr("Enter adds a topic; a topic's × or Delete removes it.")
            }

            SettingsHeading {
                text: qsTr("Access")
            }

            SettingsNote {
                objectName: "ownerOnlyNote"
                Layout.fillWidth: true
                visible: !section.rights.canEditOwnerSettings
                text: qsTr("Only owners can change who may join and the member cap: ask an owner of %1.").arg(section.communityName)
            }

            VisibilityChoice {
                id: visibilityChoice
                objectName: "settingsVisibility"
                Layout.fillWidth: true
                enabled: section.rights.canEditOwnerSettings
                value: section.visibility
                onActivated: value => section.visibility = value
            }

            Text {
                objectName: "visibilityError"
                Layout.fillWidth: true
                visible: section.visibilityError.length > 0
                text: section.visibilityError
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontSizeSmall
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            MemberCapField {
                id: capField
                objectName: "settingsMemberCap"
                Layout.fillWidth: true
                enabled: section.rights.canEditOwnerSettings
                value: section.memberCap
                errorText: section.memberCapError
                hint: {
                    const left = Math.max(0, section.memberCap - section.settings.seatsTaken);
                    return qsTr("%1 of %2 seats taken, %n left. From %3 to %4.", "", left)
                           .arg(section.settings.seatsTaken).arg(section.memberCap)
                           .arg(Math.max(WireConstants.memberCapMin, section.settings.seatsTaken)).arg(WireConstants.memberCapMax);
                }
                onEdited: value => section.memberCap = value
                onAccepted: section.save()
            }

            SettingsHeading {
                text: qsTr("Welcome and guidelines")
            }

            MarkdownEditor {
                id: welcomeEditor
                objectName: "settingsWelcome"
                Layout.fillWidth: true
                editorHeight: 140
                enabled: section.rights.canEditSettings
                label: qsTr("Welcome message")
                errorText: section.welcomeError
                hint: qsTr("What new members read first.")
            }

            MarkdownEditor {
                id: guidelinesEditor
                objectName: "settingsGuidelines"
                Layout.fillWidth: true
                enabled: section.rights.canEditSettings
                label: qsTr("Guidelines")
                errorText: section.guidelinesError
                hint: qsTr("Markdown: **bold**, *italic*, - lists, ## headings. Every earlier version is kept.")
            }

            ToggleSwitch {
                id: reacceptSwitch
                objectName: "reacceptSwitch"
                visible: section.guidelinesChanged
                text: qsTr("Members must accept the new guidelines")
                Accessible.description: reacceptNote.text
            }

            SettingsNote {
                id: reacceptNote
                Layout.fillWidth: true
                visible: section.guidelinesChanged
                text: reacceptSwitch.checked
                      ? qsTr("Everyone else is asked to accept them before they post or comment again.")
                      : qsTr("Members can keep posting; the new text applies to everyone who joins from now on.")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Text {
                    id: statusLine
                    objectName: "saveStatus"
                    Layout.fillWidth: true
                    text: section.statusText
                    wrapMode: Text.Wrap
                    color: section.refused || section.changedElsewhere ? Theme.danger
                           : section.pending && !section.online ? Theme.warning
                           : section.settings.saveState === CommunitySettings.Applied ? Theme.success : Theme.textSecondary
                    font.pixelSize: Theme.fontSizeSmall + 1
                    Accessible.role: section.refused ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }

                SecondaryButton {
                    id: revertButton
                    objectName: "revertButton"
                    text: qsTr("Revert")
                    enabled: section.dirty && !section.pending
                    Accessible.description: qsTr("Puts the form back to the saved settings")
                    onClicked: section.revert()
                }

                PrimaryButton {
                    id: saveButton
                    objectName: "saveButton"
                    text: section.pending && section.online ? qsTr("Saving…") : qsTr("Save")
                    busy: section.pending && section.online
                    enabled: section.canSave
                    onClicked: section.save()
                }
            }
        }
    }
}

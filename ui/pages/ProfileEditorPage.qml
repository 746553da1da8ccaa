pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// My profile, to edit: the name others see, a bio, interests, links and showcase items (what I
// make). Save queues profile.update with the whole profile; the cache shows it at once and the
// outbox sends it, online or later. Every field stops or flags text where hearthd would refuse
// it, so a save is never refused for its content. Esc or Cancel asks before dropping edits.
//
//   ProfileEditorPage { store: home.store; onClosed: home.back() }
Page {
    id: page

    property CacheStore store
    property string backLabel: qsTr("Profile")
    property bool online: true
    property real overlayHeight: 0

    readonly property alias profile: profile
    readonly property alias links: links
    readonly property alias showcase: showcase
    readonly property alias scroller: scroller
    readonly property bool dialogOpen: discardDialog.opened
    property var interests: []
    // Bumped by every edit, so bindings over the list models see them.
    property int revision: 0
    // Set by a Save with something wrong: every field's problem shows from then on.
    property bool attempted: false
    // What the member just added ("link", "item"): its first field takes the focus once made.
    property string focusAdded
    // The profile as loaded into the form, to tell edits from it.
    property string loadedState

    readonly property string nameError: nameField.text.trim().length === 0 ? qsTr("Your name cannot be empty.") : ""
    readonly property string bioError: bioEditor.text.length > WireConstants.bioMaxLength
                                       ? qsTr("%1 characters too long.").arg(bioEditor.text.length - WireConstants.bioMaxLength) : ""
    readonly property bool linksValid: {
        revision;
        for (let i = 0; i < links.count; ++i) {
            if (linkError(links.get(i)).length > 0)
                return false;
        }
        return true;
    }
    readonly property bool showcaseValid: {
        revision;
        for (let i = 0; i < showcase.count; ++i) {
            const item = showcase.get(i);
            if (itemTitleError(item).length > 0 || itemLinkError(item).length > 0 || itemTextError(item).length > 0)
                return false;
        }
        return true;
    }
    readonly property bool valid: nameError.length === 0 && bioError.length === 0 && linksValid && showcaseValid
    readonly property bool dirty: {
        revision;
        return profile.loaded && JSON.stringify(fields()) !== loadedState;
    }

    signal closed()
    // Queued: the profile page shows it (the outbox sends it).
    signal saved()

    function linkError(link: var): string {
        if (link.url.trim().length === 0)
            return link.label.trim().length > 0 ? qsTr("Add the address this link goes to.") : "";
        if (!WireConstants.isWebUrl(link.url.trim()))
            return qsTr("Use a full web address, such as https://example.org");
        return "";
    }
    function itemTitleError(item: var): string {
        const empty = item.title.trim().length === 0;
        const used = item.text.trim().length > 0 || item.link.trim().length > 0 || item.image.length > 0;
        return empty && used ? qsTr("Give it a title.") : "";
    }
    function itemLinkError(item: var): string {
        const link = item.link.trim();
        return link.length > 0 && !WireConstants.isWebUrl(link) ? qsTr("Use a full web address, such as https://example.org") : "";
    }
    function itemTextError(item: var): string {
        return item.text.length > WireConstants.showcaseTextMaxLength
               ? qsTr("%1 characters too long.").arg(item.text.length - WireConstants.showcaseTextMaxLength) : "";
    }

    // The form as profile.update fields; empty link rows and showcase items are left out.
    function fields(): var {
        const outLinks = [];
        for (let i = 0; i < links.count; ++i) {
            const link = links.get(i);
            if (link.label.trim().length > 0 || link.url.trim().length > 0)
                outLinks.push({ label: link.label.trim(), url: link.url.trim() });
        }
        const outItems = [];
        for (let j = 0; j < showcase.count; ++j) {
            const item = showcase.get(j);
            if (item.title.trim().length === 0 && item.text.trim().length === 0 && item.link.trim().length === 0 && item.image.length === 0)
                continue;
            const out = { title: item.title.trim() };
            if (item.text.trim().length > 0)
                out.text = item.text.trim();
            if (item.link.trim().length > 0)
                out.link = item.link.trim();
            if (item.image.length > 0)
                out.image = item.image;
            outItems.push(out);
        }
        return {
            displayName: nameField.text.trim(),
            bio: bioEditor.text.trim(),
            interests: interests.slice(),
            links: outLinks,
            showcase: outItems
        };
    }

    // Fills the form from the cache: when the page opens, and on Revert.
    function load() {
        attempted = false;
        nameField.text = profile.displayName;
        nameField.touched = false;
        bioEditor.text = profile.bio;
        const tags = [];
        for (let i = 0; i < profile.interests.length; ++i)
            tags.push(profile.interests[i]);
        interests = tags;
        interestsInput.text = "";
        links.clear();
        for (const link of profile.links)
            links.append({ label: link.label || "", url: link.url || "" });
        showcase.clear();
        for (const item of profile.showcase)
            showcase.append({ title: item.title || "", text: item.text || "", link: item.link || "", image: item.image || "" });
        loadedState = JSON.stringify(fields());
        ++revision;
    }

    function start() {
        load();
        focusFirst();
    }

    function focusFirst() {
        scroller.contentY = 0;
        nameField.input.forceActiveFocus(Qt.TabFocusReason);
    }

    function edited() {
        ++revision;
    }

    function addLink() {
        if (links.count >= WireConstants.maxLinks)
            return;
        focusAdded = "link";
        links.append({ label: "", url: "" });
        edited();
    }

    function addShowcaseItem() {
        if (showcase.count >= WireConstants.maxShowcaseItems)
            return;
        focusAdded = "item";
        showcase.append({ title: "", text: "", link: "", image: "" });
        edited();
    }

    function save() {
        if (!dirty)
            return;
        if (!valid) {
            attempted = true;
            return;
        }
        if (profile.save(fields()).length > 0)
            saved();
    }

    function cancel() {
        if (dialogOpen)
            return;
        if (dirty)
            discardDialog.open();
        else
            closed();
    }

    MemberProfile {
        id: profile
        store: page.store
        userId: page.store ? page.store.localUserId : ""
    }

    ListModel {
        id: links
    }

    ListModel {
        id: showcase
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: page.visible && !page.dialogOpen
        onActivated: page.save()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Edit your profile")

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Edit your profile")
        subtitle: qsTr("What members of your communities see about you")
        backLabel: page.backLabel
        onBackRequested: page.cancel()
    }

    footer: Rectangle {
        implicitHeight: footerRow.implicitHeight + 2 * Theme.spacingM + page.overlayHeight
        color: Theme.surface

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: Theme.border
        }

        RowLayout {
            id: footerRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingM
            anchors.leftMargin: Theme.spacingXl
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            Text {
                objectName: "saveStatus"
                Layout.fillWidth: true
                text: profile.saveError.length > 0 ? qsTr("Not saved: %1").arg(profile.saveError)
                      : page.attempted && !page.valid ? qsTr("Some fields need a look before saving.")
                      : !page.online ? qsTr("You are offline: Save keeps your profile here and sends it when you are back.")
                      : page.dirty ? qsTr("Unsaved changes. Ctrl+S saves.") : qsTr("No changes yet.")
                color: profile.saveError.length > 0 || (page.attempted && !page.valid) ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall + 1
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            SecondaryButton {
                objectName: "revertButton"
                text: qsTr("Revert")
                enabled: page.dirty
                onClicked: page.load()
            }

            SecondaryButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                onClicked: page.cancel()
            }

            PrimaryButton {
                objectName: "saveButton"
                text: qsTr("Save profile")
                enabled: page.dirty
                Accessible.description: qsTr("Ctrl+S")
                onClicked: page.save()
            }
        }
    }

    ScrollingColumn {
        id: scroller
        objectName: "profileEditorScroller"
        anchors.fill: parent
        visible: profile.loaded
        column.spacing: Theme.spacingXl

        // ---- Who you are ----
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            SectionTitle {
                text: qsTr("About you")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                Avatar {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: Theme.spacingL
                    name: nameField.text.trim().length > 0 ? nameField.text : profile.handle
                    size: 56
                    circular: true
                }

                FormField {
                    id: nameField
                    objectName: "displayNameField"
                    Layout.fillWidth: true
                    label: qsTr("Name")
                    maximumLength: WireConstants.displayNameMaxLength
                    errorText: touched || page.attempted ? page.nameError : ""
                    hint: qsTr("Shown with your posts and in member lists. Your handle stays @%1.").arg(profile.handle)
                    onTextChanged: page.edited()
                }
            }

            MarkdownEditor {
                id: bioEditor
                objectName: "bioEditor"
                Layout.fillWidth: true
                label: qsTr("Bio")
                editorHeight: 150
                area.placeholderText: qsTr("A few lines about you and what you make")
                errorText: page.bioError
                hint: qsTr("Markdown is fine. Up to %n characters.", "", WireConstants.bioMaxLength)
                onTextChanged: page.edited()
            }

            TagInput {
                id: interestsInput
                objectName: "interestsInput"
                Layout.fillWidth: true
                label: qsTr("Interests")
                placeholderText: !full ? qsTr("Type an interest and press Enter") : ""
                tags: page.interests
                maxTags: WireConstants.maxInterests
                maxLength: WireConstants.interestMaxLength
                hint: qsTr("Enter adds an interest. Members with the same ones find you in the directory.")
                fullHint: qsTr("That is the most interests a profile can have (%n).", "", WireConstants.maxInterests)
                removeName: qsTr("Remove interest %1")
                chipNamePrefix: "interestChip_"
                chipsName: "interestChips"
                onTagsEdited: tags => {
                    page.interests = tags;
                    page.edited();
                }
            }
        }

        // ---- Links ----
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            SectionTitle {
                text: qsTr("Links")
            }

            Text {
                Layout.fillWidth: true
                visible: links.count === 0
                text: qsTr("Your website, shop or portfolio: up to %n links.", "", WireConstants.maxLinks)
                color: Theme.textMuted
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
            }

            Repeater {
                id: linkRepeater
                model: links

                delegate: RowLayout {
                    id: linkRow

                    required property int index
                    required property string label
                    required property string url

                    readonly property string error: {
                        page.revision;
                        return page.linkError({ label: label, url: url });
                    }

                    function focusFirst() {
                        labelField.input.forceActiveFocus(Qt.TabFocusReason);
                    }

                    objectName: "linkRow_" + index
                    Component.onCompleted: {
                        if (page.focusAdded === "link") {
                            page.focusAdded = "";
                            focusFirst();
                        }
                    }
                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    FormField {
                        id: labelField
                        objectName: "linkLabel"
                        Layout.preferredWidth: 180
                        label: qsTr("Label")
                        placeholderText: qsTr("Shop")
                        text: linkRow.label
                        maximumLength: WireConstants.linkLabelMaxLength
                        onEdited: {
                            links.setProperty(linkRow.index, "label", text);
                            page.edited();
                        }
                    }

                    FormField {
                        id: urlField
                        objectName: "linkUrl"
                        Layout.fillWidth: true
                        label: qsTr("Address")
                        placeholderText: "https://"
                        text: linkRow.url
                        maximumLength: WireConstants.urlMaxLength
                        inputMethodHints: Qt.ImhUrlCharactersOnly
                        errorText: touched || page.attempted ? linkRow.error : ""
                        onEdited: {
                            links.setProperty(linkRow.index, "url", text);
                            page.edited();
                        }
                    }

                    SecondaryButton {
                        objectName: "removeLink"
                        Layout.alignment: Qt.AlignVCenter
                        compact: true
                        text: qsTr("Remove")
                        Accessible.name: linkRow.label.length > 0 ? qsTr("Remove link %1").arg(linkRow.label) : qsTr("Remove this link")
                        onClicked: {
                            links.remove(linkRow.index);
                            page.edited();
                            addLinkButton.forceActiveFocus(Qt.TabFocusReason);
                        }
                    }
                }
            }

            SecondaryButton {
                id: addLinkButton
                objectName: "addLinkButton"
                text: links.count < WireConstants.maxLinks ? qsTr("Add a link") : qsTr("That is the most links a profile can have")
                enabled: links.count < WireConstants.maxLinks
                onClicked: page.addLink()
            }
        }

        // ---- Showcase ----
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            SectionTitle {
                text: qsTr("Showcase")
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("What you make, sell or are proud of: a product, a project, a piece of work. Shown at the top of your profile.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeBody
            }

            Repeater {
                id: showcaseRepeater
                model: showcase

                delegate: Rectangle {
                    id: card

                    required property int index
                    required property string title
                    required property string text
                    required property string link
                    required property string image

                    readonly property var item: {
                        page.revision;
                        return { title: title, text: text, link: link, image: image };
                    }

                    function focusFirst() {
                        titleField.input.forceActiveFocus(Qt.TabFocusReason);
                    }

                    objectName: "showcaseItem_" + index
                    Component.onCompleted: {
                        if (page.focusAdded === "item") {
                            page.focusAdded = "";
                            focusFirst();
                        }
                    }
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacingL
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.border

                    ColumnLayout {
                        id: cardColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingS

                        FormField {
                            id: titleField
                            objectName: "showcaseTitle"
                            Layout.fillWidth: true
                            label: qsTr("Title")
                            placeholderText: qsTr("Speckled stoneware mugs")
                            text: card.title
                            maximumLength: WireConstants.showcaseTitleMaxLength
                            errorText: touched || page.attempted ? page.itemTitleError(card.item) : ""
                            onEdited: {
                                showcase.setProperty(card.index, "title", text);
                                page.edited();
                            }
                        }

                        Label {
                            text: qsTr("Description")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSizeSmall + 1
                            font.weight: Font.DemiBold
                        }

                        TextArea {
                            id: textArea
                            objectName: "showcaseText"
                            Layout.fillWidth: true
                            Layout.minimumHeight: 72
                            text: card.text
                            wrapMode: TextEdit.Wrap
                            selectByMouse: true
                            color: Theme.text
                            font.pixelSize: Theme.fontSizeBody
                            placeholderText: qsTr("What it is, what it is made of, where to find it")
                            placeholderTextColor: Theme.textMuted
                            Accessible.name: qsTr("Description of %1").arg(card.title.length > 0 ? card.title : qsTr("this item"))
                            KeyNavigation.priority: KeyNavigation.BeforeItem
                            KeyNavigation.tab: itemLinkField.input
                            KeyNavigation.backtab: titleField.input
                            onTextChanged: {
                                if (text !== card.text) {
                                    showcase.setProperty(card.index, "text", text);
                                    page.edited();
                                }
                            }
                            background: Rectangle {
                                radius: Theme.radiusS + 2
                                color: Theme.surface
                                border.width: textArea.activeFocus ? 2 : 1
                                border.color: page.itemTextError(card.item).length > 0 ? Theme.danger
                                              : textArea.activeFocus ? Theme.focusRing : Theme.borderStrong
                            }
                        }

                        Text {
                            Layout.fillWidth: true
                            visible: page.itemTextError(card.item).length > 0
                            text: page.itemTextError(card.item)
                            color: Theme.danger
                            font.pixelSize: Theme.fontSizeSmall
                        }

                        FormField {
                            id: itemLinkField
                            objectName: "showcaseLink"
                            Layout.fillWidth: true
                            label: qsTr("Link (optional)")
                            placeholderText: "https://"
                            text: card.link
                            maximumLength: WireConstants.urlMaxLength
                            inputMethodHints: Qt.ImhUrlCharactersOnly
                            errorText: touched || page.attempted ? page.itemLinkError(card.item) : ""
                            onEdited: {
                                showcase.setProperty(card.index, "link", text);
                                page.edited();
                            }
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS

                            Item {
                                Layout.fillWidth: true
                            }

                            SecondaryButton {
                                objectName: "moveItemUp"
                                compact: true
                                visible: card.index > 0
                                text: qsTr("Move up")
                                onClicked: {
                                    showcase.move(card.index, card.index - 1, 1);
                                    page.edited();
                                }
                            }

                            SecondaryButton {
                                objectName: "moveItemDown"
                                compact: true
                                visible: card.index < showcase.count - 1
                                text: qsTr("Move down")
                                onClicked: {
                                    showcase.move(card.index, card.index + 1, 1);
                                    page.edited();
                                }
                            }

                            SecondaryButton {
                                objectName: "removeItem"
                                compact: true
                                destructive: true
                                text: qsTr("Remove")
                                Accessible.name: card.title.length > 0 ? qsTr("Remove %1 from your showcase").arg(card.title) : qsTr("Remove this showcase item")
                                onClicked: {
                                    showcase.remove(card.index);
                                    page.edited();
                                    addItemButton.forceActiveFocus(Qt.TabFocusReason);
                                }
                            }
                        }
                    }
                }
            }

            SecondaryButton {
                id: addItemButton
                objectName: "addShowcaseButton"
                text: showcase.count < WireConstants.maxShowcaseItems ? qsTr("Add a showcase item") : qsTr("That is the most showcase items a profile can have")
                enabled: showcase.count < WireConstants.maxShowcaseItems
                onClicked: page.addShowcaseItem()
            }
        }
    }

    // My profile is not in this computer's cache yet (a first sync still on its way).
    EmptyState {
        objectName: "profileEditorMissing"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
        visible: !profile.loaded
        title: qsTr("Your profile is not on this computer yet")
        text: qsTr("Hearth saves it with the first sync after signing in. Try again in a moment.")
        actionText: qsTr("Back")
        onActionTriggered: page.closed()
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardProfileDialog"
        title: qsTr("Discard your changes?")
        message: qsTr("Your profile stays as it was before you started editing.")
        confirmText: qsTr("Discard")
        destructive: true
        onConfirmed: page.closed()
    }
}

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Ui
import Hearth.Models

// "Start a community": the founder's path in the steps a good organizer follows. Basics (name
// and the address made from it, checked as typed), Niche (tagline, goals, topics), Access (who
// may join, the member cap), Guidelines (from an editable template, markdown with a live
// preview), Welcome (the first post, pinned), Review (Create). Creating needs the server: offline
// the page says so and keeps everything typed. Once made, "Your community is ready" shows the
// invite link to copy and opens the community.
//
// Keyboard: Enter in a one-line field goes to the next step, as do Ctrl+Enter (also in a text
// area) and Alt+Right; Tab reaches Back, Next and the step bar; Escape cancels, asking first when
// something was typed (HomePage routes Escape and Alt+Left here through cancel()).
Page {
    id: page

    property CacheStore store
    property bool online: false
    property string backLabel
    property real overlayHeight: 0

    readonly property var steps: ["basics", "niche", "access", "guidelines", "welcome", "review"]
    property int step: 0
    readonly property string stepName: steps[step]
    // Set when the member tried to leave a step: its errors show even in untouched fields.
    property bool showErrors: false

    // What the member typed (kept through offline, errors and Back).
    property alias name: nameField.text
    property alias slug: slugField.text
    property bool slugEdited: false
    property alias tagline: taglineField.text
    property alias description: descriptionArea.text
    property alias topics: topicsInput.topics
    property string visibility: "public"
    property int memberCap: WireConstants.memberCapSuggested
    property string templateKey: ""
    property alias guidelines: guidelinesArea.text
    property alias welcome: welcomeArea.text

    readonly property alias founder: founder
    readonly property alias cancelDialog: cancelDialog
    readonly property alias templateDialog: templateDialog
    readonly property bool dialogOpen: cancelDialog.opened || templateDialog.opened
    readonly property bool ready: founder.stage === CommunityFounder.Ready
    readonly property bool busy: founder.stage === CommunityFounder.Creating
                                 || founder.stage === CommunityFounder.Inviting
    readonly property bool hasInput: name.trim().length > 0 || tagline.trim().length > 0
                                     || description.trim().length > 0 || topics.length > 0
                                     || (guidelines.trim().length > 0 && guidelines !== templates.textOf(templateKey))
                                     || (welcome.trim().length > 0 && welcome !== defaultWelcome)
    readonly property string defaultWelcome: qsTr("Welcome to %1! Introduce yourself in a comment: who you are and what brought you here.")
                                             .arg(name.trim().length > 0 ? name.trim() : qsTr("our community"))

    // Per-field problems, as sentences ("" when fine).
    readonly property string slugCheck: founder.stage >= 0 ? founder.slugProblem(slug) : ""
    readonly property string nameError: name.trim().length === 0 ? qsTr("Give your community a name.") : ""
    readonly property string slugError: {
        if (founder.stage === CommunityFounder.Failed && founder.errorField === "slug" && slugCheck === "taken")
            return qsTr("“%1” is already taken on this server. Try another address.").arg(slug);
        switch (slugCheck) {
        case "empty": return qsTr("Choose an address for your community.");
        case "short": return qsTr("Use at least %n characters.", "", WireConstants.slugMinLength);
        case "long": return qsTr("Use at most %n characters.", "", WireConstants.slugMaxLength);
        case "characters": return qsTr("Use only lower-case letters a–z, digits and hyphens, with no hyphen at the start or end.");
        case "taken": return qsTr("“%1” is already taken on this server. Try another address.").arg(slug);
        default: return "";
        }
    }
    readonly property string descriptionError: description.length > WireConstants.descriptionMaxLength
                                               ? qsTr("Shorten this to %n characters.", "", WireConstants.descriptionMaxLength) : ""
    readonly property string guidelinesError: guidelines.length > WireConstants.guidelinesMaxLength
                                              ? qsTr("Shorten the guidelines to %n characters.", "", WireConstants.guidelinesMaxLength) : ""
    readonly property string welcomeError: welcome.length > WireConstants.welcomeMaxLength
                                           ? qsTr("Shorten the welcome message to %n characters.", "", WireConstants.welcomeMaxLength) : ""
    // A refusal the page cannot put at a field.
    readonly property string serverError: founder.stage === CommunityFounder.Failed && stepOfField(founder.errorField) < 0
                                          ? founder.errorMessage : ""

    signal closed()
    signal communityOpened(string communityId)

    // Opens the page on a fresh form, the name field focused.
    function start() {
        founder.reset();
        nameField.text = "";
        slugField.text = "";
        slugEdited = false;
        taglineField.text = "";
        descriptionArea.text = "";
        topicsInput.text = "";
        topics = [];
        visibility = "public";
        memberCap = WireConstants.memberCapSuggested;
        templateKey = "";
        guidelinesArea.text = "";
        welcomeArea.text = "";
        showErrors = false;
        step = 0;
        focusStep();
    }

    function stepTitle(name: string): string {
        switch (name) {
        case "basics": return qsTr("Basics");
        case "niche": return qsTr("Niche");
        case "access": return qsTr("Access");
        case "guidelines": return qsTr("Guidelines");
        case "welcome": return qsTr("Welcome");
        default: return qsTr("Review");
        }
    }

    function stepOfField(field: string): int {
        switch (field) {
        case "name": case "slug": return 0;
        case "tagline": case "description": case "topics": return 1;
        case "visibility": case "memberCap": return 2;
        case "guidelines": return 3;
        case "welcome": return 4;
        default: return -1;
        }
    }

    // The first field of a step that keeps it from being left, or null.
    function problemOf(index: int): Item {
        switch (steps[index]) {
        case "basics":
            if (nameError.length > 0) return nameField.input;
            if (slugError.length > 0) return slugField.input;
            return null;
        case "niche":
            return descriptionError.length > 0 ? descriptionArea : null;
        case "guidelines":
            return guidelinesError.length > 0 ? guidelinesArea : null;
        case "welcome":
            return welcomeError.length > 0 ? welcomeArea : null;
        default:
            return null;
        }
    }

    function next() {
        if (ready || busy)
            return;
        const problem = problemOf(step);
        if (problem) {
            showErrors = true;
            problem.forceActiveFocus();
            return;
        }
        if (step === steps.length - 1) {
            create();
            return;
        }
        showErrors = false;
        step = step + 1;
        enterStep();
    }

    // A step as the member arrives: a template's text when the guidelines are still empty, a
    // suggested welcome, and the keyboard in its first field.
    function enterStep() {
        if (stepName === "guidelines" && guidelinesArea.text.length === 0)
            useTemplate("makers");
        if (stepName === "welcome" && welcomeArea.text.length === 0)
            welcomeArea.text = defaultWelcome;
        focusStep();
    }

    function previous() {
        if (step === 0 || ready || busy)
            return;
        showErrors = false;
        step = step - 1;
        focusStep();
    }

    function goTo(index: int) {
        if (index < 0 || index >= steps.length || ready || busy)
            return;
        // Forward only through steps that may be left.
        for (let i = step; i < index; ++i) {
            if (problemOf(i)) {
                step = i;
                showErrors = true;
                focusStep();
                return;
            }
        }
        step = index;
        enterStep();
    }

    function focusStep() {
        switch (stepName) {
        case "basics": nameField.input.forceActiveFocus(); break;
        case "niche": taglineField.input.forceActiveFocus(); break;
        case "access": visibilityChoice.focusChosen(); break;
        case "guidelines": guidelinesArea.forceActiveFocus(); break;
        case "welcome": welcomeArea.forceActiveFocus(); break;
        default: createButton.forceActiveFocus(); break;
        }
    }

    // Chooses a template; replacing text the member wrote asks first.
    function chooseTemplate(key: string) {
        const edited = guidelinesArea.text.trim().length > 0
                       && guidelinesArea.text !== templates.textOf(templateKey);
        if (edited) {
            templateDialog.pendingKey = key;
            templateDialog.open();
        } else {
            useTemplate(key);
        }
    }

    function useTemplate(key: string) {
        templateKey = key;
        guidelinesArea.text = templates.textOf(key);
    }

    function create() {
        if (!online || busy || ready)
            return;
        founder.create({
            name: name,
            slug: slug,
            tagline: tagline,
            description: description,
            guidelines: guidelines,
            visibility: visibility,
            memberCap: memberCap,
            topics: topics,
            welcome: welcome
        });
    }

    // Escape and Back: leave, asking first when something would be lost.
    function cancel() {
        if (dialogOpen)
            return;
        if (ready)
            openCommunity();
        else if (!hasInput || busy)
            closed();
        else
            cancelDialog.open();
    }

    function openCommunity() {
        if (founder.communityId.length > 0)
            communityOpened(founder.communityId);
    }

    Connections {
        target: founder
        // A refusal at a field: back to its step, the error shown there.
        function onStageChanged() {
            if (founder.stage === CommunityFounder.Failed) {
                const at = page.stepOfField(founder.errorField);
                if (at >= 0) {
                    page.step = at;
                    page.showErrors = true;
                    page.focusStep();
                    if (founder.errorField === "slug")
                        slugField.input.forceActiveFocus();
                }
            } else if (founder.stage === CommunityFounder.Ready) {
                (founder.inviteLink.length > 0 ? copyButton : openButton).forceActiveFocus();
            }
        }
    }

    CommunityFounder {
        id: founder
        store: page.store
    }

    GuidelineTemplates {
        id: templates
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && !page.dialogOpen && !page.ready
        onActivated: page.next()
    }

    Shortcut {
        sequence: "Alt+Right"
        enabled: page.visible && !page.dialogOpen && !page.ready
        onActivated: page.next()
    }

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: page.ready ? qsTr("Your community is ready") : qsTr("Start a community")
        subtitle: page.ready ? "" : qsTr("Step %1 of %2: %3").arg(page.step + 1).arg(page.steps.length).arg(page.stepTitle(page.stepName))
        backLabel: page.backLabel
        onBackRequested: page.cancel()
    }

    ScrollingColumn {
        id: scroller
        objectName: "startScroller"
        anchors.fill: parent
        bottomPadding: Theme.spacingXxl + page.overlayHeight

        // The steps, each a button that goes there (forward only through steps that may be left).
        RowLayout {
            objectName: "stepBar"
            visible: !page.ready
            width: parent ? parent.width : 0
            spacing: Theme.spacingXs

            Repeater {
                model: page.steps

                delegate: AbstractButton {
                    id: stepButton

                    required property string modelData
                    required property int index
                    readonly property bool current: index === page.step

                    objectName: "stepButton_" + modelData
                    Layout.fillWidth: true
                    focusPolicy: Qt.TabFocus
                    enabled: !page.busy
                    hoverEnabled: true
                    text: page.stepTitle(modelData)
                    Accessible.role: Accessible.PageTab
                    Accessible.name: qsTr("Step %1: %2").arg(index + 1).arg(text)
                    Accessible.selected: current
                    onClicked: page.goTo(index)

                    contentItem: ColumnLayout {
                        spacing: Theme.spacingXs
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 4
                            radius: 2
                            color: stepButton.index <= page.step ? Theme.accent : Theme.border
                        }
                        Text {
                            Layout.fillWidth: true
                            text: (stepButton.index + 1) + ". " + stepButton.text
                            elide: Text.ElideRight
                            color: stepButton.current ? Theme.text : Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                            font.weight: stepButton.current ? Font.DemiBold : Font.Normal
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radiusS
                        color: stepButton.hovered ? Theme.surfaceAlt : "transparent"
                        border.width: stepButton.visualFocus ? 2 : 0
                        border.color: Theme.focusRing
                    }
                }
            }
        }

        // ---- Basics ----
        ColumnLayout {
            objectName: "basicsStep"
            visible: !page.ready && page.stepName === "basics"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("What is your community called? The address is how members find and link to it.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }

            FormField {
                id: nameField
                objectName: "nameField"
                Layout.fillWidth: true
                label: qsTr("Name")
                placeholderText: qsTr("e.g. Hollin Valley Potters")
                maximumLength: WireConstants.communityNameMaxLength
                errorText: (touched || page.showErrors) ? page.nameError : ""
                hint: qsTr("Up to %n characters.", "", WireConstants.communityNameMaxLength)
                input.onTextChanged: if (!page.slugEdited) slugField.text = founder.slugFor(nameField.text)
                onAccepted: page.next()
            }

            FormField {
                id: slugField
                objectName: "slugField"
                Layout.fillWidth: true
                label: qsTr("Address")
                placeholderText: qsTr("e.g. hollin-potters")
                maximumLength: WireConstants.slugMaxLength
                inputMethodHints: Qt.ImhLowercaseOnly | Qt.ImhNoPredictiveText
                // Checked as typed, once there is something to check.
                errorText: page.showErrors || ((touched || nameField.touched) && page.slug.length > 0)
                           ? page.slugError : ""
                hint: page.slug.length > 0 ? qsTr("No community on this server uses this address yet.")
                                           : qsTr("Made from the name; you can change it.")
                input.onTextEdited: page.slugEdited = slugField.text.length > 0
                onAccepted: page.next()
            }
        }

        // ---- Niche ----
        ColumnLayout {
            objectName: "nicheStep"
            visible: !page.ready && page.stepName === "niche"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            FormField {
                id: taglineField
                objectName: "taglineField"
                Layout.fillWidth: true
                label: qsTr("Tagline")
                placeholderText: qsTr("e.g. Wheel, kiln and glaze nights in the valley")
                maximumLength: WireConstants.taglineMaxLength
                hint: qsTr("One line under the name, up to %n characters.", "", WireConstants.taglineMaxLength)
                onAccepted: page.next()
            }

            Label {
                text: qsTr("Goals")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall + 1
                font.weight: Font.DemiBold
            }

            TextArea {
                id: descriptionArea
                objectName: "descriptionArea"
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                placeholderText: qsTr("What is this community for, and who is it for?")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.pixelSize: Theme.fontSizeBody
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                Accessible.name: qsTr("Goals")
                Accessible.description: descriptionHint.text
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: topicsInput.input.forceActiveFocus()
                background: Rectangle {
                    radius: Theme.radiusS + 2
                    color: Theme.surface
                    border.width: descriptionArea.activeFocus ? 2 : 1
                    border.color: page.descriptionError.length > 0 ? Theme.danger
                                  : descriptionArea.activeFocus ? Theme.focusRing : Theme.borderStrong
                }
            }

            Text {
                id: descriptionHint
                objectName: "descriptionMessage"
                Layout.fillWidth: true
                text: page.descriptionError.length > 0 ? page.descriptionError
                      : qsTr("Markdown is fine. Shown to people deciding whether to join.")
                color: page.descriptionError.length > 0 ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
            }

            TopicsInput {
                id: topicsInput
                Layout.fillWidth: true
                onFinished: page.next()
            }
        }

        // ---- Access ----
        ColumnLayout {
            objectName: "accessStep"
            visible: !page.ready && page.stepName === "access"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            VisibilityChoice {
                id: visibilityChoice
                Layout.fillWidth: true
                value: page.visibility
                onActivated: value => page.visibility = value
                onAccepted: page.next()
            }

            MemberCapField {
                Layout.topMargin: Theme.spacingS
                Layout.fillWidth: true
                value: page.memberCap
                hint: qsTr("From %1 to %2. %3 keeps it small enough that everyone can know everyone; you can raise it later.")
                      .arg(WireConstants.memberCapMin).arg(WireConstants.memberCapMax).arg(WireConstants.memberCapSuggested)
                onEdited: value => page.memberCap = value
                onAccepted: page.next()
            }
        }

        // ---- Guidelines ----
        ColumnLayout {
            objectName: "guidelinesStep"
            visible: !page.ready && page.stepName === "guidelines"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("Start from a template and make it yours. Members accept these when they join.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: templates.all

                    delegate: AbstractButton {
                        id: templateButton

                        required property var modelData
                        readonly property bool selected: page.templateKey === modelData.key

                        objectName: "template_" + modelData.key
                        width: 180
                        hoverEnabled: true
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: modelData.name
                        Accessible.description: modelData.summary
                        Accessible.checked: selected
                        onClicked: page.chooseTemplate(modelData.key)
                        Keys.onReturnPressed: page.chooseTemplate(modelData.key)
                        Keys.onEnterPressed: page.chooseTemplate(modelData.key)
                        padding: Theme.spacingS + 2

                        contentItem: ColumnLayout {
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: templateButton.modelData.name
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeSmall + 1
                                font.weight: Font.DemiBold
                            }
                            Text {
                                Layout.fillWidth: true
                                text: templateButton.modelData.summary
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radiusM
                            color: templateButton.selected ? Theme.accentSoft
                                   : templateButton.hovered ? Theme.surfaceAlt : Theme.surface
                            border.width: templateButton.visualFocus ? 2 : 1
                            border.color: templateButton.visualFocus ? Theme.focusRing
                                          : templateButton.selected ? Theme.accent : Theme.border
                        }
                    }
                }
            }

            MarkdownEditor {
                id: guidelinesArea
                objectName: "guidelinesEditor"
                Layout.fillWidth: true
                label: qsTr("Guidelines")
                errorText: page.guidelinesError
                hint: qsTr("Markdown: **bold**, *italic*, - lists, ## headings.")
            }
        }

        // ---- Welcome ----
        ColumnLayout {
            objectName: "welcomeStep"
            visible: !page.ready && page.stepName === "welcome"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("Your first post, pinned at the top of the feed: what a new member reads first.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeBody
            }

            MarkdownEditor {
                id: welcomeArea
                objectName: "welcomeEditor"
                Layout.fillWidth: true
                label: qsTr("Welcome message")
                errorText: page.welcomeError
                hint: qsTr("Leave it empty for no welcome post.")
            }
        }

        // ---- Review ----
        ColumnLayout {
            objectName: "reviewStep"
            visible: !page.ready && page.stepName === "review"
            width: parent ? parent.width : 0
            spacing: Theme.spacingM

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: summary.implicitHeight + 2 * Theme.spacingL
                radius: Theme.radiusM
                color: Theme.surface
                border.width: 1
                border.color: Theme.border

                ColumnLayout {
                    id: summary
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    Repeater {
                        model: [
                            [qsTr("Name"), page.name.trim()],
                            [qsTr("Address"), page.slug],
                            [qsTr("Tagline"), page.tagline.trim().length > 0 ? page.tagline.trim() : qsTr("None")],
                            [qsTr("Topics"), page.topics.length > 0 ? page.topics.join(", ") : qsTr("None")],
                            [qsTr("Who may join"), page.visibility === "public" ? qsTr("Anyone (public)")
                                                   : page.visibility === "request" ? qsTr("By request") : qsTr("Invite only")],
                            [qsTr("Member cap"), String(page.memberCap)],
                            [qsTr("Welcome post"), page.welcome.trim().length > 0 ? qsTr("Pinned at the top of the feed") : qsTr("None")]
                        ]

                        delegate: RowLayout {
                            id: reviewRow
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            spacing: Theme.spacingL
                            Text {
                                Layout.preferredWidth: 130
                                text: reviewRow.modelData[0]
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall + 1
                            }
                            Text {
                                objectName: "reviewValue" + reviewRow.index
                                Layout.fillWidth: true
                                text: reviewRow.modelData[1]
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.pixelSize: Theme.fontSizeBody
                            }
                        }
                    }
                }
            }

            Rectangle {
                objectName: "offlineNote"
                visible: !page.online
                Layout.fillWidth: true
                implicitHeight: offlineText.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radiusM
                color: Theme.warningSoft
                Text {
                    id: offlineText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    wrapMode: Text.Wrap
                    text: qsTr("Creating a community needs a connection to the server. Everything you typed stays here: Create works as soon as Hearth is back online.")
                    color: Theme.warning
                    font.pixelSize: Theme.fontSizeSmall + 1
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            Text {
                objectName: "serverError"
                visible: page.serverError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The server did not create the community: %1").arg(page.serverError)
                color: Theme.danger
                font.pixelSize: Theme.fontSizeSmall + 1
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Text {
                objectName: "creatingNote"
                visible: page.busy
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: founder.stage === CommunityFounder.Inviting ? qsTr("Making an invite link…")
                                                                   : qsTr("Creating your community on the server…")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeSmall + 1
            }
        }

        // ---- Ready ----
        ColumnLayout {
            objectName: "readyPanel"
            visible: page.ready
            width: parent ? parent.width : 0
            spacing: Theme.spacingL

            Text {
                Layout.fillWidth: true
                text: qsTr("%1 is live. Your welcome message is pinned at the top of its feed.").arg(page.name.trim())
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSizeLarge
                font.weight: Font.DemiBold
            }

            Text {
                Layout.fillWidth: true
                text: founder.inviteLink.length > 0
                      ? qsTr("Share this invite link with the first people you want in: it lets them join straight away, even when the community is invite only or by request.")
                      : qsTr("Hearth could not make an invite link: %1. You can make one later from the community's settings.").arg(founder.errorMessage)
                wrapMode: Text.Wrap
                color: founder.inviteLink.length > 0 ? Theme.textSecondary : Theme.danger
                font.pixelSize: Theme.fontSizeBody
            }

            RowLayout {
                visible: founder.inviteLink.length > 0
                Layout.fillWidth: true
                spacing: Theme.spacingS

                TextField {
                    id: inviteField
                    objectName: "inviteLinkField"
                    Layout.fillWidth: true
                    readOnly: true
                    text: founder.inviteLink
                    font.family: Theme.monospaceFamily
                    font.pixelSize: Theme.fontSizeBody
                    color: Theme.text
                    selectByMouse: true
                    Accessible.name: qsTr("Invite link")
                    background: Rectangle {
                        radius: Theme.radiusS + 2
                        color: Theme.surfaceAlt
                        border.width: inviteField.activeFocus ? 2 : 1
                        border.color: inviteField.activeFocus ? Theme.focusRing : Theme.border
                    }
                }

                PrimaryButton {
                    id: copyButton
                    objectName: "copyInviteButton"
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy")
                    Accessible.name: qsTr("Copy the invite link")
                    onClicked: {
                        Clipboard.text = founder.inviteLink;
                        copied = true;
                    }
                }
            }

            SecondaryButton {
                id: openButton
                objectName: "openCommunityButton"
                text: qsTr("Go to %1").arg(page.name.trim())
                onClicked: page.openCommunity()
            }
        }

        // Back / Next (Create on the last step).
        RowLayout {
            visible: !page.ready
            width: parent ? parent.width : 0
            spacing: Theme.spacingS

            SecondaryButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                enabled: !page.busy
                onClicked: page.cancel()
            }

            Item { Layout.fillWidth: true }

            SecondaryButton {
                objectName: "previousButton"
                visible: page.step > 0
                enabled: !page.busy
                text: qsTr("Back")
                Accessible.name: qsTr("Previous step")
                onClicked: page.previous()
            }

            PrimaryButton {
                id: createButton
                objectName: page.stepName === "review" ? "createButton" : "nextButton"
                text: page.stepName === "review" ? (page.busy ? qsTr("Creating…") : qsTr("Create community")) : qsTr("Next")
                busy: page.busy
                enabled: page.stepName !== "review" || (page.online && !page.busy)
                onClicked: page.next()
            }
        }
    }

    ConfirmDialog {
        id: cancelDialog
        objectName: "cancelStartDialog"
        title: qsTr("Stop starting this community?")
        message: qsTr("What you typed here will be lost.")
        confirmText: qsTr("Discard")
        destructive: true
        onConfirmed: page.closed()
    }

    ConfirmDialog {
        id: templateDialog
        objectName: "templateDialog"
        property string pendingKey
        title: qsTr("Replace your guidelines?")
        message: qsTr("The template replaces what you wrote.")
        confirmText: qsTr("Replace")
        destructive: true
        onConfirmed: page.useTemplate(pendingKey)
    }
}

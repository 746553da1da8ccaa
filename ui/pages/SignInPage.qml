pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth.Models
import Hearth.Ui

// Sign in to a Hearth server, or create an account there. The page only validates and asks;
// whoever hosts it performs the request and feeds back `busy` and `errorText`. Accounts already
// on this computer are offered above the form, one click each.
Page {
    id: page

    property string serverUrl
    property string handle
    // Accounts kept on this computer: [{serverUrl, handle, displayName}]. Someone who has signed
    // in here before is welcomed back; a newcomer is not.
    property var accounts: []
    readonly property bool returning: accounts.length > 0
    property bool busy: false
    // The last failure reported by the server or the keychain, shown above the button.
    property string errorText
    property bool createAccount: false
    // An error the member has moved on from (switched mode), hidden until the next attempt.
    property string dismissedError
    readonly property bool showError: errorText.length > 0 && errorText !== dismissedError

    readonly property alias serverField: serverField
    readonly property alias handleField: handleField
    readonly property alias displayNameField: displayNameField
    readonly property alias passwordField: passwordField
    readonly property alias submitButton: submitButton

    readonly property int minimumNewPasswordLength: 8

    readonly property string serverError: {
        const url = serverField.text.trim();
        if (url.length === 0)
            return qsTr("Enter the address of your community's server.");
        // "host", "host:port" or a full http(s) address; the session adds http:// when missing.
        if (!/^(https?:\/\/)?[A-Za-z0-9.\-\[\]:]+(:\d+)?(\/\S*)?$/i.test(url))
            return qsTr("That does not look like a server address, e.g. hearth.example.org or http://127.0.0.1:8080");
        return "";
    }
    readonly property string handleError: {
        const h = handleField.text.trim();
        if (h.length === 0)
            return qsTr("Enter your handle.");
        if (/\s/.test(h))
            return qsTr("A handle has no spaces.");
        if (page.createAccount && !/^[a-z0-9_.\-]{2,32}$/.test(h))
            return qsTr("Use 2 to 32 lowercase letters, digits, dots, dashes or underscores.");
        return "";
    }
    readonly property string passwordError: {
        const p = passwordField.text;
        if (p.length === 0)
            return qsTr("Enter your password.");
        if (page.createAccount && p.length < page.minimumNewPasswordLength)
            return qsTr("Use at least %n characters.", "", page.minimumNewPasswordLength);
        return "";
    }
    readonly property bool valid: serverError.length === 0 && handleError.length === 0
                                  && passwordError.length === 0

    signal signInRequested(string serverUrl, string handle, string password)
    signal createAccountRequested(string serverUrl, string handle, string password, string displayName)
    // One of `accounts` was picked: open it (its sign-in may still be saved on this computer).
    signal accountChosen(string serverUrl, string handle)

    function setCreateAccount(create: bool) {
        if (createAccount === create)
            return;
        createAccount = create;
        dismissedError = errorText;
        attempted = false;
        // A field reached in the other mode has not been typed in for this one.
        serverField.touched = false;
        handleField.touched = false;
        displayNameField.touched = false;
        passwordField.touched = false;
    }

    // Untyped on purpose: with it typed, qmllint 6.4 crashes (SIGSEGV, lint_qml) on this file,
    // which also calls qsTr with plural counts.
    function capitalized(text) {
        const first = text.charAt(0);
        return first.toUpperCase() + text.slice(1);
    }

    function submit() {
        attempted = true;
        if (!valid || busy)
            return;
        dismissedError = "";
        const url = serverField.text.trim();
        if (createAccount)
            createAccountRequested(url, handleField.text.trim(), passwordField.text,
                                   displayNameField.text.trim());
        else
            signInRequested(url, handleField.text.trim(), passwordField.text);
    }

    // Errors show for a field once it was edited or left, or after a first attempt.
    property bool attempted: false

    Component.onCompleted: {
        if (serverField.text.length === 0)
            serverField.input.forceActiveFocus();
        else if (handleField.text.length === 0)
            handleField.input.forceActiveFocus();
        else
            passwordField.input.forceActiveFocus();
    }

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.y + card.implicitHeight + Theme.spacingXxl)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar { }

        Pane {
            id: card
            objectName: "signInCard"
            // Placed from the top, not centred: the card grows downwards when the account form
            // adds a field, and never jumps as messages come and go.
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spacingXl, Math.round((page.height - 600) / 2))
            width: Math.min(420, page.width - 2 * Theme.spacingXl)
            padding: Theme.spacingXxl
            topPadding: Theme.spacingXxl + Theme.spacingS

            background: Rectangle {
                radius: Theme.radiusL
                color: Theme.surface
                border.width: 1
                border.color: Theme.border
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacingS + 2

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                    spacing: Theme.spacingS

                    BrandMark {
                        size: 44
                    }

                    Text {
                        Layout.topMargin: Theme.spacingS
                        Layout.fillWidth: true
                        objectName: "pageTitle"
                        text: page.createAccount ? qsTr("Create your Hearth account")
                              : page.returning ? qsTr("Welcome back")
                              : qsTr("Sign in to Hearth")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeDisplay - 2
                        font.weight: Font.Bold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Text {
                        Layout.fillWidth: true
                        text: page.createAccount
                              ? qsTr("Join the server your community runs. You can join communities once you are in.")
                              : qsTr("Sign in to the server your community runs.")
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeBody
                        lineHeight: 1.1
                    }
                }

                // Accounts on this computer: one click opens each (no password while its
                // sign-in is still saved).
                ColumnLayout {
                    objectName: "knownAccounts"
                    Layout.fillWidth: true
                    visible: page.accounts.length > 0 && !page.createAccount
                    spacing: Theme.spacingXs

                    Label {
                        text: qsTr("On this computer")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                        font.weight: Font.DemiBold
                    }

                    Repeater {
                        model: page.accounts

                        delegate: ItemDelegate {
                            id: accountRow

                            required property var modelData
                            readonly property string accountName: modelData.displayName !== undefined
                                                                  && modelData.displayName.length > 0
                                                                  ? modelData.displayName : modelData.handle

                            objectName: "account_" + modelData.handle
                            Layout.fillWidth: true
                            enabled: !page.busy
                            padding: Theme.spacingS
                            hoverEnabled: true
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Continue as %1 on %2").arg(accountName).arg(modelData.serverUrl)
                            onClicked: page.accountChosen(modelData.serverUrl, modelData.handle)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()

                            background: Rectangle {
                                radius: Theme.radiusS + 2
                                color: accountRow.hovered ? Theme.surfaceAlt : "transparent"
                                border.width: accountRow.visualFocus ? 2 : 1
                                border.color: accountRow.visualFocus ? Theme.focusRing : Theme.border
                            }

                            contentItem: RowLayout {
                                spacing: Theme.spacingS

                                Avatar {
                                    name: accountRow.accountName
                                    size: 28
                                    circular: true
                                }

                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0

                                    Text {
                                        Layout.fillWidth: true
                                        text: accountRow.accountName
                                        elide: Text.ElideRight
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSizeBody
                                        font.weight: Font.DemiBold
                                    }

                                    Text {
                                        Layout.fillWidth: true
                                        text: "@" + accountRow.modelData.handle + " · " + accountRow.modelData.serverUrl
                                        elide: Text.ElideRight
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontSizeSmall
                                    }
                                }
                            }
                        }
                    }

                    Text {
                        Layout.topMargin: Theme.spacingS
                        Layout.bottomMargin: Theme.spacingXs
                        text: qsTr("Or sign in to another account:")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }

                FormField {
                    id: serverField
                    objectName: "serverField"
                    Layout.fillWidth: true
                    label: qsTr("Server address")
                    placeholderText: qsTr("https://hearth.example.org")
                    text: page.serverUrl
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    enabled: !page.busy
                    errorText: (touched || page.attempted) ? page.serverError : ""
                    onAccepted: handleField.input.forceActiveFocus()
                }

                FormField {
                    id: handleField
                    objectName: "handleField"
                    Layout.fillWidth: true
                    label: qsTr("Handle")
                    placeholderText: qsTr("your-handle")
                    text: page.handle
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    enabled: !page.busy
                    errorText: (touched || page.attempted) ? page.handleError : ""
                    onAccepted: page.createAccount ? displayNameField.input.forceActiveFocus()
                                                   : passwordField.input.forceActiveFocus()
                }

                FormField {
                    id: displayNameField
                    objectName: "displayNameField"
                    Layout.fillWidth: true
                    visible: page.createAccount
                    label: qsTr("Display name")
                    placeholderText: qsTr("How others see you")
                    hint: qsTr("Optional. Your handle is used when this is empty.")
                    enabled: !page.busy
                    maximumLength: WireConstants.displayNameMaxLength
                    onAccepted: passwordField.input.forceActiveFocus()
                }

                FormField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    echoMode: TextInput.Password
                    enabled: !page.busy
                    hint: page.createAccount ? qsTr("At least %n characters.", "", page.minimumNewPasswordLength) : ""
                    errorText: (touched || page.attempted) ? page.passwordError : ""
                    onAccepted: page.submit()
                }

                Rectangle {
                    objectName: "errorBanner"
                    Layout.fillWidth: true
                    visible: page.showError
                    implicitHeight: errorLabel.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radiusS + 2
                    color: Theme.dangerSoft
                    border.width: 1
                    border.color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.35)

                    Text {
                        id: errorLabel
                        objectName: "errorText"
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        verticalAlignment: Text.AlignVCenter
                        // Server messages start in lower case ("wrong handle or password").
                        text: page.capitalized(page.errorText)
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSmall + 1
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                PrimaryButton {
                    id: submitButton
                    objectName: "submitButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingXs
                    implicitHeight: 40
                    text: page.createAccount ? qsTr("Create account") : qsTr("Sign in")
                    enabled: page.valid && !page.busy
                    busy: page.busy
                    Accessible.name: text
                    onClicked: page.submit()
                }

                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.spacingXs

                    Text {
                        text: page.createAccount ? qsTr("Already have an account?")
                                                 : qsTr("New to this server?")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSizeBody - 1
                    }

                    AbstractButton {
                        id: modeToggle
                        objectName: "modeToggle"
                        text: page.createAccount ? qsTr("Sign in") : qsTr("Create an account")
                        enabled: !page.busy
                        hoverEnabled: true
                        Accessible.name: text
                        onClicked: page.setCreateAccount(!page.createAccount)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()

                        contentItem: Text {
                            text: modeToggle.text
                            color: Theme.link
                            font.pixelSize: Theme.fontSizeBody - 1
                            font.weight: Font.DemiBold
                            font.underline: modeToggle.hovered || modeToggle.visualFocus
                        }

                        FocusFrame {
                            shown: modeToggle.visualFocus
                        }

                        HoverHandler {
                            cursorShape: Qt.PointingHandCursor
                        }
                    }
                }
            }
        }
    }
}

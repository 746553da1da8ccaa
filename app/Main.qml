import QtQuick
import QtQuick.Controls
import Hearth.Ui
import Hearth.App

// (No "pragma ComponentBehavior: Bound" here: Qt 6.4's Loader cannot create bound components.)
// The window: the sign-in page while signed out, the signed-in layout once the account's cache is
// open. This is the one place that reads the app's state (AppContext: the session, the cache
// store, the sync engine) and passes it down: the pages of Hearth.Ui take everything they need as
// properties and ask for changes with signals.
ApplicationWindow {
    id: window

    readonly property bool signedIn: AppContext.store !== null
    readonly property var preferences: AppContext.preferences
    readonly property alias pageLoader: pageLoader
    // The test mode's tour shows the sign-in page over a signed-in account for its picture.
    property bool showSignIn: false

    width: 1200
    height: 780
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    title: qsTr("Hearth")
    color: Theme.background

    // Theme and text size follow the member's choice live.
    Binding {
        target: Theme
        property: "mode"
        value: AppContext.preferences.theme
    }

    Binding {
        target: Theme
        property: "textScale"
        value: AppContext.preferences.textScale
    }

    // Fusion draws the stock controls (scroll bars, menus, tool tips) from the palette.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.textMuted
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.surface
    palette.mid: Theme.border
    palette.dark: Theme.borderStrong
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceAlt
    palette.shadow: Theme.borderStrong
    palette.link: Theme.link
    // Disabled stock controls look disabled in both themes.
    palette.disabled.windowText: Theme.textDisabled
    palette.disabled.text: Theme.textDisabled
    palette.disabled.buttonText: Theme.textDisabled
    palette.disabled.button: Theme.disabledFill
    palette.disabled.base: Theme.surfaceAlt

    font.pixelSize: Theme.fontSizeBody

    // Keyboard shortcuts need the window active; without a window manager (Xvfb, kiosks) nobody
    // else activates it.
    Component.onCompleted: requestActivate()

    Component {
        id: signInPage

        SignInPage {
            serverUrl: AppContext.initialServerUrl
            handle: AppContext.initialHandle
            accounts: AppContext.session.accounts
            busy: AppContext.session.state === Session.SigningIn
                  || AppContext.session.state === Session.Restoring
            errorText: AppContext.errorString
            onSignInRequested: (serverUrl, handle, password) =>
                               AppContext.session.signIn(serverUrl, handle, password)
            onCreateAccountRequested: (serverUrl, handle, password, displayName) =>
                                      AppContext.session.createAccount(serverUrl, handle, password, displayName)
            onAccountChosen: (serverUrl, handle) => AppContext.session.switchAccount(serverUrl, handle)
        }
    }

    Component {
        id: homePage

        HomePage {
            store: AppContext.store
            displayName: AppContext.session.displayName
            handle: AppContext.session.handle
            serverUrl: AppContext.session.serverUrl
            preferences: AppContext.preferences
            accounts: AppContext.session.accounts
            appVersion: AppContext.appVersion
            qtVersion: AppContext.qtVersion
            firstSync: AppContext.firstSync
            syncStatus: {
                switch (AppContext.sync ? AppContext.sync.status : SyncEngine.Offline) {
                case SyncEngine.Online: return SyncStatusPill.State.Online;
                case SyncEngine.Syncing: return SyncStatusPill.State.Syncing;
                case SyncEngine.Connecting: return SyncStatusPill.State.Connecting;
                default: return SyncStatusPill.State.Offline;
                }
            }
            unsentCount: AppContext.sync ? AppContext.sync.unsentCount : 0
            failedCount: AppContext.sync ? AppContext.sync.failedCount : 0
            syncDetail: AppContext.sync ? AppContext.sync.lastError : ""
            // ui-pages: desktop notifications go to the system tray where there is one
            trayAvailable: SystemTray.available
            trayUnavailableReason: SystemTray.unavailableReason
            onSignOutRequested: forgetData => {
                if (forgetData)
                    AppContext.preferences.forgetAccount(accountKey);
                AppContext.session.signOut(forgetData);
            }
            onSyncRequested: if (AppContext.sync) AppContext.sync.syncNow()
            onSwitchAccountRequested: (serverUrl, handle) => AppContext.session.switchAccount(serverUrl, handle)
            onAddAccountRequested: AppContext.session.addAccount()
            onClearCacheRequested: AppContext.clearCache()
            pendingInvite: AppContext.pendingInvite
            onInviteTaken: AppContext.takePendingInvite()
        }
    }

    // What the member should know about this account's cache; with a choice to make (a cache
    // from a newer Hearth) it is all the window shows until they make it.
    CacheNoticeBar {
        id: cacheNotice

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        z: 1
        text: AppContext.cacheNotice
        needsDecision: AppContext.cacheNeedsDecision
        onRebuildRequested: AppContext.rebuildCache()
        onSignOutRequested: AppContext.session.signOut(false)
        onDismissed: AppContext.dismissCacheNotice()
    }

    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.top: cacheNotice.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // While the last account is restored (a keychain read) or its cache opens, show nothing
        // rather than flashing the sign-in form.
        sourceComponent: window.signedIn && !window.showSignIn ? homePage
                         : window.showSignIn || AppContext.session.state === Session.SignedOut
                           || AppContext.session.state === Session.SigningIn ? signInPage : null
    }

    ScreenTour {
        id: tour
        objectName: "screenTour"
        window: window
    }
}

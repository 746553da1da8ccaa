import QtQuick
import QtQuick.Controls
import Hearth.Ui
import Hearth.App

// (No "pragma ComponentBehavior: Bound" here: Qt 6.4's Loader cannot create bound components.)
// The window: the sign-in page while signed out, the community rail and feed once the account's
// cache is open. All state comes from the app's AppContext singleton.
ApplicationWindow {
    id: window

    readonly property bool signedIn: AppContext.store !== null

    width: 1200
    height: 780
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    title: qsTr("Hearth")
    color: Theme.background

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

    font.pixelSize: Theme.fontSizeBody

    // Keyboard shortcuts need the window active; without a window manager (Xvfb, kiosks) nobody
    // else activates it.
    Component.onCompleted: requestActivate()

    Component {
        id: signInPage

        SignInPage {
            serverUrl: AppContext.initialServerUrl
            handle: AppContext.initialHandle
            busy: AppContext.session.state === Session.SigningIn
            errorText: AppContext.errorString
            onSignInRequested: (serverUrl, handle, password) =>
                               AppContext.session.signIn(serverUrl, handle, password)
            onCreateAccountRequested: (serverUrl, handle, password, displayName) =>
                                      AppContext.session.createAccount(serverUrl, handle, password, displayName)
        }
    }

    Component {
        id: homePage

        HomePage {
            store: AppContext.store
            displayName: AppContext.session.displayName
            handle: AppContext.session.handle
            syncStatus: {
                switch (AppContext.sync ? AppContext.sync.status : SyncEngine.Offline) {
                case SyncEngine.Online: return SyncStatusPill.State.Online;
                case SyncEngine.Syncing: return SyncStatusPill.State.Syncing;
                case SyncEngine.Connecting: return SyncStatusPill.State.Connecting;
                default: return SyncStatusPill.State.Offline;
                }
            }
            unsentCount: AppContext.sync ? AppContext.sync.unsentCount : 0
            syncDetail: AppContext.sync ? AppContext.sync.lastError : ""
            onSignOutRequested: AppContext.session.signOut(false)
            onSyncRequested: if (AppContext.sync) AppContext.sync.syncNow()
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
        objectName: "pageLoader"
        anchors.top: cacheNotice.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // While the last account is restored (a keychain read) or its cache opens, show nothing
        // rather than flashing the sign-in form.
        sourceComponent: window.signedIn ? homePage
                         : AppContext.session.state === Session.SignedOut
                           || AppContext.session.state === Session.SigningIn ? signInPage : null
    }
}

import QtQuick
import QtTest
import Hearth.Ui

// The bar that tells the member about their cache: hidden with nothing to say, the message
// shown as given, and the choices that go with it.
TestCase {
    id: testCase
    name: "CacheNoticeBar"
    when: windowShown
    width: 900
    height: 300
    visible: true

    Component {
        id: barComponent

        CacheNoticeBar {
            width: testCase.width
        }
    }

    SignalSpy {
        id: rebuildSpy
        signalName: "rebuildRequested"
    }

    SignalSpy {
        id: signOutSpy
        signalName: "signOutRequested"
    }

    SignalSpy {
        id: dismissSpy
        signalName: "dismissed"
    }

    function createBar(properties) {
        const bar = createTemporaryObject(barComponent, testCase, properties || {});
        verify(bar !== null, "CacheNoticeBar loads");
        for (const spy of [rebuildSpy, signOutSpy, dismissSpy]) {
            spy.clear();
            spy.target = bar;
        }
        return bar;
    }

    function test_hiddenWithNothingToSay() {
        const bar = createBar({ text: "" });
        verify(!bar.visible);
        compare(bar.implicitHeight, 0);
    }

    function test_aRebuiltCacheIsReportedAndDismissed() {
        const message = "This account's cache was damaged (the file is cut short), so Hearth set "
                        + "it aside and is rebuilding it from the server. Your 3 unsent changes "
                        + "were kept and will be sent.";
        const bar = createBar({ text: message });
        verify(bar.visible);
        const label = findChild(bar, "cacheNoticeText");
        compare(label.text, message);
        verify(!findChild(bar, "rebuildCacheButton").visible);
        const dismiss = findChild(bar, "dismissCacheNoticeButton");
        verify(dismiss.visible);
        mouseClick(dismiss);
        compare(dismissSpy.count, 1);
    }

    function test_aNewerCacheOffersTheChoice() {
        const bar = createBar({ text: "This cache was written by a newer Hearth (schema 9).",
                                needsDecision: true });
        const rebuild = findChild(bar, "rebuildCacheButton");
        const signOut = findChild(bar, "cacheSignOutButton");
        verify(rebuild.visible);
        verify(signOut.visible);
        verify(!findChild(bar, "dismissCacheNoticeButton").visible);
        mouseClick(rebuild);
        compare(rebuildSpy.count, 1);
        mouseClick(signOut);
        compare(signOutSpy.count, 1);
    }
}

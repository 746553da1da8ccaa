#pragma once
// What hearth was asked to do on its command line (and, for the demo login, in its environment).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hearth::app {

struct Options {
    QString serverUrl; // --server: pre-fills the sign-in form
    QString handle;    // --handle: pre-fills the sign-in form
    QString password;  // HEARTH_PASSWORD, read only with --auto-sign-in
    bool autoSignIn = false;
    QString screenshotPath;  // --screenshot: grab the window once loaded, then exit
    QString screensPath;     // --screens: photograph every main screen into this folder, then exit
    QStringList screenNames; // --screen-list: only these screens (default: all)
    QString inviteLink;      // a hearth://invite/CODE link to open (the desktop's %u)

    // A test mode: the run ends by itself and fails on any QML warning.
    bool testMode() const { return !screenshotPath.isEmpty() || !screensPath.isEmpty(); }

    // Parses the application's arguments. Prints help, the version or a usage error and exits
    // the process when that is what the arguments call for.
    static Options parse(const QCoreApplication &app);
    // True when the arguments ask only for --help or --version, which need no display.
    static bool asksForHelpOrVersion(int argc, char **argv);
};

} // namespace hearth::app

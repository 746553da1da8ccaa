#pragma once
// What hearth was asked to do on its command line (and, for the demo login, in its environment).

#include <QString>

class QCoreApplication;

namespace hearth::app {

struct Options {
    QString serverUrl; // --server: pre-fills the sign-in form
    QString handle;    // --handle: pre-fills the sign-in form
    QString password;  // HEARTH_PASSWORD, read only with --auto-sign-in
    bool autoSignIn = false;
    QString screenshotPath; // --screenshot: grab the window once loaded, then exit

    // Parses the application's arguments. Prints help, the version or a usage error and exits
    // the process when that is what the arguments call for.
    static Options parse(const QCoreApplication &app);
    // True when the arguments ask only for --help or --version, which need no display.
    static bool asksForHelpOrVersion(int argc, char **argv);
};

} // namespace hearth::app

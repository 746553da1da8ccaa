#pragma once
// Invite links: `hearth://invite/CODE`, the form an organizer shares and the desktop opens with
// hearth (the .desktop file registers the scheme). A member may also paste the bare code.

#include <QString>

namespace hearth::protocol {

inline constexpr auto InviteScheme = "hearth";

// The invite code in `text`: a bare code, or a hearth://invite/CODE link (spaces around it,
// the scheme's and the code's case and a trailing "/" are forgiven). "" when it is neither.
QString inviteCodeFrom(const QString &text);
// hearth://invite/<code>
QString inviteLink(const QString &code);

} // namespace hearth::protocol

pragma Singleton
import QtQuick

// Human wording for times and counts, shared by every page.
QtObject {
    // "just now", "5 min ago", "3 h ago", "yesterday", "Mon", "12 Mar", "12 Mar 2024".
    // `now` is passed in so a view can refresh relative times from one ticking clock.
    function relativeTime(when: date, now: date): string {
        if (!when || isNaN(when.getTime()))
            return "";
        const seconds = Math.max(0, Math.floor((now.getTime() - when.getTime()) / 1000));
        if (seconds < 60)
            return qsTr("just now");
        const minutes = Math.floor(seconds / 60);
        if (minutes < 60)
            return qsTr("%n min ago", "", minutes);
        const hours = Math.floor(minutes / 60);
        if (hours < 24)
            return qsTr("%n h ago", "", hours);
        const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
        const dayDiff = Math.ceil((startOfToday.getTime() - when.getTime()) / 86400000);
        if (dayDiff <= 1)
            return qsTr("yesterday");
        if (dayDiff < 7)
            return when.toLocaleDateString(Qt.locale(), "dddd");
        if (when.getFullYear() === now.getFullYear())
            return when.toLocaleDateString(Qt.locale(), "d MMM");
        return when.toLocaleDateString(Qt.locale(), "d MMM yyyy");
    }

    function fullTime(when: date): string {
        if (!when || isNaN(when.getTime()))
            return "";
        return when.toLocaleString(Qt.locale(), Locale.LongFormat);
    }

    function comments(count: int): string {
        if (count === 0)
            return qsTr("No comments yet");
        return count === 1 ? qsTr("1 comment") : qsTr("%n comments", "", count);
    }

    function members(count: int): string {
        return count === 1 ? qsTr("1 member") : qsTr("%n members", "", count);
    }

    // "12 KB", "3.4 MB", "1.2 GB": sizes on disk, in the locale's number format.
    function bytes(count: real): string {
        if (count < 1024)
            return qsTr("%1 bytes").arg(Math.round(count));
        const units = [qsTr("%1 KB"), qsTr("%1 MB"), qsTr("%1 GB")];
        let value = count / 1024;
        let unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            ++unit;
        }
        return units[unit].arg(Number(value).toLocaleString(Qt.locale(), "f", value < 10 ? 1 : 0));
    }
}

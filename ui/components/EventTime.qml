pragma Singleton
import QtQuick

// How event times read: in the member's own time zone and locale, relative to today where that
// helps ("Today, 18:00 – 22:00", "Sat 9 Nov, 10:00 – Sun 10 Nov, 16:00", "in 3 hours").
QtObject {
    function startOfDay(when: date): date {
        return new Date(when.getFullYear(), when.getMonth(), when.getDate());
    }

    // Whole days from today to `when` (0 today, 1 tomorrow, -1 yesterday).
    function daysFromToday(when: date, now: date): int {
        return Math.round((startOfDay(when).getTime() - startOfDay(now).getTime()) / 86400000);
    }

    // The locale's short time, without seconds (some locales' short format has them).
    function time(when: date): string {
        const format = Qt.locale().timeFormat(Locale.ShortFormat).replace(/[:.]ss/, "");
        return when.toLocaleTimeString(Qt.locale(), format);
    }

    // "Today", "Tomorrow", "Yesterday", "Saturday" (this week), "Sat 9 Nov", "Sat 9 Nov 2026".
    function day(when: date, now: date): string {
        const days = daysFromToday(when, now);
        if (days === 0)
            return qsTr("Today");
        if (days === 1)
            return qsTr("Tomorrow");
        if (days === -1)
            return qsTr("Yesterday");
        if (days > 1 && days < 7)
            return when.toLocaleDateString(Qt.locale(), "dddd");
        if (when.getFullYear() === now.getFullYear())
            return when.toLocaleDateString(Qt.locale(), "ddd d MMM");
        return when.toLocaleDateString(Qt.locale(), "ddd d MMM yyyy");
    }

    function range(start: date, end: date, now: date): string {
        if (!start || isNaN(start.getTime()))
            return "";
        if (!end || isNaN(end.getTime()) || end.getTime() <= start.getTime())
            return qsTr("%1, %2").arg(day(start, now)).arg(time(start));
        if (daysFromToday(start, now) === daysFromToday(end, now))
            return qsTr("%1, %2 – %3").arg(day(start, now)).arg(time(start)).arg(time(end));
        return qsTr("%1, %2 – %3, %4").arg(day(start, now)).arg(time(start))
                                       .arg(day(end, now)).arg(time(end));
    }

    // "in 25 min", "in 3 hours", "in 4 days", "happening now", "ended 2 days ago"; "" for an
    // event tomorrow that is more than a day away.
    // Untyped on purpose: qmllint 6.4 crashes (SIGSEGV, lint_qml) on this file when this
    // function's date parameters are typed and it calls qsTr with a plural count.
    function relative(start, end, now): string {
        const toStart = start.getTime() - now.getTime();
        if (toStart > 0) {
            const minutes = Math.ceil(toStart / 60000);
            if (minutes < 60)
                return qsTr("in %n min", "", minutes);
            const hours = Math.round(minutes / 60);
            if (hours < 24)
                return hours === 1 ? qsTr("in 1 hour") : qsTr("in %n hours", "", hours);
            // Tomorrow is already said by the day ("Tomorrow, 10:30").
            const days = daysFromToday(start, now);
            return days <= 1 ? "" : qsTr("in %n days", "", days);
        }
        if (end.getTime() > now.getTime())
            return qsTr("happening now");
        const daysAgo = -daysFromToday(end, now);
        if (daysAgo === 0)
            return qsTr("ended today");
        if (daysAgo === 1)
            return qsTr("ended yesterday");
        return qsTr("ended %n days ago", "", daysAgo);
    }

    function monthShort(when: date): string {
        return when.toLocaleDateString(Qt.locale(), "MMM");
    }
}

#pragma once
// A community's audit log for its organizers (Manage → Audit log): who did what to whom, when
// and why, newest first, each entry worded as a sentence and naming its target so the pane can
// open it. Filterable by person and by action. The log is fetched from hearthd on refresh()
// (through the sync engine) and kept in the cache, so the last one fetched reads offline, with
// its date (`fetchedAt`).
//
//   AuditLogModel { id: audit; store: AppContext.store; communityId: page.communityId }
//   Component.onCompleted: audit.refresh()

#include "cacherowmodel.h"

#include <QStringList>

namespace hearth::models {

class AuditLogModel : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // Only this person's actions ("" for everyone), only this action ("" for every one).
    Q_PROPERTY(QString actorFilter READ actorFilter WRITE setActorFilter NOTIFY filterChanged)
    Q_PROPERTY(QString actionFilter READ actionFilter WRITE setActionFilter NOTIFY filterChanged)
    // When the shown log was fetched (ms since the epoch; 0: never fetched here).
    Q_PROPERTY(double fetchedAt READ fetchedAt NOTIFY fetchedChanged)
    // A refresh is on its way; and why the last one failed ("" when it did not).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)
    // The filters' choices, from the fetched log: people (ids and names, in the same order) and
    // actions (names and how the pane words them).
    Q_PROPERTY(QStringList actorIds READ actorIds NOTIFY fetchedChanged)
    Q_PROPERTY(QStringList actorNames READ actorNames NOTIFY fetchedChanged)
    Q_PROPERTY(QStringList actions READ actions NOTIFY fetchedChanged)
    Q_PROPERTY(QStringList actionLabels READ actionLabels NOTIFY fetchedChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QString
        ActionRole,                     // QString: membership.ban, post.pin, ...
        SummaryRole,                    // QString: "Ada banned Bo"
        ActorIdRole,                    // QString
        ActorNameRole,                  // QString
        TargetTypeRole,                 // QString: user | post | comment | event | ...
        TargetIdRole,                   // QString
        TargetLabelRole,                // QString: "" when the cache does not hold it
        ReasonRole,                     // QString: why, as given ("" when none)
        CreatedAtRole,                  // double: ms since the epoch
    };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;
    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    QString actorFilter() const { return m_actorFilter; }
    void setActorFilter(const QString &actorId);
    QString actionFilter() const { return m_actionFilter; }
    void setActionFilter(const QString &action);
    double fetchedAt() const { return double(m_fetchedAt); }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QStringList actorIds() const { return m_actorIds; }
    QStringList actorNames() const { return m_actorNames; }
    QStringList actions() const { return m_actions; }
    QStringList actionLabels() const;

    // Asks hearthd for the newest entries (the cache keeps them).
    Q_INVOKABLE void refresh();
    // How the pane names an action in its filter ("Bans", "Pins"...).
    Q_INVOKABLE static QString actionLabel(const QString &action);

Q_SIGNALS:
    void communityIdChanged();
    void filterChanged();
    void fetchedChanged();
    void loadingChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    void setLoading(bool loading, const QString &error);
    static QString summary(const QString &action, const QString &actor, const QString &target,
                           const QString &reason);

    QString m_communityId;
    QString m_actorFilter;
    QString m_actionFilter;
    qint64 m_fetchedAt = 0;
    bool m_loading = false;
    QString m_error;
    QStringList m_actorIds;
    QStringList m_actorNames;
    QStringList m_actions;
    QMetaObject::Connection m_errors;
};

} // namespace hearth::models

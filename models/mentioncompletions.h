#pragma once
// The members a composer offers while `@` is being typed: the active members of one community
// whose handle or display name matches what follows the `@`, best first (handle starts with it,
// then a word of the name starts with it, then either contains it), never me, never a member
// whose profile (and so handle) is not cached yet, at most `limit` of them.
//
// It also finds the mention being typed, with the rule hearthd uses to find mentions in a post
// (an `@` not glued to a word, then 0-32 of [a-z0-9_.-]), so what is offered is what notifies.
//
//   MentionCompletions { id: mentions; store: AppContext.store; communityId: page.communityId
//                        active: mentionStart(body.text, body.cursorPosition) >= 0
//                        prefix: mentionPrefix(body.text, body.cursorPosition) }

#include "cacherowmodel.h"

namespace hearth::models {

class MentionCompletions : public hearth::models::CacheRowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString communityId READ communityId WRITE setCommunityId NOTIFY communityIdChanged)
    // Whether a mention is being typed: the model is empty otherwise.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // What follows the `@` ("" offers everyone, as right after typing `@`).
    Q_PROPERTY(QString prefix READ prefix WRITE setPrefix NOTIFY prefixChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1, // QString
        HandleRole,                    // QString
        DisplayNameRole,               // QString (the handle when no display name)
        RoleRole,                      // QString: owner | moderator | member
    };
    Q_ENUM(Role)

    explicit MentionCompletions(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString communityId() const { return m_communityId; }
    void setCommunityId(const QString &communityId);
    bool active() const { return m_active; }
    void setActive(bool active);
    QString prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    // Where the mention being typed at `cursor` in `text` starts (the index of its `@`), or -1
    // when the cursor is not in one.
    Q_INVOKABLE static int mentionStart(const QString &text, int cursor);
    // What has been typed after that `@` up to the cursor ("" when no mention is being typed).
    Q_INVOKABLE static QString mentionPrefix(const QString &text, int cursor);
    // The handle of the member at `row`, "" past the end.
    Q_INVOKABLE QString handleAt(int row) const;
    // Where the handle being typed at `cursor` ends (what follows the cursor goes too:
    // "@am|y" -> "@amy"), and what replaces [mentionStart, mentionEnd): `@handle ` (the space
    // only when none follows already). -1 / "" when no mention is being typed there.
    Q_INVOKABLE static int mentionEnd(const QString &text, int cursor);
    Q_INVOKABLE static QString mentionInsertion(const QString &text, int cursor,
                                                const QString &handle);
    // How to put `@handle ` in place of the mention being typed at `cursor` in `text` (the space
    // only when none follows already): remove [start, end), insert `inserted` at start, put the
    // cursor at `cursor`; `text` is the result. Without a mention there, `text` comes back as
    // it was and start = end = cursor.
    Q_INVOKABLE static QVariantMap complete(const QString &text, int cursor, const QString &handle);

Q_SIGNALS:
    void communityIdChanged();
    void activeChanged();
    void prefixChanged();
    void limitChanged();

protected:
    QList<Row> loadInitialRows() override;
    void cacheChanged(const hearth::cache::ChangeSet &changes) override;

private:
    QString m_communityId;
    bool m_active = false;
    QString m_prefix;
    int m_limit = 6;
};

} // namespace hearth::models

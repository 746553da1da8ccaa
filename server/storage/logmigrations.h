#pragma once
// The data moves of schema steps that rewrite the change log, which SQL alone cannot do (each row
// holds its change encoded as JSON bytes). They run inside the step's transaction.

namespace hearthd {

class Database;

namespace LogMigrations {

// Reactions are keyed by their target's type: logged reactions get the id
// "<targetType>:<targetId>:<userId>:<emoji>" in their rows and payloads.
void keyReactionsByType(Database &db);

// The log as the current code writes it: addressed rows carry the access they need, every row a
// random stamp, rows covered by a later row of their object (or by the tombstone of the post
// they belong to) superseded and blanked, excerpts of removed content dropped from
// notifications, and each active membership's start in the log found from its join window.
void superseded(Database &db);

} // namespace LogMigrations
} // namespace hearthd

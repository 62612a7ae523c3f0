// check: the full integrity check, now rather than with the day's backup.
// repair: rebuild the indexes of a database whose only damage is in them.
// Neither goes through ctx.app(): opening refuses a damaged file, which is
// exactly the file these commands are for.
#include "cli/context.hpp"

#include "store/backup.hpp"
#include "store/integrity.hpp"

#include <filesystem>
#include <ostream>

namespace sw::cli {

void register_repair_command(CLI::App& root, Context& ctx) {
    auto* check = root.add_subcommand(
        "check", "Check the whole file now, as the daily check does (damage found is refused by every later command)");
    ctx.on(check, [&ctx] {
        if (ctx.db_path.empty()) throw InputError("--db needs a file path");
        if (!std::filesystem::exists(ctx.db_path)) throw StoreError("there is no database file at " + ctx.db_path);
        // Throws DamagedDatabaseError (exit 1, naming repair or the newest good backup).
        require_intact(ctx.db_path, backup_dir_for(ctx.db_path), CheckScope::full);
        *ctx.out << ctx.db_path << " passed a full integrity check\n";
        return 0;
    });

    auto* repair = root.add_subcommand(
        "repair", "Rebuild damaged indexes (a copy of the damaged file is kept); other damage names the backup");
    ctx.on(repair, [&ctx] {
        if (ctx.db_path.empty()) throw InputError("--db needs a file path");
        // Throws DamagedDatabaseError (exit 1, naming the newest good backup) for
        // anything REINDEX cannot mend.
        RepairOutcome outcome = repair_indexes(ctx.db_path, backup_dir_for(ctx.db_path));
        if (outcome.was_intact) {
            *ctx.out << ctx.db_path << " passed its integrity check; nothing to repair, nothing was changed\n";
            return 0;
        }
        *ctx.out << "rebuilt the indexes of " << ctx.db_path << "; it now passes its integrity check\n"
                 << "the damaged file was kept as " << outcome.kept_copy << "\n";
        return 0;
    });
}

}  // namespace sw::cli

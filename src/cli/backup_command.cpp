// backup [-o FILE]: an online backup, integrity-checked.
#include "cli/context.hpp"

#include "store/backup.hpp"

namespace sw::cli {

void register_backup_command(CLI::App& root, Context& ctx) {
    auto out = std::make_shared<std::string>();
    auto* cmd = root.add_subcommand("backup", "Back up the database with SQLite's online backup (default: into the backups folder)");
    cmd->add_option("-o,--output", *out, "The backup file to write (default: today's file in the backups folder)");
    ctx.on(cmd, [&ctx, out] {
        std::string path;
        if (out->empty()) {
            path = daily_backup(ctx.app(Reads::nothing()).database(), backup_dir_for(ctx.db_path), ctx.today());
        } else {
            check_output_file("the backup file", *out, ctx.db_path);
            backup_database(ctx.app(Reads::nothing()).database(), *out);
            path = *out;
        }
        *ctx.out << path << "\n";
        return 0;
    });
}

}  // namespace sw::cli

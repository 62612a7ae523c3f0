#include "store/maintenance.hpp"

#include "store/backup.hpp"
#include "store/database.hpp"

#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sw {
namespace {

// An flock on a file in the backup folder: two processes starting the day's
// work at once would check and copy the same file twice.
class FolderLock {
public:
    explicit FolderLock(const std::string& dir) {
        fd_ = ::open((fs::path(dir) / ".maintenance.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        held_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    }
    ~FolderLock() {
        if (fd_ >= 0) ::close(fd_);  // releases the lock
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool held() const { return held_; }

private:
    int fd_ = -1;
    bool held_ = false;
};

}  // namespace

bool daily_maintenance_due(const std::string& backup_dir, Day today) {
    std::error_code ec;
    return !fs::exists(fs::path(backup_dir) / backup_file_name(today), ec);
}

MaintenanceReport run_daily_maintenance(const std::string& db_path, const std::string& backup_dir, Day today,
                                        const std::atomic<bool>* cancel) {
    MaintenanceReport report;
    try {
        if (!daily_maintenance_due(backup_dir, today)) return report;
        // Gone since the command that started this run (a scratch file, a test's
        // folder): nothing to check, and no folder to create for it.
        std::error_code ec;
        if (!fs::is_regular_file(db_path, ec)) return report;
        create_private_directories(backup_dir);
        FolderLock lock(backup_dir);
        if (!lock.held() || !daily_maintenance_due(backup_dir, today)) return report;
        report.ran = true;
        require_intact(db_path, backup_dir, CheckScope::full, cancel);
        report.backup = auto_backup(db_path, backup_dir, today, cancel);
    } catch (const DamagedDatabaseError& e) {
        report.damage = Damage{e.what(), e.repairable};
        report.message = e.what();
    } catch (const std::exception& e) {
        report.message = std::string("the automatic backup failed: ") + e.what();
    }
    return report;
}

}  // namespace sw

// kill -9 during writes: every write the CLI acknowledged (exit 0) survives,
// and the file still passes its integrity check.
#include "store/database.hpp"
#include "store/entry_repository.hpp"
#include "store/integrity.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <random>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace sw;
using namespace sw::test;

TEST_CASE("Every acknowledged write survives kill -9 in the middle of writing", "[cli][kill]") {
    TempDir dir;
    std::string db = dir.file("s.db");
    std::string acked = dir.file("acked");
    REQUIRE(run_stepwise("--db " + shell_quote(db) + " goal add --title 'Count' --due 2027-06-01 --measure total "
                         "--target 1000000").exit_code == 0);
    std::mt19937 rng(std::random_device{}());
    int rounds_killed = 0;
    for (int round = 0; round < 5; ++round) {
        // A shell logging value after value; a value is acknowledged once the
        // command has exited 0, and written down only then.
        std::string loop = "n=" + std::to_string(round * 100000) + "; while true; do n=$((n+1)); " +
                           shell_quote(STEPWISE_BIN) + " --db " + shell_quote(db) + " log 1 $n >/dev/null 2>&1 && echo $n >> " +
                           shell_quote(acked) + "; done";
        pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::setpgid(0, 0);  // its own process group: the kill reaches the running stepwise too
            ::execl("/bin/sh", "sh", "-c", loop.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::setpgid(child, child);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(600, 1800)(rng)));
        // Whether a stepwise is mid-write right now is luck; the loop spends most
        // of its time inside one, so most rounds cut one short.
        rounds_killed += ::kill(-child, SIGKILL) == 0;
        int status = 0;
        ::waitpid(child, &status, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the group's last process die
    }
    REQUIRE(rounds_killed == 5);  // each loop was still running when killed

    std::set<double> acknowledged;
    std::ifstream in(acked);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) acknowledged.insert(std::stod(line));
    REQUIRE(acknowledged.size() >= 5);  // the loop got somewhere in each round

    REQUIRE(passes_integrity_check(db));
    Database opened = Database::open(db);
    std::set<double> stored;
    for (const auto& e : load_entries_for_goal(opened, 1)) stored.insert(e.value);
    for (double v : acknowledged) {
        INFO("acknowledged value " << v);
        CHECK(stored.count(v) == 1);
    }
}

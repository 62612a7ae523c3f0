// End-to-end: hostile text and hostile output paths through the real binary.
// Control characters are refused at every entry point, whatever is printed is
// safe for a terminal, and -o never writes to anything but a regular file.
#include "app/atomic_file.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace sw::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Every run keeps XDG_DATA_HOME inside the temporary folder. `before` runs in the
// shell first ("umask 000;"); `wrapper` runs the binary ("timeout 20").
struct Cli {
    TempDir dir;
    std::string db = dir.file("s.db");
    RunResult operator()(const std::string& args, const std::string& before = "",
                         const std::string& wrapper = "") const {
        return run_stepwise("--db " + shell_quote(db) + " " + args,
                            before + " XDG_DATA_HOME=" + shell_quote(dir.file("xdg")) + " " + wrapper);
    }
    // What the database holds, as its export without the moment of export.
    json content() const {
        static int n = 0;
        std::string out = dir.file("content-" + std::to_string(++n) + ".json");
        REQUIRE((*this)("export -o " + shell_quote(out)).exit_code == 0);
        std::ifstream in(out);
        json doc = json::parse(in);
        doc.erase("exported_at");
        fs::remove(out);
        return doc;
    }
};

// A shell word holding what printf makes of `format` ("Run\\033[2J"): how a
// person types an escape into an argument.
std::string typed(const std::string& format) { return "\"$(printf '" + format + "')\""; }

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// No byte a terminal would act on: ESC, BEL, CR, a C1 control as UTF-8 (C2 80–9F).
bool terminal_inert(const std::string& text) {
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
        if (c == 0xC2 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80) return false;
    }
    return true;
}

size_t lines(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

mode_t kind_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st.st_mode & S_IFMT;
}

const std::string kGoal = "goal add --title 'Run a 10 km race' --start 2026-09-01 --due 2030-03-01 ";

}  // namespace

// ---- text typed at the command line -------------------------------------------------

TEST_CASE("An escape sequence in a title is refused, named, and never reaches the terminal", "[cli][hostile]") {
    Cli cli;
    auto r = cli("goal add --title " + typed("Run\\033[2J") + " --due 2030-01-01");
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "the title contains a control character (U+001B, escape); remove it"));
    CHECK(lines(r.err) == 1);
    CHECK(terminal_inert(r.err));
    CHECK(cli("goal list --json").out == "[]\n");
}

TEST_CASE("A line break or a tab in a title is refused, not turned into spaces", "[cli][hostile]") {
    Cli cli;
    auto newline = cli("goal add --title " + typed("Line one\\nline two") + " --due 2030-01-01");
    CHECK(newline.exit_code == 2);
    CHECK(contains(newline.err, "the title must be one line"));
    auto tab = cli("goal add --title " + typed("Run\\tfast") + " --due 2030-01-01");
    CHECK(tab.exit_code == 2);
    CHECK(contains(tab.err, "(U+0009, a tab)"));
    CHECK(cli("goal list --json").out == "[]\n");
}

TEST_CASE("Every text flag refuses control characters and names its field", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal + "--unit km --baseline 2 --target 10").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Buy shoes'").exit_code == 0);
    json before = cli.content();
    struct Case {
        std::string args;
        const char* message;
    };
    for (const Case& c : {
             Case{kGoal + "--description " + typed("a\\033b"), "the description contains a control character"},
             Case{kGoal + "--why " + typed("x\\007"), "the why field contains a control character (U+0007)"},
             Case{kGoal + "--area " + typed("health\\nfun"), "the life area must be one line"},
             Case{kGoal + "--unit " + typed("k\\302\\233m") + " --target 5", "the unit contains a control character (U+009B)"},
             Case{kGoal + "--resources " + typed("a\\177"), "the resources field contains a control character (U+007F, delete)"},
             Case{"goal edit 1 --title " + typed("New\\033]0;x\\007"), "the title contains a control character"},
             Case{"step add 1 --title " + typed("Buy\\033[1mshoes"), "the step title contains a control character"},
             Case{"step add 1 --title Run --if " + typed("it\\nrains") + " --then 'use the treadmill'",
                  "the if-part must be one line"},
             Case{"step add 1 --title Run --notes " + typed("x\\033"), "the notes field contains a control character"},
             Case{"log 1 5 --note " + typed("easy\\033[2J"), "the note contains a control character (U+001B, escape)"},
             Case{"checkin --mood 3 --win " + typed("\\033[2J"), "the win contains a control character"},
             Case{"checkin --mood 3 --next " + typed("call\\r\\nAnna"), "the next step contains a carriage return"},
         }) {
        INFO(c.args);
        auto r = cli(c.args);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, c.message));
        CHECK(lines(r.err) == 1);
        CHECK(terminal_inert(r.err));
    }
    CHECK(cli.content() == before);
}

TEST_CASE("Multi-line notes keep their newlines and tabs, and print indented", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal + "--description " + typed("Park loop\\n\\twith Anna") + " --why " +
                typed("Health\\nand joy"))
                .exit_code == 0);
    json g = json::parse(cli("goal show 1 --json").out);
    CHECK(g["description"] == "Park loop\n\twith Anna");
    auto show = cli("goal show 1");
    REQUIRE(show.exit_code == 0);
    CHECK(contains(show.out, "   Park loop\n   \twith Anna\n"));
    CHECK(contains(show.out, "   Why: Health\n        and joy\n"));
    REQUIRE(cli("checkin --mood 4 --note " + typed("slept\\nwell")).exit_code == 0);
}

TEST_CASE("Error messages quoting what was typed show escapes, not control characters", "[cli][hostile]") {
    Cli cli;
    auto id = cli("goal show " + typed("1\\033[2J"));
    CHECK(id.exit_code == 2);
    CHECK(contains(id.err, "'1\\x1b[2J'"));
    CHECK(terminal_inert(id.err));
    auto bytes = cli("goal add --title Run --due " + typed("2030\\377"));
    CHECK(bytes.exit_code == 2);
    CHECK(contains(bytes.err, "2030\\xff"));
    auto split = cli("goal show " + typed("1\\nx"));
    CHECK(split.exit_code == 2);
    CHECK(lines(split.err) == 1);
    CHECK(contains(split.err, "1\\nx"));
}

TEST_CASE("Text already in a database prints safely in tables, details and JSON", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal + "--unit km --baseline 2 --target 10 --why 'feel strong'").exit_code == 0);
    REQUIRE(cli("step add 1 --title 'Buy shoes' --if 'it rains' --then 'use the treadmill'").exit_code == 0);
    {  // as an older Stepwise, or another program, may have left it
        SQLite::Database db(cli.db, SQLite::OPEN_READWRITE);
        SQLite::Statement goal(db, "UPDATE goals SET title = ?, description = ?, unit = ?, life_area = ?, why = ?");
        goal.bind(1, "Run\x1b[2J\x1b]0;owned\x07");
        goal.bind(2, "line\r\n\x1b[31mred\xc2\x9b" "2J");
        goal.bind(3, "k\x1bm");
        goal.bind(4, "he\nalth");
        goal.bind(5, "Caf\xe9");
        goal.exec();
        db.exec("UPDATE steps SET title = 'Buy' || char(27) || '[1mshoes', if_text = 'it' || char(10) || 'rains'");
    }
    for (const char* command : {"goal list", "goal show 1", "step list"}) {
        INFO(command);
        auto r = cli(command);
        REQUIRE(r.exit_code == 0);
        CHECK(terminal_inert(r.out));
        CHECK(terminal_inert(r.err));
    }
    CHECK(contains(cli("goal list").out, "Run\\x1b[2J"));
    auto show = cli("goal show 1").out;
    CHECK(contains(show, "Run\\x1b[2J\\x1b]0;owned\\x07"));
    CHECK(contains(show, "line\\r\n   \\x1b[31mred\\u009b2J"));
    CHECK(contains(show, "Area: he\\nalth"));
    CHECK(contains(show, "Why: Caf\\xe9"));
    CHECK(contains(show, "Buy\\x1b[1mshoes"));
    CHECK(contains(show, "If it\\nrains, then I will"));
    // JSON is exact: nlohmann escapes C0 controls as \u001b.
    {
        SQLite::Database db(cli.db, SQLite::OPEN_READWRITE);
        db.exec("UPDATE goals SET why = 'fine'");
    }
    auto j = cli("goal show 1 --json");
    REQUIRE(j.exit_code == 0);
    CHECK(contains(j.out, "Run\\u001b[2J\\u001b]0;owned\\u0007"));
    CHECK(json::parse(j.out)["title"] == "Run\x1b[2J\x1b]0;owned\x07");
}

// ---- an import checks what the command line checks ----------------------------------

namespace {

// A database with one of everything, its export, and a second database to import into.
struct ImportCase {
    Cli cli;
    std::string file = cli.dir.file("export.json");
    json doc;
    ImportCase() {
        REQUIRE(cli(kGoal + "--unit km --baseline 2 --target 10").exit_code == 0);
        REQUIRE(cli("step add 1 --title 'Buy shoes'").exit_code == 0);
        REQUIRE(cli("log 1 4 --date 2026-11-10 --note 'easy'").exit_code == 0);
        REQUIRE(cli("checkin --date 2026-11-10 --mood 4 --note 'fine'").exit_code == 0);
        REQUIRE(cli("export -o " + shell_quote(file)).exit_code == 0);
        doc = json::parse(read_bytes(file));
        cli.db = cli.dir.file("other.db");
        REQUIRE(cli("goal add --title 'Learn Spanish' --due 2030-01-01").exit_code == 0);
    }
};

}  // namespace

TEST_CASE("import refuses control characters, long titles and huge numbers by path, and writes nothing",
          "[cli][hostile]") {
    ImportCase t;
    json before = t.cli.content();
    struct Case {
        std::function<void(json&)> spoil;
        const char* message;
    };
    const std::vector<Case> cases = {
        {[](json& d) { d["goals"][0]["title"] = "Run\x1b[2J"; },
         "goals[0].title: the title contains a control character (U+001B, escape); remove it"},
        {[](json& d) { d["goals"][0]["title"] = "Line one\nline two"; }, "goals[0].title: the title must be one line"},
        {[](json& d) { d["goals"][0]["title"] = std::string(201, 'a'); }, "goals[0].title: the title is too long"},
        {[](json& d) { d["goals"][0]["description"] = "a\xc2\x9b"; },
         "goals[0].description: the description contains a control character (U+009B)"},
        {[](json& d) { d["goals"][0]["baseline"] = 2e12; },
         "goals[0].baseline: the baseline must be a number from -1e12 to 1e12"},
        {[](json& d) { d["steps"][0]["if"] = "it\nrains"; }, "steps[0].if: the if-part must be one line"},
        {[](json& d) { d["entries"][0]["value"] = -5e15; }, "entries[0].value: the value must be a number"},
        {[](json& d) { d["entries"][0]["note"] = "x\x1b"; }, "entries[0].note: the note contains a control character"},
        {[](json& d) { d["checkins"][0]["note"] = "bell\x07"; },
         "checkins[0].note: the note contains a control character (U+0007)"},
    };
    for (size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].message);
        json spoiled = t.doc;
        cases[i].spoil(spoiled);
        std::string file = t.cli.dir.file("spoiled-" + std::to_string(i) + ".json");
        write_text(file, spoiled.dump(2));
        auto r = t.cli("import " + shell_quote(file));
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, cases[i].message));
        CHECK(lines(r.err) == 1);
        CHECK(terminal_inert(r.err));
    }
    CHECK(t.cli.content() == before);
}

TEST_CASE("import of a number beyond a double (1e999) exits 2 naming its path", "[cli][hostile]") {
    ImportCase t;
    json before = t.cli.content();
    std::string text = t.doc.dump(2);
    std::string baseline = "\"baseline\": 2.0";
    REQUIRE(contains(text, baseline));
    text.replace(text.find(baseline), baseline.size(), "\"baseline\": 1e999");
    write_text(t.file, text);
    auto r = t.cli("import " + shell_quote(t.file));
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "goals[0].baseline: the number 1e999 is out of range"));
    CHECK(lines(r.err) == 1);
    CHECK(t.cli.content() == before);
}

// ---- -o targets -------------------------------------------------------------------------

namespace {

// Every command that writes a file the user names.
std::vector<std::string> writers(const std::string& target) {
    std::string t = shell_quote(target);
    return {"export -o " + t, "summary -o " + t, "backup -o " + t, "gui --screenshot " + t};
}

void make_socket(const std::string& path) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    REQUIRE(path.size() < sizeof addr.sun_path);
    std::copy(path.begin(), path.end(), addr.sun_path);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    ::close(fd);  // the socket file stays
}

}  // namespace

TEST_CASE("An output file (-o) refuses a device, a named pipe, a socket or a folder and leaves it as it was", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal).exit_code == 0);
    std::string fifo = cli.dir.file("pipe"), socket = cli.dir.file("sock"), folder = cli.dir.file("folder");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    make_socket(socket);
    fs::create_directory(folder);
    struct Case {
        std::string path;
        mode_t kind;
        const char* message;
    };
    for (const Case& c : {Case{"/dev/null", S_IFCHR, "is a device, not a file"},
                          Case{fifo, S_IFIFO, "is a named pipe, not a file"},
                          Case{socket, S_IFSOCK, "is a socket, not a file"},
                          Case{folder, S_IFDIR, "is a folder"}}) {
        for (const std::string& command : writers(c.path)) {
            INFO(command);
            // A writer that opened the pipe would wait for a reader forever.
            auto r = cli(command, "", "timeout 20");
            CHECK(r.exit_code == 2);
            CHECK(contains(r.err, c.message));
            CHECK(kind_of(c.path) == c.kind);
        }
    }
    CHECK(fs::is_empty(folder));
}

TEST_CASE("An output file (-o) refuses the database's -wal, -shm and -journal and any link to the database", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal).exit_code == 0);
    std::string journal = cli.db + "-journal";
    write_text(journal, "not really a journal");  // one that exists, one that may not
    std::string link = cli.dir.file("link.json"), hard = cli.dir.file("hard.json"), dangling = cli.dir.file("gone");
    fs::create_symlink(cli.db, link);
    fs::create_hard_link(cli.db, hard);
    fs::create_symlink(cli.dir.file("nowhere"), dangling);
    std::string db_bytes = read_bytes(cli.db);
    struct Case {
        std::string path;
        const char* message;
    };
    for (const Case& c : {Case{cli.db + "-wal", "is the database's write-ahead log (-wal)"},
                          Case{cli.db + "-shm", "is the database's shared-memory index (-shm)"},
                          Case{journal, "is the database's rollback journal (-journal)"},
                          Case{cli.dir.file("./s.db-wal"), "write-ahead log"},
                          Case{link, "is the database itself"}, Case{hard, "is the database itself"},
                          Case{dangling, "is a symbolic link to nothing"}}) {
        for (const std::string& command : writers(c.path)) {
            INFO(command);
            auto r = cli(command);
            CHECK(r.exit_code == 2);
            CHECK(contains(r.err, c.message));
        }
    }
    CHECK(read_bytes(journal) == "not really a journal");
    CHECK(read_bytes(cli.db) == db_bytes);
    CHECK(kind_of(link) == S_IFLNK);
    CHECK_FALSE(fs::exists(cli.dir.file("nowhere")));
}

// ---- modes whatever the umask ------------------------------------------------------------

TEST_CASE("export and summary files are 0600 under umask 000, new or replacing an open file", "[cli][hostile]") {
    Cli cli;
    REQUIRE(cli(kGoal).exit_code == 0);
    std::string old = cli.dir.file("old.md");
    write_text(old, "old");
    ::chmod(old.c_str(), 0666);
    for (const std::string& command : {std::string("export -o ") + shell_quote(cli.dir.file("e.json")),
                                       "summary -o " + shell_quote(cli.dir.file("s.md")),
                                       "summary --format html -o " + shell_quote(cli.dir.file("s.html")),
                                       "summary -o " + shell_quote(old)}) {
        INFO(command);
        REQUIRE(cli(command, "umask 000;").exit_code == 0);
    }
    CHECK(mode_of(cli.dir.file("e.json")) == 0600);
    CHECK(mode_of(cli.dir.file("s.md")) == 0600);
    CHECK(mode_of(cli.dir.file("s.html")) == 0600);
    CHECK(mode_of(old) == 0600);
    CHECK(read_bytes(old) != "old");
}

TEST_CASE("The atomic writer refuses a named pipe instead of replacing it", "[app][hostile]") {
    TempDir dir;
    std::string fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(sw::write_file_atomically(fifo, "x"), Catch::Contains("not a regular file"));
    CHECK(kind_of(fifo) == S_IFIFO);
}

// The real window: render each view under Xvfb and check the PNG shows something.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <stb_image.h>

#include <cstdlib>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <set>

using namespace sw::test;

namespace {

struct Image {
    int width = 0, height = 0;
    std::set<unsigned> colours;  // distinct RGB values, capped
};

Image load(const std::string& path) {
    Image img;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &img.width, &img.height, &channels, 3);
    REQUIRE(data != nullptr);
    for (int i = 0; i < img.width * img.height && img.colours.size() < 5000; i += 7)
        img.colours.insert(data[i * 3] << 16 | data[i * 3 + 1] << 8 | data[i * 3 + 2]);
    stbi_image_free(data);
    return img;
}

}  // namespace

TEST_CASE("Every view renders in a real window under Xvfb", "[cli][gui]") {
    REQUIRE(std::system("command -v xvfb-run >/dev/null 2>&1") == 0);  // installed by scripts/setup.sh
    TempDir dir;
    std::string db = "--db " + shell_quote(dir.file("s.db")) + " ";
    std::string env = "XDG_CONFIG_HOME=" + shell_quote(dir.file("config"));
    REQUIRE(run_stepwise(db + "goal add --title 'Run a 10 km race' --start 2026-09-01 --due 2027-03-01 --unit km "
                              "--baseline 2 --target 10 --why 'feel strong'").exit_code == 0);
    REQUIRE(run_stepwise(db + "step add 1 --title 'Morning run' --repeat daily --start 2026-11-01").exit_code == 0);
    REQUIRE(run_stepwise(db + "log 1 4.5 --date 2026-11-20 --note 'Café run — easy ✓'").exit_code == 0);

    for (std::string view : {"today", "goals", "goal:1", "settings"}) {
        INFO(view);
        std::string png = dir.file("shot-" + view.substr(0, view.find(':')) + ".png");
        std::string cmd = "xvfb-run -a -s '-screen 0 1280x1024x24' " + shell_quote(STEPWISE_BIN) + " " + db +
                          "gui --screenshot " + shell_quote(png) + " --frames 4 --size 1000x700 --view " + view;
        // umask 000: the screenshot shows private goals and must still be 0600.
        int status = std::system(("umask 000; " + env + " " + cmd + " >/dev/null 2>&1").c_str());
        REQUIRE(status == 0);
        struct stat st {};
        REQUIRE(::stat(png.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
        Image img = load(png);
        CHECK(img.width == 1000);
        CHECK(img.height == 700);
        // A blank or single-colour frame has a handful of colours; text and widgets give many.
        CHECK(img.colours.size() > 50);
    }
}

TEST_CASE("gui refuses an unknown view or a bad size with exit 2", "[cli][gui]") {
    TempDir dir;
    std::string db = "--db " + shell_quote(dir.file("s.db")) + " ";
    CHECK(run_stepwise(db + "gui --view nowhere --screenshot x.png").exit_code == 2);
    CHECK(run_stepwise(db + "gui --size 12by9 --screenshot x.png").exit_code == 2);
    CHECK(run_stepwise(db + "gui --view goal:7 --screenshot x.png").exit_code == 2);
}

TEST_CASE("A database the window cannot open is explained in the window, not a silent exit", "[cli][gui]") {
    TempDir dir;
    std::string notes = dir.file("notes.txt");
    { std::ofstream(notes) << "not a database"; }
    std::string png = dir.file("error.png");
    std::string cmd = "xvfb-run -a " + shell_quote(STEPWISE_BIN) + " --db " + shell_quote(notes) +
                      " gui --screenshot " + shell_quote(png) + " --size 800x500 >/dev/null 2>&1";
    int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == 1);  // the app did not start …
    Image img = load(png);            // … but the person saw why
    CHECK(img.colours.size() > 20);
}

TEST_CASE("The window renders at 900x600 and at 200 % scale, the editor included", "[cli][gui][layout]") {
    TempDir dir;
    std::string db = "--db " + shell_quote(dir.file("s.db")) + " ";
    std::string env = "XDG_CONFIG_HOME=" + shell_quote(dir.file("config"));
    REQUIRE(run_stepwise(db + "goal add --title 'A very long goal title that goes on and on to see how the layout "
                              "copes with it' --start 2026-09-01 --due 2027-03-01 --unit kg --baseline 90 --target 80")
                .exit_code == 0);
    REQUIRE(run_stepwise(db + "step add 1 --title 'A long step title that should be shortened rather than push its "
                              "buttons off the card' --due 2027-01-01").exit_code == 0);
    struct Shot {
        const char* view;
        const char* size;
        const char* scale;
        int width, height;
    } shots[] = {{"today", "900x600", "1", 900, 600},      {"goal:1", "900x600", "1", 900, 600},
                 {"edit:1", "900x600", "1", 900, 600},     {"goals", "1800x1200", "2", 1800, 1200},
                 {"edit:1", "1800x1200", "2", 1800, 1200}, {"goal:1", "2560x1440", "1", 2560, 1440}};
    for (const Shot& s : shots) {
        INFO(s.view << " " << s.size << " scale " << s.scale);
        std::string png = dir.file("shot.png");
        std::string cmd = "xvfb-run -a -s '-screen 0 2600x1500x24' " + shell_quote(STEPWISE_BIN) + " " + db +
                          "gui --screenshot " + shell_quote(png) + " --frames 4 --size " + s.size + " --scale " +
                          s.scale + " --view " + s.view;
        REQUIRE(std::system((env + " " + cmd + " >/dev/null 2>&1").c_str()) == 0);
        Image img = load(png);
        CHECK(img.width == s.width);
        CHECK(img.height == s.height);
        CHECK(img.colours.size() > 50);
    }
    CHECK(run_stepwise(db + "gui --scale 9 --screenshot " + shell_quote(dir.file("x.png"))).exit_code == 2);
}

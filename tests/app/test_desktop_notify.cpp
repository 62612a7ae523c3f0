// Desktop notifications (app/desktop_notify.hpp) sent over a real session bus
// (a dbus-daemon of the test's own) to a stand-in notification server that
// records what arrives (support/notification_server.hpp).
#include "app/desktop_notify.hpp"
#include "support/notification_server.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

using namespace sw;
using namespace sw::test;

namespace {

// A bus and its address in the environment, as a desktop session has them.
struct Session {
    TempDir dir;
    TestSessionBus bus{dir.path};
    ScopedEnv address{"DBUS_SESSION_BUS_ADDRESS", bus.address().c_str()};
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("A notification reaches the desktop's server with its title as typed and its body escaped", "[notify]") {
    Session session;
    FakeNotificationServer server(session.bus.address());

    CHECK(send_desktop_notification(kNotificationAppName, "Run 5 km <today> & stretch",
                                    "Shoes <b>& water</b> – \"Ana's\" plan") == std::nullopt);
    CHECK(send_desktop_notification(kNotificationAppName, "Évaluer la semaine", "Écrire 3 lignes") == std::nullopt);

    auto got = server.received();
    REQUIRE(got.size() == 2);
    CHECK(got[0].app_name == "Stepwise");
    CHECK(got[0].summary == "Run 5 km <today> & stretch");  // the summary is plain text by the spec
    CHECK(got[0].body == "Shoes &lt;b&gt;&amp; water&lt;/b&gt; – &quot;Ana&apos;s&quot; plan");
    CHECK(got[1].app_name == "Stepwise");
    CHECK(got[1].summary == "Évaluer la semaine");
    CHECK(got[1].body == "Écrire 3 lignes");
}

TEST_CASE("A server that does not read markup gets the body as typed", "[notify]") {
    Session session;
    FakeNotificationServer server(session.bus.address(), {.body_markup = false});
    CHECK(send_desktop_notification(kNotificationAppName, "Call Ana", "<b>& bring notes</b>") == std::nullopt);
    auto got = server.received();
    REQUIRE(got.size() == 1);
    CHECK(got[0].body == "<b>& bring notes</b>");
}

TEST_CASE("Bytes that are not UTF-8 are replaced before they reach the bus", "[notify]") {
    Session session;
    FakeNotificationServer server(session.bus.address());
    CHECK(send_desktop_notification(kNotificationAppName, "Caf\xe9", "na\xffve <") == std::nullopt);
    auto got = server.received();
    REQUIRE(got.size() == 1);
    CHECK(got[0].summary == "Caf\xef\xbf\xbd");  // U+FFFD
    CHECK(got[0].body == "na\xef\xbf\xbdve &lt;");
}

TEST_CASE("With no session bus the send says so at once", "[notify]") {
    TempDir runtime;  // no `bus` socket in it
    ScopedEnv address("DBUS_SESSION_BUS_ADDRESS", nullptr), xdg("XDG_RUNTIME_DIR", runtime.path.c_str());
    auto start = std::chrono::steady_clock::now();
    auto error = send_desktop_notification(kNotificationAppName, "Run", "5 km");
    CHECK(seconds_since(start) < 1.0);
    REQUIRE(error);
    CHECK(*error == "no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set): cannot show notifications");

    ScopedEnv no_runtime("XDG_RUNTIME_DIR", nullptr);
    CHECK(send_desktop_notification(kNotificationAppName, "Run", "5 km") == error);
}

TEST_CASE("Without DBUS_SESSION_BUS_ADDRESS the bus in XDG_RUNTIME_DIR is used, as a systemd user service has it",
          "[notify]") {
    TempDir dir;
    TestSessionBus bus(dir.path);  // listens on <dir>/bus
    FakeNotificationServer server(bus.address());
    ScopedEnv address("DBUS_SESSION_BUS_ADDRESS", nullptr), xdg("XDG_RUNTIME_DIR", dir.path.c_str());
    CHECK(send_desktop_notification(kNotificationAppName, "Stretch", "10 minutes") == std::nullopt);
    auto got = server.received();
    REQUIRE(got.size() == 1);
    CHECK(got[0].summary == "Stretch");
}

TEST_CASE("A bus with no notification server, or a bus that is gone, gives one clear line", "[notify]") {
    {
        Session session;
        auto error = send_desktop_notification(kNotificationAppName, "Run", "5 km");
        REQUIRE(error);
        CHECK(*error == "no notification server on the desktop session bus (nothing provides "
                        "org.freedesktop.Notifications): cannot show notifications");
    }
    TempDir dir;
    std::string gone = "unix:path=" + dir.file("no-bus-here");
    ScopedEnv address("DBUS_SESSION_BUS_ADDRESS", gone.c_str());
    auto error = send_desktop_notification(kNotificationAppName, "Run", "5 km");
    REQUIRE(error);
    CHECK_THAT(*error, Catch::StartsWith("cannot connect to the desktop session bus: ") &&
                           Catch::EndsWith(": cannot show notifications"));
    CHECK(error->find('\n') == std::string::npos);
}

TEST_CASE("A notification server that does not answer in time is given up on", "[notify]") {
    Session session;
    FakeNotificationServer server(session.bus.address(), {.reply_delay = std::chrono::seconds(3)});
    auto start = std::chrono::steady_clock::now();
    auto error = send_desktop_notification(kNotificationAppName, "Run", "5 km", std::chrono::milliseconds(300));
    CHECK(seconds_since(start) < 2.0);
    REQUIRE(error);
    CHECK(*error == "the notification server did not answer within 300 ms: cannot show notifications");
    CHECK(server.received().empty());
}

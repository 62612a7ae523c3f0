#pragma once
// A real D-Bus session bus of the test's own, and a stand-in for the desktop's
// notification server on it that records every Notify call: what the reminder
// tests send desktop notifications to (app/desktop_notify.hpp).
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace sw::test {

// Sets (or with nullptr unsets) an environment variable for one scope.
struct ScopedEnv {
    std::string name;
    std::optional<std::string> saved;
    ScopedEnv(const char* n, const char* value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
};

// `dbus-daemon --nofork --print-address` as a child process, listening on a
// socket in `folder` (which must exist and outlive it), with a configuration of
// its own: any client may own any name, and no service is ever started on
// demand, so nothing but the test's server answers notifications (the session
// configuration would start a real notification daemon if one is installed).
// Throws std::runtime_error when it cannot start. The destructor stops it.
class TestSessionBus {
public:
    explicit TestSessionBus(const std::filesystem::path& folder);
    ~TestSessionBus();
    TestSessionBus(const TestSessionBus&) = delete;
    TestSessionBus& operator=(const TestSessionBus&) = delete;

    const std::string& address() const { return address_; }  // "unix:path=…,guid=…"
    const std::filesystem::path& socket() const { return socket_; }

private:
    pid_t pid_ = -1;
    std::string address_;
    std::filesystem::path socket_;
};

struct ReceivedNotification {
    std::string app_name;
    std::string summary;
    std::string body;
};

struct NotificationServerOptions {
    bool body_markup = true;                 // advertise the "body-markup" capability
    std::chrono::milliseconds reply_delay{0};  // answer every call this late
};

// org.freedesktop.Notifications on the bus at `bus_address`, on a connection
// of its own served by a thread of its own (so the sender, blocked in a
// synchronous call, is answered). Implements GetServerInformation,
// GetCapabilities, Notify (recorded, answered with ids 1, 2, …) and
// CloseNotification. Returns once it owns the name; throws std::runtime_error
// when it cannot. The destructor releases the name and stops the thread.
class FakeNotificationServer {
public:
    explicit FakeNotificationServer(const std::string& bus_address, NotificationServerOptions options = {});
    ~FakeNotificationServer();
    FakeNotificationServer(const FakeNotificationServer&) = delete;
    FakeNotificationServer& operator=(const FakeNotificationServer&) = delete;

    // Every Notify call so far, in order.
    std::vector<ReceivedNotification> received() const;

    struct State;  // shared with the server thread (GLib callbacks)

private:
    std::unique_ptr<State> state_;
};

}  // namespace sw::test

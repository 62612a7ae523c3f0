#include "app/desktop_notify.hpp"

#include <cstdlib>
#include <mutex>

#include <gio/gio.h>
#include <libnotify/notify.h>
#include <sys/stat.h>

namespace sw {
namespace {

constexpr const char* kServerName = "org.freedesktop.Notifications";
constexpr const char* kServerPath = "/org/freedesktop/Notifications";
constexpr const char* kServerInterface = "org.freedesktop.Notifications";
constexpr const char* kCannotShow = ": cannot show notifications";

// libnotify keeps its state (app name, server proxy) in globals: one send at a
// time in the process, whichever thread asks.
std::mutex& libnotify_mutex() {
    static std::mutex m;
    return m;
}

std::string duration_text(std::chrono::milliseconds d) {
    if (d.count() % 1000 == 0) return std::to_string(d.count() / 1000) + " s";
    return std::to_string(d.count()) + " ms";
}

// GLib's message without the "GDBus.Error:org.freedesktop.DBus.Error.X: "
// prefix, on one line.
std::string one_line(GError* error) {
    if (!error) return "unknown error";
    g_dbus_error_strip_remote_error(error);
    std::string text = error->message;
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

bool is_no_server(const GError* error) {
    return g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
           g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER);
}

bool is_timeout(const GError* error) {
    return g_error_matches(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
           g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT) ||
           g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY);
}

std::string no_server_message() {
    return std::string("no notification server on the desktop session bus (nothing provides ") + kServerName + ")" +
           kCannotShow;
}

// GIO finds the session bus in $DBUS_SESSION_BUS_ADDRESS, else in
// $XDG_RUNTIME_DIR/bus; failing both it would try X11 autolaunch (dbus-launch),
// which may start a bus nobody listens on. So without either, stop here.
std::optional<std::string> missing_session_bus() {
    if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS"); address && *address) return std::nullopt;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime) {
        std::string socket = std::string(runtime) + "/bus";
        struct stat st {};
        if (::stat(socket.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) return std::nullopt;
    }
    return std::string("no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set)") + kCannotShow;
}

// Everything GIO schedules during a send (libnotify's proxy signals, its
// clean-up idles) goes to a context of our own, drained and dropped at the
// end, so nothing waits on a default main loop that this program never runs.
class PrivateMainContext {
public:
    PrivateMainContext() : context_(g_main_context_new()) { g_main_context_push_thread_default(context_); }
    ~PrivateMainContext() {
        while (g_main_context_iteration(context_, FALSE)) {
        }
        g_main_context_pop_thread_default(context_);
        g_main_context_unref(context_);
    }
    PrivateMainContext(const PrivateMainContext&) = delete;
    PrivateMainContext& operator=(const PrivateMainContext&) = delete;

private:
    GMainContext* context_;
};

// GIO keeps one session-bus connection per process: after the bus went away
// (the session ended, a test's private bus stopped) it can still hand out that
// closed connection, whatever the address says now.
std::string bus_gone_message() {
    return std::string("cannot connect to the desktop session bus: the connection to it is closed") + kCannotShow;
}

struct ServerCheck {
    std::optional<std::string> error;
    bool body_markup = false;
};

// Asks the server itself, with our own time limit, before libnotify does with
// its fixed 25 s: whether it is there (a name on the bus, or one the bus can
// start) and answers, and whether it reads markup in bodies.
ServerCheck check_server(GDBusConnection* bus, std::chrono::milliseconds answer_within) {
    const int timeout_ms = static_cast<int>(answer_within.count());
    g_autoptr(GError) error = nullptr;
    g_autoptr(GVariant) info =
        g_dbus_connection_call_sync(bus, kServerName, kServerPath, kServerInterface, "GetServerInformation", nullptr,
                                    G_VARIANT_TYPE("(ssss)"), G_DBUS_CALL_FLAGS_NONE, timeout_ms, nullptr, &error);
    if (!info) {
        if (is_no_server(error)) return {no_server_message()};
        bool closed = g_dbus_connection_is_closed(bus) || g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CLOSED) ||
                      g_error_matches(error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE) ||
                      g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED);
        if (closed) return {bus_gone_message()};
        if (is_timeout(error))
            return {"the notification server did not answer within " + duration_text(answer_within) + kCannotShow};
        return {"the notification server failed: " + one_line(error) + kCannotShow};
    }
    g_autoptr(GVariant) caps =
        g_dbus_connection_call_sync(bus, kServerName, kServerPath, kServerInterface, "GetCapabilities", nullptr,
                                    G_VARIANT_TYPE("(as)"), G_DBUS_CALL_FLAGS_NONE, timeout_ms, nullptr, &error);
    if (!caps) {
        if (is_timeout(error))
            return {"the notification server did not answer within " + duration_text(answer_within) + kCannotShow};
        return {std::nullopt, true};  // unknown: escaping is the safe side
    }
    ServerCheck check;
    g_autoptr(GVariantIter) iter = nullptr;
    const gchar* cap = nullptr;
    g_variant_get(caps, "(as)", &iter);
    while (g_variant_iter_next(iter, "&s", &cap))
        if (g_strcmp0(cap, "body-markup") == 0) check.body_markup = true;
    return check;
}

std::string valid_utf8(const std::string& text) {
    g_autofree gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    return valid;
}

}  // namespace

std::optional<std::string> send_desktop_notification(const std::string& app_name, const std::string& title,
                                                     const std::string& body, std::chrono::milliseconds answer_within) {
    if (auto missing = missing_session_bus()) return missing;
    std::lock_guard lock(libnotify_mutex());
    PrivateMainContext context;

    g_autoptr(GError) error = nullptr;
    g_autoptr(GDBusConnection) bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (!bus) return "cannot connect to the desktop session bus: " + one_line(error) + kCannotShow;
    if (g_dbus_connection_is_closed(bus)) return bus_gone_message();
    // GIO's default ends the whole process (SIGTERM) when the session bus goes
    // away; a reminder that cannot be shown must never close the window.
    g_dbus_connection_set_exit_on_close(bus, FALSE);

    ServerCheck server = check_server(bus, answer_within);
    if (server.error) return server.error;

    std::string summary = valid_utf8(title);
    std::string text = valid_utf8(body);
    if (server.body_markup) {
        g_autofree gchar* escaped = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
        text = escaped;
    }

    std::string name = valid_utf8(app_name.empty() ? kNotificationAppName : app_name);
    if (!notify_init(name.c_str())) return std::string("libnotify could not start") + kCannotShow;
    // libnotify's own calls (GetServerInformation again, then Notify) wait up
    // to GDBus's default 25 s: a server that answered us a moment ago and then
    // hangs can hold this call that long, never longer.
    NotifyNotification* notification = notify_notification_new(summary.c_str(), text.c_str(), nullptr);
    gboolean shown = notify_notification_show(notification, &error);
    g_object_unref(notification);
    notify_uninit();

    if (shown) return std::nullopt;
    if (is_no_server(error)) return no_server_message();
    if (is_timeout(error)) return std::string("the notification server did not answer") + kCannotShow;
    return "the notification server refused the notification: " + one_line(error);
}

}  // namespace sw

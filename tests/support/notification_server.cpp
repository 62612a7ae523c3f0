#include "support/notification_server.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <gio/gio.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sw::test {

ScopedEnv::ScopedEnv(const char* n, const char* value) : name(n) {
    if (const char* old = std::getenv(n)) saved = old;
    if (value) ::setenv(n, value, 1);
    else ::unsetenv(n);
}

ScopedEnv::~ScopedEnv() {
    if (saved) ::setenv(name.c_str(), saved->c_str(), 1);
    else ::unsetenv(name.c_str());
}

// ---- the bus ------------------------------------------------------------------

TestSessionBus::TestSessionBus(const std::filesystem::path& folder) : socket_(folder / "bus") {
    const std::string config = (folder / "bus.conf").string();
    std::ofstream(config) << "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                             " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                             "<busconfig>\n"
                             "  <type>session</type>\n"
                             "  <listen>unix:path=" << socket_.string() << "</listen>\n"
                             "  <auth>EXTERNAL</auth>\n"
                             "  <policy context=\"default\">\n"
                             "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                             "    <allow eavesdrop=\"true\"/>\n"
                             "    <allow own=\"*\"/>\n"
                             "  </policy>\n"
                             "</busconfig>\n";
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    // Its complaints (as root: "Failed to set fd limit") go to a file, quoted
    // only when it fails to start.
    const std::string log = (folder / "dbus-daemon.log").string();
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::string program = "dbus-daemon", nofork = "--nofork", print = "--print-address", conf = "--config-file=" + config;
    char* argv[] = {program.data(), nofork.data(), print.data(), conf.data(), nullptr};
    int rc = ::posix_spawnp(&pid_, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (rc != 0) {
        ::close(out[0]);
        throw std::runtime_error("cannot run dbus-daemon (" + std::string(std::strerror(rc)) + "): install the dbus package");
    }
    // It prints its address once it listens.
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (line.find('\n') == std::string::npos) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{out[0], POLLIN, 0};
        if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
        char buffer[512];
        ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0) break;
        line.append(buffer, static_cast<size_t>(n));
    }
    ::close(out[0]);
    if (line.find('\n') == std::string::npos) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        std::ifstream in(log);
        std::string said;
        std::getline(in, said);
        throw std::runtime_error("dbus-daemon did not print its address: " + said);
    }
    address_ = line.substr(0, line.find('\n'));
}

TestSessionBus::~TestSessionBus() {
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
}

// ---- the notification server -------------------------------------------------

namespace {

constexpr const char* kIntrospection = R"(
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" name="capabilities" direction="out"/></method>
    <method name="Notify">
      <arg type="s" name="app_name" direction="in"/>
      <arg type="u" name="replaces_id" direction="in"/>
      <arg type="s" name="app_icon" direction="in"/>
      <arg type="s" name="summary" direction="in"/>
      <arg type="s" name="body" direction="in"/>
      <arg type="as" name="actions" direction="in"/>
      <arg type="a{sv}" name="hints" direction="in"/>
      <arg type="i" name="expire_timeout" direction="in"/>
      <arg type="u" name="id" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" name="id" direction="in"/></method>
    <method name="GetServerInformation">
      <arg type="s" name="name" direction="out"/>
      <arg type="s" name="vendor" direction="out"/>
      <arg type="s" name="version" direction="out"/>
      <arg type="s" name="spec_version" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u" name="id"/><arg type="u" name="reason"/></signal>
    <signal name="ActionInvoked"><arg type="u" name="id"/><arg type="s" name="action_key"/></signal>
  </interface>
</node>)";

struct DelayedReply {
    GDBusMethodInvocation* invocation;  // owned until answered
    GVariant* reply;
};

}  // namespace

struct FakeNotificationServer::State {
    std::string address;
    NotificationServerOptions options;
    mutable std::mutex mutex;
    std::vector<ReceivedNotification> received;  // under mutex
    guint32 next_id = 1;
    GMainContext* context = g_main_context_new();
    GMainLoop* loop = g_main_loop_new(context, FALSE);
    std::thread thread;

    ~State() {
        g_main_loop_unref(loop);
        g_main_context_unref(context);  // drops replies still waiting (their invocations unanswered)
    }
};

namespace {

using State = FakeNotificationServer::State;

void on_method_call(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar* method,
                    GVariant* parameters, GDBusMethodInvocation* invocation, gpointer user_data) {
    auto* state = static_cast<State*>(user_data);
    GVariant* reply = nullptr;
    const std::string name = method;
    if (name == "GetServerInformation") {
        reply = g_variant_new("(ssss)", "stepwise-test-server", "Stepwise tests", "1.0", "1.2");
    } else if (name == "GetCapabilities") {
        GVariantBuilder caps;
        g_variant_builder_init(&caps, G_VARIANT_TYPE("as"));
        g_variant_builder_add(&caps, "s", "body");
        if (state->options.body_markup) g_variant_builder_add(&caps, "s", "body-markup");
        reply = g_variant_new("(as)", &caps);
    } else if (name == "Notify") {
        const gchar *app = nullptr, *summary = nullptr, *body = nullptr;
        g_variant_get(parameters, "(&su&s&s&s@as@a{sv}i)", &app, nullptr, nullptr, &summary, &body, nullptr, nullptr,
                      nullptr);
        std::lock_guard lock(state->mutex);
        state->received.push_back({app, summary, body});
        reply = g_variant_new("(u)", state->next_id++);
    } else {  // CloseNotification
        reply = g_variant_new("()");
    }
    if (state->options.reply_delay.count() == 0) {
        g_dbus_method_invocation_return_value(invocation, reply);
        return;
    }
    auto* delayed = new DelayedReply{invocation, g_variant_ref_sink(reply)};
    GSource* timer = g_timeout_source_new(static_cast<guint>(state->options.reply_delay.count()));
    g_source_set_callback(
        timer,
        [](gpointer data) -> gboolean {
            auto* d = static_cast<DelayedReply*>(data);
            g_dbus_method_invocation_return_value(d->invocation, d->reply);
            d->invocation = nullptr;
            return G_SOURCE_REMOVE;
        },
        delayed,
        [](gpointer data) {
            auto* d = static_cast<DelayedReply*>(data);
            if (d->invocation) g_object_unref(d->invocation);
            g_variant_unref(d->reply);
            delete d;
        });
    g_source_attach(timer, state->context);
    g_source_unref(timer);
}

const GDBusInterfaceVTable kVTable = {on_method_call, nullptr, nullptr, {}};

std::string take_message(GError* error) {
    std::string message = error ? error->message : "unknown error";
    g_clear_error(&error);
    return message;
}

// The server thread: connects, exports the object, owns the name, tells the
// constructor (an empty message means ready), then serves until told to stop.
void serve(State* state, std::promise<std::string>* ready) {
    g_main_context_push_thread_default(state->context);
    GError* error = nullptr;
    GDBusConnection* connection = g_dbus_connection_new_for_address_sync(
        state->address.c_str(),
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, &error);
    guint registration = 0;
    std::string failure;
    if (!connection) {
        failure = "cannot connect to the test bus: " + take_message(error);
    } else {
        g_dbus_connection_set_exit_on_close(connection, FALSE);
        GDBusNodeInfo* node = g_dbus_node_info_new_for_xml(kIntrospection, nullptr);
        registration = g_dbus_connection_register_object(connection, "/org/freedesktop/Notifications",
                                                         node->interfaces[0], &kVTable, state, nullptr, &error);
        g_dbus_node_info_unref(node);
        if (registration == 0) failure = "cannot export the server: " + take_message(error);
    }
    if (failure.empty()) {
        GVariant* owner = g_dbus_connection_call_sync(
            connection, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
            g_variant_new("(su)", "org.freedesktop.Notifications", 4u /* DO_NOT_QUEUE */), G_VARIANT_TYPE("(u)"),
            G_DBUS_CALL_FLAGS_NONE, 5000, nullptr, &error);
        guint32 answer = 0;
        if (owner) g_variant_get(owner, "(u)", &answer), g_variant_unref(owner);
        else failure = "cannot own org.freedesktop.Notifications: " + take_message(error);
        if (owner && answer != 1) failure = "org.freedesktop.Notifications is owned already";
    }
    ready->set_value(failure);
    if (failure.empty()) g_main_loop_run(state->loop);
    if (registration != 0) g_dbus_connection_unregister_object(connection, registration);
    if (connection) {
        g_dbus_connection_close_sync(connection, nullptr, nullptr);
        g_object_unref(connection);
    }
    g_main_context_pop_thread_default(state->context);
}

}  // namespace

FakeNotificationServer::FakeNotificationServer(const std::string& bus_address, NotificationServerOptions options)
    : state_(std::make_unique<State>()) {
    state_->address = bus_address;
    state_->options = options;
    std::promise<std::string> ready;
    std::future<std::string> started = ready.get_future();
    state_->thread = std::thread(serve, state_.get(), &ready);
    std::string failure = started.get();
    if (!failure.empty()) {
        state_->thread.join();
        throw std::runtime_error(failure);
    }
}

FakeNotificationServer::~FakeNotificationServer() {
    // Quit from inside the loop (an idle source runs only once it runs), so a
    // quit cannot come before g_main_loop_run and be lost.
    GSource* idle = g_idle_source_new();
    g_source_set_callback(
        idle,
        [](gpointer loop) -> gboolean {
            g_main_loop_quit(static_cast<GMainLoop*>(loop));
            return G_SOURCE_REMOVE;
        },
        state_->loop, nullptr);
    g_source_attach(idle, state_->context);
    g_source_unref(idle);
    state_->thread.join();
}

std::vector<ReceivedNotification> FakeNotificationServer::received() const {
    std::lock_guard lock(state_->mutex);
    return state_->received;
}

}  // namespace sw::test

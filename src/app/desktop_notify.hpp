#pragma once
// A desktop notification (freedesktop Notifications over the session D-Bus,
// sent with libnotify): what `stepwise remind` and the window's reminders show.
// No GLib type appears here, so callers do not compile against GLib.
#include <chrono>
#include <optional>
#include <string>

namespace sw {

// The name the notification server shows as the sender.
inline constexpr const char* kNotificationAppName = "Stepwise";
// How long the notification server has to answer before the send gives up.
inline constexpr std::chrono::milliseconds kNotificationServerTimeout{5000};

// Shows one notification: `title` as its summary (plain text), `body` below it.
// Both are the client's text (UTF-8; invalid bytes are replaced, never sent).
// The body is escaped (& < >) when the server says it reads markup in bodies
// (the "body-markup" capability) and sent as is otherwise: a server without
// that capability shows an escaped body literally.
//
// Returns nullopt once the server has accepted the notification, else one line
// saying why not: no session bus, the bus cannot be reached, no notification
// server on it, the server did not answer within `answer_within`, or it
// refused. Never throws for these and never waits on the server without a
// limit before handing it to libnotify (see the .cpp for the one call that
// keeps libnotify's own 25 s limit).
//
// The bus is $DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus (where a
// systemd user session keeps it, so a systemd user service finds it too).
// Safe to call from any thread; calls are serialised (libnotify is global).
std::optional<std::string> send_desktop_notification(const std::string& app_name, const std::string& title,
                                                     const std::string& body,
                                                     std::chrono::milliseconds answer_within = kNotificationServerTimeout);

}  // namespace sw

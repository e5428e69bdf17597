#include "app/session_lock_monitor.h"

#include <gio/gio.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

namespace sb::app {

struct SessionLockMonitor::Impl {
    Impl(wxEvtHandler& handler, std::function<void()> callback)
        : ui(handler), on_lock(std::move(callback)) {}

    wxEvtHandler& ui;
    std::function<void()> on_lock;
    GDBusConnection* session_bus = nullptr;
    GDBusConnection* system_bus = nullptr;
    std::vector<guint> session_subscriptions;
    std::vector<guint> system_subscriptions;
    GCancellable* cancellable = g_cancellable_new();

    void notify() {
        // GDBus may call back on another thread's context in some setups; the UI is touched
        // only from the UI thread.
        ui.CallAfter(on_lock);
    }
};

namespace {

bool session_bus_configured() {
    // Without these, GIO would try to autolaunch a bus through X11, starting a stray daemon.
    if (g_getenv("DBUS_SESSION_BUS_ADDRESS") != nullptr) {
        return true;
    }
    const char* runtime = g_getenv("XDG_RUNTIME_DIR");
    std::error_code ignored;
    return runtime != nullptr &&
           std::filesystem::exists(std::filesystem::path(runtime) / "bus", ignored);
}

GDBusConnection* connect(GBusType type) {
    GError* error = nullptr;
    GDBusConnection* connection = g_bus_get_sync(type, nullptr, &error);
    if (error != nullptr) {
        g_error_free(error);
        return nullptr;
    }
    return connection;
}

void on_screensaver_active_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                                   const gchar*, GVariant* parameters, gpointer data) {
    if (!g_variant_is_of_type(parameters, G_VARIANT_TYPE("(b)"))) {
        return;
    }
    gboolean active = FALSE;
    g_variant_get(parameters, "(b)", &active);
    if (active) {
        static_cast<SessionLockMonitor::Impl*>(data)->notify();
    }
}

void on_session_lock(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                     GVariant*, gpointer data) {
    static_cast<SessionLockMonitor::Impl*>(data)->notify();
}

void on_session_path(GObject* source, GAsyncResult* result, gpointer data) {
    GError* error = nullptr;
    GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
    if (error != nullptr) {
        // Cancelled (the monitor is gone: `data` must not be touched) or no logind session.
        g_error_free(error);
        return;
    }
    auto* impl = static_cast<SessionLockMonitor::Impl*>(data);
    const gchar* path = nullptr;
    g_variant_get(reply, "(&o)", &path);
    impl->system_subscriptions.push_back(g_dbus_connection_signal_subscribe(
        impl->system_bus, "org.freedesktop.login1", "org.freedesktop.login1.Session", "Lock", path,
        nullptr, G_DBUS_SIGNAL_FLAGS_NONE, on_session_lock, impl, nullptr));
    g_variant_unref(reply);
}

}  // namespace

SessionLockMonitor::SessionLockMonitor(wxEvtHandler& ui, std::function<void()> on_lock)
    : impl_(std::make_unique<Impl>(ui, std::move(on_lock))) {
    if (session_bus_configured()) {
        impl_->session_bus = connect(G_BUS_TYPE_SESSION);
    }
    if (impl_->session_bus != nullptr) {
        for (const char* interface : {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"}) {
            impl_->session_subscriptions.push_back(g_dbus_connection_signal_subscribe(
                impl_->session_bus, nullptr, interface, "ActiveChanged", nullptr, nullptr,
                G_DBUS_SIGNAL_FLAGS_NONE, on_screensaver_active_changed, impl_.get(), nullptr));
        }
    }

    impl_->system_bus = connect(G_BUS_TYPE_SYSTEM);
    if (impl_->system_bus != nullptr) {
        // Only the Lock of our own session counts, so ask logind which one that is.
        g_dbus_connection_call(impl_->system_bus, "org.freedesktop.login1",
                               "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "GetSessionByPID", g_variant_new("(u)", guint32(getpid())),
                               G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000,
                               impl_->cancellable, on_session_path, impl_.get());
    }
}

SessionLockMonitor::~SessionLockMonitor() {
    g_cancellable_cancel(impl_->cancellable);
    for (guint id : impl_->session_subscriptions) {
        g_dbus_connection_signal_unsubscribe(impl_->session_bus, id);
    }
    for (guint id : impl_->system_subscriptions) {
        g_dbus_connection_signal_unsubscribe(impl_->system_bus, id);
    }
    if (impl_->session_bus != nullptr) {
        g_object_unref(impl_->session_bus);
    }
    if (impl_->system_bus != nullptr) {
        g_object_unref(impl_->system_bus);
    }
    g_object_unref(impl_->cancellable);
}

int SessionLockMonitor::subscriptions() const {
    return static_cast<int>(impl_->session_subscriptions.size() +
                            impl_->system_subscriptions.size());
}

}  // namespace sb::app

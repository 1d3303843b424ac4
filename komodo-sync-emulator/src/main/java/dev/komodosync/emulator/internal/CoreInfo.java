package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GetVersion} and {@code GetCoreInfo}: the settings the rules depend on. */
final class CoreInfo {

    private final Store store;

    CoreInfo(Store store) {
        this.store = store;
    }

    void register(Api api) {
        api.read("GetVersion", call -> Call.NODES.objectNode().put("version", Router.VERSION));
        api.read("GetCoreInfo", call -> {
            ObjectNode info = Call.NODES.objectNode();
            info.put("title", "komodo-sync emulator");
            info.put("monitoring_interval", "15-sec");
            info.put("webhook_base_url", "");
            info.put("transparent_mode", store.settings().transparentMode());
            info.put("ui_write_disabled", false);
            info.put("disable_confirm_dialog", false);
            info.put("disable_non_admin_create", store.settings().disableNonAdminCreate());
            info.put("disable_websocket_reconnect", false);
            info.put("enable_fancy_toml", false);
            info.put("default_pagination_limit", store.settings().pageSize());
            info.putArray("github_webhook_owners");
            return info;
        });
    }
}

import { Capacitor } from "@capacitor/core";
import { PushNotifications } from "@capacitor/push-notifications";
import { SERVER_URL } from "../server";
import { NativePushController } from "./native-push-controller";
import { httpNativeTokenServer } from "./native-token-server";

let instance: NativePushController | null = null;

/** The app's one controller: the wiring and the Settings screen see the same state. */
export function nativePush(): NativePushController {
  instance ??= new NativePushController({
    plugin: PushNotifications,
    // "web" in the browser build: there the web app's service worker and Web Push do this job.
    platform: Capacitor.isNativePlatform() ? Capacitor.getPlatform() : "web",
    server: httpNativeTokenServer(SERVER_URL),
    storage: window.localStorage,
  });
  return instance;
}

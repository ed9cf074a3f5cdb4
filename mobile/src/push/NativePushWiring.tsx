import { PushNotifications } from "@capacitor/push-notifications";
import { useNativePushWiring } from "./useNativePushWiring";
import { nativePush } from "./native-push-instance";

/** Renders nothing: hands this phone's token to the server while signed in, and opens tapped notifications. */
export function NativePushWiring() {
  useNativePushWiring(nativePush(), PushNotifications);
  return null;
}

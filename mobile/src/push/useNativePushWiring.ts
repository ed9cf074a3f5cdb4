import type { PushNotificationsPlugin } from "@capacitor/push-notifications";
import { useEffect } from "react";
import { useNavigate } from "react-router-dom";
import { useSession } from "../state/session";
import { conversationPath } from "./conversation-path";
import type { NativePushController } from "./native-push-controller";

/**
 * Tells the controller of each sign-in and log-out, and opens the conversation of a tapped
 * notification (before sign-in, the routes send it to the log-in page).
 */
export function useNativePushWiring(controller: NativePushController, plugin: Pick<PushNotificationsPlugin, "addListener">): void {
  const { session } = useSession();
  const navigate = useNavigate();

  useEffect(() => {
    void controller.sessionChanged(session);
  }, [controller, session]);

  useEffect(() => {
    if (!controller.available) return;
    const handle = plugin.addListener("pushNotificationActionPerformed", ({ notification }) => {
      const path = conversationPath(notification.data);
      if (path) navigate(path);
    });
    return () => {
      void handle.then((listener) => listener.remove());
    };
  }, [controller, plugin, navigate]);
}

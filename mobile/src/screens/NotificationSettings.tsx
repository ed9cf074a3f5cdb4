import type { ChatApi } from "@chat-app/client";
import { Capacitor } from "@capacitor/core";
import { IonItem, IonLabel, IonList, IonListHeader, IonNote, IonToggle } from "@ionic/react";
import { usePushPreviews } from "../../../app/src/pwa/usePushPreviews";
import { useT } from "../../../app/src/i18n/useT";

/**
 * Notifications: whether pushes name who wrote and what (the server's setting, for every device of the
 * person), and on a phone, pushes to this phone.
 */
export function NotificationSettings({ api }: { api: ChatApi }) {
  const t = useT();
  const [previews, changePreviews] = usePushPreviews(api);

  return (
    <IonList inset>
      <IonListHeader>
        <IonLabel>{t("settings.notifications")}</IonLabel>
      </IonListHeader>
      {Capacitor.isNativePlatform() ? null : (
        <IonItem>
          <IonNote>{t("settings.nativePushOnlyInApp")}</IonNote>
        </IonItem>
      )}
      {previews === null ? null : (
        <IonItem>
          <IonToggle checked={previews} onIonChange={(event) => changePreviews(event.detail.checked)}>
            {t("settings.pushPreviews")}
          </IonToggle>
        </IonItem>
      )}
    </IonList>
  );
}

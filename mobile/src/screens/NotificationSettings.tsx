import type { ChatApi } from "@chat-app/client";
import { Capacitor } from "@capacitor/core";
import { IonItem, IonLabel, IonList, IonListHeader, IonNote, IonToggle } from "@ionic/react";
import { useEffect, useState } from "react";
import { useT } from "../../../app/src/i18n/useT";

/**
 * Notifications: whether pushes name who wrote and what (the server's setting, for every device of the
 * person), and on a phone, pushes to this phone.
 */
export function NotificationSettings({ api }: { api: ChatApi }) {
  const t = useT();
  const [previews, setPreviews] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    api.pushPreferences().then(
      (answer) => current && setPreviews(answer.previews),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  const changePreviews = (next: boolean) => {
    setPreviews(next);
    api.setPushPreferences({ previews: next }).catch(() => setPreviews(!next));
  };

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

import { useOutbox } from "@chat-app/client/react";
import { IonButton, IonItem, IonLabel, IonList, IonListHeader, IonRadio, IonRadioGroup, useIonAlert } from "@ionic/react";
import { THEME_PREFERENCES, type ThemePreference, useThemePreference } from "../../../app/src/hooks/useThemePreference";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../../app/src/i18n/languages";
import { useLanguage } from "../../../app/src/i18n/useLanguage";
import { useT } from "../../../app/src/i18n/useT";
import { useClient } from "../state/client";
import { useSession } from "../state/session";
import { AccountSettings } from "./AccountSettings";
import { NotificationSettings } from "./NotificationSettings";
import { SubPage } from "./SubPage";

/** Settings: who is signed in and log-out, sessions and password, the theme, the language, notifications. */
export function SettingsScreen() {
  const t = useT();
  const client = useClient();
  const { session, logout } = useSession();
  const [theme, chooseTheme] = useThemePreference();
  const [language, chooseLanguage] = useLanguage();
  const unsent = useOutbox(client).length;
  const [confirm] = useIonAlert();

  // As the web app: messages still in the outbox go with the log-out, so say so first.
  // The session ends on the server too (a copied token dies with the log-out); the app's push token
  // is taken back with the same token, and unregistered at FCM whatever the server answers.
  const leave = () => {
    void client?.api.logOut();
    logout();
  };
  const logOut = () => {
    if (unsent === 0) return leave();
    void confirm({
      header: t("logout.title"),
      message: t("logout.unsent", { count: unsent }),
      buttons: [
        { text: t("logout.stay"), role: "cancel" },
        { text: t("logout.anyway"), role: "destructive", handler: leave },
      ],
    });
  };

  return (
    <SubPage title={t("settings.title")}>
      <IonList inset>
        <IonListHeader>
          <IonLabel>{t("settings.account")}</IonLabel>
        </IonListHeader>
        <IonItem>
          <IonLabel>{t("settings.signedInAs", { name: session?.user.username ?? "" })}</IonLabel>
        </IonItem>
        <IonItem lines="none">
          <IonButton expand="block" color="danger" fill="outline" className="ion-margin-vertical" style={{ width: "100%" }} onClick={logOut}>
            {t("chat.logOut")}
          </IonButton>
        </IonItem>
      </IonList>

      {client ? <AccountSettings client={client} /> : null}

      <IonList inset>
        <IonRadioGroup value={theme} onIonChange={(event) => chooseTheme(event.detail.value as ThemePreference)}>
          <IonListHeader>
            <IonLabel id="settings-theme">{t("settings.theme")}</IonLabel>
          </IonListHeader>
          {THEME_PREFERENCES.map((option) => (
            <IonItem key={option}>
              <IonRadio value={option} justify="space-between">
                {t(`theme.${option}`)}
              </IonRadio>
            </IonItem>
          ))}
        </IonRadioGroup>
      </IonList>

      <IonList inset>
        <IonRadioGroup
          value={language}
          onIonChange={(event) => {
            const next: unknown = event.detail.value;
            if (isLanguage(next)) chooseLanguage(next);
          }}
        >
          <IonListHeader>
            <IonLabel>{t("settings.language")}</IonLabel>
          </IonListHeader>
          {LANGUAGES.map((option) => (
            // Each language named in itself, with its lang, so a screen reader says it right.
            <IonItem key={option} lang={option}>
              <IonRadio value={option} justify="space-between">
                {LANGUAGE_NAMES[option]}
              </IonRadio>
            </IonItem>
          ))}
        </IonRadioGroup>
      </IonList>

      {client ? <NotificationSettings api={client.api} /> : null}
    </SubPage>
  );
}

import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonSpinner, IonTitle, IonToolbar } from "@ionic/react";
import { type ReactNode, Suspense } from "react";
import { useT } from "../../../app/src/i18n/useT";

export interface SubPageProps {
  title: string;
  /** Where back goes when the stack has nothing under this page (opened by a link, or after a reload). */
  backHref?: string;
  padded?: boolean;
  children: ReactNode;
}

/**
 * A page pushed over the chat list: a header with Back and the title at once, the body when its chunk
 * has arrived. Only the body is lazy, so Ionic's page transition always has its `.ion-page` to animate.
 */
export function SubPage({ title, backHref = "/chats", padded = false, children }: SubPageProps) {
  const t = useT();
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonButtons slot="start">
            <IonBackButton defaultHref={backHref} text={t("nav.back")} />
          </IonButtons>
          <IonTitle>{title}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className={padded ? "ion-padding" : undefined}>
        <Suspense fallback={<IonSpinner aria-hidden="true" className="ion-margin" />}>{children}</Suspense>
      </IonContent>
    </IonPage>
  );
}

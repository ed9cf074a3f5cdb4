import { Banner, Button } from "@chat-app/ui-kit";
import { useT } from "../i18n/useT";

export interface LogoutConfirmProps {
  /** Messages not sent yet: logging out deletes them from this browser. */
  unsent: number;
  onStay: () => void;
  onLogout: () => void;
}

/** Asked before logging out with unsent messages: they would be deleted with the rest of this person's data. */
export function LogoutConfirm({ unsent, onStay, onLogout }: LogoutConfirmProps) {
  const t = useT();
  return (
    <Banner
      tone="warning"
      role="alertdialog"
      aria-label={t("logout.title")}
      onKeyDown={(event) => {
        if (event.key === "Escape") onStay();
      }}
      action={
        <>
          <Button variant="secondary" size="sm" onClick={onStay} ref={(node) => node?.focus()}>
            {t("logout.stay")}
          </Button>
          <Button variant="primary" size="sm" onClick={onLogout}>
            {t("logout.anyway")}
          </Button>
        </>
      }
    >
      {t("logout.unsent", { count: unsent })}
    </Banner>
  );
}

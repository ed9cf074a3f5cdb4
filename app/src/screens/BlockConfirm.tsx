import { Banner, Button } from "@chat-app/ui-kit";
import { useT } from "../i18n/useT";

export interface BlockConfirmProps {
  name: string;
  onCancel: () => void;
  onBlock: () => void;
}

/** Asked before blocking: names the person and what blocking does. */
export function BlockConfirm({ name, onCancel, onBlock }: BlockConfirmProps) {
  const t = useT();
  return (
    <Banner
      tone="warning"
      role="alertdialog"
      aria-label={t("block.title", { name })}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      action={
        <>
          <Button variant="secondary" size="sm" onClick={onCancel} ref={(node) => node?.focus()}>
            {t("block.cancel")}
          </Button>
          <Button variant="primary" size="sm" onClick={onBlock}>
            {t("block.confirm")}
          </Button>
        </>
      }
    >
      {t("block.explain", { name })}
    </Banner>
  );
}

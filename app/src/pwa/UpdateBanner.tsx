import { Banner, Button } from "@chat-app/ui-kit";
import { styled } from "styled-components";
import { useT } from "../i18n/useT";

// Over the bottom of a page that has no banner of its own (the log-in page).
const Floating = styled.div`
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: 20;
`;

/**
 * "Updated — Reload": a new version is ready; it takes over when the person reloads. In the chat
 * it is the page's banner (nothing covered: the composer's Send stays reachable); `floating` lays
 * it over the bottom of a page without one.
 */
export function UpdateBanner({ onReload, floating = false }: { onReload: () => void; floating?: boolean }) {
  const t = useT();
  const banner = (
    <Banner
      tone="info"
      action={
        <Button size="sm" onClick={onReload}>
          {t("app.reload")}
        </Button>
      }
    >
      {t("app.updated")}
    </Banner>
  );
  return floating ? <Floating>{banner}</Floating> : banner;
}

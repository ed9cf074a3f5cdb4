import { Banner, Button } from "@chat-app/ui-kit";
import { styled } from "styled-components";
import { useT } from "../i18n/useT";

// A strip along the bottom, over the page (a banner in the layout would move everything up).
const Corner = styled.div`
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: 20;
`;

/** "Updated — Reload": a new version is ready; it takes over when the person reloads. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Corner>
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
    </Corner>
  );
}

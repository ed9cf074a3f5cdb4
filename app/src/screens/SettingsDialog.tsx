import { Button } from "@chat-app/ui-kit";
import { useId, useRef } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import type { ChatApi } from "@chat-app/client";
import { PushPreviewsField } from "../pwa/PushPreviewsField";
import { pushSupported } from "../pwa/push-subscription";
import { LanguagePicker } from "./LanguagePicker";
import { ThemePicker } from "./ThemePicker";

// The browser's dialog colours follow <html>'s color-scheme (the theme's), so little is styled here.
const Dialog = styled.dialog`
  border: 1px solid ${(p) => p.theme.colors.border};
  border-radius: 12px;
  fieldset {
    margin-block-end: 16px;
    justify-content: flex-start;
  }
`;

export interface SettingsDialogProps {
  /** Closed by its button or Escape. */
  onClose: () => void;
  /** The person's server, for their notification settings (none yet while connecting). */
  api?: ChatApi;
}

/**
 * Settings, as a modal dialog (the browser's own: focus kept inside, Escape closes).
 */
export function SettingsDialog({ onClose, api }: SettingsDialogProps) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement | null>(null);
  return (
    <Dialog
      ref={(node) => {
        dialog.current = node;
        if (node && !node.open) node.showModal();
      }}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t("settings.title")}</h2>
      <LanguagePicker />
      <ThemePicker />
      {api && pushSupported() ? <PushPreviewsField api={api} /> : null}
      <Button variant="secondary" size="sm" onClick={() => dialog.current?.close()}>
        {t("settings.close")}
      </Button>
    </Dialog>
  );
}

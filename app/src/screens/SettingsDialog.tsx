import { Button } from "@chat-app/ui-kit";
import { useId, useRef } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import { LANGUAGE_NAMES, LANGUAGES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";

// The browser's dialog colours follow <html>'s color-scheme (the theme's), so little is styled here.
const Dialog = styled.dialog`
  border: 1px solid ${(p) => p.theme.colors.border};
  border-radius: 12px;
  fieldset {
    display: flex;
    gap: 8px;
    margin: 0 0 16px;
  }
`;

export interface SettingsDialogProps {
  /** Closed by its button or Escape. */
  onClose: () => void;
}

/**
 * Settings, as a modal dialog (the browser's own: focus kept inside, Escape closes). The language
 * buttons name each language in itself, with its `lang`, so a screen reader pronounces it right.
 */
export function SettingsDialog({ onClose }: SettingsDialogProps) {
  const t = useT();
  const [language, setLanguage] = useLanguage();
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
      <fieldset>
        <legend>{t("settings.language")}</legend>
        {LANGUAGES.map((option) => (
          <Button
            key={option}
            lang={option}
            variant={option === language ? "primary" : "secondary"}
            size="sm"
            aria-pressed={option === language}
            onClick={() => setLanguage(option)}
          >
            {LANGUAGE_NAMES[option]}
          </Button>
        ))}
      </fieldset>
      <Button variant="secondary" size="sm" onClick={() => dialog.current?.close()}>
        {t("settings.close")}
      </Button>
    </Dialog>
  );
}

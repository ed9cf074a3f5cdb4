import { Button } from "@chat-app/ui-kit";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import styled from "styled-components";
import { LANGUAGE_NAMES, LANGUAGES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";

const Dialog = styled.dialog`
  min-width: min(320px, 90vw);
  padding: 20px;
  border: 1px solid ${(p) => p.theme.colors.border};
  border-radius: 12px;
  background: ${(p) => p.theme.colors.background};
  color: ${(p) => p.theme.colors.text};
  h2 {
    margin: 0 0 16px;
    font-size: 1.125rem;
  }
  h3 {
    margin: 0 0 8px;
    font-size: 0.875rem;
    color: ${(p) => p.theme.colors.textMuted};
  }
`;

const Choices = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-bottom: 20px;
`;

const Actions = styled.div`
  display: flex;
  justify-content: flex-end;
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
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const titleId = useId();
  const languageId = useId();
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
      <h3 id={languageId}>{t("settings.language")}</h3>
      <Choices role="group" aria-labelledby={languageId}>
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
      </Choices>
      <Actions>
        <Button variant="secondary" size="sm" onClick={() => dialog.current?.close()}>
          {t("settings.close")}
        </Button>
      </Actions>
    </Dialog>
  );
}

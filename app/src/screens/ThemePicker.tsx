import { Button } from "@chat-app/ui-kit";
import styled from "styled-components";
import { THEME_PREFERENCES, useThemePreference } from "../hooks/useThemePreference";
import { useT } from "../i18n/useT";

const Fieldset = styled.fieldset`
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: 8px;
  margin: 0;
  border: 0;
  padding: 0;
  legend {
    padding: 0 0 4px;
  }
`;

/** Light, dark or as the device is set, in settings; the choice persists in this browser. */
export function ThemePicker({ className }: { className?: string }) {
  const t = useT();
  const [preference, choose] = useThemePreference();
  return (
    <Fieldset className={className}>
      <legend>{t("settings.theme")}</legend>
      {THEME_PREFERENCES.map((option) => (
        <Button
          key={option}
          variant={option === preference ? "primary" : "secondary"}
          size="sm"
          aria-pressed={option === preference}
          onClick={() => choose(option)}
        >
          {t(`theme.${option}`)}
        </Button>
      ))}
    </Fieldset>
  );
}

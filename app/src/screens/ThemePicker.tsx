import { THEME_PREFERENCES, useThemePreference } from "../hooks/useThemePreference";
import { useT } from "../i18n/useT";
import { ChoiceButtons } from "./ChoiceButtons";

/** Light, dark or as the device is set, in settings; the choice persists in this browser. */
export function ThemePicker({ className }: { className?: string }) {
  const t = useT();
  const [preference, choose] = useThemePreference();
  return (
    <ChoiceButtons
      className={className}
      legend={t("settings.theme")}
      options={THEME_PREFERENCES}
      chosen={preference}
      onChoose={choose}
      labelOf={(option) => t(`theme.${option}`)}
    />
  );
}

import { LANGUAGE_NAMES, LANGUAGES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { ChoiceButtons } from "./ChoiceButtons";

/**
 * The language switch, in settings and on the log-in page (so someone who can't read English can
 * switch before logging in). Each language is named in itself, with its `lang`, so a screen reader
 * pronounces it right; the choice persists.
 */
export function LanguagePicker({ className }: { className?: string }) {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <ChoiceButtons
      className={className}
      legend={t("settings.language")}
      options={LANGUAGES}
      chosen={language}
      onChoose={setLanguage}
      labelOf={(option) => LANGUAGE_NAMES[option]}
      langOf={(option) => option}
    />
  );
}

import { Button } from "@chat-app/ui-kit";
import styled from "styled-components";
import { LANGUAGE_NAMES, LANGUAGES } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
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

/**
 * The language switch, in settings and on the log-in page (so someone who can't read English can
 * switch before logging in). Each language is named in itself, with its `lang`, so a screen reader
 * pronounces it right; the choice persists.
 */
export function LanguagePicker({ className }: { className?: string }) {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <Fieldset className={className}>
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
    </Fieldset>
  );
}

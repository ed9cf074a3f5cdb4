import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App";
import { browserStorage, followLanguageInDocument } from "./i18n/document-language";
import { i18n, loadLanguage } from "./i18n/i18n";
import { initialLanguage } from "./i18n/languages";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
followLanguageInDocument();
// The first render waits for the catalog (a small chunk) so no English flashes first; if it cannot
// be fetched the app starts in English.
void loadLanguage(initialLanguage(browserStorage(), navigator.languages))
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    ),
  );

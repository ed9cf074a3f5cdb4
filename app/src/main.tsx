import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserStorage, followLanguageInDocument } from "./i18n/document-language";
import { fetchCatalog } from "./i18n/fetch-catalog";
import { i18n, loadLanguage } from "./i18n/i18n";
import { FALLBACK_LANGUAGE, initialLanguage } from "./i18n/languages";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
followLanguageInDocument();
// The first render waits for the catalog (one small file) so no other language flashes first; if
// the chosen one cannot be fetched, English is tried.
const start = () => createRoot(root).render(<App />);
void loadLanguage(initialLanguage(browserStorage(), navigator.languages), fetchCatalog)
  .catch(() => loadLanguage(FALLBACK_LANGUAGE, fetchCatalog))
  // Not even English: the page still works, showing message ids.
  .catch(() => i18n.activate(FALLBACK_LANGUAGE))
  .then(start);

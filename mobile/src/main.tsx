import { setupIonicReact } from "@ionic/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ionicMode } from "./config";
import { LAUNCH_QUERY } from "./launch";
// The web app's i18n (Lingui, one catalog per language, fetched), shared: one set of catalogs for both clients.
import { browserStorage, followLanguageInDocument } from "../../app/src/i18n/document-language";
import { fetchCatalog } from "../../app/src/i18n/fetch-catalog";
import { i18n, loadLanguage } from "../../app/src/i18n/i18n";
import { FALLBACK_LANGUAGE, initialLanguage } from "../../app/src/i18n/languages";

import "@ionic/react/css/core.css";
import "@ionic/react/css/normalize.css";
import "@ionic/react/css/structure.css";
import "@ionic/react/css/typography.css";
import "@ionic/react/css/palettes/dark.class.css";
import "./theme/safe-area.css";

setupIonicReact({ mode: ionicMode(LAUNCH_QUERY, navigator.userAgent) });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
// `<html lang dir>` follow the language, so Ionic lays out right to left in Arabic.
followLanguageInDocument();
const start = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// As the web app: the first render waits for the catalog, English if the chosen one can't be had.
void loadLanguage(initialLanguage(browserStorage(), navigator.languages), fetchCatalog)
  .catch(() => loadLanguage(FALLBACK_LANGUAGE, fetchCatalog))
  .catch(() => i18n.activate(FALLBACK_LANGUAGE))
  .then(start);

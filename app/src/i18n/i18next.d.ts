import "i18next";
import type en from "../locales/en.json";

// English is the source catalog: a key missing from it (or a typo) fails `npm run typecheck`.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}

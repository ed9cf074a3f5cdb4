// Jest: the app's code outside React words things in English unless a test switches language.
import { i18n } from "./i18n";
import { COMPILED } from "./test-catalogs";

i18n.load("en", COMPILED.en);
i18n.activate("en");

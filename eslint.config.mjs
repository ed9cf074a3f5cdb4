// One ESLint config for the repo (flat config, ESLint 9). `npm run lint` runs it with --max-warnings 0,
// then `prettier --check .`; eslint-config-prettier (last) turns off the rules that formatting owns.
//
// TypeScript is linted with type information (typescript-eslint's recommendedTypeChecked). The project
// service gives each file the types of its nearest tsconfig.json (server/, ui-kit/, app/, client/, ...);
// tests/ and tests/e2e/ have their own tsconfig.json for this; .storybook/ is type-checked as part of
// ui-kit/tsconfig.json (which includes it).
// JavaScript (bench/, jest and build configs) is not type-checked by tsc in this repo, so it gets
// ESLint's recommended rules without type information: type-aware rules would see every value as `any`.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const TS = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const JS = ["**/*.js", "**/*.cjs", "**/*.mjs", "**/*.jsx"];
const JSX = ["**/*.tsx", "**/*.jsx"];
// Code that runs in a browser (or jsdom); everything else runs on Node.
const BROWSER = ["ui-kit/src/**", "app/src/**", "client/src/**", "mobile/src/**", ".storybook/**", "bench/ui/**"];
// Where React lives. Elsewhere a `use…` function is not a hook (the tests' useTestServer is a Jest fixture).
const REACT = ["ui-kit/**", "app/**", "client/**", "mobile/**", ".storybook/**", "bench/ui/**"];
// no-unused-vars as tsc's noUnusedLocals/noUnusedParameters (on in every package) see it: a leading _ opts out.
const UNUSED = [
  "error",
  {
    argsIgnorePattern: "^_",
    varsIgnorePattern: "^_",
    caughtErrorsIgnorePattern: "^_",
    destructuredArrayIgnorePattern: "^_",
    ignoreRestSiblings: true,
  },
];

export default defineConfig(
  globalIgnores([
    "**/dist/",
    "**/storybook-static/",
    "**/coverage/",
    "**/data/",
    "tmp/",
    // Capacitor's copies of mobile/dist inside the native projects (cap sync; not committed).
    "mobile/android/app/src/main/assets/",
    "mobile/ios/App/App/public/",
    // Written by `npm run bench` (bench/report.mjs); the raw results go to the OS temp dir.
    "docs/benchmarks.*",
    "**/*-raw.json",
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },

  js.configs.recommended,
  {
    rules: {
      // Matching control characters is the point of the server's input validation (server/src/schemas/)
      // and of the bad-input corpus that checks it (tests/security/).
      "no-control-regex": "off",
      // A variable a closure reads before its one assignment (the HTTP server's handler, set once the
      // app exists) cannot be const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },

  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": UNUSED,
    },
  },
  {
    // ui-kit/tsconfig.json type-checks .storybook/ (its "include" names it); the nearest tsconfig.json
    // to these files is the root one, which has no DOM types and no JSX, so name the project here.
    files: [".storybook/**/*.ts", ".storybook/**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: false, project: ["./ui-kit/tsconfig.json"], tsconfigRootDir: import.meta.dirname },
    },
  },

  {
    files: JS,
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "no-unused-vars": UNUSED,
    },
  },
  {
    // espree in ESLint 9 does not count <Component /> as a use of Component; typescript-eslint's parser
    // (without type information) does, so .jsx gets it and its no-unused-vars.
    files: ["**/*.jsx"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": UNUSED,
    },
  },
  {
    // Plain .js is CommonJS everywhere but ui-kit/, whose package.json says "type": "module".
    files: ["**/*.js", "**/*.cjs"],
    ignores: ["ui-kit/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },

  {
    files: [...TS, ...JS],
    ignores: BROWSER,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: BROWSER,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node code whose page.evaluate callbacks run in Chromium.
    files: ["bench/suites/ui.mjs", "bench/suites/call-setup-driver.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    files: ["tests/**/*.ts"],
    rules: {
      // The cross-package tests are black-box: they read the server's JSON (HTTP bodies, socket payloads,
      // acks) as `any` and check it with expect(); Jest's matchers (expect.any(...)) are typed `any` too.
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    files: ["tests/helpers/test-server.ts"],
    // Where that `any` comes from: request/collect/nextEvent/emitWithAck default their JSON type to it.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  {
    // The hooks plugin's recommended set, React Compiler-era rules included: purity, refs, immutability,
    // set-state-in-effect/-render, static-components, globals etc. flag breaches of the Rules of React,
    // which cause bugs with or without the compiler.
    files: REACT,
    extends: [reactHooks.configs.flat["recommended-latest"]],
    rules: {
      // ui-kit's SSR-safe layout effect (useLayoutEffect in the browser, useEffect on the server) takes
      // a dependency list like the hooks it stands for; the code already marks its exceptions for this rule.
      "react-hooks/exhaustive-deps": ["warn", { additionalHooks: "^(useIsoLayoutEffect|useIsomorphicLayoutEffect)$" }],
      // These two only say what the React Compiler would skip ("Compilation Skipped"); nothing here is
      // built with the compiler, and exhaustive-deps already checks the dependency lists they point at.
      "react-hooks/preserve-manual-memoization": "off",
      "react-hooks/incompatible-library": "off",
    },
  },
  {
    files: JSX,
    extends: [jsxA11y.flatConfigs.recommended],
    rules: {
      // A scrollable message log must be reachable by keyboard (axe: scrollable-region-focusable), so
      // `role="log"` with tabIndex 0 is right; the rule's default only allows tabpanel.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "log"], allowExpressionValues: true }],
    },
  },

  prettier,
);

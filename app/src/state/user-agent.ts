import type { Translate } from "../i18n/i18n";

/** A browser and an operating system read from a User-Agent header; null where not recognised. */
export interface DeviceParts {
  browser: string | null;
  os: string | null;
}

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\b(?:Headless)?Chrom(?:e|ium)\/|\bCriOS\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bWindows\b/, "Windows"],
  [/\biPhone\b|\biPad\b|\biPod\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

const firstMatch = (text: string, table: readonly [RegExp, string][]) => table.find(([pattern]) => pattern.test(text))?.[1] ?? null;

/**
 * The browser and the system of a User-Agent, simply: enough to tell "Firefox on Windows" from
 * "Safari on iOS" in a list of sessions, not a full parser (no versions, no devices).
 */
export function describeUserAgent(userAgent: string | null | undefined): DeviceParts {
  if (!userAgent) return { browser: null, os: null };
  return { browser: firstMatch(userAgent, BROWSERS), os: firstMatch(userAgent, SYSTEMS) };
}

/** A session's device in words: "Firefox on Windows", or what of it is known. */
export function deviceName(userAgent: string | null | undefined, t: Translate): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return t("sessions.device", { browser, os });
  return browser ?? os ?? t("sessions.unknownDevice");
}

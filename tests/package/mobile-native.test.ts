/**
 * The mobile app's native projects, as far as this machine can check them without the Android SDK or Xcode:
 * `npm run sync -w mobile` (cap sync) copies the web build into both, with the config capacitor.config.ts
 * gives, and the generated projects carry the app's id and name.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const MOBILE = path.resolve(__dirname, "..", "..", "mobile");
const built = fs.existsSync(path.join(MOBILE, "dist", "index.html"));
if (!built && process.env.CI) throw new Error("mobile/dist is missing: npm run build -w mobile");
const describeBuilt = built ? describe : describe.skip;

const read = (file: string) => fs.readFileSync(path.join(MOBILE, file), "utf8");

jest.setTimeout(120_000);

describeBuilt("the mobile app's native projects", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "sync", "-w", "mobile"], { cwd: path.dirname(MOBILE), stdio: "pipe" });
  });

  it.each([
    ["android", "android/app/src/main/assets"],
    ["ios", "ios/App/App"],
  ])("%s: cap sync copied the web build and the config", (_platform, dir) => {
    const config = JSON.parse(read(`${dir}/capacitor.config.json`));
    expect(config).toMatchObject({ appId: "org.chatapp.mobile", appName: "Chat", webDir: "dist", server: { androidScheme: "http" } });
    // The keyboard shrinks the web view, so the composer stays above it (tests/e2e/mobile-phone.test.ts checks the page's side).
    expect(config.plugins).toMatchObject({ Keyboard: { resize: "native", resizeOnFullScreen: true } });
    expect(read(`${dir}/public/index.html`)).toBe(read("dist/index.html"));
  });

  it("android: the app id, the name and the @capacitor/app, keyboard and push-notifications plugins", () => {
    const gradle = read("android/app/build.gradle");
    expect(gradle).toContain('applicationId "org.chatapp.mobile"');
    expect(gradle).toContain('namespace "org.chatapp.mobile"');
    expect(read("android/app/src/main/res/values/strings.xml")).toContain('<string name="app_name">Chat</string>');
    expect(read("android/capacitor.settings.gradle")).toContain("capacitor-app");
    expect(read("android/capacitor.settings.gradle")).toContain("capacitor-keyboard");
    // Native push: the plugin is built into the app, and Firebase's gradle plugin applies once google-services.json is there.
    expect(read("android/capacitor.settings.gradle")).toContain("node_modules/@capacitor/push-notifications/android");
    expect(read("android/app/capacitor.build.gradle")).toContain("implementation project(':capacitor-push-notifications')");
    expect(gradle).toMatch(/file\('google-services\.json'\)[\s\S]*apply plugin: 'com\.google\.gms\.google-services'/);
  });

  it("ios: the bundle id, the name and the @capacitor/app, keyboard and push-notifications plugins", () => {
    expect(read("ios/App/App.xcodeproj/project.pbxproj")).toContain("PRODUCT_BUNDLE_IDENTIFIER = org.chatapp.mobile;");
    expect(read("ios/App/App/Info.plist")).toMatch(/<key>CFBundleDisplayName<\/key>\s*<string>Chat<\/string>/);
    expect(read("ios/App/Podfile")).toContain("CapacitorApp");
    expect(read("ios/App/Podfile")).toContain("CapacitorKeyboard");
    expect(read("ios/App/Podfile")).toContain("pod 'CapacitorPushNotifications', :path => '../../../node_modules/@capacitor/push-notifications'");
  });
});

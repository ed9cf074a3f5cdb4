import type { CapacitorConfig } from "@capacitor/cli";
// A type import only (it also types `plugins.Keyboard`): the CLI reads this file in Node, where the plugin's code cannot load.
import type { KeyboardResize } from "@capacitor/keyboard";

const config: CapacitorConfig = {
  appId: "org.chatapp.mobile",
  appName: "Chat",
  webDir: "dist",
  // Android's page is then http://localhost (iOS's is capacitor://localhost): the origins CORS_ORIGINS lists.
  server: { androidScheme: "http" },
  plugins: {
    // The on-screen keyboard shrinks the web view (as Android's browser does with interactive-widget=resizes-content):
    // the composer stays above it and the conversation keeps its newest message in view, on both platforms.
    Keyboard: { resize: "native" as KeyboardResize, resizeOnFullScreen: true },
  },
};

export default config;

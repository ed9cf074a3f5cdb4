import type { CapacitorConfig } from "@capacitor/cli";

const config: CapacitorConfig = {
  appId: "org.chatapp.mobile",
  appName: "Chat",
  webDir: "dist",
  // Android's page is then http://localhost (iOS's is capacitor://localhost): the origins CORS_ORIGINS lists.
  server: { androidScheme: "http" },
};

export default config;

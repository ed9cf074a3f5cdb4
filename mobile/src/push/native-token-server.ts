import type { NativePushTokenInputJson } from "@chat-app/protocol";

export type NativePlatform = NativePushTokenInputJson["platform"];

/** The server's side of native push: `/api/push/native-tokens`, with the signed-in person's bearer token. */
export interface NativeTokenServer {
  /**
   * False when the server has no FCM credentials. Asked before registering with the plugin: on Android,
   * registering without Firebase set up in the build (google-services.json) fails hard, and a server
   * without FCM could not use the token anyway.
   */
  takesTokens(auth: string): Promise<boolean>;
  add(auth: string, token: string, platform: NativePlatform): Promise<void>;
  /** Resolves when the server no longer holds the token for this person (404 included). */
  remove(auth: string, token: string): Promise<void>;
}

/** A token no device has (the route checks the body before anything else): 404 when FCM is set up, 503 when not. */
const PROBE_TOKEN = "probe-native-push";

export function httpNativeTokenServer(serverUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): NativeTokenServer {
  const call = (method: "POST" | "DELETE", auth: string, body: unknown) =>
    fetchImpl(`${serverUrl}/api/push/native-tokens`, {
      method,
      headers: { authorization: `Bearer ${auth}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  return {
    async takesTokens(auth) {
      const response = await call("DELETE", auth, { token: PROBE_TOKEN });
      return response.status !== 503;
    },
    async add(auth, token, platform) {
      const response = await call("POST", auth, { token, platform } satisfies NativePushTokenInputJson);
      if (!response.ok) throw new Error(`POST /api/push/native-tokens: ${response.status}`);
    },
    async remove(auth, token) {
      const response = await call("DELETE", auth, { token });
      // 404: already gone. 401: the session expired; the plugin's unregister then deletes the token at FCM, whose
      // next answer to the server (UNREGISTERED) drops it there.
      if (!response.ok && response.status !== 404 && response.status !== 401) throw new Error(`DELETE /api/push/native-tokens: ${response.status}`);
    },
  };
}

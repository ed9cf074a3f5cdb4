import type { PermissionState } from "@capacitor/core";
import type { NativePushEnvironment } from "./native-push-controller";
import type { NativePlatform, NativeTokenServer } from "./native-token-server";

type Listener = (event: never) => void;

/**
 * `@capacitor/push-notifications` as a phone would behave, at the module's boundary: permission
 * answers, `register()` firing `registration` with a token (or `registrationError`), `unregister()`.
 */
export class FakePushPlugin {
  permission: PermissionState = "prompt";
  /** What requestPermissions turns "prompt" into (the person's answer to the system dialog). */
  answer: PermissionState = "granted";
  /** The next register()'s outcome: a token, or an error. */
  nextToken: string | { error: string } = "fcm-token-1";
  readonly calls: string[] = [];
  readonly listeners = new Map<string, Set<Listener>>();

  checkPermissions = () => {
    this.calls.push("checkPermissions");
    return Promise.resolve({ receive: this.permission });
  };

  requestPermissions = () => {
    this.calls.push("requestPermissions");
    if (this.permission === "prompt" || this.permission === "prompt-with-rationale") this.permission = this.answer;
    return Promise.resolve({ receive: this.permission });
  };

  register = (): Promise<void> => {
    this.calls.push("register");
    const next = this.nextToken;
    // The plugin answers through its events, a moment after the call returns.
    setTimeout(() => (typeof next === "string" ? this.emit("registration", { value: next }) : this.emit("registrationError", next)), 0);
    return Promise.resolve();
  };

  unregister = (): Promise<void> => {
    this.calls.push("unregister");
    return Promise.resolve();
  };

  addListener = ((eventName: string, listener: Listener) => {
    const set = this.listeners.get(eventName) ?? new Set();
    set.add(listener);
    this.listeners.set(eventName, set);
    return Promise.resolve({
      remove: () => {
        set.delete(listener);
        return Promise.resolve();
      },
    });
  }) as unknown as NativePushEnvironment["plugin"]["addListener"];

  emit(eventName: string, event: unknown): void {
    for (const listener of this.listeners.get(eventName) ?? []) (listener as (event: unknown) => void)(event);
  }

  listenerCount(eventName: string): number {
    return this.listeners.get(eventName)?.size ?? 0;
  }
}

/** The server's `/api/push/native-tokens`, in memory: who holds which token. */
export class FakeTokenServer implements NativeTokenServer {
  configured = true;
  reachable = true;
  readonly held = new Map<string, { auth: string; platform: NativePlatform }>();

  takesTokens(): Promise<boolean> {
    return this.reachable ? Promise.resolve(this.configured) : Promise.reject(new TypeError("Failed to fetch"));
  }

  add(auth: string, token: string, platform: NativePlatform): Promise<void> {
    if (!this.configured) return Promise.reject(new Error("503"));
    this.held.set(token, { auth, platform });
    return Promise.resolve();
  }

  remove(auth: string, token: string): Promise<void> {
    if (this.held.get(token)?.auth === auth) this.held.delete(token);
    return Promise.resolve();
  }
}

export function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

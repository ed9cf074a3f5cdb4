import type { PushNotificationsPlugin } from "@capacitor/push-notifications";
import type { NativePlatform, NativeTokenServer } from "./native-token-server";
import { pushStrings } from "./push-strings";

export interface NativePushState {
  /** This phone's token is with the server: messages arrive as notifications while the app is closed. */
  enabled: boolean;
  busy: boolean;
  /** Why the last enable did not work, in words for the person; null when it did. */
  problem: string | null;
}

export interface NativePushEnvironment {
  plugin: Pick<PushNotificationsPlugin, "checkPermissions" | "requestPermissions" | "register" | "unregister" | "addListener">;
  /** Capacitor's platform: "android", "ios", or "web" (the browser build, which uses Web Push instead). */
  platform: string;
  server: NativeTokenServer;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  /** How long to wait for the plugin's `registration` event. */
  registrationTimeoutMs?: number;
}

/** Who holds this phone's token at the server, so log-out can take it back. */
const TOKEN_KEY = "chat.nativePush.token";
/** The person turned notifications off on this phone: signing in does not turn them on again. */
const OFF_KEY = "chat.nativePush.off";

interface StoredToken {
  token: string;
  userId: number;
}

export interface SignedIn {
  token: string;
  user: { id: number };
}

/**
 * Native push on this phone: permission, the plugin's registration, and the token handed to the
 * server (and taken back on log-out). One operation at a time; the state is for `useNativePush`.
 */
export class NativePushController {
  readonly available: boolean;
  private state: NativePushState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Kept here, not in a component: the app's tree (and the wiring in it) is rebuilt when the session changes. */
  private session: SignedIn | null = null;

  constructor(private readonly env: NativePushEnvironment) {
    this.available = env.platform === "android" || env.platform === "ios";
    this.state = { enabled: this.available && this.stored() !== null, busy: false, problem: null };
  }

  getState = (): NativePushState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The app's session now. Sign-in (or a start signed in) registers this phone unless the person turned
   * notifications off here; log-out takes the token back with the session that is ending; a start signed
   * out with a token left behind (the session ended while the app was closed) unregisters it at FCM.
   */
  sessionChanged(session: SignedIn | null): Promise<void> {
    const previous = this.session;
    this.session = session;
    if (!this.available || (previous && session && previous.user.id === session.user.id)) return Promise.resolve();
    const jobs: Array<Promise<void>> = [];
    if (previous || (!session && this.stored())) jobs.push(this.serially(() => this.release(previous?.token ?? null)));
    if (session && this.env.storage.getItem(OFF_KEY) !== "1") jobs.push(this.enable(session, false));
    return Promise.all(jobs).then(() => undefined);
  }

  /** `chosen`: the person asked for it (Settings), which also forgets an earlier "off". */
  enable(session: SignedIn, chosen = true): Promise<void> {
    return this.serially(async () => {
      if (!this.available) return this.set({ enabled: false, problem: pushStrings.unavailable });
      if (chosen) this.env.storage.removeItem(OFF_KEY);
      try {
        await this.register(session);
      } catch {
        this.set({ enabled: false, problem: pushStrings.unreachable });
      }
    });
  }

  /** Permission, the plugin's token, the server: each refusal leaves `enabled` false with a `problem`. */
  private async register(session: SignedIn): Promise<void> {
    if (!(await this.env.server.takesTokens(session.token))) return this.set({ enabled: false, problem: pushStrings.notOnServer });
    let permission = (await this.env.plugin.checkPermissions()).receive;
    if (permission === "prompt" || permission === "prompt-with-rationale") permission = (await this.env.plugin.requestPermissions()).receive;
    if (permission !== "granted") return this.set({ enabled: false, problem: pushStrings.denied });
    const token = await this.registerForToken();
    if (token === null) return this.set({ enabled: false, problem: pushStrings.registrationFailed });
    // FCM rotated this phone's token: the old one is taken back, so the server does not push twice.
    const previous = this.stored();
    if (previous && previous.token !== token && previous.userId === session.user.id) await this.env.server.remove(session.token, previous.token);
    try {
      await this.env.server.add(session.token, token, this.env.platform as NativePlatform);
    } catch {
      return this.set({ enabled: false, problem: pushStrings.serverRefused });
    }
    this.env.storage.setItem(TOKEN_KEY, JSON.stringify({ token, userId: session.user.id } satisfies StoredToken));
    this.set({ enabled: true, problem: null });
  }

  /** The person turned notifications off (Settings): remembered, so the next sign-in leaves them off. */
  disable(session: SignedIn): Promise<void> {
    return this.serially(async () => {
      this.env.storage.setItem(OFF_KEY, "1");
      await this.release(session.token);
    });
  }

  /** `auth`: the bearer token to tell the server with; null when there is none left. */
  private async release(auth: string | null): Promise<void> {
    if (!this.available) return;
    const stored = this.stored();
    this.env.storage.removeItem(TOKEN_KEY);
    try {
      if (stored && auth !== null) await this.env.server.remove(auth, stored.token);
    } finally {
      // Also deletes the token at FCM: were the server's copy left behind (offline), FCM would refuse it.
      await this.env.plugin.unregister();
      this.set({ enabled: false, problem: null });
    }
  }

  /** The token of the plugin's next `registration` event, or null on `registrationError` or silence. */
  private async registerForToken(): Promise<string | null> {
    let settle: (token: string | null) => void = () => undefined;
    const token = new Promise<string | null>((resolve) => (settle = resolve));
    const handles = [
      await this.env.plugin.addListener("registration", ({ value }) => settle(value)),
      await this.env.plugin.addListener("registrationError", () => settle(null)),
    ];
    const timer = setTimeout(() => settle(null), this.env.registrationTimeoutMs ?? 15_000);
    try {
      await this.env.plugin.register();
      return await token;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
      await Promise.all(handles.map((handle) => handle.remove()));
    }
  }

  private stored(): StoredToken | null {
    try {
      const parsed = JSON.parse(this.env.storage.getItem(TOKEN_KEY) ?? "null") as StoredToken | null;
      return parsed && typeof parsed.token === "string" && typeof parsed.userId === "number" ? parsed : null;
    } catch {
      return null;
    }
  }

  private serially(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      this.set({ busy: true });
      try {
        await job();
      } finally {
        this.set({ busy: false });
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private set(change: Partial<NativePushState>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

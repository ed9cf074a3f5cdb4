import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error";
import { loadOrCreateSecret } from "./secret";
import { parseStorageUrl, type StorageConfig } from "./storage-url";
import { type AllowList, parseAllowHosts } from "../link-preview/allow-list";
import { type FcmConfig, parseFcm } from "./fcm-config";
import { loadOrCreateVapidKeys, type VapidKeys, vapidKeyProblem } from "./vapid-keys";
import { type MailConfig, parseMail } from "./mail-config";

export type DatabaseConfig = { kind: "sqlite"; file: string; synchronous: "NORMAL" | "FULL" } | { kind: "postgres"; url: string };

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Where attachment bytes live (STORAGE_URL): local disk under DATA_DIR, or an S3 bucket. */
  storage: StorageConfig;
  jwtSecret: string;
  jwtTtlSeconds: number;
  bcryptCost: number;
  autoMigrate: boolean;
  /** Set for several processes: Socket.IO events and rate-limit counters go through Redis. */
  redisUrl: string | null;
  /** REDIS_KEY_PREFIX: the adapter's channels and the counters' keys start with it (several deployments, one Redis). */
  redisKeyPrefix: string;
  appDistDir: string;
  bodyLimitBytes: number;
  /** Express "trust proxy": how to find the client's address behind a load balancer. */
  trustProxy: boolean | number | string;
  /** Origins allowed to call the API and open sockets from other sites; empty = same origin only. */
  corsOrigins: string[];
  /** ADMIN_USERNAMES: the accounts that see reports and may deactivate people (case-insensitive). */
  adminUsernames: string[];
  uploads: {
    /** One file at most this large (UPLOAD_MAX_MB). */
    maxBytes: number;
    /** What one person may keep stored at once (UPLOAD_QUOTA_MB). */
    quotaBytes: number;
    /** How long a signed attachment URL serves (ATTACHMENT_URL_TTL). */
    urlTtlSeconds: number;
    /** Images with more pixels are refused undecoded (IMAGE_MAX_MEGAPIXELS): decompression bombs. */
    maxPixels: number;
  };
  linkPreviews: {
    /** LINK_PREVIEWS: off means nothing is fetched and every message carries `link_preview: null`. */
    enabled: boolean;
    /** LINK_PREVIEW_ALLOW_HOSTS: host:port pairs fetched whatever their address (tests). */
    allowHosts: AllowList;
    /** LINK_PREVIEW_CACHE_TTL: how long one fetch of a URL serves every message carrying it. */
    ttlMs: number;
  };
  calls: CallConfig;
  push: PushConfig;
  /** SMTP_URL + MAIL_FROM + PUBLIC_URL: password reset and email verification; null without SMTP_URL. */
  mail: MailConfig | null;
  /** USERNAME_HOLD_DAYS: a deleted account's username can be registered again only after this many days. */
  usernameHoldDays: number;
  limits: {
    authPerIp: number;
    authWindowSeconds: number;
    loginFreeFailures: number;
    socketEventsPerSecond: number;
    requestsPerUserPerSecond: number;
    /** REPORTS_PER_HOUR: messages one person may report per hour. */
    reportsPerHour: number;
  };
}

export interface CallConfig {
  /** STUN_URLS: listed to clients without credentials. */
  stunUrls: string[];
  /** TURN_URLS + TURN_SECRET: short-lived TURN credentials (coturn use-auth-secret); null without them. */
  turn: { urls: string[]; secret: string } | null;
  /** TURN_TTL_S: how long a TURN credential lasts. */
  turnTtlSeconds: number;
  /** CALL_RING_TIMEOUT_MS: an unanswered call is missed after this long. */
  ringTimeoutMs: number;
  /** CALL_ICE_TRANSPORT_POLICY: "relay" sends all media through TURN (hides people's addresses from each other). */
  iceTransportPolicy: "all" | "relay";
  /** JANUS_URL and the rest: group calls go through Janus's videoroom (topology "sfu"); null means mesh only. */
  janus: JanusConfig | null;
}

export interface JanusConfig {
  /** JANUS_URL: Janus's HTTP API as this server reaches it. */
  url: string;
  /** JANUS_PUBLIC_URL: the same API as browsers reach it (defaults to JANUS_URL). */
  publicUrl: string;
  /** JANUS_TOKEN_SECRET: Janus's `token_auth_secret`; room secrets and room tokens are derived from it too. */
  tokenSecret: string;
  /** JANUS_ADMIN_KEY: the videoroom plugin's `admin_key`, sent when creating rooms; null when Janus has none. */
  adminKey: string | null;
  /** JANUS_ROOM_PUBLISHERS: at most this many people in one SFU call. */
  roomPublishers: number;
  /** JANUS_TOKEN_TTL: how long the Janus token a participant gets lasts. */
  tokenTtlSeconds: number;
}

export interface PushConfig {
  /** VAPID_PUBLIC_KEY + VAPID_PRIVATE_KEY, or the pair generated into DATA_DIR/vapid-keys.json. */
  vapid: VapidKeys;
  /** VAPID_SUBJECT: how a push service reaches the operator (mailto: or https:). */
  subject: string;
  /** PUSH_ALLOW_INSECURE_ENDPOINTS (tests, development): http:// endpoints on loopback are accepted and reached. */
  allowInsecureEndpoints: boolean;
  /** FCM_SERVICE_ACCOUNT (+ FCM_API_URL): native push to the mobile app; null means Web Push only. */
  fcm: FcmConfig | null;
}

export { ConfigError };

const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

const MB = 1024 * 1024;

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Accepts plain seconds ("3600") or a number with a unit ("15m", "12h", "7d"). */
export function parseDuration(value: string): number | null {
  const match = /^(\d{1,9})([smhd]?)$/.exec(value.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * (TTL_UNITS[match[2] || "s"] ?? 1);
  return seconds > 0 ? seconds : null;
}

const positiveInt = () =>
  z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "must be a positive integer")
    .transform(Number);

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

function iceUrls(pattern: RegExp, message: string) {
  return z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern, message)))
    .default([]);
}

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, "must be a port number")
    .transform(Number)
    .refine((n) => n <= 65535, "must be at most 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWT_TTL: z.string().default("12h"),
  BCRYPT_COST: z
    .string()
    .regex(/^\d+$/, "must be an integer")
    .transform(Number)
    .refine((n) => n >= 10 && n <= 15, "must be between 10 and 15")
    .default(12),
  AUTO_MIGRATE: booleanFlag.default(false),
  STORAGE_URL: z.string().min(1).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL")
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,32}$/, "must be 1–32 letters, digits, '.', '_' or '-'")
    .default("chat"),
  APP_DIST_DIR: z.string().min(1).optional(),
  BODY_LIMIT_KB: z
    .string()
    .regex(/^\d+$/, "must be an integer")
    .transform(Number)
    .refine((n) => n >= 16 && n <= 10240, "must be between 16 and 10240")
    .default(64),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/, -]+)$/, "must be true, false, a hop count, or addresses")
    .transform((v) => (v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v))
    .default(false),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url("must be a comma-separated list of origins like https://chat.example.com")))
    .default([]),
  ADMIN_USERNAMES: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .default([]),
  REPORTS_PER_HOUR: positiveInt().default(20),
  AUTH_RATE_LIMIT: positiveInt().default(300),
  AUTH_RATE_WINDOW: z.string().default("15m"),
  LOGIN_FREE_FAILURES: positiveInt().default(5),
  USERNAME_HOLD_DAYS: z
    .string()
    .regex(/^\d{1,5}$/, "must be a whole number of days (0 or more)")
    .transform(Number)
    .default(30),
  SOCKET_EVENTS_PER_SECOND: positiveInt().default(100),
  REQUESTS_PER_USER_PER_SECOND: positiveInt().default(100),
  UPLOAD_MAX_MB: positiveInt()
    .refine((n) => n <= 2048, "must be at most 2048")
    .default(25),
  UPLOAD_QUOTA_MB: positiveInt().default(500),
  ATTACHMENT_URL_TTL: z.string().default("1h"),
  IMAGE_MAX_MEGAPIXELS: positiveInt()
    .refine((n) => n <= 1000, "must be at most 1000")
    .default(64),
  LINK_PREVIEWS: booleanFlag.default(true),
  LINK_PREVIEW_ALLOW_HOSTS: z.string().default(""),
  LINK_PREVIEW_CACHE_TTL: z.string().default("24h"),
  TURN_URLS: iceUrls(/^turns?:[^\s,]+$/, "must be a comma-separated list of turn: or turns: URLs"),
  TURN_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  TURN_TTL_S: positiveInt()
    .refine((n) => n >= 60 && n <= 86400, "must be between 60 and 86400")
    .default(3600),
  STUN_URLS: iceUrls(/^stuns?:[^\s,]+$/, "must be a comma-separated list of stun: or stuns: URLs"),
  CALL_RING_TIMEOUT_MS: positiveInt()
    .refine((n) => n >= 100 && n <= 600_000, "must be between 100 and 600000")
    .default(30_000),
  CALL_ICE_TRANSPORT_POLICY: z.enum(["all", "relay"], { message: 'must be "all" or "relay"' }).default("all"),
  JANUS_URL: z.url({ protocol: /^https?$/, message: "must be an http:// or https:// URL, e.g. http://127.0.0.1:8088/janus" }).optional(),
  JANUS_PUBLIC_URL: z.url({ protocol: /^https?$/, message: "must be an http:// or https:// URL, e.g. https://janus.example.org/janus" }).optional(),
  JANUS_TOKEN_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  JANUS_ADMIN_KEY: z.string().min(1).optional(),
  JANUS_ROOM_PUBLISHERS: positiveInt()
    .refine((n) => n >= 2 && n <= 100, "must be between 2 and 100")
    .default(16),
  JANUS_TOKEN_TTL: z.string().default("6h"),
  VAPID_PUBLIC_KEY: z.string().min(1).optional(),
  VAPID_PRIVATE_KEY: z.string().min(1).optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, "must be a mailto: address or an https:// URL")
    .default("mailto:push@chat.invalid"),
  PUSH_ALLOW_INSECURE_ENDPOINTS: booleanFlag.default(false),
  FCM_SERVICE_ACCOUNT: z.string().min(1).optional(),
  FCM_API_URL: z.string().min(1).optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(1).optional(),
  PUBLIC_URL: z.string().min(1).optional(),
});

function vapidKeysOf(vars: { VAPID_PUBLIC_KEY?: string; VAPID_PRIVATE_KEY?: string }, dataDir: string): VapidKeys {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = vars;
  if ((publicKey === undefined) !== (privateKey === undefined)) throw new ConfigError("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: set both or neither");
  if (publicKey === undefined || privateKey === undefined) return loadOrCreateVapidKeys(path.join(dataDir, "vapid-keys.json"));
  const problem = vapidKeyProblem({ publicKey, privateKey });
  if (problem) throw new ConfigError(problem);
  return { publicKey, privateKey };
}

function parseDatabaseUrl(raw: string | undefined, dataDir: string, synchronous: "NORMAL" | "FULL"): DatabaseConfig {
  if (raw === undefined) return { kind: "sqlite", file: path.join(dataDir, "chat.sqlite"), synchronous };
  if (raw.startsWith("sqlite:")) {
    const file = raw.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new ConfigError("DATABASE_URL: sqlite: needs a file path, e.g. sqlite:data/chat.sqlite");
    return { kind: "sqlite", file: path.resolve(file), synchronous };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) return { kind: "postgres", url: raw };
  throw new ConfigError(`DATABASE_URL: unsupported scheme in "${raw.split(":")[0]}:"; use sqlite:<path> or postgres://user:pass@host/db`);
}

type JanusVars = Pick<
  z.infer<typeof envSchema>,
  "JANUS_URL" | "JANUS_PUBLIC_URL" | "JANUS_TOKEN_SECRET" | "JANUS_ADMIN_KEY" | "JANUS_ROOM_PUBLISHERS" | "JANUS_TOKEN_TTL"
>;

function parseJanus(vars: JanusVars): JanusConfig | null {
  if (vars.JANUS_URL === undefined) {
    const stray = (["JANUS_PUBLIC_URL", "JANUS_TOKEN_SECRET", "JANUS_ADMIN_KEY"] as const).filter((name) => vars[name] !== undefined);
    if (stray.length > 0) throw new ConfigError(`${stray.join(", ")}: set JANUS_URL too (group calls through Janus need it)`);
    return null;
  }
  if (vars.JANUS_TOKEN_SECRET === undefined) {
    throw new ConfigError("JANUS_TOKEN_SECRET: required with JANUS_URL (the token_auth_secret in Janus's janus.jcfg)");
  }
  const tokenTtlSeconds = parseDuration(vars.JANUS_TOKEN_TTL);
  if (tokenTtlSeconds === null || tokenTtlSeconds < 60) {
    throw new ConfigError(`JANUS_TOKEN_TTL: "${vars.JANUS_TOKEN_TTL}" is not a duration of at least a minute, like 3600, 30m or 6h`);
  }
  const trim = (url: string) => url.replace(/\/+$/, "");
  return {
    url: trim(vars.JANUS_URL),
    publicUrl: trim(vars.JANUS_PUBLIC_URL ?? vars.JANUS_URL),
    tokenSecret: vars.JANUS_TOKEN_SECRET,
    adminKey: vars.JANUS_ADMIN_KEY ?? null,
    roomPublishers: vars.JANUS_ROOM_PUBLISHERS,
    tokenTtlSeconds,
  };
}

/** Reads the environment once at start; any bad value stops the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const vars = parsed.data;
  const jwtTtlSeconds = parseDuration(vars.JWT_TTL);
  if (jwtTtlSeconds === null) throw new ConfigError(`JWT_TTL: "${vars.JWT_TTL}" is not a duration like 3600, 15m, 12h or 7d`);

  const authWindowSeconds = parseDuration(vars.AUTH_RATE_WINDOW);
  if (authWindowSeconds === null) throw new ConfigError(`AUTH_RATE_WINDOW: "${vars.AUTH_RATE_WINDOW}" is not a duration like 900 or 15m`);

  const urlTtlSeconds = parseDuration(vars.ATTACHMENT_URL_TTL);
  if (urlTtlSeconds === null) throw new ConfigError(`ATTACHMENT_URL_TTL: "${vars.ATTACHMENT_URL_TTL}" is not a duration like 900 or 1h`);
  if (vars.UPLOAD_QUOTA_MB < vars.UPLOAD_MAX_MB) throw new ConfigError("UPLOAD_QUOTA_MB: must be at least UPLOAD_MAX_MB");

  const allowHosts = parseAllowHosts(vars.LINK_PREVIEW_ALLOW_HOSTS);
  if ("invalid" in allowHosts) throw new ConfigError(`LINK_PREVIEW_ALLOW_HOSTS: "${allowHosts.invalid}" is not a host:port pair`);

  const previewTtlSeconds = parseDuration(vars.LINK_PREVIEW_CACHE_TTL);
  if (previewTtlSeconds === null || previewTtlSeconds < 1) {
    throw new ConfigError(`LINK_PREVIEW_CACHE_TTL: "${vars.LINK_PREVIEW_CACHE_TTL}" is not a duration like 3600, 30m or 24h`);
  }
  if (vars.TURN_URLS.length > 0 !== (vars.TURN_SECRET !== undefined)) throw new ConfigError("TURN_URLS and TURN_SECRET: set both or neither");
  if (vars.CALL_ICE_TRANSPORT_POLICY === "relay" && vars.TURN_SECRET === undefined) {
    throw new ConfigError("CALL_ICE_TRANSPORT_POLICY=relay needs TURN_URLS and TURN_SECRET (media can only be relayed through TURN)");
  }

  const janus = parseJanus(vars);

  const dataDir = path.resolve(vars.DATA_DIR ?? path.join(REPO_ROOT, "data"));
  return {
    port: vars.PORT,
    host: vars.HOST,
    dataDir,
    database: parseDatabaseUrl(vars.DATABASE_URL, dataDir, vars.SQLITE_SYNCHRONOUS),
    storage: parseStorageUrl(vars.STORAGE_URL, dataDir),
    jwtSecret: vars.JWT_SECRET ?? loadOrCreateSecret(path.join(dataDir, "jwt-secret")),
    jwtTtlSeconds,
    bcryptCost: vars.BCRYPT_COST,
    autoMigrate: vars.AUTO_MIGRATE,
    redisUrl: vars.REDIS_URL ?? null,
    redisKeyPrefix: vars.REDIS_KEY_PREFIX,
    appDistDir: path.resolve(vars.APP_DIST_DIR ?? path.join(REPO_ROOT, "app", "dist")),
    bodyLimitBytes: vars.BODY_LIMIT_KB * 1024,
    trustProxy: vars.TRUST_PROXY,
    corsOrigins: vars.CORS_ORIGINS,
    adminUsernames: vars.ADMIN_USERNAMES,
    uploads: {
      maxBytes: vars.UPLOAD_MAX_MB * MB,
      quotaBytes: vars.UPLOAD_QUOTA_MB * MB,
      urlTtlSeconds,
      maxPixels: vars.IMAGE_MAX_MEGAPIXELS * 1_000_000,
    },
    linkPreviews: { enabled: vars.LINK_PREVIEWS, allowHosts: allowHosts.hosts, ttlMs: previewTtlSeconds * 1000 },
    calls: {
      stunUrls: vars.STUN_URLS,
      turn: vars.TURN_SECRET !== undefined ? { urls: vars.TURN_URLS, secret: vars.TURN_SECRET } : null,
      turnTtlSeconds: vars.TURN_TTL_S,
      ringTimeoutMs: vars.CALL_RING_TIMEOUT_MS,
      iceTransportPolicy: vars.CALL_ICE_TRANSPORT_POLICY,
      janus,
    },
    push: {
      vapid: vapidKeysOf(vars, dataDir),
      subject: vars.VAPID_SUBJECT,
      allowInsecureEndpoints: vars.PUSH_ALLOW_INSECURE_ENDPOINTS,
      fcm: parseFcm(vars.FCM_SERVICE_ACCOUNT, vars.FCM_API_URL),
    },
    mail: parseMail(vars.SMTP_URL, vars.MAIL_FROM, vars.PUBLIC_URL),
    usernameHoldDays: vars.USERNAME_HOLD_DAYS,
    limits: {
      authPerIp: vars.AUTH_RATE_LIMIT,
      authWindowSeconds,
      loginFreeFailures: vars.LOGIN_FREE_FAILURES,
      socketEventsPerSecond: vars.SOCKET_EVENTS_PER_SECOND,
      requestsPerUserPerSecond: vars.REQUESTS_PER_USER_PER_SECOND,
      reportsPerHour: vars.REPORTS_PER_HOUR,
    },
  };
}

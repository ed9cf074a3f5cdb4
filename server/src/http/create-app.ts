import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import cors from "cors";
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import type { DataSource } from "typeorm";
import type { RedisConnections } from "../scaling/redis";
import type { AttachmentService } from "../services/attachment.service";
import type { AuthService } from "../services/auth.service";
import type { MessageService } from "../services/message.service";
import type { PinService } from "../services/pin.service";
import type { ReactionService } from "../services/reaction.service";
import type { ReceiptService } from "../services/receipt.service";
import type { CallConfig } from "../config/config";
import type { CallService } from "../services/call.service";
import type { PushService } from "../services/push.service";
import type { NativePushService } from "../services/native-push.service";
import type { ChangeService } from "../services/change.service";
import type { GroupService } from "../services/group.service";
import type { SearchService } from "../services/search.service";
import type { SessionService } from "../services/session.service";
import type { UserService } from "../services/user.service";
import type { ProfileService } from "../services/profile.service";
import type { BlockService } from "../services/block.service";
import { createErrorHandler, notFoundHandler } from "./middleware/errors";
import { callRoutes } from "./routes/calls.routes";
import { attachmentRoutes } from "./routes/attachments.routes";
import { authRoutes } from "./routes/auth.routes";
import { docsRoutes } from "./routes/docs.routes";
import { healthRoutes } from "./routes/health.routes";
import { groupRoutes } from "./routes/groups.routes";
import { messageRoutes } from "./routes/messages.routes";
import { pinRoutes } from "./routes/pins.routes";
import { pushRoutes } from "./routes/push.routes";
import { nativePushRoutes } from "./routes/native-push.routes";
import { reactionRoutes } from "./routes/reactions.routes";
import { linkPreviewRoutes } from "./routes/link-previews.routes";
import type { LinkPreviewService } from "../link-preview/link-preview.service";
import { searchRoutes } from "./routes/search.routes";
import { sessionRoutes } from "./routes/sessions.routes";
import { passwordRoutes } from "./routes/password.routes";
import { emailRoutes } from "./routes/email.routes";
import type { EmailVerificationService } from "../services/email-verification.service";
import type { PasswordResetService } from "../services/password-reset.service";
import { userRoutes } from "./routes/users.routes";
import { profileRoutes } from "./routes/profile.routes";
import { blockRoutes } from "./routes/blocks.routes";
import { adminRoutes } from "./routes/admin.routes";
import type { AdminService } from "../services/admin.service";
import type { ReportService } from "../services/report.service";
import { accountRoutes, type AccountRouteDeps } from "./routes/account.routes";

export interface AppDependencies {
  dataSource: DataSource;
  redis: RedisConnections | null;
  auth: AuthService;
  sessions: SessionService;
  users: UserService;
  profiles: ProfileService;
  messages: MessageService;
  reactions: ReactionService;
  pins: PinService;
  receipts: ReceiptService;
  search: SearchService;
  groups: GroupService;
  changes: ChangeService;
  attachments: AttachmentService;
  linkPreviews: LinkPreviewService;
  calls: CallService;
  callConfig: CallConfig;
  push: PushService;
  /** PUSH_ALLOW_INSECURE_ENDPOINTS: subscriptions may name http:// endpoints on loopback. */
  allowInsecurePushEndpoints: boolean;
  nativePush: NativePushService;
  passwordReset: PasswordResetService;
  emailVerification: EmailVerificationService;
  /** USERNAME_HOLD_DAYS, told by GET /api/config so "Delete account" can say how long. */
  usernameHoldDays: number;
  blocks: BlockService;
  admin: AdminService;
  reports: ReportService;
  /** Export and deletion of the caller's account. */
  accounts: Omit<AccountRouteDeps, "limitPerIp">;
  authenticate: RequestHandler;
  /** Requests per authenticated user, whatever the route. */
  limitByUser: RequestHandler;
  /** Sign-up/log-in attempts per address. */
  limitAuthByIp: RequestHandler;
  bodyLimitBytes: number;
  trustProxy: boolean | number | string;
  corsOrigins: string[];
  /** Origins besides this one the browser app fetches from (Janus's HTTP API for SFU calls). */
  connectOrigins: string[];
  appDistDir: string;
  log: (error: unknown) => void;
}

export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", deps.trustProxy);
  // The app may be served over plain http on a LAN address, where upgrading requests would break it.
  // helmet's defaults, plus blob: for images and audio: the composer previews a picked photo and
  // plays back a voice note before they are uploaded, from object URLs of the person's own files.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: null,
          "img-src": ["'self'", "data:", "blob:"],
          "media-src": ["'self'", "blob:"],
          "connect-src": ["'self'", ...deps.connectOrigins],
        },
      },
    }),
  );

  const api = express.Router();
  if (deps.corsOrigins.length > 0) api.use(cors({ origin: deps.corsOrigins, maxAge: 600 }));
  api.use(express.json({ limit: deps.bodyLimitBytes }));
  api.use(healthRoutes(deps.dataSource, deps.redis));
  api.use(docsRoutes());
  api.use(authRoutes(deps.auth, deps.limitAuthByIp));
  const authenticated = [deps.authenticate, deps.limitByUser];
  api.use(userRoutes(deps.users, authenticated, (user) => deps.admin.isAdmin(user)));
  api.use(sessionRoutes(deps.sessions, authenticated));
  api.use(passwordRoutes(deps.auth, authenticated, deps.limitAuthByIp));
  api.use(profileRoutes(deps.profiles, authenticated, (user) => deps.admin.isAdmin(user)));
  api.use(emailRoutes(deps.passwordReset, deps.emailVerification, authenticated, deps.limitAuthByIp, deps.usernameHoldDays));
  api.use(messageRoutes(deps.messages, deps.receipts, deps.changes, authenticated));
  api.use(reactionRoutes(deps.reactions, authenticated));
  api.use(pinRoutes(deps.pins, authenticated));
  api.use(searchRoutes(deps.search, authenticated));
  api.use(groupRoutes(deps.groups, authenticated));
  api.use(attachmentRoutes(deps.attachments, authenticated));
  api.use(linkPreviewRoutes(deps.linkPreviews, authenticated));
  api.use(callRoutes(deps.calls, deps.callConfig, authenticated));
  api.use(pushRoutes(deps.push, deps.allowInsecurePushEndpoints, authenticated));
  api.use(nativePushRoutes(deps.nativePush, authenticated));
  api.use(blockRoutes(deps.blocks, authenticated));
  api.use(adminRoutes(deps.admin, deps.reports, authenticated));
  api.use(accountRoutes({ ...deps.accounts, limitPerIp: deps.limitAuthByIp }, authenticated));
  api.use(notFoundHandler);
  app.use("/api", api);

  serveBrowserApp(app, deps.appDistDir);
  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.log));
  return app;
}

/** Vite names everything under assets/ by its content hash: a new build is a new name, so a year is safe. */
const ONE_YEAR_SECONDS = 31_536_000;

/** Served when the app's build brings no robots.txt of its own: the pages are behind a log-in; nothing to index but the front page. */
export const DEFAULT_ROBOTS_TXT = ["User-agent: *", "Disallow: /api/", "Disallow: /socket.io/", "Disallow: /chat/", "Disallow: /group/", ""].join(
  "\n",
);

/**
 * A path that names a file rather than a page: its last segment has an extension (`/main.js`,
 * `/favicon.ico`, `/x.map`) or one of its segments is a dotfile (`/.env`, `/.git/config`). Those
 * are 404 when there is no such file, never the app's index.html.
 */
export function namesAFile(urlPath: string): boolean {
  const segments = urlPath.split("/");
  return path.posix.extname(segments.at(-1) ?? "") !== "" || segments.some((segment) => segment.startsWith("."));
}

/**
 * The built browser app, compressed (gzip or brotli, by `Accept-Encoding`): hashed files under
 * /assets/ cached for a year, everything else revalidated, index.html for any other GET of a page
 * so client-side routes survive a reload, and a JSON 404 for a file that is not there.
 */
/**
 * Files the browser must check at every use: the service worker (a cached one would hold back
 * every new version) and the web app manifest, like index.html.
 */
const ALWAYS_REVALIDATED = new Set(["sw.js", "manifest.webmanifest"]);

function serveBrowserApp(app: Express, distDir: string): void {
  const indexFile = path.join(distDir, "index.html");
  const hasApp = fs.existsSync(indexFile);
  const browser = express.Router();
  if (hasApp) {
    browser.use(compression());
    browser.use(
      "/assets",
      express.static(path.join(distDir, "assets"), { index: false, redirect: false, maxAge: ONE_YEAR_SECONDS * 1000, immutable: true }),
      notFoundHandler,
    );
    browser.use(
      express.static(distDir, {
        index: false,
        redirect: false,
        maxAge: "1h",
        setHeaders: (res, filePath) => {
          if (filePath === indexFile || ALWAYS_REVALIDATED.has(path.relative(distDir, filePath))) res.setHeader("Cache-Control", "no-cache");
        },
      }),
    );
  }
  browser.get("/robots.txt", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type("text/plain").send(DEFAULT_ROBOTS_TXT);
  });
  if (hasApp) {
    browser.get(/^\/(?!api\/|socket\.io\/).*/, (req, res, next) => {
      if (namesAFile(req.path)) return next();
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexFile);
    });
  }
  app.use(browser);
}

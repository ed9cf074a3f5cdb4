import fs from "node:fs";
import path from "node:path";
import cors from "cors";
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import type { DataSource } from "typeorm";
import type { RedisConnections } from "../scaling/redis";
import type { AuthService } from "../services/auth.service";
import type { MessageService } from "../services/message.service";
import type { ReceiptService } from "../services/receipt.service";
import type { ChangeService } from "../services/change.service";
import type { GroupService } from "../services/group.service";
import type { SearchService } from "../services/search.service";
import type { UserService } from "../services/user.service";
import { createErrorHandler, notFoundHandler } from "./middleware/errors";
import { authRoutes } from "./routes/auth.routes";
import { healthRoutes } from "./routes/health.routes";
import { groupRoutes } from "./routes/groups.routes";
import { messageRoutes } from "./routes/messages.routes";
import { searchRoutes } from "./routes/search.routes";
import { userRoutes } from "./routes/users.routes";

export interface AppDependencies {
  dataSource: DataSource;
  redis: RedisConnections | null;
  auth: AuthService;
  users: UserService;
  messages: MessageService;
  receipts: ReceiptService;
  search: SearchService;
  groups: GroupService;
  changes: ChangeService;
  authenticate: RequestHandler;
  /** Requests per authenticated user, whatever the route. */
  limitByUser: RequestHandler;
  /** Sign-up/log-in attempts per address. */
  limitAuthByIp: RequestHandler;
  bodyLimitBytes: number;
  trustProxy: boolean | number | string;
  corsOrigins: string[];
  appDistDir: string;
  log: (error: unknown) => void;
}

export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", deps.trustProxy);
  // The app may be served over plain http on a LAN address, where upgrading requests would break it.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));

  const api = express.Router();
  if (deps.corsOrigins.length > 0) api.use(cors({ origin: deps.corsOrigins, maxAge: 600 }));
  api.use(express.json({ limit: deps.bodyLimitBytes }));
  api.use(healthRoutes(deps.dataSource, deps.redis));
  api.use(authRoutes(deps.auth, deps.limitAuthByIp));
  const authenticated = [deps.authenticate, deps.limitByUser];
  api.use(userRoutes(deps.users, authenticated));
  api.use(messageRoutes(deps.messages, deps.receipts, deps.changes, authenticated));
  api.use(searchRoutes(deps.search, authenticated));
  api.use(groupRoutes(deps.groups, authenticated));
  api.use(notFoundHandler);
  app.use("/api", api);

  serveBrowserApp(app, deps.appDistDir);
  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.log));
  return app;
}

/** The built browser app, with index.html for any other GET so client-side routes survive a reload. */
function serveBrowserApp(app: Express, distDir: string): void {
  const indexFile = path.join(distDir, "index.html");
  if (!fs.existsSync(indexFile)) return;
  app.use(express.static(distDir, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexFile);
  });
}

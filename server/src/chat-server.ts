import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import type { AppConfig } from "./config/config";
import { openDatabase } from "./db/data-source";
import { WalCheckpointer } from "./db/wal-checkpointer";
import { createApp } from "./http/create-app";
import { createAuthenticate } from "./http/middleware/authenticate";
import { limitByIp, limitByUser } from "./http/middleware/rate-limit";
import { PasswordHasher } from "./security/passwords";
import { FixedWindowLimit, LoginBackoff } from "./security/rate-limits";
import { TokenService } from "./security/tokens";
import type { AttachmentService } from "./services/attachment.service";
import type { LinkPreviewService } from "./link-preview/link-preview.service";
import { DEFAULT_PREVIEW_TIMES } from "./link-preview/link-preview.service";
import { AuthService } from "./services/auth.service";
import { AccountQueries } from "./db/account-queries";
import { AccountDeletionService } from "./services/account-deletion.service";
import { ExportService } from "./services/export.service";
import { UrlSigner } from "./security/url-signer";
import { createStorage } from "./storage/create-storage";
import { createDomainServices } from "./services";
import { Presence } from "./socket/presence";
import { attachSocketHandlers, createSocketServer } from "./socket/create-socket-server";
import { PendingWork } from "./socket/pending-work";
import { SocketMessageEvents } from "./socket/socket-message-events";
import { SocketCallEvents } from "./socket/socket-call-events";
import { CallQueries } from "./db/call-queries";
import { GroupMessageQueries } from "./db/group-message-queries";
import { CallNotices } from "./services/call-notices";
import { CallService } from "./services/call.service";
import { janusRooms } from "./calls/janus/janus-rooms-from-config";
import type { ChatServer } from "./socket/types";
import { createAdapter } from "@socket.io/redis-adapter";
import { RedisConnections } from "./scaling/redis";
import { redisLimiters } from "./scaling/redis-limiters";
import { memoryLimiters } from "./security/rate-limits";
import { PushQueries } from "./db/push-queries";
import { NativePushQueries } from "./db/native-push-queries";
import { FcmPushSender } from "./push/fcm-push-sender";
import { PushNotifier } from "./push/push-notifier";
import { RoutingPushSender } from "./push/routing-push-sender";
import { WebPushSender } from "./push/web-push-sender";
import { NativePushService } from "./services/native-push.service";
import { PushService } from "./services/push.service";
import { withListeners } from "./services/notifying-events";
import { SocketConnectedUsers } from "./socket/socket-connected-users";
import { SessionQueries } from "./db/session-queries";
import { SessionService } from "./services/session.service";
import { SocketSessionEvents } from "./socket/socket-session-events";
import { SocketProfileEvents } from "./socket/socket-profile-events";
import { ProfileService } from "./services/profile.service";
import { ProfileQueries } from "./db/profile-queries";
import { AttachmentQueries } from "./db/attachment-queries";
import { createEmailServices } from "./services/email-services";
import type { Outbox } from "./mail/outbox";
import { ReportQueries } from "./db/report-queries";
import { AdminService } from "./services/admin.service";
import { ReportService } from "./services/report.service";
import { StoredMessageQueries } from "./db/stored-message-queries";

export interface RunningServer {
  url: string;
  port: number;
  io: ChatServer;
  dataSource: DataSource;
  /** Uploads and their lifetime (tests run the sweep with their own clock). */
  attachments: AttachmentService;
  /** Link previews (tests wait for the queue to be done). */
  linkPreviews: LinkPreviewService;
  /** Push notifications (tests wait for the queue to be done). */
  push: PushNotifier;
  /** Sessions (tests run the sweep of ended ones). */
  sessions: SessionService;
  /** Mail sent after the answer (tests wait for it to be done). */
  outbox: Outbox;
  close(): Promise<void>;
}

/** How often uploads never sent and ended sessions are looked for (both go once a day old). */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/** How long a push service may take to answer one push. */
const PUSH_TIMEOUT_MS = 10_000;

const defaultLog = (error: unknown) => console.error(error);

/** Wires database, services, REST and sockets together and starts listening. */
export async function startChatServer(config: AppConfig, log: (error: unknown) => void = defaultLog): Promise<RunningServer> {
  const sqliteFile = config.database.kind === "sqlite" ? config.database.file : null;
  const dataSource = await openDatabase(config.database, config.autoMigrate, { backgroundCheckpoint: sqliteFile !== null });
  const checkpointer = sqliteFile ? WalCheckpointer.start(sqliteFile, 500, log) : null;
  const redis = config.redisUrl
    ? await RedisConnections.connect(config.redisUrl).catch(async (error: unknown) => {
        await dataSource.destroy();
        throw error;
      })
    : null;
  // Express must be the server's request listener before Socket.IO attaches, so engine.io can take
  // /socket.io/ requests for itself; the app is built below, once its services exist.
  let app: ReturnType<typeof createApp> | undefined;
  const httpServer = createHttpServer((req, res) => {
    app?.(req, res);
  });
  const io = createSocketServer(httpServer, config.corsOrigins);
  if (redis) io.adapter(createAdapter(redis.publisher, redis.subscriber, { key: `${config.redisKeyPrefix}:socket.io` }));
  const { limits } = config;
  // Budgets that must hold across processes live in Redis when there is one; a socket's own
  // event budget stays in memory because a socket lives on one process.
  const sharedLimiters = redis ? redisLimiters(redis, config.redisKeyPrefix) : memoryLimiters;

  const tokens = new TokenService(config.jwtSecret, config.jwtTtlSeconds);
  const backoff = new LoginBackoff({ freeFailures: limits.loginFreeFailures, maxBackoffSeconds: 15 * 60 }, sharedLimiters);
  const pushQueries = new PushQueries(dataSource);
  const { fcm } = config.push;
  // Without FCM's credentials app installs are neither collected nor pushed to: Web Push only.
  const nativeTokens = fcm ? new NativePushQueries(dataSource) : null;
  const push = new PushNotifier(
    pushQueries,
    nativeTokens,
    new SocketConnectedUsers(io),
    new RoutingPushSender(
      new WebPushSender({
        vapid: config.push.vapid,
        subject: config.push.subject,
        allowLoopback: config.push.allowInsecureEndpoints,
        timeoutMs: PUSH_TIMEOUT_MS,
      }),
      fcm ? new FcmPushSender({ ...fcm, timeoutMs: PUSH_TIMEOUT_MS }) : null,
    ),
    log,
  );
  // Only the process that stored a message hears of it here (other processes get the socket
  // broadcast, not this call), so each message is pushed once however many processes run.
  const messageEvents = withListeners(new SocketMessageEvents(io), [push], log);
  const storage = createStorage(config.storage);
  const { users, userQueries, blocks, receipts, messages, reactions, pins, search, groups, changes, attachments, linkPreviews } =
    createDomainServices(
      dataSource,
      messageEvents,
      {
        storage,
        signer: new UrlSigner(config.jwtSecret, config.uploads.urlTtlSeconds),
        limits: config.uploads,
      },
      { ...DEFAULT_PREVIEW_TIMES, ...config.linkPreviews },
      log,
    );
  const sweep = setInterval(() => {
    attachments.sweep().catch(log);
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  const sessions = new SessionService(new SessionQueries(dataSource), tokens, new SocketSessionEvents(io));
  const sessionSweep = setInterval(() => {
    sessions.sweep().catch(log);
  }, SWEEP_INTERVAL_MS);
  sessionSweep.unref();
  const profiles = new ProfileService(
    userQueries,
    new ProfileQueries(dataSource),
    new AttachmentQueries(dataSource),
    storage,
    new SocketProfileEvents(io),
    config.uploads.maxPixels,
    blocks,
  );
  const reportQueries = new ReportQueries(dataSource);
  const admin = new AdminService(config.adminUsernames, reportQueries, userQueries, sessions);
  const reports = new ReportService(
    reportQueries,
    new StoredMessageQueries(dataSource),
    groups,
    new FixedWindowLimit("reports", limits.reportsPerHour, 3600, sharedLimiters),
  );
  const passwords = new PasswordHasher(config.bcryptCost);
  const email = createEmailServices({
    dataSource,
    config: config.mail,
    users: userQueries,
    passwords,
    sessions,
    backoff,
    limiters: sharedLimiters,
    log,
  });
  const auth = new AuthService(userQueries, passwords, tokens, backoff, sessions, (user) => email.verification.send(user.id, user.email));
  const presence = new Presence(io, users, blocks, log);
  blocks.announceWith(presence);
  const callQueries = new CallQueries(dataSource);
  const calls = new CallService(
    callQueries,
    new CallNotices(callQueries, new GroupMessageQueries(dataSource), messageEvents),
    groups,
    users,
    blocks,
    new SocketCallEvents(io),
    { ringTimeoutMs: config.calls.ringTimeoutMs, sweepIntervalMs: Math.max(1000, Math.min(config.calls.ringTimeoutMs, 10_000)) },
    log,
    Date.now,
    janusRooms(config.calls.janus),
  );
  calls.startSweeping();

  const accountQueries = new AccountQueries(dataSource);
  const accounts = {
    deletion: new AccountDeletionService(
      userQueries,
      accountQueries,
      passwords,
      backoff,
      sessions,
      groups,
      profiles,
      storage,
      config.usernameHoldDays,
      log,
    ),
    exports: new ExportService(userQueries, accountQueries, sessions, blocks, messages, attachments),
    exportLimit: new FixedWindowLimit("exports", 1, 60, sharedLimiters),
  };
  app = createApp({
    dataSource,
    redis,
    auth,
    sessions,
    users,
    profiles,
    messages,
    reactions,
    pins,
    receipts,
    search,
    groups,
    changes,
    attachments,
    linkPreviews,
    calls,
    callConfig: config.calls,
    push: new PushService(pushQueries, config.push.vapid.publicKey),
    allowInsecurePushEndpoints: config.push.allowInsecureEndpoints,
    nativePush: new NativePushService(nativeTokens),
    passwordReset: email.reset,
    emailVerification: email.verification,
    usernameHoldDays: config.usernameHoldDays,
    blocks,
    admin,
    reports,
    accounts,
    authenticate: createAuthenticate(tokens, sessions),
    limitByUser: limitByUser(new FixedWindowLimit("user-requests", limits.requestsPerUserPerSecond, 1, sharedLimiters)),
    limitAuthByIp: limitByIp(new FixedWindowLimit("auth-ip", limits.authPerIp, limits.authWindowSeconds, sharedLimiters)),
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    // The call screen talks to Janus itself (its HTTP API), on an origin of its own.
    connectOrigins: config.calls.janus ? [new URL(config.calls.janus.publicUrl).origin] : [],
    appDistDir: config.appDistDir,
    log,
  });
  const socketWork = new PendingWork();
  const socketEvents = new FixedWindowLimit("socket-events", limits.socketEventsPerSecond, 1);
  attachSocketHandlers(
    io,
    { auth, messages, reactions, pins, receipts, groups, presence, calls, blocks },
    { limit: socketEvents, disconnectAfterRejections: limits.socketEventsPerSecond },
    log,
    socketWork,
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  return {
    url: `http://${host}:${port}`,
    port,
    io,
    dataSource,
    attachments,
    linkPreviews,
    push,
    sessions,
    outbox: email.outbox,
    async close() {
      clearInterval(sweep);
      clearInterval(sessionSweep);
      await email.close();
      calls.stop();
      await linkPreviews.idle();
      await push.stop();
      // This process's sockets go first, while the adapter and Redis still answer, so their
      // departures (last seen, presence, calls) finish before anything they need is closed.
      io.local.disconnectSockets(true);
      await socketWork.drain();
      await io.close();
      httpServer.closeAllConnections();
      await redis?.close();
      await checkpointer?.stop();
      await dataSource.destroy();
    },
  };
}

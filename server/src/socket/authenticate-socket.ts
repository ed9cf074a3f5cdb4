import type { ExtendedError } from "socket.io";
import type { AuthService } from "../services/auth.service";
import type { ChatSocket } from "./types";

/**
 * Handshake check: the client connects with `auth: { token }`. A bad or missing token, or one whose
 * session was revoked, is refused before the connection exists; resumed connections too.
 */
export function createSocketAuthentication(auth: AuthService) {
  return (socket: ChatSocket, next: (error?: ExtendedError) => void) => {
    const token: unknown = socket.handshake.auth?.token;
    if (typeof token !== "string" || token.length === 0 || token.length > 4096) {
      return next(new Error("Authentication required"));
    }
    auth.authenticate(token).then(
      (session) => {
        if (!session) return next(new Error("Invalid or expired token"));
        socket.data.userId = session.user.id;
        socket.data.username = session.user.username;
        socket.data.sessionId = session.sessionId;
        socket.data.tokenExpiresAt = session.expiresAt.getTime();
        next();
      },
      () => next(new Error("Authentication failed")),
    );
  };
}

/** A socket lives no longer than its token; runs on every connection, recovered ones included. */
export function disconnectOnTokenExpiry(socket: ChatSocket): void {
  // setTimeout holds at most ~24.8 days; longer tokens are re-checked on the next connection.
  const expiresIn = Math.min(socket.data.tokenExpiresAt - Date.now(), 2 ** 31 - 1);
  const timer = setTimeout(() => socket.disconnect(true), Math.max(expiresIn, 0));
  socket.once("disconnect", () => clearTimeout(timer));
}

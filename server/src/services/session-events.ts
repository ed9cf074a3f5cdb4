/**
 * What SessionService announces after a revocation is committed. The socket layer implements it
 * (one room per session, disconnected through the adapter), so it reaches every process.
 */
export interface SessionEvents {
  sessionsRevoked(sessionIds: readonly number[]): void;
}

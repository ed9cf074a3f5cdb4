import { createHmac } from "node:crypto";

const derive = (secret: string, purpose: string) => createHmac("sha256", secret).update(purpose).digest("base64url");

/** The videoroom's `secret` (edit, kick, destroy): derived, so only this server (any of its processes) knows it. */
export const roomSecret = (secret: string, callId: number): string => derive(secret, `janus-room-secret:${callId}`);

/** A participant's join token for the room (`allowed`): one per call, person and connection, unguessable without the secret. */
export const roomToken = (secret: string, callId: number, userId: number, connectionId: string): string =>
  derive(secret, `janus-room-token:${callId}:${userId}:${connectionId}`);

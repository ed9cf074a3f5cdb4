import type { ClientEvent } from "./socket-events.js";

// `satisfies` makes this object name every event of ClientToServerEvents and nothing else: a missing
// key and an extra key are both compile errors, so the runtime list cannot drift from the map.
const clientEvents = {
  "message:send": true,
  "message:edit": true,
  "message:delete": true,
  "message:read": true,
  "message:delivered": true,
  "typing:start": true,
  "typing:stop": true,
  "presence:subscribe": true,
  "reaction:add": true,
  "reaction:remove": true,
  "message:forward": true,
  "pin:add": true,
  "pin:remove": true,
  "call:start": true,
  "call:accept": true,
  "call:decline": true,
  "call:join": true,
  "call:leave": true,
  "call:hangup": true,
  "call:signal": true,
} as const satisfies Record<ClientEvent, true>;

/** Every event a client may send (the keys of ClientToServerEvents), for code that runs. */
export const CLIENT_EVENTS: readonly ClientEvent[] = Object.freeze(Object.keys(clientEvents) as ClientEvent[]);

/** Narrows an incoming event name to a declared one. */
export function isClientEvent(name: unknown): name is ClientEvent {
  return typeof name === "string" && Object.hasOwn(clientEvents, name);
}

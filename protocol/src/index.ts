export type * from "./json.js";
export type * from "./socket-events.js";
export { CLIENT_EVENTS, isClientEvent } from "./client-events.js";
export { noticeText } from "./notices.js";

// Every input schema, validated once at the edge: REST routes and socket handlers both use these.
export * from "./attachments";
export * from "./auth";
export * from "./forwards-pins";
export * from "./groups";
export * from "./messages";
export { parseInput } from "./parse";
export * from "./presence-typing";
export * from "./reactions";
export type { ReadsPayload } from "./reads-payload";
export * from "./search";
export * from "./calls";
export * from "./push";
export * from "./native-push";
export * from "./sessions";
export * from "./profile";
export * from "./email";
export * from "./blocks";
export * from "./account";

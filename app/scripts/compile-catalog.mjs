import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

/** Every message of a catalog compiled; a message that does not parse throws, naming its key. */
export function compileCatalog(source) {
  return Object.fromEntries(
    Object.entries(source).map(([key, message]) => {
      try {
        return [key, compileMessageOrThrow(message)];
      } catch (error) {
        throw new Error(`${key}: ${error.message}`);
      }
    }),
  );
}

import { KnownNames } from "../../../app/src/state/known-names";

const byUser = new Map<number, KnownNames>();

/** The names seen by this person (the web app's store, same key): the conversation's title before its page loads. */
export function namesOf(selfId: number): KnownNames {
  let names = byUser.get(selfId);
  if (!names) {
    names = new KnownNames(`chat.names.${selfId}`);
    byUser.set(selfId, names);
  }
  return names;
}

import { KnownNames } from "@chat-app/client";

const byKey = new Map<string, KnownNames>();

function store(key: string): KnownNames {
  let names = byKey.get(key);
  if (!names) {
    names = new KnownNames(key);
    byKey.set(key, names);
  }
  return names;
}

/** The people's names seen by this person (the web app's store, same key): a conversation's title before its page loads. */
export const namesOf = (selfId: number): KnownNames => store(`chat.names.${selfId}`);

/** The groups' names seen by this person (the web app's store, same key). */
export const groupNamesOf = (selfId: number): KnownNames => store(`chat.groupNames.${selfId}`);

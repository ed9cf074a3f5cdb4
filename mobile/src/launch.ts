import { launchQuery } from "./config";

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The first page's `?server=`/`?mode=`, or what this tab kept of them. */
export const LAUNCH_QUERY = launchQuery(window.location.search, tabStorage());

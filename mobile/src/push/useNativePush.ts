import { nativePush } from "./native-push-instance";
import { type NativePushView, useNativePushOf } from "./useNativePushOf";

export type { NativePushView };

/**
 * Notifications on this phone, for the Settings screen: `{available, enabled, busy, problem, enable, disable}`.
 * `available` is false in the browser build (Web Push serves it); `problem` says in words why enabling failed.
 */
export function useNativePush(): NativePushView {
  return useNativePushOf(nativePush());
}

import { useCallback, useSyncExternalStore } from "react";
import { useSession } from "../state/session";
import type { NativePushController, NativePushState } from "./native-push-controller";

export interface NativePushView extends NativePushState {
  /** An Android or iOS app (not the browser build). */
  available: boolean;
  enable: () => Promise<void>;
  disable: () => Promise<void>;
}

/** `useNativePush` on a given controller: its state, and the switch acting for the signed-in person. */
export function useNativePushOf(controller: NativePushController): NativePushView {
  const { session } = useSession();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const enable = useCallback(async () => {
    if (session) await controller.enable(session);
  }, [controller, session]);
  const disable = useCallback(async () => {
    if (session) await controller.disable(session);
  }, [controller, session]);
  return { ...state, available: controller.available, enable, disable };
}

import { createContext, useContext } from "react";

/** "Reload" into the new version once one waits (null until then), from AppLayout. */
export const UpdateContext = createContext<(() => void) | null>(null);

export const useUpdateReady = (): (() => void) | null => useContext(UpdateContext);

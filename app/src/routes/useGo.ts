import { useCallback } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { useLatest } from "../hooks/useLatest";

/**
 * Navigation for the screens: a new history entry (so Back returns), except to the page already shown,
 * which react-router would push a second time. Stable, so callbacks built on it do not change.
 */
export function useGo(): (path: string) => void {
  const navigate = useNavigate();
  const current = useLatest(useLocation().pathname);
  return useCallback(
    (path: string) => {
      if (path !== current.current) void navigate(path);
    },
    [navigate, current],
  );
}

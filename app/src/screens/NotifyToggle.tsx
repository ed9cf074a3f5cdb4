import { Button } from "@chat-app/ui-kit";
import { useId } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import type { NotifyState } from "../hooks/notifications";

const Wrap = styled.span`
  display: inline-flex;
  flex-direction: column;
  align-items: flex-end;
  gap: 2px;
`;

const Note = styled.span`
  max-width: 14em;
  font-size: 0.75rem;
  text-align: end;
  color: ${(p) => p.theme.colors.textMuted};
`;

export interface NotifyToggleProps {
  state: NotifyState;
  onToggle: () => void;
}

/** "Notify me" as a toggle button: pressed while on ("Notifications on"), explained when the browser blocks them. */
export function NotifyToggle({ state, onToggle }: NotifyToggleProps) {
  const noteId = useId();
  const t = useT();
  if (state === "unsupported") return null;
  const blocked = state === "blocked";
  return (
    <Wrap data-notify={state}>
      <Button
        variant={state === "on" ? "primary" : "secondary"}
        size="sm"
        aria-pressed={state === "on"}
        aria-disabled={blocked || undefined}
        aria-describedby={blocked ? noteId : undefined}
        onClick={blocked ? undefined : onToggle}
      >
        {state === "on" ? t("notify.on") : t("notify.ask")}
      </Button>
      {blocked ? <Note id={noteId}>{t("notify.blocked")}</Note> : null}
    </Wrap>
  );
}

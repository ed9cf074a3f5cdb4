import { Button } from "@chat-app/ui-kit";
import { useId } from "react";
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
  text-align: right;
  color: ${(p) => p.theme.colors.textMuted};
`;

export interface NotifyToggleProps {
  state: NotifyState;
  onToggle: () => void;
}

/** "Notify me" as a toggle button: pressed while on ("Notifications on"), explained when the browser blocks them. */
export function NotifyToggle({ state, onToggle }: NotifyToggleProps) {
  const noteId = useId();
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
        {state === "on" ? "Notifications on" : "Notify me"}
      </Button>
      {blocked ? <Note id={noteId}>Notifications are blocked in your browser settings</Note> : null}
    </Wrap>
  );
}

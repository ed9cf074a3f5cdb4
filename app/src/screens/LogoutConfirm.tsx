import { Banner, Button } from "@chat-app/ui-kit";

export interface LogoutConfirmProps {
  /** Messages not sent yet: logging out deletes them from this browser. */
  unsent: number;
  onStay: () => void;
  onLogout: () => void;
}

/** Asked before logging out with unsent messages: they would be deleted with the rest of this person's data. */
export function LogoutConfirm({ unsent, onStay, onLogout }: LogoutConfirmProps) {
  const what = unsent === 1 ? "1 message hasn't" : `${unsent} messages haven't`;
  return (
    <Banner
      tone="warning"
      role="alertdialog"
      aria-label="Log out?"
      onKeyDown={(event) => {
        if (event.key === "Escape") onStay();
      }}
      action={
        <>
          <Button variant="secondary" size="sm" onClick={onStay} ref={(node) => node?.focus()}>
            Stay
          </Button>
          <Button variant="primary" size="sm" onClick={onLogout}>
            Log out anyway
          </Button>
        </>
      }
    >
      {what} been sent yet. Logging out deletes {unsent === 1 ? "it" : "them"} from this browser.
    </Banner>
  );
}

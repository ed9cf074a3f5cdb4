/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useRoutes } from "react-router-dom";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { EmailLinkRoute } from "./EmailLinkRoute";
import { PATHS } from "./paths";
import { SessionContext, type SessionValue } from "./SessionContext";
import { appRoutes } from "./tree";

// The language switch loads catalogs by Vite's `?url` imports, which Jest has not got; not what these tests look at.
jest.mock("../screens/LanguagePicker", () => ({ LanguagePicker: () => null }));
// jsdom's performance has no marks.
jest.mock("./FirstScreenMark", () => ({ FirstScreenMark: () => null }));

const weak = "new_password is too easy to guess: a single word is easy to guess";
const SAME = { status: "If an account has this address, a reset link is on its way to it." };

function LoginProbe() {
  return <p>log-in page</p>;
}

function Routes() {
  return useRoutes(
    appRoutes({
      login: <LoginProbe />,
      forgotPassword: <EmailLinkRoute page="forgotPassword" />,
      resetPassword: <EmailLinkRoute page="resetPassword" />,
      verifyEmail: <EmailLinkRoute page="verifyEmail" />,
    }),
  );
}

async function openAt(path: string, routes: Record<string, Reply | (() => Reply)>, session: Partial<SessionValue> = {}) {
  const { fetchImpl, asked } = apiAnswering(routes);
  globalThis.fetch = fetchImpl;
  const value: SessionValue = { session: null, notice: null, signedOut: false, signIn: jest.fn(), logout: jest.fn(), expired: jest.fn(), ...session };
  render(
    <SessionContext.Provider value={value}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: false, v7_relativeSplatPath: true }}>
        <Routes />
      </MemoryRouter>
    </SessionContext.Provider>,
  );
  // The pages are a lazy chunk: its first import (compiled on demand under jest) can take seconds on a busy machine.
  await screen.findByRole("main", {}, { timeout: 10_000 });
  return { asked, value };
}

async function setPassword(password: string) {
  await userEvent.clear(screen.getByLabelText("New password"));
  await userEvent.type(screen.getByLabelText("New password"), password);
  await userEvent.clear(screen.getByLabelText("Confirm new password"));
  await userEvent.type(screen.getByLabelText("Confirm new password"), password);
  await userEvent.click(screen.getByRole("button", { name: "Set new password" }));
}

describe("/forgot-password", () => {
  it("sends the address and says the same words whatever it is", async () => {
    const { asked } = await openAt(PATHS.forgotPassword, { "POST /api/password-reset": { status: 202, body: SAME } });
    expect(screen.getByRole("heading", { name: "Forgot your password?" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Email"), "ana@example.test");
    await userEvent.click(screen.getByRole("button", { name: "Send reset link" }));
    expect(await screen.findByRole("status")).toHaveTextContent("If an account uses that address, we sent a link to reset the password.");
    expect(asked).toEqual(["POST /api/password-reset"]);
    await userEvent.click(screen.getByRole("link", { name: "Back to log in" }));
    expect(screen.getByText("log-in page")).toBeInTheDocument();
  });

  it("says when to try again after too many requests", async () => {
    await openAt(PATHS.forgotPassword, { "POST /api/password-reset": { status: 429, body: { error: "Too many requests" } } });
    await userEvent.type(screen.getByLabelText("Email"), "ana@example.test");
    await userEvent.click(screen.getByRole("button", { name: "Send reset link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts. Try again later.");
  });
});

describe("/reset-password", () => {
  it("shows why a weak password is refused, then goes to log-in once a good one is set", async () => {
    const replies: Reply[] = [{ status: 400, body: { error: weak } }, { status: 204 }];
    const { asked } = await openAt(`${PATHS.resetPassword}?token=tok-1`, { "POST /api/password-reset/confirm": () => replies.shift()! });
    await setPassword("password");
    const next = screen.getByLabelText("New password");
    await waitFor(() => expect(next).toHaveAccessibleDescription("The new password is too easy to guess: a single word is easy to guess."));
    await setPassword("plum lantern orbit cactus");
    expect(await screen.findByText("log-in page")).toBeInTheDocument();
    expect(asked).toEqual(["POST /api/password-reset/confirm", "POST /api/password-reset/confirm"]);
  });

  it("gives the server's word on a spent link and a way to ask again", async () => {
    await openAt(`${PATHS.resetPassword}?token=tok-1`, {
      "POST /api/password-reset/confirm": { status: 410, body: { error: "This reset link was already used; ask for a new one" } },
    });
    await setPassword("plum lantern orbit cactus");
    expect(await screen.findByRole("alert")).toHaveTextContent("This reset link was already used; ask for a new one");
    await userEvent.click(screen.getByRole("link", { name: "Ask for a new link" }));
    expect(screen.getByRole("button", { name: "Send reset link" })).toBeInTheDocument();
  });

  it("says so when the address has no token", async () => {
    await openAt(PATHS.resetPassword, {});
    expect(screen.getByRole("alert")).toHaveTextContent(/has no reset token/);
    expect(screen.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", PATHS.forgotPassword);
  });

  it("ends this browser's session too when one was logged in", async () => {
    const session = { token: "t", refresh_token: "r", user: { id: 1, username: "ana" } } as unknown as SessionValue["session"];
    const { value } = await openAt(`${PATHS.resetPassword}?token=tok-1`, { "POST /api/password-reset/confirm": { status: 204 } }, { session });
    await setPassword("plum lantern orbit cactus");
    expect(await screen.findByText("log-in page")).toBeInTheDocument();
    expect(value.logout).toHaveBeenCalledTimes(1);
  });
});

describe("/verify-email", () => {
  it("verifies on open, once", async () => {
    const { asked } = await openAt(`${PATHS.verifyEmail}?token=tok-2`, { "POST /api/email/verify": { status: 204 } });
    expect(await screen.findByText("Email verified")).toBeInTheDocument();
    expect(asked).toEqual(["POST /api/email/verify"]);
  });

  it("gives the server's error", async () => {
    await openAt(`${PATHS.verifyEmail}?token=tok-3`, {
      "POST /api/email/verify": { status: 410, body: { error: "This verification link has expired; ask for a new one" } },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("This verification link has expired; ask for a new one");
  });
});

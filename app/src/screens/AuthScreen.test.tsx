/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { AuthScreen } from "./AuthScreen";

// The language switch loads catalogs by Vite's `?url` imports, which Jest has not got; not what these tests look at.
jest.mock("./LanguagePicker", () => ({ LanguagePicker: () => null }));

function serverSaying(config: Reply) {
  const { fetchImpl, asked } = apiAnswering({ "GET /api/config": config });
  globalThis.fetch = fetchImpl;
  return asked;
}

/** Lets the config's answer land (a resolved fetch, then its JSON) before looking. */
const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const props = { onSwitch: jest.fn(), onSession: jest.fn() };

describe("AuthScreen's log-in page", () => {
  it('offers "Forgot password?" once the server says it can mail a reset link', async () => {
    serverSaying({ status: 200, body: { password_reset: true, email_verification: true, username_hold_days: 30 } });
    const onForgotPassword = jest.fn();
    render(<AuthScreen mode="login" {...props} forgotPasswordHref="/forgot-password" onForgotPassword={onForgotPassword} />);
    // The form is there at once; the link comes with the server's answer.
    expect(screen.getByRole("button", { name: "Log in" })).toBeInTheDocument();
    const link = await screen.findByRole("link", { name: "Forgot password?" });
    expect(link).toHaveAttribute("href", "/forgot-password");
    await userEvent.click(link);
    expect(onForgotPassword).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["says it cannot (no SMTP_URL)", { status: 200, body: { password_reset: false, email_verification: false, username_hold_days: 30 } }],
    ["cannot be asked", { status: 503, body: { error: "down" } }],
  ])('has no "Forgot password?" when the server %s', async (_, reply) => {
    const asked = serverSaying(reply);
    render(<AuthScreen mode="login" {...props} forgotPasswordHref="/forgot-password" onForgotPassword={jest.fn()} />);
    await waitFor(() => expect(asked).toEqual(["GET /api/config"]));
    await settled();
    expect(screen.queryByRole("link", { name: "Forgot password?" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Forgot password?" })).toBeNull();
  });

  it("shows the good news after a reset as a status", async () => {
    serverSaying({ status: 200, body: { password_reset: true, email_verification: true, username_hold_days: 30 } });
    render(<AuthScreen mode="login" {...props} goodNotice="Password changed — log in with the new one" />);
    expect(screen.getByRole("status")).toHaveTextContent("Password changed — log in with the new one");
    await settled();
  });
});

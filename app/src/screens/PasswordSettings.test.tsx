/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { PasswordSettings } from "./PasswordSettings";

const weak = "new_password is too easy to guess: a single word is easy to guess; use three or four uncommon words together, or a longer password";

async function change(current: string, next: string) {
  await userEvent.clear(screen.getByLabelText("Current password"));
  await userEvent.type(screen.getByLabelText("Current password"), current);
  await userEvent.clear(screen.getByLabelText("New password"));
  await userEvent.type(screen.getByLabelText("New password"), next);
  await userEvent.clear(screen.getByLabelText("Confirm new password"));
  await userEvent.type(screen.getByLabelText("Confirm new password"), next);
  await userEvent.click(screen.getByRole("button", { name: "Change password" }));
}

describe("PasswordSettings", () => {
  it("shows a wrong current password and a weak new one under their fields, then says the change went through", async () => {
    const replies: Reply[] = [{ status: 403, body: { error: "current_password is wrong" } }, { status: 400, body: { error: weak } }, { status: 204 }];
    const { api, asked } = apiAnswering({ "POST /api/me/password": () => replies.shift()! });
    render(<PasswordSettings api={api} onUnauthorized={jest.fn()} />);
    expect(screen.getByRole("region", { name: "Password" })).toBeInTheDocument();

    await change("not it", "velvet quarry lantern obliquely");
    const current = screen.getByLabelText("Current password");
    await waitFor(() => expect(current).toHaveAccessibleDescription("The current password is wrong."));
    expect(current).toHaveFocus();

    await change("right one", "password");
    const next = screen.getByLabelText("New password");
    await waitFor(() => expect(next).toHaveAccessibleDescription(/^The new password is too easy to guess: a single word is easy to guess/));
    expect(next).toHaveFocus();

    await change("right one", "velvet quarry lantern obliquely");
    expect(await screen.findByRole("status")).toHaveTextContent("Password changed. Your other sessions were signed out.");
    expect(screen.getByLabelText("Current password")).toHaveValue("");
    expect(screen.getByLabelText("New password")).toHaveValue("");
    expect(asked).toEqual(["POST /api/me/password", "POST /api/me/password", "POST /api/me/password"]);
  });

  it("says when to try again after too many attempts", async () => {
    const { api } = apiAnswering({ "POST /api/me/password": { status: 429, body: { error: "Too many attempts" } } });
    render(<PasswordSettings api={api} onUnauthorized={jest.fn()} />);
    await change("guess", "velvet quarry lantern obliquely");
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts. Try again later.");
  });

  it("hands a 401 to onUnauthorized", async () => {
    const onUnauthorized = jest.fn();
    const { api } = apiAnswering({ "POST /api/me/password": { status: 401, body: { error: "Missing, invalid or expired token" } } });
    render(<PasswordSettings api={api} onUnauthorized={onUnauthorized} />);
    await change("mine", "velvet quarry lantern obliquely");
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
  });
});

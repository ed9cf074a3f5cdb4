import { ApiError } from "@chat-app/client";
import { i18n } from "../i18n/i18n";
import { COMPILED } from "../i18n/test-catalogs";
import { emailRequestFailure, resetFailure } from "./reset-errors";

describe("resetFailure", () => {
  beforeEach(() => i18n.activate("en"));

  it("puts why the new password is too easy to guess under that field", () => {
    expect(resetFailure(new ApiError(400, "new_password is too easy to guess: a single word is easy to guess"))).toEqual({
      fieldErrors: { newPassword: "The new password is too easy to guess: a single word is easy to guess." },
    });
  });

  it("says a spent or unknown link in the server's words, with a way to ask again", () => {
    expect(resetFailure(new ApiError(410, "This reset link has expired; ask for a new one"))).toEqual({
      error: "This reset link has expired; ask for a new one",
      askAgain: true,
    });
    expect(resetFailure(new ApiError(410, "This reset link was already used; ask for a new one"))).toMatchObject({ askAgain: true });
    expect(resetFailure(new ApiError(400, "token is not a valid reset link; ask for a new one"))).toEqual({
      error: "token is not a valid reset link; ask for a new one",
      askAgain: true,
    });
  });

  it("says when to try again, the server's words without SMTP, and a sentence for anything else", () => {
    expect(resetFailure(new ApiError(429, "Too many attempts", 30))).toEqual({ error: "Too many attempts. Try again in 30 s." });
    expect(resetFailure(new ApiError(501, "Email is not set up on this server"))).toEqual({ error: "Email is not set up on this server" });
    expect(resetFailure(new ApiError(500, "boom"))).toEqual({ error: "Couldn't set the password. Try again." });
    expect(resetFailure(new TypeError("Failed to fetch"))).toEqual({ error: "Can't reach the server. Check your connection and try again." });
  });

  it("speaks Spanish too", () => {
    i18n.load("es", COMPILED.es);
    i18n.activate("es");
    expect(resetFailure(new ApiError(500, "boom"))).toEqual({ error: "No se pudo guardar la contraseña. Inténtalo de nuevo." });
  });
});

describe("emailRequestFailure", () => {
  beforeEach(() => i18n.activate("en"));

  it("gives the server's words, or when to try again, or that it cannot be reached", () => {
    expect(emailRequestFailure(new ApiError(410, "This verification link has expired; ask for a new one"))).toBe(
      "This verification link has expired; ask for a new one",
    );
    expect(emailRequestFailure(new ApiError(429, "Too many attempts"))).toBe("Too many attempts. Try again later.");
    expect(emailRequestFailure(new TypeError("Failed to fetch"))).toBe("Can't reach the server. Check your connection and try again.");
  });
});

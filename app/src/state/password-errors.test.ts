import { ApiError } from "@chat-app/client";
import { i18n } from "../i18n/i18n";
import { COMPILED } from "../i18n/test-catalogs";
import { passwordFailure } from "./password-errors";

describe("passwordFailure", () => {
  beforeEach(() => i18n.activate("en"));

  it("puts a wrong current password under its field", () => {
    expect(passwordFailure(new ApiError(403, "current_password is wrong"))).toEqual({
      fieldErrors: { currentPassword: "The current password is wrong." },
    });
  });

  it("puts the server's reason against the new password under that field", () => {
    const weak = "new_password is too easy to guess: a single word is easy to guess; use three or four uncommon words together, or a longer password";
    expect(passwordFailure(new ApiError(400, weak))).toEqual({
      fieldErrors: {
        newPassword:
          "The new password is too easy to guess: a single word is easy to guess; use three or four uncommon words together, or a longer password.",
      },
    });
    expect(passwordFailure(new ApiError(400, "new_password must differ from the current password"))?.fieldErrors?.newPassword).toBe(
      "The new password must differ from the current password.",
    );
  });

  it("says when to try again after too many attempts", () => {
    expect(passwordFailure(new ApiError(429, "Too many attempts", 30))).toEqual({ error: "Too many attempts. Try again in 30 s." });
    expect(passwordFailure(new ApiError(429, "Too many attempts"))).toEqual({ error: "Too many attempts. Try again later." });
  });

  it("leaves a 401 to the log-out, and says anything else in a sentence", () => {
    expect(passwordFailure(new ApiError(401, "Missing, invalid or expired token"))).toBeNull();
    expect(passwordFailure(new ApiError(500, "boom"))).toEqual({ error: "Couldn't change the password. Try again." });
    expect(passwordFailure(new TypeError("Failed to fetch"))).toEqual({ error: "Can't reach the server. Check your connection and try again." });
  });

  it("speaks Spanish too", () => {
    i18n.load("es", COMPILED.es);
    i18n.activate("es");
    expect(passwordFailure(new ApiError(403, "current_password is wrong"))?.fieldErrors?.currentPassword).toBe(
      "La contraseña actual no es correcta.",
    );
  });
});

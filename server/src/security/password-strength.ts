import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * zxcvbn's scale: 3 is "safely unguessable: moderate protection from an offline attack". Known-breached
 * lists (Have I Been Pwned) are out of reach: the server may run with no way out to the internet.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Why a password scored low, in words; keys are zxcvbn-ts's warning keys (its own texts come with a language pack). */
const WARNINGS: Record<string, string> = {
  straightRow: "a straight row of keys is easy to guess",
  keyPattern: "short keyboard patterns are easy to guess",
  simpleRepeat: 'repeated characters like "aaa" are easy to guess',
  extendedRepeat: 'repeated patterns like "abcabc" are easy to guess',
  sequences: 'sequences like "abc" or "6543" are easy to guess',
  recentYears: "recent years are easy to guess",
  dates: "dates are easy to guess",
  topTen: "it is one of the ten most used passwords",
  topHundred: "it is one of the hundred most used passwords",
  common: "it is a commonly used password",
  similarToCommon: "it is close to a commonly used password",
  wordByItself: "a single word is easy to guess",
  namesByThemselves: "names on their own are easy to guess",
  commonNames: "common names are easy to guess",
  userInputs: "it contains your username or email",
};

/** The strength check for new passwords, with a message that says what to do. */
export class PasswordStrength {
  private estimator: ZxcvbnFactory | undefined;

  /** Null when strong enough; otherwise why not (to follow "new_password is too easy to guess: "). */
  weakness(password: string, personal: readonly string[]): string | null {
    // Built on first use: loading the dictionaries takes a moment and memory a server without password changes never needs.
    this.estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
    const result = this.estimator.check(password, [...personal]);
    if (result.score >= MIN_PASSWORD_SCORE) return null;
    const why = (result.feedback.warning && WARNINGS[result.feedback.warning]) || "it would be found quickly by guessing";
    return `${why}; use three or four uncommon words together, or a longer password`;
  }
}

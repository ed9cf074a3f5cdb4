/** A preview the guard or the fetcher refused: never an error of the request that caused it. */
export class PreviewRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PreviewRefused";
  }
}

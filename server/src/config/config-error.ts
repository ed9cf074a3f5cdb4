/** Raised for configuration that must stop the process before it listens. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

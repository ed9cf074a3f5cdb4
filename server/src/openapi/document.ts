import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { registerPaths } from "./paths";

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let built: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of the REST API, built once from the zod schemas that validate its input. */
export function openApiDocument(): OpenApiDocument {
  if (built) return built;
  const registry = new OpenAPIRegistry();
  registerPaths(registry);
  built = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Chat API",
      version: "0.1.0",
      description: "REST half of the chat server; live delivery is Socket.IO (docs/socket-events.md). Every refusal is JSON `{error}`.",
    },
    servers: [{ url: "/" }],
  });
  return built;
}

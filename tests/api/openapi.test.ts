import { execFileSync } from "node:child_process";
import type { Router } from "express";
import { type AppDependencies, createApp } from "../../server/src/http/create-app";
import { openApiDocument } from "../../server/src/openapi/document";
import { apiContract } from "../helpers/openapi-contract";
import { useTestServer } from "../helpers/test-server";

const { server, users } = useTestServer(["alice"]);

interface RouteLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: Partial<Pick<Router, "stack">>;
  match(path: string): boolean;
}

/** Every `METHOD /api/...` route the Express app has, read from its routers. */
function expressApiRoutes(): string[] {
  const noop = () => undefined;
  const values: Record<string, unknown> = {
    corsOrigins: [],
    connectOrigins: [],
    bodyLimitBytes: 1024,
    trustProxy: false,
    appDistDir: "/nonexistent",
  };
  // Routers are only built here, never called: their dependencies can be stand-ins.
  const deps = new Proxy(values, { get: (target, key) => (typeof key === "string" && key in target ? target[key] : noop) });
  const app = createApp(deps as unknown as AppDependencies);
  const top = (app as unknown as { router: { stack: RouteLayer[] } }).router.stack;
  const api = top.find((layer) => layer.handle.stack && layer.match("/api/health") && !layer.match("/robots.txt"));
  const routes: string[] = [];
  const walk = (stack: RouteLayer[]) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === "string") {
        const template = `/api${layer.route.path.replace(/:(\w+)/g, "{$1}")}`;
        for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${template}`);
      } else if (layer.handle.stack) walk(layer.handle.stack as unknown as RouteLayer[]);
    }
  };
  walk(api!.handle.stack as unknown as RouteLayer[]);
  // The reference page's own script and style files are the page's, not operations of the API.
  return [...new Set(routes)].filter((route) => !route.startsWith("GET /api/docs/")).sort();
}

describe("the OpenAPI document", () => {
  it("is served at /api/openapi.json, the same one the contract checks against", async () => {
    const response = await server.request("GET", "/api/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(response.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it("describes every route the server has, and none it lacks", () => {
    const documented = Object.entries(openApiDocument().paths ?? {})
      .flatMap(([template, item]) => Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${template}`))
      .sort();
    const routes = expressApiRoutes();
    expect(routes.length).toBeGreaterThan(20);
    expect(documented).toEqual(routes);
  });

  it("is a valid OpenAPI 3.1 document", () => {
    // The validator is an ES module; Jest runs these tests as CommonJS, so it checks in a child process.
    const script = `import { Validator } from "@seriousme/openapi-schema-validator";
      let input = ""; for await (const chunk of process.stdin) input += chunk;
      const result = await new Validator().validate(JSON.parse(input));
      process.stdout.write(JSON.stringify(result));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { input: JSON.stringify(openApiDocument()) });
    expect(JSON.parse(output.toString())).toEqual({ valid: true });
  });

  it("documents the JSON {error} of every refusal an operation can give", () => {
    for (const [template, item] of Object.entries(openApiDocument().paths ?? {})) {
      for (const [method, operation] of Object.entries(item ?? {}) as Array<[string, { responses: Record<string, unknown>; security?: unknown }]>) {
        if (operation.security)
          expect([template, method, Object.keys(operation.responses)]).toEqual([template, method, expect.arrayContaining(["401", "429"])]);
      }
    }
  });
});

describe("the contract check", () => {
  it("passes a response the document describes", async () => {
    const me = await server.request("GET", "/api/me", { token: users.alice.token });
    expect(apiContract().check("GET", "/api/me", 200, "application/json", me.body)).toEqual([]);
  });

  it("fails a response that drifted from the document: a field missing, added or retyped", async () => {
    const { body } = await server.request("GET", "/api/me", { token: users.alice.token });
    const { email: _email, ...withoutEmail } = body.user;
    const contract = apiContract();
    expect(contract.check("GET", "/api/me", 200, "application/json", { user: withoutEmail })).toEqual([
      "GET /api/me 200: body/user must have required property 'email'",
    ]);
    expect(contract.check("GET", "/api/me", 200, "application/json", { user: { ...body.user, admin: true } })).toEqual([
      "GET /api/me 200: body/user must NOT have additional properties",
    ]);
    expect(contract.check("GET", "/api/me", 200, "application/json", { user: { ...body.user, id: String(body.user.id) } })).toEqual([
      "GET /api/me 200: body/user/id must be integer",
    ]);
  });

  it("fails an undocumented status, content type or route", () => {
    const contract = apiContract();
    expect(contract.check("GET", "/api/me", 500, "application/json", { error: "boom" })).toEqual(["GET /api/me 500: status not documented"]);
    expect(contract.check("GET", "/api/me", 200, "text/html", "<p>")).toEqual(["GET /api/me 200: content type text/html not documented"]);
    expect(contract.check("GET", "/api/nope", 404, "application/json", { error: "Not found" })).toEqual([
      "GET /api/nope is not in the OpenAPI document",
    ]);
    expect(contract.check("PUT", "/api/groups/1", 200, "application/json", {})).toEqual(["PUT /api/groups/1 is not in the OpenAPI document"]);
  });

  it("makes the shared request helper throw on a drifting response", async () => {
    // The document says /api/me needs a token, so a 200 without one would be a drift; a 401 is described.
    await expect(server.request("GET", "/api/me")).resolves.toMatchObject({ status: 401 });
    await expect(server.request("GET", "/api/messages/conversation/%2e%2e", { token: users.alice.token })).rejects.toThrow(
      "GET /api/messages/ is not in the OpenAPI document",
    );
  });
});

describe("the API reference page", () => {
  it("is served at /api/docs from the server's own files under a strict CSP", async () => {
    const page = await server.request("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|https?:)/);
    const sources = [...(page.body as string).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources).toEqual(["/api/docs/favicon-32x32.png", "/api/docs/swagger-ui.css", "/api/docs/swagger-ui-bundle.js", "/api/docs/docs.js"]);
    for (const source of sources) {
      const response = await fetch(server.url + source);
      expect([source, response.status]).toEqual([source, 200]);
    }
    expect(await (await fetch(`${server.url}/api/docs/docs.js`)).text()).toContain('url: "/api/openapi.json"');
  });

  it("serves nothing else of swagger-ui-dist", async () => {
    for (const file of ["index.html", "swagger-initializer.js", "swagger-ui-bundle.js.map", "package.json"]) {
      const response = await server.request("GET", `/api/docs/${file}`, { undocumented: true });
      expect([file, response.status, response.body]).toEqual([file, 404, { error: "Not found" }]);
    }
  });
});

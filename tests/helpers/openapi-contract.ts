import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "../../server/src/openapi/document";

/**
 * Checks a response against the OpenAPI document: the route and method must be in it, the status
 * among that operation's responses, and a JSON body must match the schema of that status.
 */

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: Json;
}

const DOCUMENT_ID = "openapi";
const OPENAPI_KEYWORDS = ["components", "example", "discriminator", "externalDocs", "xml"];

export class OpenApiContract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: Array<{ template: string; pattern: RegExp; operations: Record<string, Operation> }>;

  constructor(readonly document: Document) {
    addFormats(this.ajv);
    this.ajv.addVocabulary(OPENAPI_KEYWORDS);
    // Component refs (`#/components/...`) are resolved against the document, whichever schema holds them.
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components ?? {} });
    this.routes = Object.entries(document.paths)
      .map(([template, operations]) => ({ template, operations, pattern: templatePattern(template) }))
      // Concrete paths before templated ones, as OpenAPI matches them.
      .sort((a, b) => paramCount(a.template) - paramCount(b.template));
  }

  /** The problems with a response, or [] when the document describes it. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): string[] {
    const pathname = new URL(url, "http://localhost").pathname;
    const lower = method.toLowerCase();
    const route = this.routes.find((candidate) => candidate.pattern.test(pathname) && candidate.operations[lower]);
    if (!route) return [`${method} ${pathname} is not in the OpenAPI document`];
    const where = `${method} ${route.template} ${status}`;
    const response = route.operations[lower]!.responses[String(status)] ?? route.operations[lower]!.responses.default;
    if (!response) return [`${where}: status not documented`];
    const mediaType = (contentType ?? "").split(";")[0]!.trim();
    // A media range (`image/*`, `*/*`) covers what it names, as OpenAPI reads it.
    const media = response.content?.[mediaType] ?? response.content?.[`${mediaType.split("/")[0]}/*`] ?? response.content?.["*/*"];
    if (response.content && !media) return [`${where}: content type ${mediaType || "(none)"} not documented`];
    if (!media?.schema || mediaType !== "application/json") return [];
    const validate = this.validator(`${lower} ${route.template} ${status} ${mediaType}`, media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${where}: body${error.instancePath} ${error.message ?? "is invalid"}`);
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(withDocumentRefs(schema));
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const templatePattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
const paramCount = (template: string) => template.split("{").length - 1;
const withDocumentRefs = (schema: Json): Json => JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT_ID}#/`)) as Json;

let shared: OpenApiContract | undefined;
/** The contract of the server under test: the document it serves at /api/openapi.json. */
export function apiContract(): OpenApiContract {
  shared ??= new OpenApiContract(openApiDocument() as unknown as Document);
  return shared;
}

import { Parser } from "htmlparser2";

export interface PageMetadata {
  title: string | null;
  description: string | null;
  site_name: string | null;
  /** Absolute http(s) URL of the page's image, not yet fetched. */
  image: string | null;
}

const LIMITS = { title: 300, description: 500, site_name: 100 } as const;

const clean = (value: string | undefined, max: number): string | null => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function absoluteHttp(value: string | undefined, base: URL): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A streaming reader of a page's head: Open Graph first (og:title, og:description, og:image,
 * og:site_name), else `<title>` and `<meta name="description">`. `write` answers true once the head
 * is over (`</head>` or `<body>`), so the caller stops downloading there.
 */
export class MetadataExtractor {
  private readonly og = new Map<string, string>();
  private readonly named = new Map<string, string>();
  private title = "";
  private inTitle = false;
  private finished = false;
  private readonly decoder = new TextDecoder("utf-8");
  private readonly parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (name === "body") this.finished = true;
        else if (name === "title") this.inTitle = true;
        else if (name === "meta") this.meta(attributes);
      },
      ontext: (text) => {
        if (this.inTitle) this.title += text;
      },
      onclosetag: (name) => {
        if (name === "title") this.inTitle = false;
        else if (name === "head") this.finished = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  constructor(private readonly pageUrl: URL) {}

  private meta(attributes: Record<string, string>) {
    const content = attributes.content;
    if (content === undefined) return;
    const property = (attributes.property ?? "").toLowerCase();
    const name = (attributes.name ?? "").toLowerCase();
    if (property.startsWith("og:") && !this.og.has(property)) this.og.set(property, content);
    if (name && !this.named.has(name)) this.named.set(name, content);
  }

  write(chunk: Buffer): boolean {
    if (!this.finished) this.parser.write(this.decoder.decode(chunk, { stream: true }));
    return this.finished;
  }

  result(): PageMetadata {
    this.parser.end();
    return {
      title: clean(this.og.get("og:title"), LIMITS.title) ?? clean(this.title, LIMITS.title),
      description: clean(this.og.get("og:description"), LIMITS.description) ?? clean(this.named.get("description"), LIMITS.description),
      site_name: clean(this.og.get("og:site_name"), LIMITS.site_name),
      image: absoluteHttp(this.og.get("og:image"), this.pageUrl),
    };
  }
}

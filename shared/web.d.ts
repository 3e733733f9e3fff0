// The web platform's URL classes, which the browser and Node both give every module: the one part of
// either runtime that code here may use. Declared here, as little as the code uses, because this
// tier's lib is ES2022 alone: no DOM (`document` fails to typecheck) and no Node (`node:fs` does).
declare class URL {
  constructor(url: string, base?: string | URL);
  static canParse(url: string, base?: string): boolean;
  href: string;
  readonly searchParams: URLSearchParams;
}

declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  keys(): IterableIterator<string>;
  toString(): string;
}

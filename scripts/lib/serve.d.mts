export declare function serve(
  root: string,
  options?: { port?: number; headers?: (path: string) => Record<string, string> },
): Promise<{ url: string; close: () => Promise<unknown> }>;

// File paths ↔ URIs. The engine works with absolute paths; the protocol with URIs. Where the client
// named a file (an open document, a watched-file event), its own spelling of the URI is kept, so
// that published diagnostics land on the document the client knows.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The absolute path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Remembers the client's URI of each path it has mentioned. */
export class UriMap {
  private readonly known = new Map<string, string>();

  remember(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (file) this.known.set(file, uri);
    return file;
  }

  uriOf(file: string): string {
    return this.known.get(file) ?? pathToUri(file);
  }
}

// `sova lsp --stdio`: the language server for any LSP editor. Returns only after starting the server
// (the open connection keeps the process alive); a missing or unknown transport is a usage error.
import type { Io } from './main';
import { UsageError } from './main';

const TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;
const OTHER = /^--clientProcessId(=\d+)?$|^\d+$/;

export function lspCommand(args: string[], _io: Io): number {
  const transports = args.filter((a) => TRANSPORTS.test(a));
  const unknown = args.filter((a) => !TRANSPORTS.test(a) && !OTHER.test(a));
  if (unknown.length) throw new UsageError(`lsp: unknown option '${unknown[0]}'; use --stdio, --node-ipc or --socket=PORT`);
  if (transports.length !== 1) throw new UsageError('lsp: give exactly one transport: --stdio, --node-ipc or --socket=PORT');
  // The connection reads its transport from process.argv, which holds the same flags.
  (require('../server/server') as typeof import('../server/server')).runServer();
  return 0;
}

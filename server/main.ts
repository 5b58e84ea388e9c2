// Entry of the sova language server: `node out/server/main.js --stdio` (or `--node-ipc`, `--socket=PORT`).
import { runServer } from './server';

runServer();

// The public API of the sova engine: no editor dependency; the CLI, the language server and the tests use it.
import { Workspace } from './workspace';
import { RULE_IDS } from '../rules';

export * from './types';
export { audit, relativePath } from './audit';
export type { AuditOptions, AuditResult } from './audit';
export { Workspace } from './workspace';
export { RULES, RULE_IDS, ruleById } from '../rules';
export type { EngineFinding } from './rule';
export { todayInBerlin, isDate } from './dates';

/** Opens the workspace at `root` and reads its config and landscape files from disk. */
export function openWorkspace(root: string): Workspace {
  return new Workspace(root, RULE_IDS).loadFromDisk();
}

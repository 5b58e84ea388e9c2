// The rule catalogue: one module per rule. Order = documentation order.
import type { Rule } from '../engine/rule';
import schema from './schema';
import parse from './parse';
import ref001 from './ref-001';
import ref002 from './ref-002';
import sup001 from './sup-001';
import cfg001 from './cfg-001';
import lic001 from './lic-001';
import lic002 from './lic-002';
import lic003 from './lic-003';
import lic004 from './lic-004';
import lic005 from './lic-005';
import lic006 from './lic-006';
import lic007 from './lic-007';

import std001 from './std-001';
import std002 from './std-002';
import std003 from './std-003';
import std004 from './std-004';
import std005 from './std-005';
import std006 from './std-006';
import std007 from './std-007';
import std008 from './std-008';
import exit001 from './exit-001';
import exit002 from './exit-002';
import exit003 from './exit-003';
import exit004 from './exit-004';
import exit005 from './exit-005';
import life001 from './life-001';
import life002 from './life-002';
import life003 from './life-003';
import life004 from './life-004';
import life005 from './life-005';
import life006 from './life-006';
import env001 from './env-001';
// @std-exit-life-env imports (one line each, above this marker)
import jur001 from './jur-001';
import jur002 from './jur-002';
import jur003 from './jur-003';
import jur004 from './jur-004';
import jur005 from './jur-005';
import jur006 from './jur-006';
import jur007 from './jur-007';
import jur008 from './jur-008';
import jur009 from './jur-009';
import level001 from './level-001';
// @jur-level imports (one line each, above this marker)

export const RULES: Rule[] = [
  schema, parse, ref001, ref002, sup001, cfg001,
  lic001, lic002, lic003, lic004, lic005, lic006, lic007,
  std001, std002, std003, std004, std005, std006, std007, std008,
  exit001, exit002, exit003, exit004, exit005,
  life001, life002, life003, life004, life005, life006, env001,
  // @std-exit-life-env rules (above this marker)
  jur001, jur002, jur003, jur004, jur005, jur006, jur007, jur008, jur009, level001,
  // @jur-level rules (above this marker)
];

export const RULE_IDS = new Set(RULES.map((r) => r.meta.id));

export const RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

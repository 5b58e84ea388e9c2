import * as assert from 'node:assert/strict';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import currentIds from 'spdx-license-ids/index.json';
import {
  SPDX_LIST_VERSION, allLicenceIds, deprecatedUses, exceptionIds, isAllowedBy, isOsiApproved,
  licenceInfo, parseLicence, suggestLicences,
} from '../engine/licence';
import { DEPRECATED_REPLACEMENTS } from '../engine/licence-table';

const expressions = (input: string): string[] => suggestLicences(input).suggestions.map((s) => s.expression);

describe('licence list', () => {
  it('names the versions of the shipped lists', () => {
    assert.match(SPDX_LIST_VERSION, /^spdx-license-ids \d+\.\d+\.\d+ \/ spdx-license-list \d+\.\d+\.\d+$/);
  });

  it('looks ids up case-insensitively and returns the canonical case', () => {
    assert.deepEqual(licenceInfo('mit'), { id: 'MIT', name: 'MIT License', osiApproved: true, deprecated: false });
    assert.deepEqual(licenceInfo('apache-2.0'), { id: 'Apache-2.0', name: 'Apache License 2.0', osiApproved: true, deprecated: false });
    assert.equal(licenceInfo('gpl-3.0')?.id, 'GPL-3.0');
    assert.equal(licenceInfo('GPL-3.0')?.deprecated, true);
    assert.equal(licenceInfo('WXWINDOWS')?.id, 'wxWindows');
    assert.equal(licenceInfo('SSPL-1.0')?.osiApproved, false);
  });

  it('knows no LicenseRefs, exceptions or `+` forms as ids', () => {
    assert.equal(licenceInfo('LicenseRef-proprietary'), undefined);
    assert.equal(licenceInfo('Classpath-exception-2.0'), undefined);
    assert.equal(licenceInfo('GPL-2.0+'), undefined);
    assert.equal(licenceInfo('GPLv2'), undefined);
  });

  it('lists current ids first, then the deprecated ones', () => {
    const all = allLicenceIds();
    assert.equal(all.length, currentIds.length + deprecatedIds.length);
    const firstDeprecated = all.findIndex((i) => i.deprecated);
    assert.equal(firstDeprecated, currentIds.length);
    assert.ok(all.slice(firstDeprecated).every((i) => i.deprecated));
    assert.ok(all.some((i) => i.id === 'EUPL-1.2' && i.osiApproved && i.name === 'European Union Public License 1.2'));
  });

  it('lists the exception ids', () => {
    const ids = exceptionIds();
    assert.ok(ids.includes('Classpath-exception-2.0'));
    assert.ok(ids.includes('LLVM-exception'));
    assert.ok(!ids.includes('MIT'));
  });
});

describe('parseLicence', () => {
  const valid = [
    'MIT', 'Apache-2.0', 'MIT OR Apache-2.0', '(MIT AND BSD-3-Clause) OR Apache-2.0',
    'GPL-2.0-only WITH Classpath-exception-2.0', 'EUPL-1.2+', 'GPL-3.0', 'GPL-2.0+',
    'LicenseRef-proprietary', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', 'LicenseRef-x OR MIT',
  ];
  for (const expr of valid) {
    it(`accepts ${JSON.stringify(expr)}`, () => assert.equal(parseLicence(expr).ok, true));
  }

  const invalid = [
    '', '   ', 'mit', 'apache-2.0', 'GPLv2+CPE', 'MIT/Apache-2.0', 'Apache 2.0', 'MIT OR', 'Apache-2.0 AND',
    '(MIT', 'GPL-2.0 +', 'MIT WITH Foo-exception', 'MIT WITH', 'proprietär',
    // SPDX matches operators case-sensitively; the parser alone would take these.
    'MIT or Apache-2.0', 'GPL-2.0-only with Classpath-exception-2.0', 'MIT And Apache-2.0',
  ];
  for (const expr of invalid) {
    it(`rejects ${JSON.stringify(expr)} with a reason`, () => {
      const parsed = parseLicence(expr);
      assert.equal(parsed.ok, false);
      assert.ok(!parsed.ok && parsed.error.length > 0);
    });
  }

  it('names the lower-case operator', () => {
    const parsed = parseLicence('MIT or Apache-2.0');
    assert.ok(!parsed.ok && parsed.error.includes('`or`') && parsed.error.includes('`OR`'));
  });

  it('returns the AST and the ids in order of appearance, once each', () => {
    const parsed = parseLicence('(MIT AND GPL-2.0+ WITH Classpath-exception-2.0) OR LicenseRef-x OR MIT');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.ids, ['MIT', 'GPL-2.0', 'LicenseRef-x']);
    assert.deepEqual(parseLicence('EUPL-1.2+').ok && parseLicence('EUPL-1.2+'), { ok: true, ast: { license: 'EUPL-1.2', plus: true }, ids: ['EUPL-1.2'] });
  });
});

describe('deprecatedUses', () => {
  it('locates a deprecated id inside an expression', () => {
    assert.deepEqual(deprecatedUses('MIT OR GPL-3.0'), [{ id: 'GPL-3.0', offset: 7, length: 7, replacements: ['GPL-3.0-only', 'GPL-3.0-or-later'] }]);
  });

  it('includes the `+` in the span and offers only the or-later form', () => {
    assert.deepEqual(deprecatedUses('GPL-2.0+'), [{ id: 'GPL-2.0+', offset: 0, length: 8, replacements: ['GPL-2.0-or-later'] }]);
    assert.deepEqual(deprecatedUses('MIT AND LGPL-2.1+'), [{ id: 'LGPL-2.1+', offset: 8, length: 9, replacements: ['LGPL-2.1-or-later'] }]);
  });

  const cases: [string, string[]][] = [
    ['LGPL-2.1', ['LGPL-2.1-only', 'LGPL-2.1-or-later']],
    ['AGPL-3.0', ['AGPL-3.0-only', 'AGPL-3.0-or-later']],
    ['GFDL-1.3', ['GFDL-1.3-only', 'GFDL-1.3-or-later']],
    ['GPL-2.0-with-classpath-exception', ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0']],
    ['GPL-3.0-with-GCC-exception', ['GPL-3.0-only WITH GCC-exception-3.1', 'GPL-3.0-or-later WITH GCC-exception-3.1']],
    ['GPL-2.0-with-GCC-exception', ['GPL-2.0-only WITH GCC-exception-2.0', 'GPL-2.0-or-later WITH GCC-exception-2.0']],
    ['wxWindows', ['GPL-2.0-or-later WITH WxWindows-exception-3.1']],
    ['eCos-2.0', ['GPL-2.0-or-later WITH eCos-exception-2.0']],
    ['BSD-2-Clause-NetBSD', ['BSD-2-Clause']],
    ['BSD-2-Clause-FreeBSD', ['BSD-2-Clause-Views']],
    ['Nunit', ['zlib-acknowledgement']],
    ['StandardML-NJ', ['SMLNJ']],
    ['bzip2-1.0.5', ['bzip2-1.0.6']],
    ['GPL-2.0-with-classpath-exception+', ['GPL-2.0-or-later WITH Classpath-exception-2.0']],
  ];
  for (const [expr, replacements] of cases) {
    it(`replaces ${expr} by ${replacements.join(' / ')}`, () => {
      assert.deepEqual(deprecatedUses(expr), [{ id: expr, offset: 0, length: expr.length, replacements }]);
    });
  }

  it('finds every use, each with its own offsets', () => {
    const uses = deprecatedUses('(GPL-2.0+ OR AGPL-3.0) AND GPL-2.0 WITH Classpath-exception-2.0');
    assert.deepEqual(uses.map((u) => [u.id, u.offset, u.length]), [['GPL-2.0+', 1, 8], ['AGPL-3.0', 13, 8], ['GPL-2.0', 27, 7]]);
    assert.deepEqual(uses[2].replacements, ['GPL-2.0-only', 'GPL-2.0-or-later']);
  });

  it('leaves current ids, `+` on ids without an or-later form, and LicenseRefs alone', () => {
    for (const expr of ['MIT OR GPL-3.0-only', 'EUPL-1.2+', 'MIT+', 'LicenseRef-GPL-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0', 'DocumentRef-a:LicenseRef-GPL-3.0']) {
      assert.deepEqual(deprecatedUses(expr), [], expr);
    }
  });

  it('matches ids case-sensitively, as the parser does', () => {
    assert.deepEqual(deprecatedUses('gpl-3.0'), []);
  });

  it('reports Net-SNMP without a replacement (it bundles several licences)', () => {
    assert.deepEqual(deprecatedUses('Net-SNMP'), [{ id: 'Net-SNMP', offset: 0, length: 8, replacements: [] }]);
  });

  it('has a table entry for every deprecated id of the shipped list', () => {
    assert.deepEqual([...deprecatedIds].sort(), Object.keys(DEPRECATED_REPLACEMENTS).sort());
  });

  it('replaces each deprecated id, alone and with `+`, by valid expressions without deprecated ids', () => {
    for (const id of deprecatedIds) {
      for (const expr of [`MIT OR ${id}`, `MIT OR ${id}+`]) {
        if (!parseLicence(expr).ok) continue;
        const [use] = deprecatedUses(expr);
        assert.equal(use.offset, 7, expr);
        assert.equal(expr.slice(use.offset, use.offset + use.length), use.id);
        for (const r of use.replacements) {
          const fixed: string = expr.slice(0, use.offset) + r + expr.slice(use.offset + use.length);
          assert.ok(parseLicence(fixed).ok, fixed);
          assert.deepEqual(deprecatedUses(fixed), [], fixed);
        }
        if (id !== 'Net-SNMP') assert.ok(use.replacements.length > 0, expr);
      }
    }
  });
});

describe('isOsiApproved', () => {
  const cases: [string, boolean][] = [
    ['SSPL-1.0', false], ['BUSL-1.1', false], ['Elastic-2.0', false], ['EUPL-1.2', true], ['MIT', true],
    ['MIT OR SSPL-1.0', true], ['SSPL-1.0 OR MIT', true], ['MIT AND SSPL-1.0', false], ['MIT AND Apache-2.0', true],
    ['(SSPL-1.0 OR MIT) AND Apache-2.0', true], ['SSPL-1.0 OR (MIT AND BUSL-1.1)', false],
    ['LicenseRef-x', false], ['LicenseRef-MIT', false], ['DocumentRef-a:LicenseRef-b', false], ['LicenseRef-x OR MIT', true],
    ['GPL-2.0-only WITH Classpath-exception-2.0', true], ['EUPL-1.2+', true], ['GPL-2.0+', true], ['CC-BY-4.0', false],
    ['mit', false], ['GPLv2', false], ['', false], ['MIT or Apache-2.0', false],
  ];
  for (const [expr, expected] of cases) {
    it(`${JSON.stringify(expr)} → ${expected}`, () => assert.equal(isOsiApproved(expr), expected));
  }
});

describe('isAllowedBy', () => {
  const cases: [string, string[], boolean][] = [
    ['MIT OR SSPL-1.0', ['MIT'], true],
    ['MIT AND SSPL-1.0', ['MIT'], false],
    ['MIT AND SSPL-1.0', ['MIT', 'SSPL-1.0'], true],
    ['SSPL-1.0', ['MIT', 'EUPL-1.2'], false],
    ['GPL-2.0-only WITH Classpath-exception-2.0', ['GPL-2.0-only'], true],
    ['GPL-2.0-only WITH Classpath-exception-2.0', ['GPL-2.0-only WITH Classpath-exception-2.0'], true],
    ['GPL-2.0-only WITH Classpath-exception-2.0', ['Classpath-exception-2.0'], false],
    ['Apache-2.0 WITH LLVM-exception', ['apache-2.0   with  llvm-exception'], true],
    ['GPL-3.0-only', ['GPL-3.0-or-later'], false],
    ['GPL-3.0-or-later', ['GPL-3.0-only'], false],
    ['EUPL-1.2+', ['EUPL-1.2'], true],
    ['GPL-2.0+', ['GPL-2.0-or-later'], true],
    ['GPL-2.0+', ['GPL-2.0-only'], false],
    ['EUPL-1.2', ['EUPL-1.2+'], false],
    ['mit', ['MIT'], false],
    ['MIT', ['mit'], true],
    ['(MIT OR SSPL-1.0) AND (BUSL-1.1 OR Apache-2.0)', ['MIT', 'Apache-2.0'], true],
    ['(MIT OR SSPL-1.0) AND BUSL-1.1', ['MIT', 'Apache-2.0'], false],
    ['LicenseRef-proprietary', ['LicenseRef-proprietary'], true],
    ['LicenseRef-proprietary', [], false],
  ];
  for (const [expr, list, expected] of cases) {
    it(`${JSON.stringify(expr)} by [${list.join(', ')}] → ${expected}`, () => assert.equal(isAllowedBy(expr, list), expected));
  }
});

describe('suggestLicences', () => {
  // Real-world strings from inventories and package metadata → the one best suggestion.
  const best: [string, string][] = [
    ['GPLv2+CPE', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['GPL-2.0 with Classpath exception', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['GPL 3 with GCC exception', 'GPL-3.0-or-later WITH GCC-exception-3.1'],
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0'],
    ['Apache 2.0 / MIT', 'Apache-2.0 OR MIT'],
    ['MIT or Apache 2', 'MIT OR Apache-2.0'],
    ['MIT oder Apache-2.0', 'MIT OR Apache-2.0'],
    ['MIT & Apache-2.0', 'MIT AND Apache-2.0'],
    ['MIT and Apache-2.0', 'MIT AND Apache-2.0'],
    ['MIT und Apache-2.0', 'MIT AND Apache-2.0'],
    ['mit or apache-2.0', 'MIT OR Apache-2.0'],
    ['MIT or Apache-2.0', 'MIT OR Apache-2.0'],
    ['GPL-2.0-only with Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['Apache-Lizenz 2.0', 'Apache-2.0'],
    ['Apache License 2.0', 'Apache-2.0'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['Apache Software License 2.0', 'Apache-2.0'],
    ['Apache 2', 'Apache-2.0'],
    ['ASL 2.0', 'Apache-2.0'],
    ['Apache-2', 'Apache-2.0'],
    ['Apache2.0', 'Apache-2.0'],
    ['apache-2.0', 'Apache-2.0'],
    ['Apache‐2.0', 'Apache-2.0'],
    ['Apach-2.0', 'Apache-2.0'],
    ['Apache', 'Apache-2.0'],
    ['GPLv2+', 'GPL-2.0-or-later'],
    ['GPL-2+', 'GPL-2.0-or-later'],
    ['GPL 2 or later', 'GPL-2.0-or-later'],
    ['GPL v2 (or any later version)', 'GPL-2.0-or-later'],
    ['GNU General Public License v2.0 or later', 'GPL-2.0-or-later'],
    ['GPL-2.0 +', 'GPL-2.0-or-later'],
    ['gpl-2.0+', 'GPL-2.0-or-later'],
    ['GPLv3 only', 'GPL-3.0-only'],
    ['LGPLv3+', 'LGPL-3.0-or-later'],
    ['MPL 2.0', 'MPL-2.0'],
    ['MPL2', 'MPL-2.0'],
    ['Mozilla Public License 2.0', 'MPL-2.0'],
    ['BSD 3-Clause', 'BSD-3-Clause'],
    ['New BSD', 'BSD-3-Clause'],
    ['Modified BSD License', 'BSD-3-Clause'],
    ['BSD-3', 'BSD-3-Clause'],
    ['BSD 3-Clause "New" or "Revised" License', 'BSD-3-Clause'],
    ['2-clause BSD', 'BSD-2-Clause'],
    ['Simplified BSD', 'BSD-2-Clause'],
    ['FreeBSD', 'BSD-2-Clause'],
    ['MIT License', 'MIT'],
    ['The MIT License', 'MIT'],
    ['MIT-Lizenz', 'MIT'],
    ['Expat', 'MIT'],
    ['mit', 'MIT'],
    ['MTI', 'MIT'],
    ['proprietär', 'LicenseRef-proprietary'],
    ['proprietary', 'LicenseRef-proprietary'],
    ['Proprietary', 'LicenseRef-proprietary'],
    ['commercial', 'LicenseRef-proprietary'],
    ['kommerziell', 'LicenseRef-proprietary'],
    ['closed source', 'LicenseRef-proprietary'],
    ['Microsoft EULA', 'LicenseRef-proprietary'],
    ['unbekannt', 'LicenseRef-unknown'],
    ['', 'LicenseRef-unknown'],
    ['EUPL 1.2', 'EUPL-1.2'],
    ['EUPL v1.2', 'EUPL-1.2'],
    ['EUPL-1.2 or later', 'EUPL-1.2+'],
    ['European Union Public Licence 1.2', 'EUPL-1.2'],
    ['Europäische Union Public Licence v1.2', 'EUPL-1.2'],
    ['Öffentliche Lizenz der Europäischen Union', 'EUPL-1.2'],
    ['CC-BY 4.0', 'CC-BY-4.0'],
    ['CC BY-SA 4.0', 'CC-BY-SA-4.0'],
    ['Creative Commons Namensnennung 4.0 International', 'CC-BY-4.0'],
    ['CC0', 'CC0-1.0'],
    ['Apache-2.0 AND', 'Apache-2.0'],
    ['MIT;', 'MIT'],
    ['(MIT OR Apache-2.0', '(MIT OR Apache-2.0)'],
    ['MIT AND (Apache-2.0 OR)', 'MIT AND Apache-2.0'],
    ['BSL 1.1', 'BUSL-1.1'],
    ['Elastic License 2.0', 'Elastic-2.0'],
    ['SSPL', 'SSPL-1.0'],
    ['Eclipse Public License 2.0', 'EPL-2.0'],
    ['SIL Open Font License 1.1', 'OFL-1.1'],
    ['Mulan Permissive Software License, Version 2', 'MulanPSL-2.0'],
    ['University of Illinois/NCSA Open Source License', 'NCSA'],
    ['Common Development and Distribution License 1.0 OR GPL-2.0-only WITH Classpath-exception-2.0', 'CDDL-1.0 OR GPL-2.0-only WITH Classpath-exception-2.0'],
    ['MIT OR GPLv2+CPE', 'MIT OR GPL-2.0-only WITH Classpath-exception-2.0'],
    ['Apache 2.0 mit LLVM-Exception', 'Apache-2.0 WITH LLVM-exception'],
    ['Apache 2.0 with Commons Clause', 'Apache-2.0 AND LicenseRef-Commons-Clause'],
    ['Apache License Version 2.0, January 2004', 'Apache-2.0'],
    ['GPLv2 mit Classpath-Ausnahme', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['GNU LGPL v2.1 or later', 'LGPL-2.1-or-later'],
    ['AGPLv3+', 'AGPL-3.0-or-later'],
    ['Proprietär (Microsoft)', 'LicenseRef-proprietary'],
    ['Microsoft Volumenlizenz', 'LicenseRef-proprietary'],
    ['Creative Commons Attribution-Non-Commercial 4.0', 'CC-BY-NC-4.0'],
    ['MIT\tOR Apache-2.0', 'MIT OR Apache-2.0'],
    ['"MIT"', 'MIT'],
    ['licenseref-foo', 'LicenseRef-foo'],
    ['LicenseRef-my licence', 'LicenseRef-my-licence'],
    ['LicenseRef-foo OR mit', 'LicenseRef-foo OR MIT'],
    ['(', 'LicenseRef-unknown'],
    ['Smith Corp Licence', 'LicenseRef-Smith-Corp-Licence'],
  ];
  for (const [input, expected] of best) {
    it(`${JSON.stringify(input)} → ${expected} first`, () => {
      const result = suggestLicences(input);
      assert.equal(result.suggestions[0]?.expression, expected, JSON.stringify(result));
      assert.equal(result.ranked, true, JSON.stringify(result));
    });
  }

  // Equally plausible readings: all offered, none preferred.
  const sets: [string, string[]][] = [
    ['GPL', ['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later']],
    ['LGPL', ['LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later']],
    ['BSD', ['BSD-2-Clause', 'BSD-3-Clause', 'BSD-4-Clause']],
    ['AGPL', ['AGPL-3.0-only', 'AGPL-3.0-or-later']],
    ['GPLv3', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GPL v3', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GNU GPL 3', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GPL-3', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GPL (v3)', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['gpl-3.0', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GLP-3.0', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GNU Allgemeine Öffentliche Lizenz v3', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['LGPLv2.1', ['LGPL-2.1-only', 'LGPL-2.1-or-later']],
    ['AGPLv3', ['AGPL-3.0-only', 'AGPL-3.0-or-later']],
    ['GNU Affero General Public License v3.0', ['AGPL-3.0-only', 'AGPL-3.0-or-later']],
    ['Public Domain', ['LicenseRef-public-domain', 'CC0-1.0', 'Unlicense']],
    ['MIT, Apache-2.0', ['MIT AND Apache-2.0', 'MIT OR Apache-2.0']],
    ['MIT+Apache-2.0', ['MIT AND Apache-2.0', 'MIT OR Apache-2.0']],
    ['GPL-2.0-or-later, LGPL-2.1-or-later, MIT', ['GPL-2.0-or-later AND LGPL-2.1-or-later AND MIT', 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MIT']],
    ['GPL-2.0 or MIT', ['GPL-2.0-only OR MIT', 'GPL-2.0-or-later OR MIT']],
    ['Academic Free License', ['AFL-3.0', 'AFL-2.1', 'AFL-2.0', 'AFL-1.2', 'AFL-1.1']],
    ['CeCILL', ['CECILL-2.1', 'CECILL-2.0', 'CECILL-1.1', 'CECILL-1.0', 'CECILL-B', 'CECILL-C']],
    ['LGLP', ['LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later']],
    ['Open Source (GPL)', ['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later']],
    ['OSS / GPL', ['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GNU GENERAL PUBLIC LICENSE Version 3, 29 June 2007', ['GPL-3.0-only', 'GPL-3.0-or-later']],
    ['GPL-2.0 WITH', ['GPL-2.0-only', 'GPL-2.0-or-later']],
    ['GPL-2.0-with-classpath-exception or mit', ['GPL-2.0-only WITH Classpath-exception-2.0 OR MIT', 'GPL-2.0-or-later WITH Classpath-exception-2.0 OR MIT']],
    ['GPLv2 or v3', ['GPL-2.0-only OR GPL-3.0-only', 'GPL-2.0-only OR GPL-3.0-or-later', 'GPL-2.0-or-later OR GPL-3.0-only', 'GPL-2.0-or-later OR GPL-3.0-or-later']],
  ];
  for (const [input, expected] of sets) {
    it(`${JSON.stringify(input)} → ${expected.join(', ')} (unranked)`, () => {
      assert.equal(suggestLicences(input).ranked, false);
      assert.deepEqual(expressions(input), expected);
    });
  }

  it('EUPL → EUPL-1.2, EUPL-1.1, EUPL-1.0 in that order, never UPL-1.0', () => {
    for (const input of ['EUPL', 'eupl', 'European Union Public Licence']) {
      const result = suggestLicences(input);
      assert.deepEqual(result.suggestions.map((s) => s.expression), ['EUPL-1.2', 'EUPL-1.1', 'EUPL-1.0'], input);
      assert.equal(result.ranked, true);
    }
    assert.ok(!expressions('EUPL-1.3').includes('UPL-1.0'));
    assert.deepEqual(expressions('EUPL-1.3'), ['EUPL-1.2', 'EUPL-1.1', 'EUPL-1.0']);
  });

  it('GPLv2+CPE offers the or-later variant second', () => {
    assert.deepEqual(expressions('GPLv2+CPE'), ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0']);
    assert.deepEqual(expressions('GPL-2.0+ with CPE'), ['GPL-2.0-or-later WITH Classpath-exception-2.0']);
  });

  it('does not take spdx-correct or edit distance beyond what the text says', () => {
    assert.ok(!expressions('Smith Corp Licence').includes('MIT'));
    assert.deepEqual(expressions('OSS'), ['LicenseRef-OSS']);
    assert.ok(!expressions('Apache 2.0 with Commons Clause').includes('Apache-2.0'));
  });

  it('labels single ids with their SPDX name', () => {
    assert.deepEqual(suggestLicences('Apache-Lizenz 2.0').suggestions[0], { expression: 'Apache-2.0', label: 'Apache License 2.0' });
    assert.ok(suggestLicences('proprietär').suggestions[0].label);
  });

  it('has nothing to suggest for a valid expression', () => {
    for (const expr of ['MIT', 'EUPL-1.2+', 'GPL-3.0', 'LicenseRef-x']) assert.deepEqual(suggestLicences(expr), { suggestions: [], ranked: true });
  });

  const corpus = [
    ...best.map(([i]) => i), ...sets.map(([i]) => i), 'GPL/MIT', 'GPLv2 or v3', 'GPL-2.0/3.0', 'CeCILL', 'LGPL 2', 'GPL 4',
    'Python', 'CDDL', 'BSD-like', 'foo bar', '???', '(', ')', 'AND', 'MIT OR OR Apache-2.0', 'a/b/c/d/e/f/g/h/i', 'GPL, LGPL, BSD, AGPL',
    'GPL-2.0-with-classpath-exception or mit', 'wxwindows', 'Net-SNMP or x', 'ßüß', 'GPL-2.0 WITH', 'LicenseRef-', '+', 'MIT++',
  ];
  it('always returns at most 8 valid suggestions without deprecated ids, the same every time', () => {
    for (const input of corpus) {
      const result = suggestLicences(input);
      assert.ok(result.suggestions.length <= 8, input);
      assert.equal(new Set(result.suggestions.map((s) => s.expression)).size, result.suggestions.length, input);
      for (const { expression } of result.suggestions) {
        assert.ok(parseLicence(expression).ok, `${input} → ${expression}`);
        assert.deepEqual(deprecatedUses(expression).filter((u) => u.replacements.length), [], `${input} → ${expression}`);
      }
      assert.deepEqual(suggestLicences(input), result, input);
      if (!parseLicence(input).ok) assert.ok(result.suggestions.length > 0, input);
    }
  });
});

// kpcs cert amend NUMBER --reason … (changed fields): the replacement issued and the original cancelled
// as replaced, together (amendment.ts).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { printJson, withAsOption, withStore, withStoreOptions } from '../interface/cli.js';
import { detail, invalid } from '../core/errors.js';
import { m as cli } from './cli-messages.js';
import { number } from './cli-input.js';
import { amend, type AmendmentChanges } from './amendment.js';
import type { GoodsLine, HsCode } from './model.js';
import { FIELDS } from './fields.js';

/** A simple field's flag (fields.ts): --parcels, --invoice-reference; commander gives its value under the field's name. */
const flagOf = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const numeric = (f: (typeof FIELDS)[number]) => ['integer', 'number'].includes((f.schema as { type?: string }).type ?? '');
/** The simple fields' flags, in their order: --origin <code>, --provenance <code>, --parcels <n>… */
const withFieldOptions = (c: Command) => FIELDS.reduce((cmd, f) => cmd.option(`${flagOf(f.name)} ${numeric(f) ? '<n>' : 'pattern' in f.schema ? '<code>' : '<text>'}`), c);

/** --goods HS:CARATS:VALUE, repeatable (e.g. --goods 7102.10:1200.5:150000) */
function goodsLine(value: string, previous: GoodsLine[] = []): GoodsLine[] {
  const [hsCode, carats, valueUsd] = value.split(':');
  if (!hsCode || carats === undefined || valueUsd === undefined) throw invalid(cli('option.goods', { option: '--goods', example: '7102.10:1200.5:150000', value }), [detail('--goods', cli('option.goods.detail'))]);
  return [...previous, { hsCode: hsCode as HsCode, carats: number(carats, '--goods carats'), valueUsd: number(valueUsd, '--goods value') }];
}

/** The changes the flags name (and those of --changes FILE, a JSON object as the API takes it). */
export function changesOf(opts: Record<string, string | GoodsLine[] | undefined>): AmendmentChanges {
  let changes: AmendmentChanges = {};
  if (typeof opts.changes === 'string') {
    try {
      changes = JSON.parse(readFileSync(opts.changes, 'utf8')) as AmendmentChanges;
    } catch (e) {
      throw invalid(cli('file.changes', { file: opts.changes, reason: (e as Error).message }), [detail('--changes', cli('file.unreadableJson.detail', { format: 'JSON' }))]);
    }
  }
  for (const side of ['exporter', 'importer'] as const) {
    for (const f of ['name', 'address', 'country'] as const) {
      const v = opts[`${side}${f[0]!.toUpperCase()}${f.slice(1)}`];
      if (typeof v === 'string') changes[side] = { ...changes[side], [f]: v };
    }
  }
  for (const f of FIELDS) {
    const v = opts[f.name];
    if (typeof v === 'string') (changes as Record<string, unknown>)[f.name] = numeric(f) ? number(v, flagOf(f.name)) : v;
  }
  if (Array.isArray(opts.goods)) changes.goods = opts.goods;
  return changes;
}

export function amendCommand(cert: Command): void {
  withStoreOptions(withAsOption(
    withFieldOptions(cert
      .command('amend <number>')
      .description("amend a certificate not yet confirmed, as its issuing Participant's authority: the replacement (a new number) is issued and the original cancelled as replaced, together; prints the replacement, its verification code on stderr")
      .requiredOption('--reason <text>', 'why the certificate is amended')
      .option('--exporter-name <text>').option('--exporter-address <text>').option('--exporter-country <code>', 'a member state of the same Participant')
      .option('--importer-name <text>').option('--importer-address <text>').option('--importer-country <code>', 'a country of the same importing Participant')
      )
      .option('--goods <hs:carats:value>', 'a line of goods, repeatable: the lines given replace all the original ones', goodsLine)
      .option('--changes <file>', 'the changed fields as JSON, as the API takes them'),
  )).action(async (num: string, opts) =>
    withStore(opts, async (store, actor) => {
      const done = await amend(store, actor, num, { reason: opts.reason, ...changesOf(opts) });
      printJson({ replaced: done.replaced, changed: done.changed, certificate: done.certificate });
      process.stderr.write(`kpcs: ${done.replaced} cancelled, replaced by ${done.certificate.number} (${done.changed.join(', ')}); verification code of ${done.certificate.number}: ${done.verificationCode} (shown this once)\n`);
    }),
  );
}
